#include "geo/stopwords.h"

#include <stdexcept>

#include "geo/tsv.h"

namespace rasad::geo {

std::vector<StopwordLine> ParseStopwords(const std::string& path, std::string_view content) {
  std::vector<StopwordLine> out;
  int line_no = 0;
  ForEachLine(content, [&](std::string_view line) {
    ++line_no;
    size_t hash = line.find('#');  // comments, also after the fields
    if (hash != std::string_view::npos) line = line.substr(0, hash);
    line = Trim(line);
    if (line.empty()) return;
    std::vector<std::string_view> f = SplitTabs(line);
    StopwordLine s;
    s.line = line_no;
    s.name = std::string(Trim(f[0]));
    if (f.size() > 2)
      throw std::runtime_error(path + ":" + std::to_string(line_no) + ": expected 'name' or 'name<TAB>prep'");
    if (f.size() == 2) {
      std::string_view cue = Trim(f[1]);
      if (cue == "prep") s.preposition_ok = true;
      else if (cue != "type" && !cue.empty())
        throw std::runtime_error(path + ":" + std::to_string(line_no) + ": unknown cue '" + std::string(cue) +
                                 "' (use 'type' or 'prep')");
    }
    if (s.name.empty()) throw std::runtime_error(path + ":" + std::to_string(line_no) + ": empty name");
    out.push_back(std::move(s));
  });
  return out;
}

}  // namespace rasad::geo
