#include "store/incident_json.h"

#include <gtest/gtest.h>

#include "io/record_json.h"
#include "store/dedup.h"
#include "store/synthetic_corpus.h"
#include "store/test_event.h"

namespace rasad::store {
namespace {

// The text writer must give the bytes of the json tree, whatever the incident holds.
void ExpectSameBytes(const Incident& inc) {
  for (bool with_sources : {false, true}) {
    std::string text;
    AppendIncidentJson(text, inc, with_sources);
    EXPECT_EQ(text, io::ToLine(IncidentJson(inc, with_sources))) << inc.incident_id << " sources " << with_sources;
  }
}

TEST(IncidentJson, TextWriterMatchesTheTree) {
  // Merged sources with coordinates, counts and ranges.
  Event a = fixtures::MakeEvent("a1", 1, "2024-03-10", "SY", "Idlib", "Sarmin", "Battles", "Islamic State", 5);
  Event b = fixtures::MakeEvent("a2", 1, "2024-03-10", "SY", "Idlib", "Sarmin", "Battles", "", 7);
  b.wounded = 3;
  b.place.wof_id = 85632319;
  b.place.geonames_id = 170063;
  b.inter1 = 2;
  b.claimed_by = "Islamic State";
  b.trigger = "اشتباكات";
  b.confidence = 0.875;
  ExpectSameBytes(MakeIncident({Source{a, Date::Parse("2024-03-10"), "https://a.example/1"},
                                Source{b, std::nullopt, ""}}));
  // Nothing known: no date, no place, no counts.
  Event bare;
  bare.event_id = bare.article_id = "bare";
  ExpectSameBytes(MakeIncident({Source{bare, std::nullopt, ""}}));
  // Strings that need escapes, invalid UTF-8 and odd coordinates.
  Event odd = fixtures::MakeEvent("q\"\\", 2, "2024-02-29", "IQ", "Ninawa", "Mosul\n\t\x01", "Riots", "x\xff", 0);
  odd.time_precision = TimePrecision::kMonth;
  odd.evidence = "cut \xd8";
  odd.place.latitude = -0.1 + 0.3;
  odd.place.longitude = 1e-5;
  odd.place.location_ar = "الموصل";
  ExpectSameBytes(MakeIncident({Source{odd, Date::Parse("2024-03-01"), "https://b.example/\"x\""}}));
  // The generated corpus of the benchmarks.
  for (size_t i = 0; i < 200; ++i) {
    Event e = synthetic::MakeEvent(i, "gen" + std::to_string(i), 1);
    ExpectSameBytes(MakeIncident({Source{e, Date{2024, 1, 1}, "https://c.example/" + std::to_string(i)}}));
  }
}

}  // namespace
}  // namespace rasad::store
