#include "io/json_text.h"

#include <charconv>

#include <nlohmann/json.hpp>

#include "text/utf8.h"

namespace rasad::io {

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
  if (plain && text::IsValidUtf8(s)) {
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
