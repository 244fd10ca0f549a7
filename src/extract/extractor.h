// The extraction pipeline for one article: analysis (text, dictionaries,
// places, dates), tallies first (their sentences yield no events), then
// frames and events. An Extractor is built once from the data directory and
// is read-only afterwards: Extract() may run on many threads at once, and
// the same article always gives the same records.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/article.h"
#include "core/event.h"
#include "core/tally.h"
#include "extract/dictionary.h"
#include "extract/events.h"
#include "geo/gazetteer.h"
#include "geo/geocoder.h"

namespace rasad::extract {

struct Extraction {
  std::vector<Event> events;
  std::vector<Tally> tallies;
};

class Extractor {
 public:
  // Loads dictionaries and the gazetteer from `data_dir`; throws on bad data.
  explicit Extractor(const std::string& data_dir);
  Extraction Extract(const Article& article) const;

  const Dictionary& dictionary() const { return dict_; }
  const geo::Gazetteer& gazetteer() const { return *gazetteer_; }

 private:
  Dictionary dict_;
  std::unique_ptr<geo::Gazetteer> gazetteer_;
  std::unique_ptr<geo::Geocoder> geocoder_;
  GenericActors generic_;
};

// The data directory: $RASAD_DATA, else the installed share/rasad/data, else
// the source tree's data/ (for a build that was not installed).
std::string DefaultDataDir();

}  // namespace rasad::extract
