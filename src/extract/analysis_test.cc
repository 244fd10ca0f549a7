// Analysis helpers that need no dictionary: SentenceClauses over hand-made text.
#include "extract/analysis.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace rasad::extract {
namespace {

std::vector<std::string> Texts(const Analysis& a, const std::vector<text::Span>& spans) {
  std::vector<std::string> out;
  for (const text::Span& sp : spans) out.push_back(a.norm.text.substr(sp.begin, sp.end - sp.begin));
  return out;
}

TEST(SentenceClauses, SentencesReadInTurnKeepNoClausesOfTheLastOne) {
  Analysis a;
  a.norm.text = text::NormalizeKey("قتل عنصر، وأصيب آخر: في حادث. سقطت قذيفة");
  const std::vector<text::Span> sentences = text::SplitSentences(a.norm.text);
  ASSERT_EQ(sentences.size(), 2u);
  for (int round = 0; round < 2; ++round) {
    for (const text::Span& s : sentences) {
      const SentenceClauses clauses(a, s);
      EXPECT_EQ(Texts(a, clauses()), Texts(a, text::SplitClauses(a.norm.text, s)));
    }
  }
}

TEST(SentenceClauses, TwoAliveAtOnceHaveTheirOwn) {
  Analysis a;
  a.norm.text = text::NormalizeKey("قتل عنصر، وأصيب آخر. سقطت قذيفة");
  const std::vector<text::Span> sentences = text::SplitSentences(a.norm.text);
  ASSERT_EQ(sentences.size(), 2u);
  const SentenceClauses outer(a, sentences[0]);
  ASSERT_EQ(outer().size(), 2u);
  {
    const SentenceClauses inner(a, sentences[1]);
    EXPECT_EQ(inner().size(), 1u);
  }
  const SentenceClauses later(a, sentences[1]);
  EXPECT_EQ(later().size(), 1u);
  EXPECT_EQ(Texts(a, outer()), Texts(a, text::SplitClauses(a.norm.text, sentences[0])));
}

}  // namespace
}  // namespace rasad::extract
