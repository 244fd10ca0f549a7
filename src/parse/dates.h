// Date expressions in Arabic news, resolved against the article's
// publication day:
//   اليوم، فجر/صباح/مساء اليوم، الليلة -> published          (day)
//   أمس، البارحة، الليلة الماضية -> published - 1; أول أمس -> - 2; قبل يومين / N أيام
//   الخميس، يوم الخميس، مساء الثلاثاء -> latest such weekday not after
//     publication (الماضي/الفائت: strictly before)
//   16 كانون الأول، 30 كانون الثاني/يناير الماضي، الأول من يوليو 2025، 18 نوفمبر 2024،
//   جانفي/فيفري/أفريل/جوان/جويلية/أوت (Maghrebi), 21.11.2023, 2022-09-09
//   ranges: 2- 9 أيلول، من 16 إلى 22 نوفمبر
//   month only: شهر آذار الماضي، مطلع الشهر الجاري، الشهر الماضي (month precision)
//   الأسبوع الماضي (week precision); عام 2015 (year only: background)
// Without a publication day only dates whose year is written are resolved.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "text/tokenize.h"

namespace rasad::parse {

struct DateMention {
  uint32_t begin = 0, end = 0;               // normalized span
  uint32_t first_token = 0, next_token = 0;
  std::optional<Date> date;                  // resolved day (range start), nullopt when unresolvable
  std::optional<Date> end_date;              // range end, when a range
  TimePrecision precision = TimePrecision::kDay;
  bool year_only = false;                    // "عام 2015": only the year is known
  bool relative = false;                     // needed the publication day
  bool future = false;                       // "المقبل", "غدا": not an event date
};

std::vector<DateMention> FindDates(std::string_view s, const std::vector<text::Token>& toks,
                                   std::optional<Date> published);

// Month number of a month name (any of the three naming systems), or 0.
int MonthNumber(std::string_view normalized_word);

}  // namespace rasad::parse
