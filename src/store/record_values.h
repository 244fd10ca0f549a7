// The columns an Event (events and incidents) and a Tally occupy in every
// backend's tables, and their values: one list, so that the SQLite and the
// PostgreSQL stores write the same thing. A value is null (std::monostate)
// when unknown: an empty string, a zero id or code, a missing count or date.
#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "core/event.h"
#include "core/tally.h"

namespace rasad::store {

// The record columns of an Event, in the order of RecordValues().
inline constexpr const char* kRecordColumns =
    "event_date, time_precision, event_type, sub_event_type, actor1, actor2, inter1, inter2, "
    "country, country_code, admin1, admin2, location, admin1_ar, location_ar, latitude, longitude, "
    "geo_precision, wof_id, geonames_id, fatalities, wounded, killed_or_wounded, arrested, "
    "claimed_by, reported_by, source, evidence, evidence_begin, evidence_end, trigger_phrase, confidence";
inline constexpr int kRecordColumnCount = 32;

// The tally columns after `article`, in the order of TallyValues().
inline constexpr const char* kTallyColumns =
    "tally_id, actor, claimed_by, region, region_ar, country, country_code, admin1, latitude, longitude, "
    "operations, fatalities, wounded, killed_or_wounded, arrested, period_start, period_end, reported_by, "
    "source, evidence, evidence_begin, evidence_end";
inline constexpr int kTallyColumnCount = 22;

using ColumnValue = std::variant<std::monostate, int64_t, double, std::string>;

std::vector<ColumnValue> RecordValues(const Event& e);
std::vector<ColumnValue> TallyValues(const rasad::Tally& t);

}  // namespace rasad::store
