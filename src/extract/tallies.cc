#include "extract/tallies.h"

#include <algorithm>
#include <map>
#include <optional>

#include <fmt/core.h>

#include "extract/casualties.h"
#include "extract/frames.h"
#include "parse/numbers.h"
#include "text/key_cache.h"
#include "text/normalize.h"

namespace rasad::extract {
namespace {

const std::string& Norm(const char* raw) { return text::CachedKey(raw); }

// True when token t lies in a date ("منذ نيسان 2022 عملية عسكرية": 2022 is a year, not a count).
bool InDate(const Analysis& a, size_t t) {
  if (t >= a.toks.size()) return false;
  for (const auto& dm : a.DatesOverlapping(a.toks[t].begin, a.toks[t].end))
    if (dm.begin <= a.toks[t].begin && a.toks[t].end <= dm.end) return true;
  return false;
}

// "خلال سبتمبر الماضي"، "طوال عام 2023"، "خلال شهر شباط": a month or a year after
// "خلال"، "طوال" or "طيلة" (a word such as "شهر" may stand between).
bool OverMonthOrYear(const Analysis& a, text::Span s) {
  static const WordList kThrough{"خلال", "طوال", "طيلة"}, kUnit{"شهر", "عام", "سنة"};
  for (const auto& dm : a.DatesIn(s.begin, s.end)) {
    if (dm.begin < s.begin || dm.begin >= s.end || dm.future || dm.first_token == 0) continue;
    if (!dm.year_only && dm.precision != TimePrecision::kMonth) continue;
    size_t t = dm.first_token - 1;
    if (WordIs(a, t, kUnit) && t > 0) --t;
    if (WordIs(a, t, kThrough)) return true;
  }
  return false;
}

// "يوم الإثنين 22 كانون الثاني"، "أمس": the sentence tells a day (not a range, a month or a
// day to come).
bool OnItsDay(const Analysis& a, text::Span s) {
  for (const auto& dm : a.DatesIn(s.begin, s.end))
    if (dm.begin >= s.begin && dm.begin < s.end && dm.date && !dm.future && !dm.year_only && !dm.end_date &&
        dm.precision == TimePrecision::kDay)
      return true;
  return false;
}

// Sentence si is a line of a list: it opens with a dash or a bullet, and the line
// before it ends with a colon or was read as a tally too.
bool ListItem(const Analysis& a, size_t si, const std::vector<bool>& marks) {
  const char first = a.norm.text[a.sentences[si].begin];
  if (first != '-' && first != '*' && first != '\xE2') return false;  // - * and • – (E2 ...)
  size_t t = a.TokenAt(a.sentences[si].begin);
  if (si == 0 || t >= a.toks.size() || a.toks[t].kind != text::TokenKind::kPunct) return false;
  std::string_view w = a.Word(t);
  if (w != "-" && w != "*" && w != "\xE2\x80\xA2" && w != "\xE2\x80\x93") return false;  // - * • –
  if (t > 0 && a.toks[t - 1].kind != text::TokenKind::kNewline) return false;
  if (marks[si - 1]) return true;
  size_t last = a.TokenBefore(a.sentences[si - 1].end);
  return last != std::string::npos && a.Word(last) == ":";
}

struct Period {
  std::optional<Date> start, end;
};

// Last day of the month `d` falls in.
Date MonthEnd(Date d) {
  Date next = d.month == 12 ? Date{d.year + 1, 1, 1} : Date{d.year, d.month + 1, 1};
  return next.plus_days(-1);
}

// The period a tally sentence sums: "منذ X" from X to publication; "خلال شهر
// شباط الماضي" the whole month; "منذ مطلع العام الجاري" from 1 January;
// "خلال الساعات الأربع والعشرين الماضية" the last day; "خلال الشهرين الماضيين"
// the last two months; "النصف الأول من العام الجاري" January to June. Else the
// first date named, else up to publication.
// How many hours the count at token t says in "الساعات الـ48 الماضية"، "الـ24 ساعة"، "الساعات
// الأربع والعشرين": digits (after the article, joined or a token apart), or the first word of
// a spelled-out 24, 48 or 72; else 0. A week of hours at most (more is no hour count).
int HoursAt(const Analysis& a, size_t t) {
  static const WordList kSpelled{"الأربع", "الثماني", "الاثنتين"};  // 24, 48, 72
  constexpr int kMaxHours = 168;
  if (t >= a.toks.size()) return 0;
  if (const int k = WordAt(a, t, kSpelled); k >= 0) return 24 * (k + 1);
  std::string_view w = a.Word(t);
  if (w.starts_with("ال")) w.remove_prefix(std::string_view("ال").size());
  if (w.empty() && t + 1 < a.toks.size()) w = a.Word(t + 1);  // "ال" "48": the article apart
  int hours = 0;
  if (w.empty() || w.size() > 3) return 0;
  for (char c : w) {
    if (c < '0' || c > '9') return 0;
    hours = hours * 10 + (c - '0');
  }
  return hours <= kMaxHours ? hours : 0;
}

// The English adjective for the part of an area a direction names ("Eastern"), or "".
std::string_view PartName(geo::Direction d) {
  using D = geo::Direction;
  switch (d) {
    case D::kN: return "Northern";
    case D::kS: return "Southern";
    case D::kE: return "Eastern";
    case D::kW: return "Western";
    case D::kNE: return "Northeastern";
    case D::kNW: return "Northwestern";
    case D::kSE: return "Southeastern";
    case D::kSW: return "Southwestern";
    case D::kCentre: return "Central";
    case D::kNone: break;
  }
  return {};
}

// Whether a clause opens with words that add to the count before it: "إضافة إلى"،
// "بالإضافة إلى"، "فضلاً عن"، "علاوة على".
bool IsAddition(const Analysis& a, text::Span clause) {
  static const WordList kAdd{"إضافة", "اضافة", "بالإضافة", "بالاضافة", "فضلا", "فضلاً", "علاوة"},
      kTo{"إلى", "الى", "عن", "على"};
  size_t t = a.TokenAt(clause.begin);
  while (t < a.toks.size() && a.toks[t].kind != text::TokenKind::kWord) ++t;
  return WordIs(a, t, kAdd) && WordIs(a, t + 1, kTo);
}

Period ReadPeriod(const Analysis& a, const Dictionary& d, text::Span s) {
  static const WordList kSince{"منذ", "ومنذ"}, kStart{"مطلع", "بداية", "أول", "مستهل", "بدء"},
      kYear{"العام", "السنة"}, kCurrent{"الجاري", "الحالي"}, kHours{"الساعات", "ساعة"},
      kPast{"الماضية", "الماضيين", "الماضي", "المنصرم", "المنصرمين", "الأخيرة", "الأخيرين"}, kTwoMonths{"الشهرين", "شهرين"},
      kHalf{"النصف"}, kFirst{"الأول"}, kSecond{"الثاني"};
  Period p;
  const std::optional<Date>& pub = a.published;
  // "خلال الربع الأخير من عام 2023"، "في الربع الأول من العام الجاري": a quarter of a year.
  static const WordList kQuarter{"الربع"}, kOf{"من"};
  static const WordList kQuarterNumber{"الأول", "الثاني", "الثالث", "الرابع", "الأخير"};
  const size_t last_tok = a.TokenAt(s.end);
  for (size_t t = a.TokenAt(s.begin); t + 3 < last_tok; ++t) {
    if (!WordIs(a, t, kQuarter)) continue;
    const int nth = WordAt(a, t + 1, kQuarterNumber);
    if (nth < 0 || !WordIs(a, t + 2, kOf)) continue;
    int year = 0;
    for (const auto& dm : a.DatesIn(a.toks[t + 3].begin, a.toks[t + 3].end + 1))
      if (dm.first_token == t + 3 && dm.year_only && dm.date) year = dm.date->year;
    if (!year && pub && WordIs(a, t + 3, kYear) && t + 4 < last_tok) {
      if (WordIs(a, t + 4, kCurrent)) year = pub->year;
      else if (WordIs(a, t + 4, kPast)) year = pub->year - 1;
    }
    if (!year) continue;
    const int quarter = nth == 4 ? 4 : nth + 1;  // "الأخير" is the fourth
    const Date start{year, 3 * quarter - 2, 1};
    return {start, MonthEnd(Date{year, 3 * quarter, 1})};
  }
  bool since = false;
  for (const auto& dm : a.DatesIn(s.begin, s.end)) {
    if (dm.begin < s.begin || dm.begin >= s.end || !dm.date || dm.future) continue;
    // "منذ X"، "منذ بداية أيار"، "منذ إطلاق العملية في أكتوبر الماضي": "منذ" a few words before.
    bool after_since = false;
    for (size_t back = 1; back <= 8 && dm.first_token >= back && !after_since; ++back) {
      size_t t = dm.first_token - back;
      bool quote = a.Word(t) == Norm("«") || a.Word(t) == Norm("»") || a.Word(t) == "\"";
      if ((a.toks[t].kind == text::TokenKind::kPunct && !quote) || a.toks[t].kind == text::TokenKind::kNewline) break;
      after_since = WordIs(a, t, kSince) && !ComparedSince(a, t);
    }
    if (dm.year_only && !after_since) continue;
    if (p.start && !after_since) continue;  // the first date, unless a later one follows "منذ"
    p.start = dm.date;
    if (after_since) {
      since = true;
      p.end = pub;
      break;
    }
    p.end = dm.end_date ? dm.end_date
            : dm.year_only ? std::optional<Date>(Date{dm.date->year, 12, 31})
            : dm.precision == TimePrecision::kMonth ? std::optional<Date>(MonthEnd(*dm.date))
            : dm.precision == TimePrecision::kWeek ? std::optional<Date>(dm.date->plus_days(3))
                                                   : dm.date;
    if (dm.precision == TimePrecision::kWeek) p.start = dm.date->plus_days(-3);
  }
  if (pub && !since) {
    // The phrases start at a period cue ("منذ مطلع"، "خلال الساعات"، "خلال الشهرين"): only
    // the words at those cues are read.
    for (const auto& h : a.HitsIn(s.begin, s.end)) {
      if (h.begin < s.begin || h.begin >= s.end || h.kind != HitKind::kCue) continue;
      if (d.cue(h.index).role != CueRole::kPeriod && d.cue(h.index).role != CueRole::kCumulative) continue;
      const size_t first = a.TokenAt(h.clitic_begin), t = first + 1;  // the word after "منذ" / "خلال"
      if (t + 1 >= a.toks.size()) continue;
      // "منذ مطلع العام الجاري"، "منذ بداية العام"
      if (WordIs(a, first, kSince) && WordIs(a, t, kStart) && WordIs(a, t + 1, kYear) && !ComparedSince(a, first)) {
        p = {Date{pub->year, 1, 1}, pub};
        break;
      }
      // "خلال الساعات الأربع والعشرين الماضية"، "خلال الـ24 ساعة الماضية"، "خلال الساعات الـ48 الماضية"
      int hours = 0;
      if (WordIs(a, t, kHours)) hours = HoursAt(a, t + 1);
      else if (WordIs(a, t + 1, kHours)) hours = HoursAt(a, t);
      if (hours > 0) {
        p = {pub->plus_days(-((hours + 23) / 24)), pub};
        break;
      }
      // "خلال الشهرين الماضيين"
      if (WordIs(a, t, kTwoMonths) && WordIs(a, t + 1, kPast)) {
        p = {pub->plus_days(-61), pub};
        break;
      }
      // "خلال النصف الأول من العام الجاري"
      if (WordIs(a, t, kHalf) && (WordIs(a, t + 1, kFirst) || WordIs(a, t + 1, kSecond)) && t + 4 < a.toks.size() &&
          WordIs(a, t + 3, kYear) && WordIs(a, t + 4, kCurrent)) {
        bool first_half = WordIs(a, t + 1, kFirst);
        p = {Date{pub->year, first_half ? 1 : 7, 1}, Date{pub->year, first_half ? 6 : 12, first_half ? 30 : 31}};
        break;
      }
    }
  }
  if (!p.end) p.end = pub;
  return p;
}

struct OpCount {
  size_t cue_tok;
  uint32_t begin;
  int value;
};

// "خمس عمليات"، "14 هجوما"، "عمليتان"، "بعملية واحدة".
std::vector<OpCount> OperationCounts(const Analysis& a, const Dictionary& d, text::Span s) {
  std::vector<OpCount> out;
  static const std::string dual1 = text::NormalizeKey("عمليتين"), dual2 = text::NormalizeKey("عمليتان"),
                           dual3 = text::NormalizeKey("هجومين"), dual4 = text::NormalizeKey("هجومان");
  for (const auto& h : a.HitsIn(s.begin, s.end)) {
    if (h.begin < s.begin) continue;
    if (h.begin >= s.end) break;
    if (h.kind != HitKind::kCue || d.cue(h.index).role != CueRole::kOperations) continue;
    size_t t = a.TokenAt(h.clitic_begin);
    std::string_view w = a.Word(t);
    std::string_view stem = w.size() > 2 && (w.substr(0, 2) == Norm("و") || w.substr(0, 2) == Norm("ب")) ? w.substr(2) : w;
    if (stem == dual1 || stem == dual2 || stem == dual3 || stem == dual4) {
      out.push_back({t, h.begin, 2});
      continue;
    }
    bool found = false;
    // the longest number that ends at the noun: "ثلاثة وعشرين هجوماً" is 23, not 20
    for (size_t back = 3; back >= 1 && !found; --back) {
      if (t < back) continue;
      auto q = a.QuantityAt(t - back);
      if (q && q->next_token == t && q->value && *q->value > 0 && *q->value < 100000 && !InDate(a, t - back)) {
        out.push_back({t, a.toks[t - back].begin, static_cast<int>(*q->value)});
        found = true;
      }
    }
    static const WordList kOne{"واحدة", "واحد"};
    if (!found && WordIs(a, t + 1, kOne)) out.push_back({t, h.begin, 1});
  }
  return out;
}

bool WorldCue(const Analysis& a, const Dictionary& d, text::Span s) {
  for (const auto& h : a.HitsIn(s.begin, s.end))
    if (h.begin >= s.begin && h.begin < s.end && h.kind == HitKind::kCue && d.cue(h.index).role == CueRole::kWorld)
      return true;
  return false;
}

// "في ثماني دول"، "في 8 دول": a count of countries names the world. Returns the
// span of the words, or {0, 0}.
std::pair<uint32_t, uint32_t> CountriesCounted(const Analysis& a, text::Span s) {
  static const WordList kCountries{"دول", "بلدان"};
  for (size_t t = a.TokenAt(s.begin) + 1; t < a.toks.size() && a.toks[t].begin < s.end; ++t) {
    if (!WordIs(a, t, kCountries)) continue;
    for (size_t back = 1; back <= 2 && t >= back; ++back)
      if (auto q = a.QuantityAt(t - back); q && q->next_token == t && q->value && *q->value >= 2)
        return {a.toks[t - back].begin, a.toks[t].end};
  }
  return {0, 0};
}

// What a bare number partitions ("بينهم 17 في سوريا"، "نينوى (28)"، "و96 من الخليل"):
// the total named last before it, a count of operations or of casualties.
enum class Measure { kNone, kOps, kKilled, kWounded, kKow, kArrested };
Measure MeasureBefore(const Analysis& a, const Dictionary& d, uint32_t from, uint32_t at) {
  Measure m = Measure::kNone;
  uint32_t best_begin = 0, best_end = 0;
  for (const auto& h : a.HitsIn(from, at)) {
    if (h.begin < from) continue;
    if (h.begin >= at) break;
    if (h.kind != HitKind::kCue || h.end > at) continue;
    Measure here = Measure::kNone;
    switch (d.cue(h.index).role) {
      case CueRole::kOperations: here = Measure::kOps; break;
      case CueRole::kKill: case CueRole::kKillNoun: here = Measure::kKilled; break;
      case CueRole::kWound: case CueRole::kWoundNoun: here = Measure::kWounded; break;
      case CueRole::kKillOrWound: case CueRole::kKowNoun: here = Measure::kKow; break;
      case CueRole::kArrest: here = Measure::kArrested; break;
      default: break;
    }
    if (here == Measure::kNone) continue;
    // the last one; of two starting together, the longer ("قتيلا وجريحا" over "قتيلا")
    if (h.begin > best_begin || (h.begin == best_begin && h.end > best_end) || m == Measure::kNone) {
      m = here;
      best_begin = h.begin;
      best_end = h.end;
    }
  }
  return m;
}

bool HasNumbers(const Casualties& c) { return c.killed || c.wounded || c.killed_or_wounded || c.arrested; }

// Fills what `into` lacks from `from`.
void Complete(Casualties& into, const Casualties& from) {
  if (!into.killed) into.killed = from.killed;
  if (!into.wounded) into.wounded = from.wounded;
  if (!into.killed_or_wounded) into.killed_or_wounded = from.killed_or_wounded;
  if (!into.arrested) into.arrested = from.arrested;
}

// Casualties in [begin, end), with two forms the incident reader leaves aside:
// "187 حالة اعتقال" (a count of cases before the arrest word), and a number set
// apart from its verb by a date or by the actor ("اعتقلت خلال شهر حزيران 615
// فلسطينياً"، "قتلت قسد (...) ثمانية مدنيين"): the first number before a noun
// for people, within the clause.
Casualties ReadToll(const Analysis& a, const Dictionary& d, uint32_t begin, uint32_t end) {
  Casualties c = ReadCasualties(a, d, begin, end);
  for (const auto& h : a.HitsIn(begin, end)) {
    if (h.begin < begin) continue;
    if (h.begin >= end) break;
    if (h.kind != HitKind::kCue) continue;
    auto role = d.cue(h.index).role;
    // "مائتين وثلاثة عشر قتيلاً": the whole number before the noun, not its last words
    std::optional<int>* noun = role == CueRole::kKillNoun ? &c.killed : role == CueRole::kWoundNoun ? &c.wounded
                               : role == CueRole::kKowNoun ? &c.killed_or_wounded : nullptr;
    if (noun) {
      size_t t = a.TokenAt(h.clitic_begin);
      for (size_t back = 6; back >= 1; --back) {
        if (t < back || a.toks[t - back].begin < begin) continue;
        auto q = a.QuantityAt(t - back);
        if (q && q->value && q->next_token == t && *q->value < 10000000) {
          if (!*noun || *q->value > **noun) *noun = static_cast<int>(*q->value);
          break;
        }
      }
      continue;
    }
    std::optional<int>* slot = role == CueRole::kKill ? &c.killed : role == CueRole::kWound ? &c.wounded
                               : role == CueRole::kKillOrWound ? &c.killed_or_wounded : role == CueRole::kArrest ? &c.arrested
                               : nullptr;
    if (!slot) continue;
    static const WordList kCases{"حالة", "حالات"};
    size_t t = a.TokenAt(h.clitic_begin);
    if (role == CueRole::kArrest && t >= 2 && WordIs(a, t - 1, kCases)) {
      auto q = a.QuantityAt(t - 2);
      if (q && q->value && q->next_token == t - 1 && *q->value < 1000000) *slot = static_cast<int>(*q->value);
      continue;
    }
    if (*slot) continue;
    for (size_t k = a.TokenAt(h.end); k < a.toks.size() && k < a.TokenAt(h.end) + 12 && a.toks[k].begin < end; ++k) {
      if (a.toks[k].kind == text::TokenKind::kPunct && a.norm.text[a.toks[k].begin] == ',') break;
      auto q = a.QuantityAt(k);
      if (!q || !q->value || q->next_token >= a.toks.size() || a.toks[q->next_token].begin >= end) continue;
      bool person = false;
      for (const auto& p : a.HitsIn(a.toks[q->next_token].begin, a.toks[q->next_token].end))
        if (p.kind == HitKind::kCue && p.clitic_begin == a.toks[q->next_token].begin && d.cue(p.index).role == CueRole::kPerson)
          person = true;
      bool in_date = false;
      for (const auto& dm : a.DatesOverlapping(a.toks[k].begin, a.toks[k].end))
        if (dm.begin <= a.toks[k].begin && dm.end >= a.toks[k].end) in_date = true;
      if (person && !in_date && *q->value < 1000000) *slot = static_cast<int>(*q->value);
      break;
    }
  }
  return c;
}

// The places that follow `pi` in a list ("مالي وبوركينا فاسو"، "ديالى وكركوك وصلاح الدين"):
// the last of them, or pi itself.
size_t ListEnd(const Analysis& a, const std::vector<size_t>& places, size_t pi, const std::vector<size_t>& taken) {
  size_t last = pi;
  auto at = std::find(places.begin(), places.end(), pi);
  if (at == places.end()) return pi;
  for (auto next = at + 1; next != places.end(); ++next) {
    if (std::find(taken.begin(), taken.end(), *next) != taken.end()) break;
    if (a.places[*next].span_begin < a.places[last].end) break;
    std::string between;
    for (char ch : std::string_view(a.norm.text).substr(a.places[last].end, a.places[*next].span_begin - a.places[last].end))
      if (ch != ' ') between += ch;
    if (between != Norm("و") && between != "," && between != "," + Norm("و") && !between.empty()) break;
    last = *next;
  }
  return last;
}

}  // namespace

std::vector<Tally> ReadTallies(const Analysis& a, const Dictionary& d, const geo::Geocoder& geocoder,
                               const GenericActors& generic, std::vector<bool>* marks) {
  static const WordList kInFrom{"في", "من"}, kEach{"كل", "لكل"}, kIn{"في", "ب"}, kFrom{"من"},
      kInOfThem{"في", "منها"}, kOfThem{"منها"}, kOfThemAll{"منها", "منهم"};
  std::vector<Tally> out;
  marks->assign(a.sentences.size(), false);
  int last_actor = -1;
  size_t background = SIZE_MAX;  // the last sentence read as a total since long ago
  // The sentence's acting group: an armed actor not named as a target
  // ("ضد"، "في صفوف"، "استهدفت ... كلا من").
  auto actor_in = [&](uint32_t b, uint32_t e) {
    std::vector<uint32_t> targets;
    for (const auto& m : a.ActorsIn(b, e)) {
      if (m.begin < b || m.begin >= e || !d.actors()[m.actor].armed()) continue;
      if (std::find(targets.begin(), targets.end(), m.actor) != targets.end()) continue;
      bool target = false;
      size_t t = a.TokenAt(m.clitic_begin);
      uint32_t lo = std::max(t >= 4 ? a.toks[t - 4].begin : 0, b);  // not past the clause's start
      // The hits before the first that ends past the mention; only those from lo on count.
      for (const auto& h : a.HitsEndingIn(lo, m.clitic_begin + 1)) {
        if (h.end > m.clitic_begin) break;
        if (h.kind != HitKind::kCue || h.clitic_begin < lo) continue;
        auto role = d.cue(h.index).role;
        if (role == CueRole::kTarget || role == CueRole::kPerson) target = true;
      }
      static const WordList kAgainst{"ضد", "كلا", "كل"}, kBoth{"كلا"};
      if (t > 0 && (WordIs(a, t - 1, kAgainst) || (t > 1 && WordIs(a, t - 2, kBoth)))) target = true;
      // "18 من قوات النظام قُتلوا": members counted out of the group.
      if (t >= 2 && WordIs(a, t - 1, kFrom))
        if (auto q = a.QuantityAt(t - 2); q && q->next_token == t - 1) target = true;
      // "قُتل 40 جندياً في هجمات للتنظيم": attacks, then "ل" and whose they were.
      std::string_view pre = Proclitic(a, m.clitic_begin, m.begin);
      if (target && t > 0 && (pre == Norm("ل") || pre == Norm("لل"))) {
        for (const auto& h : a.HitsEndingIn(a.toks[t - 1].begin, a.toks[t - 1].end + 1))
          if (h.end == a.toks[t - 1].end && h.kind == HitKind::kCue && d.cue(h.index).role == CueRole::kOperations) target = false;
      }
      if (!target) return static_cast<int>(m.actor);
      targets.push_back(m.actor);
    }
    return -1;
  };
  auto add = [&](Tally t, int actor, const std::string& cc) {
    if (actor >= 0) {
      std::string country;
      if (const geo::Place* c = geocoder.gazetteer().Country(cc)) country = c->name_en;
      t.actor = ActorName(d.actors()[actor], country);
      if (d.actors()[actor].inter >= 2 && d.actors()[actor].inter <= 4) t.claimed_by = t.actor;
    }
    // The same region and actor again in this article completes the earlier tally,
    // unless they give one figure differently: another period, another tally.
    auto differ = [](const std::optional<int>& x, const std::optional<int>& y) { return x && y && *x != *y; };
    // Nor does a toll complete another that has its own and shares no figure with it
    // ("قتلت قوات النظام 21" and, later, "كانت قوات النظام مسؤولة عن 96 منها").
    auto same = [](const std::optional<int>& x, const std::optional<int>& y) { return x && y && *x == *y; };
    auto tolled = [](const Tally& x) { return x.fatalities || x.wounded || x.killed_or_wounded || x.arrested; };
    for (auto& o : out) {
      if (differ(o.operations, t.operations) || differ(o.fatalities, t.fatalities) || differ(o.wounded, t.wounded) ||
          differ(o.killed_or_wounded, t.killed_or_wounded) || differ(o.arrested, t.arrested))
        continue;
      bool shared = same(o.operations, t.operations) || same(o.fatalities, t.fatalities) || same(o.wounded, t.wounded) ||
                    same(o.killed_or_wounded, t.killed_or_wounded) || same(o.arrested, t.arrested);
      if (tolled(o) && tolled(t) && !shared) continue;
      if (o.actor == t.actor && !t.region.empty() && o.region == t.region) {
        if (!o.operations) o.operations = t.operations;
        if (!o.fatalities) o.fatalities = t.fatalities;
        if (!o.wounded) o.wounded = t.wounded;
        if (!o.killed_or_wounded) o.killed_or_wounded = t.killed_or_wounded;
        if (!o.arrested) o.arrested = t.arrested;
        return;
      }
    }
    t.tally_id = fmt::format("{}:t{}", a.article->id, out.size() + 1);
    out.push_back(std::move(t));
  };

  for (size_t si = 0; si < a.sentences.size(); ++si) {
    const text::Span s = a.sentences[si];
    if (a.aside[si]) continue;
    bool cumulative = false, ops_word = false, claim = false, toll_word = false, period = false, since_word = false,
         casualty_word = false,  // a cue that can give a toll: without one, no period is read
         spread = false,         // "في مختلف ولايات الوطن": over many places, the country's
         ops_plural = false,     // an operations noun that is not a singular ("هجمات"، "عمليتين")
         toll_cue = false;       // a cue ReadToll reads a number (or "no one hurt") off

    for (const auto& h : a.HitsIn(s.begin, s.end)) {
      if (h.begin < s.begin) continue;
      if (h.begin >= s.end) break;
      if (h.kind != HitKind::kCue) continue;
      auto role = d.cue(h.index).role;
      toll_cue = toll_cue || ReadsCasualties(role);  // (ReadToll's own forms read no other role)
      static const WordList kSince{"منذ", "ومنذ"};
      if ((role == CueRole::kCumulative || role == CueRole::kPeriod) && WordIs(a, a.TokenAt(h.clitic_begin), kSince)) {
        if (ComparedSince(a, a.TokenAt(h.clitic_begin))) continue;
        since_word = true;
      }
      if (role == CueRole::kCumulative && a.Word(a.TokenAt(h.clitic_begin)) != Norm("حصيلة")) cumulative = true;
      if (role == CueRole::kCumulative && a.Word(a.TokenAt(h.clitic_begin)) == Norm("حصيلة")) toll_word = true;
      if (role == CueRole::kPeriod) cumulative = period = true;
      if (role == CueRole::kWorld) cumulative = true;
      if (role == CueRole::kOperations) ops_word = true;
      if (role == CueRole::kOperations && d.cue(h.index).value != 1) ops_plural = true;
      if (role == CueRole::kClaim) claim = true;
      if (role == CueRole::kAggregate) spread = true;
      if (role == CueRole::kKill || role == CueRole::kWound || role == CueRole::kKillOrWound || role == CueRole::kArrest ||
          role == CueRole::kKillNoun || role == CueRole::kWoundNoun || role == CueRole::kKowNoun)
        casualty_word = true;
    }
    // Most sentences hold neither an operations cue nor a casualty cue: with no count
    // of operations (ops_word) and no toll (tolled() needs a toll cue) they are no tally
    // and no outcome of one, and nothing below is read for them.
    if (!ops_word && !toll_cue) continue;
    // (Counts of operations stand at operations cues: none without one.)
    const std::vector<OpCount> counts = ops_word ? OperationCounts(a, d, s) : std::vector<OpCount>();
    // "خلال سبتمبر الماضي"، "طوال عام 2023": a month or a year that the sentence spans.
    if (!period && (casualty_word || ops_word) && OverMonthOrYear(a, s)) cumulative = period = true;
    // "منذ السابع من أكتوبر"، "منذ مطلع العام الجاري": since a day a week or more before the
    // report, a running toll, even when it names the town.
    std::optional<Period> since_span;
    if (since_word && (casualty_word || ops_word)) since_span = ReadPeriod(a, d, s);
    constexpr long kRunningDays = 7;
    const bool running = since_span && since_span->start && a.published &&
                         a.published->days() - since_span->start->days() >= kRunningDays;
    // "حصيلة شهر نيسان": the toll of a whole month (a single incident's toll names no month).
    if (toll_word && !cumulative)
      for (const auto& dm : a.DatesIn(s.begin, s.end))
        if (dm.begin >= s.begin && dm.begin < s.end && dm.date && !dm.future && dm.precision == TimePrecision::kMonth)
          cumulative = true;
    // The tests below read the sentence's toll, its world-wide reach and its places
    // with numbers only when the cheaper tests before them leave it open: most
    // sentences are no tally.
    std::optional<Casualties> toll_read;
    auto toll = [&]() -> const Casualties& {
      if (!toll_read) toll_read = ReadToll(a, d, s.begin, s.end);
      return *toll_read;
    };
    auto tolled = [&] { return HasNumbers(toll()); };

    // Places of the sentence, resolved.
    std::vector<size_t> places;
    bool local = false;  // a town or village named: reads as one incident
    auto [first_place, last_place] = a.PlacesIn(s.begin, s.end);
    for (size_t pi = first_place; pi < last_place; ++pi) {
      if (a.places[pi].begin < s.begin || a.places[pi].begin >= s.end || !a.resolved[pi].place) continue;
      if (a.place_dateline[pi]) continue;
      // "لاجئين عائدين من لبنان": where people came from, not where the tally is
      bool origin = false;
      size_t pt = a.TokenAt(a.places[pi].span_begin);
      uint32_t olo = pt >= 3 ? a.toks[pt - 3].begin : s.begin;
      for (const auto& h : a.HitsEndingIn(olo, a.places[pi].span_begin + 1))
        if (h.kind == HitKind::kCue && h.end <= a.places[pi].span_begin && h.clitic_begin >= olo &&
            d.cue(h.index).role == CueRole::kOrigin && a.TokenAt(h.end) == pt)
          origin = true;
      if (origin) continue;
      // "ولايات الوطن"، "محافظات البلاد": the country's provinces, no place of their own.
      static const WordList kHomeland{"الوطن", "البلاد"};
      if (size_t nt = a.TokenAt(a.places[pi].begin); WordIs(a, nt, kHomeland) && a.TokenAt(a.places[pi].end) == nt + 1) continue;
      places.push_back(pi);
      auto ty = a.resolved[pi].place->type;
      if (ty != geo::PlaceType::kCountry && ty != geo::PlaceType::kAdmin1 && ty != geo::PlaceType::kRegion) local = true;
    }
    // ("أوقفت مفارز ... خمسة عناصر في مختلف ولايات الوطن، كما سلّم إرهابي نفسه ببرج باجي
    // مختار": a town told beside a count over the provinces does not make it local.)
    if (spread) local = false;
    std::pair<uint32_t, uint32_t> countries{0, 0};
    std::optional<bool> world_read;
    auto is_world = [&] {
      if (!world_read) {
        countries = CountriesCounted(a, s);
        world_read = WorldCue(a, d, s) || countries.second > countries.first;
      }
      return *world_read;
    };
    size_t provinces = 0;
    for (size_t pi : places) {
      auto ty = a.resolved[pi].place->type;
      if (ty == geo::PlaceType::kAdmin1) ++provinces;
    }
    int max_count = 0;
    for (auto& c : counts) max_count = std::max(max_count, c.value);

    // "اعتقلت 208 من القدس، و96 من الخليل، و54 من جنين" right after a tally: numbers
    // spread over places, the tally broken down.
    auto numbered_places = [&] {
      size_t n = 0;
      for (size_t pi : places) {
        size_t t = a.TokenAt(a.places[pi].span_begin);
        if (t < 2 || !WordIs(a, t - 1, kInFrom)) continue;
        for (size_t back = 2; back <= 3 && t >= back; ++back) {
          auto q = a.QuantityAt(t - back);
          if (q && q->value && q->next_token + 1 >= t) {
            ++n;
            break;
          }
        }
      }
      return n;
    };
    // "تلتها حمص (9)": a bare number in brackets after a place
    auto bracketed = [&] {
      size_t n = 0;
      for (size_t pi : places) {
        size_t t = a.TokenAt(a.places[pi].end);
        if (t + 2 >= a.toks.size() || a.toks[t].begin >= s.end || a.Word(t) != "(") continue;
        auto q = a.QuantityAt(t + 1);
        if (q && q->value && q->next_token < a.toks.size() && a.Word(q->next_token) == ")") ++n;
      }
      return n;
    };
    bool breakdown = ((si > 0 && (*marks)[si - 1] && numbered_places() >= 2) || (cumulative && bracketed() >= 1)) && tolled();
    // "توزعت الحصيلة على النحو التالي:" then lines "- 41 مدنياً قُتلوا برصاص مجهولين ...": each
    // line of the list is a part of the toll, not an incident.
    const bool list_item = ListItem(a, si, *marks) && tolled();
    breakdown = breakdown || list_item;
    // (A claim of operations with a toll is a summary; of one operation, "تبنى التنظيم هجوماً على
    // قرية ... قال إنه قتل فيه ثلاثة", an incident.)
    bool is_tally = (!counts.empty() && (cumulative || !local || max_count >= 2 || is_world())) ||
                    (cumulative && !local && tolled()) || (ops_word && claim && !local && tolled() && (ops_plural || !counts.empty())) ||
                    // "حصيلة ... على مدينة الفاشر خلال شهر أبريل": a town's toll over a month
                    (toll_word && period && tolled()) ||
                    (provinces >= 3 && tolled()) || (running && tolled()) || breakdown;
    // "وأسفرت هذه العمليات عن ..." right after a tally: its outcome. Not one operation told on
    // its day ("ومن أبرز الهجمات ... هجوم على قرية مايمويا ... يوم الإثنين 22 كانون الثاني"،
    // "تبنى التنظيم هجوماً على قرية"): an example of the summary, an incident.
    const bool outcome = ops_word && ops_plural && counts.empty() && !OnItsDay(a, s);
    if (!is_tally && outcome && si > 0 && (*marks)[si - 1] && si - 1 == background && tolled()) {
      (*marks)[si] = true;  // the outcome of background: background too
      background = si;
      continue;
    }
    if (!is_tally && outcome && !out.empty() && si > 0 && (*marks)[si - 1] && tolled()) {
      const Casualties& cas = toll();
      Tally& t = out.back();
      if (!t.fatalities) t.fatalities = cas.killed;
      if (!t.wounded) t.wounded = cas.wounded;
      if (!t.killed_or_wounded) t.killed_or_wounded = cas.killed_or_wounded;
      if (!t.arrested) t.arrested = cas.arrested;
      (*marks)[si] = true;
      continue;
    }
    if (!is_tally) continue;
    (*marks)[si] = true;
    const SentenceClauses clauses(a, s);
    // ReadToll over each clause, read once: the readers below ask again.
    std::vector<std::optional<Casualties>> clause_tolls;
    auto clause_toll = [&](size_t ci) -> const Casualties& {
      if (clause_tolls.empty()) clause_tolls.resize(clauses().size());
      if (!clause_tolls[ci]) clause_tolls[ci] = ReadToll(a, d, clauses()[ci].begin, clauses()[ci].end);
      return *clause_tolls[ci];
    };
    const Casualties& cas = toll();
    const bool has_cas = tolled(), world = is_world();

    int actor = actor_in(s.begin, s.end);
    if (actor < 0) actor = last_actor;
    // No one named: attacks by someone unnamed ("هجمات منفصلة") are an unidentified group's;
    // a toll of victims alone (a monitor's count over every party) has no actor. Attacks:
    // a count of operations, or an attack word in a clause that gives the toll.
    bool attacks = ops_word;
    for (size_t ci = 0; ci < clauses().size() && !attacks; ++ci) {
      const text::Span cl = clauses()[ci];
      bool attack_word = false;
      for (const auto& h : a.HitsIn(cl.begin, cl.end))
        if (h.begin >= cl.begin && h.begin < cl.end && h.kind == HitKind::kTrigger && d.trigger(h.index) != TriggerClass::kArrest)
          attack_word = true;
      attacks = attack_word && HasNumbers(clause_toll(ci));
    }
    if (actor < 0 && generic.unidentified >= 0 && has_cas && attacks) actor = generic.unidentified;
    last_actor = actor;

    Period span = since_span ? *since_span : ReadPeriod(a, d, s);
    if (list_item && !span.start && !out.empty()) span = {out.back().period_start, out.back().period_end};  // the list's
    const std::optional<Date>& start = span.start;
    const std::optional<Date>& end = span.end;
    // "منذ انطلاق الثورة في آذار 2011"، "منذ نيسان 2022": a total since more than a
    // year ago is background to the news, not a tally of it (nor an event) — unless the
    // sentence updates it ("ارتفع عدد الشهداء منذ وقف إطلاق النار في 27 تشرين الثاني 2024
    // إلى 331"، "ما يرفع الحصيلة منذ ... إلى"): a running toll is news however old its start.
    constexpr long kBackgroundDays = 365;
    if (start && a.published && a.published->days() - start->days() > kBackgroundDays && !TollRises(a, d, si)) {
      background = si;
      continue;
    }

    // One tally: a place, or a list of places [place, last] read as one region
    // ("في مالي وبوركينا فاسو"، "في محافظات ديالى وكركوك"), its count and casualties.
    auto make = [&](std::optional<size_t> place, std::optional<size_t> last, std::optional<int> ops,
                    const Casualties& c, int act, uint32_t ev_b, uint32_t ev_e) {
      Tally t;
      t.article_id = a.article->id;
      t.source = a.article->source;
      t.operations = ops;
      t.fatalities = c.killed;
      t.wounded = c.wounded;
      t.killed_or_wounded = c.killed_or_wounded;
      t.arrested = c.arrested;
      t.period_start = start;
      t.period_end = end;
      std::string cc;
      if (place && last && *last != *place) {
        const geo::Place* p = a.resolved[*place].place;
        cc = p->cc;
        t.region_ar = a.Original(a.places[*place].span_begin, a.places[*last].end);
        bool one_country = !cc.empty();
        std::vector<std::string> names;
        for (size_t pi = *place; pi <= *last; ++pi) {
          const geo::Place* q = a.resolved[pi].place;
          if (!q) continue;
          if (q->cc != cc || q->type == geo::PlaceType::kCountry || q->type == geo::PlaceType::kRegion) one_country = false;
          names.push_back(q->name_en);
        }
        const geo::Place* country = one_country ? geocoder.gazetteer().Country(cc) : nullptr;
        if (country) {  // provinces of one country: the country
          t.region = country->name_en;
          t.place.country = country->name_en;
          t.place.country_code = cc;
        } else {  // countries: all of them, "Mali and Burkina Faso"
          for (size_t i = 0; i < names.size(); ++i)
            t.region += (i == 0 ? "" : i + 1 == names.size() ? " and " : ", ") + names[i];
        }
      } else if (place) {
        const auto& r = a.resolved[*place];
        t.place = geocoder.ToPlaceRef(r);
        const geo::Place* p = r.place;
        t.region = p->name_en;
        // "بشرق بوركينا فاسو": part of an area is that part ("Eastern Burkina Faso"), not the
        // whole (a second toll there is no repeat of one for the whole country).
        if (!p->IsSettlement()) {
          if (std::string_view part = PartName(a.places[*place].direction); !part.empty())
            t.region = fmt::format("{} {}", part, p->name_en);
        }
        t.region_ar = a.Original(a.places[*place].begin, a.places[*place].end);
        cc = p->cc;
      } else if (world) {
        t.region = "World";
        t.region_ar = countries.second > countries.first ? a.Original(countries.first, countries.second) : "العالم";
      } else if (const geo::Place* home = geocoder.gazetteer().Country(a.MainCountry())) {
        t.region = home->name_en;  // no place named: the article's country
        t.place.country = home->name_en;
        t.place.country_code = home->cc;
      }
      if (cc.empty()) cc = a.MainCountry();
      t.evidence_begin = a.OriginalBegin(ev_b);
      t.evidence_end = a.OriginalEnd(ev_e);
      t.evidence = a.article->text.substr(t.evidence_begin, t.evidence_end - t.evidence_begin);
      add(std::move(t), act, cc);
    };

    // The sentence broken down by place: "الرقة (10 عمليات)"، "14 منها في سوريا و12 في
    // العراق"، "نينوى (28)"، "تصدرت درعا بـ27 قتيلاً، تلتها حلب (14)".
    struct Item {
      size_t pi, last;         // the place, and the last of a list it heads
      uint32_t at, end;        // where its words begin; where its count or place ends
      std::optional<int> ops;
      Casualties cas;
      bool bound_after = false;  // a count bound to the place after it ("خمس عمليات في سوريا")
      bool own_segment = false;  // casualties read in its own stretch of the sentence
      uint32_t seg_end = 0;
    };
    std::vector<Item> items;
    std::vector<size_t> covered;  // places an item stands for (the countries of a list, of a province)
    auto item_of = [&](size_t pi) {
      return std::any_of(items.begin(), items.end(), [&](const Item& it) { return it.pi == pi; }) ||
             std::find(covered.begin(), covered.end(), pi) != covered.end();
    };
    auto put = [](Item& it, Measure m, int v) {
      switch (m) {
        case Measure::kKilled: it.cas.killed = v; break;
        case Measure::kWounded: it.cas.wounded = v; break;
        case Measure::kKow: it.cas.killed_or_wounded = v; break;
        case Measure::kArrested: it.cas.arrested = v; break;
        default: it.ops = v; break;
      }
    };
    std::vector<bool> count_used(counts.size(), false);
    for (size_t ci = 0; ci < counts.size(); ++ci) {
      const OpCount& c = counts[ci];
      // the places right before "(N عمليات)" since the previous count
      bool paren = c.begin > 0 && a.norm.text[c.begin - 1] == '(';
      if (!paren) {
        size_t t = a.TokenAt(c.begin);
        paren = t > 0 && a.toks[t - 1].kind == text::TokenKind::kPunct && a.norm.text[a.toks[t - 1].begin] == '(';
      }
      if (paren) {
        count_used[ci] = true;
        bool each = false;  // "(4 هجمات لكل منهما)"
        size_t close = c.cue_tok;
        while (close < a.toks.size() && a.toks[close].begin < s.end && a.Word(close) != ")") {
          if (WordIs(a, close, kEach)) each = true;
          ++close;
        }
        uint32_t close_end = close < a.toks.size() ? a.toks[close].end : s.end;
        std::vector<size_t> before;
        uint32_t floor = items.empty() ? s.begin : a.places[items.back().pi].end;
        for (size_t pi : places)
          if (a.places[pi].begin >= floor && a.places[pi].end <= c.begin) before.push_back(pi);
        auto push = [&](size_t pi) {
          Item it{pi, pi, a.places[pi].span_begin, close_end, c.value, {}};
          items.push_back(it);
        };
        // "وسوريا وموزمبيق (4 هجمات لكل منهما)": the places listed right before the bracket
        if (each && !before.empty()) {
          size_t first = before.size() - 1;
          while (first > 0) {
            std::string between;
            for (char ch : std::string_view(a.norm.text).substr(a.places[before[first - 1]].end,
                                                                a.places[before[first]].span_begin - a.places[before[first - 1]].end))
              if (ch != ' ') between += ch;
            if (between != Norm("و") && between != "," && between != "," + Norm("و") && !between.empty()) break;
            --first;
          }
          for (size_t k = first; k < before.size(); ++k) push(before[k]);
        }
        else if (!before.empty()) push(before.back());
      }
    }
    // "خمس عمليات في سوريا": the count belongs to the place right after it.
    for (size_t ci = 0; ci < counts.size(); ++ci) {
      if (count_used[ci]) continue;
      size_t t = counts[ci].cue_tok + 1;
      // "31 عملية نوعية في ..."، "8 عمليات عسكرية في ...": one adjective between
      if (!WordIs(a, t, kIn) && WordIs(a, t + 1, kIn) && a.toks[t].kind == text::TokenKind::kWord) ++t;
      if (WordIs(a, t, kIn)) ++t;
      for (size_t pi : places) {
        size_t pt = a.TokenAt(a.places[pi].span_begin);
        if (pt == t || (pt == counts[ci].cue_tok + 1 && a.places[pi].has_preposition)) {
          if (!item_of(pi)) {
            Item it{pi, pi, counts[ci].begin, a.places[pi].end, counts[ci].value, {}};
            it.bound_after = true;
            items.push_back(it);
          }
          count_used[ci] = true;
          break;
        }
      }
    }
    // "N منها في X"، "و12 في العراق"، "و96 من محافظة الخليل": a number standing just
    // before a place, a part of the total named last before it.
    for (size_t pi : places) {
      if (item_of(pi)) continue;
      size_t t = a.TokenAt(a.places[pi].span_begin);
      for (size_t back = 1; back <= 3 && t >= back; ++back) {
        auto q = a.QuantityAt(t - back);
        if (!q || !q->value) continue;
        // "و96 من محافظة الخليل"، "208 مواطنين من القدس": people counted by where they are from
        bool from = WordIs(a, t - 1, kFrom) && (q->next_token + 1 == t || q->next_token + 2 == t);
        bool linked = q->next_token == t || (q->next_token + 1 == t && WordIs(a, t - 1, kInOfThem)) ||
                      (q->next_token + 2 == t && WordIs(a, t - 2, kOfThem)) || from;
        bool is_count = std::any_of(counts.begin(), counts.end(), [&](const OpCount& c) { return c.begin == a.toks[t - back].begin; });
        // "قتلت وأصابت 118 في نيجيريا": a toll, not a count of operations.
        // Only hits that end within two tokens before the number can be casualty words next to it.
        for (const auto& h : a.HitsEndingIn(t - back >= 2 ? a.toks[t - back - 2].begin : 0, a.toks[t - back].begin + 1)) {
          if (h.end > a.toks[t - back].begin) continue;
          if (IsCasualtyVerb(d, h) && a.TokenAt(h.end) + 1 >= t - back) is_count = true;
        }
        if (from) is_count = false;  // a toll by origin is what it partitions
        if (linked && !is_count && *q->value < 100000) {
          Item it{pi, pi, a.toks[t - back].begin, a.places[pi].end, std::nullopt, {}};
          Measure m = MeasureBefore(a, d, s.begin, a.toks[t - back].begin);
          // "من" names where people come from: a part of arrests or casualties, not of operations
          if (WordIs(a, t - 1, kFrom) && (m == Measure::kOps || m == Measure::kNone)) break;
          put(it, m, static_cast<int>(*q->value));
          items.push_back(it);
          break;
        }
      }
    }
    // "دير الزور (18)": a bare number in brackets after a place, a part of the total before it.
    for (size_t pi : places) {
      if (item_of(pi)) continue;
      size_t t = a.TokenAt(a.places[pi].end);
      if (t + 2 >= a.toks.size() || a.toks[t].begin >= s.end || a.Word(t) != "(") continue;
      auto q = a.QuantityAt(t + 1);
      if (!q || !q->value || *q->value >= 100000 || q->next_token >= a.toks.size() || a.Word(q->next_token) != ")") continue;
      Measure m = MeasureBefore(a, d, s.begin, a.toks[t].begin);
      if (m == Measure::kNone) continue;
      Item it{pi, pi, a.places[pi].span_begin, a.toks[q->next_token].end, std::nullopt, {}};
      put(it, m, static_cast<int>(*q->value));
      items.push_back(it);
    }
    // A count bound to a list of places: the list is its region ("17 عملية في مالي وبوركينا فاسو").
    for (auto& it : items) {
      if (!it.bound_after) continue;
      std::vector<size_t> taken;
      for (const Item& o : items) taken.push_back(o.pi);
      it.last = ListEnd(a, places, it.pi, taken);
      for (auto p = std::find(places.begin(), places.end(), it.pi); p != places.end() && *p != it.last; ++p)
        covered.push_back(*(p + 1));
      it.end = a.places[it.last].end;
    }
    // "تلتها ولاية غرب إفريقيا بتسع هجمات في نيجيريا": a region spanning countries, named
    // before the count, is what the count is of; the countries after it lie within it.
    for (size_t i = 0; i < items.size(); ++i) {
      Item& it = items[i];
      if (!it.bound_after) continue;
      const geo::Place* inner = a.resolved[it.pi].place;
      uint32_t floor = s.begin;
      for (const Item& o : items)
        if (&o != &it && o.end <= it.at) floor = std::max(floor, o.end);
      std::optional<size_t> outer;
      for (size_t pi : places) {
        const geo::Place* p = a.resolved[pi].place;
        if (a.places[pi].begin < floor || a.places[pi].end > it.at || item_of(pi)) continue;
        if (p->type == geo::PlaceType::kRegion && !inner->cc.empty() && p->regions_cc.find(inner->cc) != std::string::npos) outer = pi;
      }
      if (!outer) continue;
      for (size_t pi = it.pi; pi <= it.last; ++pi) covered.push_back(pi);
      it.pi = it.last = *outer;
      it.at = std::min(it.at, a.places[*outer].span_begin);
    }
    std::sort(items.begin(), items.end(), [](const Item& x, const Item& y) { return x.at < y.at; });
    // "تصدرت محافظة درعا ... بـ27 قتيلاً، تلتها دير الزور (18)": in a breakdown, a clause
    // naming one place and then a toll is that place's part.
    if (items.size() >= 2) {
      std::vector<Item> more;
      for (size_t ci = 0; ci < clauses().size(); ++ci) {
        const text::Span cl = clauses()[ci];
        if (std::any_of(items.begin(), items.end(), [&](const Item& it) { return it.at >= cl.begin && it.at < cl.end; })) continue;
        std::vector<size_t> in;
        for (size_t pi : places)
          if (a.places[pi].begin >= cl.begin && a.places[pi].end <= cl.end) in.push_back(pi);
        if (in.size() != 1 || item_of(in[0])) continue;
        // the place heads the clause ("تصدرت محافظة درعا ... بـ27 قتيلاً"), a place of the
        // parts' kind or one named with its kind ("محافظة")
        bool same_kind = !a.places[in[0]].type_word.empty() ||
                         std::any_of(items.begin(), items.end(), [&](const Item& it) {
                           return a.resolved[it.pi].place->type == a.resolved[in[0]].place->type;
                         });
        if (!same_kind) continue;
        Casualties c = ReadToll(a, d, cl.begin, a.places[in[0]].span_begin);
        if (HasNumbers(c)) continue;  // the toll stands before the place: not its toll
        c = clause_toll(ci);
        if (!HasNumbers(c)) continue;
        Item it{in[0], in[0], cl.begin, cl.end, std::nullopt, c};
        it.own_segment = true;
        it.seg_end = cl.end;
        more.push_back(it);
      }
      for (auto& it : more) items.push_back(it);
      std::sort(items.begin(), items.end(), [](const Item& x, const Item& y) { return x.at < y.at; });
    }
    // Each part's own toll, in its stretch: "بـ12 هجوماً في الكونغو خلّفت 61 قتيلاً، تلتها ...".
    // Only a stretch closed by a comma or by the next part: a toll at the end of the
    // sentence is the whole's ("... و3 في العراق أسفرت عن مقتل 20").
    if (items.size() >= 2) {
      for (size_t i = 0; i < items.size(); ++i) {
        Item& it = items[i];
        if (it.own_segment) continue;
        uint32_t seg_end = i + 1 < items.size() ? items[i + 1].at : s.end;
        bool closed = i + 1 < items.size();
        size_t comma = std::string_view(a.norm.text).substr(0, seg_end).find(',', it.end);
        if (comma != std::string_view::npos && comma < seg_end) {
          seg_end = static_cast<uint32_t>(comma);
          closed = true;
        }
        if (!closed || seg_end <= it.at) continue;
        Casualties c = ReadToll(a, d, it.at, seg_end);
        if (!HasNumbers(c)) continue;
        Complete(it.cas, c);
        it.own_segment = true;
        it.seg_end = seg_end;
      }
    }
    // The whole's toll: what the parts' stretches do not hold.
    Casualties main_cas = cas;
    if (std::any_of(items.begin(), items.end(), [](const Item& it) { return it.own_segment; })) {
      main_cas = Casualties{};
      uint32_t pos = s.begin;
      for (const Item& it : items) {
        if (!it.own_segment) continue;
        if (it.at > pos) Complete(main_cas, ReadToll(a, d, pos, it.at));
        pos = std::max(pos, it.seg_end);
      }
      if (pos < s.end) Complete(main_cas, ReadToll(a, d, pos, s.end));
    }

    // A figure the whole shares with a part is the part's ("اعتقلت 90 من القدس، و45 من نابلس").
    for (const Item& it : items) {
      if (main_cas.killed == it.cas.killed) main_cas.killed.reset();
      if (main_cas.wounded == it.cas.wounded) main_cas.wounded.reset();
      if (main_cas.killed_or_wounded == it.cas.killed_or_wounded) main_cas.killed_or_wounded.reset();
      if (main_cas.arrested == it.cas.arrested) main_cas.arrested.reset();
    }

    // The sentence's own tally: its first count, over its broadest place (broader than
    // its parts: "فيما توزع الباقون على محافظتي ديالى وبابل" is no region of the whole).
    std::optional<size_t> region;
    int broadest_part = 1000;
    for (const Item& it : items) broadest_part = std::min(broadest_part, static_cast<int>(a.resolved[it.pi].place->type));
    for (size_t pi : places) {
      if (item_of(pi)) continue;
      if (!items.empty() && static_cast<int>(a.resolved[pi].place->type) >= broadest_part) continue;
      // a place the sentence puts things in ("في"، "على مناطق") before one named in passing
      // ("شبكة أطباء السودان"، "قوات النظام وروسيا"); then the broadest
      auto strong = [&](size_t x) { return a.places[x].strong || a.places[x].has_preposition; };
      if (!region || (strong(pi) && !strong(*region)) ||
          (strong(pi) == strong(*region) && a.resolved[pi].place->type < a.resolved[*region].place->type))
        region = pi;
    }
    std::optional<int> main_count;
    for (size_t ci = 0; ci < counts.size() && !main_count; ++ci)
      if (!count_used[ci]) main_count = counts[ci].value;
    // "في العراق وسوريا"، "في محافظات الحديدة وتعز والبيضاء": a list of places of one kind
    // is one region.
    std::optional<size_t> region_last;
    if (region) {
      std::vector<size_t> taken = covered;
      for (const Item& it : items) taken.push_back(it.pi);
      size_t last = ListEnd(a, places, *region, taken);
      bool same_kind = true;
      for (auto p = std::find(places.begin(), places.end(), *region); p != places.end(); ++p) {
        if (a.resolved[*p].place->type != a.resolved[*region].place->type) same_kind = false;
        if (*p == last) break;
      }
      if (last != *region && same_kind) region_last = last;
    }
    bool main_is_breakdown = !items.empty() && !region && !world;
    bool cas_to_place = items.size() == 1 && (items[0].bound_after || main_is_breakdown);
    const Casualties none;
    if (cas_to_place) Complete(items[0].cas, main_cas);
    const Casualties& whole = cas_to_place ? none : main_cas;

    // "استقبلت المستشفيات 68 شهيداً خلال الساعات الأربع والعشرين الماضية، لترتفع الحصيلة منذ
    // السابع من أكتوبر إلى 36654 شهيداً": a toll per clause, each over the period it names.
    if (items.empty() && clauses().size() >= 2) {
      // (A clause that names a period and no toll lends it to the toll in the next:
      // "ارتكب 3 مجازر خلال الـ24 ساعة الماضية، وصل منها إلى المستشفيات 55 شهيداً".)
      // (A clause that adds a count and names no period continues the toll before it:
      // "..., إضافة إلى 913 إصابة".)
      struct Dated {
        Period period;
        Casualties toll;
        uint32_t begin, end;
      };
      std::vector<Dated> dated;
      size_t lender = SIZE_MAX;
      for (size_t ci = 0; ci < clauses().size(); ++ci) {
        const text::Span cl = clauses()[ci];
        bool own_period = false;
        for (const LexHit& h : CuesIn(a, cl))
          if (d.cue(h.index).role == CueRole::kPeriod ||
              (d.cue(h.index).role == CueRole::kCumulative && a.Word(a.TokenAt(h.clitic_begin)) != Norm("حصيلة")))
            own_period = true;
        if (!HasNumbers(clause_toll(ci))) {
          if (own_period) lender = ci;
          continue;
        }
        if (!own_period && lender == SIZE_MAX) {
          if (!dated.empty() && IsAddition(a, cl)) {
            Complete(dated.back().toll, clause_toll(ci));
            dated.back().end = cl.end;
            continue;
          }
          dated.clear();
          break;
        }
        dated.push_back({ReadPeriod(a, d, own_period ? cl : clauses()[lender]), clause_toll(ci), cl.begin, cl.end});
        lender = SIZE_MAX;
      }
      bool differ = dated.size() >= 2 && std::any_of(dated.begin() + 1, dated.end(), [&](const Dated& x) {
        return x.period.start != dated.front().period.start;
      });
      if (differ) {
        for (const Dated& x : dated) {
          span = x.period;
          make(world ? std::nullopt : region, world ? std::nullopt : region_last, std::nullopt, x.toll, actor, x.begin,
               x.end);
        }
        continue;
      }
    }

    // "قتلت قوات النظام 21 مدنياً، فيما قتلت قسد ثمانية، في حين قُتل 59 على يد جهات أخرى":
    // the toll broken down by who caused it, one clause per party.
    if (items.empty()) {
      struct Part {
        int actor;
        Casualties cas;
        uint32_t begin, end;
      };
      std::vector<Part> parts;
      std::vector<int> parties;
      bool share = false;
      for (size_t ci = 0; ci < clauses().size(); ++ci) {
        const text::Span cl = clauses()[ci];
        Casualties c = clause_toll(ci);
        int act = actor_in(cl.begin, cl.end);
        // "كانت قوات النظام مسؤولة عن 96 منها": a party's share of the total before it
        if (!HasNumbers(c) && act >= 0) {
          for (size_t t = a.TokenAt(cl.begin); t + 1 < a.toks.size() && a.toks[t].begin < cl.end; ++t) {
            auto q = a.QuantityAt(t);
            if (!q || !q->value || q->next_token >= a.toks.size() || !WordIs(a, q->next_token, kOfThemAll)) continue;
            Item tmp{0, 0, 0, 0, std::nullopt, {}};
            Measure m = MeasureBefore(a, d, s.begin, a.toks[t].begin);
            if (m == Measure::kOps || m == Measure::kNone) break;
            put(tmp, m, static_cast<int>(*q->value));
            c = tmp.cas;
            share = true;
            break;
          }
        }
        if (!HasNumbers(c)) continue;
        if (act < 0) {
          // "على يد جهات أخرى": by someone the report does not name
          for (const auto& h : a.HitsIn(cl.begin, cl.end))
            if (h.begin >= cl.begin && h.begin < cl.end && h.kind == HitKind::kCue && d.cue(h.index).role == CueRole::kAgent)
              act = generic.unidentified;
        }
        if (act >= 0 && std::find(parties.begin(), parties.end(), act) == parties.end()) parties.push_back(act);
        parts.push_back({act, c, cl.begin, cl.end});
      }
      if (parties.size() >= 2 || (share && parts.size() >= 2)) {
        for (const Part& p : parts) make(world ? std::nullopt : region, world ? std::nullopt : region_last, std::nullopt, p.cas, p.actor, p.begin, p.end);
        last_actor = -1;
        continue;
      }
    }

    if (!main_is_breakdown) make(world ? std::nullopt : region, world ? std::nullopt : region_last, main_count, whole, actor, s.begin, s.end);
    else if (HasNumbers(whole)) make(std::nullopt, std::nullopt, std::nullopt, whole, actor, s.begin, s.end);
    for (const Item& it : items) make(it.pi, it.last, it.ops, it.cas, actor, s.begin, s.end);
  }
  return out;
}

}  // namespace rasad::extract
