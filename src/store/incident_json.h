// An incident as JSON: the reconciled record with the output contract's field
// names (kind "incident", incident_id instead of event_id/article_id), the
// low/high range of each count, sources_count and, when loaded, "sources":
// every article's event with its evidence span. Fixed key order.
#pragma once

#include <nlohmann/json.hpp>

#include "store/incident.h"

namespace rasad::store {

nlohmann::ordered_json IncidentJson(const Incident& inc, bool with_sources = true);

}  // namespace rasad::store
