#include "store/dedup.h"

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <map>
#include <numeric>
#include <string_view>

namespace rasad::store {
namespace {

// ASCII case-insensitive equality (names are English or Arabic; Arabic has no case).
bool SameText(std::string_view a, std::string_view b) {
  auto fold = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [&](char x, char y) { return fold(x) == fold(y); });
}

// Both known and different.
bool Conflict(const std::string& a, const std::string& b) { return !a.empty() && !b.empty() && !SameText(a, b); }

// Sub-types that outlets routinely confuse for the same incident.
int SubTypeFamily(const std::string& s) {
  static const std::map<std::string_view, int> kFamily = {
      {"Armed clash", 1}, {"Government regains territory", 1}, {"Non-state actor overtakes territory", 1},
      {"Air/drone strike", 2}, {"Shelling/artillery/missile attack", 2},
      {"Remote explosive/landmine/IED", 3}, {"Suicide bomb", 3}, {"Grenade", 3},
      {"Peaceful protest", 4}, {"Protest with intervention", 4}, {"Excessive force against protesters", 4},
      {"Violent demonstration", 5}, {"Mob violence", 5},
  };
  auto it = kFamily.find(s);
  return it == kFamily.end() ? 0 : it->second;
}

// How precisely a place is known: 3 a location (settlement, site, "near X"),
// 2 an admin2 only, 1 an admin1 only, 0 the country or nothing. The geocoder
// fills `location` with the admin1 / admin2 / country name when that is all
// it resolved, with geo_precision 3 / 2.
int PlaceLevel(const PlaceRef& p) {
  if (p.country_code.empty()) return 0;
  if (p.location.empty() && p.location_ar.empty()) return !p.admin2.empty() ? 2 : !p.admin1.empty() ? 1 : 0;
  if (!p.location.empty() && SameText(p.location, p.country)) return 0;
  if (p.geo_precision >= 2 && !p.location.empty() && SameText(p.location, p.admin2)) return 2;
  if (p.geo_precision >= 3 && (p.admin1.empty() || SameText(p.location, p.admin1))) return p.admin1.empty() ? 0 : 1;
  return 3;
}

bool SameLocation(const PlaceRef& a, const PlaceRef& b) {
  if (a.wof_id && b.wof_id) return a.wof_id == b.wof_id;
  if (!a.location.empty() && !b.location.empty()) return SameText(a.location, b.location);
  return !a.location_ar.empty() && a.location_ar == b.location_ar;
}

// "Military Forces of Syria" and "Military Forces of Syria (2000-2024)" name
// the same actor at two levels of detail.
bool SameActor(const std::string& a, const std::string& b) {
  if (SameText(a, b)) return true;
  const std::string& shorter = a.size() < b.size() ? a : b;
  const std::string& longer = a.size() < b.size() ? b : a;
  return longer.size() > shorter.size() + 2 && SameText(std::string_view(longer).substr(0, shorter.size()), shorter) &&
         longer.compare(shorter.size(), 2, " (") == 0;
}

// "Military Forces of Iraq" and "Police Forces of Iraq": outlets often name
// the state's security forces differently for the same operation.
std::string_view StateForcesOf(std::string_view name) {
  for (std::string_view prefix : {"Military Forces of ", "Police Forces of "})
    if (name.starts_with(prefix)) {
      name.remove_prefix(prefix.size());
      return name.substr(0, name.find(" ("));
    }
  return {};
}

bool ActorFits(const std::string& a, const std::string& b) {
  if (UnknownActor(a) || UnknownActor(b) || SameActor(a, b)) return true;
  std::string_view sa = StateForcesOf(a);
  return !sa.empty() && sa == StateForcesOf(b);
}

// Both known and naming the same actor.
bool Agree(const std::string& a, const std::string& b) { return !UnknownActor(a) && SameActor(a, b); }

int PrecisionRank(int geo_precision) { return geo_precision > 0 ? geo_precision : 9; }

long PublishedDays(const Source& s) { return s.published ? s.published->days() : std::numeric_limits<long>::min(); }

}  // namespace

bool UnknownActor(const std::string& name) {
  return name.empty() || name.starts_with("Unidentified") || name.starts_with("Unknown");
}

bool CompatibleTypes(const Event& a, const Event& b) {
  if (!SameText(a.event_type, b.event_type)) return false;
  if (a.sub_event_type.empty() || b.sub_event_type.empty() || SameText(a.sub_event_type, b.sub_event_type)) return true;
  int fa = SubTypeFamily(a.sub_event_type);
  return fa != 0 && fa == SubTypeFamily(b.sub_event_type);
}

bool CompatibleDates(const Event& a, const Event& b) {
  if (!a.event_date || !b.event_date) return false;
  long gap = std::labs(a.event_date->days() - b.event_date->days());
  auto pa = a.time_precision, pb = b.time_precision;
  if (pa == TimePrecision::kDay && pb == TimePrecision::kDay) return gap <= 1;
  if (pa != TimePrecision::kMonth && pb != TimePrecision::kMonth) return gap <= 7;
  bool same_month = a.event_date->year == b.event_date->year && a.event_date->month == b.event_date->month;
  if (pa == TimePrecision::kMonth && pb == TimePrecision::kMonth) return same_month;
  // One month-precise side, the other a day or a week: the month holds the date.
  return same_month || (gap <= 7 && (pa == TimePrecision::kWeek || pb == TimePrecision::kWeek));
}

bool CompatiblePlaces(const Event& a, const Event& b) {
  const PlaceRef &pa = a.place, &pb = b.place;
  if (pa.country_code.empty() || !SameText(pa.country_code, pb.country_code)) return false;
  int la = PlaceLevel(pa), lb = PlaceLevel(pb);
  if (la == 0 || lb == 0) return false;
  if (Conflict(pa.admin1, pb.admin1)) return false;
  if (std::min(la, lb) >= 2 && Conflict(pa.admin2, pb.admin2)) return false;
  if (la == 3 && lb == 3) return SameLocation(pa, pb);
  if (std::min(la, lb) == 2) return !pa.admin2.empty() && SameText(pa.admin2, pb.admin2);
  return !pa.admin1.empty() && SameText(pa.admin1, pb.admin1);
}

bool CompatibleActors(const Event& a, const Event& b) {
  if (ActorFits(a.actor1, b.actor1) && ActorFits(a.actor2, b.actor2)) return true;
  // A battle has no attacker and target: either outlet may name either side first.
  return a.event_type == "Battles" && ActorFits(a.actor1, b.actor2) && ActorFits(a.actor2, b.actor1);
}

bool SameIncident(const Event& a, const Event& b) {
  return a.article_id != b.article_id && CompatibleTypes(a, b) && CompatibleDates(a, b) && CompatiblePlaces(a, b) &&
         CompatibleActors(a, b);
}

int Affinity(const Event& a, const Event& b) {
  int score = 0;
  if (PlaceLevel(a.place) == 3 && PlaceLevel(b.place) == 3 && SameLocation(a.place, b.place)) score += 4;
  if (!a.place.admin2.empty() && SameText(a.place.admin2, b.place.admin2)) score += 2;
  if (!a.place.admin1.empty() && SameText(a.place.admin1, b.place.admin1)) score += 1;
  if (a.event_date && b.event_date && *a.event_date == *b.event_date && a.time_precision == TimePrecision::kDay &&
      b.time_precision == TimePrecision::kDay)
    score += 2;
  int actors = 2 * Agree(a.actor1, b.actor1) + Agree(a.actor2, b.actor2);
  if (a.event_type == "Battles") actors = std::max(actors, 2 * Agree(a.actor1, b.actor2) + Agree(a.actor2, b.actor1));
  score += actors;
  if (!a.sub_event_type.empty() && a.sub_event_type == b.sub_event_type) score += 1;
  for (auto m : {&Event::fatalities, &Event::wounded, &Event::killed_or_wounded, &Event::arrested})
    if ((a.*m) && (a.*m) == (b.*m)) score += 2;
  return score;
}

bool LeadsBefore(const Source& a, const Source& b) {
  const Event &x = a.event, &y = b.event;
  auto key = [](const Source& s) {
    const Event& e = s.event;
    return std::make_tuple(e.event_date ? 0 : 1, static_cast<int>(e.time_precision), -PlaceLevel(e.place),
                           PrecisionRank(e.place.geo_precision),
                           s.published ? -s.published->days() : std::numeric_limits<long>::max());
  };
  auto ka = key(a), kb = key(b);
  if (ka != kb) return ka < kb;
  return std::tie(x.event_id, x.article_id) < std::tie(y.event_id, y.article_id);
}

std::vector<std::vector<size_t>> Components(const std::vector<Source>& sources) {
  const size_t n = sources.size();
  std::vector<size_t> parent(n);
  std::iota(parent.begin(), parent.end(), 0);
  auto find = [&](size_t i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  };
  // Only dated events can match, and never more than a month apart: sweep by date.
  std::vector<size_t> dated;
  for (size_t i = 0; i < n; ++i)
    if (sources[i].event.event_date) dated.push_back(i);
  auto day = [&](size_t i) { return sources[i].event.event_date->days(); };
  std::sort(dated.begin(), dated.end(), [&](size_t a, size_t b) { return day(a) < day(b); });
  for (size_t x = 0; x < dated.size(); ++x)
    for (size_t y = x + 1; y < dated.size() && day(dated[y]) - day(dated[x]) <= 31; ++y)
      if (SameIncident(sources[dated[x]].event, sources[dated[y]].event)) parent[find(dated[x])] = find(dated[y]);
  std::map<size_t, std::vector<size_t>> groups;
  for (size_t i = 0; i < n; ++i) groups[find(i)].push_back(i);
  std::vector<std::vector<size_t>> out;
  for (auto& [root, members] : groups) out.push_back(std::move(members));
  return out;
}

namespace {

enum class Fit { kSameDay, kDayOffOnly };

// The cluster source `i` fits best: compatible with every member, the highest
// Affinity with a member, and no tie; -1 when none. kSameDay also asks for the
// very day of each day-precise member; kDayOffOnly takes only clusters that
// fit when a day-precise date may be one day off and not otherwise (the
// others were weighed in the first pass).
int BestCluster(const std::vector<Source>& sources, const std::vector<std::vector<size_t>>& clusters, size_t i,
                Fit mode, int skip) {
  const Event& e = sources[i].event;
  auto same_day = [&](size_t m) {
    const Event& o = sources[m].event;
    return e.time_precision != TimePrecision::kDay || o.time_precision != TimePrecision::kDay ||
           e.event_date == o.event_date;
  };
  int best = -1, best_score = -1;
  bool tied = false;
  for (size_t c = 0; c < clusters.size(); ++c) {
    if (static_cast<int>(c) == skip) continue;
    const auto& members = clusters[c];
    if (!std::all_of(members.begin(), members.end(), [&](size_t m) { return SameIncident(e, sources[m].event); }))
      continue;
    bool strict = std::all_of(members.begin(), members.end(), same_day);
    if (strict != (mode == Fit::kSameDay)) continue;
    int score = 0;
    for (size_t m : clusters[c]) score = std::max(score, Affinity(e, sources[m].event));
    if (score > best_score) {
      best = static_cast<int>(c);
      best_score = score;
      tied = false;
    } else if (score == best_score) {
      tied = true;
    }
  }
  // A report that fits two incidents equally well (an admin1-level report of
  // a strike on a day with strikes on two villages) is kept apart.
  return tied ? -1 : best;
}

}  // namespace

std::vector<std::vector<size_t>> Cluster(const std::vector<Source>& sources) {
  auto lead_order = [&](size_t a, size_t b) { return LeadsBefore(sources[a], sources[b]); };
  std::vector<std::vector<size_t>> out;
  for (auto& component : Components(sources)) {
    std::sort(component.begin(), component.end(), lead_order);
    // First pass: day-precise reports group only with reports of the same day.
    std::vector<std::vector<size_t>> clusters;
    for (size_t i : component) {
      int c = BestCluster(sources, clusters, i, Fit::kSameDay, -1);
      if (c < 0) clusters.push_back({i});
      else clusters[static_cast<size_t>(c)].push_back(i);
    }
    // Second pass: a report left alone may be a day off (a relative date read
    // against another day); it joins the group it fits. Two groups that are
    // each corroborated on their own day stay two incidents.
    for (size_t c = 0; c < clusters.size(); ++c) {
      if (clusters[c].size() != 1) continue;
      int to = BestCluster(sources, clusters, clusters[c][0], Fit::kDayOffOnly, static_cast<int>(c));
      if (to < 0) continue;
      auto& target = clusters[static_cast<size_t>(to)];
      target.push_back(clusters[c][0]);
      std::sort(target.begin(), target.end(), lead_order);
      clusters[c].clear();
    }
    for (auto& c : clusters)
      if (!c.empty()) out.push_back(std::move(c));
  }
  std::sort(out.begin(), out.end(), [&](const auto& a, const auto& b) { return lead_order(a[0], b[0]); });
  return out;
}

Casualties Reconcile(const std::vector<std::optional<int>>& stated, const std::vector<Source>& sources) {
  Casualties c;
  std::map<int, int> frequency;
  for (const auto& v : stated) {
    if (!v) continue;
    ++frequency[*v];
    c.low = c.low ? std::min(*c.low, *v) : *v;
    c.high = c.high ? std::max(*c.high, *v) : *v;
  }
  if (frequency.empty()) return c;
  int top = 0;
  for (auto& [value, n] : frequency) top = std::max(top, n);
  // Among the sources stating a most frequent value: the most recently
  // published, then the first in lead order (the most precise).
  std::optional<size_t> pick;
  for (size_t i = 0; i < stated.size(); ++i) {
    if (!stated[i] || frequency[*stated[i]] != top) continue;
    if (!pick || PublishedDays(sources[i]) > PublishedDays(sources[*pick])) pick = i;
  }
  c.best = stated[*pick];
  return c;
}

Incident MakeIncident(std::vector<Source> sources) {
  std::stable_sort(sources.begin(), sources.end(), LeadsBefore);
  Incident inc;
  const Event& lead = sources.front().event;
  inc.incident_id = lead.event_id;
  Event& r = inc.record;
  r = lead;
  r.event_id = lead.event_id;
  // The most precise place any source gives.
  const Source* where = &sources.front();
  for (const auto& s : sources) {
    auto rank = [](const Source& x) { return std::make_pair(-PlaceLevel(x.event.place), PrecisionRank(x.event.place.geo_precision)); };
    if (rank(s) < rank(*where)) where = &s;
  }
  r.place = where->event.place;
  std::string outlets;
  for (const auto& s : sources) {
    Event e = s.event;
    if (r.event_type == "Battles" && (Agree(e.actor1, r.actor2) || Agree(e.actor2, r.actor1))) {
      std::swap(e.actor1, e.actor2);
      std::swap(e.inter1, e.inter2);
    }
    if (UnknownActor(r.actor1) && !UnknownActor(e.actor1)) r.actor1 = e.actor1, r.inter1 = e.inter1;
    if (UnknownActor(r.actor2) && !UnknownActor(e.actor2)) r.actor2 = e.actor2, r.inter2 = e.inter2;
    if (r.sub_event_type.empty()) r.sub_event_type = e.sub_event_type;
    if (r.claimed_by.empty()) r.claimed_by = e.claimed_by;
    if (r.reported_by.empty()) r.reported_by = e.reported_by;
    r.confidence = std::max(r.confidence, e.confidence);
    if (!e.source.empty() && ("; " + outlets + "; ").find("; " + e.source + "; ") == std::string::npos)
      outlets += (outlets.empty() ? "" : "; ") + e.source;
  }
  r.source = outlets;
  auto reconcile = [&](std::optional<int> Event::*field, Casualties& out) {
    std::vector<std::optional<int>> stated;
    for (const auto& s : sources) stated.push_back(s.event.*field);
    out = Reconcile(stated, sources);
    r.*field = out.best;
  };
  reconcile(&Event::fatalities, inc.fatalities);
  reconcile(&Event::wounded, inc.wounded);
  reconcile(&Event::killed_or_wounded, inc.killed_or_wounded);
  reconcile(&Event::arrested, inc.arrested);
  inc.sources_count = static_cast<int>(sources.size());
  inc.sources = std::move(sources);
  return inc;
}

}  // namespace rasad::store
