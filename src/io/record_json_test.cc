#include "io/record_json.h"

#include <gtest/gtest.h>

namespace rasad::io {
namespace {

TEST(RecordJson, EventUsesContractFieldNamesAndNulls) {
  Event e;
  e.article_id = "s000";
  e.event_id = "s000:e1";
  e.event_date = Date{2022, 12, 15};
  e.time_precision = TimePrecision::kWeek;
  e.event_type = "Strategic developments";
  e.sub_event_type = "Arrests";
  e.actor1 = "QSD: Syrian Democratic Forces";
  e.place.country = "Syria";
  e.place.country_code = "SY";
  e.arrested = 1;
  e.evidence = "نص";
  auto j = EventJson(e);
  EXPECT_EQ(j["kind"], "event");
  EXPECT_EQ(j["event_date"], "2022-12-15");
  EXPECT_EQ(j["time_precision"], 2);
  EXPECT_TRUE(j["actor2"].is_null());
  EXPECT_TRUE(j["fatalities"].is_null());
  EXPECT_EQ(j["arrested"], 1);
  EXPECT_TRUE(j["latitude"].is_null());
  for (const char* k : {"event_id", "event_type", "sub_event_type", "actor1", "actor2", "country", "country_code",
                        "admin1", "admin2", "location", "admin1_ar", "location_ar", "latitude", "longitude",
                        "geo_precision", "fatalities", "wounded", "killed_or_wounded", "arrested", "claimed_by",
                        "reported_by", "source", "evidence"})
    EXPECT_TRUE(j.contains(k)) << k;
  EXPECT_EQ(ToLine(j).find('\n'), std::string::npos);
  EXPECT_NE(ToLine(j).find("نص"), std::string::npos);
}

TEST(RecordJson, TallyFields) {
  Tally t;
  t.article_id = "x";
  t.operations = 5;
  t.killed_or_wounded = 6;
  t.region = "Syria";
  t.period_end = Date{2022, 12, 16};
  auto j = TallyJson(t);
  EXPECT_EQ(j["kind"], "tally");
  EXPECT_EQ(j["operations"], 5);
  EXPECT_EQ(j["killed_or_wounded"], 6);
  EXPECT_TRUE(j["period_start"].is_null());
  EXPECT_EQ(j["period_end"], "2022-12-16");
}

}  // namespace
}  // namespace rasad::io
