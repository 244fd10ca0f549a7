// What the geocoder finds in an article and what it decides:
//   PlaceMention   a place name in the normalized text, its cues and candidates
//   ContextHints   what the rest of the article says (countries of actors, source)
//   Resolution     one place (or none) per mention, with ACLED precision
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace rasad::geo {

struct Place;

enum class Direction : uint8_t { kNone, kN, kS, kE, kW, kNE, kNW, kSE, kSW, kCentre };

struct PlaceMention {    // a place name found in an article (normalized offsets)
  uint32_t begin = 0, end = 0;            // the name itself, clitics excluded
  uint32_t span_begin = 0, span_end = 0;  // including type word, "ريف", direction qualifiers
  std::vector<uint32_t> candidates;       // gazetteer ids that carry this name
  std::string type_word;          // normalized cue before the name ("بلده", "مخيم", "محافظه", "ريف"...), or ""
  Direction direction = Direction::kNone;  // "شرقي X", "ريف X الشرقي", "شمال غربي X"...
  bool countryside = false;       // "ريف X"
  bool strong = false;            // preceded by a type word or preposition in/at/near (في، ب، قرب، بالقرب من، على طريق…)

  // Added members.
  std::string key;                // the canonical name looked up (normalized, tokens joined by ' ')
  bool near = false;              // "قرب X"، "بالقرب من X"، "محيط X"، "أطراف X"، "ضواحي X"
  bool coordinated = false;       // "... X و Y": cues inherited from the previous mention
  uint32_t sentence = 0;          // which sentence of the text (counted from 0 at newlines and . ! ? ;)
  bool unknown = false;           // a settlement type word followed by a name the gazetteer lacks
                                  // (in Arabic: it may have phonetic candidates)
  bool has_preposition = false;   // a locative preposition (or the proclitic بـ) before the span
  bool phonetic = false;          // no Arabic name matched: candidates are places whose Latin name sounds
                                  // like it ("قرية كاونجو" -> Kaongo), see phonetic.h; lower confidence
  std::string written;            // phonetic mentions (and those with sound_min_key): the name as the
                                  // article writes it (original text)
  uint8_t sound_min_key = 0;      // a name with Arabic-name candidates, after a type word or "near", may
                                  // also be a place whose Latin name sounds like it: nonzero, the fewest
                                  // consonant classes of its sound's key (Gazetteer::SoundAlike). Resolve
                                  // looks such places up only when none of the candidates is in a
                                  // country the article supports (`written` is set for them)
};

struct ContextHints {     // what the rest of the article says
  std::vector<std::pair<std::string, double>> countries;  // ISO2 with weights, e.g. from actors and the source
};

struct Resolution {
  const Place* place = nullptr;   // what to report (nullptr: not a place / dropped)
  int geo_precision = 0;          // ACLED: 1 the place itself, 2 near it / its area, 3 province (or wider)
  double confidence = 0;          // 0..1

  // Added members.
  const Place* named = nullptr;   // the gazetteer place the text names, when `place` is an enclosing
                                  // area chosen instead (fallback); nullptr otherwise
  bool fallback = false;          // place is an enclosing admin area / country, not the named place
  std::string written_ar;         // a place without an Arabic name found by its sound: the article's
                                  // spelling, reported as location_ar
};

}  // namespace rasad::geo
