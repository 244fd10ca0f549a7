// A Tally summarizes many operations ("five operations in Syria leaving six
// killed and wounded", a weekly claims report, a monthly toll). Tallies are
// kept apart from events so that nothing is counted twice.
#pragma once

#include <optional>
#include <string>

#include "core/date.h"
#include "core/place_ref.h"

namespace rasad {

struct Tally {
  std::string tally_id;
  std::string article_id;
  std::string actor, claimed_by;
  std::string region, region_ar;     // English and as written
  PlaceRef place;                    // the region resolved in the gazetteer, when it is one
  std::optional<int> operations, fatalities, wounded, killed_or_wounded, arrested;
  std::optional<Date> period_start, period_end;
  std::string reported_by, source;
  std::string evidence;
  size_t evidence_begin = 0, evidence_end = 0;
};

}  // namespace rasad
