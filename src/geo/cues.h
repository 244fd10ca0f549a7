// The words around a place name that say what kind of place it is and where
// the event is relative to it: type words (مدينة، بلدة، محافظة، ريف...), direction
// qualifiers (شرقي، شمال غربي، الشمالي...) and locative prepositions (في، قرب...).
// All lookups take normalized words (text::NormalizeKey form) without clitics.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "geo/mention.h"

namespace rasad::geo {

// What a type word says about the place after it.
enum class TypeClass : uint8_t {
  kNone,
  kCity,          // مدينة
  kTown,          // بلدة
  kVillage,       // قرية
  kNeighbourhood, // حي، حارة، ضاحية
  kCamp,          // مخيم
  kAdmin1,        // محافظة، ولاية، إقليم
  kArea,          // منطقة
  kAdmin2,        // مديرية، قضاء، محلية، مقاطعة
  kAdmin3,        // ناحية، بلدية
  kCountryside,   // ريف، بادية
  kSite,          // قاعدة، مطار، معبر، ميناء، حقل، سجن
};

enum class PrepositionKind : uint8_t { kNone, kAt, kNear };

struct TypeWord {
  std::string_view singular;  // normalized singular form ("بلده")
  TypeClass cls = TypeClass::kNone;
  bool plural = false;        // plural or dual ("بلدات", "بلدتي"): applies to coordinated names
};

// The type word `w` (normalized, clitics removed), or cls == kNone.
TypeWord LookupTypeWord(std::string_view w);

// Everything the cue tables say about one word.
struct CueWord {
  TypeWord type;
  Direction before = Direction::kNone, after = Direction::kNone;
  PrepositionKind prep = PrepositionKind::kNone;
};

// The cue word `w` (normalized, clitics removed), or nullptr when it is none of them.
const CueWord* LookupCue(std::string_view w);

// False when no reading of the word w (itself, or without proclitics: all end where w ends)
// can be a type word, none of which ends in w's last two letters; a quick test before the
// readings are looked up.
bool MayEndWithTypeWord(std::string_view w);
// The same for every cue word (LookupCue).
bool MayEndWithCue(std::string_view w);

// The normalized singular settlement type words (مدينه، بلده، قريه، مخيم، حي...), the cues
// after which an unknown word is taken as a place name.
std::vector<std::string_view> SettlementTypeWordForms();
// The normalized singular admin and area type words (محافظه، ولايه، اقليم، منطقه، مقاطعه،
// مديريه، محليه، قضاء، ناحيه، بلديه), after which a name may be looked up by its sound.
std::vector<std::string_view> AdminTypeWordForms();
// The "near" words (قرب، ضواحي، محيط، اطراف...; PrepositionKind::kNear).
std::vector<std::string_view> NearWordForms();

// Direction before a name: "شمال"، "شمالي"، "شرق"... and "وسط" (kCentre).
Direction LookupDirectionBefore(std::string_view w);
// Direction after a name: "الشمالي"، "الشرقيه"، "الاوسط"...
Direction LookupDirectionAfter(std::string_view w);
// Combines N/S with E/W ("شمال" + "غربي" -> kNW); kNone when they do not combine.
Direction Combine(Direction ns, Direction ew);

// Locative prepositions and nouns before a place: في، عند، داخل، من، الى، نحو، على، طريق
// (kAt); قرب، محيط، اطراف، ضواحي، مدخل، مشارف (kNear).
PrepositionKind LookupPreposition(std::string_view w);

// Adjectives and common words that follow a settlement type word and are not a
// name ("قرية مجاورة", "بلدة صغيرة"): no unknown-place mention is made for them.
bool IsNotAName(std::string_view w);

}  // namespace rasad::geo
