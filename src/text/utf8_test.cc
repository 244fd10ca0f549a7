#include "text/utf8.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

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

// IsValidUtf8 as character by character decoding says: the first bad byte.
bool ValidByCodePoints(std::string_view s, size_t* bad) {
  for (size_t i = 0; i < s.size();) {
    size_t at = i;
    if (NextCodePoint(s, i) < 0) {
      *bad = at;
      return false;
    }
  }
  return true;
}

TEST(Utf8, EightBytesAtOnceAgreeWithCodePoints) {
  // ASCII, Arabic, overlong two-byte forms (C0 80, C1 BF), longer characters,
  // a surrogate, lone leads and continuation bytes.
  const std::vector<std::string> pieces = {"a",        " ",        "\xD9\x82", "\xD8\xA7", "\xC2\xA0", "\xDF\xBF",
                                           "\xC0\x80", "\xC1\xBF", "\xE2\x80\x94", "\xF0\x9F\x98\x80",
                                           "\xED\xA0\x80", "\xD9",     "\x80",     "\xFF"};
  std::mt19937 rng(9);
  for (int round = 0; round < 5000; ++round) {
    std::string s;
    const size_t len = rng() % 40;
    const size_t valid_only = round % 2 ? 4 : 10;  // half the texts of valid pieces alone
    for (size_t k = 0; k < len; ++k) s += pieces[rng() % (k % 7 == 6 ? pieces.size() : valid_only)];
    size_t bad = SIZE_MAX, expected_bad = SIZE_MAX;
    ASSERT_EQ(IsValidUtf8(s, &bad), ValidByCodePoints(s, &expected_bad)) << round;
    ASSERT_EQ(bad, expected_bad) << round;
  }
}

}  // namespace
}  // namespace rasad::text
