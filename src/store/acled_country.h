// ACLED's country columns for the countries rasad reports on: ISO 3166-1
// numeric code ("iso"), alpha-3 (the prefix of event_id_cnty) and ACLED region.
// Unlisted countries export with those columns empty.
#pragma once

#include <string>
#include <string_view>

namespace rasad::store {

struct AcledCountry {
  std::string_view alpha2, alpha3;
  int iso = 0;
  std::string_view name, region;
};

// By ISO alpha-2 code; nullptr when unlisted.
const AcledCountry* FindCountry(std::string_view alpha2);
// The alpha-2 code for a code or an English name (any case); "" when unknown.
std::string CountryCode(std::string_view code_or_name);

}  // namespace rasad::store
