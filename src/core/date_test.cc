#include "core/date.h"

#include <gtest/gtest.h>

namespace rasad {
namespace {

TEST(Date, ParsesAndPrintsIso) {
  auto d = Date::Parse("2022-12-16");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->iso(), "2022-12-16");
  EXPECT_TRUE(Date::Parse("2022-12-16T10:00:00Z"));
  EXPECT_FALSE(Date::Parse("2022-02-30"));
  EXPECT_FALSE(Date::Parse("16/12/2022"));
  EXPECT_FALSE(Date::Parse(""));
}

TEST(Date, WeekdayAndArithmetic) {
  Date d{2022, 12, 16};
  EXPECT_EQ(d.weekday(), 5);  // Friday
  EXPECT_EQ(d.plus_days(-1).iso(), "2022-12-15");
  EXPECT_EQ(Date({2024, 3, 1}).plus_days(-1).iso(), "2024-02-29");
  EXPECT_EQ(Date::FromDays(Date{1999, 12, 31}.days() + 1).iso(), "2000-01-01");
  EXPECT_EQ(Date({7, 1, 9}).iso(), "0007-01-09");
  EXPECT_EQ(Date({12345, 1, 1}).iso(), "12345-01-01");  // beyond four digits: as printf writes it
  EXPECT_EQ(DaysInMonth(2023, 2), 28);
}

}  // namespace
}  // namespace rasad
