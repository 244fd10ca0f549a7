#include "text/normalize.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace rasad::text
