#include "geo/cues.h"

#include <algorithm>
#include <array>
#include <initializer_list>

#include "geo/name_index.h"

namespace rasad::geo {
namespace {

// All forms are normalized: ة -> ه, ى -> ي, أ إ آ -> ا.
struct TypeEntry {
  std::string_view form, singular;
  TypeClass cls;
  bool plural;
};

constexpr TypeEntry kTypeWords[] = {
    {"مدينه", "مدينه", TypeClass::kCity, false},       {"مدن", "مدينه", TypeClass::kCity, true},
    {"مدينتي", "مدينه", TypeClass::kCity, true},       {"بلده", "بلده", TypeClass::kTown, false},
    // "في العاصمة مقديشو"، "شرق العاصمة طرابلس": the capital is named like a city (not
    // "عاصمة X", the capital of the area X: "الفاشر عاصمة ولاية شمال دارفور").
    {"العاصمه", "مدينه", TypeClass::kCity, false},
    {"بلدات", "بلده", TypeClass::kTown, true},         {"بلدتي", "بلده", TypeClass::kTown, true},
    {"قريه", "قريه", TypeClass::kVillage, false},      {"قري", "قريه", TypeClass::kVillage, true},
    {"قريتي", "قريه", TypeClass::kVillage, true},      {"عزبه", "عزبه", TypeClass::kVillage, false},
    {"نجع", "نجع", TypeClass::kVillage, false},
    {"حي", "حي", TypeClass::kNeighbourhood, false},    {"احياء", "حي", TypeClass::kNeighbourhood, true},
    {"حيي", "حي", TypeClass::kNeighbourhood, true},    {"حاره", "حاره", TypeClass::kNeighbourhood, false},
    {"حارات", "حاره", TypeClass::kNeighbourhood, true}, {"ضاحيه", "ضاحيه", TypeClass::kNeighbourhood, false},
    {"مخيم", "مخيم", TypeClass::kCamp, false},         {"مخيمات", "مخيم", TypeClass::kCamp, true},
    {"مخيمي", "مخيم", TypeClass::kCamp, true},
    {"محافظه", "محافظه", TypeClass::kAdmin1, false},   {"محافظات", "محافظه", TypeClass::kAdmin1, true},
    {"محافظتي", "محافظه", TypeClass::kAdmin1, true},   {"ولايه", "ولايه", TypeClass::kAdmin1, false},
    {"ولايات", "ولايه", TypeClass::kAdmin1, true},     {"ولايتي", "ولايه", TypeClass::kAdmin1, true},
    {"اقليم", "اقليم", TypeClass::kAdmin1, false},     {"اقاليم", "اقليم", TypeClass::kAdmin1, true},
    {"منطقه", "منطقه", TypeClass::kArea, false},       {"مناطق", "منطقه", TypeClass::kArea, true},
    {"منطقتي", "منطقه", TypeClass::kArea, true},
    // "بمرتفعات جبل الشعانبي"، "مرتفعات الجولان": highlands named like an area.
    {"مرتفعات", "مرتفعات", TypeClass::kArea, false},
    {"مديريه", "مديريه", TypeClass::kAdmin2, false},   {"مديريات", "مديريه", TypeClass::kAdmin2, true},
    {"مديريتي", "مديريه", TypeClass::kAdmin2, true},   {"قضاء", "قضاء", TypeClass::kAdmin2, false},
    {"اقضيه", "قضاء", TypeClass::kAdmin2, true},       {"قضائي", "قضاء", TypeClass::kAdmin2, true},
    {"محليه", "محليه", TypeClass::kAdmin2, false},     {"محليات", "محليه", TypeClass::kAdmin2, true},
    {"مقاطعه", "مقاطعه", TypeClass::kAdmin2, false},   {"مقاطعات", "مقاطعه", TypeClass::kAdmin2, true},
    {"ناحيه", "ناحيه", TypeClass::kAdmin3, false},     {"نواحي", "ناحيه", TypeClass::kAdmin3, true},
    {"ناحيتي", "ناحيه", TypeClass::kAdmin3, true},     {"بلديه", "بلديه", TypeClass::kAdmin3, false},
    {"بلديات", "بلديه", TypeClass::kAdmin3, true},
    {"ريف", "ريف", TypeClass::kCountryside, false},    {"ارياف", "ريف", TypeClass::kCountryside, true},
    {"ريفي", "ريف", TypeClass::kCountryside, true},    {"باديه", "باديه", TypeClass::kCountryside, false},
    {"قاعده", "قاعده", TypeClass::kSite, false},       {"مطار", "مطار", TypeClass::kSite, false},
    {"معبر", "معبر", TypeClass::kSite, false},         {"ميناء", "ميناء", TypeClass::kSite, false},
    {"حقل", "حقل", TypeClass::kSite, false},           {"سجن", "سجن", TypeClass::kSite, false},
};

struct DirEntry {
  std::string_view form;
  Direction dir;
};

constexpr DirEntry kBefore[] = {
    {"شمال", Direction::kN}, {"شمالي", Direction::kN}, {"جنوب", Direction::kS}, {"جنوبي", Direction::kS},
    {"شرق", Direction::kE},  {"شرقي", Direction::kE},  {"غرب", Direction::kW},  {"غربي", Direction::kW},
    {"وسط", Direction::kCentre},
};

constexpr DirEntry kAfter[] = {
    {"الشمالي", Direction::kN}, {"الشماليه", Direction::kN}, {"الجنوبي", Direction::kS},
    {"الجنوبيه", Direction::kS}, {"الشرقي", Direction::kE},  {"الشرقيه", Direction::kE},
    {"الغربي", Direction::kW},  {"الغربيه", Direction::kW},  {"الاوسط", Direction::kCentre},
    {"الوسطي", Direction::kCentre},
};

constexpr std::string_view kArticle = "\xD8\xA7\xD9\x84";  // ال
constexpr bool AllBeginWithTheArticle() {
  for (const DirEntry& e : kAfter)
    if (!e.form.starts_with(kArticle)) return false;
  return true;
}
static_assert(AllBeginWithTheArticle(), "LookupDirectionAfter skips words without the article");

struct PrepEntry {
  std::string_view form;
  PrepositionKind kind;
};

constexpr PrepEntry kPrepositions[] = {
    {"في", PrepositionKind::kAt},     {"عند", PrepositionKind::kAt},    {"داخل", PrepositionKind::kAt},
    {"من", PrepositionKind::kAt},     {"الي", PrepositionKind::kAt},    {"نحو", PrepositionKind::kAt},
    {"علي", PrepositionKind::kAt},    {"طريق", PrepositionKind::kAt},   {"اتجاه", PrepositionKind::kAt},
    {"تجاه", PrepositionKind::kAt},   {"خارج", PrepositionKind::kNear}, {"قرب", PrepositionKind::kNear},
    {"القرب", PrepositionKind::kNear}, {"محيط", PrepositionKind::kNear}, {"اطراف", PrepositionKind::kNear},
    {"ضواحي", PrepositionKind::kNear}, {"مدخل", PrepositionKind::kNear}, {"مداخل", PrepositionKind::kNear},
    {"مشارف", PrepositionKind::kNear}, {"تخوم", PrepositionKind::kNear}, {"حول", PrepositionKind::kNear},
    {"جوار", PrepositionKind::kNear},
};

constexpr std::string_view kNotNames[] = {
    "صغيره", "كبيره", "مجاوره", "قريبه", "بعيده", "واحده", "اخري", "نائيه", "حدوديه", "سكنيه", "سكني",
    "جديده", "قديمه", "مهجوره", "محاصره", "محتله", "صناعيه", "ساحليه", "تابعه", "واقعه", "حيث", "التي",
    "الذي", "كان", "كانت", "في", "من", "علي", "الي", "عن", "مع", "بعد", "قبل", "خلال", "عده", "عدد", "كل",
    "اي", "هذه", "هذا", "تلك", "ذلك", "اخر", "اخرين", "مختلفه", "عدده", "عسكري", "عسكريه", "امني", "امنيه",
    "رئيسي", "رئيسيه", "الكترونيه", "سوري", "سوريه", "عراقي", "عراقيه", "يمني", "يمنيه", "فلسطيني",
    "فلسطينيه", "لبناني", "لبنانيه", "مصري", "مصريه", "ليبي", "ليبيه", "سوداني", "سودانيه", "تركي", "تركيه",
    "اسرائيلي", "اسرائيليه", "ايراني", "ايرانيه", "روسي", "روسيه", "امريكي", "امريكيه", "تابع", "لها",
    "له", "لهم", "فيها", "فيه", "بها", "به", "منها", "منه", "عليها", "عليه", "اليها", "اليه", "حتي", "ثم",
    "او", "ام", "لا", "لم", "لن", "قد", "ما", "ان", "انه", "انها", "بين", "منذ", "ضمن", "دون", "غير",
    "نفسها", "نفسه", "المذكوره", "المذكور", "ذاتها", "ذاته", "مدمره", "خاليه", "امنه",
};

// All cue words in one hash table (these lookups run for many tokens of every article).
struct CueInfo {
  CueWord word;
  bool cue = false;  // a type word, direction or preposition (else only a non-name)
};

// A small open-addressing table (built once; a few hundred words).
class CueTable {
 public:
  CueTable() {
    for (const TypeEntry& e : kTypeWords) {
      CueInfo& c = Slot(e.form);
      c.word.type = {e.singular, e.cls, e.plural};
      c.cue = true;
    }
    for (const DirEntry& e : kBefore) {
      CueInfo& c = Slot(e.form);
      c.word.before = e.dir;
      c.cue = true;
    }
    for (const DirEntry& e : kAfter) {
      CueInfo& c = Slot(e.form);
      c.word.after = e.dir;
      c.cue = true;
    }
    for (const PrepEntry& e : kPrepositions) {
      CueInfo& c = Slot(e.form);
      c.word.prep = e.kind;
      c.cue = true;
    }
    for (std::string_view n : kNotNames) Slot(n);
  }

  // Most words asked are no cue: their slot is empty, or holds another hash.
  const CueInfo* Find(std::string_view w) const {
    if (w.size() > longest_ || w.size() < 4) return nullptr;
    const uint64_t h = Hash(w);
    for (size_t i = h & (kSize - 1);; i = (i + 1) & (kSize - 1)) {
      if (keys_[i].empty()) return nullptr;
      if (hashes_[i] == h && keys_[i] == w) return &info_[i];
    }
  }

 private:
  static constexpr size_t kSize = 1024;

  // A hash for words of 4 bytes or more: their first and last 8 (or 4) bytes and their
  // length, one multiply (cheaper than NameIndex::Hash; the words are few and short).
  static uint64_t Hash(std::string_view w) {
    using name_index_detail::Load32;
    using name_index_detail::Load64;
    const size_t n = w.size();
    const uint64_t a = n >= 8 ? Load64(w.data()) : Load32(w.data());
    const uint64_t b = n >= 8 ? Load64(w.data() + n - 8) : Load32(w.data() + n - 4);
    const uint64_t x = (a ^ (b * 0x9E3779B97F4A7C15ull) ^ n) * 0xD6E8FEB86659FD93ull;
    return x ^ (x >> 32);
  }

  CueInfo& Slot(std::string_view w) {
    longest_ = std::max(longest_, w.size());
    const uint64_t h = Hash(w);
    for (size_t i = h & (kSize - 1);; i = (i + 1) & (kSize - 1)) {
      if (keys_[i].empty()) {
        keys_[i] = w;
        hashes_[i] = h;
        return info_[i];
      }
      if (keys_[i] == w) return info_[i];
    }
  }

  std::array<std::string_view, kSize> keys_{};
  std::array<uint64_t, kSize> hashes_{};
  std::array<CueInfo, kSize> info_{};
  size_t longest_ = 0;
};

// Built before main (no static initializer looks a cue up): no guard on every lookup.
const CueTable kCueTable;

// How words end: a bit for the second bytes of their last two letters (a letter of another
// lead byte with the same second byte only sets a bit needlessly).
class Endings {
 public:
  void Add(std::string_view w) {
    if (w.size() >= 4) bits_[Key(w) >> 6] |= uint64_t{1} << (Key(w) & 63);
  }
  // False when w does not end like any word added (every cue has two letters or more).
  bool May(std::string_view w) const { return w.size() >= 4 && ((bits_[Key(w) >> 6] >> (Key(w) & 63)) & 1); }

 private:
  static size_t Key(std::string_view w) {
    return (static_cast<size_t>(static_cast<unsigned char>(w[w.size() - 3])) << 8) |
           static_cast<unsigned char>(w[w.size() - 1]);
  }
  std::array<uint64_t, 1024> bits_{};  // 2^16 bits
};

// The endings of the type words, and of all cue words (LookupCue's).
struct CueEndings {
  CueEndings() {
    for (const TypeEntry& e : kTypeWords) {
      type.Add(e.form);
      cue.Add(e.form);
    }
    for (const DirEntry& e : kBefore) cue.Add(e.form);
    for (const DirEntry& e : kAfter) cue.Add(e.form);
    for (const PrepEntry& e : kPrepositions) cue.Add(e.form);
  }
  Endings type, cue;
};

const CueEndings kCueEndings;

const CueInfo* Find(std::string_view w) { return kCueTable.Find(w); }

}  // namespace

const CueWord* LookupCue(std::string_view w) {
  const CueInfo* c = Find(w);
  return c && c->cue ? &c->word : nullptr;
}

bool MayEndWithTypeWord(std::string_view w) { return kCueEndings.type.May(w); }
bool MayEndWithCue(std::string_view w) { return kCueEndings.cue.May(w); }

TypeWord LookupTypeWord(std::string_view w) {
  const CueInfo* c = Find(w);
  return c ? c->word.type : TypeWord{};
}

namespace {

// The normalized singular type words of these classes.
std::vector<std::string_view> SingularForms(std::initializer_list<TypeClass> classes) {
  std::vector<std::string_view> out;
  for (const TypeEntry& e : kTypeWords)
    if (!e.plural && std::find(classes.begin(), classes.end(), e.cls) != classes.end()) out.push_back(e.form);
  return out;
}

}  // namespace

std::vector<std::string_view> SettlementTypeWordForms() {
  return SingularForms(
      {TypeClass::kCity, TypeClass::kTown, TypeClass::kVillage, TypeClass::kCamp, TypeClass::kNeighbourhood});
}

std::vector<std::string_view> AdminTypeWordForms() {
  return SingularForms({TypeClass::kAdmin1, TypeClass::kArea, TypeClass::kAdmin2, TypeClass::kAdmin3});
}

std::vector<std::string_view> NearWordForms() {
  std::vector<std::string_view> out;
  for (const PrepEntry& e : kPrepositions)
    if (e.kind == PrepositionKind::kNear) out.push_back(e.form);
  return out;
}

Direction LookupDirectionBefore(std::string_view w) {
  const CueInfo* c = Find(w);
  return c ? c->word.before : Direction::kNone;
}

Direction LookupDirectionAfter(std::string_view w) {
  if (!w.starts_with(kArticle)) return Direction::kNone;  // (most words after a name)
  const CueInfo* c = Find(w);
  return c ? c->word.after : Direction::kNone;
}

Direction Combine(Direction ns, Direction ew) {
  if (ns == Direction::kN && ew == Direction::kE) return Direction::kNE;
  if (ns == Direction::kN && ew == Direction::kW) return Direction::kNW;
  if (ns == Direction::kS && ew == Direction::kE) return Direction::kSE;
  if (ns == Direction::kS && ew == Direction::kW) return Direction::kSW;
  return Direction::kNone;
}

PrepositionKind LookupPreposition(std::string_view w) {
  const CueInfo* c = Find(w);
  return c ? c->word.prep : PrepositionKind::kNone;
}

bool IsNotAName(std::string_view w) {
  return Find(w) != nullptr;  // every cue word, and the listed adjectives and particles
}

}  // namespace rasad::geo
