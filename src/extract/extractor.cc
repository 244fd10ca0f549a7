#include "extract/extractor.h"

#include "core/install_dir.h"
#include "extract/analysis.h"
#include "extract/frames.h"
#include "extract/tallies.h"

namespace rasad::extract {

Extractor::Extractor(const std::string& data_dir)
    : dict_(Dictionary::Load(data_dir)),
      gazetteer_(geo::Gazetteer::Load(data_dir)),
      geocoder_(std::make_unique<geo::Geocoder>(*gazetteer_)),
      generic_(GenericActors::From(dict_)) {}

Extraction Extractor::Extract(const Article& article) const {
  Extraction out;
  Analysis a = Analyze(article, dict_, *geocoder_);
  std::vector<bool> tally_sentences;
  out.tallies = ReadTallies(a, dict_, *geocoder_, generic_, &tally_sentences);
  out.events = BuildEvents(a, dict_, *geocoder_, generic_, BuildFrames(a, dict_, tally_sentences));
  return out;
}

std::string DefaultDataDir() { return InstalledDir("RASAD_DATA", "data", "actors.tsv", RASAD_SOURCE_DATA_DIR); }

}  // namespace rasad::extract
