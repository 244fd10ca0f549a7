#include "text/tokenize.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

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

TEST(Sentences, ClausesIntoABufferReplaceWhatItHeld) {
  std::string s = NormalizeKey("قتل عنصر، وأصيب آخر");
  std::vector<Span> out{{1, 2}, {3, 4}, {5, 6}, {7, 8}};
  SplitClauses(s, Span{0, static_cast<uint32_t>(s.size())}, out);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(s.substr(out[1].begin, out[1].end - out[1].begin), "واصيب اخر");
}

// The splitters' contracts written a byte at a time: the fast ones must agree.
std::vector<Token> ReferenceTokenize(std::string_view s) {
  std::vector<Token> out;
  for (uint32_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    bool digit = c >= '0' && c <= '9';
    bool joins = IsWordByte(c) && !out.empty() && out.back().end == i &&
                 (out.back().kind == TokenKind::kWord || out.back().kind == TokenKind::kNumber);
    if (joins) {
      out.back().end = i + 1;
      if (!digit) out.back().kind = TokenKind::kWord;
    } else if (IsWordByte(c)) {
      out.push_back({i, i + 1, digit ? TokenKind::kNumber : TokenKind::kWord});
    } else if (c == '\n') {
      out.push_back({i, i + 1, TokenKind::kNewline});
    } else if (c != ' ') {
      out.push_back({i, i + 1, TokenKind::kPunct});
    }
  }
  return out;
}

bool Digit(char c) { return c >= '0' && c <= '9'; }

// Spans between the cuts in [begin, end), trimmed of blanks, empty ones left
// out. cut(i) says where byte i cuts: kAfter (the byte stays with the span
// before), kDrop (a newline: it belongs to neither), or kNone.
enum class Cut { kNone, kAfter, kDrop };
template <typename CutAt>
std::vector<Span> ReferenceSplit(std::string_view s, size_t begin, size_t end, CutAt cut) {
  std::vector<Span> out;
  auto push = [&](size_t b, size_t e) {
    while (b < e && (s[b] == ' ' || s[b] == '\n')) ++b;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\n')) --e;
    if (e > b) out.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(e)});
  };
  size_t start = begin;
  for (size_t i = begin; i < end; ++i) {
    Cut c = cut(i);
    if (c == Cut::kNone) continue;
    push(start, c == Cut::kAfter ? i + 1 : i);
    start = i + 1;
  }
  push(start, end);
  return out;
}

std::vector<Span> ReferenceSentences(std::string_view s) {
  return ReferenceSplit(s, 0, s.size(), [&](size_t i) {
    if (s[i] == '\n') return Cut::kDrop;
    if (s[i] == '?' || s[i] == '!' || s[i] == ';') return Cut::kAfter;
    if (s[i] != '.') return Cut::kNone;
    if (i > 0 && Digit(s[i - 1]) && i + 1 < s.size() && Digit(s[i + 1])) return Cut::kNone;
    auto lead = [&](size_t k) { return static_cast<unsigned char>(s[k]) >= 0xD8 && static_cast<unsigned char>(s[k]) <= 0xDB; };
    if (i >= 2 && lead(i - 2) && (i == 2 || s[i - 3] == ' ' || s[i - 3] == '(')) return Cut::kNone;
    return Cut::kAfter;
  });
}

std::vector<Span> ReferenceClauses(std::string_view s, Span sentence) {
  return ReferenceSplit(s, sentence.begin, sentence.end, [&](size_t i) {
    if (s[i] == ':') return Cut::kAfter;
    if (s[i] != ',') return Cut::kNone;
    bool in_number = i > 0 && Digit(s[i - 1]) && i + 1 < s.size() && Digit(s[i + 1]);
    return in_number ? Cut::kNone : Cut::kAfter;
  });
}

bool Same(const std::vector<Token>& a, const std::vector<Token>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (a[i].begin != b[i].begin || a[i].end != b[i].end || a[i].kind != b[i].kind) return false;
  return true;
}

bool Same(const std::vector<Span>& a, const std::vector<Span>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (a[i].begin != b[i].begin || a[i].end != b[i].end) return false;
  return true;
}

TEST(Tokenize, AgreesWithAByteLoopOnRandomText) {
  // Long Arabic words, digits, Latin, and every byte the splitters look at.
  const std::vector<std::string> pieces = {"\xD9\x82", "\xD8\xAA", "\xD9\x84", "\xD9\x82\xD8\xAA\xD9\x84\xD9\x89\xD8\xA7\xD9\x84",
                                           "1", "7", " ", " ", "\n", ".", ",", ":", "?", "!", ";", "(", ")", "a", "Z",
                                           "-", "\xE2\x80\x93"};
  std::mt19937 rng(7);
  for (int round = 0; round < 2000; ++round) {
    std::string s;
    size_t len = rng() % 60;
    for (size_t k = 0; k < len; ++k) s += pieces[rng() % pieces.size()];
    ASSERT_TRUE(Same(Tokenize(s), ReferenceTokenize(s))) << s;
    auto sentences = SplitSentences(s);
    ASSERT_TRUE(Same(sentences, ReferenceSentences(s))) << s;
    for (const Span& sp : sentences) ASSERT_TRUE(Same(SplitClauses(s, sp), ReferenceClauses(s, sp))) << s;
    Span whole{0, static_cast<uint32_t>(s.size())};
    ASSERT_TRUE(Same(SplitClauses(s, whole), ReferenceClauses(s, whole))) << s;
  }
}

}  // namespace
}  // namespace rasad::text
