// An Incident is one real-world event as reported by one or more articles:
// the events that deduplication (store/dedup.h) found to describe the same
// date x place x actor pair x type, reconciled into one record. Every number
// keeps its range over the sources (UCDP-style low / best / high) and every
// source keeps its article and evidence span.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/event.h"

namespace rasad::store {

// One article's event behind an incident, with what the article says about
// itself (its publication day and address).
struct Source {
  Event event;
  std::optional<Date> published;
  std::string url;
};

// A count over the sources: low = min stated, best = the reconciled value
// (store/dedup.h), high = max stated. All empty when no source states one.
struct Casualties {
  std::optional<int> low, best, high;
  friend bool operator==(const Casualties&, const Casualties&) = default;
};

struct Incident {
  // The lead source's event_id: the same whatever order articles arrive in.
  std::string incident_id;
  // The reconciled record: type, date and actors from the lead source (actors
  // completed from the others), the most precise place, best counts,
  // `source` = the distinct outlets joined by "; ".
  Event record;
  Casualties fatalities, wounded, killed_or_wounded, arrested;
  int sources_count = 0;
  std::vector<Source> sources;  // lead first; empty unless asked for
  long long updated_at = 0;     // Unix time the incident was last (re)built
};

}  // namespace rasad::store
