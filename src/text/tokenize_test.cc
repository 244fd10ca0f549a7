#include "text/tokenize.h"

#include <gtest/gtest.h>

#include "text/normalize.h"

namespace rasad::text {
namespace {

std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> out;
  for (const Token& t : Tokenize(s)) out.emplace_back(t.view(s));
  return out;
}

TEST(Tokenize, WordsNumbersAndPunctuation) {
  std::string s = NormalizeKey("قتل 4 مسلحين، وأصيب ١٢.");
  EXPECT_EQ(Words(s), (std::vector<std::string>{"قتل", "4", "مسلحين", ",", "واصيب", "12", "."}));
  auto toks = Tokenize(s);
  EXPECT_EQ(toks[1].kind, TokenKind::kNumber);
  EXPECT_EQ(toks[3].kind, TokenKind::kPunct);
}

TEST(Sentences, SplitOnStopsAndNewlinesButNotDecimals) {
  std::string s = Normalize("الجملة الأولى 3.5 كم. الثانية؟\nعنوان بلا نقطة\nالأخيرة").text;
  auto sents = SplitSentences(s);
  ASSERT_EQ(sents.size(), 4u);
  EXPECT_EQ(s.substr(sents[0].begin, sents[0].end - sents[0].begin), "الجمله الاولي 3.5 كم.");
  EXPECT_EQ(s.substr(sents[3].begin, sents[3].end - sents[3].begin), "الاخيره");
}

TEST(Sentences, InitialsDoNotEndASentence) {
  std::string s = Normalize("استشهد الشاب (م. ع) البالغ 17 عاماً. وقال د. محمد إن الوضع صعب.").text;
  EXPECT_EQ(SplitSentences(s).size(), 2u);
}

TEST(Sentences, ClausesSplitAtCommas) {
  std::string s = NormalizeKey("قتل عنصر، وأصيب آخر: في حادث 1,500");
  auto cl = SplitClauses(s, Span{0, static_cast<uint32_t>(s.size())});
  ASSERT_EQ(cl.size(), 3u);
  EXPECT_EQ(s.substr(cl[2].begin, cl[2].end - cl[2].begin), "في حادث 1,500");
}

}  // namespace
}  // namespace rasad::text
