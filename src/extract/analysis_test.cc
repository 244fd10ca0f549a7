// Analysis helpers that need no dictionary: SentenceClauses and SpanHolds over hand-made text.
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

TEST(SpanHolds, FindsLettersInTheSpanOnly) {
  Analysis a;
  a.norm.text = text::NormalizeKey("ارتفعت الحصيلة. ونعت الحركة مقاتليها");
  const std::vector<text::Span> sentences = text::SplitSentences(a.norm.text);
  ASSERT_EQ(sentences.size(), 2u);
  const std::string mourn = text::NormalizeKey("نع"), rise = text::NormalizeKey("رتف");
  EXPECT_TRUE(SpanHolds(a, sentences[0], rise));
  EXPECT_FALSE(SpanHolds(a, sentences[0], mourn));
  EXPECT_TRUE(SpanHolds(a, sentences[1], mourn));
  EXPECT_FALSE(SpanHolds(a, sentences[1], rise));
  // (The letters' last byte alone is no match: ع ends both نع and فع.)
  EXPECT_FALSE(SpanHolds(a, sentences[0], text::NormalizeKey("صع")));
  EXPECT_TRUE(SpanHolds(a, {0, 0}, ""));
  EXPECT_FALSE(SpanHolds(a, {0, 2}, mourn));
  // Looked for by any of its bytes, the same answer ("ارتفعت" from its first letter on).
  for (size_t key = 0; key < rise.size(); ++key) {
    EXPECT_TRUE(SpanHolds(a, sentences[0], rise, key)) << key;
    EXPECT_FALSE(SpanHolds(a, sentences[1], rise, key)) << key;
  }
  // (A span just as long: "رتف" stands at bytes 2..8 of "ارتفعت".)
  EXPECT_TRUE(SpanHolds(a, {2, 2 + static_cast<uint32_t>(rise.size())}, rise, 0));
  EXPECT_FALSE(SpanHolds(a, {2, 1 + static_cast<uint32_t>(rise.size())}, rise, 0));
}

TEST(SentenceHolding, TheSentenceAroundAnOffsetOrNone) {
  Analysis a;
  a.norm.text = text::NormalizeKey("قتل عنصر.   سقطت قذيفة");
  a.sentences = text::SplitSentences(a.norm.text);
  ASSERT_EQ(a.sentences.size(), 2u);
  EXPECT_EQ(SentenceHolding(a, 0), &a.sentences[0]);
  EXPECT_EQ(SentenceHolding(a, a.sentences[1].begin), &a.sentences[1]);
  EXPECT_EQ(SentenceHolding(a, a.sentences[0].end), nullptr);  // (the blanks between them)
  EXPECT_EQ(SentenceHolding(a, static_cast<uint32_t>(a.norm.text.size())), nullptr);
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
