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

TEST(WordList, LongWordsAreCompared) {
  std::string long_word(70, 'a');
  const WordList words{long_word.c_str()};
  EXPECT_TRUE(words.Has(long_word));
  EXPECT_FALSE(words.Has(std::string(70, 'b')));
  EXPECT_FALSE(words.Has(std::string(69, 'a')));
}

}  // namespace
}  // namespace rasad::extract
