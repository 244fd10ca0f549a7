#include "geo/place.h"

#include <gtest/gtest.h>

namespace rasad::geo {
namespace {

Place Make(uint32_t id, PlaceType type, std::string cc, int32_t admin1, int32_t admin2, double lat = 0, double lon = 0) {
  Place p;
  p.id = id;
  p.type = type;
  p.cc = std::move(cc);
  p.admin1 = admin1;
  p.admin2 = admin2;
  p.lat = lat;
  p.lon = lon;
  return p;
}

TEST(Place, ContainsFollowsTheAdminHierarchy) {
  Place country = Make(1, PlaceType::kCountry, "PS", -1, -1);
  Place west_bank = Make(2, PlaceType::kAdmin1, "PS", -1, -1);
  Place hebron_gov = Make(3, PlaceType::kAdmin2, "PS", 2, -1);
  Place hebron = Make(4, PlaceType::kCity, "PS", 2, 3);
  EXPECT_TRUE(Contains(country, hebron));
  EXPECT_TRUE(Contains(west_bank, hebron));
  EXPECT_TRUE(Contains(hebron_gov, hebron));
  EXPECT_FALSE(Contains(hebron, hebron_gov));
  EXPECT_FALSE(Contains(hebron, hebron));
  EXPECT_FALSE(Contains(country, country));
}

TEST(Place, ARegionHoldsOnlyWhatLiesInItsArea) {
  Place tubas_gov = Make(5, PlaceType::kAdmin2, "PS", 2, -1);
  Place northern_valley = Make(6, PlaceType::kRegion, "PS", 2, 5);  // a region of one governorate
  Place hebron = Make(4, PlaceType::kCity, "PS", 2, 3);
  Place bardala = Make(7, PlaceType::kVillage, "PS", 2, 5);
  EXPECT_FALSE(Contains(northern_valley, hebron));
  EXPECT_TRUE(Contains(northern_valley, bardala));
  EXPECT_FALSE(Contains(northern_valley, tubas_gov));  // the area it lies in
  EXPECT_TRUE(Contains(tubas_gov, northern_valley));

  Place sahel = Make(8, PlaceType::kRegion, "", -1, -1);
  sahel.regions_cc = "ML,BF,NE";
  Place gao = Make(9, PlaceType::kCity, "ML", 10, 11);
  Place aleppo = Make(12, PlaceType::kCity, "SY", 13, 14);
  Place badia = Make(15, PlaceType::kRegion, "SY", -1, -1);
  EXPECT_TRUE(Contains(sahel, gao));
  EXPECT_FALSE(Contains(sahel, aleppo));
  EXPECT_TRUE(Contains(badia, aleppo));
  EXPECT_FALSE(Contains(badia, sahel));  // regions do not nest
  // With an extent, only what lies within it.
  Place east = Make(16, PlaceType::kRegion, "SY", -1, -1, 35.8, 40.5);
  east.radius_km = 200;
  Place hasakah = Make(17, PlaceType::kCity, "SY", 18, 19, 36.5, 40.75);
  Place damascus = Make(20, PlaceType::kCity, "SY", 21, 22, 33.51, 36.29);
  EXPECT_TRUE(Contains(east, hasakah));
  EXPECT_FALSE(Contains(east, damascus));
}

TEST(Place, KmBetween) {
  Place damascus = Make(1, PlaceType::kCity, "SY", -1, -1, 33.513, 36.292);
  Place aleppo = Make(2, PlaceType::kCity, "SY", -1, -1, 36.202, 37.134);
  EXPECT_NEAR(KmBetween(damascus, aleppo), 309, 6);  // about 310 km as the crow flies
  EXPECT_NEAR(KmBetween(aleppo, damascus), KmBetween(damascus, aleppo), 1e-9);
  EXPECT_DOUBLE_EQ(KmBetween(aleppo, aleppo), 0);
}

}  // namespace
}  // namespace rasad::geo
