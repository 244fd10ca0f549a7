// For tests: a located, dated event of a Syrian or Iraqi admin1, for
// building small stores whose incidents a test knows in advance.
#pragma once

#include <optional>
#include <string>

#include "core/event.h"

namespace rasad::store::fixtures {

inline Event MakeEvent(const std::string& article, int n, const char* date, const char* cc, const char* admin1,
                const char* location, const char* type, const char* actor1, std::optional<int> killed) {
  Event e;
  e.article_id = article;
  e.event_id = article + ":e" + std::to_string(n);
  e.event_date = Date::Parse(date);
  e.event_type = type;
  e.actor1 = actor1;
  e.place.country_code = cc;
  e.place.country = std::string(cc) == "SY" ? "Syria" : "Iraq";
  e.place.admin1 = admin1;
  e.place.admin1_ar = std::string(admin1) == "Idlib" ? "إدلب" : "";
  e.place.admin2 = std::string(admin1) + " district";
  e.place.location = location;
  e.place.geo_precision = 1;
  e.place.latitude = 35;
  e.place.longitude = 36;
  e.place.has_coordinates = true;
  e.fatalities = killed;
  e.evidence = std::string("evidence of ") + article;
  e.evidence_end = e.evidence.size();
  e.source = article + ".example";
  return e;
}

}  // namespace rasad::store::fixtures
