#include "lexicon/tsv.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include <fmt/core.h>

#include "text/utf8.h"

namespace rasad::lexicon {
namespace {
std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}
}  // namespace

std::string_view TsvRow::get(std::string_view column) const {
  if (!header) return {};
  auto it = std::find(header->begin(), header->end(), column);
  if (it == header->end()) return {};
  size_t i = static_cast<size_t>(it - header->begin());
  return i < fields.size() ? fields[i] : std::string_view{};
}

void TsvRow::Fail(const std::string& message) const {
  throw DictionaryError(fmt::format("{}:{}: {}", file ? *file : "?", line, message));
}

std::vector<std::string_view> SplitList(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t end = s.find(sep, start);
    if (end == std::string_view::npos) end = s.size();
    std::string_view part = Trim(s.substr(start, end - start));
    if (!part.empty()) out.push_back(part);
    start = end + 1;
  }
  return out;
}

void ReadTsv(const std::string& path, const std::vector<std::string>& required,
             const std::function<void(const TsvRow&)>& fn) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw DictionaryError(fmt::format("{}: cannot open dictionary", path));
  std::vector<std::string> header;
  std::string line;
  int lineno = 0;
  TsvRow row;
  row.file = &path;
  while (std::getline(in, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::string_view view = line;
    if (lineno == 1 && view.substr(0, 3) == "\xEF\xBB\xBF") view.remove_prefix(3);
    if (Trim(view).empty() || Trim(view).front() == '#') continue;
    size_t bad = 0;
    if (!text::IsValidUtf8(view, &bad))
      throw DictionaryError(fmt::format("{}:{}: invalid UTF-8 at byte {}", path, lineno, bad));
    std::vector<std::string_view> fields;
    size_t start = 0;
    while (true) {
      size_t tab = view.find('\t', start);
      fields.push_back(Trim(view.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start)));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    if (header.empty()) {
      for (auto f : fields) header.emplace_back(f);
      for (const auto& r : required)
        if (std::find(header.begin(), header.end(), r) == header.end())
          throw DictionaryError(fmt::format("{}:{}: header lacks column '{}'", path, lineno, r));
      continue;
    }
    if (fields.size() > header.size())
      throw DictionaryError(fmt::format("{}:{}: {} fields, header has {}", path, lineno,
                                        fields.size(), header.size()));
    row.line = lineno;
    row.fields = std::move(fields);
    row.header = &header;
    fn(row);
  }
  if (header.empty()) throw DictionaryError(fmt::format("{}: no header line", path));
}

}  // namespace rasad::lexicon
