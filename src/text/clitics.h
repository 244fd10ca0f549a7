// Arabic clitics around a normalized word. Proclitics: an optional
// conjunction (و ف), an optional preposition (ب ل ك), an optional article
// (ال), with ل + ال written لل. Enclitic pronouns: ه ها هم هما هن كم كما نا ي.
// Dictionaries hold bare forms; matching peels clitics off the text.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace rasad::text {

// True when `prefix` (normalized) is a well-formed proclitic chain, the empty
// string included: و، ف، ب، ل، ك، ال، وال، بال، لل، ولل، وب، فب...
bool IsProcliticChain(std::string_view prefix);

// The longest proclitic chain in bytes (وبال: four letters of two bytes); a
// longer prefix is never a chain.
inline constexpr size_t kMaxProcliticBytes = 8;

// True when `prefix` is a chain that ends in the article (ال or لل).
bool ProcliticHasArticle(std::string_view prefix);

// Every split of `word` into (proclitic chain, stem) with a non-empty stem of
// at least two letters, the unsplit word first, then longer prefixes.
std::vector<std::string_view> StemCandidates(std::string_view word);

// The word without a trailing enclitic pronoun, or the word itself.
std::string_view StripEnclitic(std::string_view word);

}  // namespace rasad::text
