#include "io/charset.h"

#include <algorithm>
#include <climits>

#include <unicode/unistr.h>

#include "io/ascii.h"
#include "text/utf8.h"

namespace rasad::io {

namespace {

// The value after "charset" (then optional blanks, '=', optional quote) in s.
std::string CharsetValue(std::string_view s) {
  size_t at = 0;
  while ((at = s.find("charset", at)) != std::string_view::npos) {
    size_t i = at + 7;
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    if (i < s.size() && s[i] == '=') {
      ++i;
      while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '"' || s[i] == '\'')) ++i;
      size_t b = i;
      while (i < s.size() && i - b < 40 &&
             ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '-' || s[i] == '_' ||
              s[i] == '.' || s[i] == ':'))
        ++i;
      if (i > b) return std::string(s.substr(b, i - b));
    }
    at += 7;
  }
  return {};
}

bool IsUtf8Label(std::string_view c) { return c.empty() || c == "utf-8" || c == "utf8" || c == "unicode-1-1-utf-8"; }

}  // namespace

std::string ContentTypeCharset(std::string_view content_type) { return CharsetValue(AsciiLower(content_type)); }

std::string SniffHtmlCharset(std::string_view html) {
  std::string head = AsciiLower(html.substr(0, 4096));
  size_t at = 0;
  while ((at = head.find("<meta", at)) != std::string::npos) {
    size_t end = head.find('>', at);
    std::string_view tag = std::string_view(head).substr(at, end == std::string::npos ? std::string::npos : end - at);
    if (std::string c = CharsetValue(tag); !c.empty()) return c;
    at += 5;
  }
  return {};
}

std::string ToUtf8(std::string_view bytes, std::string_view charset) {
  std::string label = AsciiLower(charset);
  bool valid = text::IsValidUtf8(bytes);
  if (IsUtf8Label(label) || (valid && std::any_of(bytes.begin(), bytes.end(), [](char c) { return c & 0x80; })))
    return valid ? std::string(bytes) : text::RepairUtf8(bytes);
  // WHATWG: these labels mean windows-1252.
  if (label == "iso-8859-1" || label == "latin1" || label == "us-ascii" || label == "ascii") label = "windows-1252";
  if (bytes.size() > static_cast<size_t>(INT32_MAX)) bytes = bytes.substr(0, INT32_MAX);
  icu::UnicodeString u(bytes.data(), static_cast<int32_t>(bytes.size()), label.c_str());
  if (u.isBogus()) return valid ? std::string(bytes) : text::RepairUtf8(bytes);
  std::string out;
  u.toUTF8String(out);
  return out;
}

}  // namespace rasad::io
