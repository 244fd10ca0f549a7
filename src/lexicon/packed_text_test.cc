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
  EXPECT_EQ(Pack(text::NormalizeKey("قسد 24"), &exact), "\xC2\xB3\xAF 24");
  EXPECT_TRUE(exact);
  // پ (U+067E) is a letter of the block too; گ (U+06AF) and é are not.
  EXPECT_EQ(Pack("\xD9\xBE", &exact), "\xFE");
  EXPECT_TRUE(exact);
  EXPECT_EQ(Pack("\xDA\xAF\xD9\x84", &exact), std::string("\1\1\xC4", 3));
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
    for (size_t k = 0; k < starts.size(); ++k) ASSERT_EQ(packed.NormalizedOffset(k), starts[k]) << round << " " << k;
  }
}

TEST(PackedText, AShorterTextAfterALongerOne) {
  PackedText packed;
  packed.Assign(std::string(500, 'x') + "\xD9\x82\xD9\x82");
  packed.Assign("\xD9\x82 b");
  EXPECT_EQ(packed.view(), "\xC2 b");
  EXPECT_EQ(packed.NormalizedOffset(1), 2u);
  EXPECT_EQ(packed.NormalizedOffset(3), 4u);
}

}  // namespace
}  // namespace rasad::lexicon
