#include "text/normalize.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "text/utf8.h"

namespace rasad::text {
namespace {

TEST(Normalize, FoldsArabicSpellingVariants) {
  EXPECT_EQ(NormalizeKey("قُتِلَ"), "قتل");
  EXPECT_EQ(NormalizeKey("قـــوات"), "قوات");
  EXPECT_EQ(NormalizeKey("أحمد إبراهيم آمنة"), "احمد ابراهيم امنه");
  EXPECT_EQ(NormalizeKey("مستشفى"), "مستشفي");
  EXPECT_EQ(NormalizeKey("مسؤول هيئة"), "مسوول هييه");
  EXPECT_EQ(NormalizeKey("کردستان"), "كردستان");
}

TEST(Normalize, DigitsPunctuationAndQuotes) {
  EXPECT_EQ(NormalizeKey("١٧٠ و۱۵"), "170 و15");
  EXPECT_EQ(NormalizeKey("“قسد”، «داعش»؟"), "قسد, داعش?");
  EXPECT_EQ(NormalizeKey("لـ”قسد”"), "لقسد");
  EXPECT_EQ(NormalizeKey("\u200Fالصومال\u200E"), "الصومال");
  EXPECT_EQ(NormalizeKey("ISIS  Fighters"), "isis fighters");
}

TEST(Normalize, PresentationFormsGoThroughNfkc) {
  EXPECT_EQ(NormalizeKey("\uFEFB"), "لا");  // lam-alef ligature
}

TEST(Normalize, OffsetsPointIntoTheOriginal) {
  std::string original = "قُتل  عنصر من “قسد”.";
  NormalizedText n = Normalize(original);
  EXPECT_EQ(n.text, "قتل عنصر من قسد.");
  ASSERT_EQ(n.origin.size(), n.text.size() + 1);
  size_t b = n.text.find("قسد");
  size_t e = b + std::string("قسد").size();
  EXPECT_EQ(original.substr(n.ToOriginal(b), n.ToOriginalEnd(e) - n.ToOriginal(b)), "قسد");
  size_t w = n.text.find("عنصر");
  EXPECT_EQ(original.substr(n.ToOriginal(w), n.ToOriginalEnd(w + 8) - n.ToOriginal(w)), "عنصر");
}

TEST(Normalize, NewlinesKeptSpacesCollapsed) {
  NormalizedText n = Normalize("سطر   اول \t\n\n سطر");
  EXPECT_EQ(n.text, "سطر اول\n\nسطر");
}

TEST(Normalize, InvalidUtf8AndControlBytesBecomeBlanks) {
  std::string bad = "abc\xFF\xFE def";
  bad.push_back('\0');
  bad += "x";
  NormalizedText n = Normalize(bad);
  EXPECT_EQ(n.text, "abc def x");
  EXPECT_EQ(n.origin.back(), bad.size());
}

// Normalize() of a text built character by character: each character folded
// alone (after an "x", so that a blank shows as " " and a dropped mark as ""),
// then the blanks collapsed as the contract says.
NormalizedText CharByChar(const std::string& s) {
  NormalizedText out;
  size_t i = 0;
  while (i < s.size()) {
    size_t at = i;
    NextCodePoint(s, i);
    std::string folded = Normalize("x" + s.substr(at, i - at)).text.substr(1);
    for (char c : folded) {
      if (c == ' ' && (out.text.empty() || out.text.back() == ' ' || out.text.back() == '\n')) continue;
      if (c == '\n' && !out.text.empty() && out.text.back() == ' ') {
        out.text.pop_back();
        out.origin.pop_back();
      }
      out.text.push_back(c);
      out.origin.push_back(static_cast<uint32_t>(at));
    }
  }
  out.origin.push_back(static_cast<uint32_t>(s.size()));
  return out;
}

TEST(Normalize, RunsAgreeWithCharacterByCharacter) {
  // Letters kept and folded, marks, digits, blanks, Latin, a ligature, bad bytes.
  const std::vector<std::string> pieces = {"ق", "ت", "ل", "ة", "أ", "ى", "ئ", "\xD9\x8E", "ـ", "٣", "،", "ک",
                                           " ", "  ", "\t", "\n", "\xC2\xA0", "a", "B", "7", ".", "\"", "«",
                                           "\xEF\xBB\xBB", "\xFF", "\xD8", "\xE2\x80\x8F", "\xDB\xB0",
                                           // every letter the sixteen-byte runs fold or keep, their neighbours,
                                           // and the ASCII they keep or not
                                           "ء", "آ", "ؤ", "إ", "ا", "ب", "ة", "غ", "\xD8\xBB", "\xD8\xA0", "ف", "ه",
                                           "و", "ي", "\xD9\x8B", "٠", "ـ", "`", "'", "A", "Z", "@", "[", "~", "\x7F",
                                           "0"};
  std::mt19937 rng(11);
  for (int round = 0; round < 4000; ++round) {
    std::string s;
    size_t len = rng() % (round % 2 ? 40 : 120);
    for (size_t k = 0; k < len; ++k) s += pieces[rng() % pieces.size()];
    NormalizedText fast = Normalize(s), slow = CharByChar(s);
    ASSERT_EQ(fast.text, slow.text) << s;
    ASSERT_EQ(fast.origin, slow.origin) << s;
  }
}

TEST(Normalize, EveryAsciiByteAndTwoByteCharacterInALongRun) {
  // Each in the middle of a run of letters long enough for the 32-byte path.
  const std::string letters = "قتلوافيمدينةالحسكة";
  std::vector<std::string> characters;
  for (int b = 1; b < 0x80; ++b) characters.push_back(std::string(1, static_cast<char>(b)));
  for (int lead = 0xD8; lead <= 0xDB; ++lead)
    for (int second = 0x80; second < 0xC0; ++second)
      characters.push_back({static_cast<char>(lead), static_cast<char>(second)});
  for (const std::string& c : characters) {
    for (const std::string& s : {letters + c + letters, letters + " " + c + " " + letters, letters + c + c + letters}) {
      NormalizedText fast = Normalize(s), slow = CharByChar(s);
      ASSERT_EQ(fast.text, slow.text) << s;
      ASSERT_EQ(fast.origin, slow.origin) << s;
    }
  }
}

}  // namespace
}  // namespace rasad::text
