#include "io/record_json.h"

namespace rasad::io {
namespace {

nlohmann::ordered_json Str(const std::string& s) {
  if (s.empty()) return nullptr;
  return s;
}

nlohmann::ordered_json Num(const std::optional<int>& v) {
  if (!v) return nullptr;
  return *v;
}

nlohmann::ordered_json Day(const std::optional<Date>& d) {
  if (!d) return nullptr;
  return d->iso();
}

void PlaceFields(nlohmann::ordered_json& j, const PlaceRef& p) {
  j["country"] = Str(p.country);
  j["country_code"] = Str(p.country_code);
  j["admin1"] = Str(p.admin1);
  j["admin2"] = Str(p.admin2);
  j["location"] = Str(p.location);
  j["admin1_ar"] = Str(p.admin1_ar);
  j["location_ar"] = Str(p.location_ar);
  if (p.has_coordinates) {
    j["latitude"] = p.latitude;
    j["longitude"] = p.longitude;
  } else {
    j["latitude"] = nullptr;
    j["longitude"] = nullptr;
  }
  j["geo_precision"] = p.geo_precision ? nlohmann::ordered_json(p.geo_precision) : nlohmann::ordered_json(nullptr);
}

}  // namespace

nlohmann::ordered_json EventJson(const Event& e) {
  nlohmann::ordered_json j;
  j["kind"] = "event";
  j["article_id"] = e.article_id;
  j["event_id"] = e.event_id;
  j["event_date"] = Day(e.event_date);
  j["time_precision"] = e.event_date ? nlohmann::ordered_json(static_cast<int>(e.time_precision)) : nullptr;
  j["event_type"] = Str(e.event_type);
  j["sub_event_type"] = Str(e.sub_event_type);
  j["actor1"] = Str(e.actor1);
  j["actor2"] = Str(e.actor2);
  j["inter1"] = e.inter1 ? nlohmann::ordered_json(e.inter1) : nullptr;
  j["inter2"] = e.inter2 ? nlohmann::ordered_json(e.inter2) : nullptr;
  PlaceFields(j, e.place);
  j["fatalities"] = Num(e.fatalities);
  j["wounded"] = Num(e.wounded);
  j["killed_or_wounded"] = Num(e.killed_or_wounded);
  j["arrested"] = Num(e.arrested);
  j["claimed_by"] = Str(e.claimed_by);
  j["reported_by"] = Str(e.reported_by);
  j["source"] = Str(e.source);
  j["evidence"] = e.evidence;
  j["evidence_offsets"] = {e.evidence_begin, e.evidence_end};
  j["trigger"] = Str(e.trigger);
  j["wof_id"] = e.place.wof_id ? nlohmann::ordered_json(e.place.wof_id) : nullptr;
  j["geonames_id"] = e.place.geonames_id ? nlohmann::ordered_json(e.place.geonames_id) : nullptr;
  return j;
}

nlohmann::ordered_json TallyJson(const Tally& t) {
  nlohmann::ordered_json j;
  j["kind"] = "tally";
  j["article_id"] = t.article_id;
  j["tally_id"] = t.tally_id;
  j["actor"] = Str(t.actor);
  j["claimed_by"] = Str(t.claimed_by);
  j["region"] = Str(t.region);
  j["region_ar"] = Str(t.region_ar);
  j["country_code"] = Str(t.place.country_code);
  j["operations"] = Num(t.operations);
  j["fatalities"] = Num(t.fatalities);
  j["wounded"] = Num(t.wounded);
  j["killed_or_wounded"] = Num(t.killed_or_wounded);
  j["arrested"] = Num(t.arrested);
  j["period_start"] = Day(t.period_start);
  j["period_end"] = Day(t.period_end);
  j["reported_by"] = Str(t.reported_by);
  j["source"] = Str(t.source);
  j["evidence"] = t.evidence;
  j["evidence_offsets"] = {t.evidence_begin, t.evidence_end};
  return j;
}

std::string ToLine(const nlohmann::ordered_json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace rasad::io
