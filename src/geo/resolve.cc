// Geocoder::Resolve — one place (or none) per mention, the article as context.
//
// Each candidate gets a score:
//   prior      PlacePrior (place.h, computed at load): type (country > admin1 > city >
//              admin2 > town > camp/site > village > neighbourhood), population, Wikidata
//              item, curated override;
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
// A phonetic mention (a name found by its sound among Latin names, see phonetic.h) adds no
// evidence; its candidates are only those in a country the rest of the article supports, its
// confidence is lower, and without such a candidate it is an unknown name. A typed name whose
// Arabic-name candidates are all in countries the article does not support is read by its
// sound instead ("بلدة بوسو" in an article about Niger is Bosso, not Bousso in Chad). A
// phonetic place is dropped for the nearby admin area when that area does not contain it, and
// when homonyms far apart score alike.
#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "geo/cues.h"
#include "geo/geocoder.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace rasad::geo {
namespace {

struct Scored {
  uint32_t id = 0;
  double score = 0;
  double share = 0;   // pass-1 weight of this candidate within its mention
};

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

// A bit for each of a place's own id, admin1 and admin2 (hashed into 64): two places whose
// bits do not meet have no id in common, and Relation() between them is 0 unless x is a country.
uint64_t IdBits(const Place& p) {
  auto bit = [](int32_t id) {
    return id < 0 ? uint64_t{0} : uint64_t{1} << ((static_cast<uint32_t>(id) * 0x9E3779B1u) >> 26);
  };
  return bit(static_cast<int32_t>(p.id)) | bit(p.admin1) | bit(p.admin2);
}

// Bytes between spans [a_begin, a_end) and [b_begin, b_end) (0 when they overlap).
uint32_t Distance(uint32_t a_begin, uint32_t a_end, uint32_t b_begin, uint32_t b_end) {
  const uint32_t after = b_end <= a_begin ? a_begin - b_end : 0;  // (selects, no branches)
  return a_end <= b_begin ? b_begin - a_end : after;
}
uint32_t Distance(const PlaceMention& a, const PlaceMention& b) {
  return Distance(a.span_begin, a.span_end, b.span_begin, b.span_end);
}

// v when keep, else +0.0, without a branch (for a test on data that a predictor would miss).
double Masked(double v, bool keep) {
  return std::bit_cast<double>(std::bit_cast<uint64_t>(v) & (uint64_t{0} - static_cast<uint64_t>(keep)));
}

constexpr uint32_t kNearReach = 200;  // bytes between two mentions beyond which they are not neighbours
// 1.0 within 60 bytes, 0.6 within kNearReach, else 0 (from a table, not by branches).
double Proximity(uint32_t d) {
  static constexpr double kProximity[3] = {1.0, 0.6, 0.0};
  return kProximity[size_t{d > 60} + size_t{d > kNearReach}];
}

// Evidence about the article's countries, admin1 and admin2 areas: sums keyed by
// (kind, place id), each 0 + the key's values in the order they were added. Open
// addressing in a table that Reset() sizes for the number of keys to come; a slot
// holds its key with the generation it was written in, so Reset() clears nothing.
class Tally {
 public:
  enum Kind : int { kCountry = 0, kAdmin1 = 1, kAdmin2 = 2 };
  void Reset(size_t max_keys) {
    size_t cap = 16;
    while (cap < 2 * max_keys) cap <<= 1;
    if (++generation_ == kGenerations || cap > slots_.size()) {
      slots_.assign(std::max(cap, slots_.size()), Slot{});  // generation 0: empty
      generation_ = 1;
    }
    mask_ = cap - 1;
  }
  // Adds v to the key's sum (a negative id is no key); true when the key is new.
  bool Add(int kind, int32_t id, double v) {
    if (id < 0) return false;
    const uint64_t k = Key(kind, id);
    size_t s = Home(k);
    while (slots_[s].key != k && Live(slots_[s])) s = (s + 1) & mask_;
    const bool fresh = !Live(slots_[s]);
    if (fresh) slots_[s] = {k, 0};
    slots_[s].sum += v;
    return fresh;
  }
  double Get(int kind, int32_t id) const {
    if (id < 0 || slots_.empty()) return 0;
    const uint64_t k = Key(kind, id);
    for (size_t s = Home(k);; s = (s + 1) & mask_) {
      if (slots_[s].key == k) return slots_[s].sum;
      if (!Live(slots_[s])) return 0;
    }
  }

 private:
  struct Slot {
    uint64_t key = 0;  // generation << 34 | (kind + 1) << 32 | id
    double sum = 0;
  };
  static constexpr uint64_t kGenerations = uint64_t{1} << 30;
  uint64_t Key(int kind, int32_t id) const {
    return (generation_ << 34) | (static_cast<uint64_t>(kind + 1) << 32) | static_cast<uint32_t>(id);
  }
  bool Live(const Slot& s) const { return (s.key >> 34) == generation_; }
  size_t Home(uint64_t k) const { return static_cast<size_t>((k * 0x9E3779B97F4A7C15ull) >> 32) & mask_; }
  std::vector<Slot> slots_;
  size_t mask_ = 0;
  uint64_t generation_ = 0;
};

// The same sums in a table with an entry per (kind, gazetteer area) (Gazetteer::AreaIndex):
// a read or a write is one index computation. Keys must be areas, as the country, admin1
// and admin2 of every place are. A candidate keeps the entries of its keys (SlotOf) and
// reads or writes them directly (AddAt, GetAt).
class AreaTally {
 public:
  // The entry of key (kind, id), or for a negative id NoSlot(g): an entry that no key has,
  // always empty (GetAt reads 0; nothing may be added to it).
  static uint32_t SlotOf(const Gazetteer& g, int kind, int32_t id) {
    return id < 0 ? NoSlot(g) : static_cast<uint32_t>(3 * g.AreaIndex(static_cast<uint32_t>(id)) + kind);
  }
  static uint32_t NoSlot(const Gazetteer& g) { return static_cast<uint32_t>(3 * g.AreaCount()); }
  void Reset(const Gazetteer& g) {
    area_ = g.AreaIndices().data();
    const size_t n = 3 * g.AreaCount() + 1;  // (+ NoSlot)
    if (++generation_ == 0 || slots_.size() != n) {
      slots_.assign(n, Slot{});  // generation 0: empty
      generation_ = 1;
    }
  }
  bool Add(int kind, int32_t id, double v) {
    if (id < 0) return false;
    return AddAt(Index(kind, id), v);
  }
  // (Whether an entry was written in this generation is data: its sum is masked, not branched on.)
  bool AddAt(size_t slot, double v) {
    Slot& s = slots_[slot];
    const bool fresh = s.generation != generation_;
    s.sum = Masked(s.sum, !fresh) + v;
    s.generation = generation_;
    return fresh;
  }
  double Get(int kind, int32_t id) const {
    if (id < 0) return 0;
    return GetAt(Index(kind, id));
  }
  double GetAt(size_t slot) const {
    const Slot& s = slots_[slot];
    return Masked(s.sum, s.generation == generation_);
  }

 private:
  struct Slot {
    uint64_t generation = 0;
    double sum = 0;
  };
  size_t Index(int kind, int32_t id) const {
    return 3 * static_cast<size_t>(area_[id]) + static_cast<size_t>(kind);
  }
  const int32_t* area_ = nullptr;  // Gazetteer::AreaIndex by id
  std::vector<Slot> slots_;
  uint64_t generation_ = 0;
};

struct Evidence {
  AreaTally t;
  std::vector<int32_t> countries;  // the country keys
  double top1 = 0, top2 = 0;       // the two largest country values
  int32_t top1_key = -1;
  void Reset(const Gazetteer& g) {
    t.Reset(g);
    countries.clear();
    top1 = top2 = 0;
    top1_key = -1;
  }
  void Add(int kind, int32_t id, double v) {
    if (t.Add(kind, id, v) && kind == Tally::kCountry) countries.push_back(id);
  }
  // The same for the key's entry `slot` (AreaTally::SlotOf; NoSlot with +0.0, see Contributions).
  void AddAt(int kind, int32_t id, uint32_t slot, double v) {
    if (t.AddAt(slot, v) && kind == Tally::kCountry) countries.push_back(id);
  }
  void Finish() {
    std::sort(countries.begin(), countries.end());  // ties go to the lower id
    for (int32_t k : countries) {
      const double v = t.Get(Tally::kCountry, k);
      if (v > top1) { top2 = top1; top1 = v; top1_key = k; }
      else if (v > top2) top2 = v;
    }
  }
  double Country(int32_t id) const { return t.Get(Tally::kCountry, id); }
  double Admin1(int32_t id) const { return t.Get(Tally::kAdmin1, id); }
  double Admin2(int32_t id) const { return t.Get(Tally::kAdmin2, id); }
};

// A candidate with what scoring needs precomputed.
struct Cand {
  uint32_t id = 0;
  int32_t country = -1, a1 = -1, a2 = -1;  // evidence keys: its country row, admin1, admin2 (itself when admin)
  double prior = 0, share = 0, score = 0;
  double a1_factor = 1;                    // weight of its admin1 evidence (settlements count less)
  bool is_country = false, is_admin2 = false;
  // What Relation() reads of the place.
  PlaceType type = PlaceType::kVillage;
  bool settlement_or_admin3 = false;
  uint8_t adjust = 0;                      // Score's adjustments that do not depend on evidence (set with
                                           // the mention's candidates: Resolver::Adjustments)
  int32_t admin1 = -1, admin2 = -1;        // the place's enclosing areas (a1 / a2 are itself when it is one)
  uint64_t id_bits = 0;                    // IdBits()
  uint32_t slot[3] = {};                   // AreaTally::SlotOf of country, a1 and a2
  uint32_t cc_code = 0;                    // CcCode() of the place
};

// Place::cc as a number: two places' numbers are equal exactly when their cc are, unless both
// are kLongCc (a cc of more than three bytes: compare the strings).
constexpr uint32_t kLongCc = ~uint32_t{0};
uint32_t CcCode(const std::string& cc) {
  if (cc.size() > 3) return kLongCc;
  uint32_t code = static_cast<uint32_t>(cc.size()) << 24;
  for (size_t k = 0; k < cc.size(); ++k) code |= static_cast<uint32_t>(static_cast<uint8_t>(cc[k])) << (8 * k);
  return code;
}

// A candidate's contributions to the evidence, scaled by v: f(kind, place id, its AreaTally
// entry, value). Whether a place has an admin1 or admin2 is data: for a negative id, f gets
// the entry AreaTally::NoSlot and +0.0 (which leaves it 0), and must add nothing to a table by id.
template <typename F>
[[gnu::always_inline]] inline void Contributions(const Cand& c, double v, F&& f) {
  static constexpr double kAdmin2Factor[2] = {0.6, 1.0};  // (by is_admin2; v * 1.0 is v)
  if (c.country >= 0) f(0, c.country, c.slot[0], c.is_country ? 1.5 * v : v);
  f(1, c.a1, c.slot[1], Masked(v * c.a1_factor, c.a1 >= 0));
  f(2, c.a2, c.slot[2], Masked(v * kAdmin2Factor[c.is_admin2], c.a2 >= 0));
}

// The candidates built for a name's gazetteer ids read with a type class (Resolver::
// BuildCandidates without a phonetic filter), kept from article to article: articles name the
// same places again and again (c400: 7,555 builds of 584 distinct id lists). For one
// gazetteer at a time (Gazetteer::serial), and bounded: cleared when full.
class CandidateMemo {
 public:
  struct Built {
    std::vector<Cand> cands;  // sorted by prior, with shares and adjustments (unscored)
    bool has_country = false, all_villages = false;
    uint64_t key_hash = 0;    // NameKeyHash of the name they were built for (kPreferredName)
  };
  static uint64_t Hash(std::span<const uint32_t> ids, TypeClass cls) {
    uint64_t h = static_cast<uint64_t>(cls) + 1;
    for (uint32_t id : ids) h = (h ^ id) * 0x9E3779B97F4A7C15ull;
    return h ^ (h >> 29);
  }
  // What was built for (ids, cls) (h = Hash(ids, cls)) from gazetteer g, or nullptr.
  const Built* Find(const Gazetteer& g, uint64_t h, std::span<const uint32_t> ids, TypeClass cls) {
    if (g.serial() != serial_) {
      Clear();
      serial_ = g.serial();
    }
    const uint32_t at = Probe(h);
    if (at == kEmpty) return nullptr;
    const Entry& e = entries_[at];
    if (e.cls != cls || !std::ranges::equal(e.ids, ids)) return nullptr;
    return &e.built;
  }
  // Keeps what was built for (ids, cls) after Find returned nullptr (unless another list
  // holds the hash).
  void Keep(uint64_t h, std::span<const uint32_t> ids, TypeClass cls, const Built& built) {
    constexpr size_t kMaxCands = size_t{1} << 16, kMaxIds = size_t{1} << 20;  // (~6 MB, 4 MB)
    if (cands_ + built.cands.size() > kMaxCands || ids_ + ids.size() > kMaxIds) Clear();
    if (2 * (entries_.size() + 1) > slots_.size()) Grow();
    size_t s = Home(h);
    for (; slots_[s] != kEmpty; s = (s + 1) & (slots_.size() - 1))
      if (entries_[slots_[s]].hash == h) return;
    slots_[s] = static_cast<uint32_t>(entries_.size());
    entries_.push_back({h, std::vector<uint32_t>(ids.begin(), ids.end()), cls, built});
    cands_ += built.cands.size();
    ids_ += ids.size();
  }

 private:
  struct Entry {
    uint64_t hash = 0;  // Hash(ids, cls)
    std::vector<uint32_t> ids;
    TypeClass cls = TypeClass::kNone;
    Built built;
  };
  // The entries by hash: open addressing in slots_ (a power of two, at most half full; no
  // prime modulo and no node per entry, as in a std::unordered_map).
  static constexpr uint32_t kEmpty = ~uint32_t{0};
  size_t Home(uint64_t h) const { return static_cast<size_t>(h >> 32) & (slots_.size() - 1); }
  uint32_t Probe(uint64_t h) const {
    if (slots_.empty()) return kEmpty;
    for (size_t s = Home(h);; s = (s + 1) & (slots_.size() - 1))
      if (slots_[s] == kEmpty || entries_[slots_[s]].hash == h) return slots_[s];
  }
  void Grow() {
    slots_.assign(std::max<size_t>(1024, 2 * slots_.size()), kEmpty);
    for (size_t e = 0; e < entries_.size(); ++e) {
      size_t s = Home(entries_[e].hash);
      while (slots_[s] != kEmpty) s = (s + 1) & (slots_.size() - 1);
      slots_[s] = static_cast<uint32_t>(e);
    }
  }
  void Clear() {
    entries_.clear();
    std::fill(slots_.begin(), slots_.end(), kEmpty);
    cands_ = ids_ = 0;
  }
  std::vector<Entry> entries_;   // in the order kept
  std::vector<uint32_t> slots_;  // entries_ indices by Hash(), or kEmpty
  size_t cands_ = 0, ids_ = 0;   // kept in entries_
  uint64_t serial_ = 0;                          // of the gazetteer (0: none)
};

// Reused from article to article (one per thread): its buffers keep their capacity.
class Resolver {
 public:
  std::vector<Resolution> Run(const Gazetteer& g, const std::vector<PlaceMention>& m, const ContextHints& h) {
    g_ = &g;
    m_ = m.data();
    n_ = m.size();
    hint_countries_.clear();  // (looked up once: every Collect adds them)
    for (const auto& [cc, w] : h.countries)
      if (const Place* c = g.Country(cc)) hint_countries_.emplace_back(static_cast<int32_t>(c->id), 2.0 * w);
    own_leader_ = -1;
    const size_t n = n_;
    cands_.resize(n);
    for (auto& cs : cands_) cs.clear();
    weight_.assign(n, 0);
    has_country_.assign(n, false);
    all_villages_.assign(n, false);
    stopword_cue_.resize(n);
    dropped_.assign(n, false);
    phon_.assign(n, false);
    key_hash_.resize(n);  // (the names' hashes while the chains are built; then NameKeyHash)
    for (size_t i = 0; i < n; ++i) key_hash_[i] = NameIndex::Hash(m_[i].key);
    cls_.assign(n, TypeClass::kNone);
    // Repeats of one name are one piece of evidence, not several (a chain from the first
    // mention, leader_, through next_); names next to each other are local context.
    leader_.assign(n, -1);
    next_.assign(n, -1);
    last_.assign(n, -1);
    chain_length_.assign(n, 0);
    size_t cap = 16;
    while (cap < 2 * n) cap <<= 1;
    first_of_name_.assign(cap, -1);  // open addressing by key_hash_, mention indices
    for (size_t i = 0; i < n; ++i) {
      size_t s = key_hash_[i] & (cap - 1);
      while (first_of_name_[s] >= 0 && m_[first_of_name_[s]].key != m_[i].key) s = (s + 1) & (cap - 1);
      const bool fresh = first_of_name_[s] < 0;
      if (fresh) first_of_name_[s] = static_cast<int32_t>(i);
      int32_t j = first_of_name_[s];
      if (!fresh) {
        leader_[i] = j;
        next_[last_[j]] = static_cast<int32_t>(i);
        last_[j] = static_cast<int32_t>(i);
      } else {
        leader_[i] = last_[i] = static_cast<int32_t>(i);
      }
      ++chain_length_[j];
    }
    // A name's NameKeyHash, once per name (of a one-token name it is its hash).
    for (size_t i = 0; i < n; ++i) {
      const size_t l = static_cast<size_t>(leader_[i]);
      if (l != i) key_hash_[i] = key_hash_[l];
      else if (m_[i].key.find(' ') != std::string::npos) key_hash_[i] = NameKeyHash(m_[i].key);
    }
    for (size_t i = 0; i < n; ++i) Prepare(i);
    // Mentions in text order (by span_begin) and the longest span, so that the
    // mentions within reach of one are a window of that order.
    by_position_.resize(n);
    uint32_t longest_span = 0;
    for (size_t i = 0; i < n; ++i) {
      by_position_[i] = static_cast<uint32_t>(i);
      longest_span = std::max(longest_span, m_[i].span_end - std::min(m_[i].span_begin, m_[i].span_end));
    }
    auto before = [&](uint32_t x, uint32_t y) { return m_[x].span_begin < m_[y].span_begin; };
    if (!std::is_sorted(by_position_.begin(), by_position_.end(), before))  // (Find's are in order)
      std::stable_sort(by_position_.begin(), by_position_.end(), before);
    longest_span_ = longest_span;
    position_.resize(n);
    placed_.resize(n);
    for (size_t p = 0; p < n; ++p) {
      const uint32_t i = by_position_[p];
      position_[i] = static_cast<uint32_t>(p);
      placed_[p] = {m_[i].span_begin, m_[i].span_end, leader_[i], i};
    }
    for (auto& cache : own_cache_) {
      cache.clear();
      cache.resize(n);
    }

    // Pass 1: evidence spread over candidates by prior (phonetic readings chosen first).
    Evidence& ev1 = ev1_;
    Collect(1, ev1);
    if (ReadBySound(ev1)) Collect(1, ev1);
    chosen_.assign(n, -1);
    conf_.assign(n, 0);
    cand_bits_.assign(n, 0);
    id_bits_.assign(n, 0);
    for (size_t i = 0; i < n; ++i)
      for (const Cand& c : cands_[i]) {
        cand_bits_[i] |= c.type == PlaceType::kCountry ? ~uint64_t{0} : c.id_bits;
        id_bits_[i] |= c.id_bits;
      }
    // The neighbours of the mentions that are scored (Score: more than one candidate; their
    // candidates are final now); Near() finds another's when Decide asks.
    near_begin_.assign(n + 1, 0);
    near_.clear();
    size_t first = 0;  // in by_position_ (see AppendNear)
    for (size_t i = 0; i < n; ++i) {
      near_begin_[i] = static_cast<uint32_t>(near_.size());
      if (HasNear(i)) AppendNear(i, first, near_);
    }
    near_begin_[n] = static_cast<uint32_t>(near_.size());
    for (size_t i = 0; i < n; ++i) Score(i, ev1, /*pass=*/1);
    chosen1_ = chosen_;
    conf1_ = conf_;
    chosen1_cand_.assign(n, Cand{});
    for (size_t i = 0; i < n; ++i)
      if (chosen1_[i] >= 0) chosen1_cand_[i] = cands_[i][0];  // Score put the choice first
    // Pass 2: evidence from the pass-1 choices.
    Evidence& ev2 = ev2_;
    Collect(2, ev2);
    // Pass-2 scores of different mentions do not depend on each other: the mentions of a name
    // are scored together, its sums by key (PrepareOwn) built once.
    own_best_.resize(n);
    for (size_t l = 0; l < n; ++l) {
      if (debug_) {  // (debug lines in mention order)
        Score(l, ev2, /*pass=*/2);
        continue;
      }
      if (leader_[l] != static_cast<int32_t>(l)) continue;
      for (int32_t j = static_cast<int32_t>(l); j >= 0; j = next_[j]) Score(static_cast<size_t>(j), ev2, /*pass=*/2);
    }
    main_country_ = ev2.top1_key;
    ev_ = &ev2;

    std::vector<Resolution> out(n);
    fell_back_.assign(n, false);
    // Names the gazetteer lacks are decided last: the area they fall back to is read off the
    // other mentions' final choices ("منطقة وادي الشاي" beside "شفق نيوز", a namesake village
    // that the article does not support, is not in that village's province).
    for (size_t i = 0; i < n; ++i)
      if (!m_[i].unknown) out[i] = Decide(i, ev2);
    for (size_t i = 0; i < n; ++i)
      if (m_[i].unknown) out[i] = Decide(i, ev2);
    for (size_t i = 0; i < n; ++i) {
      if (debug_)
        std::fprintf(stderr, "geo: [%s]%s%s -> %s%s p%d\n", m_[i].key.c_str(), m_[i].unknown ? " unknown" : "",
                     phon_[i] ? " by-sound" : "", out[i].place ? out[i].place->name_en.c_str() : "-",
                     out[i].fallback ? " (fallback)" : "", out[i].geo_precision);
    }
    return out;
  }

 private:
  // Candidates with their priors and shares; the mention's evidence weight.
  // A repeat of a name with the same type class and candidate ids gets its first mention's
  // candidates (they depend on nothing else). A phonetic mention's are made by ReadBySound,
  // once the supported countries are known (it weighs 0: nothing reads them before).
  void Prepare(size_t i) {
    const PlaceMention& m = m_[i];
    cls_[i] = m.type_word.empty() ? TypeClass::kNone : LookupTypeWord(m.type_word).cls;
    phon_[i] = m.phonetic;
    const size_t l = static_cast<size_t>(leader_[i]);
    if (l == i) stopword_cue_[i] = g_->GetStopwordCue(m.key);
    const StopwordCue cue = stopword_cue_[l];  // (the key is the leader's)
    if ((cue == StopwordCue::kTypeWord && m.type_word.empty()) ||
        (cue == StopwordCue::kPreposition && !m.strong)) {
      dropped_[i] = true;
      return;
    }
    if (phon_[i]) {
      weight_[i] = 0;
      return;
    }
    if (l != i && !dropped_[l] && cls_[l] == cls_[i] && phon_[l] == phon_[i] && m_[l].candidates == m.candidates) {
      cands_[i] = cands_[l];
      has_country_[i] = has_country_[l];
      all_villages_[i] = all_villages_[l];
      SetWeight(i);
      return;
    }
    BuildNamedCandidates(i);
  }

  // BuildCandidates for the ids of mention i's name, or what it built for them before (memo_).
  void BuildNamedCandidates(size_t i) {
    const std::vector<uint32_t>& ids = m_[i].candidates;
    const uint64_t h = CandidateMemo::Hash(ids, cls_[i]);
    if (const CandidateMemo::Built* built = memo_.Find(*g_, h, ids, cls_[i])) {
      cands_[i] = built->cands;
      has_country_[i] = built->has_country;
      all_villages_[i] = built->all_villages;
      if (built->key_hash != key_hash_[i])  // (another name with the same places)
        for (Cand& c : cands_[i]) c.adjust = (c.adjust & ~kPreferredName) | PreferredName(i, c);
      SetWeight(i);
      return;
    }
    BuildCandidates(i, ids);
    memo_.Keep(h, ids, cls_[i], {cands_[i], has_country_[i] != 0, all_villages_[i] != 0, key_hash_[i]});
  }

  // cands_[i] from gazetteer ids, sorted by prior, with shares; the mention's evidence weight.
  // With `supported` (a phonetic reading), only the places InSupportedCountry() are kept.
  void BuildCandidates(size_t i, const std::vector<uint32_t>& ids, const Evidence* supported = nullptr) {
    const PlaceMention& m = m_[i];
    bool all_villages = true;
    // Ranked by prior before anything else is read (a village name may carry thousands of places).
    ranked_.clear();
    for (uint32_t id : ids) {
      if (id >= g_->size()) continue;
      const Place& p = g_->place(id);
      if (p.type == PlaceType::kCountry) has_country_[i] = true;
      all_villages = all_villages && IsVillageLike(p);
      if (supported && !InSupportedCountry(p, *supported)) continue;
      ranked_.push_back({p.prior + CueFit(cls_[i], m, p), id});
    }
    // Most plausible first; many-candidate names (villages called "الجديدة"...) keep the
    // most plausible ones only (phonetic ones all until their countries are known).
    constexpr size_t kMaxCandidates = 48;
    auto first = [](const Ranked& a, const Ranked& b) { return a.prior != b.prior ? a.prior > b.prior : a.id < b.id; };
    if (ranked_.size() > kMaxCandidates && !phon_[i]) {
      std::partial_sort(ranked_.begin(), ranked_.begin() + kMaxCandidates, ranked_.end(), first);
      ranked_.resize(kMaxCandidates);
    } else if (ranked_.size() > 1) {  // (half the names have one place)
      std::sort(ranked_.begin(), ranked_.end(), first);
    }
    auto& cs = cands_[i];
    cs.clear();
    cs.reserve(ranked_.size());
    for (const Ranked& r : ranked_) cs.push_back(MakeCand(*g_, r.id, r.prior));
    Shares(cs);
    for (Cand& c : cs) c.adjust = NameAdjustments(i, c) | PreferredName(i, c);
    all_villages_[i] = all_villages;
    SetWeight(i);
  }

  // How much mention i tells about the article's countries and provinces: names with a
  // type word count fully, bare village names (often common words) hardly at all.
  void SetWeight(size_t i) {
    const PlaceMention& m = m_[i];
    const auto& cs = cands_[i];
    double w = !m.type_word.empty() ? 1.0 : m.strong ? 0.6 : 0.3;
    if (all_villages_[i]) {
      w *= m.type_word.empty() ? 0.1 : 0.5;
      // A village name found in several countries (Yemen alone has 20,000 named villages)
      // says little about which country the article is about.
      for (const Cand& c : cs)
        if (c.country != cs[0].country) { w *= 0.3; break; }
    }
    weight_[i] = phon_[i] ? 0.0 : w;
  }

  static Cand MakeCand(const Gazetteer& g, uint32_t id, double prior) {
    const Place& p = g.place(id);
    Cand c;
    c.id = id;
    c.country = p.type == PlaceType::kCountry ? static_cast<int32_t>(p.id) : p.country;
    c.a1 = p.type == PlaceType::kAdmin1 ? static_cast<int32_t>(p.id) : p.admin1;
    c.a2 = p.type == PlaceType::kAdmin2 ? static_cast<int32_t>(p.id) : p.admin2;
    c.a1_factor = p.type != PlaceType::kAdmin1 && p.IsSettlement() && p.type != PlaceType::kCity ? 0.6 : 1.0;
    c.prior = prior;
    c.is_country = p.type == PlaceType::kCountry;
    c.is_admin2 = p.type == PlaceType::kAdmin2;
    c.type = p.type;
    c.settlement_or_admin3 = p.IsSettlement() || p.type == PlaceType::kAdmin3;
    c.admin1 = p.admin1;
    c.admin2 = p.admin2;
    c.id_bits = IdBits(p);
    c.cc_code = CcCode(p.cc);
    c.slot[0] = AreaTally::SlotOf(g, Tally::kCountry, c.country);
    c.slot[1] = AreaTally::SlotOf(g, Tally::kAdmin1, c.a1);
    c.slot[2] = AreaTally::SlotOf(g, Tally::kAdmin2, c.a2);
    return c;
  }

  // Phonetic mentions get their candidates in supported countries; a typed name whose
  // candidates are all in unsupported countries is read by its sound (Gazetteer::SoundAlike).
  // Returns whether a mention was read by its sound: its weight is then 0, and the evidence must
  // be collected again. (A phonetic mention weighs 0 already: Collect passes it over.)
  bool ReadBySound(const Evidence& ev) {
    constexpr double kSupported = 0.15;  // as CountryShare in Decide
    bool changed = false;
    for (size_t i = 0; i < n_; ++i) {
      if (dropped_[i] || phon_[i] || m_[i].sound_min_key == 0) continue;
      bool supported = false;
      for (const Cand& c : cands_[i]) {
        if (c.country < 0) { supported = true; break; }
        double own = 0;  // this mention's own contribution to the candidate's country
        for (const Cand& x : cands_[i])
          if (x.country == c.country) own += weight_[i] * x.share * (x.is_country ? 1.5 : 1.0);
        if (CountryShare(ev, c, own) >= kSupported) { supported = true; break; }
      }
      if (supported || !g_->SoundAlike(m_[i].key, m_[i].sound_min_key, sound_ids_)) continue;
      // Only when a sound-alike lies in a supported country ("مدينة مومباسا" alone stays Mombasa).
      bool any = false;
      for (uint32_t id : sound_ids_) any = any || InSupportedCountry(g_->place(id), ev);
      if (!any) continue;
      phon_[i] = true;
      BuildCandidates(i, sound_ids_, &ev);
      changed = true;
    }
    for (size_t i = 0; i < n_; ++i)
      if (m_[i].phonetic && !dropped_[i]) BuildCandidates(i, m_[i].candidates, &ev);  // (see Prepare)
    return changed;
  }

  // A country the rest of the article supports: at least kPhoneticCountryShare of the best
  // supported country's evidence.
  static bool InSupportedCountry(const Place& p, const Evidence& ev) {
    constexpr double kPhoneticCountryShare = 0.3;
    return p.country >= 0 && ev.top1 > 1e-9 && ev.Country(p.country) >= kPhoneticCountryShare * ev.top1;
  }

  // Cand::share: exp(prior) over the sum of the mention's (the place's own prior's exp is
  // computed at load).
  void Shares(std::vector<Cand>& cs) const {
    double total = 0;
    for (Cand& c : cs) {
      const Place& p = g_->place(c.id);
      total += (c.share = c.prior == p.prior ? p.prior_weight : std::exp(c.prior));
    }
    for (Cand& c : cs) c.share /= total;
  }

  // Calls f(cand, place, weight) for what mention i contributes in this pass.
  template <typename F>
  void EachContribution(size_t i, int pass, F&& f) const {
    if (pass == 1) {
      for (const Cand& c : cands_[i]) f(c, c.share);
    } else if (chosen1_[i] >= 0) {
      f(chosen1_cand_[i], conf1_[i]);
    }
  }

  void Collect(int pass, Evidence& ev) const {
    ev.Reset(*g_);
    for (const auto& [country, v] : hint_countries_) ev.Add(Tally::kCountry, country, v);
    auto add = [&](int kind, int32_t key, uint32_t slot, double v) { ev.AddAt(kind, key, slot, v); };
    // (EachContribution spelled out, a loop per pass: the loops stay inline.) A mention read by
    // its sound weighs 0: it would add 0 to sums of nonnegative values (and list countries
    // with 0, which never lead).
    for (size_t i = 0; i < n_; ++i) {
      const double w = weight_[i];
      if (w == 0) continue;
      if (pass == 1) {
        for (const Cand& c : cands_[i]) Contributions(c, w * c.share, add);
      } else if (chosen1_[i] >= 0) {
        Contributions(chosen1_cand_[i], w * conf1_[i], add);
      }
    }
    ev.Finish();
  }

  // What mention i's name (all its repeats) contributes to the country / admin1 / admin2
  // evidence that candidate keys (country, a1, a2) get.
  struct Own { double country = 0, a1 = 0, a2 = 0; };
  Own OwnShare(size_t i, int32_t country, int32_t a1, int32_t a2, int pass) const {
    PrepareOwn(i, pass);
    return OwnOf(i, country, a1, a2, pass);
  }
  // OwnShare in two steps: PrepareOwn(i, pass), then OwnOf for any keys of mention i.
  // PrepareOwn makes own_ hold the sums of mention i's name (OwnTerms), unless its chain is
  // long (OwnTable). In pass 2 a name's contributions (its mentions' pass-1 choices) are the
  // same for all its mentions: own_ is kept while they are read (Run scores them together).
  void PrepareOwn(size_t i, int pass) const {
    const int32_t leader = leader_[i];
    if (chain_length_[leader] >= kCachedChain || (pass == 2 && own_leader_ == leader && own_pass_ == 2)) return;
    OwnTerms(i, pass);
  }
  [[gnu::always_inline]] Own OwnOf(size_t i, int32_t country, int32_t a1, int32_t a2, int pass) const {
    const int32_t leader = leader_[i];
    if (chain_length_[leader] >= kCachedChain) return OwnOfLongChain(leader, country, a1, a2, pass);
    return SumOwnTerms(country, a1, a2);
  }
  // The same for the keys of candidate c (own_ read at its entries).
  [[gnu::always_inline]] Own OwnOf(size_t i, const Cand& c, int pass) const {
    const int32_t leader = leader_[i];
    if (chain_length_[leader] >= kCachedChain) return OwnOfLongChain(leader, c.country, c.a1, c.a2, pass);
    return {own_.GetAt(c.slot[0]), own_.GetAt(c.slot[1]), own_.GetAt(c.slot[2])};
  }
  // A name repeated many times: its sums per key, added in the same order as OwnTerms.
  [[gnu::noinline]] Own OwnOfLongChain(int32_t leader, int32_t country, int32_t a1, int32_t a2, int pass) const {
    const Tally& t = OwnTable(leader, pass);
    return {t.Get(Tally::kCountry, country), t.Get(Tally::kAdmin1, a1), t.Get(Tally::kAdmin2, a2)};
  }

  // The contributions of mention i's name in this pass (the chain's mentions, each one's
  // candidates as they stand now), summed by key into own_ in the order OwnShare adds them.
  void OwnTerms(size_t i, int pass) const {
    own_.Reset(*g_);
    own_leader_ = leader_[i];
    own_pass_ = pass;
    for (int32_t j = leader_[i]; j >= 0; j = next_[j]) {
      double w = weight_[j];
      EachContribution(j, pass, [&](const Cand& x, double share) {
        Contributions(x, w * share, [&](int, int32_t, uint32_t slot, double v) { own_.AddAt(slot, v); });
      });
    }
  }
  // The sums of own_ for the keys (a negative key gets nothing).
  Own SumOwnTerms(int32_t country, int32_t a1, int32_t a2) const {
    return {own_.Get(Tally::kCountry, country), own_.Get(Tally::kAdmin1, a1), own_.Get(Tally::kAdmin2, a2)};
  }

  // OwnShare's sums for every key of a name's chain, built once per pass.
  static constexpr uint32_t kCachedChain = 8;
  const Tally& OwnTable(int32_t leader, int pass) const {
    auto& slot = own_cache_[pass - 1][static_cast<size_t>(leader)];
    if (slot) return *slot;
    slot = std::make_unique<Tally>();
    size_t values = 0;
    for (int32_t j = leader; j >= 0; j = next_[j]) values += 3 * (pass == 1 ? cands_[j].size() : 1);
    slot->Reset(values);
    for (int32_t j = leader; j >= 0; j = next_[j]) {
      double w = weight_[j];
      EachContribution(j, pass, [&](const Cand& x, double share) {
        Contributions(x, w * share, [&](int kind, int32_t key, uint32_t, double v) { slot->Add(kind, key, v); });
      });
    }
    return *slot;
  }

  // (c.country >= 0)
  static double CountryShare(const Evidence& ev, const Cand& c, double own) {
    double mine = ev.t.GetAt(c.slot[0]) - own;
    const bool leads = ev.top1_key == c.country;  // (x + 0.0 is x: one of the two is +0.0)
    double best = Masked(std::max(mine, ev.top2), leads) + Masked(ev.top1, !leads);
    return best > 1e-9 ? std::max(0.0, mine) / best : 0;
  }

  // How much place x (named elsewhere) says about candidate c: the first of these that holds,
  // else 0:
  //   x is c (0), c's admin2 (1.0) or admin1 (0.8); x lies in c, an admin1 or admin2 (0.5);
  //   x is a settlement or admin3 in c's admin2 (0.7) or admin1 (0.4); x is c's country (0.2).
  // Which of a neighbour's readings relates to a candidate is anyone's guess, so there is no
  // branch: each test is a bit of a mask (RelationMask), the lowest bit set picks the value.
  // (Places whose IdBits do not meet pass none of the tests on ids.)
  //
  // What the tests read of x (a Reading) and of c (a Relatable), laid out so that the first
  // four tests compare (x.id, x.id, x.id, x.admin1) with (c.id, c.admin2, c.admin1, c.holds1)
  // and the last four (x.admin2, x.sibling2, x.sibling1, x.country_cc) with (c.holds2,
  // c.admin2, c.admin1, c.cc_code). An id that is none is a number no id equals on the other
  // side: -1 (x), -2 (c's admin1, admin2), -3 (x's sibling ids), -4 (c's holds1, holds2).
  struct Reading {
    int32_t id, admin1, admin2;
    int32_t sibling2, sibling1;  // a settlement's or admin3's admin2 and admin1, else -3
    uint32_t country_cc;         // a country's CcCode(), else kNotCountry
    double share;                // Local(): the weight of the reading,
    double end_proximity = 0;    // and on its neighbour's last one, that neighbour's proximity (> 0)
  };
  static constexpr uint32_t kNotCountry = kLongCc - 1;  // (no CcCode() of three bytes or fewer)
  static Reading ReadingOf(const Cand& x, double share) {
    constexpr int32_t kNoSibling = -3;
    const bool sibling = x.settlement_or_admin3;
    return {static_cast<int32_t>(x.id), x.admin1, x.admin2,   // (ids < 2^31)
            sibling ? x.admin2 : kNoSibling, sibling ? x.admin1 : kNoSibling,
            x.type == PlaceType::kCountry ? x.cc_code : kNotCountry, share, 0};
  }
  struct Relatable {                     // (two groups of four, in the order of the tests)
    int32_t id, admin2, admin1, holds1;  // holds1 / holds2: c's id when it is an admin1 / admin2
    int32_t holds2, admin2_again, admin1_again;
    uint32_t cc_code;
  };
  static Relatable RelatableOf(const Cand& c) {
    constexpr int32_t kNone = -2, kHoldsNone = -4;
    const int32_t id = static_cast<int32_t>(c.id);
    const int32_t a1 = c.admin1 >= 0 ? c.admin1 : kNone, a2 = c.admin2 >= 0 ? c.admin2 : kNone;
    return {id, a2, a1, c.type == PlaceType::kAdmin1 ? id : kHoldsNone,
            c.type == PlaceType::kAdmin2 ? id : kHoldsNone, a2, a1, c.cc_code};
  }
  static unsigned RelationMask(const Relatable& c, const Reading& x) {
#if defined(__SSE2__)
    const __m128i ids = _mm_loadu_si128(reinterpret_cast<const __m128i*>(&x.id));      // id admin1 admin2 sibling2
    const __m128i rest = _mm_loadu_si128(reinterpret_cast<const __m128i*>(&x.admin2));  // admin2 sibling2 sibling1 cc
    const __m128i first = _mm_cmpeq_epi32(_mm_shuffle_epi32(ids, _MM_SHUFFLE(1, 0, 0, 0)),
                                          _mm_loadu_si128(reinterpret_cast<const __m128i*>(&c.id)));
    const __m128i last = _mm_cmpeq_epi32(rest, _mm_loadu_si128(reinterpret_cast<const __m128i*>(&c.holds2)));
    return static_cast<unsigned>(_mm_movemask_ps(_mm_castsi128_ps(first)) |
                                 _mm_movemask_ps(_mm_castsi128_ps(last)) << 4);
#else
    auto bit = [](bool holds, int k) { return static_cast<unsigned>(holds) << k; };
    return bit(x.id == c.id, 0) | bit(x.id == c.admin2, 1) | bit(x.id == c.admin1, 2) | bit(x.admin1 == c.holds1, 3) |
           bit(x.admin2 == c.holds2, 4) | bit(x.sibling2 == c.admin2, 5) | bit(x.sibling1 == c.admin1, 6) |
           bit(x.country_cc == c.cc_code, 7);
#endif
  }
  double Relation(const Relatable& c, const Reading& x) const {
    static constexpr double kRelation[9] = {0, 1.0, 0.8, 0.5, 0.5, 0.7, 0.4, 0.2, 0};
    const unsigned mask = RelationMask(c, x);
    if (c.cc_code == kLongCc && (mask & 0x80)) [[unlikely]] return LongCcRelation(c, x, mask);
    return kRelation[std::countr_zero(mask | 0x100)];
  }
  // Relation() when x and c are in countries whose cc is longer than CcCode() tells apart.
  [[gnu::cold]] [[gnu::noinline]] double LongCcRelation(const Relatable& c, const Reading& x, unsigned mask) const {
    static constexpr double kRelation[9] = {0, 1.0, 0.8, 0.5, 0.5, 0.7, 0.4, 0.2, 0};
    if (g_->place(static_cast<uint32_t>(x.id)).cc != g_->place(static_cast<uint32_t>(c.id)).cc) mask &= ~0x80u;
    return kRelation[std::countr_zero(mask | 0x100)];
  }

  // The neighbours of mention i (near_) that may relate to one of its candidates in this
  // pass: the readings Local() weighs, neighbour after neighbour (readings_); Relation() is 0
  // for the others, which add nothing to Local(). Pass 1: those with a candidate that shares
  // an id bit with one of i's (or is a country, see cand_bits_), their few most plausible
  // candidates (cands_ as it stands) by share; pass 2: those whose pass-1 choice shares one or
  // is a country, that choice with weight 1. Their bits (all ones for a country) go into
  // related_bits_: Local() is 0 for a candidate that has none.
  void RelatedNeighbours(size_t i, int pass) {
    constexpr size_t kReadings = 6;
    const uint64_t bits = id_bits_[i];
    readings_.clear();
    related_bits_ = 0;
    for (uint32_t k = near_begin_[i]; k < near_begin_[i + 1]; ++k) {
      const uint32_t o = near_[k].first;
      uint64_t o_bits = 0;
      if (pass == 1) o_bits = cand_bits_[o];
      else if (chosen1_[o] >= 0)
        o_bits = chosen1_cand_[o].type == PlaceType::kCountry ? ~uint64_t{0} : chosen1_cand_[o].id_bits;
      if (o_bits & bits) {
        if (pass == 1) {
          const auto& xs = cands_[o];
          for (size_t r = 0; r < xs.size() && r < kReadings; ++r) readings_.push_back(ReadingOf(xs[r], xs[r].share));
        } else {
          readings_.push_back(ReadingOf(chosen1_cand_[o], 1.0));  // (0 + 1.0 * Relation: Relation)
        }
        readings_.back().end_proximity = near_[k].second;
        related_bits_ |= o_bits;
      }
    }
  }

  // Local support: places named right next to mention i that contain or neighbour its
  // candidate c: the best over the related neighbours of proximity x the neighbour's readings'
  // weighted Relation(). (A neighbour with no candidate that shares an IdBit with c has 0
  // there; a sum of zeros is 0, as when it is passed over.) One loop over readings_, the same
  // length for every candidate: within a neighbour's readings the best is max(best, 0 x sum),
  // itself, and the sum starts again from 0 after the last.
  double Local(const Cand& c) const {
    const Relatable r = RelatableOf(c);
    double best = 0, rel = 0;
    for (const Reading& x : readings_) {
      rel += x.share * Relation(r, x);
      best = std::max(best, x.end_proximity * rel);
      rel = Masked(rel, x.end_proximity == 0);
    }
    return best;
  }
  // The same for candidate c of a mention (pass 2) and its neighbours.
  double Local(std::span<const std::pair<uint32_t, double>> neighbours, const Cand& c) const {
    const Relatable r = RelatableOf(c);
    double best = 0;
    for (const auto& [o, prox] : neighbours) {
      const double rel = chosen1_[o] >= 0 ? Relation(r, ReadingOf(chosen1_cand_[o], 1.0)) : 0.0;
      best = std::max(best, prox * rel);
    }
    return best;
  }
  // The mentions of other names near mention i (Proximity() > 0), in text order, with their
  // proximity; kept in near_ for the mentions that are scored (HasNear), found on demand for
  // the others.
  std::span<const std::pair<uint32_t, double>> Near(size_t i) {
    if (HasNear(i)) return {near_.data() + near_begin_[i], near_.data() + near_begin_[i + 1]};
    near_other_.clear();
    size_t first = position_[i];
    AppendNear(i, first, near_other_);
    return near_other_;
  }
  bool HasNear(size_t i) const { return cands_[i].size() > 1 || debug_; }
  // Appends the neighbours of mention i to out. Proximity is 0 beyond kNearReach: only
  // mentions that begin in [span_begin - kNearReach - longest span, span_end + kNearReach]
  // can count. first (in by_position_) is moved to the first mention that begins at or after
  // that window's start (from anywhere; mentions in text order, as Find's are, move it on).
  void AppendNear(size_t i, size_t& first, std::vector<std::pair<uint32_t, double>>& out) const {
    const size_t n = n_;
    const Placed* placed = placed_.data();
    const uint32_t b = m_[i].span_begin, e = m_[i].span_end;
    const int32_t leader = leader_[i];
    uint64_t lo = b > kNearReach + longest_span_ ? b - kNearReach - longest_span_ : 0;
    uint64_t hi = static_cast<uint64_t>(e) + kNearReach;
    while (first < n && placed[first].begin < lo) ++first;
    while (first > 0 && placed[first - 1].begin >= lo) --first;
    size_t end = first;
    while (end < n && placed[end].begin <= hi) ++end;
    // Which mentions of the window are neighbours is data: each is written, and kept (the
    // count moves on) only if it is one.
    size_t count = out.size();
    out.resize(count + (end - first));
    for (size_t p = first; p < end; ++p) {
      const uint32_t d = Distance(b, e, placed[p].begin, placed[p].end);
      out[count] = {placed[p].mention, Proximity(d)};
      count += static_cast<size_t>((placed[p].leader != leader) & (d <= kNearReach));  // (Proximity() > 0)
    }
    out.resize(count);
  }

  // Cand::score of every candidate of mention i.
  // Which candidates have an admin1 or admin2, lie in a country the article supports or carry
  // which adjustment is data: the terms are computed for each (an evidence entry of no key
  // reads 0, see Contributions) and the adjustments masked, not branched on.
  void ScoreEach(size_t i, const Evidence& ev, int pass) {
    auto& cs = cands_[i];
    PrepareOwn(i, pass);
    RelatedNeighbours(i, pass);
    const int32_t leader = leader_[i];
    const Tally* long_chain = chain_length_[leader] >= kCachedChain ? &OwnTable(leader, pass) : nullptr;
    // Mention i's name's own sum at key `kind` of candidate c (OwnOf).
    auto own = [&](const Cand& c, int kind) {
      if (long_chain) return long_chain->Get(kind, kind == 0 ? c.country : kind == 1 ? c.a1 : c.a2);
      return own_.GetAt(c.slot[kind]);
    };
    double share = 0;
    // A name that is also a country's (عمان: Oman, and Amman): the country the article does not
    // otherwise support, against a place in the country it is about.
    int32_t named_country = -1;
    double named_share = 1.0;
    if (has_country_[i])
      for (const Cand& c : cs)
        if (c.is_country) {
          named_country = c.country;
          named_share = CountryShare(ev, c, own(c, 0));
          break;
        }
    // Places in a country the article does not otherwise support: villages almost never, big
    // cities and provinces sometimes (by PlaceType).
    static constexpr double kUnsupported[] = {0, 0.5, 3.0, 3.0, 1.0, 3.0, 3.0, 3.0, 3.0, 3.0, 0};
    static_assert(std::size(kUnsupported) == static_cast<size_t>(PlaceType::kRegion) + 1);
    for (Cand& s : cs) {
      double sc = s.prior;
      if (s.country >= 0) {  // (all but regions)
        share = CountryShare(ev, s, own(s, 0));
        sc += 2.5 * share;
        sc -= Masked(kUnsupported[static_cast<size_t>(s.type)], share < 0.15);
      }
      sc += 2.0 * std::clamp(ev.t.GetAt(s.slot[1]) - own(s, 1), 0.0, 1.0);  // (0 for no admin1)
      sc += 1.5 * std::clamp(ev.t.GetAt(s.slot[2]) - own(s, 2), 0.0, 1.0);
      sc += 3.0 * ((s.id_bits & related_bits_) ? Local(s) : 0.0);
      sc -= Masked(1.5, s.adjust & kCityOfTheName);
      // ("في عمّان" in a report from Jordan is Amman: the article is about its country, not Oman's.)
      constexpr double kAbout = 0.5, kUnsupportedShare = 0.15;
      sc -= Masked(2.0, (s.adjust & kCountryOfTheName) &&
                            !((s.country != named_country) & (share >= kAbout) & (named_share < kUnsupportedShare)));
      sc += Masked(0.5, s.adjust & kPreferredName);
      sc -= Masked(0.5, s.adjust & kNotCovered);
      s.score = sc;
    }
  }

  // What the score of candidate s of mention i gets besides the evidence and Local() (Cand::
  // adjust): what the name's candidates and type class say (BuildCandidates, once for all the
  // mentions and articles that read a name's ids with that class), and whether the mention
  // writes the place's preferred name.
  static constexpr uint8_t kCityOfTheName = 1, kCountryOfTheName = 2, kPreferredName = 4, kNotCovered = 8;
  uint8_t NameAdjustments(size_t i, const Cand& s) const {
    const Place& c = g_->place(s.id);
    uint8_t adjust = 0;
    // A bare name shared by an admin area and a city of the same country means the
    // city ("في حلب", "صنعاء"), unless an admin cue says otherwise.
    const bool admin_cue = !(cls_[i] == TypeClass::kNone || cls_[i] == TypeClass::kCity);
    if (!admin_cue && (c.type == PlaceType::kAdmin1 || c.type == PlaceType::kAdmin2)) {
      for (const Cand& t : cands_[i]) {
        const Place& o = g_->place(t.id);
        if (o.cc == c.cc && (o.type == PlaceType::kCity ||
                             (o.type == PlaceType::kTown && (o.admin1 == static_cast<int32_t>(c.id) ||
                                                             o.admin2 == static_cast<int32_t>(c.id))))) {
          adjust |= kCityOfTheName;
          break;
        }
      }
    }
    // A country's name is the country — unless a settlement's type word names a town by it
    // ("العاصمة عمّان" is Amman, not Oman).
    const bool town_cue = cls_[i] == TypeClass::kCity || cls_[i] == TypeClass::kTown || cls_[i] == TypeClass::kVillage;
    if (c.type != PlaceType::kCountry && has_country_[i] && !town_cue) adjust |= kCountryOfTheName;
    if (c.IsSettlement() && !c.covered) adjust |= kNotCovered;
    return adjust;
  }
  // The place's preferred name, not one of its variants.
  uint8_t PreferredName(size_t i, const Cand& s) const {
    return g_->place(s.id).name_key_hash == key_hash_[i] ? kPreferredName : 0;
  }

  [[gnu::always_inline]] void Score(size_t i, const Evidence& ev, int pass) {
    auto& cs = cands_[i];
    if (cs.empty()) return;
    const PlaceMention& m = m_[i];
    // Only the margin between two scores is ever read: a lone candidate is chosen unscored.
    if (cs.size() > 1 || debug_) {
      ScoreEach(i, ev, pass);
      auto better = [](const Cand& a, const Cand& b) { return a.score != b.score ? a.score > b.score : a.id < b.id; };
      if (pass == 1 || debug_) {
        // Later mentions read pass 1's order. (Half the time the order by prior is the order by
        // score already: a sort would still move each candidate twice.)
        if (!std::is_sorted(cs.begin(), cs.end(), better)) std::sort(cs.begin(), cs.end(), better);
      } else {
        // After pass 2 only the best two are read: they go first, in order.
        // (Most often they are there already: a swap moves three candidates.)
        for (auto at = cs.begin(); at != cs.begin() + 2; ++at)
          if (auto best = std::min_element(at, cs.end(), better); best != at) std::iter_swap(at, best);
      }
    }
    if (debug_ && pass == 2) {
      std::fprintf(stderr, "geo: [%s]", m.key.c_str());
      for (size_t k = 0; k < cs.size() && k < 5; ++k) {
        const Place& c = g_->place(cs[k].id);
        std::fprintf(stderr, " %s/%s/%s=%.2f", c.cc.c_str(), std::string(PlaceTypeName(c.type)).c_str(),
                     c.name_en.c_str(), cs[k].score);
      }
      std::fprintf(stderr, "\n");
    }
    chosen_[i] = static_cast<int32_t>(cs[0].id);
    if (pass == 2) {
      // Decide reads the choice's place (and the output its names): fetched now, the misses of
      // the article's places overlap instead of waiting one after another in Decide.
      const Place& best = g_->place(cs[0].id);
      __builtin_prefetch(&best.type);
      __builtin_prefetch(&best.admin1);
      __builtin_prefetch(&best.covered);
      PrepareOwn(i, pass);
      own_best_[i] = OwnOf(i, cs[0], pass);
    }
    double margin = cs.size() > 1 ? cs[0].score - cs[1].score : 3.0;
    conf_[i] = std::clamp((0.5 + 0.5 * std::tanh(margin / 2)) * (m.strong ? 1.0 : 0.8), 0.05, 1.0);
  }

  // The admin1 (or admin2) of the nearest other resolved mention in the main country
  // (of equally near ones, the first).
  const Place* ContextArea(size_t i, bool allow_admin2) const {
    auto area_of = [&](size_t o) -> const Place* {
      if (o == i || chosen_[o] < 0 || fell_back_[o]) return nullptr;
      const Place& x = g_->place(static_cast<uint32_t>(chosen_[o]));
      if (x.country != main_country_ || x.type == PlaceType::kCountry) return nullptr;
      if (x.type == PlaceType::kAdmin1) return &x;
      if (allow_admin2 && x.type == PlaceType::kAdmin2) return &x;
      // "قرية X بريف دير الزور الغربي": a report region inside one province is the area
      // of an unknown village next to it (more precise than the province).
      if (allow_admin2 && x.type == PlaceType::kRegion && x.admin1 >= 0) return &x;
      if (x.admin1 >= 0) return &g_->place(static_cast<uint32_t>(x.admin1));
      return nullptr;
    };
    const Place* best = nullptr;
    uint64_t bd = UINT64_MAX;
    size_t bo = SIZE_MAX;
    auto consider = [&](size_t o) {
      uint64_t d = Distance(m_[i], m_[o]);
      if (d > bd || (d == bd && o > bo)) return;
      if (const Place* area = area_of(o)) { best = area; bd = d; bo = o; }
    };
    // Outwards from i in text order, while a mention further out could still be as near.
    const int64_t b = m_[i].span_begin, e = m_[i].span_end;
    const size_t pos = position_[i];
    for (size_t p = pos + 1; p < by_position_.size(); ++p) {
      int64_t gap = static_cast<int64_t>(m_[by_position_[p]].span_begin) - e;
      if (gap > 0 && static_cast<uint64_t>(gap) > bd) break;
      consider(by_position_[p]);
    }
    for (size_t p = pos; p-- > 0;) {
      int64_t gap = b - static_cast<int64_t>(m_[by_position_[p]].span_begin) - longest_span_;
      if (gap > 0 && static_cast<uint64_t>(gap) > bd) break;
      consider(by_position_[p]);
    }
    return best;
  }

  // Whether another resolved mention close to mention i names an admin area (or a region, or
  // a place) of p's country that does not contain p: the nearest one decides. The area of a
  // place is named before it in the sentence ("في ولاية غاو ... قرب بلدة X", kBackReach bytes)
  // or right after it ("بلدة X بولاية Y", kAfterReach); never in another sentence ("هجوم على
  // مدينة X.. ومقتل 12 في إقليم Y": Y is where the next incident was).
  bool OutsideNearbyArea(size_t i, const Place& p) const {
    constexpr uint32_t kBackReach = 600, kAfterReach = 60;
    uint32_t bd = UINT32_MAX;
    bool outside = false;
    // Only mentions that begin in [span_begin - kBackReach - longest span, span_end + kAfterReach].
    uint64_t lo = m_[i].span_begin > kBackReach + longest_span_ ? m_[i].span_begin - kBackReach - longest_span_ : 0;
    uint64_t hi = static_cast<uint64_t>(m_[i].span_end) + kAfterReach;
    auto first = std::lower_bound(by_position_.begin(), by_position_.end(), lo,
                                  [&](uint32_t x, uint64_t b) { return m_[x].span_begin < b; });
    for (auto it = first; it != by_position_.end() && m_[*it].span_begin <= hi; ++it) {
      size_t o = *it;
      if (o == i || chosen_[o] < 0 || fell_back_[o] || dropped_[o] || m_[o].sentence != m_[i].sentence) continue;
      const Place& x = g_->place(static_cast<uint32_t>(chosen_[o]));
      if (x.type == PlaceType::kCountry || x.cc != p.cc || x.id == p.id || (phon_[o] && x.IsSettlement())) continue;
      uint32_t d = Distance(m_[i], m_[o]);
      if (d >= bd || d > (m_[o].span_begin < m_[i].span_begin ? kBackReach : kAfterReach)) continue;
      bd = d;
      if (x.type == PlaceType::kAdmin1) outside = p.admin1 != static_cast<int32_t>(x.id) && p.id != x.id;
      else if (x.type == PlaceType::kAdmin2) outside = p.admin2 != static_cast<int32_t>(x.id) && x.admin1 != p.admin1;
      else if (x.type == PlaceType::kRegion) outside = x.admin1 >= 0 && p.admin1 >= 0 && x.admin1 != p.admin1;
      else outside = x.admin1 >= 0 && p.admin1 >= 0 && x.admin1 != p.admin1 && KmBetween(x, p) > 50;
    }
    return outside;
  }

  // The place that mention i is told to lie from, right after it with a direction or "near"
  // ("X غربي العاصمة عمّان"، "X قرب مدينة Y"), by its best candidate; or null.
  static constexpr double kReferenceKm = 60;
  const Place* ReferenceRightAfter(size_t i) const {
    const size_t o = MentionRightAfter(i);
    if (o == SIZE_MAX || (m_[o].direction == Direction::kNone && !m_[o].near)) return nullptr;
    return &g_->place(cands_[o][0].id);
  }

  // The settlement named right after mention i ("حارة المنشية بمخيم نور شمس": the camp that
  // holds the quarter), by its best candidate, in country cc; or null.
  const Place* SettlementRightAfter(size_t i, const std::string& cc) const {
    const size_t o = MentionRightAfter(i);
    if (o == SIZE_MAX) return nullptr;
    const Place& x = g_->place(cands_[o][0].id);
    const bool holds = x.type == PlaceType::kCity || x.type == PlaceType::kTown || x.type == PlaceType::kCamp;
    return holds && x.cc == cc ? &x : nullptr;
  }

  // The mention that follows mention i with only a space between (its span starts at its
  // proclitic, type word or direction) and still has a candidate; or SIZE_MAX.
  size_t MentionRightAfter(size_t i) const {
    constexpr uint32_t kGap = 2;  // bytes
    const size_t p = position_[i] + 1;
    if (p >= by_position_.size()) return SIZE_MAX;
    const size_t o = by_position_[p];
    if (m_[o].span_begin > m_[i].span_end + kGap || cands_[o].empty() || dropped_[o]) return SIZE_MAX;
    return o;
  }

  // The city or town chosen for the latest mention before i in the same country, within a
  // few paragraphs, or nullptr.
  const Place* CityBefore(size_t i, const std::string& cc) const {
    constexpr uint32_t kCityReach = 3000;  // bytes
    for (size_t p = position_[i]; p-- > 0;) {
      size_t o = by_position_[p];
      if (m_[o].span_begin + kCityReach < m_[i].span_begin) break;
      if (chosen_[o] < 0 || fell_back_[o]) continue;
      const Place& x = g_->place(static_cast<uint32_t>(chosen_[o]));
      if ((x.type == PlaceType::kCity || x.type == PlaceType::kTown) && x.cc == cc) return &x;
    }
    return nullptr;
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
    } else if (main_country_ >= 0 && SupportElsewhere(i, main_country_) > 0.2) {
      r.place = &g_->place(static_cast<uint32_t>(main_country_));
      r.geo_precision = 3;
      r.confidence = 0.3;
    }
    return r;
  }

  // Evidence for a country from everything but mention i's name (hints included).
  double SupportElsewhere(size_t i, int32_t country) const {
    return ev_->Country(country) - OwnShare(i, country, -1, -1, 2).country;
  }

  Resolution Decide(size_t i, const Evidence& ev) {
    const PlaceMention& m = m_[i];
    Resolution r;
    if (dropped_[i]) return r;
    const auto& cs = cands_[i];
    if (m.unknown && cs.empty()) {
      fell_back_[i] = true;
      return m.strong ? Fallback(i, nullptr) : r;
    }
    if (cs.empty()) {
      // A phonetic mention without a candidate in the article's countries: an unknown
      // settlement after its type word; nothing after an admin type word or "near".
      if (!phon_[i]) return r;
      fell_back_[i] = true;
      TypeClass c = cls_[i];
      bool settlement = c == TypeClass::kCity || c == TypeClass::kTown || c == TypeClass::kVillage ||
                        c == TypeClass::kCamp || c == TypeClass::kNeighbourhood;
      return settlement ? Fallback(i, nullptr) : r;
    }
    const Cand& bc = cs[0];
    const Place& best = g_->place(bc.id);
    const Own& own = own_best_[i];
    const double cshare = bc.country < 0 ? 1.0 : CountryShare(ev, bc, own.country);
    const bool settlement = best.IsSettlement();

    // A place found by its sound is trusted less: not outside the admin area named next to it
    // ("قرب بلدة X في ولاية غاو" where the only X that sounds alike is in another province), and
    // not among homonyms far apart that score alike.
    if (phon_[i] && (OutsideNearbyArea(i, best) ||
                     (cs.size() > 1 && cs[0].score - cs[1].score < 1.0 &&
                      g_->place(cs[1].id).IsSettlement() == settlement &&
                      KmBetween(best, g_->place(cs[1].id)) > 15))) {
      fell_back_[i] = true;
      chosen_[i] = -1;
      return CanFallBack(m) ? Fallback(i, &best) : r;
    }

    // "أحياء القبة" after a city: a quarter of that city the gazetteer lacks, not a
    // village of the same name elsewhere. The city is the place (ACLED codes a
    // neighbourhood at its city).
    if (cls_[i] == TypeClass::kNeighbourhood && best.type != PlaceType::kNeighbourhood && !m.coordinated) {
      const Place* city = SettlementRightAfter(i, best.cc);  // "حارة المنشية بمخيم نور شمس"
      if (!city) city = CityBefore(i, best.cc);
      if (city && city->id != best.id && KmBetween(*city, best) > 15) {
        r.place = city;
        r.geo_precision = 1;
        r.confidence = 0.5;
        return r;
      }
    }
    // A village or neighbourhood named without a type word needs support from the rest of
    // the article (its province or district named, or a place next to it).
    if (m.type_word.empty() && IsVillageLike(best)) {
      double support = std::max(bc.a1 >= 0 ? ev.Admin1(bc.a1) - own.a1 : 0.0,
                                bc.a2 >= 0 ? ev.Admin2(bc.a2) - own.a2 : 0.0);
      if (support < 0.3 && Local(Near(i), bc) < 0.3) {
        chosen_[i] = -1;
        return r;
      }
    }
    // A settlement in a country the article is not about (a city named as such is trusted), or
    // a province whose name is a common word ("ولايات الشمال الغربي" in Nigeria: the north-west,
    // not Burkina Faso's Nord).
    const bool common_word = stopword_cue_[leader_[i]] != StopwordCue::kNone;
    if (((settlement && best.type != PlaceType::kCity) || best.type == PlaceType::kAdmin2 ||
         best.type == PlaceType::kAdmin3 || (common_word && best.type == PlaceType::kAdmin1)) &&
        cshare < 0.15 && main_country_ >= 0 && main_country_ != bc.country) {
      fell_back_[i] = true;
      return CanFallBack(m) ? Fallback(i, &best) : r;
    }
    // Two close-scoring settlements in different provinces.
    if (settlement && cs.size() > 1) {
      const Place& second = g_->place(cs[1].id);
      if (second.IsSettlement() && bc.score - cs[1].score < 0.4 && second.admin1 != best.admin1 &&
          KmBetween(best, second) > 15) {
        fell_back_[i] = true;
        if (!CanFallBack(m)) { chosen_[i] = -1; return r; }
        Resolution f = Fallback(i, &best);
        if (f.place && best.cc == second.cc && best.cc == f.place->cc) return f;
        // Nothing in the article decides: the common country.
        if (best.cc == second.cc && g_->Country(best.cc)) {
          f.place = g_->Country(best.cc);
          f.geo_precision = 3;
        }
        return f;
      }
    }

    // "منطقة الرابية غربي العاصمة عمّان": a place told by where it lies from another lies near
    // it; a namesake far away is not it, and the place it lies from is the best told.
    // (Not one in the province the place it lies from is in: "مديرية حيس جنوبي الحديدة" lies south
    // of the governorate, whose city shares its name.)
    if (const Place* from = ReferenceRightAfter(i); from && from->cc == best.cc && from->id != best.id &&
                                                    !Contains(*from, best) && KmBetween(*from, best) > kReferenceKm &&
                                                    (best.admin1 < 0 || best.admin1 != from->admin1)) {
      chosen_[i] = static_cast<int32_t>(from->id);  // (the area of unknown places named beside it)
      r.place = from;
      r.named = &best;
      r.geo_precision = 2;
      r.confidence = 0.5;
      return r;
    }
    r.place = &best;
    r.confidence = conf_[i];
    if (phon_[i]) {
      r.confidence *= 0.6;
      if (best.name_ar.empty()) r.written_ar = m.written;
    }
    // Outside the 19 covered countries: admin1 / country level.
    if (settlement && !best.covered) {
      r.named = &best;
      r.fallback = true;
      r.place = best.admin1 >= 0 ? &g_->place(static_cast<uint32_t>(best.admin1)) : g_->Country(best.cc);
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
        r.place = &g_->place(static_cast<uint32_t>(area));
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

  const Gazetteer* g_ = nullptr;
  const PlaceMention* m_ = nullptr;  // the article's mentions, n_ of them
  size_t n_ = 0;
  std::vector<std::pair<int32_t, double>> hint_countries_;  // the hints' country rows, with their evidence
  std::vector<int32_t> last_, first_of_name_;          // Run(): building the chains of names
  Evidence ev1_, ev2_;                                  // the evidence of pass 1 and 2
  std::vector<std::vector<Cand>> cands_;
  CandidateMemo memo_;                                  // BuildNamedCandidates()
  struct Ranked {
    double prior;
    uint32_t id;
  };
  std::vector<Ranked> ranked_;                          // BuildCandidates()
  std::vector<double> weight_;
  std::vector<TypeClass> cls_;
  std::vector<int32_t> chosen_, chosen1_;
  std::vector<Cand> chosen1_cand_;                      // by mention: its pass-1 choice (when chosen1_ >= 0)
  std::vector<uint64_t> cand_bits_;                     // by mention: its candidates' IdBits (all ones with a country)
  std::vector<uint64_t> id_bits_;                       // ... (not all ones)
  mutable AreaTally own_;                               // OwnTerms(): the sums of a name
  mutable int32_t own_leader_ = -1;                     // ... its leader
  mutable int own_pass_ = 0;                            // ... and pass
  std::vector<Own> own_best_;                           // by mention: OwnShare of its pass-2 choice
  std::vector<double> conf_, conf1_;
  std::vector<int32_t> leader_, next_;                  // mentions of one name
  std::vector<uint32_t> chain_length_;                  // by leader: how many mentions carry its name
  mutable std::vector<std::unique_ptr<Tally>> own_cache_[2];  // by pass and leader: OwnTable
  std::vector<uint32_t> by_position_;                   // mention indices ordered by span_begin
  std::vector<uint32_t> position_;                      // by mention: its place in by_position_
  struct Placed {                                       // a mention's span and name (AppendNear)
    uint32_t begin, end;                                // span_begin, span_end
    int32_t leader;                                     // leader_
    uint32_t mention;
  };
  std::vector<Placed> placed_;                          // by_position_'s mentions
  uint32_t longest_span_ = 0;                           // the longest span_end - span_begin
  std::vector<std::pair<uint32_t, double>> near_;       // (mention, proximity), by mention:
  std::vector<uint32_t> near_begin_;                    // near_[near_begin_[i] .. near_begin_[i + 1])
  std::vector<std::pair<uint32_t, double>> near_other_; // Near() of a mention not scored
  std::vector<Reading> readings_;                       // RelatedNeighbours()
  uint64_t related_bits_ = 0;                           // ... their candidates' IdBits
  std::vector<uint32_t> sound_ids_;                     // ReadBySound()
  // Flags by mention, a byte each (not vector<bool>: they are read in every loop over mentions).
  std::vector<uint8_t> has_country_, dropped_, fell_back_;
  std::vector<uint8_t> all_villages_;  // by mention: all its gazetteer ids are villages or neighbourhoods
  std::vector<StopwordCue> stopword_cue_;  // by leader
  std::vector<uint8_t> phon_;   // candidates found by sound (phonetic mention, or read by sound)
  std::vector<uint64_t> key_hash_;
  int32_t main_country_ = -1;     // the country row the article is about (most evidence)
  const Evidence* ev_ = nullptr;  // the final evidence (pass 2)
  // RASAD_GEO_DEBUG set (read when the thread's resolver is made): candidate scores on stderr.
  bool debug_ = std::getenv("RASAD_GEO_DEBUG") != nullptr;
};

}  // namespace

std::vector<Resolution> Geocoder::Resolve(const std::vector<PlaceMention>& mentions, const ContextHints& hints) const {
  thread_local Resolver resolver;
  std::vector<Resolution> out = resolver.Run(g_, mentions, hints);
  constexpr size_t kKeptMentions = 4096;  // a huge article's buffers are not kept for the next
  if (mentions.size() > kKeptMentions) resolver = Resolver();
  return out;
}

}  // namespace rasad::geo
