// Reading rasad's own records back: the inverse of io::EventJson / TallyJson.
#include "store/record_reader.h"

#include <sstream>

#include <gtest/gtest.h>

#include "io/record_json.h"

namespace rasad::store {
namespace {

Event Sample() {
  Event e;
  e.event_id = "x:e1";
  e.article_id = "x";
  e.event_date = Date::Parse("2024-02-20");
  e.time_precision = TimePrecision::kWeek;
  e.event_type = "Explosions/Remote violence";
  e.sub_event_type = "Air/drone strike";
  e.actor1 = "Military Forces of Turkey";
  e.inter1 = 8;
  e.place.country = "Iraq";
  e.place.country_code = "IQ";
  e.place.admin1 = "Ninewa";
  e.place.location = "Khanasor";
  e.place.location_ar = "خانصور";
  e.place.latitude = 36.5;
  e.place.longitude = 41.7;
  e.place.has_coordinates = true;
  e.place.geo_precision = 2;
  e.place.wof_id = 42;
  e.killed_or_wounded = 3;
  e.evidence = "جملة";
  e.evidence_begin = 10;
  e.evidence_end = 18;
  e.trigger = "مسيرة";
  return e;
}

TEST(RecordReader, EventRoundTrip) {
  Event e = Sample();
  Event back = EventFromJson(nlohmann::json::parse(io::ToLine(io::EventJson(e))));
  EXPECT_EQ(io::ToLine(io::EventJson(back)), io::ToLine(io::EventJson(e)));
}

TEST(RecordReader, TallyRoundTrip) {
  Tally t;
  t.tally_id = "x:t1";
  t.article_id = "x";
  t.actor = "Islamic State (Iraq)";
  t.operations = 7;
  t.killed_or_wounded = 23;
  t.period_start = Date::Parse("2024-02-01");
  t.evidence = "سبع هجمات";
  Tally back = TallyFromJson(nlohmann::json::parse(io::ToLine(io::TallyJson(t))));
  EXPECT_EQ(io::ToLine(io::TallyJson(back)), io::ToLine(io::TallyJson(t)));
}

TEST(RecordReader, GroupsRecordsByArticleAndReportsBadLines) {
  Event a = Sample(), b = Sample();
  b.event_id = "x:e2";
  Event c = Sample();
  c.article_id = "y";
  c.event_id = "y:e1";
  std::stringstream in;
  in << io::ToLine(io::EventJson(a)) << "\n" << io::ToLine(io::EventJson(b)) << "\n"
     << "{not json\n"
     << "{\"kind\":\"event\"}\n"
     << io::ToLine(io::EventJson(c)) << "\n";
  std::vector<Submission> got;
  std::vector<io::InputError> errors;
  size_t n = ReadRecords(in, "in.jsonl", [&](Submission&& s) { got.push_back(std::move(s)); },
                         [&](const io::InputError& e) { errors.push_back(e); });
  ASSERT_EQ(n, 2u);
  EXPECT_EQ(got[0].article.id, "x");
  EXPECT_EQ(got[0].events.size(), 2u);
  EXPECT_EQ(got[1].article.id, "y");
  EXPECT_EQ(got[0].fingerprint.size(), 64u);
  EXPECT_NE(got[0].fingerprint, got[1].fingerprint);
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].line, 3u);
  EXPECT_EQ(errors[1].line, 4u);
  EXPECT_NE(errors[0].ToString().find("in.jsonl:3"), std::string::npos);
}

TEST(RecordReader, ALineOverTheLimitIsAnErrorAndTheRestIsRead) {
  Event a = Sample(), c = Sample();
  c.article_id = "y";
  c.event_id = "y:e1";
  std::string first = io::ToLine(io::EventJson(a)), last = io::ToLine(io::EventJson(c));
  std::stringstream in;
  in << first << "\n" << std::string(first.size() * 3, 'x') << "\n" << last << "\n";
  std::vector<Submission> got;
  std::vector<io::InputError> errors;
  size_t n = ReadRecords(
      in, "in.jsonl", [&](Submission&& s) { got.push_back(std::move(s)); },
      [&](const io::InputError& e) { errors.push_back(e); }, /*max_line=*/first.size() * 2);
  ASSERT_EQ(n, 2u);
  EXPECT_EQ(got[1].article.id, "y");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].line, 2u);
  EXPECT_NE(errors[0].message.find("longer than"), std::string::npos) << errors[0].message;
}

}  // namespace
}  // namespace rasad::store
