#include "parse/dates.h"

#include <array>
#include <span>
#include <string>

#include "parse/numbers.h"
#include "text/key_cache.h"
#include "text/normalize.h"
#include "text/word_table.h"

namespace rasad::parse {
namespace {

using text::Token;
using text::TokenKind;

const text::WordTable<int>& Months() {
  static const auto* m = [] {
    auto* t = new text::WordTable<int>;
    const std::pair<const char*, int> names[] = {
        // Egyptian / Gulf
        {"يناير", 1}, {"فبراير", 2}, {"مارس", 3}, {"أبريل", 4}, {"إبريل", 4}, {"ابريل", 4}, {"مايو", 5},
        {"يونيو", 6}, {"يونيه", 6}, {"يوليو", 7}, {"يوليه", 7}, {"أغسطس", 8}, {"اغسطس", 8},
        {"سبتمبر", 9}, {"أكتوبر", 10}, {"اكتوبر", 10}, {"نوفمبر", 11}, {"ديسمبر", 12},
        // Maghrebi (Algeria/Tunisia) and Moroccan
        {"جانفي", 1}, {"فيفري", 2}, {"أفريل", 4}, {"افريل", 4}, {"ماي", 5}, {"جوان", 6}, {"جويلية", 7},
        {"جويليه", 7}, {"أوت", 8}, {"اوت", 8}, {"يوليوز", 7}, {"غشت", 8}, {"شتنبر", 9}, {"نونبر", 11},
        {"دجنبر", 12},
        // Levantine / Iraqi (single-word ones; كانون/تشرين handled with their second word)
        {"شباط", 2}, {"آذار", 3}, {"نيسان", 4}, {"أيار", 5}, {"حزيران", 6}, {"تموز", 7}, {"آب", 8},
        {"أيلول", 9}};
    for (auto [w, n] : names) (*t)[text::NormalizeKey(w)] = n;
    return t;
  }();
  return *m;
}

const std::string& N(const char* raw) { return text::CachedKey(raw); }

// The first words of the readings below (a day of the month, a weekday, ...),
// named so that a reading and the table of openers use one list.
constexpr const char* kOrdinalDays[] = {"الأول",  "الثاني", "الثالث", "الرابع", "الخامس",  "السادس", "السابع",
                                        "الثامن", "التاسع", "العاشر", "الحادي", "أول", "العشرين", "الثلاثين"};
constexpr const char* kWeekdayLead[] = {"يوم", "مساء", "صباح", "فجر", "ليلة", "ليل", "ظهر", "عصر", "منذ"};
constexpr const char* kWeekdays[] = {"الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"};
constexpr const char* kMondayVariants[] = {"الإثنين", "الاتنين"};
constexpr const char* kAfter[] = {"بعد", "وبعد"};
constexpr const char* kDayPartLead[] = {"فجر", "صباح", "مساء", "ظهر", "عصر", "ليل", "ظهيرة", "يوم"};
constexpr const char* kYesterday[] = {"أمس", "الأمس", "البارحة"};
constexpr const char* kWeekWords[] = {"الأسبوع", "الاسبوع"};
constexpr const char* kMonthWords[] = {"الشهر", "شهر"};
constexpr const char* kYearWords[] = {"عام", "العام", "سنة", "السنة"};

// The readings FindDates tries, as bits: a token is read only by those that can
// start with it, most tokens by none.
enum Reading : uint16_t {
  kNumericDate = 1 << 0,  // 21.11.2023
  kDayMonth = 1 << 1,     // 16 كانون الأول، الأول من يوليو
  kWeekday = 1 << 2,      // يوم الخميس
  kCounted = 1 << 3,      // اليوم التالي، بعد يومين
  kRelativeDay = 1 << 4,  // أمس، فجر اليوم
  kAgo = 1 << 5,          // قبل يومين
  kWeek = 1 << 6,         // الأسبوع الماضي
  kMonthWord = 1 << 7,    // الشهر الماضي
  kMonthName = 1 << 8,    // في آذار
  kYear = 1 << 9,         // عام 2015
};
constexpr uint16_t kNumberReadings = kNumericDate | kDayMonth;

// The readings a word can open. A new reading adds its first words here.
const text::WordTable<uint16_t>& Openers() {
  static const auto* table = [] {
    auto* t = new text::WordTable<uint16_t>;
    auto add = [&](std::span<const char* const> words, uint16_t reading) {
      for (const char* raw : words) (*t)[text::NormalizeKey(raw)] |= reading;
    };
    add(kOrdinalDays, kDayMonth);
    add(kWeekdayLead, kWeekday);
    add(kWeekdays, kWeekday);
    add(kMondayVariants, kWeekday);
    add(std::array{"اليوم"}, kCounted);
    add(kAfter, kCounted);
    add(kDayPartLead, kRelativeDay);
    add(std::array{"اليوم", "أول", "الليلة", "غدا"}, kRelativeDay);
    add(kYesterday, kRelativeDay);
    add(std::array{"قبل"}, kAgo);
    add(kWeekWords, kWeek);
    add(kMonthWords, kMonthWord);
    add(std::array{"كانون", "تشرين"}, kMonthName);
    for (const auto& [month, n] : Months()) (*t)[month] |= kMonthName;
    add(kYearWords, kYear);
    return t;
  }();
  return *table;
}

// The first token at or after i that opens a reading (a number opens the
// numeric ones), or toks.size(); *opens gets its readings. Most tokens open
// none, so this small loop is the reader's cost per token.
size_t NextOpener(std::string_view s, const std::vector<Token>& toks, size_t i, uint16_t* opens) {
  const text::WordTable<uint16_t>& openers = Openers();
  for (const size_t n = toks.size(); i < n; ++i) {
    const Token& t = toks[i];
    if (t.kind == TokenKind::kNumber) {
      *opens = kNumberReadings;
      return i;
    }
    const std::string_view w(s.data() + t.begin, t.end - t.begin);
    if (!openers.MayHold(w)) continue;  // most words, at the cost of a few operations
    if (const uint16_t* readings = openers.Find(w); readings && *readings != 0) {
      *opens = *readings;
      return i;
    }
  }
  return toks.size();
}

// The normalized forms of raw words as one table, for the lists that a
// reader tests at many tokens: one lookup instead of a compare per word.
const text::WordTable<bool>& WordSet(std::span<const char* const> raws) {
  auto* t = new text::WordTable<bool>;  // built once per list (a function-local static), never freed
  for (const char* raw : raws) (*t)[text::NormalizeKey(raw)] = true;
  return *t;
}
const text::WordTable<bool>& WordSet(std::initializer_list<const char*> raws) {
  return WordSet(std::span<const char* const>(raws.begin(), raws.size()));
}

struct Reader {
  std::string_view s;
  const std::vector<Token>& toks;
  std::string_view W(size_t i) const { return i < toks.size() ? toks[i].view(s) : std::string_view{}; }
  bool Is(size_t i, const char* raw) const { return text::WordIsKey(W(i), raw); }
  bool IsAny(size_t i, std::span<const char* const> raws) const {
    for (const char* r : raws)
      if (Is(i, r)) return true;
    return false;
  }
  bool IsAny(size_t i, std::initializer_list<const char*> raws) const {
    return IsAny(i, std::span<const char* const>(raws.begin(), raws.size()));
  }
  bool In(size_t i, const text::WordTable<bool>& words) const { return words.contains(W(i)); }
  bool Punct(size_t i, char c) const {
    return i < toks.size() && toks[i].kind == TokenKind::kPunct && s[toks[i].begin] == c;
  }
  int Digits(size_t i) const {
    if (i >= toks.size() || toks[i].kind != TokenKind::kNumber) return -1;
    auto w = W(i);
    if (w.size() > 4) return -1;
    int v = 0;
    for (char c : w) v = v * 10 + (c - '0');
    return v;
  }
  // Month name at i (two words for كانون/تشرين); sets *next.
  int Month(size_t i, size_t* next) const {
    std::string_view w = W(i);
    if (w.empty()) return 0;
    // Strip a leading proclitic و / ب / ل (e.g. "وأيلول").
    auto plain = [&](std::string_view x) -> int {
      const int* m = Months().Find(x);
      return m ? *m : 0;
    };
    bool kanun = w == N("كانون"), tishrin = w == N("تشرين");
    if (kanun || tishrin) {
      if (Is(i + 1, "الأول")) { *next = i + 2; return kanun ? 12 : 10; }
      if (Is(i + 1, "الثاني")) { *next = i + 2; return kanun ? 1 : 11; }
      return 0;
    }
    if (int m = plain(w)) { *next = i + 1; return m; }
    return 0;
  }
  // After a month: "/ يناير" alternative name, then an optional year.
  size_t SkipAltMonth(size_t i) const {
    if (Punct(i, '/') || Punct(i, '-')) {
      size_t n = 0;
      if (Month(i + 1, &n)) return n;
    }
    size_t n = 0;
    if (Month(i, &n) && !Punct(i, ',')) return n;  // "تشرين الثاني نوفمبر"
    return i;
  }
};

enum class Rel { kNone, kPast, kCurrent, kNext };

// الماضي / الجاري / المقبل after a date: one lookup of the word.
Rel ReadRel(const Reader& r, size_t i, size_t* next) {
  static const auto* words = [] {
    auto* t = new text::WordTable<Rel>;
    for (const char* w : {"الماضي", "الفائت", "المنصرم", "الماضية", "المنصرمة", "الفائتة"}) (*t)[text::NormalizeKey(w)] = Rel::kPast;
    for (const char* w : {"الجاري", "الحالي", "الجارية", "الحالية"}) (*t)[text::NormalizeKey(w)] = Rel::kCurrent;
    for (const char* w : {"المقبل", "القادم", "المقبلة", "القادمة"}) (*t)[text::NormalizeKey(w)] = Rel::kNext;
    return t;
  }();
  const Rel* rel = words->Find(r.W(i));
  if (!rel) return Rel::kNone;
  *next = i + 1;
  return *rel;
}

// Chooses the year for day/month without one.
std::optional<Date> WithYear(int day, int month, int year, Rel rel, std::optional<Date> pub, bool* relative) {
  if (year > 0) {
    Date d{year, month, day};
    if (!d.valid()) return std::nullopt;
    return d;
  }
  if (!pub) return std::nullopt;
  *relative = true;
  int y = pub->year;
  if (rel == Rel::kPast && month > pub->month) y -= 1;
  Date d{y, month, day};
  if (!d.valid()) return std::nullopt;
  if (rel == Rel::kNone && d > *pub && (d.days() - pub->days()) > 7) d.year -= 1;
  if (rel == Rel::kNext && d < *pub) d.year += 1;
  if (!d.valid()) return std::nullopt;
  return d;
}

// 0 for Sunday ... 6 for Saturday, -1 when the word is no weekday.
int Weekday(const Reader& r, size_t i) {
  static const auto* days = [] {
    auto* t = new text::WordTable<int>;
    for (int d = 0; d < 7; ++d) (*t)[text::NormalizeKey(kWeekdays[d])] = d;
    for (const char* monday : kMondayVariants) (*t)[text::NormalizeKey(monday)] = 1;
    return t;
  }();
  const int* d = days->Find(r.W(i));
  return d ? *d : -1;
}

int Year(const Reader& r, size_t i) {
  int y = r.Digits(i);
  // "2024م": the year with the Gregorian era letter attached.
  std::string_view w = r.W(i);
  if (y < 0 && w.size() == 6 && w.substr(4) == N("م")) {
    y = 0;
    for (char c : w.substr(0, 4)) {
      if (c < '0' || c > '9') return -1;
      y = y * 10 + (c - '0');
    }
  }
  if (y >= 1900 && y <= 2100) return y;
  return -1;
}

// A word of the future around tokens [first, next) ("ستبدأ العملية بعد يومين"، "من المقرر أن
// ... بعد يومين"): a verb with the future prefix س, or a word that says what is planned.
bool FutureNear(const Reader& r, size_t first, size_t next) {
  static const std::string kSa = text::NormalizeKey("س");
  static const std::string kPrefixes[] = {text::NormalizeKey("ي"), text::NormalizeKey("ت"), text::NormalizeKey("ن"),
                                          text::NormalizeKey("ا")};
  for (size_t k = first >= 3 ? first - 3 : 0; k < next + 2; ++k) {
    if (k >= first && k < next) continue;
    if (r.IsAny(k, {"المقرر", "المقبل", "المقبلة", "يتوقع", "ينتظر", "خطة"})) return true;
    std::string_view w = r.W(k);
    if (w.size() >= 8 && w.starts_with(kSa))
      for (const auto& p : kPrefixes)
        if (w.substr(kSa.size()).starts_with(p)) return true;
  }
  return false;
}

}  // namespace

int MonthNumber(std::string_view w) {
  const int* m = Months().Find(w);
  return m ? *m : 0;
}

std::vector<DateMention> FindDates(std::string_view s, const std::vector<Token>& toks, std::optional<Date> pub) {
  Reader r{s, toks};
  std::vector<DateMention> out;
  out.reserve(toks.size() / 24 + 1);  // news names a date every 30 tokens or more: one allocation
  auto emit = [&](size_t first, size_t next, DateMention m) {
    m.first_token = static_cast<uint32_t>(first);
    m.next_token = static_cast<uint32_t>(next);
    m.begin = toks[first].begin;
    m.end = toks[next - 1].end;
    out.push_back(m);
  };
  // The day the text spoke of last, for "من الشهر ذاته"، "في اليوم التالي".
  // (Its index in out, or out.size().)
  auto last_day_index = [&]() -> size_t {
    for (size_t k = out.size(); k-- > 0;)
      if (out[k].date && !out[k].future && !out[k].year_only && out[k].precision == TimePrecision::kDay) return k;
    return out.size();
  };
  auto last_day = [&]() -> std::optional<Date> {
    const size_t k = last_day_index();
    return k < out.size() ? out[k].date : std::nullopt;
  };
  std::optional<size_t> weekday_today;  // out's last bare weekday that is the publication's day
  size_t i = 0;
  while (true) {
    uint16_t opens = 0;
    i = NextOpener(s, toks, i, &opens);
    if (i >= toks.size()) break;
    size_t start = i;
    // --- numeric dates: 21.11.2023, 21/11/2023, 2022.09.09, 2023-11-21
    if ((opens & kNumericDate) && i + 4 < toks.size()) {
      char sep = s[toks[i + 1].begin];
      bool tight = toks[i + 1].begin == toks[i].end && toks[i + 2].begin == toks[i + 1].end &&
                   toks[i + 3].begin == toks[i + 2].end && toks[i + 4].begin == toks[i + 3].end;
      if (tight && (sep == '.' || sep == '/' || sep == '-') && r.Punct(i + 1, sep) && r.Punct(i + 3, sep)) {
        int a = r.Digits(i), b = r.Digits(i + 2), c = r.Digits(i + 4);
        Date d{};
        if (a >= 1900) d = Date{a, b, c};
        else if (c >= 1900) d = Date{c, b, a};
        if (d.valid()) {
          DateMention m;
          m.date = d;
          emit(i, i + 5, m);
          i += 5;
          continue;
        }
      }
    }
    // --- day (digits or ordinal) [- day2] [من] month [/ alt] [year] [rel]
    if (opens & kDayMonth) {
      size_t k = i;
      int day = r.Digits(k);
      int day2 = -1;
      size_t after_day = k + 1;
      if (day < 1 || day > 31) {
        day = ParseOrdinalDay(s, toks, k, &after_day);
        if (day < 1) day = -1;
      }
      if (day > 0) {
        k = after_day;
        // range "2- 9", "16 إلى 22", "16 و 22"?
        static const auto& kTo = WordSet({"إلى", "الى", "حتى"});
        if ((r.Punct(k, '-') || r.In(k, kTo)) && r.Digits(k + 1) >= 1 && r.Digits(k + 1) <= 31) {
          day2 = r.Digits(k + 1);
          k += 2;
        }
        if (r.Is(k, "من")) ++k;
        // "في 21 من الشهر ذاته"، "العاشر من الشهر الجاري": the month the text or
        // the publication speaks of.
        if (day2 < 0 && r.Is(k, "الشهر")) {
          size_t next = k + 1;
          Rel rel = ReadRel(r, next, &next);
          bool same = r.IsAny(k + 1, {"ذاته", "نفسه"});
          std::optional<Date> base = same ? last_day() : pub;
          if (same) next = k + 2;
          if (base && (same || rel == Rel::kCurrent || rel == Rel::kPast)) {
            int y = base->year, mo = base->month;
            if (rel == Rel::kPast && --mo == 0) { mo = 12; --y; }
            DateMention m;
            m.relative = true;
            if (Date d{y, mo, day}; d.valid()) m.date = d;
            emit(start, next, m);
            i = next;
            continue;
          }
        }
        size_t after_month = 0;
        int month = r.Month(k, &after_month);
        if (month) {
          k = r.SkipAltMonth(after_month);
          int year = Year(r, k);
          if (year > 0) ++k;
          size_t after_rel = k;
          Rel rel = ReadRel(r, k, &after_rel);
          bool relative = false;
          DateMention m;
          m.date = WithYear(day, month, year, rel, pub, &relative);
          if (day2 > 0) m.end_date = WithYear(day2, month, year, rel, pub, &relative);
          if (m.date && m.end_date && *m.end_date < *m.date) m.end_date.reset();
          m.relative = relative;
          m.future = rel == Rel::kNext;
          emit(start, after_rel, m);
          i = after_rel;
          continue;
        }
      }
    }
    // --- "من 16 إلى 22 نوفمبر" is covered above from "16"; skip "من".
    // --- weekday: [يوم|مساء|صباح|فجر|ليلة|ظهر] weekday [rel] [explicit date follows]
    if (opens & kWeekday) {
      size_t k = i;
      static const auto& kLead = WordSet(kWeekdayLead);
      if (r.In(k, kLead)) ++k;
      int wd = Weekday(r, k);
      if (wd >= 0) {
        size_t next = k + 1;
        Rel rel = ReadRel(r, next, &next);
        // "الجمعة 16 من كانون الأول": let the explicit date speak (it is emitted next).
        if (r.Digits(next) >= 1 || (next < toks.size() && r.Punct(next, ','))) {
          size_t probe = r.Punct(next, ',') ? next + 1 : next;
          int day = r.Digits(probe);
          size_t after = probe + 1;
          if (day >= 1 && day <= 31) {
            if (r.Is(after, "من")) ++after;
            size_t am = 0;
            if (r.Month(after, &am)) { i = probe; continue; }
          }
        }
        DateMention m;
        m.relative = true;
        if (rel == Rel::kNext) m.future = true;
        if (pub && rel != Rel::kNext) {
          int delta = (pub->weekday() - wd + 7) % 7;
          if (delta == 0 && rel == Rel::kPast) delta = 7;
          m.date = pub->plus_days(-delta);
          if (delta == 0) weekday_today = out.size();
        }
        emit(start, next, m);
        i = next;
        continue;
      }
    }
    // --- اليوم ذاته / اليوم التالي / بعد يومين: counted from the day the text spoke of last
    if (opens & kCounted) {
      int days = -1;
      size_t next = 0;
      static const auto& kAfterSet = WordSet(kAfter);
      if (r.Is(i, "اليوم") && r.IsAny(i + 1, {"ذاته", "نفسه"})) { days = 0; next = i + 2; }
      // "اليوم التالي"، "في اليوم الموالي، الأحد" (Maghrebi)، "اليوم اللاحق": the next day.
      else if (r.Is(i, "اليوم") && r.IsAny(i + 1, {"التالي", "الموالي", "اللاحق"})) { days = 1; next = i + 2; }
      else if (r.In(i, kAfterSet) && r.Is(i + 1, "يومين")) { days = 2; next = i + 2; }
      else if (r.In(i, kAfterSet) && r.Is(i + 1, "يوم") && !r.Is(i + 2, "من")) { days = 1; next = i + 2; }
      else if (r.In(i, kAfterSet)) {
        if (auto q = ParseQuantity(s, toks, i + 1); q && q->value && *q->value >= 3 && *q->value <= 10 &&
                                                     r.IsAny(q->next_token, {"أيام", "ايام"})) {
          days = static_cast<int>(*q->value);
          next = q->next_token + 1;
        }
      }
      if (days >= 0) {
        if (auto base = last_day()) {
          DateMention m;
          m.relative = true;
          m.date = base->plus_days(days);
          // "وأغار مسلحون الاثنين على قرية ... وبعد يومين استهدفت قرية ..." in a report of Monday:
          // a day counted past the day of publication from that weekday is told as past, so the
          // weekday was the week before's (and so is the day counted from it).
          if (pub && days > 0 && weekday_today && *weekday_today == last_day_index() && *m.date > *pub &&
              !FutureNear(r, i, next)) {
            out[*weekday_today].date = base->plus_days(-7);
            m.date = base->plus_days(days - 7);
          }
          emit(i, next, m);
          i = next;
          continue;
        }
        // Nothing told before to count from: no date, and not "اليوم" (today) either.
        i = next;
        continue;
      }
    }
    // --- relative days: [فجر|صباح|مساء|يوم...] اليوم / أمس / أول أمس / الليلة الماضية
    if (opens & kRelativeDay) {
      size_t k = i;
      static const auto& kPartLead = WordSet(kDayPartLead), &kYesterdaySet = WordSet(kYesterday);
      if (r.In(k, kPartLead)) ++k;
      constexpr int kNoDelta = -100;
      int delta = kNoDelta;
      size_t next = k + 1;
      if (r.Is(k, "اليوم")) {
        bool until_today = k == i && i > 0 && r.IsAny(i - 1, {"حتى", "حتي", "لليوم"});
        if (!until_today) delta = 0;
      } else if (r.In(k, kYesterdaySet)) {
        delta = -1;
      } else if (r.Is(k, "أول") && r.Is(k + 1, "أمس")) {
        delta = -2;
        next = k + 2;
      } else if (r.Is(k, "أول") && r.Is(k + 1, "من") && r.Is(k + 2, "أمس")) {
        delta = -2;
        next = k + 3;
      } else if (r.Is(k, "الليلة") && r.Is(k + 1, "الماضية")) {
        delta = -1;
        next = k + 2;
      } else if (r.Is(k, "الليلة")) {
        delta = 0;
      } else if (r.Is(k, "غدا")) {
        delta = 1;
      }
      if (delta != kNoDelta) {
        DateMention m;
        m.relative = true;
        m.future = delta > 0;
        if (pub) m.date = pub->plus_days(delta);
        emit(start, next, m);
        i = next;
        continue;
      }
    }
    // --- قبل يومين / قبل N أيام / قبل أسبوع
    if ((opens & kAgo) && r.Is(i, "قبل")) {
      DateMention m;
      m.relative = true;
      size_t next = 0;
      int days = 0;
      if (r.Is(i + 1, "يومين")) { days = 2; next = i + 2; }
      else if (r.Is(i + 1, "يوم")) { days = 1; next = i + 2; }
      else if (r.IsAny(i + 1, {"أسبوع", "اسبوع"})) { days = 7; next = i + 2; m.precision = TimePrecision::kWeek; }
      else if (auto q = ParseQuantity(s, toks, i + 1); q && q->value && *q->value <= 31 && r.IsAny(q->next_token, {"أيام", "ايام", "يوما"})) {
        days = static_cast<int>(*q->value);
        next = q->next_token + 1;
      }
      if (days > 0) {
        if (pub) m.date = pub->plus_days(-days);
        emit(i, next, m);
        i = next;
        continue;
      }
      // "قبل عشر سنوات"، "قبل عامين"، "قبل سنوات": years ago, background (only the year is known).
      static constexpr const char* kYearsWords[] = {"سنوات", "أعوام", "اعوام", "سنة", "عام", "عاما", "سنين"};
      int years = 0;
      if (r.IsAny(i + 1, {"عامين", "سنتين"})) { years = 2; next = i + 2; }
      else if (r.IsAny(i + 1, {"سنوات", "أعوام", "سنين"})) { years = 1; next = i + 2; }
      else if (auto q = ParseQuantity(s, toks, i + 1); q && q->value && *q->value >= 1 && *q->value <= 100 &&
                                                        r.IsAny(q->next_token, kYearsWords)) {
        years = static_cast<int>(*q->value);
        next = q->next_token + 1;
      }
      if (years > 0 && pub) {
        m.year_only = true;
        m.precision = TimePrecision::kMonth;
        m.date = Date{pub->year - years, 1, 1};
        emit(i, next, m);
        i = next;
        continue;
      }
    }
    // --- الأسبوع الماضي / هذا الأسبوع / خلال الأسبوع
    if ((opens & kWeek) && r.IsAny(i, kWeekWords)) {
      size_t next = i + 1;
      Rel rel = ReadRel(r, next, &next);
      DateMention m;
      m.relative = true;
      m.precision = TimePrecision::kWeek;
      if (rel == Rel::kNext) m.future = true;
      if (pub) m.date = pub->plus_days(rel == Rel::kPast ? -7 : 0);
      emit(i, next, m);
      i = next;
      continue;
    }
    // --- [مطلع|أوائل|منتصف|أواخر|نهاية] الشهر الماضي/الجاري
    if ((opens & kMonthWord) && r.IsAny(i, kMonthWords)) {
      size_t k = i + 1;
      size_t am = 0;
      int month = r.Month(k, &am);
      DateMention m;
      m.relative = true;
      m.precision = TimePrecision::kMonth;
      size_t next = month ? r.SkipAltMonth(am) : k;
      int year = Year(r, next);
      if (year > 0) ++next;
      Rel rel = ReadRel(r, next, &next);
      if (!month && rel == Rel::kNone) { ++i; continue; }
      if (rel == Rel::kNext) m.future = true;
      if (month) {
        bool relative = false;
        m.date = WithYear(1, month, year, rel, pub, &relative);
        m.relative = relative;
      } else if (pub) {
        Date d{pub->year, pub->month, 1};
        if (rel == Rel::kPast) d = Date{pub->month == 1 ? pub->year - 1 : pub->year, pub->month == 1 ? 12 : pub->month - 1, 1};
        if (rel == Rel::kNext) m.future = true;
        m.date = d;
      }
      emit(i, next, m);
      i = next;
      continue;
    }
    // --- month name with context: [في|خلال|مطلع|منتصف|أواخر] month [year] [rel]
    if (opens & kMonthName) {
      size_t am = 0;
      int month = r.Month(i, &am);
      if (month) {
        size_t next = r.SkipAltMonth(am);
        int year = Year(r, next);
        if (year > 0) ++next;
        Rel rel = ReadRel(r, next, &next);
        static const auto& kCues = WordSet({"في", "خلال", "مطلع", "منتصف", "أواخر", "نهاية", "بداية", "أوائل", "منذ"});
        bool cue_before = i > 0 && r.In(i - 1, kCues);
        bool ambiguous = r.W(i) == N("آب") || r.W(i) == N("مارس") || r.W(i) == N("ماي");
        if ((year > 0 || rel != Rel::kNone || (cue_before && !ambiguous))) {
          DateMention m;
          m.precision = TimePrecision::kMonth;
          bool relative = false;
          m.date = WithYear(1, month, year, rel, pub, &relative);
          m.relative = relative;
          m.future = rel == Rel::kNext;
          emit(i, next, m);
          i = next;
          continue;
        }
      }
    }
    // --- عام 2015 / العام 2015 / سنة 1984 / في 2015
    if ((opens & kYear) && r.IsAny(i, kYearWords) && Year(r, i + 1) > 0) {
      DateMention m;
      m.year_only = true;
      m.precision = TimePrecision::kMonth;
      m.date = Date{Year(r, i + 1), 1, 1};
      emit(i, i + 2, m);
      i += 2;
      continue;
    }
    ++i;
  }
  return out;
}

}  // namespace rasad::parse
