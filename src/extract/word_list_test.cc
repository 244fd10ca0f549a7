#include "extract/word_list.h"

#include <gtest/gtest.h>

#include "text/normalize.h"

namespace rasad::extract {
namespace {

TEST(WordList, MatchesNormalizedWordsOnly) {
  const WordList words{"أن", "إنه", "مسؤولية"};
  EXPECT_TRUE(words.Has(text::NormalizeKey("أن")));
  EXPECT_TRUE(words.Has(text::NormalizeKey("انه")));
  EXPECT_TRUE(words.Has(text::NormalizeKey("مسؤوليه")));  // ة and ه fold together
  EXPECT_FALSE(words.Has(text::NormalizeKey("أنها")));
  EXPECT_FALSE(words.Has(text::NormalizeKey("من")));  // same length as "ان"
  EXPECT_FALSE(words.Has(""));
}

TEST(WordList, AgreesWithNormalizeKeyOnEveryWordOfAList) {
  const std::vector<const char*> raw{"كلمات", "الكلمات", "الوسوم", "وسوم", ":", "-", "أيضًا", "اقرأ"};
  const WordList words{"كلمات", "الكلمات", "الوسوم", "وسوم", ":", "-", "أيضًا", "اقرأ"};
  for (const char* r : raw) EXPECT_TRUE(words.Has(text::NormalizeKey(r))) << r;
  for (const char* other : {"الكلمة", "وسم", ";", "ايضا"}) {
    bool listed = false;
    for (const char* r : raw) listed = listed || text::NormalizeKey(r) == text::NormalizeKey(other);
    EXPECT_EQ(words.Has(text::NormalizeKey(other)), listed) << other;
  }
}

TEST(WordList, FindGivesTheFirstPosition) {
  const WordList words{"في", "من", "فى", "من"};
  EXPECT_EQ(words.Find(text::NormalizeKey("من")), 1);
  EXPECT_EQ(words.Find(text::NormalizeKey("في")), 0);  // "فى" folds to "في" too
  EXPECT_EQ(words.Find(text::NormalizeKey("على")), -1);
}

TEST(WordList, FindAgreesWithAScanOfTheList) {
  const std::vector<std::string> words{"من", "في", "إلى", "الى", "جانب", "من", "بالإضافة", "وعددهم", "ب", "",
                                       std::string(80, 'x'), std::string(64, 'y'), std::string(63, 'z')};
  const WordList list{words[0].c_str(), words[1].c_str(), words[2].c_str(), words[3].c_str(), words[4].c_str(),
                      words[5].c_str(), words[6].c_str(), words[7].c_str(), words[8].c_str(), words[9].c_str(),
                      words[10].c_str(), words[11].c_str(), words[12].c_str()};
  // ("خانب" and "جانب" differ in the second byte alone; "xن" has a one-byte first letter.)
  std::vector<std::string> probes{"عن", "بين", "ل", "الجانب", "خانب", "xن", std::string(80, 'y'), std::string(65, 'y')};
  for (const auto& w : words) probes.push_back(text::NormalizeKey(w));
  for (const auto& p : probes) {
    int expected = -1;
    for (size_t i = 0; i < words.size() && expected < 0; ++i)
      if (text::NormalizeKey(words[i]) == p) expected = static_cast<int>(i);
    EXPECT_EQ(list.Find(p), expected) << p;
  }
}

TEST(WordList, FindInTextAgreesWithFind) {
  // Each word of a text read in place, the byte after it belonging to the next
  // word (or the terminating NUL): one-byte words included.
  const WordList list{"من", ":", "-", "ب", "وعددهم"};
  const std::string text = "من:ب - وعددهم xمن ب";
  for (size_t begin = 0; begin < text.size(); ++begin)
    for (size_t end = begin; end <= text.size(); ++end) {
      const std::string_view w(text.data() + begin, end - begin);
      EXPECT_EQ(list.FindInText(w), list.Find(std::string(w))) << begin << " " << end;
    }
}

TEST(WordList, LongWordsAreCompared) {
  std::string long_word(70, 'a');
  const WordList words{long_word.c_str()};
  EXPECT_TRUE(words.Has(long_word));
  EXPECT_FALSE(words.Has(std::string(70, 'b')));
  EXPECT_FALSE(words.Has(std::string(69, 'a')));
}

}  // namespace
}  // namespace rasad::extract
