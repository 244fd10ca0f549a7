// For the benchmarks: a database of 1,000,000 synthetic incidents
// (store/synthetic_corpus.h's MakeEvent, ten countries, five years), written
// straight into the incident table — the state a store reaches after ingesting
// several million articles. Made once at `path` and reused while it holds them.
#pragma once

#include <filesystem>
#include <string>

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include "store/store.h"
#include "store/synthetic_corpus.h"

namespace rasad::store {

inline std::string DefaultMillionIncidentsPath() {
  return (std::filesystem::temp_directory_path() / "rasad-bench-1m.db").string();
}

inline std::string MillionIncidents(const std::string& path = DefaultMillionIncidentsPath()) {
  constexpr int64_t kIncidents = 1'000'000;
  if (std::filesystem::exists(path)) {
    SQLite::Database db(path);
    if (db.tableExists("incident") && db.execAndGet("SELECT count(*) FROM incident").getInt64() == kIncidents) {
      OpenStore(path);  // brings an older schema up to date (indexes) here rather than in the timed part
      return path;
    }
  }
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  OpenStore(path);  // the schema
  SQLite::Database db(path, SQLite::OPEN_READWRITE);
  db.exec("PRAGMA journal_mode = WAL");
  db.exec("PRAGMA synchronous = OFF");
  SQLite::Transaction tx(db);
  SQLite::Statement ins(db,
                        "INSERT INTO incident (incident_id, component, sources_count, updated_at, event_date, "
                        "time_precision, event_type, sub_event_type, actor1, actor2, country, country_code, admin1, "
                        "admin2, location, latitude, longitude, geo_precision, fatalities, evidence) "
                        "VALUES (?, ?, 1, 0, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)");
  for (int64_t i = 0; i < kIncidents; ++i) {
    Event e = synthetic::MakeEvent(static_cast<size_t>(i), "bench", 1);
    int c = 1;
    ins.bind(c++, fmt::format("bench:{}", i));
    ins.bind(c++, i + 1);
    ins.bind(c++, e.event_date->iso());
    ins.bind(c++, e.event_type);
    ins.bind(c++, e.sub_event_type);
    ins.bind(c++, e.actor1);
    ins.bind(c++, e.actor2);
    ins.bind(c++, e.place.country);
    ins.bind(c++, e.place.country_code);
    ins.bind(c++, e.place.admin1);
    ins.bind(c++, e.place.admin2);
    ins.bind(c++, e.place.location);
    ins.bind(c++, e.place.latitude);
    ins.bind(c++, e.place.longitude);
    ins.bind(c++, *e.fatalities);
    ins.bind(c++, e.evidence);
    ins.exec();
    ins.reset();
  }
  tx.commit();
  db.exec("ANALYZE");
  return path;
}

}  // namespace rasad::store
