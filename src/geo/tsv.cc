#include "geo/tsv.h"

#include <bit>
#include <charconv>
#include <cstdint>
#include <cstring>

namespace rasad::geo {
namespace {

// Eight ASCII digits, as loaded from memory into v (the first in the lowest byte), as their
// value; false when one of the bytes is no digit. SWAR (after simdjson / D. Lemire): a test
// of all eight bytes, three multiplies.
[[gnu::always_inline]] inline bool EightDigits(uint64_t v, uint64_t& out) {
  if constexpr (std::endian::native != std::endian::little) return false;
  // Each byte is 0x30..0x39: its high nibble is 3, and adding 6 leaves it 3.
  if (((v & 0xF0F0F0F0F0F0F0F0) | (((v + 0x0606060606060606) & 0xF0F0F0F0F0F0F0F0) >> 4)) != 0x3333333333333333)
    return false;
  v -= 0x3030303030303030;
  v = v * 10 + (v >> 8);  // pairs of digits, in every other byte
  out = (((v & 0x000000FF000000FF) * (100 + (1000000ULL << 32))) +
         (((v >> 16) & 0x000000FF000000FF) * (1 + (10000ULL << 32)))) >> 32;
  return true;
}

[[gnu::always_inline]] inline bool EightDigits(const char* p, uint64_t& out) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return EightDigits(v, out);
}

// A decimal of eight bytes at p with its point after the first digit and before the last
// ("35.02976", "7.123456"): its digits as an integer (with a '0' before them they are eight
// digits, read at once) and how many follow the point; false for anything else.
[[gnu::always_inline]] inline bool EightByteDecimal(const char* p, uint64_t& mantissa, size_t& frac_digits) {
  if constexpr (std::endian::native != std::endian::little) return false;
  uint64_t v;
  std::memcpy(&v, p, 8);
  const uint64_t t = v ^ 0x2E2E2E2E2E2E2E2E;  // '.' bytes become 0
  const uint64_t zero = (t - 0x0101010101010101) & ~t & 0x8080808080808080;  // its lowest bit: the first 0
  if (zero == 0) return false;
  const unsigned point = static_cast<unsigned>(std::countr_zero(zero)) / 8;
  if (point == 0 || point >= 7) return false;
  const uint64_t before = v & ((uint64_t{1} << (8 * point)) - 1);
  const uint64_t after = v & ~((uint64_t{1} << (8 * (point + 1))) - 1);
  if (!EightDigits(0x30 | before << 8 | after, mantissa)) return false;  // (a second point fails here)
  frac_digits = 7 - point;
  return true;
}

// Reads the digits at p (up to end) into v; returns how many there were.
size_t ReadDigits(const char*& p, const char* end, uint64_t& v) {
  const char* start = p;
  for (unsigned d; p < end && (d = static_cast<unsigned>(*p - '0')) <= 9; ++p) v = v * 10 + d;
  return static_cast<size_t>(p - start);
}

}  // namespace

bool ParseInt(std::string_view s, int64_t& out) {
  if (s.empty()) { out = 0; return true; }
  const bool minus = s[0] == '-';
  const char* p = s.data() + (minus ? 1 : 0);
  const char* end = s.data() + s.size();
  if (p < end && end - p <= 18) {
    uint64_t v = 0;
    if (end - p >= 8 && EightDigits(p, v)) p += 8;
    ReadDigits(p, end, v);
    if (p == end) {
      out = minus ? -static_cast<int64_t>(v) : static_cast<int64_t>(v);
      return true;
    }
  }
  auto [q, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && q == s.data() + s.size();
}

bool ParseDouble(std::string_view s, double& out) {
  static constexpr double kPow10[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                      1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
  uint64_t mantissa = 0;
  size_t frac_digits = 0;
  if (s.size() == 8 && EightByteDecimal(s.data(), mantissa, frac_digits)) {  // (most coordinates)
    out = static_cast<double>(mantissa) / kPow10[frac_digits];
    return true;
  }
  mantissa = 0;
  frac_digits = 0;
  const bool minus = !s.empty() && s[0] == '-';
  const char* p = s.data() + (minus ? 1 : 0);
  const char* end = s.data() + s.size();
  const size_t int_digits = ReadDigits(p, end, mantissa);
  const bool dot = p < end && *p == '.';
  if (dot && int_digits > 0 && int_digits <= 15) {
    ++p;
    frac_digits = ReadDigits(p, end, mantissa);
  }
  if (p == end && int_digits > 0 && (!dot || frac_digits > 0) && int_digits + frac_digits <= 15) {
    const double v = static_cast<double>(mantissa) / kPow10[frac_digits];
    out = minus ? -v : v;
    return true;
  }
  auto [q, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && q == s.data() + s.size();
}

}  // namespace rasad::geo
