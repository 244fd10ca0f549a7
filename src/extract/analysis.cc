#include "extract/analysis.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>

#include "geo/cues.h"
#include "text/clitics.h"
#include "text/key_cache.h"

namespace rasad::extract {

void Analysis::IndexTokens() const { token_index_.Build(toks, norm.text.size(), 3); }  // seldom two begins in 8 bytes

size_t Analysis::TokenBefore(uint32_t offset) const {
  size_t i = TokenAt(offset);
  while (i > 0 && toks[i - 1].end > offset) --i;
  return i == 0 ? std::string::npos : i - 1;
}

std::string Analysis::Original(uint32_t begin, uint32_t end) const {
  if (end <= begin) return {};
  size_t b = OriginalBegin(begin), e = OriginalEnd(end);
  return std::string(article->text.substr(b, e - b));
}

const std::optional<parse::Quantity>& Analysis::ReadQuantity(size_t tok) const {
  static const std::optional<parse::Quantity> kNone;
  if (tok >= toks.size()) return kNone;  // ParseQuantity reads nothing there
  if (quantity_slot_.size() != toks.size()) {
    quantity_slot_.assign(toks.size(), 0);
    quantities_.clear();
    quantities_.emplace_back();  // (at the back: the node the deque was made with; assign() would add one in front)
  }
  uint32_t& slot = quantity_slot_[tok];
  if (slot == 0) {
    std::optional<parse::Quantity> q = parse::ParseQuantity(norm.text, toks, tok);
    if (!q) {
      slot = 1;
    } else {
      quantities_.push_back(std::move(q));
      slot = static_cast<uint32_t>(quantities_.size());
    }
  }
  return quantities_[slot - 1];
}

namespace {

// A name that carries its own type word ("مخيم الهول", "مدينة الصدر": the gazetteer's name
// begins with it) is as typed as "مخيم" + a name.
bool NamesItsType(const geo::PlaceMention& m) {
  size_t space = m.key.find(' ');
  return space != std::string::npos && geo::LookupTypeWord(std::string_view(m.key).substr(0, space)).cls != geo::TypeClass::kNone;
}

// Checks once per storage and size whether `v` is ordered by begin, measures its
// longest element and indexes where its elements begin (64-byte blocks: hits,
// actors, dates and places are sparser than tokens). `Shape` is Analysis::Shape.
template <typename T, typename Shape>
void MeasureShape(const std::vector<T>& v, size_t text_size, Shape& shape) {
  shape.ordered = true;
  shape.longest = 0;
  for (size_t i = 0; i < v.size(); ++i) {
    if (i > 0 && v[i].begin < v[i - 1].begin) shape.ordered = false;
    if (v[i].end > v[i].begin) shape.longest = std::max(shape.longest, v[i].end - v[i].begin);
  }
  if (shape.ordered) shape.index.Build(v, text_size, 4);
  shape.data = v.data();
  shape.end = std::to_address(v.cend());
}

// Country code -> weight, iterated in code order like a std::map; an article
// names a handful of countries, so a sorted vector.
class CountryWeights {
 public:
  CountryWeights() { v_.reserve(8); }  // (one allocation for most articles)
  double& operator[](std::string_view cc) {
    for (auto& [code, weight] : v_)
      if (Same(code, cc)) return weight;
    auto it = std::lower_bound(v_.begin(), v_.end(), cc, [](const auto& e, std::string_view k) { return e.first < k; });
    if (it == v_.end() || it->first != cc) it = v_.insert(it, {std::string(cc), 0.0});
    return it->second;
  }
  bool contains(std::string_view cc) const {
    auto it = std::lower_bound(v_.begin(), v_.end(), cc, [](const auto& e, std::string_view k) { return e.first < k; });
    return it != v_.end() && it->first == cc;
  }
  size_t size() const { return v_.size(); }
  auto begin() const { return v_.begin(); }
  auto end() const { return v_.end(); }

 private:
  // Codes are two letters: compared in place rather than through memcmp.
  static bool Same(std::string_view x, std::string_view y) {
    if (x.size() != y.size()) return false;
    for (size_t k = 0; k < x.size(); ++k)
      if (x[k] != y[k]) return false;
    return true;
  }
  std::vector<std::pair<std::string, double>> v_;
};

}  // namespace

void Analysis::Remeasure(const std::vector<LexHit>& v, Shape& s) const { MeasureShape(v, norm.text.size(), s); }
void Analysis::Remeasure(const std::vector<ActorMention>& v, Shape& s) const { MeasureShape(v, norm.text.size(), s); }
void Analysis::Remeasure(const std::vector<parse::DateMention>& v, Shape& s) const { MeasureShape(v, norm.text.size(), s); }
void Analysis::Remeasure(const std::vector<geo::PlaceMention>& v, Shape& s) const { MeasureShape(v, norm.text.size(), s); }

const ActorMention* Analysis::ActorAtClitic(uint32_t offset) const {
  if (actor_clitic_size_ != actors.size()) {
    actor_clitic_.clear();
    for (size_t i = 0; i < actors.size(); ++i) actor_clitic_.emplace_back(actors[i].clitic_begin, static_cast<uint32_t>(i));
    std::sort(actor_clitic_.begin(), actor_clitic_.end());
    actor_clitic_size_ = actors.size();
  }
  auto it = std::lower_bound(actor_clitic_.begin(), actor_clitic_.end(), std::make_pair(offset, uint32_t{0}));
  return it != actor_clitic_.end() && it->first == offset ? &actors[it->second] : nullptr;
}

bool Analysis::NewParagraphBetween(size_t first, size_t later) const {
  if (later <= first || later >= sentences.size()) return false;
  std::string_view gap(norm.text.data() + sentences[first].end, sentences[later].begin - sentences[first].end);
  return gap.find('\n') != std::string_view::npos;
}

const std::string& Analysis::MainCountry() const {
  static const std::string kNone;
  return country_votes.empty() ? kNone : country_votes.front();
}

const std::vector<text::Span>& SentenceClauses::Split() const {
  text::SplitClauses(a_->norm.text, sentence_, spans_);
  split_ = true;
  return spans_;
}

bool SpanHolds(const Analysis& a, text::Span span, std::string_view letters, size_t key) {
  if (letters.empty()) return true;
  if (key >= letters.size()) key = letters.size() - 1;
  if (span.end - span.begin < letters.size()) return false;
  const char* const first = a.norm.text.data() + span.begin;
  const char* const last = a.norm.text.data() + span.end - (letters.size() - key);  // where letters[key] may stand
  for (const char* p = first + key; p <= last; ++p) {
    p = static_cast<const char*>(memchr(p, letters[key], static_cast<size_t>(last - p + 1)));
    if (!p) return false;
    size_t k = 0;  // (a few bytes: compared in place, not through memcmp)
    while (k < letters.size() && (p - key)[k] == letters[k]) ++k;
    if (k == letters.size()) return true;
  }
  return false;
}

const text::Span* SentenceHolding(const Analysis& a, uint32_t at) {
  // Sentences are disjoint and in text order: only the last to begin at or before `at` can hold it.
  const auto after = std::upper_bound(a.sentences.begin(), a.sentences.end(), at,
                                      [](uint32_t o, const text::Span& sp) { return o < sp.begin; });
  if (after == a.sentences.begin() || at >= std::prev(after)->end) return nullptr;
  return &*std::prev(after);
}

std::string_view Proclitic(const Analysis& a, uint32_t clitic_begin, uint32_t begin) {
  return std::string_view(a.norm.text).substr(clitic_begin, begin - clitic_begin);
}

const LexHit* CueAtToken(const Analysis& a, const Dictionary& d, size_t t, bool person) {
  if (t >= a.toks.size()) return nullptr;
  uint32_t b = a.toks[t].begin;
  for (const auto& h : a.HitsIn(b, UINT32_MAX)) {  // a hit's clitic_begin <= begin
    if (h.clitic_begin > b) break;
    if (h.kind != HitKind::kCue || h.clitic_begin != b) continue;
    if ((d.cue(h.index).role == CueRole::kPerson) == person) return &h;
  }
  return nullptr;
}

// Whether a date names its month ("4 أيار"، "12 مايو 2024"): a date, not a weekday or "أمس".
bool NamesMonth(const Analysis& a, const parse::DateMention& dm) {
  for (size_t t = dm.first_token; t < dm.next_token && t < a.toks.size(); ++t)
    if (parse::MonthNumber(a.Word(t)) > 0) return true;
  return false;
}

// The full date opening a line near the top, written before the agency's name or a
// dash: "مقديشو 3 نوفمبر 2024 (شينخوا)"، "الخرطوم في 12 مايو 2024 -". Only up to
// kFiledDays before the publication (a later page may carry an agency's report).
const parse::DateMention* DatelineDate(const Analysis& a) {
  constexpr size_t kOpeningTokens = 80, kLead = 3;
  constexpr long kFiledDays = 3;
  for (const auto& dm : a.dates) {
    if (dm.first_token >= kOpeningTokens) break;
    if (!dm.date || (dm.relative && !NamesMonth(a, dm)) || dm.year_only || dm.end_date ||
        dm.precision != TimePrecision::kDay)
      continue;
    // At most kLead words (the place, "في") between the line's start and the date.
    size_t start = dm.first_token;
    while (start > 0 && dm.first_token - start <= kLead && a.toks[start - 1].kind != text::TokenKind::kNewline) --start;
    if (start > 0 && a.toks[start - 1].kind != text::TokenKind::kNewline) continue;
    bool words = true;
    for (size_t t = start; t < dm.first_token; ++t) words = words && a.toks[t].kind == text::TokenKind::kWord;
    if (!words || dm.next_token >= a.toks.size()) continue;
    const std::string_view after = a.Word(dm.next_token);
    if (after != "(" && after != "/" && after != "-" && after != ":") continue;
    long before = a.published->days() - dm.date->days();
    if (before >= 0 && before <= kFiledDays) return &dm;
  }
  return nullptr;
}

// Which places are a dateline: where the report was filed, not where anything
// happened ("دمشق –"، "وطنية – مرجعيون –").
std::vector<bool> FindDatelines(const Analysis& a) {
  // A line's opening segments: the first few tokens up to a dash (or a colon), and
  // the few after it up to a second dash or the line's end. Up to kHead tokens each.
  constexpr size_t kHead = 5, kTail = 3;
  std::vector<bool> dateline(a.places.size(), false);
  auto is_dash = [&](size_t t) { return a.Word(t) == "-" || a.Word(t) == ":"; };
  // A token of a full date ("عمان 4 أيار (بترا) -"): the date does not count as the line's words.
  std::vector<bool> dated(a.toks.size(), false);
  for (const auto& dm : a.dates)
    if (dm.date)
      for (size_t t = dm.first_token; t < dm.next_token && t < dated.size(); ++t) dated[t] = true;
  auto in_date = [&](size_t t) { return dated[t]; };
  for (size_t i = 0; i < a.places.size(); ++i) {
    const auto& p = a.places[i];
    size_t first = a.TokenAt(p.span_begin), last = a.TokenAt(p.span_end);  // [first, last)
    // The line's start, at most kHead tokens back.
    size_t start = first;
    while (start > 0 && first - start <= kHead && a.toks[start - 1].kind != text::TokenKind::kNewline) --start;
    if (start > 0 && a.toks[start - 1].kind != text::TokenKind::kNewline) continue;
    // "دمشق –"، "(نيروبي) –"، "القاهرة (رويترز) –"، "الأخبار (نواكشوط) –": the place
    // stands before the line's first dash.
    size_t dash = SIZE_MAX;
    for (size_t t = start, reach = start + kHead + (last - first); t < a.toks.size() && t <= reach; ++t) {
      if (a.toks[t].kind == text::TokenKind::kNewline) break;
      if (is_dash(t)) { dash = t; break; }
      if (in_date(t)) ++reach;
    }
    bool before_dash = false, after_dash = false;
    for (size_t t = start; t < first; ++t)
      if (is_dash(t)) after_dash = true;
    before_dash = !after_dash && dash != SIZE_MAX && dash >= last;
    // Not a sentence that runs into a dash ("شهدت العاصمة طرابلس ليل الجمعة - السبت اشتباكات"):
    // a dateline has at most one word before its place, and no day of the week after it.
    if (before_dash) {
      size_t words = 0;
      for (size_t t = start; t < first; ++t) words += a.toks[t].kind == text::TokenKind::kWord && !in_date(t);
      auto dates = a.DatesIn(p.span_end, a.toks[dash].begin);
      bool relative_day = std::any_of(dates.begin(), dates.end(),
                                      [&](const parse::DateMention& dm) { return dm.relative && !NamesMonth(a, dm); });
      if (words >= 2 || relative_day) before_dash = false;
    }
    // "مقديشو 3 نوفمبر 2024 (شينخوا)"، "الخرطوم في 12 مايو 2024 -": the place before a dateline's date.
    if (a.dateline_date_token != SIZE_MAX && start == first &&
        (last == a.dateline_date_token || (last + 1 == a.dateline_date_token && a.Word(last) == text::CachedKey("في")))) {
      dateline[i] = true;
      continue;
    }
    // "وطنية – مرجعيون –"، "الجزيرة نت – مقديشو": an outlet, a dash, then the place,
    // closed by a second dash or the line's end.
    if (after_dash) {
      size_t closing = last;
      while (closing < a.toks.size() && closing < last + kTail && a.toks[closing].kind == text::TokenKind::kPunct &&
             !is_dash(closing))
        ++closing;  // ")"
      after_dash = dash > start && first <= dash + kTail && (closing >= a.toks.size() || is_dash(closing) ||
                                            a.toks[closing].kind == text::TokenKind::kNewline);
    }
    if (!before_dash && !after_dash) continue;
    // Not a headline that states an event before its dash ("غارة على سرمين - المرصد").
    bool trigger = false;
    for (const auto& h : a.HitsIn(a.toks[start].begin, p.span_begin))
      if (h.kind == HitKind::kTrigger && h.begin >= a.toks[start].begin) trigger = true;
    dateline[i] = !trigger;
  }
  return dateline;
}

namespace {

// "وفي العاصمة، نفّذ عشرات الصحفيين وقفة احتجاجية": the capital, not named (`capitals`: the hits of
// cues.tsv role "capital", which no other rule reads), is the capital of the article's country. Only after a locative (في، داخل، وسط, the
// proclitic بـ), and not before a name or an adjective ("العاصمة طرابلس"، "العاصمة المؤقتة عدن",
// which the geocoder reads or which name another city), nor inside a place's name ("أمانة العاصمة").
void AddUnnamedCapitals(Analysis& a, const std::vector<LexHit>& capitals, const geo::Gazetteer& g) {
  if (capitals.empty() || a.country_votes.empty()) return;
  const geo::Place* capital = nullptr;
  static const WordList kLocative{"في", "وفي", "داخل", "وداخل", "وسط", "ووسط"};
  std::vector<geo::PlaceMention> found;
  for (const LexHit& h : capitals) {
    const size_t t = a.TokenAt(h.clitic_begin);
    if (t >= a.toks.size() || a.toks[t].end != h.end) continue;
    const std::string_view proclitic = Proclitic(a, h.clitic_begin, h.begin);
    const bool with_in = proclitic.find(text::CachedKey("ب")) != std::string_view::npos;
    if (!with_in && !(t > 0 && kLocative.Has(a.Word(t - 1)))) continue;
    // (PlacesIn gives a window that holds the places overlapping [b, e), and maybe others.)
    auto place_over = [&](uint32_t b, uint32_t e) {
      auto [first, last] = a.PlacesIn(b, e);
      for (size_t i = first; i < last; ++i)
        if (a.places[i].span_begin < e && b < a.places[i].span_end) return true;
      return false;
    };
    if (t + 1 < a.toks.size() && a.toks[t + 1].kind == text::TokenKind::kWord &&
        (a.Word(t + 1).starts_with(text::CachedKey("ال")) || place_over(a.toks[t + 1].begin, a.toks[t + 1].end)))
      continue;
    if (place_over(h.clitic_begin, h.end)) continue;  // (part of a name)
    // ("وفي العاصمة، قُتل أربعة مدنيين ... بمدينة أم درمان": a place the sentence names is more
    // precise.)
    if (const text::Span* sentence = SentenceHolding(a, h.begin)) {
      const text::Span sp = *sentence;
      auto [first, last] = a.PlacesIn(sp.begin, sp.end);
      bool named = false;
      for (size_t i = first; i < last && !named; ++i)
        named = a.places[i].begin >= sp.begin && a.places[i].begin < sp.end && a.resolved[i].place &&
                !a.place_dateline[i] && a.resolved[i].place->cc == a.country_votes.front();
      if (named) continue;
    }
    if (!capital && !(capital = g.Capital(a.country_votes.front()))) return;
    geo::PlaceMention m;
    m.begin = m.span_begin = h.begin;
    m.end = m.span_end = h.end;
    m.key = std::string_view(a.norm.text).substr(h.begin, h.end - h.begin);
    m.strong = m.has_preposition = true;
    found.push_back(std::move(m));
  }
  for (geo::PlaceMention& m : found) {
    geo::Resolution r;
    r.place = capital;
    r.geo_precision = 1;
    r.confidence = 1;
    const size_t at = static_cast<size_t>(
        std::lower_bound(a.places.begin(), a.places.end(), m.begin,
                         [](const geo::PlaceMention& p, uint32_t b) { return p.begin < b; }) -
        a.places.begin());
    m.sentence = at > 0 ? a.places[at - 1].sentence : 0;  // (read only by the resolver, which has run)
    a.places.insert(a.places.begin() + static_cast<std::ptrdiff_t>(at), std::move(m));
    a.resolved.insert(a.resolved.begin() + static_cast<std::ptrdiff_t>(at), std::move(r));
    a.place_dateline.insert(a.place_dateline.begin() + static_cast<std::ptrdiff_t>(at), false);
  }
}

}  // namespace

bool ComparedSince(const Analysis& a, size_t since) {
  static const WordList kMost{"أعنف",  "الأعنف",  "أكبر",  "الأكبر", "أكثر",  "الأكثر", "أشد",   "الأشد",
                              "أسوأ",  "الأسوأ",  "أعلى",  "الأعلى", "أخطر",  "الأخطر", "أوسع",  "الأوسع",
                              "أدمى",  "الأدمى",  "الأول", "الأولى", "أول",   "نوعها", "نوعه"};  // "الثالثة من نوعها منذ"
  // "خرق لاتفاق وقف إطلاق النار الساري منذ نوفمبر"، "الهدنة المعمول بها منذ": the day an
  // agreement has held since, no period a toll sums.
  static const WordList kInForce{"الساري", "السارية", "ساري", "سارية", "الصامد", "الصامدة"}, kApplied{"المعمول"},
      kIt{"به", "بها"};
  if (since >= 1 && WordIs(a, since - 1, kInForce)) return true;
  if (since >= 2 && WordIs(a, since - 1, kIt) && WordIs(a, since - 2, kApplied)) return true;
  for (size_t back = 1; back <= 5 && since >= back; ++back) {
    size_t t = since - back;
    if (a.toks[t].kind == text::TokenKind::kPunct || a.toks[t].kind == text::TokenKind::kNewline) return false;
    if (WordIs(a, t, kMost)) return true;
  }
  return false;
}

Analysis Analyze(const Article& article, const Dictionary& dict, const geo::Geocoder& geocoder) {
  Analysis a;
  a.article = &article;
  a.norm = text::Normalize(article.text);
  a.norm.original = article.text;
  a.toks = text::Tokenize(a.norm.text);
  a.sentences = text::SplitSentences(a.norm.text);
  // "اقرأ أيضاً: مقتل شاب ..." is another story's title, not this one's news;
  // after the tags or the related-stories heading the story is over.
  a.aside.assign(a.sentences.size(), false);
  static const WordList kTags{"كلمات", "الكلمات", "الوسوم", "وسوم"}, kKey{"مفتاحية", "المفتاحية", ":"},
      kRead{"اقرأ", "إقرأ", "طالع", "شاهد", "اقرا"}, kAlso{"أيضا", "ايضا", "كذلك", "المزيد", "أيضًا"},
      kStories{"مواضيع", "أخبار", "مقالات"}, kRelated{"ذات", "متعلقة"};
  bool over = false;
  for (size_t si = 0; si < a.sentences.size(); ++si) {
    size_t t = a.TokenAt(a.sentences[si].begin);
    if (WordIs(a, t, kTags) &&
        (WordIs(a, t + 1, kKey) || (t + 1 < a.toks.size() && a.toks[t + 1].kind == text::TokenKind::kNewline)))
      over = true;
    a.aside[si] = over;
    if (WordIs(a, t, kRead) && WordIs(a, t + 1, kAlso)) a.aside[si] = true;
    if (WordIs(a, t, kStories) && WordIs(a, t + 1, kRelated)) a.aside[si] = true;
  }

  // Dictionary hits: actors apart (several rows may share one alias), anaphors
  // resolved later.
  std::vector<LexHit> anaphors, actor_hits, adjectives, capitals;  // (capitals: AddUnnamedCapitals's only)
  a.hits = dict.Scan(a.norm.text);  // all kinds: the triggers and cues stay, the rest move out below
  {
    size_t of_kind[6] = {};  // by HitKind
    for (const LexHit& h : a.hits) ++of_kind[static_cast<size_t>(h.kind)];
    actor_hits.reserve(of_kind[static_cast<size_t>(HitKind::kActor)]);
    anaphors.reserve(of_kind[static_cast<size_t>(HitKind::kAnaphor)]);
    adjectives.reserve(of_kind[static_cast<size_t>(HitKind::kAdjective)]);
  }
  // A word read as an entry and the pronoun ه that was written ة: a noun of its own
  // ("أسرة" family, not "أسره" his capture; "قتلة" killers, not "قتله").
  auto ta_marbuta = [&](const LexHit& h) {
    const std::string_view text = a.norm.text;
    if (h.end + 2 > text.size() || text[h.end] != '\xD9' || text[h.end + 1] != '\x87') return false;  // ه
    if (h.end + 2 < text.size() && text::IsWordByte(static_cast<unsigned char>(text[h.end + 2]))) return false;
    size_t o = a.norm.ToOriginal(h.end);
    return o + 2 <= article.text.size() && article.text[o] == '\xD8' && article.text[o + 1] == '\xA9';  // ة
  };
  {
    size_t kept = 0;
    for (size_t i = 0; i < a.hits.size(); ++i) {
      const LexHit h = a.hits[i];
      if (h.kind == HitKind::kActor) actor_hits.push_back(h);
      else if (h.kind == HitKind::kAnaphor) anaphors.push_back(h);
      else if (h.kind == HitKind::kAdjective) adjectives.push_back(h);
      else if (h.kind == HitKind::kMarker) capitals.push_back(h);
      else if (!ta_marbuta(h)) a.hits[kept++] = h;
    }
    a.hits.resize(kept);
  }
  // "لـ "داعش"": a proclitic written apart belongs to the name after it.
  auto attach_clitic = [&](LexHit& h) {
    size_t t = a.TokenAt(h.clitic_begin);
    if (t == 0 || h.clitic_begin != h.begin) return;
    std::string_view prev = a.Word(t - 1);
    if (prev.size() <= 4 && !prev.empty() && text::IsProcliticChain(prev)) h.clitic_begin = a.toks[t - 1].begin;
  };
  for (auto& h : actor_hits) attach_clitic(h);
  for (auto& h : anaphors) attach_clitic(h);
  // "انهال عليه حشد من الأهالي": a one-word name written with the article ("الحشد") is,
  // bare and counting people out ("من"), a common noun; so is an anaphor ("التنظيم") bare.
  auto has_article = [&](const LexHit& h) {
    // ال and لل as normalized text writes them, compared without a key lookup.
    constexpr std::string_view kAl = "\xD8\xA7\xD9\x84", kLil = "\xD9\x84\xD9\x84";
    std::string_view pre = Proclitic(a, h.clitic_begin, h.begin);
    return pre.ends_with(kAl) || pre.ends_with(kLil);
  };
  static const WordList kOf{"من"};
  std::erase_if(actor_hits, [&](const LexHit& h) {
    std::string_view stem(a.norm.text.data() + h.begin, h.end - h.begin);
    if (stem.find(' ') != std::string_view::npos || has_article(h) || !dict.NeedsArticle(h.index, stem)) return false;
    size_t next = a.TokenAt(h.end);
    return next < a.toks.size() && a.toks[next].begin == h.end + 1 && WordIs(a, next, kOf);
  });
  std::erase_if(anaphors, [&](const LexHit& h) { return dict.anaphor_needs_article(h.index) && !has_article(h); });
  // A nationality adjective right after a weapon or attack word names the attacker.
  // (actor_hits are in text order here; the longest hit bounds how far back one may begin.)
  const size_t dictionary_actor_hits = actor_hits.size();
  std::vector<std::pair<uint32_t, uint32_t>> weapon_adjectives;  // spans, in text order
  uint32_t longest_actor_hit = 0;
  for (const LexHit& h : actor_hits) longest_actor_hit = std::max(longest_actor_hit, h.end - h.begin);
  for (const LexHit& adj : adjectives) {
    size_t t = a.TokenAt(adj.clitic_begin);
    bool after_trigger = false;
    // Triggers that end at most two tokens before the adjective.
    for (const auto& h : a.HitsEndingIn(t >= 3 ? a.toks[t - 3].begin : 0, adj.clitic_begin + 1)) {
      if (h.kind != HitKind::kTrigger || h.end > adj.clitic_begin) continue;
      size_t te = a.TokenAt(h.end);
      if (te <= t && t <= te + 2) after_trigger = true;
    }
    // ("يستهدف السيادة اليمنية"، "استهدفت الأراضي السورية": the country's land or sovereignty,
    // not its forces.)
    static const WordList kLand{"السيادة", "الأراضي", "أراضي", "الأرض", "الأجواء", "أجواء", "المياه", "الحدود", "السواحل"};
    if (after_trigger && t > 0 && WordIs(a, t - 1, kLand)) after_trigger = false;
    // "قوة استخبارات عسكرية إسرائيلية"، "دورية راجلة أمريكية": one qualifier of the forces may
    // stand between them and the adjective.
    static const WordList kQualifier{"عسكرية", "عسكري", "خاصة", "الخاصة", "أمنية",  "الأمنية", "الجوية",
                                     "البحرية", "البرية", "المسلحة", "النظامية", "العسكرية", "راجلة", "مؤللة"};
    // "حرس الحدود التركي"، "قوة استخبارات إسرائيلية": a country's forces named by a
    // generic word for forces and the country's adjective; the pair is one name.
    const LexHit* forces = nullptr;
    constexpr uint32_t kGap = 16;  // spaces, quotes and marks between the name and the adjective
    const uint32_t reach = adj.clitic_begin > longest_actor_hit + kGap ? adj.clitic_begin - longest_actor_hit - kGap : 0;
    auto first = std::lower_bound(actor_hits.begin(), actor_hits.begin() + dictionary_actor_hits, reach,
                                  [](const LexHit& h, uint32_t b) { return h.begin < b; });
    for (auto it = first; it != actor_hits.begin() + dictionary_actor_hits && it->begin < adj.clitic_begin; ++it) {
      const LexHit& h = *it;
      if (h.end > adj.clitic_begin) continue;
      size_t after = a.TokenAt(h.end);
      bool next_to = after == t || (after + 1 == t && WordIs(a, after, kQualifier));
      if (!next_to) continue;
      const Actor& act = dict.actors()[h.index];
      if (act.generic() && act.inter == 1 && (!forces || h.begin < forces->begin)) forces = &h;
    }
    // "توغلت قوة إسرائيلية"، "دورية عسكرية أمريكية"، "جرافات إسرائيلية": a bare noun for a
    // force or its vehicles, right before (one qualifier may stand between), is that country's.
    // ("إحدى المدمرات الأميركية أسقطت": a warship, with or without the article.)
    static const WordList kForceNoun{"قوة",   "قوات",   "دورية",   "دوريات",   "وحدة",    "وحدات",    "آليات",
                                     "جرافات", "جرافة", "دبابات",  "دبابة",    "زوارق",   "زورق",     "بوارج",
                                     "بارجة", "مدمرة",  "مدمرات", "المدمرة", "المدمرات", "فرقاطة", "الفرقاطة",
                                     // ("ناقلة جند إسرائيلية"، "آلية عسكرية إسرائيلية"، "مدرعة أمريكية".)
                                     "جند", "آلية", "مدرعة", "مدرعات"};
    size_t noun = SIZE_MAX;
    if (!after_trigger && !forces && t >= 1) {
      if (WordIs(a, t - 1, kForceNoun)) noun = t - 1;
      else if (t >= 2 && WordIs(a, t - 1, kQualifier) && WordIs(a, t - 2, kForceNoun)) noun = t - 2;
    }
    if (!after_trigger && !forces && noun == SIZE_MAX) continue;
    uint32_t begin = forces ? forces->begin : adj.begin, clitic_begin = forces ? forces->clitic_begin : adj.clitic_begin;
    if (noun != SIZE_MAX) begin = clitic_begin = a.toks[noun].begin;
    if (!forces && noun == SIZE_MAX) weapon_adjectives.emplace_back(adj.begin, adj.end);
    for (uint32_t row : dict.adjective_actors(adj.index)) actor_hits.push_back({begin, adj.end, clitic_begin, HitKind::kActor, row});
  }
  std::sort(actor_hits.begin(), actor_hits.end(), [](const LexHit& x, const LexHit& y) {
    return x.begin != y.begin ? x.begin < y.begin : x.end > y.end;
  });
  // Group hits by span; a span inside a longer actor span is dropped. A group's
  // dictionary rows are the run [first_row, first_row + rows) of group_rows.
  struct Group {
    uint32_t begin, end, clitic_begin;
    size_t first_row, rows;
  };
  std::vector<Group> groups;
  std::vector<uint32_t> group_rows;
  groups.reserve(actor_hits.size());
  group_rows.reserve(actor_hits.size());
  auto rows_of = [&](const Group& g) { return std::span<const uint32_t>(group_rows.data() + g.first_row, g.rows); };
  // Covered: a hit that begins earlier reaches as far, or one at the same begin
  // reaches further (the first at each begin is the longest).
  uint32_t end_before = 0, at_begin = 0, end_at_begin = 0;
  for (size_t i = 0; i < actor_hits.size(); ++i) {
    const LexHit& h = actor_hits[i];
    if (i == 0 || h.begin != at_begin) {
      if (i > 0) end_before = std::max(end_before, end_at_begin);
      at_begin = h.begin;
      end_at_begin = h.end;
    }
    bool covered = (i > 0 && end_before >= h.end) || end_at_begin > h.end;
    if (covered) continue;
    if (!groups.empty() && groups.back().begin == h.begin && groups.back().end == h.end) {
      ++groups.back().rows;
    } else {
      groups.push_back({h.begin, h.end, h.clitic_begin, group_rows.size(), 1});
    }
    group_rows.push_back(h.index);
  }

  // Two names that share words are one name, the longer ("طيران العدوان" and "العدوان
  // الأمريكي البريطاني" in "طيران العدوان الأمريكي البريطاني"): the shorter is dropped.
  if (groups.size() > 1) {
    size_t kept = 0;
    for (size_t i = 0; i < groups.size(); ++i) {
      if (kept > 0 && groups[i].begin < groups[kept - 1].end) {
        Group& prev = groups[kept - 1];
        if (groups[i].end - groups[i].begin > prev.end - prev.begin) prev = groups[i];
        continue;
      }
      groups[kept++] = groups[i];
    }
    groups.resize(kept);
  }
  // Country hints for the geocoder from actors that are named without ambiguity.
  geo::ContextHints hints;
  CountryWeights votes;
  for (const auto& g : groups) {
    if (g.rows != 1) continue;
    const Actor& act = dict.actors()[rows_of(g)[0]];
    if (act.countries.empty() || act.countries.size() > 3) continue;
    for (const auto& cc : act.countries) votes[cc] += 1.0 / act.countries.size();
  }
  hints.countries.reserve(votes.size());
  for (auto& [cc, v] : votes) hints.countries.emplace_back(cc, v);
  // Without a publication date, relative dates count from the dateline's
  // ("المصري اليوم – الإثنين 28 يونيو 2021"): the first full date near the top.
  a.published = article.published;
  if (!a.published) {
    constexpr size_t kOpeningTokens = 80;
    // Only the opening is read here (a few tokens more, for a date that starts inside it).
    const std::vector<text::Token> opening(a.toks.begin(), a.toks.begin() + std::min(a.toks.size(), kOpeningTokens + 16));
    for (const auto& dm : parse::FindDates(a.norm.text, opening, std::nullopt)) {
      if (dm.first_token >= kOpeningTokens) break;
      if (dm.date && !dm.relative && !dm.year_only && !dm.end_date && dm.precision == TimePrecision::kDay) {
        a.published = dm.date;
        break;
      }
    }
  }
  a.dates = parse::FindDates(a.norm.text, a.toks, a.published);
  // A dateline's full date ("مقديشو 3 نوفمبر 2024 (شينخوا)"، "القاهرة في 5 مارس 2024 -") is
  // the day the report was filed, and its "اليوم"، "أمس" count from it, not from a
  // publication a day or two later.
  if (a.published) {
    if (const parse::DateMention* filed = DatelineDate(a)) {
      a.dateline_date_token = filed->first_token;
      if (*filed->date != *a.published) {
        a.published = filed->date;
        a.dates = parse::FindDates(a.norm.text, a.toks, a.published);
      }
    }
  }
  // A person noun inside a date is a weekday's name ("فجر الأحد" is Sunday, not "أحد"، one of them).
  // (Hits and dates both run in text order, and dates do not overlap: one walk over the two.)
  if (!a.dates.empty()) {
    size_t next_date = 0;  // the first date that ends after the hit begins
    std::erase_if(a.hits, [&](const LexHit& h) {
      if (h.kind != HitKind::kCue || dict.cue(h.index).role != CueRole::kPerson) return false;
      while (next_date < a.dates.size() && a.dates[next_date].end <= h.begin) ++next_date;
      return next_date < a.dates.size() && a.dates[next_date].begin <= h.begin && h.end <= a.dates[next_date].end;
    });
  }
  a.places = geocoder.Find(a.norm, a.toks);
  // A weekday or month name is a date here, not a village ("الأحد", "كانون").
  a.places.erase(std::remove_if(a.places.begin(), a.places.end(),
                                [&](const geo::PlaceMention& p) {
                                  auto near = a.DatesOverlapping(p.begin, p.end);
                                  return std::any_of(near.begin(), near.end(), [&](const parse::DateMention& d) {
                                    return p.begin < d.end && d.begin < p.end;
                                  });
                                }),
                 a.places.end());
  a.resolved = geocoder.Resolve(a.places, hints);
  // A settlement named without a type word, in a country nothing else in the
  // article points to, is a common word more often than a place — unless it is
  // a city well known enough to stand alone ("في بغداد").
  {
    CountryWeights support = votes;
    for (size_t i = 0; i < a.places.size(); ++i) {
      const geo::Place* p = a.resolved[i].place;
      if (p && !p->cc.empty() && (p->IsAdmin() || !a.places[i].type_word.empty() || NamesItsType(a.places[i])))
        support[p->cc] += 1;
    }
    for (size_t i = 0; i < a.places.size(); ++i) {
      const geo::Place* p = a.resolved[i].place;
      if (!p || p->cc.empty() || p->IsAdmin() || !a.places[i].type_word.empty() || NamesItsType(a.places[i])) continue;
      constexpr int64_t kKnownCity = 100000;
      bool known_city = a.places[i].has_preposition && p->population >= kKnownCity;
      if (!support.contains(p->cc) && !known_city) a.resolved[i] = geo::Resolution{};
    }
  }

  // A dateline ("دمشق –"، "(نيروبي) –") is where the report was filed: neither
  // where anything happened nor a vote for the article's country.
  a.place_dateline = FindDatelines(a);
  // The article's countries by support: resolved places count double.
  for (size_t i = 0; i < a.resolved.size(); ++i)
    if (const geo::Place* p = a.resolved[i].place; p && !p->cc.empty() && !a.place_dateline[i]) votes[p->cc] += 2;
  std::vector<std::pair<double, std::string>> order;
  order.reserve(votes.size());
  for (auto& [cc, v] : votes) order.emplace_back(-v, cc);
  std::sort(order.begin(), order.end());
  a.country_votes.reserve(order.size());
  for (auto& [v, cc] : order) a.country_votes.push_back(cc);
  AddUnnamedCapitals(a, capitals, geocoder.gazetteer());

  // One row per actor mention: the row of the article's leading country that
  // has it, else the row valid anywhere; a row of another country only when
  // the article's country is unknown.
  a.actors.reserve(groups.size());
  for (const auto& g : groups) {
    int chosen = -1;
    auto row_of = [&](const std::string& cc) {
      for (uint32_t r : rows_of(g)) {
        const auto& cs = dict.actors()[r].countries;
        if (std::find(cs.begin(), cs.end(), cc) != cs.end()) return static_cast<int>(r);
      }
      return -1;
    };
    if (!a.country_votes.empty()) chosen = row_of(a.country_votes[0]);
    // (The row valid anywhere comes before that of a country the article only mentions:
    // "قوات الأمن العام" in Amman is Jordan's police, not Syria's.)
    if (chosen < 0)
      for (uint32_t r : rows_of(g))
        if (dict.actors()[r].countries.empty()) { chosen = static_cast<int>(r); break; }
    for (size_t i = 1; chosen < 0 && i < a.country_votes.size(); ++i) chosen = row_of(a.country_votes[i]);
    if (chosen < 0 && a.country_votes.empty()) chosen = static_cast<int>(rows_of(g)[0]);
    if (chosen < 0) continue;
    bool adjective = std::binary_search(weapon_adjectives.begin(), weapon_adjectives.end(), std::make_pair(g.begin, g.end));
    a.actors.push_back({g.begin, g.end, g.clitic_begin, static_cast<uint32_t>(chosen), false, adjective});
  }
  // "قوى الأمن الداخلي (الأسايش)"، "قوات سوريا الديمقراطية (قسد)": a name in brackets right
  // after another is the same actor; of a generic row and a specific one, the specific.
  if (a.actors.size() > 1) {
    size_t kept = 0;
    for (size_t i = 0; i < a.actors.size(); ++i) {
      if (kept > 0) {
        ActorMention& prev = a.actors[kept - 1];
        size_t after = a.TokenAt(prev.end), open = a.TokenAt(a.actors[i].clitic_begin);
        size_t close = a.TokenAt(a.actors[i].end);
        if (open == after + 1 && a.Word(after) == "(" && a.Word(close) == ")") {
          if (dict.actors()[prev.actor].generic() && !dict.actors()[a.actors[i].actor].generic()) prev.actor = a.actors[i].actor;
          continue;
        }
      }
      a.actors[kept++] = a.actors[i];
    }
    a.actors.resize(kept);
  }
  // "شن طيران العدوان الأمريكي البريطاني ... كما شن طيران العدوان غارتين": a name that is also
  // an anaphor of its own group refers back to the latest group named before it that takes the
  // same anaphor (the American strikes, in a report that named them), else it is its own group.
  for (size_t i = 0; i < a.actors.size(); ++i) {
    ActorMention& m = a.actors[i];
    const auto& own = dict.actors()[m.actor].anaphors;
    if (m.anaphoric || own.empty()) continue;
    const std::string_view text(a.norm.text.data() + m.begin, m.end - m.begin);
    if (std::find(own.begin(), own.end(), text) == own.end()) continue;
    for (size_t j = i; j-- > 0;) {
      const auto& an = dict.actors()[a.actors[j].actor].anaphors;
      if (a.actors[j].end > m.begin || std::find(an.begin(), an.end(), text) == an.end()) continue;
      m.actor = a.actors[j].actor;
      break;
    }
  }
  // Anaphors found are merged in after the loop, each after the named mentions
  // that begin where it does (anaphor hits come in text order).
  std::vector<ActorMention> resolved_anaphors;
  if (!anaphors.empty()) resolved_anaphors.reserve(anaphors.size());
  uint32_t longest_anaphor = 0;
  for (const LexHit& h : anaphors) longest_anaphor = std::max(longest_anaphor, h.end - h.begin);
  for (const LexHit& h : anaphors) {
    auto overlaps = [&](const ActorMention& m) { return h.begin < m.end && m.begin < h.end; };
    auto named = a.ActorsOverlapping(h.begin, h.end);
    bool inside_actor = std::any_of(named.begin(), named.end(), overlaps);
    for (auto it = resolved_anaphors.rbegin();
         !inside_actor && it != resolved_anaphors.rend() && it->begin + longest_anaphor > h.begin; ++it)
      inside_actor = overlaps(*it);
    if (inside_actor) continue;
    const std::string& word = dict.anaphor(h.index);
    // The latest group this word can refer back to — unless the sentence places
    // itself in a country that group is not active in and an earlier one is
    // ("التنظيم" after "ولاية غرب إفريقيا", in a sentence about Deir ez-Zor).
    std::string here;
    if (const text::Span* sentence = SentenceHolding(a, h.begin)) {
      const text::Span sp = *sentence;
      auto [first_place, last_place] = a.PlacesIn(sp.begin, sp.end);
      for (size_t pi = first_place; pi < last_place && here.empty(); ++pi)
        if (a.places[pi].begin >= sp.begin && a.places[pi].begin < sp.end && a.resolved[pi].place)
          here = a.resolved[pi].place->cc;
    }
    auto active_here = [&](const ActorMention& m) {
      const auto& cs = dict.actors()[m.actor].countries;
      return here.empty() || cs.empty() || std::find(cs.begin(), cs.end(), here) != cs.end();
    };
    // In text order that keeps the last mention active here, else the last one:
    // searched from the anaphor backwards.
    const ActorMention* ref = nullptr;
    auto before = a.ActorsIn(0, h.begin);
    for (auto it = before.rbegin(); it != before.rend(); ++it) {
      if (it->begin >= h.begin || it->anaphoric) continue;
      const auto& an = dict.actors()[it->actor].anaphors;
      if (std::find(an.begin(), an.end(), word) == an.end()) continue;
      if (!ref) ref = &*it;
      if (active_here(*it)) { ref = &*it; break; }
    }
    if (ref) resolved_anaphors.push_back({h.begin, h.end, h.clitic_begin, ref->actor, true});
  }
  if (!resolved_anaphors.empty()) {
    std::vector<ActorMention> all;
    all.reserve(a.actors.size() + resolved_anaphors.size());
    std::merge(a.actors.begin(), a.actors.end(), resolved_anaphors.begin(), resolved_anaphors.end(),
               std::back_inserter(all), [](const ActorMention& x, const ActorMention& y) { return x.begin < y.begin; });
    a.actors = std::move(all);
  }
  // A place name inside an actor's name ("مجلس دير الزور العسكري") is not where
  // anything happened.
  a.place_in_actor.assign(a.places.size(), false);
  for (size_t i = 0; i < a.places.size(); ++i) {
    const auto& p = a.places[i];
    auto named = a.ActorsOverlapping(p.begin, p.end);
    a.place_in_actor[i] = std::any_of(named.begin(), named.end(), [&](const ActorMention& m) {
      return !m.anaphoric && p.begin < m.end && m.begin < p.end;
    });
  }
  return a;
}

}  // namespace rasad::extract
