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

TEST(RecordJson, LinesAreTheBytesOfToLine) {
  Event e;
  e.article_id = "a\"b\\c";
  e.event_id = "a:e1";
  e.event_date = Date{2024, 2, 29};
  e.actor1 = "X";
  e.inter1 = 2;
  e.place.country_code = "SY";
  e.place.latitude = 36.0;
  e.place.longitude = -0.125;
  e.place.has_coordinates = true;
  e.place.geo_precision = 1;
  e.place.wof_id = 85632413;
  e.place.geonames_id = -163843;
  e.fatalities = 0;
  e.evidence = "قُتل\n\t\x01\x1f \x7f «نص» \u2028";
  e.evidence_begin = 7;
  e.evidence_end = 4000000000ull;
  std::string line;
  AppendEventLine(line, e);
  EXPECT_EQ(line, ToLine(EventJson(e)));
  Event bad;
  bad.evidence = "\xD8 broken \xFF";  // ill-formed UTF-8 is replaced as nlohmann does
  line.clear();
  AppendEventLine(line, bad);
  EXPECT_EQ(line, ToLine(EventJson(bad)));

  Tally t;
  t.article_id = "x";
  t.operations = 5;
  t.region_ar = "ريف دمشق";
  t.period_start = Date{2022, 12, 1};
  t.evidence = "\"quoted\"";
  line = "prefix ";
  AppendTallyLine(line, t);
  EXPECT_EQ(line, "prefix " + ToLine(TallyJson(t)));
}

}  // namespace
}  // namespace rasad::io
