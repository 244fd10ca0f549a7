// Minimal UTF-8 decoding over ICU's macros: invalid sequences are reported,
// never read past the end of the buffer.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace rasad::text {

// Decodes the code point at s[i], advances i past it. Returns a negative value
// for an ill-formed sequence (i still advances by at least one byte).
int32_t NextCodePoint(std::string_view s, size_t& i);

// Appends the UTF-8 encoding of `cp` to `out`.
void AppendUtf8(std::string& out, int32_t cp);

// True when the whole string is well-formed UTF-8. On failure, *bad_offset (if
// given) receives the byte offset of the first ill-formed sequence.
bool IsValidUtf8(std::string_view s, size_t* bad_offset = nullptr);

// Replaces every ill-formed sequence with U+FFFD.
std::string RepairUtf8(std::string_view s);

// Number of code points.
size_t CodePointCount(std::string_view s);

}  // namespace rasad::text
