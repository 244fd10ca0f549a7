// An incident as JSON: the reconciled record with the output contract's field
// names (kind "incident", incident_id instead of event_id/article_id), the
// low/high range of each count, sources_count and, when loaded, "sources":
// every article's event with its evidence span. Fixed key order.
// IncidentJson() builds a json tree; AppendIncidentJson() writes the same
// bytes as IncidentJson(...).dump(-1, ' ', false, replace) straight into a
// string, for listings where building the tree is the cost.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "store/incident.h"

namespace rasad::store {

nlohmann::ordered_json IncidentJson(const Incident& inc, bool with_sources = true);
void AppendIncidentJson(std::string& out, const Incident& inc, bool with_sources = true);

}  // namespace rasad::store
