// What only the PostgreSQL store has: PostGIS points with a GiST index, the
// indexes the country + month query uses, evidence search, provenance, the
// schema version, and refusing a database without PostGIS. The behaviour it
// shares with SQLite is tested on both in sqlite_store_test.cc and dedup_set_test.cc.
#include <gtest/gtest.h>
#include <pqxx/pqxx>

#include "store/scratch_store.h"
#include "store/store.h"
#include "store/test_event.h"

namespace rasad::store {
namespace {

using fixtures::MakeEvent;

class PostgresStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!scratch.unavailable().empty()) GTEST_SKIP() << scratch.unavailable();
    db = scratch.Open();
    Submission a, b;
    a.article.id = "a1";
    a.fingerprint = "fa";
    a.events = {MakeEvent("a1", 1, "2024-03-10", "SY", "Idlib", "Sarmin", "Battles", "Islamic State (Syria)", 3)};
    a.events[0].place.latitude = 35.9;
    a.events[0].place.longitude = 36.7;
    b.article.id = "a2";
    b.fingerprint = "fb";
    b.events = {MakeEvent("a2", 1, "2024-03-10", "SY", "Idlib", "Sarmin", "Battles", "Islamic State (Syria)", 4)};
    b.events[0].place.latitude = 35.9;
    b.events[0].place.longitude = 36.7;
    b.events[0].evidence = "قتل أربعة في غارة على سرمين";
    db->Ingest({a, b});
    raw = std::make_unique<pqxx::connection>(scratch.location());
  }
  // The first column of the first row of `sql`, run in the test's schema.
  std::string One(const std::string& sql) {
    pqxx::nontransaction tx(*raw);
    auto r = tx.exec(sql);
    return r.empty() || r[0][0].is_null() ? std::string() : r[0][0].c_str();
  }

  ScratchStore scratch{Backend::kPostgres};
  std::unique_ptr<Store> db;
  std::unique_ptr<pqxx::connection> raw;
};

TEST_F(PostgresStoreTest, PlacesArePostgisPointsWithAGistIndex) {
  EXPECT_EQ(One("SELECT ST_AsText(geom) FROM incident"), "POINT(36.7 35.9)");
  EXPECT_EQ(One("SELECT ST_SRID(geom) FROM event LIMIT 1"), "4326");
  EXPECT_EQ(One("SELECT count(*) FROM incident WHERE ST_DWithin(geom, ST_SetSRID(ST_MakePoint(36.7, 35.9), 4326), 0.1)"),
            "1");
  // From the catalogs, not pg_indexes: that view spells out the definition of every
  // index, and a parallel test dropping its schema meanwhile makes it fail.
  EXPECT_EQ(One("SELECT count(*) FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid "
                "JOIN pg_namespace n ON n.oid = t.relnamespace JOIN pg_class x ON x.oid = i.indexrelid "
                "JOIN pg_am am ON am.oid = x.relam JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = i.indkey[0] "
                "WHERE n.nspname = current_schema() AND t.relname = 'incident' AND am.amname = 'gist' "
                "AND a.attname = 'geom'"),
            "1");
  // Read back exactly as written.
  db->ForEachIncident({}, false, [](const Incident& inc) {
    EXPECT_TRUE(inc.record.place.has_coordinates);
    EXPECT_DOUBLE_EQ(inc.record.place.latitude, 35.9);
    EXPECT_DOUBLE_EQ(inc.record.place.longitude, 36.7);
  });
}

TEST_F(PostgresStoreTest, CountryMonthQueryUsesTheCountryIndex) {
  pqxx::nontransaction tx(*raw);
  tx.exec("SET enable_seqscan = off");  // a two-row table would be scanned whatever the indexes
  std::string plan;
  for (const auto& r : tx.exec("EXPLAIN SELECT * FROM incident WHERE lower(country_code) = lower('SY') "
                               "AND event_date >= '2024-03-01' AND event_date <= '2024-03-31'"))
    plan += std::string(r[0].c_str()) + "\n";
  EXPECT_NE(plan.find("incident_by_country"), std::string::npos) << plan;
}

TEST_F(PostgresStoreTest, EvidenceSearchProvenanceAndVersion) {
  EXPECT_EQ(One("SELECT count(*) FROM event WHERE to_tsvector('simple', evidence) @@ to_tsquery('simple', 'سرمين')"),
            "1");
  EXPECT_EQ(One("SELECT count(*) FROM provenance"), "2");
  EXPECT_EQ(One("SELECT count(DISTINCT incident_id) FROM provenance"), "1");
  EXPECT_EQ(One("SELECT max(version) FROM schema_version"), "1");
  // Opening again keeps everything and adds no second version row.
  db = scratch.Open();
  EXPECT_EQ(db->Stats().events, 2);
  EXPECT_EQ(One("SELECT count(*) FROM schema_version"), "1");
}

TEST_F(PostgresStoreTest, RefusesADatabaseWithoutPostgis) {
  // A search_path without public hides PostGIS.
  std::string location = scratch.location();
  location.erase(location.find("%2Cpublic"));
  try {
    OpenStore(location);
    FAIL();
  } catch (const StoreError& e) {
    EXPECT_NE(std::string(e.what()).find("PostGIS"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace rasad::store
