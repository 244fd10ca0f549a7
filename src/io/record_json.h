// Output records as JSON, per the output contract (shared eval README):
// every record has "kind" ("event" | "tally") and "article_id"; events use
// ACLED's column names; unknown values are null. Keys keep a fixed order so
// the same records always serialize to the same bytes.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "core/event.h"
#include "core/tally.h"

namespace rasad::io {

nlohmann::ordered_json EventJson(const Event& e);
nlohmann::ordered_json TallyJson(const Tally& t);

// One JSON Lines line (no trailing newline), UTF-8 kept as is.
std::string ToLine(const nlohmann::ordered_json& j);

// Append ToLine(EventJson(e)) / ToLine(TallyJson(t)) to `out`, byte for byte,
// without building the JSON value (the extract command's output path).
void AppendEventLine(std::string& out, const Event& e);
void AppendTallyLine(std::string& out, const Tally& t);
// The event fields an incident repeats (event_date ... geonames_id, without kind,
// ids, evidence_offsets and trigger), each as `,"key":value`, appended to an
// object already open with at least one field.
void AppendIncidentEventFields(std::string& out, const Event& e);

}  // namespace rasad::io
