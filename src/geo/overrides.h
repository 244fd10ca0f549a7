// data/places_overrides.tsv: places the sources lack or name badly (camps,
// bases, crossings, neighbourhoods, regions used by tallies...), edited by
// analysts and applied on top of the generated gazetteer at start-up.
//
// Tab-separated, a header line, '#' comments and blank lines ignored. Columns:
//   names_ar   Arabic names, '|'-joined, the first is the preferred one
//   name_en    common English name
//   type       country admin1 admin2 admin3 city town village neighbourhood camp
//              landmark region (also: base airport crossing oilfield site = landmark)
//   cc         ISO 3166-1 alpha-2; several comma-separated for a multi-country
//              region; empty for the whole world
//   admin1     English name of the enclosing admin1 (as in the gazetteer), or empty
//   admin2     English name of the enclosing admin2, or empty
//   lat, lon   decimal degrees (may be empty only for multi-country / world regions)
//   precision  ACLED geo_precision to report (1-3), empty = by type
//   amends     empty to add a place; "wof:<id>" or "gn:<id>" to amend a gazetteer
//              row instead (its names get names_ar; non-empty fields replace)
//   note       free text for analysts (ignored)
// A bad row throws std::runtime_error "<file>:<line>: <reason>".
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "geo/place.h"

namespace rasad::geo {

struct OverrideRow {
  int line = 0;
  std::vector<std::string> names_ar;
  std::string name_en;
  std::optional<PlaceType> type;       // empty only when amending
  std::vector<std::string> ccs;        // empty = world
  std::string admin1, admin2;
  std::optional<double> lat, lon;
  int precision = 0;
  double radius_km = 0;                // a region's extent around lat/lon (0 = its admin areas)
  int64_t amends = 0;                  // source id (WOF id, or -GeoNames id), 0 = new place
};

// Parses the file's content; `path` is only used in error messages.
std::vector<OverrideRow> ParseOverrides(const std::string& path, std::string_view content);

}  // namespace rasad::geo
