// Casualties: the numbers of killed, wounded, killed-or-wounded and arrested
// that a stretch of text states, read around the casualty cues of cues.tsv:
// a number after a verb or noun of action ("مقتل 4"، "أصيب نحو 15"، "مقتل عنصر"
// = 1, "شخصين" = 2, "عشرات" = stated without a number), a number before a noun
// ("4 قتلى"، "170 بين قتيل وجريح"), a singular or dual noun that counts itself
// ("سقوط قتيل"), and who the victims were (civilians, fighters, soldiers...).
// Shared by the frame reader (per incident) and the tally reader (per summary).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>

#include "extract/analysis.h"
#include "extract/dictionary.h"

namespace rasad::extract {

// A count read at one place in the text.
struct Count {
  bool stated = false;                // a number or a counted noun stands there (maybe without a value)
  std::optional<int> value;
  std::optional<PersonGroup> group;   // who was counted, when a person noun says it
  size_t noun = SIZE_MAX;             // the token of the counted noun ("4 جنود"، "جندي"), if any
};

// The number that follows token t (up to token `limit`): "مقتل 4"، "أصيب نحو 15"،
// "مقتل عنصر" (1)، "شخصين" (2)، "عشرات" (stated, no value); "ضابط ومجندان" and
// "قيادي إلى جانب مقاتلين اثنين" add up.
Count CountAfter(const Analysis& a, const Dictionary& d, size_t t, size_t limit);

// How many people a person noun counts: its own value (1 "مدني"، 2 "مدنيان"), or
// 2 for a plural form that is a dual here ("مسلحين اثنين"، "مدنيَّين" vowelled), else 0.
int PersonCount(const Analysis& a, const Dictionary& d, const LexHit& person);

// Past what may stand between a verb (or its subject) and the number of its
// victims: commas, a bracketed alias and a date ("اعتقلت قوى الأمن الداخلي
// (الأسايش)، فجر الأحد الماضي، سبعة أشخاص").
size_t PastAsides(const Analysis& a, size_t t, size_t limit);

struct Casualties {
  std::optional<int> killed, wounded, killed_or_wounded, arrested;
  std::optional<PersonGroup> victims;
  bool none = false;  // "no one was hurt"
  int died_of_wounds = 0;  // wounded told before who have since died ("بعد وفاة أحد الجرحى")
};

// Every casualty cue whose clitics begin in [begin, end), with its number.
Casualties ReadCasualties(const Analysis& a, const Dictionary& dict, uint32_t begin, uint32_t end);

// The cue roles ReadCasualties reads (a casualty or arrest word, or "no one was hurt"):
// a stretch that holds no cue of them reads as Casualties{}.
constexpr bool ReadsCasualties(CueRole r) {
  switch (r) {
    case CueRole::kKill: case CueRole::kWound: case CueRole::kKillOrWound: case CueRole::kArrest:
    case CueRole::kKillNoun: case CueRole::kWoundNoun: case CueRole::kKowNoun: case CueRole::kNoCasualties: return true;
    default: return false;
  }
}

// Whether the sentence tells a toll that grew: "ارتفع عدد القتلى إلى 8"، "لترتفع حصيلة الهجوم
// إلى"، "ما يرفع حصيلة الشهداء إلى" (the toll of an incident told before, or a running total).
// Read only near a toll word: the cue "حصيلة", or "عدد" right before a casualty noun.
bool TollRises(const Analysis& a, const Dictionary& d, size_t sentence);

}  // namespace rasad::extract
