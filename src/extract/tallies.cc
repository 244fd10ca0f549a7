#include "extract/tallies.h"

#include <algorithm>
#include <map>

#include <fmt/core.h>

#include "extract/casualties.h"
#include "extract/frames.h"
#include "parse/numbers.h"
#include "text/key_cache.h"
#include "text/normalize.h"

namespace rasad::extract {
namespace {

const std::string& Norm(const char* raw) { return text::CachedKey(raw); }

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
    for (size_t back = 1; back <= 3 && t >= back && !found; ++back) {
      auto q = a.QuantityAt(t - back);
      if (q && q->next_token == t && q->value && *q->value > 0 && *q->value < 100000) {
        out.push_back({t, a.toks[t - back].begin, static_cast<int>(*q->value)});
        found = true;
      }
    }
    if (!found && WordIs(a, t + 1, {"واحدة", "واحد"})) out.push_back({t, h.begin, 1});
  }
  return out;
}

bool WorldCue(const Analysis& a, text::Span s) {
  std::string_view t = std::string_view(a.norm.text).substr(s.begin, s.end - s.begin);
  for (const char* raw : {"حول العالم", "في العالم", "دول مختلفة", "جميع مناطق انتشاره", "مناطق انتشار خلاياه"})
    if (t.find(Norm(raw)) != std::string_view::npos) return true;
  return false;
}

}  // namespace

std::vector<Tally> ReadTallies(const Analysis& a, const Dictionary& d, const geo::Geocoder& geocoder,
                               const GenericActors& generic, std::vector<bool>* marks) {
  std::vector<Tally> out;
  marks->assign(a.sentences.size(), false);
  int last_actor = -1;
  // The sentence's acting group: an armed actor not named as a target
  // ("ضد"، "في صفوف"، "استهدفت ... كلا من").
  auto actor_in = [&](uint32_t b, uint32_t e) {
    std::vector<uint32_t> targets;
    for (const auto& m : a.ActorsIn(b, e)) {
      if (m.begin < b || m.begin >= e || !d.actors()[m.actor].armed()) continue;
      if (std::find(targets.begin(), targets.end(), m.actor) != targets.end()) continue;
      bool target = false;
      size_t t = a.TokenAt(m.clitic_begin);
      uint32_t lo = t >= 4 ? a.toks[t - 4].begin : 0;
      // The hits before the first that ends past the mention; only those from lo on count.
      for (const auto& h : a.HitsEndingIn(lo, m.clitic_begin + 1)) {
        if (h.end > m.clitic_begin) break;
        if (h.kind != HitKind::kCue || h.clitic_begin < lo) continue;
        auto role = d.cue(h.index).role;
        if (role == CueRole::kTarget || role == CueRole::kPerson) target = true;
      }
      if (t > 0 && (WordIs(a, t - 1, {"ضد", "كلا", "كل"}) || (t > 1 && WordIs(a, t - 2, {"كلا"})))) target = true;
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
    // The same region and actor again in this article completes the earlier tally.
    for (auto& o : out) {
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
    auto counts = OperationCounts(a, d, s);
    bool cumulative = false, ops_word = false, claim = false;
    for (const auto& h : a.HitsIn(s.begin, s.end)) {
      if (h.begin < s.begin) continue;
      if (h.begin >= s.end) break;
      if (h.kind != HitKind::kCue) continue;
      auto role = d.cue(h.index).role;
      if (role == CueRole::kCumulative && a.Word(a.TokenAt(h.clitic_begin)) != Norm("حصيلة")) cumulative = true;
      if (role == CueRole::kPeriod) cumulative = true;
      if (role == CueRole::kOperations) ops_word = true;
      if (role == CueRole::kClaim) claim = true;
    }
    Casualties cas = ReadCasualties(a, d, s.begin, s.end);
    bool has_cas = cas.killed || cas.wounded || cas.killed_or_wounded || cas.arrested;

    // Places of the sentence, resolved.
    std::vector<size_t> places;
    bool local = false;  // a town or village named: reads as one incident
    auto [first_place, last_place] = a.PlacesIn(s.begin, s.end);
    for (size_t pi = first_place; pi < last_place; ++pi) {
      if (a.places[pi].begin < s.begin || a.places[pi].begin >= s.end || !a.resolved[pi].place) continue;
      if (a.place_dateline[pi]) continue;
      places.push_back(pi);
      auto ty = a.resolved[pi].place->type;
      if (ty != geo::PlaceType::kCountry && ty != geo::PlaceType::kAdmin1 && ty != geo::PlaceType::kRegion) local = true;
    }
    bool world = WorldCue(a, s);
    size_t provinces = 0;
    for (size_t pi : places) {
      auto ty = a.resolved[pi].place->type;
      if (ty == geo::PlaceType::kAdmin1) ++provinces;
    }
    int max_count = 0;
    for (auto& c : counts) max_count = std::max(max_count, c.value);

    bool is_tally = (!counts.empty() && (cumulative || world || !local || max_count >= 2)) ||
                    (cumulative && has_cas && !local) || (ops_word && claim && has_cas && !local) ||
                    (provinces >= 3 && has_cas);
    // "وأسفرت هذه العمليات عن ..." right after a tally: its outcome.
    if (!is_tally && ops_word && has_cas && counts.empty() && !out.empty() && si > 0 && (*marks)[si - 1]) {
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

    int actor = actor_in(s.begin, s.end);
    if (actor < 0) actor = last_actor;
    if (actor < 0 && generic.unidentified >= 0 && has_cas) actor = generic.unidentified;
    last_actor = actor;

    std::optional<Date> start, end;
    for (const auto& dm : a.DatesIn(s.begin, s.end)) {
      if (dm.begin < s.begin || dm.begin >= s.end || !dm.date || dm.future || dm.year_only) continue;
      start = dm.date;
      end = dm.end_date ? dm.end_date : dm.date;
      break;
    }
    if (!end) end = a.published;

    auto make = [&](std::optional<size_t> place, std::optional<int> ops, bool with_cas, uint32_t ev_b, uint32_t ev_e) {
      Tally t;
      t.article_id = a.article->id;
      t.source = a.article->source;
      t.operations = ops;
      if (with_cas) {
        t.fatalities = cas.killed;
        t.wounded = cas.wounded;
        t.killed_or_wounded = cas.killed_or_wounded;
        t.arrested = cas.arrested;
      }
      t.period_start = start;
      t.period_end = end;
      std::string cc;
      if (place) {
        const auto& r = a.resolved[*place];
        t.place = geocoder.ToPlaceRef(r);
        const geo::Place* p = r.place;
        t.region = p->name_en;
        t.region_ar = a.Original(a.places[*place].begin, a.places[*place].end);
        cc = p->cc;
      } else if (world) {
        t.region = "World";
        t.region_ar = "العالم";
      } else if (const geo::Place* c = geocoder.gazetteer().Country(a.MainCountry())) {
        t.region = c->name_en;  // no place named: the article's country
        t.place.country = c->name_en;
        t.place.country_code = c->cc;
      }
      if (cc.empty()) cc = a.MainCountry();
      t.evidence_begin = a.OriginalBegin(ev_b);
      t.evidence_end = a.OriginalEnd(ev_e);
      t.evidence = a.article->text.substr(t.evidence_begin, t.evidence_end - t.evidence_begin);
      add(std::move(t), actor, cc);
    };

    // Per-place counts: "الرقة (10 عمليات)"، "14 منها في سوريا و12 في العراق".
    std::vector<std::pair<size_t, int>> per_place;
    std::vector<bool> count_used(counts.size(), false);
    bool bound_after = false;  // a count bound to the place after it ("خمس عمليات في سوريا")
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
        bool each = false;
        size_t close = c.cue_tok;
        while (close < a.toks.size() && a.toks[close].begin < s.end && a.Word(close) != ")") {
          if (WordIs(a, close, {"كل"})) each = true;
          ++close;
        }
        std::vector<size_t> before;
        uint32_t floor = per_place.empty() ? s.begin : a.places[per_place.back().first].end;
        for (size_t pi : places)
          if (a.places[pi].begin >= floor && a.places[pi].end <= c.begin) before.push_back(pi);
        if (each) for (size_t pi : before) per_place.emplace_back(pi, c.value);
        else if (!before.empty()) per_place.emplace_back(before.back(), c.value);
      }
    }
    // "خمس عمليات في سوريا": the count belongs to the place right after it.
    for (size_t ci = 0; ci < counts.size(); ++ci) {
      if (count_used[ci]) continue;
      size_t t = counts[ci].cue_tok + 1;
      if (WordIs(a, t, {"في", "ب"})) ++t;
      for (size_t pi : places) {
        size_t pt = a.TokenAt(a.places[pi].span_begin);
        if (pt == t || (pt == counts[ci].cue_tok + 1 && a.places[pi].has_preposition)) {
          bool dup = std::any_of(per_place.begin(), per_place.end(), [&](auto& pp) { return pp.first == pi; });
          if (!dup) per_place.emplace_back(pi, counts[ci].value);
          count_used[ci] = true;
          bound_after = true;
          break;
        }
      }
    }
    // "N منها في X"، "و12 في العراق": a number standing just before a place.
    for (size_t pi : places) {
      size_t t = a.TokenAt(a.places[pi].span_begin);
      for (size_t back = 1; back <= 3 && t >= back; ++back) {
        auto q = a.QuantityAt(t - back);
        if (!q || !q->value) continue;
        bool linked = q->next_token == t || (q->next_token + 1 == t && WordIs(a, t - 1, {"في", "منها"})) ||
                      (q->next_token + 2 == t && WordIs(a, t - 2, {"منها"}));
        bool is_count = std::any_of(counts.begin(), counts.end(), [&](const OpCount& c) { return c.begin == a.toks[t - back].begin; });
        // "قتلت وأصابت 118 في نيجيريا": a toll, not a count of operations.
        // Only hits that end within two tokens before the number can be casualty words next to it.
        for (const auto& h : a.HitsEndingIn(t - back >= 2 ? a.toks[t - back - 2].begin : 0, a.toks[t - back].begin + 1)) {
          if (h.kind != HitKind::kCue || h.end > a.toks[t - back].begin) continue;
          auto role = d.cue(h.index).role;
          bool casualty = role == CueRole::kKill || role == CueRole::kWound || role == CueRole::kKillOrWound ||
                          role == CueRole::kArrest;
          if (casualty && a.TokenAt(h.end) + 1 >= t - back) is_count = true;
        }
        if (linked && !is_count && *q->value < 100000) {
          per_place.emplace_back(pi, static_cast<int>(*q->value));
          break;
        }
      }
    }

    // The sentence's own tally: its first count, over its broadest place.
    std::optional<size_t> region;
    for (size_t pi : places) {
      bool broken_down = std::any_of(per_place.begin(), per_place.end(), [&](auto& pp) { return pp.first == pi; });
      if (broken_down) continue;
      if (!region || a.resolved[pi].place->type < a.resolved[*region].place->type) region = pi;
    }
    std::optional<int> main_count;
    for (size_t ci = 0; ci < counts.size() && !main_count; ++ci)
      if (!count_used[ci]) main_count = counts[ci].value;
    bool main_is_breakdown = !per_place.empty() && !region && !world;
    bool cas_to_place = per_place.size() == 1 && (bound_after || main_is_breakdown);
    if (!main_is_breakdown) make(world ? std::nullopt : region, main_count, !cas_to_place, s.begin, s.end);
    else if (has_cas && !cas_to_place) make(std::nullopt, std::nullopt, true, s.begin, s.end);
    for (auto& [pi, n] : per_place) make(pi, n, cas_to_place, s.begin, s.end);
  }
  return out;
}

}  // namespace rasad::extract
