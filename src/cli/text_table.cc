#include "cli/text_table.h"

#include <algorithm>

#include <unicode/uchar.h>

#include "text/utf8.h"

namespace rasad::cli {
namespace {

int CodePointWidth(int32_t cp) {
  if (cp < 0) return 1;
  int8_t type = u_charType(cp);
  if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_FORMAT_CHAR || type == U_CONTROL_CHAR)
    return 0;
  int ea = u_getIntPropertyValue(cp, UCHAR_EAST_ASIAN_WIDTH);
  return ea == U_EA_WIDE || ea == U_EA_FULLWIDTH ? 2 : 1;
}

// The longest prefix of `s` that fits `width` columns with a trailing "…".
std::string Cut(const std::string& s, size_t width) {
  if (DisplayWidth(s) <= width) return s;
  size_t used = 0, i = 0, end = 0;
  while (i < s.size()) {
    size_t start = i;
    int w = CodePointWidth(text::NextCodePoint(s, i));
    if (used + w + 1 > width) {
      i = start;
      break;
    }
    used += w;
    end = i;
  }
  return s.substr(0, end) + "…";
}

bool RightToLeft(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    int32_t cp = text::NextCodePoint(s, i);
    if (cp < 0x80) continue;
    auto dir = u_charDirection(cp);
    if (dir == U_RIGHT_TO_LEFT || dir == U_RIGHT_TO_LEFT_ARABIC) return true;
  }
  return false;
}

}  // namespace

size_t DisplayWidth(std::string_view s) {
  size_t width = 0;
  for (size_t i = 0; i < s.size();) width += CodePointWidth(text::NextCodePoint(s, i));
  return width;
}

TextTable::TextTable(std::vector<std::string> header, std::vector<size_t> max_widths, std::vector<bool> right_aligned)
    : header_(std::move(header)), max_widths_(std::move(max_widths)), right_(std::move(right_aligned)) {}

void TextTable::Add(std::vector<std::string> row) {
  for (size_t i = 0; i < row.size() && i < max_widths_.size(); ++i)
    if (max_widths_[i]) row[i] = Cut(row[i], max_widths_[i]);
  rows_.push_back(std::move(row));
}

void TextTable::Print(std::ostream& out) const {
  std::vector<size_t> widths(header_.size());
  for (size_t i = 0; i < header_.size(); ++i) widths[i] = DisplayWidth(header_[i]);
  for (const auto& row : rows_)
    for (size_t i = 0; i < row.size() && i < widths.size(); ++i) widths[i] = std::max(widths[i], DisplayWidth(row[i]));
  auto line = [&](const std::vector<std::string>& row) {
    std::string text;
    for (size_t i = 0; i < widths.size(); ++i) {
      const std::string cell = i < row.size() ? row[i] : "";
      std::string pad(widths[i] - DisplayWidth(cell), ' ');
      bool right = i < right_.size() && right_[i];
      if (i) text += "  ";
      // Isolate right-to-left cells (U+2068 … U+2069) so a bidi terminal keeps them in their column.
      std::string shown = RightToLeft(cell) ? "\u2068" + cell + "\u2069" : cell;
      text += right ? pad + shown : shown + pad;
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    out << text << '\n';
  };
  line(header_);
  std::vector<std::string> rule;
  for (size_t w : widths) rule.push_back(std::string(w, '-'));
  line(rule);
  for (const auto& row : rows_) line(row);
}

}  // namespace rasad::cli
