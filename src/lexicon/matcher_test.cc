#include "lexicon/matcher.h"

#include <gtest/gtest.h>

#include "text/clitics.h"
#include "text/normalize.h"

namespace rasad::lexicon {
namespace {

std::vector<std::string> Found(const Matcher& m, const std::string& raw) {
  std::string s = text::Normalize(raw).text;
  std::vector<std::string> out;
  for (const Hit& h : m.Scan(s)) out.push_back(s.substr(h.begin, h.end - h.begin));
  return out;
}

TEST(Matcher, WordBoundariesAndClitics) {
  Matcher m;
  m.Add(text::NormalizeKey("قسد"), 1);
  m.Add(text::NormalizeKey("الدولة الإسلامية"), 2);
  m.Add(text::NormalizeKey("ريف"), 3);
  m.Compile();
  EXPECT_EQ(Found(m, "التابع لـ”قسد”"), (std::vector<std::string>{"قسد"}));
  EXPECT_EQ(Found(m, "مقاتلين بـ\"قسد\" وقسدي"), (std::vector<std::string>{"قسد"}));
  EXPECT_EQ(Found(m, "عناصر للدولة الإسلامية"), (std::vector<std::string>{"دوله الاسلاميه"}));
  EXPECT_EQ(Found(m, "بريف دير الزور"), (std::vector<std::string>{"ريف"}));
  EXPECT_TRUE(Found(m, "تعريف").empty());  // not a clitic chain before it
}

TEST(Matcher, PrefixEntriesTakeVerbEndings) {
  Matcher m;
  m.Add(text::NormalizeKey("استهدف"), 7, /*prefix=*/true);
  m.Compile();
  auto hits = m.Scan(text::NormalizeKey("واستهدفتها طائرة"));
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].payload, 7u);
  EXPECT_EQ(hits[0].clitic_begin, 0u);
}

TEST(Matcher, EncliticPronounsWhenAllowed) {
  Matcher m;
  m.Add(text::NormalizeKey("استهداف"), 1, false, /*enclitics=*/true);
  m.Add(text::NormalizeKey("قصف"), 2);
  m.Compile();
  EXPECT_EQ(m.Scan(text::NormalizeKey("إثر استهدافه")).size(), 1u);
  EXPECT_EQ(m.Scan(text::NormalizeKey("استهدافهم")).size(), 1u);
  EXPECT_TRUE(m.Scan(text::NormalizeKey("قصفه")).empty());
  EXPECT_TRUE(m.Scan(text::NormalizeKey("استهدافات")).empty());
}

TEST(Matcher, TaMarbutaBeforeAPronoun) {
  Matcher m;
  m.Add(text::NormalizeKey("حفيدة"), 3, false, /*enclitics=*/true);
  m.Add(text::NormalizeKey("سيارة"), 4);  // no enclitics: no ت form either
  m.Compile();
  auto hits = m.Scan(text::NormalizeKey("وأصيبت حفيدتها"));
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].payload, 3u);
  EXPECT_EQ(m.Scan(text::NormalizeKey("حفيدة")).size(), 1u);
  EXPECT_TRUE(m.Scan(text::NormalizeKey("حفيدت")).empty());     // the ت form needs its pronoun
  EXPECT_TRUE(m.Scan(text::NormalizeKey("حفيدتان")).empty());   // a dual is not a pronoun
  EXPECT_TRUE(m.Scan(text::NormalizeKey("سيارتها")).empty());
}

TEST(Matcher, LeadingAlefLamIsTheArticleOnlyWhenWrittenSo) {
  Matcher m;
  m.Add(text::NormalizeKey("الحشد"), 1);                                       // the article
  m.Add(text::NormalizeKey("آلية"), 2, false, false, /*article=*/false);       // آ of the word
  m.Add(text::NormalizeKey("ألقت القبض"), 3, false, false, /*article=*/false);
  m.Add(text::NormalizeKey("إلى مستشفى"), 4, false, false, /*article=*/false);
  m.Add(text::NormalizeKey("اليد"), 5);                                         // two letters after ال
  m.Compile();
  EXPECT_EQ(m.Scan(text::NormalizeKey("وللحشد")).size(), 1u);
  EXPECT_EQ(m.Scan(text::NormalizeKey("بحشد")).size(), 1u);
  EXPECT_TRUE(m.Scan(text::NormalizeKey("قال فيه")).empty());
  EXPECT_EQ(m.Scan(text::NormalizeKey("دمرت آلية")).size(), 1u);
  EXPECT_TRUE(m.Scan(text::NormalizeKey("في وقت القبض عليه")).empty());
  EXPECT_EQ(m.Scan(text::NormalizeKey("وألقت القبض")).size(), 1u);
  EXPECT_TRUE(m.Scan(text::NormalizeKey("توفي في مستشفى")).empty());
  EXPECT_TRUE(m.Scan(text::NormalizeKey("بيد")).empty());
  EXPECT_EQ(m.Scan(text::NormalizeKey("باليد")).size(), 1u);
}

TEST(Matcher, SamePhraseManyPayloads) {
  Matcher m;
  m.Add("abc", 1);
  m.Add("abc", 2);
  m.Add("abc", 2);
  m.Compile();
  EXPECT_EQ(m.size(), 2u);
  EXPECT_EQ(m.Scan("x abc y").size(), 2u);
}

TEST(Matcher, PhrasesWithCharactersOutsideTheArabicLetters) {
  // گ and چ pack alike (packed_text.h): the match is checked in the normalized text.
  Matcher m;
  m.Add("\xDA\xAF\xD9\x84", 1);  // گل
  m.Add("caf\xC3\xA9", 2);
  m.Compile();
  ASSERT_EQ(m.Scan("\xDA\xAF\xD9\x84 x").size(), 1u);
  EXPECT_TRUE(m.Scan("\xDA\x86\xD9\x84 x").empty());  // چل
  ASSERT_EQ(m.Scan("un caf\xC3\xA9").size(), 1u);
  EXPECT_EQ(m.Scan("un caf\xC3\xA9")[0].begin, 3u);
  EXPECT_TRUE(m.Scan("un caf\xC3\xA8").empty());
}

TEST(Matcher, HitsByBeginThenLongerFirst) {
  Matcher m;
  m.Add(text::NormalizeKey("قصف"), 3);
  m.Add(text::NormalizeKey("قصف جوي"), 2);
  m.Add(text::NormalizeKey("جوي"), 1);
  m.Add(text::NormalizeKey("قصف"), 0);
  m.Compile();
  const std::string s = text::NormalizeKey("بعد قصف جوي وقصف");
  std::vector<std::pair<std::string, uint32_t>> got;
  for (const Hit& h : m.Scan(s)) got.emplace_back(s.substr(h.begin, h.end - h.begin), h.payload);
  const std::string qasf = text::NormalizeKey("قصف");
  EXPECT_EQ(got, (std::vector<std::pair<std::string, uint32_t>>{{text::NormalizeKey("قصف جوي"), 2},
                                                                 {qasf, 0},
                                                                 {qasf, 3},
                                                                 {text::NormalizeKey("جوي"), 1},
                                                                 {qasf, 0},
                                                                 {qasf, 3}}));
}

TEST(Matcher, OnlyAProcliticChainBeforeTheWord) {
  Matcher m;
  m.Add(text::NormalizeKey("الجيش"), 1);
  m.Compile();
  EXPECT_EQ(Found(m, "وبالجيش"), (std::vector<std::string>{text::NormalizeKey("جيش")}));  // four letters
  EXPECT_EQ(Found(m, "(للجيش)"), (std::vector<std::string>{text::NormalizeKey("جيش")}));
  EXPECT_TRUE(Found(m, "ووبالجيش").empty());  // five
  EXPECT_TRUE(Found(m, "3جيش").empty());
  EXPECT_TRUE(Found(m, "xجيش").empty());
  EXPECT_TRUE(Found(m, "\xDA\xAFجيش").empty());  // گ: not a letter of the packed block
  EXPECT_TRUE(Found(m, "\xE2\x82\xACوجيش").empty());  // € then و
}

// Every sequence of up to five letters, of the proclitic letters and one that
// is none (م), before a word: matched exactly when text::IsProcliticChain
// takes the sequence.
TEST(Matcher, EveryProcliticChainAndNoOther) {
  Matcher m;
  m.Add(text::NormalizeKey("جيش"), 1);
  m.Compile();
  const std::string letters[] = {"و", "ف", "ب", "ل", "ك", "ا", "م"};
  std::vector<std::string> prefixes = {""};
  for (size_t begin = 0, length = 0; length < 5; ++length) {
    const size_t end = prefixes.size();
    for (size_t i = begin; i < end; ++i)
      for (const std::string& l : letters) prefixes.push_back(prefixes[i] + l);
    begin = end;
  }
  for (const std::string& prefix : prefixes) {
    const std::string text = text::Normalize(prefix + "جيش").text;
    const bool chain = text::IsProcliticChain(std::string_view(text).substr(0, text.size() - 6));
    EXPECT_EQ(m.Scan(text).size(), chain ? 1u : 0u) << prefix;
  }
}

}  // namespace
}  // namespace rasad::lexicon
