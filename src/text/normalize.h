// Normalization for matching. Arabic news spells one word many ways; rasad
// matches on a normalized copy and reports spans of the original, so evidence
// stays verbatim.
//
// The normalized copy:
//   - drops diacritics (harakat, tanwin, shadda, sukun, dagger alef, Quranic
//     marks), tatweel, quote marks (" “ ” „ « » ‹ › ' ‘ ’), bidi and zero-width
//     marks (LRM, RLM, ALM, embeddings, isolates, ZWJ, ZWNJ, BOM);
//   - folds أ إ آ ٱ -> ا, ؤ -> و, ئ -> ي, ة -> ه, ى -> ي, Persian ک ی ھ -> ك ي ه,
//     Arabic presentation forms through NFKC (ICU);
//   - writes Arabic-Indic and Persian digits as ASCII digits, ، ؛ ؟ ٫ ٬ ٪ as
//     , ; ? . , %, dashes as '-', Latin letters in lower case;
//   - collapses runs of horizontal white space to one ' ', keeps '\n';
//   - replaces ill-formed UTF-8 with ' '.
// For every normalized byte it records the original byte it came from.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/default_init.h"

namespace rasad::text {

struct NormalizedText {
  std::string text;               // the normalized copy
  // origin[i]: original offset of text[i]; origin[size] = original size. Grown
  // without zeroing: Normalize() writes every entry.
  std::vector<uint32_t, DefaultInitAllocator<uint32_t>> origin;

  // Original byte offset of a normalized offset (0 <= n <= text.size()).
  size_t ToOriginal(size_t n) const { return origin[n]; }
  // Original end offset for a normalized span ending at n (exclusive): the end
  // of the original character that produced text[n-1].
  size_t ToOriginalEnd(size_t n) const;
  std::string_view original;      // the text this was made from (not owned)
};

NormalizedText Normalize(std::string_view original);

// Normalizes a dictionary phrase: as Normalize, then trims and collapses all
// white space (newlines too) to single spaces. Used for every lexicon entry and
// gazetteer name so that they compare equal to normalized article text.
std::string NormalizeKey(std::string_view phrase);

namespace detail {
inline constexpr auto kWordBytes = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c)
    t[c] = c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return t;
}();
}  // namespace detail

// True for bytes that start or continue a word in normalized text: ASCII
// letters and digits, and any byte of a multi-byte character (Arabic letters).
inline bool IsWordByte(unsigned char c) { return detail::kWordBytes[c]; }

}  // namespace rasad::text
