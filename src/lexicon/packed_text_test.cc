#include "lexicon/packed_text.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "text/normalize.h"

namespace rasad::lexicon {
namespace {

TEST(PackedText, ALetterOfTheArabicBlockIsOneByte) {
  bool exact = false;
  EXPECT_EQ(Pack(text::NormalizeKey("قسد 24"), &exact), "\xDB\xB3\xAF 24");
  EXPECT_TRUE(exact);
  // پ (U+067E) is a letter of the block too; گ (U+06AF) and é are not.
  EXPECT_EQ(Pack("\xD9\xBE", &exact), "\xD7");
  EXPECT_TRUE(exact);
  EXPECT_EQ(Pack("\xDA\xAF\xD9\x84", &exact), std::string("\1\1\xDD", 3));
  EXPECT_FALSE(exact);
  EXPECT_EQ(Pack("caf\xC3\xA9", &exact), "caf\1\1");
  EXPECT_FALSE(exact);
}

TEST(PackedText, OffsetsLeadBackToTheNormalizedText) {
  const std::vector<std::string> pieces = {"\xD9\x82", "\xD8\xAA", " ", "7", "\n", "\xDA\xAF", "\xE2\x80\x94", "a",
                                           "\xD9\x84\xD9\x84\xD9\x87"};
  std::mt19937 rng(3);
  PackedText packed;
  for (int round = 0; round < 300; ++round) {
    std::string s;
    size_t len = rng() % 400;  // several blocks of 64 packed bytes
    std::vector<size_t> starts;  // normalized offset of each packed byte
    for (size_t k = 0; k < len; ++k) {
      const std::string& p = pieces[rng() % pieces.size()];
      for (size_t at = 0; at < p.size();) {
        starts.push_back(s.size() + at);
        bool letter = (static_cast<unsigned char>(p[at]) & 0xFE) == 0xD8;
        at += letter ? 2 : 1;
      }
      s += p;
    }
    starts.push_back(s.size());
    packed.Assign(s);
    ASSERT_EQ(packed.view().size() + 1, starts.size());
    ASSERT_EQ(packed.view(), Pack(s, nullptr));
    ASSERT_EQ(packed.backwards(), std::string(packed.view().rbegin(), packed.view().rend()));
    for (size_t k = 0; k < starts.size(); ++k) ASSERT_EQ(packed.NormalizedOffset(k), starts[k]) << round << " " << k;
  }
}

// The packing as packed_text.h states it, byte by byte.
std::string PackByteByByte(std::string_view s, bool* exact) {
  std::string out;
  *exact = true;
  for (size_t i = 0; i < s.size(); ++i) {
    const auto b = static_cast<unsigned char>(s[i]);
    if ((b & 0xFE) == 0xD8 && i + 1 < s.size() && (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80) {
      const unsigned d9 = b & 1;
      out += static_cast<char>(((static_cast<unsigned char>(s[++i]) + d9 * kD9Turn) ^ d9) | (d9 << 6));
    } else if (b < 0x80) {
      out += static_cast<char>(b);
    } else {
      out += kOther;
      *exact = false;
    }
  }
  return out;
}

TEST(PackedText, LongTextsPackAsByteByByte) {
  // Letters, letters of other leads, ASCII, lone leads and second bytes, longer characters.
  const std::vector<std::string> pieces = {"\xD9\x82", "\xD8\xAA", "\xD8\xA7\xD9\x84", " ", "7", "\n", "\xDA\xAF",
                                           "\xE2\x80\x94", "a", "\xD8", "\xD9", "\xA7", "\xC3\xA9", "\xD9\xBF"};
  std::mt19937 rng(5);
  for (int round = 0; round < 2000; ++round) {
    std::string s;
    size_t len = rng() % 80;
    for (size_t k = 0; k < len; ++k) s += pieces[rng() % pieces.size()];
    bool exact = false, expected_exact = true;
    ASSERT_EQ(Pack(s, &exact), PackByteByByte(s, &expected_exact)) << round;
    ASSERT_EQ(exact, expected_exact) << round;
  }
}

TEST(PackedText, AShorterTextAfterALongerOne) {
  PackedText packed;
  packed.Assign(std::string(500, 'x') + "\xD9\x82\xD9\x82");
  packed.Assign("\xD9\x82 b");
  EXPECT_EQ(packed.view(), "\xDB b");
  EXPECT_EQ(packed.backwards(), "b \xDB");
  EXPECT_EQ(packed.NormalizedOffset(1), 2u);
  EXPECT_EQ(packed.NormalizedOffset(3), 4u);
}

}  // namespace
}  // namespace rasad::lexicon
