// Geocoder::Resolve — one place (or none) per mention, the article as context.
//
// Each candidate gets a score:
//   prior      type (country > admin1 > city > admin2 > town > camp/site > village >
//              neighbourhood), population, Wikidata item, curated override;
//   country    share of the article's country evidence (hints, country names, other
//              mentions) that its country has; a settlement in a country the article
//              does not otherwise support is penalised;
//   admin      evidence that other mentions name its admin1 / admin2 or places in them,
//              and stronger "local" evidence from mentions right next to it
//              ("بلدة X بريف دير الزور", "X شرقي الحسكة");
//   cue        fit with the type word (مخيم -> camp, محافظة -> admin1, ريف -> admin area...).
// Two passes: the first spreads each mention's evidence over its candidates, the second
// uses the first pass's choices. Then:
//   * a stopword name without its cue is dropped;
//   * a weak mention (no type word, no preposition) of a village that nothing else in the
//     article supports is dropped;
//   * a settlement in a country the article is not about, or two close-scoring settlements
//     in different provinces, fall back to the enclosing admin1 named by the nearest other
//     resolved mention, else the article's main country (precision 3);
//   * a settlement outside the 19 covered countries is reported at its admin1 / country
//     (precision 3);
//   * "محافظة X" / "منطقة X" naming only a town report the town's admin1 / admin2.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <unordered_map>

#include "geo/cues.h"
#include "geo/geocoder.h"

namespace rasad::geo {
namespace {

struct Scored {
  uint32_t id = 0;
  double score = 0;
  double share = 0;   // pass-1 weight of this candidate within its mention
};

double Prior(const Place& p) {
  double s = 0;
  switch (p.type) {
    case PlaceType::kCountry: s = 5.0; break;
    case PlaceType::kAdmin1: s = 2.5; break;
    case PlaceType::kRegion: s = 2.5; break;
    case PlaceType::kCity: s = 2.0; break;
    case PlaceType::kAdmin2: s = 1.5; break;
    case PlaceType::kTown: s = 1.2; break;
    case PlaceType::kCamp: s = 1.0; break;
    case PlaceType::kAdmin3: s = 0.8; break;
    case PlaceType::kLandmark: s = 0.8; break;
    case PlaceType::kVillage: s = 0.4; break;
    case PlaceType::kNeighbourhood: s = 0.3; break;
  }
  if (p.population > 0) s += std::min(1.0, 0.15 * std::log10(1.0 + static_cast<double>(p.population)));
  if (p.notable) s += 0.3;
  if (p.from_override) s += 0.6;
  if (p.fcode == "PPLA" || p.fcode == "PPLC") s += 0.3;
  else if (p.fcode == "PPLA2" || p.fcode == "PPLA3") s += 0.15;
  return s;
}

bool IsVillageLike(const Place& p) {
  return p.type == PlaceType::kVillage || p.type == PlaceType::kNeighbourhood;
}

// Fit of a candidate with the type word before the mention.
double CueFit(TypeClass cls, const PlaceMention& m, const Place& p) {
  const bool admin = p.IsAdmin();
  const bool settlement = p.IsSettlement();
  switch (cls) {
    case TypeClass::kNone:
      return 0;
    case TypeClass::kCity:
      if (p.type == PlaceType::kCity || p.type == PlaceType::kTown) return 1.5;
      if (p.type == PlaceType::kVillage) return 1.0;
      return settlement ? 0.3 : -2.0;
    case TypeClass::kTown:
    case TypeClass::kVillage:
      if (p.type == PlaceType::kTown || p.type == PlaceType::kVillage) return 1.5;
      if (p.type == PlaceType::kCity) return 1.0;
      if (p.type == PlaceType::kCamp) return 0.5;
      return settlement ? 0.3 : -2.0;
    case TypeClass::kNeighbourhood:
      if (p.type == PlaceType::kNeighbourhood) return 2.5;
      if (p.type == PlaceType::kVillage || p.type == PlaceType::kTown || p.type == PlaceType::kCamp) return 0.5;
      return admin ? -2.5 : 0;
    case TypeClass::kCamp:
      if (p.type == PlaceType::kCamp) return 3.0;
      return settlement ? 0.5 : -2.0;
    case TypeClass::kAdmin1:
      if (p.cc == "PS" && p.type == PlaceType::kAdmin2) return 3.0;  // Palestinian governorates
      if (p.type == PlaceType::kAdmin1) return 3.0;
      if (p.type == PlaceType::kRegion || p.type == PlaceType::kAdmin2) return 1.0;
      if (p.type == PlaceType::kCity) return -0.5;
      return -2.0;
    case TypeClass::kArea:
      if (p.type == PlaceType::kAdmin2 || p.type == PlaceType::kAdmin3 || p.type == PlaceType::kRegion ||
          p.type == PlaceType::kLandmark || p.type == PlaceType::kCamp)
        return 1.2;
      if (p.type == PlaceType::kAdmin1) return 0.3;
      return 0;
    case TypeClass::kAdmin2:
      if (p.type == PlaceType::kAdmin2) return 3.0;
      if (p.type == PlaceType::kAdmin3) return 1.5;
      if (p.type == PlaceType::kAdmin1) return -0.5;
      if (p.type == PlaceType::kVillage) return -1.0;
      return 0;
    case TypeClass::kAdmin3:
      if (p.type == PlaceType::kAdmin3) return 3.0;
      if (p.type == PlaceType::kAdmin2) return 1.5;
      if (p.type == PlaceType::kTown || p.type == PlaceType::kCity) return 0.5;
      return 0;
    case TypeClass::kCountryside:
      if (p.type == PlaceType::kAdmin1) return 2.5;
      if (p.type == PlaceType::kCity || p.type == PlaceType::kTown) return 1.0;
      if (p.type == PlaceType::kAdmin2) return 0.8;
      if (p.type == PlaceType::kCountry || p.type == PlaceType::kRegion) return 0.5;
      if (p.type == PlaceType::kNeighbourhood) return -2.0;
      return -0.5;
    case TypeClass::kSite:
      if (p.type == PlaceType::kLandmark) return 3.0;
      if (p.type == PlaceType::kCamp || p.type == PlaceType::kCity || p.type == PlaceType::kTown) return 0.5;
      return admin ? -1.0 : 0;
  }
  (void)m;
  return 0;
}

// How much place x (named elsewhere) says about candidate c.
double Relation(const Place& c, const Place& x) {
  if (x.id == c.id) return 0;
  if (c.admin2 >= 0 && static_cast<int32_t>(x.id) == c.admin2) return 1.0;
  if (c.admin1 >= 0 && static_cast<int32_t>(x.id) == c.admin1) return 0.8;
  if (c.type == PlaceType::kAdmin1 && x.admin1 == static_cast<int32_t>(c.id)) return 0.5;
  if (c.type == PlaceType::kAdmin2 && x.admin2 == static_cast<int32_t>(c.id)) return 0.5;
  if (x.IsSettlement() || x.type == PlaceType::kAdmin3) {
    if (c.admin2 >= 0 && x.admin2 == c.admin2) return 0.7;
    if (c.admin1 >= 0 && x.admin1 == c.admin1) return 0.4;
  }
  if (x.type == PlaceType::kCountry && x.cc == c.cc) return 0.2;
  return 0;
}

uint32_t Distance(const PlaceMention& a, const PlaceMention& b) {
  if (a.span_end <= b.span_begin) return b.span_begin - a.span_end;
  if (b.span_end <= a.span_begin) return a.span_begin - b.span_end;
  return 0;
}

double Proximity(uint32_t d) { return d <= 60 ? 1.0 : d <= 200 ? 0.6 : 0.0; }

double KmBetween(const Place& a, const Place& b) {
  constexpr double kRad = M_PI / 180;
  double dlat = (b.lat - a.lat) * kRad, dlon = (b.lon - a.lon) * kRad;
  double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
             std::cos(a.lat * kRad) * std::cos(b.lat * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 12742 * std::asin(std::sqrt(std::min(1.0, h)));
}

struct Evidence {
  std::unordered_map<std::string, double> country;
  std::unordered_map<int32_t, double> admin1, admin2;
};

class Resolver {
 public:
  Resolver(const Gazetteer& g, const std::vector<PlaceMention>& m, const ContextHints& h)
      : g_(g), m_(m), hints_(h), debug_(std::getenv("RASAD_GEO_DEBUG") != nullptr) {}

  std::vector<Resolution> Run() {
    const size_t n = m_.size();
    cands_.assign(n, {});
    weight_.assign(n, 0);
    has_country_.assign(n, false);
    key_hash_.assign(n, 0);
    cls_.assign(n, TypeClass::kNone);
    for (size_t i = 0; i < n; ++i) Prepare(i);
    // Repeats of one name are one piece of evidence, not several.
    group_.assign(n, {});
    for (size_t i = 0; i < n; ++i)
      for (size_t j = 0; j < n; ++j)
        if (m_[j].key == m_[i].key) group_[i].push_back(j);

    // Pass 1: evidence spread over candidates by prior.
    Evidence ev1 = Collect([&](size_t i, auto&& add) {
      for (const Scored& s : cands_[i]) add(g_.place(s.id), s.share);
    });
    chosen_.assign(n, -1);
    conf_.assign(n, 0);
    for (size_t i = 0; i < n; ++i) Score(i, ev1, /*pass=*/1);
    chosen1_ = chosen_;
    conf1_ = conf_;
    // Pass 2: evidence from the pass-1 choices.
    Evidence ev2 = Collect([&](size_t i, auto&& add) {
      if (chosen1_[i] >= 0) add(g_.place(static_cast<uint32_t>(chosen1_[i])), conf1_[i]);
    });
    for (size_t i = 0; i < n; ++i) Score(i, ev2, /*pass=*/2);
    main_cc_ = MainCountry(ev2);

    std::vector<Resolution> out(n);
    fell_back_.assign(n, false);
    for (size_t i = 0; i < n; ++i) out[i] = Decide(i, ev2);
    return out;
  }

 private:
  // Candidates with their priors and shares; the mention's evidence weight.
  void Prepare(size_t i) {
    const PlaceMention& m = m_[i];
    cls_[i] = m.type_word.empty() ? TypeClass::kNone : LookupTypeWord(m.type_word).cls;
    StopwordCue cue = g_.GetStopwordCue(m.key);
    if ((cue == StopwordCue::kTypeWord && m.type_word.empty()) ||
        (cue == StopwordCue::kPreposition && !m.strong)) {
      dropped_.push_back(i);
      return;
    }
    double total = 0;
    bool all_villages = true;
    key_hash_[i] = NameIndex::Hash(m.key);
    for (uint32_t id : m.candidates) {
      if (id >= g_.size()) continue;
      const Place& p = g_.place(id);
      if (p.type == PlaceType::kCountry) has_country_[i] = true;
      double pr = Prior(p) + CueFit(cls_[i], m, p);
      cands_[i].push_back({id, pr, 0});
      all_villages = all_villages && IsVillageLike(p);
    }
    for (Scored& s : cands_[i]) total += (s.share = std::exp(s.score));
    for (Scored& s : cands_[i]) s.share /= total;
    weight_[i] = (m.strong ? 1.0 : 0.6) * (all_villages ? 0.5 : 1.0);
  }

  template <typename F>
  Evidence Collect(F&& each) {
    Evidence ev;
    for (const auto& [cc, w] : hints_.countries) ev.country[cc] += 2.0 * w;
    for (size_t i = 0; i < m_.size(); ++i) {
      double w = weight_[i];
      each(i, [&](const Place& p, double share) {
        double v = w * share;
        if (!p.cc.empty()) ev.country[p.cc] += p.type == PlaceType::kCountry ? 1.5 * v : v;
        if (p.type == PlaceType::kAdmin1) ev.admin1[static_cast<int32_t>(p.id)] += v;
        else if (p.admin1 >= 0) ev.admin1[p.admin1] += v * (p.IsSettlement() && p.type != PlaceType::kCity ? 0.6 : 1.0);
        if (p.type == PlaceType::kAdmin2) ev.admin2[static_cast<int32_t>(p.id)] += v;
        else if (p.admin2 >= 0) ev.admin2[p.admin2] += v * 0.6;
      });
    }
    return ev;
  }

  // This mention's own contribution to the evidence for candidate c's areas.
  void OwnShare(size_t i, const Place& c, int pass, double& own_cc, double& own_a1, double& own_a2) const {
    own_cc = own_a1 = own_a2 = 0;
    for (size_t j : group_[i]) AddOwn(j, c, pass, own_cc, own_a1, own_a2);
  }

  void AddOwn(size_t i, const Place& c, int pass, double& own_cc, double& own_a1, double& own_a2) const {
    double w = weight_[i];
    auto add = [&](const Place& p, double share) {
      double v = w * share;
      if (p.cc == c.cc) own_cc += p.type == PlaceType::kCountry ? 1.5 * v : v;
      int32_t a1 = p.type == PlaceType::kAdmin1 ? static_cast<int32_t>(p.id) : p.admin1;
      int32_t ca1 = c.type == PlaceType::kAdmin1 ? static_cast<int32_t>(c.id) : c.admin1;
      if (a1 >= 0 && a1 == ca1)
        own_a1 += p.type == PlaceType::kAdmin1 ? v : v * (p.IsSettlement() && p.type != PlaceType::kCity ? 0.6 : 1.0);
      int32_t a2 = p.type == PlaceType::kAdmin2 ? static_cast<int32_t>(p.id) : p.admin2;
      int32_t ca2 = c.type == PlaceType::kAdmin2 ? static_cast<int32_t>(c.id) : c.admin2;
      if (a2 >= 0 && a2 == ca2) own_a2 += p.type == PlaceType::kAdmin2 ? v : v * 0.6;
    };
    if (pass == 1) {
      for (const Scored& s : cands_[i]) add(g_.place(s.id), s.share);
    } else if (chosen1_[i] >= 0) {
      add(g_.place(static_cast<uint32_t>(chosen1_[i])), conf1_[i]);
    }
  }

  static double Get(const std::unordered_map<int32_t, double>& m, int32_t k) {
    auto it = m.find(k);
    return it == m.end() ? 0 : it->second;
  }

  double CountryShare(const Evidence& ev, const std::string& cc, double own) const {
    double best = 0, mine = 0;
    for (const auto& [k, v] : ev.country) {
      double x = k == cc ? v - own : v;
      best = std::max(best, x);
      if (k == cc) mine = x;
    }
    return best > 1e-9 ? std::max(0.0, mine) / best : 0;
  }

  // Local support: places named right next to this mention that contain or neighbour c.
  double Local(size_t i, const Place& c, int pass) const {
    double best = 0;
    for (size_t o = 0; o < m_.size(); ++o) {
      if (m_[o].key == m_[i].key) continue;
      double prox = Proximity(Distance(m_[i], m_[o]));
      if (prox == 0) continue;
      double rel = 0;
      if (pass == 1) {
        for (const Scored& s : cands_[o]) rel += s.share * Relation(c, g_.place(s.id));
      } else if (chosen1_[o] >= 0) {
        rel = Relation(c, g_.place(static_cast<uint32_t>(chosen1_[o])));
      }
      best = std::max(best, prox * rel);
    }
    return best;
  }

  void Score(size_t i, const Evidence& ev, int pass) {
    auto& cs = cands_[i];
    if (cs.empty()) return;
    const PlaceMention& m = m_[i];
    for (Scored& s : cs) {
      const Place& c = g_.place(s.id);
      double own_cc, own_a1, own_a2;
      OwnShare(i, c, pass, own_cc, own_a1, own_a2);
      double sc = Prior(c) + CueFit(cls_[i], m, c);
      if (!c.cc.empty()) {
        double share = CountryShare(ev, c.cc, own_cc);
        sc += 2.5 * share;
        if ((c.IsSettlement() || c.type == PlaceType::kAdmin2 || c.type == PlaceType::kAdmin3) && share < 0.15)
          sc -= 3.0;
      }
      int32_t a1 = c.type == PlaceType::kAdmin1 ? static_cast<int32_t>(c.id) : c.admin1;
      int32_t a2 = c.type == PlaceType::kAdmin2 ? static_cast<int32_t>(c.id) : c.admin2;
      if (a1 >= 0) sc += 2.0 * std::min(1.0, std::max(0.0, Get(ev.admin1, a1) - own_a1));
      if (a2 >= 0) sc += 1.5 * std::min(1.0, std::max(0.0, Get(ev.admin2, a2) - own_a2));
      sc += 3.0 * Local(i, c, pass);
      // A bare name shared by an admin area and a city of the same country means the
      // city ("في حلب", "صنعاء"), unless an admin cue says otherwise.
      if ((c.type == PlaceType::kAdmin1 || c.type == PlaceType::kAdmin2) &&
          (cls_[i] == TypeClass::kNone || cls_[i] == TypeClass::kCity)) {
        for (const Scored& t : cs) {
          const Place& o = g_.place(t.id);
          if (o.cc == c.cc && (o.type == PlaceType::kCity || ((o.type == PlaceType::kTown) &&
              (o.admin1 == static_cast<int32_t>(c.id) || o.admin2 == static_cast<int32_t>(c.id))))) {
            sc -= 1.5;
            break;
          }
        }
      }
      // A country's name is the country.
      if (c.type != PlaceType::kCountry && has_country_[i]) sc -= 2.0;
      // The place's preferred name, not one of its variants.
      if (c.name_key_hash == key_hash_[i]) sc += 0.4;
      if (c.IsSettlement() && !g_.IsCoveredCountry(c.cc)) sc -= 0.5;
      s.score = sc;
    }
    std::stable_sort(cs.begin(), cs.end(), [](const Scored& a, const Scored& b) { return a.score > b.score; });
    if (debug_ && pass == 2) {
      std::fprintf(stderr, "geo: [%s]", m.key.c_str());
      for (size_t k = 0; k < cs.size() && k < 5; ++k) {
        const Place& c = g_.place(cs[k].id);
        std::fprintf(stderr, " %s/%s/%s=%.2f", c.cc.c_str(), std::string(PlaceTypeName(c.type)).c_str(),
                     c.name_en.c_str(), cs[k].score);
      }
      std::fprintf(stderr, "\n");
    }
    chosen_[i] = static_cast<int32_t>(cs[0].id);
    double margin = cs.size() > 1 ? cs[0].score - cs[1].score : 3.0;
    conf_[i] = std::clamp((0.5 + 0.5 * std::tanh(margin / 2)) * (m.strong ? 1.0 : 0.8), 0.05, 1.0);
  }

  std::string MainCountry(const Evidence& ev) const {
    std::string best;
    double bv = 0;
    for (const auto& [cc, v] : ev.country)
      if (v > bv || (v == bv && cc < best)) { bv = v; best = cc; }
    return best;
  }

  // The admin1 (or admin2) of the nearest other resolved mention in the main country.
  const Place* ContextArea(size_t i, bool allow_admin2) const {
    const Place* best = nullptr;
    uint32_t bd = UINT32_MAX;
    for (size_t o = 0; o < m_.size(); ++o) {
      if (o == i || chosen_[o] < 0 || fell_back_[o]) continue;
      const Place& x = g_.place(static_cast<uint32_t>(chosen_[o]));
      if (x.cc != main_cc_ || x.type == PlaceType::kCountry) continue;
      uint32_t d = Distance(m_[i], m_[o]);
      if (d >= bd) continue;
      const Place* area = nullptr;
      if (x.type == PlaceType::kAdmin1) area = &x;
      else if (allow_admin2 && x.type == PlaceType::kAdmin2) area = &x;
      else if (x.admin1 >= 0) area = &g_.place(static_cast<uint32_t>(x.admin1));
      if (area) { best = area; bd = d; }
    }
    return best;
  }

  // Only a mention whose cue says "a place is named here" falls back to its area.
  static bool CanFallBack(const PlaceMention& m) {
    return (!m.type_word.empty() || m.countryside) && !m.coordinated;
  }

  Resolution Fallback(size_t i, const Place* named) const {
    Resolution r;
    r.named = named;
    r.fallback = true;
    const Place* area = ContextArea(i, m_[i].unknown);
    if (area) {
      r.place = area;
      r.geo_precision = area->type == PlaceType::kAdmin1 ? 3 : 2;
      r.confidence = 0.4;
    } else if (!main_cc_.empty() && g_.Country(main_cc_)) {
      r.place = g_.Country(main_cc_);
      r.geo_precision = 3;
      r.confidence = 0.3;
    }
    return r;
  }

  Resolution Decide(size_t i, const Evidence& ev) {
    const PlaceMention& m = m_[i];
    Resolution r;
    if (std::find(dropped_.begin(), dropped_.end(), i) != dropped_.end()) return r;
    if (m.unknown) {
      fell_back_[i] = true;
      return m.strong ? Fallback(i, nullptr) : r;
    }
    const auto& cs = cands_[i];
    if (cs.empty()) return r;
    const Place& best = g_.place(cs[0].id);
    double own_cc, own_a1, own_a2;
    OwnShare(i, best, 2, own_cc, own_a1, own_a2);
    const double cshare = best.cc.empty() ? 1.0 : CountryShare(ev, best.cc, own_cc);
    const bool settlement = best.IsSettlement();

    // A village or neighbourhood named without a type word needs support from the rest of
    // the article (its province or district named, or a place next to it).
    if (m.type_word.empty() && IsVillageLike(best)) {
      int32_t a1 = best.admin1, a2 = best.admin2;
      double support = std::max(a1 >= 0 ? Get(ev.admin1, a1) - own_a1 : 0.0, a2 >= 0 ? Get(ev.admin2, a2) - own_a2 : 0.0);
      if (support < 0.3 && Local(i, best, 2) < 0.3) {
        chosen_[i] = -1;
        return r;
      }
    }
    // A settlement in a country the article is not about.
    if ((settlement || best.type == PlaceType::kAdmin2 || best.type == PlaceType::kAdmin3) && cshare < 0.15 &&
        !main_cc_.empty() && main_cc_ != best.cc) {
      fell_back_[i] = true;
      return CanFallBack(m) ? Fallback(i, &best) : r;
    }
    // Two close-scoring settlements in different provinces.
    if (settlement && cs.size() > 1) {
      const Place& second = g_.place(cs[1].id);
      if (second.IsSettlement() && cs[0].score - cs[1].score < 0.5 && second.admin1 != best.admin1 &&
          KmBetween(best, second) > 15) {
        fell_back_[i] = true;
        if (!CanFallBack(m)) { chosen_[i] = -1; return r; }
        Resolution f = Fallback(i, &best);
        if (f.place && best.cc == second.cc && best.cc == f.place->cc) return f;
        // Nothing in the article decides: the common country.
        if (best.cc == second.cc && g_.Country(best.cc)) {
          f.place = g_.Country(best.cc);
          f.geo_precision = 3;
        }
        return f;
      }
    }

    r.place = &best;
    r.confidence = conf_[i];
    // Outside the 19 covered countries: admin1 / country level.
    if (settlement && !g_.IsCoveredCountry(best.cc)) {
      r.named = &best;
      r.fallback = true;
      r.place = best.admin1 >= 0 ? &g_.place(static_cast<uint32_t>(best.admin1)) : g_.Country(best.cc);
      if (!r.place) r.place = &best;
      r.geo_precision = 3;
      return r;
    }
    // "محافظة X" / "قضاء X" where only a town carries the name: report its admin area.
    if (settlement && (cls_[i] == TypeClass::kAdmin1 || cls_[i] == TypeClass::kAdmin2)) {
      int32_t area = -1;
      if (cls_[i] == TypeClass::kAdmin1) area = best.cc == "PS" && best.admin2 >= 0 ? best.admin2 : best.admin1;
      else area = best.admin2 >= 0 ? best.admin2 : best.admin1;
      if (area >= 0) {
        r.named = &best;
        r.fallback = true;
        r.place = &g_.place(static_cast<uint32_t>(area));
        r.geo_precision = DefaultPrecision(*r.place);
        return r;
      }
    }
    int prec = DefaultPrecision(best);
    bool off = m.countryside || m.near || (m.direction != Direction::kNone && m.direction != Direction::kCentre);
    if (off && prec < 2) prec = 2;
    r.geo_precision = prec;
    return r;
  }

  const Gazetteer& g_;
  const std::vector<PlaceMention>& m_;
  const ContextHints& hints_;
  std::vector<std::vector<Scored>> cands_;
  std::vector<double> weight_;
  std::vector<TypeClass> cls_;
  std::vector<int32_t> chosen_, chosen1_;
  std::vector<double> conf_, conf1_;
  std::vector<std::vector<size_t>> group_;
  std::vector<bool> has_country_;
  std::vector<uint64_t> key_hash_;
  std::vector<size_t> dropped_;
  std::vector<bool> fell_back_;
  std::string main_cc_;
  bool debug_ = false;  // RASAD_GEO_DEBUG set: candidate scores on stderr
};

}  // namespace

std::vector<Resolution> Geocoder::Resolve(const std::vector<PlaceMention>& mentions, const ContextHints& hints) const {
  return Resolver(g_, mentions, hints).Run();
}

}  // namespace rasad::geo
