#include "geo/cues.h"

#include <array>
#include <unordered_map>

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
  TypeWord type;
  Direction before = Direction::kNone, after = Direction::kNone;
  PrepositionKind prep = PrepositionKind::kNone;
  bool not_name = false;
};

struct ViewHash {
  size_t operator()(std::string_view s) const { return NameIndex::Hash(s); }
};

const std::unordered_map<std::string_view, CueInfo, ViewHash>& Cues() {
  static const auto* table = [] {
    auto* t = new std::unordered_map<std::string_view, CueInfo, ViewHash>();
    for (const TypeEntry& e : kTypeWords) (*t)[e.form].type = {e.singular, e.cls, e.plural};
    for (const DirEntry& e : kBefore) (*t)[e.form].before = e.dir;
    for (const DirEntry& e : kAfter) (*t)[e.form].after = e.dir;
    for (const PrepEntry& e : kPrepositions) (*t)[e.form].prep = e.kind;
    for (std::string_view n : kNotNames) (*t)[n].not_name = true;
    return t;
  }();
  return *table;
}

const CueInfo* Find(std::string_view w) {
  const auto& t = Cues();
  auto it = t.find(w);
  return it == t.end() ? nullptr : &it->second;
}

}  // namespace

TypeWord LookupTypeWord(std::string_view w) {
  const CueInfo* c = Find(w);
  return c ? c->type : TypeWord{};
}

Direction LookupDirectionBefore(std::string_view w) {
  const CueInfo* c = Find(w);
  return c ? c->before : Direction::kNone;
}

Direction LookupDirectionAfter(std::string_view w) {
  const CueInfo* c = Find(w);
  return c ? c->after : Direction::kNone;
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
  return c ? c->prep : PrepositionKind::kNone;
}

bool IsNotAName(std::string_view w) {
  return Find(w) != nullptr;  // every cue word, and the listed adjectives and particles
}

}  // namespace rasad::geo
