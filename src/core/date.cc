#include "core/date.h"

#include <chrono>
#include <cstdio>

namespace rasad {

namespace {
std::chrono::year_month_day Ymd(const Date& d) {
  return std::chrono::year_month_day{std::chrono::year{d.year},
                                     std::chrono::month{static_cast<unsigned>(d.month)},
                                     std::chrono::day{static_cast<unsigned>(d.day)}};
}
}  // namespace

long Date::days() const {
  return std::chrono::sys_days{Ymd(*this)}.time_since_epoch().count();
}

Date Date::FromDays(long n) {
  std::chrono::year_month_day ymd{std::chrono::sys_days{std::chrono::days{n}}};
  return Date{static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
              static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

int Date::weekday() const {
  return static_cast<int>(std::chrono::weekday{std::chrono::sys_days{Ymd(*this)}}.c_encoding());
}

bool Date::valid() const {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
         day <= DaysInMonth(year, month);
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  if (month == 2 && std::chrono::year{year}.is_leap()) return 29;
  return kDays[month - 1];
}

std::string Date::iso() const {
  if (year < 0 || year > 9999 || month < 0 || month > 99 || day < 0 || day > 99) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
  }
  // "YYYY-MM-DD" digit by digit (records write several dates each).
  char buf[10] = {static_cast<char>('0' + year / 1000),     static_cast<char>('0' + year / 100 % 10),
                  static_cast<char>('0' + year / 10 % 10),  static_cast<char>('0' + year % 10),
                  '-',
                  static_cast<char>('0' + month / 10),      static_cast<char>('0' + month % 10),
                  '-',
                  static_cast<char>('0' + day / 10),        static_cast<char>('0' + day % 10)};
  return std::string(buf, sizeof buf);
}

std::optional<Date> Date::Parse(std::string_view s) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  auto digits = [&](size_t from, size_t n, int& out) {
    out = 0;
    for (size_t i = from; i < from + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      out = out * 10 + (s[i] - '0');
    }
    return true;
  };
  Date d;
  if (!digits(0, 4, d.year) || !digits(5, 2, d.month) || !digits(8, 2, d.day)) return std::nullopt;
  if (!d.valid()) return std::nullopt;
  return d;
}

}  // namespace rasad
