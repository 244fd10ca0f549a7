#include "io/json_text.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

#include <nlohmann/json.hpp>
#include <simdjson.h>

#include "text/utf8.h"

namespace rasad::io {

namespace {

// True when one of the eight bytes of `w` is below 0x20, a quote or a backslash
// (the bytes JSON escapes). Each test is the exact "some byte is zero / below n" trick.
bool AnyToEscape(uint64_t w) {
  constexpr uint64_t k01 = 0x0101010101010101ull, k80 = 0x8080808080808080ull;
  auto any_zero = [](uint64_t x) { return (x - k01) & ~x & k80; };
  return ((w - 0x20 * k01) & ~w & k80) | any_zero(w ^ ('"' * k01)) | any_zero(w ^ ('\\' * k01));
}

bool ToEscape(unsigned char c) { return c < 0x20 || c == '"' || c == '\\'; }

// True when every byte of s is ASCII that JSON writes as it is (no control
// byte, quote or backslash): such a string is valid UTF-8 and needs no escape.
bool PlainAscii(std::string_view s) {
  constexpr uint64_t k80 = 0x8080808080808080ull;
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    if ((w & k80) != 0 || AnyToEscape(w)) return false;
  }
  for (; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80 || ToEscape(c)) return false;
  }
  return true;
}

#if defined(__x86_64__)
// From s[i], past the 32-byte windows that hold no byte to escape (AVX2).
[[gnu::target("avx2")]] size_t PastPlain32(std::string_view s, size_t i) {
  const __m256i quote = _mm256_set1_epi8('"'), backslash = _mm256_set1_epi8('\\'), control = _mm256_set1_epi8(0x1F);
  while (i + 32 <= s.size()) {
    const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s.data() + i));
    const __m256i below_space = _mm256_cmpeq_epi8(_mm256_max_epu8(v, control), control);  // unsigned v <= 0x1F
    const __m256i escaped =
        _mm256_or_si256(below_space, _mm256_or_si256(_mm256_cmpeq_epi8(v, quote), _mm256_cmpeq_epi8(v, backslash)));
    if (!_mm256_testz_si256(escaped, escaped)) break;
    i += 32;
  }
  return i;
}
#endif

// nlohmann's escape of a byte below 0x20, a quote or a backslash.
void AppendEscape(std::string& out, unsigned char c) {
  switch (c) {
    case '\b': out += "\\b"; return;
    case '\t': out += "\\t"; return;
    case '\n': out += "\\n"; return;
    case '\f': out += "\\f"; return;
    case '\r': out += "\\r"; return;
    case '"': out += "\\\""; return;
    case '\\': out += "\\\\"; return;
    default: {
      static constexpr char kHex[] = "0123456789abcdef";
      const char u[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
      out.append(u, sizeof u);
    }
  }
}

}  // namespace

void AppendJsonString(std::string& out, std::string_view s) {
  // simdjson's validator pays a dispatch per call: short strings take the plain check.
  constexpr size_t kLong = 64;
  // Most field values are short ASCII (codes, dates, English names): one pass
  // tells they need neither the UTF-8 check nor an escape.
  if (s.size() < kLong && PlainAscii(s)) {
    const size_t at = out.size();
    out.resize(at + s.size() + 2);
    char* p = out.data() + at;
    p[0] = '"';
    std::memcpy(p + 1, s.data(), s.size());
    p[s.size() + 1] = '"';
    return;
  }
  if (s.size() >= kLong ? !simdjson::validate_utf8(s.data(), s.size()) : !text::IsValidUtf8(s)) {
    // Invalid UTF-8: nlohmann's replacement rules, through nlohmann itself.
    out += nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return;
  }
  out.reserve(out.size() + s.size() + 2);
  out += '"';
  // 32 bytes (with AVX2), else eight at a time while none needs an escape;
  // runs are appended whole.
#if defined(__x86_64__)
  static const bool avx2 = __builtin_cpu_supports("avx2");
#endif
  size_t run = 0, i = 0;
  while (i < s.size()) {
#if defined(__x86_64__)
    if (avx2 && i + 32 <= s.size()) {
      if (const size_t past = PastPlain32(s, i); past != i) {
        i = past;
        continue;
      }
    }
#endif
    if (i + 8 <= s.size()) {
      uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      if (!AnyToEscape(w)) {
        i += 8;
        continue;
      }
    }
    for (size_t stop = std::min(i + 8, s.size()); i < stop; ++i) {
      const auto c = static_cast<unsigned char>(s[i]);
      if (!ToEscape(c)) continue;
      out.append(s.data() + run, i - run);
      AppendEscape(out, c);
      run = i + 1;
    }
  }
  out.append(s.data() + run, s.size() - run);
  out += '"';
}

void AppendJsonInt(std::string& out, int64_t v) {
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, end);
}

void AppendJsonDouble(std::string& out, double v) {
  // nlohmann's own shortest form ("36.0", "1e-05", null when not finite), from
  // the routine its serializer calls, without building a json value.
  if (!std::isfinite(v)) {
    out += "null";
    return;
  }
  char buf[64];
  char* end = nlohmann::detail::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, end);
}

void AppendJsonStringOrNull(std::string& out, std::string_view s) {
  if (s.empty()) out += "null";
  else AppendJsonString(out, s);
}

void AppendJsonIntOrNull(std::string& out, const std::optional<int>& v) {
  if (v) AppendJsonInt(out, *v);
  else out += "null";
}

}  // namespace rasad::io
