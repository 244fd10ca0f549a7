// An Event is one incident in ACLED's sense: one date x one location x one
// actor pair x one type. Every number in it is stated by the sentence in
// `evidence`, a verbatim span [evidence_begin, evidence_end) of the article.
#pragma once

#include <optional>
#include <string>

#include "core/date.h"
#include "core/place_ref.h"

namespace rasad {

struct Event {
  std::string event_id;
  std::string article_id;
  std::optional<Date> event_date;
  TimePrecision time_precision = TimePrecision::kDay;
  std::string event_type, sub_event_type;
  std::string actor1, actor2;        // ACLED-style names; actor2 may be empty
  int inter1 = 0, inter2 = 0;        // ACLED interaction codes, 0 unknown
  PlaceRef place;
  std::optional<int> fatalities, wounded, killed_or_wounded, arrested;
  std::string claimed_by, reported_by, source;
  std::string evidence;
  size_t evidence_begin = 0, evidence_end = 0;
  std::string trigger;               // the cue phrase that typed the event
  double confidence = 0;
};

}  // namespace rasad
