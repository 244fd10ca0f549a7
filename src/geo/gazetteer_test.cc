#include "geo/gazetteer.h"

#include <gtest/gtest.h>

#include "geo/test_data.h"

namespace rasad::geo {
namespace {

TEST(Gazetteer, LoadsTheCommittedArtifact) {
  const Gazetteer& g = TestGazetteer();
  EXPECT_GT(g.size(), 60000u);
  EXPECT_GT(g.stats().names, 100000u);
  const Place* sy = g.Country("SY");
  ASSERT_NE(sy, nullptr);
  EXPECT_EQ(sy->name_en, "Syria");
  EXPECT_TRUE(g.IsCoveredCountry("SY"));
  EXPECT_FALSE(g.IsCoveredCountry("MA"));
  ASSERT_NE(g.Country("MA"), nullptr);
  EXPECT_EQ(g.Country("MA")->name_en, "Morocco");
}

}  // namespace
}  // namespace rasad::geo
