#include "text/utf8.h"

#include <unicode/utf8.h>

#include <bit>
#include <cstdint>
#include <cstring>

namespace rasad::text {

int32_t NextCodePoint(std::string_view s, size_t& i) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t n = static_cast<int32_t>(s.size());
  int32_t k = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(p, k, n, c);
  i = static_cast<size_t>(k);
  return c;
}

void AppendUtf8(std::string& out, int32_t cp) {
  uint8_t buf[4];
  int32_t len = 0;
  UBool error = false;
  U8_APPEND(buf, len, 4, cp, error);
  if (!error) out.append(reinterpret_cast<const char*>(buf), static_cast<size_t>(len));
}

bool IsValidUtf8(std::string_view s, size_t* bad_offset) {
  size_t i = 0;
  while (i < s.size()) {
    // Eight bytes at once when they are ASCII, or four two-byte characters
    // (110xxxxx 10xxxxxx, the lead C2..DF: not all of its bits 1..4 clear).
    if (i + 8 <= s.size()) {
      uint64_t w;
      std::memcpy(&w, s.data() + i, sizeof w);
      if ((w & 0x8080808080808080ull) == 0) {
        i += 8;
        continue;
      }
      if constexpr (std::endian::native == std::endian::little) {
        if ((w & 0xC0E0C0E0C0E0C0E0ull) == 0x80C080C080C080C0ull &&
            (((w & 0x001E001E001E001Eull) + 0x7FFF7FFF7FFF7FFFull) & 0x8000800080008000ull) == 0x8000800080008000ull) {
          i += 8;
          continue;
        }
      }
    }
    size_t at = i;
    auto b = static_cast<uint8_t>(s[i]);
    if (b < 0x80) { ++i; continue; }
    // Two bytes (Arabic): a lead byte C2..DF and a continuation byte are always well-formed.
    if (b >= 0xC2 && b <= 0xDF && i + 1 < s.size() && (static_cast<uint8_t>(s[i + 1]) & 0xC0) == 0x80) {
      i += 2;
      continue;
    }
    if (NextCodePoint(s, i) < 0) {
      if (bad_offset) *bad_offset = at;
      return false;
    }
  }
  return true;
}

std::string RepairUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    size_t at = i;
    int32_t c = NextCodePoint(s, i);
    if (c < 0) AppendUtf8(out, 0xFFFD);
    else out.append(s.substr(at, i - at));
  }
  return out;
}

size_t CodePointCount(std::string_view s) {
  size_t n = 0, i = 0;
  while (i < s.size()) { NextCodePoint(s, i); ++n; }
  return n;
}

}  // namespace rasad::text
