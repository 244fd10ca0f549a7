#include "text/word_table.h"

#include <gtest/gtest.h>

#include <string>

#include "text/normalize.h"

namespace rasad::text {
namespace {

TEST(WordTable, FindsWhatWasAddedAndNothingElse) {
  WordTable<int> t;
  const char* words[] = {"في", "من", "الأول", "الثاني", "كانون", "ثلاثمائة", "a", "", "ab", "abcdefg", "abcdefgh",
                         "الحادي عشر والأخير من الشهر"};
  int v = 0;
  for (const char* w : words) t[NormalizeKey(w)] = ++v;
  EXPECT_EQ(t.size(), std::size(words));
  v = 0;
  for (const char* w : words) {
    const int* found = t.Find(NormalizeKey(w));
    ASSERT_NE(found, nullptr) << w;
    EXPECT_EQ(*found, ++v) << w;
  }
  for (const char* w : {"فيه", "الاولى", "الثانيه", "abcdefgi", "b", "الحادي عشر والأخير من الشهرين"})
    EXPECT_FALSE(t.contains(NormalizeKey(w))) << w;
}

TEST(WordTable, GrowsAndKeepsTheOrderOfAdding) {
  WordTable<uint16_t> t;
  for (int i = 0; i < 1000; ++i) t[std::to_string(i)] |= static_cast<uint16_t>(i);
  t["7"] |= 0x100;
  ASSERT_EQ(t.size(), 1000u);
  for (int i = 0; i < 1000; ++i) ASSERT_NE(t.Find(std::to_string(i)), nullptr) << i;
  EXPECT_EQ(*t.Find("7"), 0x107);
  EXPECT_EQ(t.Find("1000"), nullptr);
  int i = 0;
  for (const auto& [word, value] : t) EXPECT_EQ(word, std::to_string(i++));
}

TEST(WordTable, EmptyTableFindsNothing) {
  WordTable<int> t;
  EXPECT_EQ(t.Find("x"), nullptr);
  EXPECT_EQ(t.Find(""), nullptr);
}

}  // namespace
}  // namespace rasad::text
