// Reading the editable dictionaries: tab-separated text with one header line,
// '#' comment lines and blank lines ignored. Errors name the file and line so
// an analyst can fix the row.
#pragma once

#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace rasad::lexicon {

struct TsvRow {
  const std::string* file = nullptr;
  int line = 0;
  std::vector<std::string_view> fields;
  // Field by column name (from the header); "" when the row is short.
  std::string_view get(std::string_view column) const;
  const std::vector<std::string>* header = nullptr;
  [[noreturn]] void Fail(const std::string& message) const;
};

class DictionaryError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Calls `fn` for every data row of `path`. Requires the header to contain
// every name in `required` (throws DictionaryError naming the file otherwise).
void ReadTsv(const std::string& path, const std::vector<std::string>& required,
             const std::function<void(const TsvRow&)>& fn);

// Splits on a separator, trimming blanks and dropping empty parts.
std::vector<std::string_view> SplitList(std::string_view s, char sep = '|');

}  // namespace rasad::lexicon
