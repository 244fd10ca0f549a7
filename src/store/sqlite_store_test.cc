// The SQLite store: idempotent ingest, replacement, atomic batches, filters,
// tallies computed from incidents, and the backend dispatcher.
#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>

#include "store/store.h"
#include "store/temp_db.h"

namespace rasad::store {
namespace {

Event MakeEvent(const std::string& article, int n, const char* date, const char* cc, const char* admin1,
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

Submission MakeArticle(const std::string& id, std::vector<Event> events, const char* text = "text") {
  Submission s;
  s.article.id = id;
  s.article.text = text;
  s.article.published = events.empty() ? std::nullopt : events[0].event_date;
  s.fingerprint = std::string("fp-") + text;
  s.events = std::move(events);
  return s;
}

class SqliteStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db = OpenStore(tmp.path());
    db->Ingest({
        MakeArticle("a1", {MakeEvent("a1", 1, "2024-03-10", "SY", "Idlib", "Sarmin", "Battles", "Islamic State (Syria)", 3),
                           MakeEvent("a1", 2, "2024-03-20", "SY", "Aleppo", "Manbij", "Protests", "Protesters (Syria)", {})}),
        MakeArticle("a2", {MakeEvent("a2", 1, "2024-03-11", "SY", "Idlib", "Sarmin", "Battles", "Islamic State (Syria)", 4)}),
        MakeArticle("a3", {MakeEvent("a3", 1, "2024-04-02", "IQ", "Kirkuk", "Kirkuk", "Battles", "Islamic State (Iraq)", 1)}),
    });
  }
  size_t Count(const IncidentFilter& f) {
    size_t n = 0;
    db->ForEachIncident(f, false, [&](const Incident&) { ++n; });
    return n;
  }
  TempDb tmp;
  std::unique_ptr<Store> db;
};

TEST_F(SqliteStoreTest, MergesAcrossArticlesAndCountsOnce) {
  StoreStats s = db->Stats();
  EXPECT_EQ(s.articles, 3);
  EXPECT_EQ(s.events, 4);
  EXPECT_EQ(s.incidents, 3);
  EXPECT_EQ(s.multi_source_incidents, 1);
}

TEST_F(SqliteStoreTest, ReingestingChangesNothing) {
  auto counts = db->Ingest({MakeArticle("a2", {MakeEvent("a2", 1, "2024-03-11", "SY", "Idlib", "Sarmin", "Battles",
                                                         "Islamic State (Syria)", 4)})});
  EXPECT_EQ(counts.unchanged, 1u);
  EXPECT_EQ(counts.fresh + counts.replaced + counts.events, 0u);
  EXPECT_EQ(db->Stats().incidents, 3);
  EXPECT_EQ(db->Fingerprint("a2"), "fp-text");
  EXPECT_EQ(db->Fingerprint("nope"), std::nullopt);
}

TEST_F(SqliteStoreTest, ChangedArticleReplacesOnlyItsRecords) {
  // a1 now reports only the protest: its battle leaves the Sarmin incident, a2 stays.
  auto counts = db->Ingest({MakeArticle(
      "a1", {MakeEvent("a1", 1, "2024-03-20", "SY", "Aleppo", "Manbij", "Protests", "Protesters (Syria)", {})}, "edited")});
  EXPECT_EQ(counts.replaced, 1u);
  StoreStats s = db->Stats();
  EXPECT_EQ(s.events, 3);
  EXPECT_EQ(s.incidents, 3);
  EXPECT_EQ(s.multi_source_incidents, 0);
  IncidentFilter f;
  f.admin1 = "Idlib";
  db->ForEachIncident(f, true, [&](const Incident& inc) {
    ASSERT_EQ(inc.sources.size(), 1u);
    EXPECT_EQ(inc.sources[0].event.article_id, "a2");
    EXPECT_EQ(inc.record.fatalities, 4);
  });
}

TEST_F(SqliteStoreTest, FailedBatchStoresNothing) {
  // The second article repeats an event id: the batch fails as a whole.
  Submission ok = MakeArticle("b1", {MakeEvent("b1", 1, "2024-05-01", "IQ", "Kirkuk", "Kirkuk", "Battles", "X", 1)});
  Submission bad = MakeArticle("b2", {MakeEvent("b1", 1, "2024-05-01", "IQ", "Kirkuk", "Kirkuk", "Battles", "X", 1)});
  bad.events[0].article_id = "b2";
  EXPECT_THROW(db->Ingest({ok, bad}), StoreError);
  EXPECT_EQ(db->Stats().articles, 3);
  EXPECT_EQ(db->Fingerprint("b1"), std::nullopt);
  db->Ingest({ok});
  EXPECT_EQ(db->Stats().articles, 4);
}

TEST_F(SqliteStoreTest, Filters) {
  IncidentFilter f;
  EXPECT_EQ(Count(f), 3u);
  f.country = "SY";
  EXPECT_EQ(Count(f), 2u);
  f.country = "iraq";
  EXPECT_EQ(Count(f), 1u);
  f = {};
  f.from = Date::Parse("2024-03-15");
  f.to = Date::Parse("2024-03-31");
  EXPECT_EQ(Count(f), 1u);
  f = {};
  f.admin1 = "إدلب";
  EXPECT_EQ(Count(f), 1u);
  f = {};
  f.actor = "islamic state";
  EXPECT_EQ(Count(f), 2u);
  f.actor = "Islamic State (Iraq)";
  EXPECT_EQ(Count(f), 1u);
  f.actor = "100%";
  EXPECT_EQ(Count(f), 0u);
  f = {};
  f.type = "Protests";
  EXPECT_EQ(Count(f), 1u);
  f = {};
  f.limit = 2;
  EXPECT_EQ(Count(f), 2u);
}

TEST_F(SqliteStoreTest, TalliesComeFromIncidents) {
  auto rows = db->Tabulate({}, Period::kMonth, Grouping::kCountry);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].period, "2024-03");
  EXPECT_EQ(rows[0].group, "Syria");
  EXPECT_EQ(rows[0].incidents, 2);
  EXPECT_EQ(rows[0].fatalities, 4);  // the merged battle counts once, with its best value
  EXPECT_EQ(rows[1].period, "2024-04");
  auto weeks = db->Tabulate({}, Period::kWeek, Grouping::kActor);
  ASSERT_EQ(weeks.size(), 3u);
  EXPECT_EQ(weeks[0].period, "2024-03-11");  // a Monday: the lead (latest) report dates it 2024-03-11
  EXPECT_EQ(weeks[0].group, "Islamic State (Syria)");
}

TEST_F(SqliteStoreTest, DatabaseIsSoundAndSearchable) {
  db.reset();
  SQLite::Database raw(tmp.path());
  EXPECT_EQ(raw.execAndGet("PRAGMA integrity_check").getString(), "ok");
  EXPECT_EQ(raw.execAndGet("PRAGMA journal_mode").getString(), "wal");
  EXPECT_EQ(raw.execAndGet("SELECT count(*) FROM evidence_fts WHERE evidence_fts MATCH 'a2'").getInt(), 1);
  EXPECT_EQ(raw.execAndGet("SELECT count(*) FROM incident_rtree WHERE min_lat >= 34 AND max_lat <= 36").getInt(), 3);
  EXPECT_EQ(raw.execAndGet("SELECT count(*) FROM provenance").getInt(), 4);
  SQLite::Statement explain(raw,
                            "EXPLAIN QUERY PLAN SELECT * FROM incident WHERE country_code = 'SY' AND event_date >= "
                            "'2024-03-01' AND event_date <= '2024-03-31'");
  std::string plan;
  while (explain.executeStep()) plan += explain.getColumn(3).getString() + "\n";
  EXPECT_NE(plan.find("incident_by_country"), std::string::npos) << plan;
}

TEST(OpenStore, PostgresIsNotBuiltYet) {
  try {
    OpenStore("postgresql://rasad@localhost/rasad");
    FAIL();
  } catch (const StoreError& e) {
    EXPECT_NE(std::string(e.what()).find("PostgreSQL backend not built yet"), std::string::npos);
  }
  EXPECT_THROW(OpenStore("mysql://x"), StoreError);
  EXPECT_THROW(OpenStore("/nonexistent-dir/sub/rasad.db"), StoreError);
  TempDb tmp;
  EXPECT_NO_THROW(OpenStore("sqlite://" + tmp.path()));
}

}  // namespace
}  // namespace rasad::store
