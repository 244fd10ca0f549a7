#include "extract/offset_index.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

namespace rasad::extract {
namespace {

struct Element {
  uint32_t begin;
};

size_t Expected(const std::vector<Element>& v, uint32_t offset) {
  return std::lower_bound(v.begin(), v.end(), offset, [](const Element& e, uint32_t o) { return e.begin < o; }) - v.begin();
}

TEST(OffsetIndex, AgreesWithLowerBound) {
  std::mt19937 rng(7);
  for (int round = 0; round < 200; ++round) {
    size_t text_size = rng() % 300;
    std::vector<Element> v(rng() % 60);
    for (auto& e : v) e.begin = static_cast<uint32_t>(text_size ? rng() % text_size : 0);
    std::sort(v.begin(), v.end(), [](const Element& x, const Element& y) { return x.begin < y.begin; });
    for (unsigned bits : {0u, 2u, 4u, 6u}) {
      OffsetIndex index;
      EXPECT_FALSE(index.Covers(v));
      index.Build(v, text_size, bits);
      ASSERT_TRUE(index.Covers(v));
      for (uint32_t offset = 0; offset <= text_size + 70; ++offset)
        ASSERT_EQ(index.LowerBound(v, offset), Expected(v, offset)) << "bits " << bits << " offset " << offset;
      EXPECT_EQ(index.LowerBound(v, UINT32_MAX), v.size());
    }
  }
}

TEST(OffsetIndex, ElementsPastTheTextAreFound) {
  std::vector<Element> v{{1}, {5}, {40}, {90}};
  OffsetIndex index;
  index.Build(v, 10, 2);
  for (uint32_t offset : {0u, 2u, 6u, 11u, 40u, 41u, 90u, 91u}) EXPECT_EQ(index.LowerBound(v, offset), Expected(v, offset));
}

TEST(OffsetIndex, ANewVectorIsNotCovered) {
  std::vector<Element> v{{1}, {5}};
  OffsetIndex index;
  index.Build(v, 10, 2);
  v.push_back({8});
  EXPECT_FALSE(index.Covers(v));
}

}  // namespace
}  // namespace rasad::extract
