#include "io/web_date.h"

#include <gtest/gtest.h>

namespace rasad::io {
namespace {

std::string D(std::string_view s) {
  auto d = ParseWebDate(s);
  return d ? d->iso() : "-";
}

TEST(WebDate, CommonForms) {
  EXPECT_EQ(D("2023-10-07"), "2023-10-07");
  EXPECT_EQ(D("2023-10-07T23:15:00-05:00"), "2023-10-07");  // the publisher's day
  EXPECT_EQ(D("20231007"), "2023-10-07");
  EXPECT_EQ(D("Sat, 07 Oct 2023 09:15:00 +0300"), "2023-10-07");
  EXPECT_EQ(D("7 Oct 23 09:15 GMT"), "2023-10-07");
  EXPECT_EQ(D("2023/10/07 09:15"), "2023-10-07");
  EXPECT_EQ(D("07/10/2023"), "2023-10-07");
  EXPECT_EQ(D("October 7, 2023"), "2023-10-07");
  EXPECT_EQ(D("1696670100"), "2023-10-07");
  EXPECT_EQ(D("1696670100000"), "2023-10-07");
  EXPECT_EQ(D("٢٠٢٣-١٠-٠٧"), "2023-10-07");
}

TEST(WebDate, NotDates) {
  EXPECT_EQ(D(""), "-");
  EXPECT_EQ(D("يوم السبت"), "-");
  EXPECT_EQ(D("2023-02-30"), "-");
  EXPECT_EQ(D("Sat, 32 Oct 2023"), "-");
  EXPECT_EQ(D("0001-01-01"), "-");
  EXPECT_EQ(D("99999999999999999999"), "-");
}

}  // namespace
}  // namespace rasad::io
