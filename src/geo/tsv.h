// Small helpers for the tab-separated data files of the geo stage.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace rasad::geo {

// Calls f(line) for every line of `s` (without the '\n').
template <typename F>
void ForEachLine(std::string_view s, F&& f) {
  size_t start = 0;
  while (start < s.size()) {
    size_t nl = s.find('\n', start);
    if (nl == std::string_view::npos) nl = s.size();
    f(s.substr(start, nl - start));
    start = nl + 1;
  }
}

inline std::vector<std::string_view> SplitOn(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  out.reserve(static_cast<size_t>(std::count(s.begin(), s.end(), sep)) + 1);
  size_t start = 0;
  for (;;) {
    size_t p = s.find(sep, start);
    if (p == std::string_view::npos) {
      out.push_back(s.substr(start));
      return out;
    }
    out.push_back(s.substr(start, p - start));
    start = p + 1;
  }
}

inline std::vector<std::string_view> SplitTabs(std::string_view s) { return SplitOn(s, '\t'); }

// The first line of s (up to its first '\n', else all of s) split on sep (not '\n') into a
// fixed array, without allocating: the first N fields are stored, the number of fields the
// line has is returned, and line_size is set to the line's length. With SSE2, 16 bytes at a
// time are searched for both the separators and the line's end (the gazetteer has ~15 short
// fields on each of its 145,000 lines: one memchr per field, or per line, cost more in call
// overhead than in search).
template <size_t N>
size_t SplitFirstLine(std::string_view s, char sep, std::array<std::string_view, N>& fields, size_t& line_size) {
  size_t n = 0, start = 0;
  auto field_ends_at = [&](size_t p) {
    if (n < N) fields[n] = std::string_view(s.data() + start, p - start);
    ++n;
    start = p + 1;
  };
  size_t i = 0;
  bool ended = false;
#if defined(__SSE2__)
  const __m128i seps = _mm_set1_epi8(sep), newlines = _mm_set1_epi8('\n');
  for (; i + 16 <= s.size(); i += 16) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    unsigned at_sep = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, seps)));
    const unsigned at_newline = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, newlines)));
    if (at_newline != 0) at_sep &= (1u << __builtin_ctz(at_newline)) - 1;  // the separators before it
    for (; at_sep != 0; at_sep &= at_sep - 1) field_ends_at(i + static_cast<size_t>(__builtin_ctz(at_sep)));
    if (at_newline != 0) {
      i += static_cast<size_t>(__builtin_ctz(at_newline));
      ended = true;
      break;
    }
  }
#endif
  for (; !ended && i < s.size() && s[i] != '\n'; ++i)
    if (s[i] == sep) field_ends_at(i);
  if (n < N) fields[n] = std::string_view(s.data() + start, i - start);
  line_size = i;
  return n + 1;
}

// Reads a whole field as an integer ("" is 0). Up to 18 digits (all the gazetteer holds) are
// read here, the first eight at once when there are that many; anything else goes to
// std::from_chars, so the result is always its.
bool ParseInt(std::string_view s, int64_t& out);

// Reads a whole field as a double, with the value std::from_chars gives. A plain decimal
// ("-12.3456") of at most 15 digits is its digits as an integer divided by a power of ten,
// both exact doubles, so the one rounding of the division gives the correctly rounded value
// (Clinger's fast path); a coordinate of eight bytes ("35.02976") has its digits read at once;
// anything else goes to std::from_chars.
bool ParseDouble(std::string_view s, double& out);

inline std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace rasad::geo
