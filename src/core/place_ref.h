// Where an event or tally happened, as written to output: ACLED's place
// columns plus gazetteer ids. Empty strings and NaN coordinates mean unknown.
#pragma once

#include <cstdint>
#include <string>

namespace rasad {

struct PlaceRef {
  std::string country;       // English name, e.g. "Syria"
  std::string country_code;  // ISO 3166-1 alpha-2
  std::string admin1, admin2, location;
  std::string admin1_ar, location_ar;
  double latitude = 0, longitude = 0;
  bool has_coordinates = false;
  int geo_precision = 0;     // ACLED: 1 the place itself, 2 near it / its area, 3 province only
  int64_t wof_id = 0;        // Who's On First id of the most precise place, 0 when none
  int64_t geonames_id = 0;
};

}  // namespace rasad
