// ASCII helpers for markup, headers and feeds, where names and keywords are
// ASCII and case-insensitive while values may be any UTF-8.
#pragma once

#include <string>
#include <string_view>

namespace rasad::io {

inline char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

inline std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = AsciiLower(c);
  return out;
}

// `s` without leading and trailing spaces, tabs, CR and LF.
inline std::string_view TrimBlanks(std::string_view s) {
  auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && blank(s.back())) s.remove_suffix(1);
  return s;
}

inline std::string Trimmed(std::string_view s) { return std::string(TrimBlanks(s)); }

}  // namespace rasad::io
