// The store on both backends: idempotent ingest, replacement, atomic batches, filters,
// tallies computed from incidents, and the backend dispatcher.
#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>

#include "store/scratch_store.h"
#include "store/store.h"
#include "store/temp_db.h"
#include "store/test_event.h"

namespace rasad::store {
namespace {

using fixtures::MakeEvent;

Submission MakeArticle(const std::string& id, std::vector<Event> events, const char* text = "text") {
  Submission s;
  s.article.id = id;
  s.article.text = text;
  s.article.published = events.empty() ? std::nullopt : events[0].event_date;
  s.fingerprint = std::string("fp-") + text;
  s.events = std::move(events);
  return s;
}

// The same tests on every backend (StoreTest), and SQLite's own (SqliteStoreTest).
class StoreTest : public ::testing::TestWithParam<Backend> {
 protected:
  virtual Backend backend() const { return GetParam(); }
  void SetUp() override {
    scratch = std::make_unique<ScratchStore>(backend());
    if (!scratch->unavailable().empty()) GTEST_SKIP() << scratch->unavailable();
    db = scratch->Open();
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
  std::unique_ptr<ScratchStore> scratch;
  std::unique_ptr<Store> db;
};

class SqliteStoreTest : public StoreTest {
  Backend backend() const override { return Backend::kSqlite; }
};

INSTANTIATE_TEST_SUITE_P(Backends, StoreTest, ::testing::Values(Backend::kSqlite, Backend::kPostgres), BackendName);

TEST_P(StoreTest, MergesAcrossArticlesAndCountsOnce) {
  StoreStats s = db->Stats();
  EXPECT_EQ(s.articles, 3);
  EXPECT_EQ(s.events, 4);
  EXPECT_EQ(s.incidents, 3);
  EXPECT_EQ(s.multi_source_incidents, 1);
}

TEST_P(StoreTest, ReingestingChangesNothing) {
  auto counts = db->Ingest({MakeArticle("a2", {MakeEvent("a2", 1, "2024-03-11", "SY", "Idlib", "Sarmin", "Battles",
                                                         "Islamic State (Syria)", 4)})});
  EXPECT_EQ(counts.unchanged, 1u);
  EXPECT_EQ(counts.fresh + counts.replaced + counts.events, 0u);
  EXPECT_EQ(db->Stats().incidents, 3);
  EXPECT_EQ(db->Fingerprint("a2"), "fp-text");
  EXPECT_EQ(db->Fingerprint("nope"), std::nullopt);
}

TEST_P(StoreTest, ChangedArticleReplacesOnlyItsRecords) {
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

TEST_P(StoreTest, FailedBatchStoresNothing) {
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

TEST_P(StoreTest, Filters) {
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

TEST_P(StoreTest, PagesFollowTheOrderAndCountIgnoresThem) {
  std::vector<std::string> all;
  db->ForEachIncident({}, false, [&](const Incident& inc) { all.push_back(inc.incident_id); });
  ASSERT_EQ(all.size(), 3u);
  IncidentFilter f;
  f.offset = 1;
  std::vector<std::string> page;
  db->ForEachIncident(f, false, [&](const Incident& inc) { page.push_back(inc.incident_id); });
  EXPECT_EQ(page, std::vector<std::string>(all.begin() + 1, all.end()));
  f.limit = 1;
  page.clear();
  db->ForEachIncident(f, false, [&](const Incident& inc) { page.push_back(inc.incident_id); });
  EXPECT_EQ(page, std::vector<std::string>{all[1]});
  EXPECT_EQ(db->CountIncidents(f), 3);
  f.country = "SY";
  EXPECT_EQ(db->CountIncidents(f), 2);
  f.offset = 5;
  EXPECT_EQ(Count(f), 0u);
}

// Counts may be remembered between calls, never past a change by this or another connection.
TEST_P(StoreTest, CountsFollowEveryIngest) {
  IncidentFilter syria;
  syria.country = "SY";
  EXPECT_EQ(db->CountIncidents(syria), 2);
  EXPECT_EQ(db->CountIncidents({}), 3);
  db->Ingest({MakeArticle("b1", {MakeEvent("b1", 1, "2024-05-01", "SY", "Homs", "Homs", "Protests", "Protesters (Syria)", {})})});
  EXPECT_EQ(db->CountIncidents(syria), 3);
  auto other = scratch->Open();
  other->Ingest({MakeArticle("b2", {MakeEvent("b2", 1, "2024-05-09", "SY", "Hama", "Hama", "Protests", "Protesters (Syria)", {})})});
  EXPECT_EQ(db->CountIncidents(syria), 4);
  EXPECT_EQ(db->CountIncidents({}), 5);
  // A changed article that drops its events.
  other->Ingest({MakeArticle("b2", {}, "changed")});
  EXPECT_EQ(scratch->Open()->CountIncidents(syria), 3);
  EXPECT_EQ(db->CountIncidents(syria), 3);
}

TEST_P(StoreTest, FindsOneIncidentWithEverySource) {
  IncidentFilter f;
  f.admin1 = "Idlib";
  std::string id;
  db->ForEachIncident(f, false, [&](const Incident& inc) { id = inc.incident_id; });
  auto inc = db->FindIncident(id);
  ASSERT_TRUE(inc);
  EXPECT_EQ(inc->incident_id, id);
  ASSERT_EQ(inc->sources.size(), 2u);
  EXPECT_NE(inc->sources[0].event.article_id, inc->sources[1].event.article_id);
  EXPECT_FALSE(db->FindIncident("a1:e99"));
  EXPECT_FALSE(db->FindIncident(""));
}

TEST_P(StoreTest, FindsArticleTextWithItsEvidenceSpans) {
  Submission s = MakeArticle("c1", {MakeEvent("c1", 1, "2024-06-01", "IQ", "Kirkuk", "Hawija", "Battles", "X", 2),
                                    MakeEvent("c1", 2, "2024-06-02", "IQ", "Kirkuk", "Daquq", "Protests", "Y", {})},
                             "first sentence. second sentence.");
  s.article.url = "https://c1.example/1";
  s.article.title = "title";
  s.events[0].evidence_begin = 16;
  s.events[0].evidence_end = 32;
  s.events[1].evidence_begin = 0;
  s.events[1].evidence_end = 15;
  Tally t;
  t.tally_id = "c1:t1";
  t.article_id = "c1";
  t.evidence = "first sentence.";
  t.evidence_end = 15;
  s.tallies.push_back(t);
  db->Ingest({s});
  auto a = db->FindArticle("c1");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->article.text, "first sentence. second sentence.");
  EXPECT_EQ(a->article.url, "https://c1.example/1");
  EXPECT_EQ(a->article.title, "title");
  EXPECT_EQ(a->article.published, Date::Parse("2024-06-01"));
  ASSERT_EQ(a->spans.size(), 3u);
  EXPECT_EQ(a->spans[0].record_id, "c1:e2");
  EXPECT_EQ(a->spans[0].kind, "event");
  EXPECT_EQ(a->spans[0].incident_id, "c1:e2");
  EXPECT_EQ(a->spans[1].record_id, "c1:t1");
  EXPECT_EQ(a->spans[1].kind, "tally");
  EXPECT_EQ(a->spans[1].incident_id, "");
  EXPECT_EQ(a->spans[2].begin, 16u);
  EXPECT_EQ(a->spans[2].end, 32u);
  EXPECT_FALSE(db->FindArticle("nope"));
}

TEST(SqliteStoreSchema, VersionOneDatabaseGainsArticleText) {
  TempDb tmp;
  {
    SQLite::Database raw(tmp.path(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    raw.exec("CREATE TABLE article (id INTEGER PRIMARY KEY, article_id TEXT NOT NULL UNIQUE, url TEXT, source TEXT, "
             "title TEXT, published TEXT, fingerprint TEXT NOT NULL, ingested_at TEXT NOT NULL)");
    raw.exec("INSERT INTO article (article_id, fingerprint, ingested_at) VALUES ('old', 'fp', 'then')");
    raw.exec("PRAGMA user_version = 1");
  }
  auto db = OpenStore(tmp.path());
  auto old = db->FindArticle("old");
  ASSERT_TRUE(old);
  EXPECT_EQ(old->article.text, "");
  db->Ingest({MakeArticle("new", {}, "some text")});
  EXPECT_EQ(db->FindArticle("new")->article.text, "some text");
}

TEST_P(StoreTest, TalliesComeFromIncidents) {
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
  SQLite::Database raw(scratch->location());
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
  EXPECT_NE(plan.find("incident_listing_by_country"), std::string::npos) << plan;
}

// incident_rtree holds exactly the located incidents at their points, also when a rebuilt
// incident keeps its id and its point moves (or stays, and its entry is left alone).
TEST_F(SqliteStoreTest, RtreeFollowsIncidentPoints) {
  auto consistent = [&] {
    SQLite::Database raw(scratch->location());
    const int located = raw.execAndGet("SELECT count(*) FROM incident WHERE latitude IS NOT NULL").getInt();
    const int entries = raw.execAndGet("SELECT count(*) FROM incident_rtree").getInt();
    const int matching = raw.execAndGet(
        "SELECT count(*) FROM incident i JOIN incident_rtree r ON r.id = i.id "
        "WHERE abs(r.min_lat - i.latitude) < 1e-4 AND abs(r.max_lon - i.longitude) < 1e-4").getInt();
    EXPECT_EQ(entries, located);
    EXPECT_EQ(matching, located);
    return raw.execAndGet("SELECT min_lat FROM incident_rtree r JOIN incident i ON i.id = r.id "
                          "WHERE i.incident_id = 'c1:e1'").getDouble();
  };
  // c1 dates the incident to the day but places it roughly; c2 (a week) places it precisely.
  Event rough = MakeEvent("c1", 1, "2024-06-01", "SY", "Homs", "Talbiseh", "Battles", "Islamic State (Syria)", 2);
  rough.place.geo_precision = 2;
  rough.place.latitude = 30;
  db->Ingest({MakeArticle("c1", {rough})});
  EXPECT_NEAR(consistent(), 30, 1e-3);
  Event precise = MakeEvent("c2", 1, "2024-06-02", "SY", "Homs", "Talbiseh", "Battles", "Islamic State (Syria)", 2);
  precise.time_precision = TimePrecision::kWeek;
  precise.place.latitude = 31;
  db->Ingest({MakeArticle("c2", {precise})});
  EXPECT_NEAR(consistent(), 31, 1e-3);  // same incident id, moved
  Event again = precise;
  again.article_id = "c3";
  again.event_id = "c3:e1";
  db->Ingest({MakeArticle("c3", {again})});
  EXPECT_NEAR(consistent(), 31, 1e-3);  // same incident id, same point
  IncidentFilter f;
  f.incident_id = "c1:e1";
  EXPECT_EQ(db->CountIncidents(f), 1);
  EXPECT_EQ(db->FindIncident("c1:e1")->sources_count, 3);
}

TEST(OpenStore, DispatchesOnTheLocation) {
  try {
    OpenStore("postgresql://rasad@127.0.0.1:1/rasad");  // nothing listens on port 1
    FAIL();
  } catch (const StoreError& e) {
    EXPECT_NE(std::string(e.what()).find("cannot open PostgreSQL database"), std::string::npos) << e.what();
  }
  EXPECT_THROW(OpenStore("mysql://x"), StoreError);
  EXPECT_THROW(OpenStore("/nonexistent-dir/sub/rasad.db"), StoreError);
  TempDb tmp;
  EXPECT_NO_THROW(OpenStore("sqlite://" + tmp.path()));
}

}  // namespace
}  // namespace rasad::store
