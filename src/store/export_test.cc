// Export formats: ACLED CSV layout and RFC 4180 quoting, GeoJSON, incident JSON.
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "store/acled_csv.h"
#include "store/acled_country.h"
#include "store/dedup.h"
#include "store/geojson_writer.h"
#include "store/incident_json.h"

namespace rasad::store {
namespace {

Incident Sample(bool with_coordinates = true) {
  Event e;
  e.event_id = "a:e1";
  e.article_id = "a";
  e.event_date = Date::Parse("2024-03-10");
  e.event_type = "Violence against civilians";
  e.sub_event_type = "Attack";
  e.actor1 = "RSF: Rapid Support Forces";
  e.inter1 = 2;
  e.actor2 = "Civilians (Sudan)";
  e.inter2 = 7;
  e.place.country = "Sudan";
  e.place.country_code = "SD";
  e.place.admin1 = "Al Jazirah";
  e.place.location = "Wad al-Noura";
  e.place.location_ar = "ود النورة";
  e.place.geo_precision = 1;
  e.place.has_coordinates = with_coordinates;
  e.place.latitude = 14.3;
  e.place.longitude = 33.1;
  e.fatalities = 100;
  e.evidence = "قتل \"أكثر\" من مئة، في الهجوم\nعلى القرية";
  e.source = "a.example";
  Event f = e;
  f.event_id = "b:e1";
  f.article_id = "b";
  f.fatalities = 104;
  f.source = "b.example";
  return MakeIncident({Source{e, Date::Parse("2024-03-10"), "https://a.example/1"},
                       Source{f, Date::Parse("2024-03-11"), "https://b.example/2"}});
}

TEST(AcledCsv, ColumnsInAcledOrderThenRasads) {
  const auto& c = AcledColumns();
  const std::vector<std::string> acled = {
      "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
      "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
      "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
      "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp"};
  ASSERT_GT(c.size(), acled.size());
  EXPECT_EQ(std::vector<std::string>(c.begin(), c.begin() + acled.size()), acled);
  for (const char* extra : {"wounded", "killed_or_wounded", "arrested", "claimed_by", "reported_by", "sources_count",
                            "evidence", "article_ids"})
    EXPECT_NE(std::find(c.begin(), c.end(), extra), c.end()) << extra;
  EXPECT_EQ(AcledRow(Sample()).size(), c.size());
}

TEST(AcledCsv, RowValues) {
  Incident inc = Sample();
  auto row = AcledRow(inc);
  auto at = [&](const std::string& name) {
    const auto& c = AcledColumns();
    return row[std::find(c.begin(), c.end(), name) - c.begin()];
  };
  EXPECT_EQ(at("event_id_cnty"), "SDN-b:e1");
  EXPECT_EQ(at("year"), "2024");
  EXPECT_EQ(at("disorder_type"), "Political violence");
  EXPECT_EQ(at("interaction"), "27");
  EXPECT_EQ(at("civilian_targeting"), "Civilian targeting");
  EXPECT_EQ(at("iso"), "729");
  EXPECT_EQ(at("region"), "Northern Africa");
  EXPECT_EQ(at("fatalities"), "104");  // tie: the later report
  EXPECT_EQ(at("fatalities_low"), "100");
  EXPECT_EQ(at("sources_count"), "2");
  EXPECT_EQ(at("article_ids"), "b; a");
  EXPECT_EQ(at("source"), "b.example; a.example");
  EXPECT_EQ(at("wounded"), "");
}

TEST(AcledCsv, Rfc4180Quoting) {
  std::ostringstream out;
  WriteCsvRow(out, {"plain", "a,b", "say \"hi\"", "two\nlines", "", "عربي"});
  EXPECT_EQ(out.str(), "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,عربي\r\n");
}

TEST(AcledCountry, Codes) {
  EXPECT_EQ(CountryCode("sy"), "SY");
  EXPECT_EQ(CountryCode("Burkina Faso"), "BF");
  EXPECT_EQ(CountryCode("IRQ"), "IQ");
  EXPECT_EQ(CountryCode("Atlantis"), "");
  ASSERT_NE(FindCountry("PS"), nullptr);
  EXPECT_EQ(FindCountry("PS")->iso, 275);
}

TEST(GeoJson, FeatureCollectionOfPoints) {
  std::ostringstream out;
  GeoJsonWriter w(out);
  EXPECT_TRUE(w.Add(Sample()));
  EXPECT_FALSE(w.Add(Sample(false)));
  EXPECT_TRUE(w.Add(Sample()));
  w.Finish();
  EXPECT_EQ(w.written(), 2u);
  EXPECT_EQ(w.skipped(), 1u);
  auto j = nlohmann::json::parse(out.str());
  EXPECT_EQ(j["type"], "FeatureCollection");
  ASSERT_EQ(j["features"].size(), 2u);
  const auto& f = j["features"][0];
  EXPECT_EQ(f["geometry"]["type"], "Point");
  EXPECT_DOUBLE_EQ(f["geometry"]["coordinates"][0].get<double>(), 33.1);  // longitude first
  EXPECT_DOUBLE_EQ(f["geometry"]["coordinates"][1].get<double>(), 14.3);
  EXPECT_EQ(f["properties"]["location_ar"], "ود النورة");
  EXPECT_EQ(f["properties"]["article_ids"], "b; a");
  EXPECT_FALSE(f["properties"].contains("sources"));  // flat properties only
}

TEST(GeoJson, EmptyCollectionIsValid) {
  std::ostringstream out;
  GeoJsonWriter w(out);
  w.Finish();
  EXPECT_TRUE(nlohmann::json::parse(out.str())["features"].empty());
}

TEST(IncidentJson, RecordRangesAndSources) {
  auto j = IncidentJson(Sample());
  EXPECT_EQ(j["kind"], "incident");
  EXPECT_EQ(j["incident_id"], "b:e1");
  EXPECT_EQ(j["fatalities"], 104);
  EXPECT_EQ(j["fatalities_low"], 100);
  EXPECT_EQ(j["fatalities_high"], 104);
  EXPECT_EQ(j["sources_count"], 2);
  ASSERT_EQ(j["sources"].size(), 2u);
  EXPECT_EQ(j["sources"][1]["article_id"], "a");
  EXPECT_EQ(j["sources"][1]["url"], "https://a.example/1");
  EXPECT_FALSE(j.contains("event_id"));
}

}  // namespace
}  // namespace rasad::store
