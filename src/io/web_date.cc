#include "io/web_date.h"

#include <string>
#include <vector>

#include "text/utf8.h"

namespace rasad::io {

namespace {

struct Token {
  std::string text;
  bool number = false;
};

// Numbers (ASCII, Arabic-Indic or Persian digits) and Latin words; the rest separates.
std::vector<Token> Tokens(std::string_view s) {
  std::vector<Token> out;
  size_t i = 0;
  bool joined = false;  // the previous character continues the last token
  while (i < s.size() && out.size() < 16) {
    int32_t c = text::NextCodePoint(s, i);
    char ch = 0;
    bool digit = false;
    if (c >= '0' && c <= '9') ch = static_cast<char>(c), digit = true;
    else if (c >= 0x660 && c <= 0x669) ch = static_cast<char>('0' + c - 0x660), digit = true;
    else if (c >= 0x6F0 && c <= 0x6F9) ch = static_cast<char>('0' + c - 0x6F0), digit = true;
    else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) ch = static_cast<char>(c | 0x20);
    if (!ch) {
      joined = false;
      continue;
    }
    if (!joined || out.back().number != digit) out.push_back({"", digit});
    if (out.back().text.size() < 16) out.back().text.push_back(ch);
    joined = true;
  }
  return out;
}

int Month(const std::string& w) {
  static const char* kNames[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  if (w.size() < 3) return 0;
  for (int m = 0; m < 12; ++m)
    if (w.compare(0, 3, kNames[m]) == 0) return m + 1;
  return 0;
}

long Num(const Token& t) { return t.number && t.text.size() <= 9 ? std::stol(t.text) : -1; }

std::optional<Date> Make(long y, long m, long d) {
  if (y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  Date date{static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)};
  if (!date.valid()) return std::nullopt;
  return date;
}

long Year(const Token& t) {
  long y = Num(t);
  if (t.text.size() == 2) return y < 70 ? 2000 + y : 1900 + y;
  return t.text.size() == 4 ? y : -1;
}

}  // namespace

std::optional<Date> ParseWebDate(std::string_view s) {
  std::vector<Token> t = Tokens(s);
  size_t i = 0;
  if (i < t.size() && !t[i].number && !Month(t[i].text)) ++i;  // a weekday ("Sat")
  if (i >= t.size()) return std::nullopt;
  const Token& a = t[i];
  if (a.number && a.text.size() == 8)  // 20231007
    if (auto d = Make(Num(a) / 10000, Num(a) / 100 % 100, Num(a) % 100)) return d;
  if (a.number && (a.text.size() == 10 || a.text.size() == 13) && i + 1 == t.size()) {
    long long secs = std::stoll(a.text) / (a.text.size() == 13 ? 1000 : 1);
    Date d = Date::FromDays(static_cast<long>(secs / 86400));
    return Make(d.year, d.month, d.day);
  }
  if (i + 2 >= t.size()) return std::nullopt;
  const Token& b = t[i + 1];
  const Token& c = t[i + 2];
  if (a.number && a.text.size() == 4 && b.number && c.number)  // 2023-10-07
    return Make(Num(a), Num(b), Num(c));
  if (a.number && !b.number && Month(b.text) && c.number)  // 07 Oct 2023
    return Make(Year(c), Month(b.text), Num(a));
  if (!a.number && Month(a.text) && b.number && c.number)  // October 7, 2023
    return Make(Year(c), Month(a.text), Num(b));
  if (a.number && b.number && c.number && c.text.size() == 4)  // 07/10/2023, day first
    return Make(Num(c), Num(b), Num(a));
  return std::nullopt;
}

}  // namespace rasad::io
