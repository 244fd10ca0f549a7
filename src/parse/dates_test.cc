#include "parse/dates.h"

#include <gtest/gtest.h>

#include "text/normalize.h"

namespace rasad::parse {
namespace {

std::vector<DateMention> Find(const std::string& raw, std::optional<Date> pub) {
  static thread_local std::string s;  // spans refer into it
  s = text::NormalizeKey(raw);
  return FindDates(s, text::Tokenize(s), pub);
}

std::string First(const std::string& raw, const char* pub = "2022-12-16") {
  auto found = Find(raw, pub ? Date::Parse(pub) : std::nullopt);
  if (found.empty() || !found[0].date) return "none";
  return found[0].date->iso();
}

TEST(Dates, RelativeDays) {
  EXPECT_EQ(First("قتل عنصر اليوم"), "2022-12-16");
  EXPECT_EQ(First("فجر اليوم"), "2022-12-16");
  EXPECT_EQ(First("يوم أمس الإثنين", "2023-06-27"), "2023-06-26");
  EXPECT_EQ(First("أول أمس"), "2022-12-14");
  EXPECT_EQ(First("الليلة الماضية"), "2022-12-15");
  EXPECT_EQ(First("قبل يومين"), "2022-12-14");
  EXPECT_EQ(First("قبل ثلاثة أيام"), "2022-12-13");
  EXPECT_EQ(First("مستمرة حتى اليوم"), "none");
  // Years ago: only the year is known (background), "قبل ثلاثة أيام" stays a day.
  auto years = Find("حيث أعدم العشرات قبل عشر سنوات", Date::Parse("2022-12-16"));
  ASSERT_EQ(years.size(), 1u);
  EXPECT_TRUE(years[0].year_only);
  EXPECT_EQ(years[0].date->year, 2012);
  EXPECT_TRUE(Find("اغتيل قبل عامين", Date::Parse("2022-12-16"))[0].year_only);
  EXPECT_FALSE(Find("قبل ثلاثة أيام", Date::Parse("2022-12-16"))[0].year_only);
}

std::vector<std::string> All(const std::string& raw, const char* pub = "2022-12-16") {
  std::vector<std::string> out;
  for (const auto& m : Find(raw, Date::Parse(pub))) out.push_back(m.date ? m.date->iso() : "none");
  return out;
}

TEST(Dates, DaysCountedFromTheDayTheTextSpokeOfLast) {
  using V = std::vector<std::string>;
  EXPECT_EQ(All("قتل ثلاثة في 14 أيار، وفي 21 من الشهر ذاته قتل مدني"), (V{"2022-05-14", "2022-05-21"}));
  EXPECT_EQ(All("في 3 من الشهر الجاري"), (V{"2022-12-03"}));
  EXPECT_EQ(All("في 28 من الشهر الماضي"), (V{"2022-11-28"}));
  EXPECT_EQ(All("الأحد الماضي هاجموا قرية، وبعد يومين استهدفوا قرية مجاورة"), (V{"2022-12-11", "2022-12-13"}));
  EXPECT_EQ(All("في 9 تشرين الأول، وفي اليوم التالي"), (V{"2022-10-09", "2022-10-10"}));
  EXPECT_EQ(All("يوم الخميس وفي اليوم ذاته"), (V{"2022-12-15", "2022-12-15"}));
  // "الموالي" (Maghrebi) and "اللاحق" are "التالي"; the weekday after it agrees.
  EXPECT_EQ(All("هاجموا القرية السبت، وفي اليوم الموالي، الأحد، قتلوا راعيا", "2022-12-19"),
            (V{"2022-12-17", "2022-12-18", "2022-12-18"}));
  EXPECT_EQ(All("في 2 آذار 2022 وفي اليوم اللاحق"), (V{"2022-03-02", "2022-03-03"}));
  // With nothing before it, "اليوم الموالي" is no day at all (not today).
  EXPECT_EQ(All("وفي اليوم الموالي، الأحد، قتل راع", "2022-12-19"), (V{"2022-12-18"}));
  // A weekday that is the publication's day, then a day counted from it told as past: the
  // weekday was the week before's (2022-12-16 is a Friday). Not a plan ("ستبدأ بعد يومين").
  EXPECT_EQ(All("هاجموا قرية الجمعة، وبعد يومين استهدفوا قرية مجاورة"), (V{"2022-12-09", "2022-12-11"}));
  EXPECT_EQ(All("هاجموا قرية الجمعة، وقال مسؤول إن العملية ستبدأ بعد يومين"), (V{"2022-12-16", "2022-12-18"}));
  EXPECT_EQ(All("هاجموا قرية اليوم، وبعد يومين يعقد اجتماع"), (V{"2022-12-16", "2022-12-18"}));
  // Nothing to count from: no date.
  EXPECT_EQ(All("وبعد يومين من الهجوم"), V{});
  EXPECT_EQ(All("في 21 من الشهر ذاته"), V{});
}

TEST(Dates, WeekdaysAreTheLatestNotAfterPublication) {
  // 2022-12-16 is a Friday.
  EXPECT_EQ(First("يوم الخميس"), "2022-12-15");
  EXPECT_EQ(First("الجمعة"), "2022-12-16");
  EXPECT_EQ(First("يوم الجمعة الفائت"), "2022-12-09");
  EXPECT_EQ(First("مساء الثلاثاء"), "2022-12-13");
  EXPECT_EQ(First("(الأحد)"), "2022-12-11");
  // "ليل الجمعة": the night is part of the date's span.
  auto night = Find("اعتقلوا، ليل الجمعة، شابا", Date::Parse("2022-12-16"));
  ASSERT_EQ(night.size(), 1u);
  EXPECT_EQ(night[0].first_token, 2u);
  EXPECT_EQ(night[0].date->iso(), "2022-12-16");
  EXPECT_EQ(First("الخميس", nullptr), "none");
}

TEST(Dates, ExplicitDatesInEveryMonthNaming) {
  EXPECT_EQ(First("في 14 من كانون الأول الحالي"), "2022-12-14");
  EXPECT_EQ(First("الجمعة 16 من كانون الأول"), "2022-12-16");
  EXPECT_EQ(First("في 30 كانون الثاني/ يناير الماضي", "2023-02-19"), "2023-01-30");
  EXPECT_EQ(First("اليوم الإثنين 18 نوفمبر 2024م", nullptr), "none");  // "اليوم" needs publication
  EXPECT_EQ(Find("اليوم الإثنين 18 نوفمبر 2024م", std::nullopt).back().date->iso(), "2024-11-18");
  EXPECT_EQ(First("في الأول من يوليو 2025", nullptr), "2025-07-01");
  EXPECT_EQ(First("5 آب الجاري", "2021-08-14"), "2021-08-05");
  EXPECT_EQ(First("12 جانفي", "2023-01-20"), "2023-01-12");
  EXPECT_EQ(First("3 جويلية 2021", nullptr), "2021-07-03");
  EXPECT_EQ(First("نشر في 21.11.2023 19:40", nullptr), "2023-11-21");
  EXPECT_EQ(First("2022.09.09 | 22:25", nullptr), "2022-09-09");
  EXPECT_EQ(First("20 ديسمبر", "2023-01-05"), "2022-12-20");  // no year: the past one
}

TEST(Dates, Ranges) {
  auto m = Find("خلال الفترة ما بين (2- 9 أيلول الجاري)", Date::Parse("2022-09-09"));
  ASSERT_FALSE(m.empty());
  EXPECT_EQ(m[0].date->iso(), "2022-09-02");
  EXPECT_EQ(m[0].end_date->iso(), "2022-09-09");
  m = Find("في الفترة من 16 إلى 22 نوفمبر تشرين الثاني", Date::Parse("2018-11-23"));
  ASSERT_FALSE(m.empty());
  EXPECT_EQ(m[0].date->iso(), "2018-11-16");
  EXPECT_EQ(m[0].end_date->iso(), "2018-11-22");
}

TEST(Dates, MonthsWeeksAndYears) {
  auto m = Find("في وقت سابق من الشهر الجاري", Date::Parse("2023-02-19"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].date->iso(), "2023-02-01");
  EXPECT_EQ(m[0].precision, TimePrecision::kMonth);
  m = Find("الأسبوع الماضي", Date::Parse("2023-02-19"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].precision, TimePrecision::kWeek);
  EXPECT_EQ(m[0].date->iso(), "2023-02-12");
  m = Find("في شهر آذار الماضي", Date::Parse("2023-02-19"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].date->iso(), "2022-03-01");
  m = Find("السلاح عام 1984", Date::Parse("2023-02-19"));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_TRUE(m[0].year_only);
  EXPECT_TRUE(Find("سيزور الوفد الأسبوع المقبل", Date::Parse("2023-02-19"))[0].future);
}

}  // namespace
}  // namespace rasad::parse
