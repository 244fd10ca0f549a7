// Numbers as Arabic news writes them: digits (any script, after
// normalization), grouped digits (1,500), words with gender and case endings
// (ثلاثة، ثلاث، ثلاثين، ثلاثون), compounds (خمسة عشر، ثلاثة وعشرين), hundreds and
// thousands (مئة، مائتين، ألف، آلاف، 10 آلاف), with qualifiers:
//   أكثر من / ما يزيد عن / ما لا يقل عن N -> N (at least)
//   نحو / قرابة / حوالي / زهاء / ما يقارب N -> N (approximately)
//   عشرات / مئات / عدد من / العديد من / عدة / بضعة -> stated but vague (no value)
// Dual and singular nouns ("عنصرين" = 2, "مقتل عنصر" = 1) are the caller's job:
// they depend on the noun lexicon.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "text/tokenize.h"

namespace rasad::parse {

enum class Qualifier : uint8_t { kExact, kAtLeast, kApprox, kVague };

struct Quantity {
  uint32_t begin = 0, end = 0;   // normalized span, qualifier included
  uint32_t first_token = 0, next_token = 0;  // token range [first, next)
  std::optional<long> value;     // nullopt when vague
  Qualifier qualifier = Qualifier::kExact;
};

// Reads a quantity that starts at token `i` (a qualifier, a digit group or a
// number word, with proclitics و ب ل allowed on the first word).
std::optional<Quantity> ParseQuantity(std::string_view s, const std::vector<text::Token>& toks, size_t i);

// Value of a single number word (normalized, without clitics), or -1. Exposed
// for the noun and date parsers.
long NumberWordValue(std::string_view word);

// Day-of-month ordinals: الأول = 1 ... الحادي والثلاثين = 31. Returns the value and
// sets *next to the token after; -1 when there is none at token i.
int ParseOrdinalDay(std::string_view s, const std::vector<text::Token>& toks, size_t i, size_t* next);

}  // namespace rasad::parse
