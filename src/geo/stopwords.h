// data/place_stopwords.txt: gazetteer names that are also common Arabic words or
// person names (السوق، النصر، محمد، قصف...). One name per line, '#' starts a comment;
// an optional second tab-separated field "prep" says that a locative preposition
// (في، بـ، قرب...) is cue enough, otherwise a type word (بلدة، قرية، مدينة، مخيم،
// حي، منطقة، ناحية...) must come right before the name. A word listed here is
// also never split into clitic + name by the geocoder ("بيان" is not ب + "يان").
// The list is generated and reviewed with tools/build_gazetteer.py --stopwords.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rasad::geo {

struct StopwordLine {
  int line = 0;
  std::string name;   // as written (normalized by the loader)
  bool preposition_ok = false;
};

// Parses the file's content; `path` is only used in error messages.
std::vector<StopwordLine> ParseStopwords(const std::string& path, std::string_view content);

}  // namespace rasad::geo
