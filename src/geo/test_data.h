// Test helpers: the real committed gazetteer (loaded once per test binary) and a
// one-call Find + Resolve over a small text.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "geo/geocoder.h"
#include "text/normalize.h"
#include "text/tokenize.h"

namespace rasad::geo {

inline const Gazetteer& TestGazetteer() {
  static const std::unique_ptr<Gazetteer> g = Gazetteer::Load(RASAD_SOURCE_DIR "/data");
  return *g;
}

struct Analyzed {
  std::string name;        // normalized text of the name
  PlaceMention mention;
  Resolution resolution;
  PlaceRef ref;
};

struct Analysis {
  text::NormalizedText text;
  std::vector<Analyzed> items;
  // The first mention whose name (normalized text) is `name`, or nullptr.
  const Analyzed* Get(std::string_view name) const {
    std::string key = text::NormalizeKey(name);
    for (const Analyzed& a : items)
      if (a.name == key) return &a;
    return nullptr;
  }
};

inline Analysis Analyze(std::string_view original, const ContextHints& hints = {}) {
  static std::vector<std::string> keep;  // NormalizedText points into the original
  keep.emplace_back(original);
  Analysis out;
  out.text = text::Normalize(keep.back());
  Geocoder geocoder(TestGazetteer());
  std::vector<text::Token> tokens = text::Tokenize(out.text.text);
  std::vector<PlaceMention> mentions = geocoder.Find(out.text, tokens);
  std::vector<Resolution> res = geocoder.Resolve(mentions, hints);
  for (size_t i = 0; i < mentions.size(); ++i) {
    Analyzed a;
    a.name = out.text.text.substr(mentions[i].begin, mentions[i].end - mentions[i].begin);
    a.mention = mentions[i];
    a.resolution = res[i];
    a.ref = geocoder.ToPlaceRef(res[i]);
    out.items.push_back(std::move(a));
  }
  return out;
}

}  // namespace rasad::geo
