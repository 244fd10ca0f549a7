// An aligned plain-text table for terminals. Widths are display widths (ICU:
// combining marks and format characters such as bidi marks take no column,
// East Asian wide characters two), so Arabic cells line up with Latin ones.
// Cells longer than a column's limit are cut with "…".
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace rasad::cli {

// Terminal columns taken by UTF-8 text.
size_t DisplayWidth(std::string_view s);

class TextTable {
 public:
  // `max_widths[i]` limits column i (0 = no limit); right-aligned columns hold numbers.
  TextTable(std::vector<std::string> header, std::vector<size_t> max_widths, std::vector<bool> right_aligned);
  void Add(std::vector<std::string> row);
  void Print(std::ostream& out) const;

 private:
  std::vector<std::string> header_;
  std::vector<size_t> max_widths_;
  std::vector<bool> right_;
  std::vector<std::vector<std::string>> rows_;
};

}  // namespace rasad::cli
