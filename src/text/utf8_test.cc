#include "text/utf8.h"

#include <gtest/gtest.h>

namespace rasad::text {
namespace {

TEST(Utf8, ValidatesAndRepairs) {
  size_t bad = 0;
  EXPECT_TRUE(IsValidUtf8("قسد abc"));
  EXPECT_FALSE(IsValidUtf8("ab\xC3", &bad));
  EXPECT_EQ(bad, 2u);
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));  // surrogate
  EXPECT_EQ(RepairUtf8("a\xFF" "b"), "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(CodePointCount("قسد"), 3u);
}

}  // namespace
}  // namespace rasad::text
