// Calendar dates as ACLED uses them: a civil (proleptic Gregorian) day plus a
// precision code. Dates never carry a time zone; an article's publication day
// is the reference against which relative expressions are resolved.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace rasad {

// ACLED time_precision codes.
enum class TimePrecision : int { kDay = 1, kWeek = 2, kMonth = 3 };

struct Date {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31

  // Days since 1970-01-01 (may be negative).
  long days() const;
  static Date FromDays(long days);
  // 0 = Sunday ... 6 = Saturday.
  int weekday() const;
  Date plus_days(long n) const { return FromDays(days() + n); }
  bool valid() const;

  // "YYYY-MM-DD".
  std::string iso() const;
  // Parses "YYYY-MM-DD" (a longer string such as an ISO timestamp is read by
  // its first 10 characters); nullopt when it is not a valid date.
  static std::optional<Date> Parse(std::string_view s);

  friend bool operator==(const Date&, const Date&) = default;
  friend auto operator<=>(const Date& a, const Date& b) { return a.days() <=> b.days(); }
};

int DaysInMonth(int year, int month);

}  // namespace rasad
