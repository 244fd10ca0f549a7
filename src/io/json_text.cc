#include "io/json_text.h"

#include <charconv>

#include <nlohmann/json.hpp>

namespace rasad::io {

bool IsValidUtf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  while (p < end) {
    const unsigned char c = *p;
    if (c < 0x80) {
      ++p;
      continue;
    }
    int n;            // continuation bytes
    unsigned char lo = 0x80, hi = 0xBF;  // the range of the first continuation byte
    if (c >= 0xC2 && c <= 0xDF) n = 1;
    else if (c == 0xE0) n = 2, lo = 0xA0;
    else if (c == 0xED) n = 2, hi = 0x9F;  // no surrogates
    else if (c >= 0xE1 && c <= 0xEF) n = 2;
    else if (c == 0xF0) n = 3, lo = 0x90;
    else if (c == 0xF4) n = 3, hi = 0x8F;  // nothing past U+10FFFF
    else if (c >= 0xF1 && c <= 0xF3) n = 3;
    else return false;
    if (end - p <= n) return false;
    if (p[1] < lo || p[1] > hi) return false;
    for (int i = 2; i <= n; ++i)
      if (p[i] < 0x80 || p[i] > 0xBF) return false;
    p += n + 1;
  }
  return true;
}

void AppendJsonString(std::string& out, std::string_view s) {
  // Almost every string is valid UTF-8 with nothing to escape: copied as is.
  bool plain = true;
  for (char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 0x20 || c == '"' || c == '\\') {
      plain = false;
      break;
    }
  }
  if (plain && IsValidUtf8(s)) {
    out += '"';
    out += s;
    out += '"';
    return;
  }
  // The rest goes through nlohmann itself, so that escapes and replacements are its own.
  out += nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void AppendJsonInt(std::string& out, int64_t v) {
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, end);
}

void AppendJsonDouble(std::string& out, double v) {
  // nlohmann's own shortest form ("36.0", "1e-05", null when not finite).
  out += nlohmann::json(v).dump();
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
