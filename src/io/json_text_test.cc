#include "io/json_text.h"

#include <bit>
#include <cmath>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "text/utf8.h"

namespace rasad::io {
namespace {

std::string Nlohmann(const nlohmann::json& j) { return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); }

std::string String(std::string_view s) {
  std::string out;
  AppendJsonString(out, s);
  return out;
}

TEST(JsonText, StringsAsNlohmannWritesThem) {
  for (std::string s : {std::string(""), std::string("plain"), std::string("غارة جوية على سرمين"), std::string("a\"b\\c"),
                        std::string("tab\there\nnew\r\f\b"), std::string("\x01\x1f\x7f", 3), std::string("nul\0x", 5),
                        std::string("bad \xff byte"), std::string("cut \xd8"), std::string("\xe0\x80\x80 overlong"),
                        std::string("\xed\xa0\x80 surrogate"), std::string("\xf4\x90\x80\x80 too high"),
                        std::string("\xf0\x9f\x98\x80 emoji"), std::string("\xc3("),
                        std::string("قال \"الجيش\":\n\tغارة\\"), std::string("\"\"\x1b\x7f")})
    EXPECT_EQ(String(s), Nlohmann(s)) << s;
}

TEST(JsonText, RandomBytesAsNlohmannWritesThem) {
  std::mt19937 rng(7);
  // Bytes drawn mostly from the ranges where UTF-8 goes wrong.
  const unsigned char kBytes[] = {'a', '"', '\\', 0x00, 0x0a, 0x1f, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0,
                                  0xc2, 0xd8, 0xdf, 0xe0, 0xe1, 0xed, 0xef, 0xf0, 0xf3, 0xf4, 0xf5, 0xff};
  for (int n = 0; n < 20000; ++n) {
    std::string s(rng() % 9, ' ');
    for (char& c : s) c = static_cast<char>(kBytes[rng() % std::size(kBytes)]);
    ASSERT_EQ(String(s), Nlohmann(s)) << n;
    ASSERT_EQ(text::IsValidUtf8(s), [&] {  // the check the writer relies on agrees with nlohmann
      try {
        nlohmann::json(s).dump();
        return true;
      } catch (const nlohmann::json::type_error&) {
        return false;
      }
    }()) << n;
  }
}

TEST(JsonText, LongValidTextsAsNlohmannWritesThem) {
  // Long runs of Arabic and ASCII (the 32- and 8-byte paths) with the bytes to escape here and there.
  const std::vector<std::string> pieces = {"غارة", " ", "abc", "\"", "\\", "\n", std::string(1, '\0'), "\x1f", "\x7f",
                                           "جوية على سرمين"};
  std::mt19937 rng(13);
  for (int n = 0; n < 3000; ++n) {
    std::string s;
    const size_t len = rng() % 60;
    for (size_t k = 0; k < len; ++k) s += pieces[rng() % (n % 3 ? 3 : pieces.size())];
    ASSERT_EQ(String(s), Nlohmann(s)) << n;
  }
}

TEST(JsonText, NumbersAsNlohmannWritesThem) {
  for (double d : {0.0, -0.0, 1.0, 36.2, -120.125, 0.1 + 0.2, 1e-5, 123456789012345.0, 1e16, 1e300, 5e-324,
                   std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity()}) {
    std::string out;
    AppendJsonDouble(out, d);
    EXPECT_EQ(out, Nlohmann(d)) << d;
  }
  std::mt19937_64 rng(11);  // coordinates and arbitrary bit patterns
  std::uniform_real_distribution<double> coordinate(-180.0, 180.0);
  for (int n = 0; n < 20000; ++n) {
    double d = n % 2 ? coordinate(rng) : std::bit_cast<double>(rng());
    std::string out;
    AppendJsonDouble(out, d);
    ASSERT_EQ(out, Nlohmann(d)) << n;
  }
  for (int64_t v : {int64_t{0}, int64_t{-1}, int64_t{42}, std::numeric_limits<int64_t>::min(),
                    std::numeric_limits<int64_t>::max()}) {
    std::string out;
    AppendJsonInt(out, v);
    EXPECT_EQ(out, Nlohmann(v));
  }
  std::string out;
  AppendJsonIntOrNull(out, std::nullopt);
  AppendJsonStringOrNull(out, "");
  AppendJsonIntOrNull(out, 3);
  EXPECT_EQ(out, "nullnull3");
}

}  // namespace
}  // namespace rasad::io
