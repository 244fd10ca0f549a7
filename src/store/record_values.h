// The columns an Event (events and incidents) and a Tally occupy in every
// backend's tables, and their values: one list, so that the SQLite and the
// PostgreSQL stores write the same thing. A value is null (std::monostate)
// when unknown: an empty string, a zero id or code, a missing count or date.
#pragma once

#include <cstdint>
#include <optional>
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

// Text made for the call (a date), valid only during it.
struct TransientText {
  const std::string& text;
};

// The values of RecordValues() without building them: sink(v) for each column in order, v
// being std::monostate (null), int64_t, double, std::string (a member of `e`, valid while
// it is) or TransientText. RecordValues() is this, collected.
template <typename Sink>
void ForEachRecordValue(const Event& e, Sink&& sink) {
  auto text = [&](const std::string& s) {
    if (s.empty()) sink(std::monostate{});
    else sink(s);
  };
  auto nonzero = [&](int64_t v) {
    if (v) sink(v);
    else sink(std::monostate{});
  };
  auto count = [&](const std::optional<int>& v) {
    if (v) sink(static_cast<int64_t>(*v));
    else sink(std::monostate{});
  };
  if (e.event_date) {
    const std::string day = e.event_date->iso();
    sink(TransientText{day});
    nonzero(static_cast<int64_t>(e.time_precision));
  } else {
    sink(std::monostate{});
    sink(std::monostate{});
  }
  const PlaceRef& p = e.place;
  text(e.event_type), text(e.sub_event_type), text(e.actor1), text(e.actor2), nonzero(e.inter1), nonzero(e.inter2);
  text(p.country), text(p.country_code), text(p.admin1), text(p.admin2), text(p.location), text(p.admin1_ar);
  text(p.location_ar);
  if (p.has_coordinates) {
    sink(p.latitude);
    sink(p.longitude);
  } else {
    sink(std::monostate{});
    sink(std::monostate{});
  }
  nonzero(p.geo_precision), nonzero(p.wof_id), nonzero(p.geonames_id);
  count(e.fatalities), count(e.wounded), count(e.killed_or_wounded), count(e.arrested);
  text(e.claimed_by), text(e.reported_by), text(e.source);
  sink(e.evidence);  // never null
  sink(static_cast<int64_t>(e.evidence_begin));
  sink(static_cast<int64_t>(e.evidence_end));
  text(e.trigger);
  sink(e.confidence);
}

}  // namespace rasad::store
