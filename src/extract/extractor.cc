#include "extract/extractor.h"

#include <cstdlib>
#include <filesystem>

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

std::string DefaultDataDir() {
  if (const char* env = std::getenv("RASAD_DATA"); env && *env) return env;
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    fs::path installed = exe.parent_path().parent_path() / "share" / "rasad" / "data";
    if (fs::exists(installed / "actors.tsv", ec)) return installed.string();
  }
  return RASAD_SOURCE_DATA_DIR;
}

}  // namespace rasad::extract
