// Store benchmarks, one core:
//   BM_IngestStored       storage alone: pre-extracted articles (2 events each, a third
//                         repeating another outlet's) into SQLite, 500 per transaction
//   BM_IngestEndToEnd     extraction + storage of generated Arabic articles
//   BM_QueryCountryMonth  one country's incidents of one month among 1,000,000
//   BM_TallyCountryYear   incidents and fatalities per month for one country and year
// The 1M-incident database is generated once into $TMPDIR/rasad-bench-1m.db and reused.
#include <filesystem>

#include <SQLiteCpp/SQLiteCpp.h>
#include <benchmark/benchmark.h>

#include "extract/extractor.h"
#include "store/fingerprint.h"
#include "store/store.h"
#include "store/synthetic_corpus.h"
#include "store/temp_db.h"

namespace rasad::store {
namespace {

constexpr size_t kBatch = 500;

void BM_IngestStored(benchmark::State& state) {
  TempDb tmp;
  auto db = OpenStore(tmp.path());
  size_t next = 0;
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<Submission> batch;
    for (size_t i = 0; i < kBatch; ++i) batch.push_back(synthetic::MakeSubmission(next++));
    state.ResumeTiming();
    db->Ingest(batch);
  }
  state.counters["articles/s"] = benchmark::Counter(static_cast<double>(next), benchmark::Counter::kIsRate);
  state.counters["incidents"] = static_cast<double>(db->Stats().incidents);
}
BENCHMARK(BM_IngestStored)->Iterations(100)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_IngestEndToEnd(benchmark::State& state) {
  static const extract::Extractor extractor(RASAD_SOURCE_DIR "/data");
  TempDb tmp;
  auto db = OpenStore(tmp.path());
  size_t next = 0;
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<Submission> batch;
    for (size_t i = 0; i < kBatch; ++i) batch.push_back(Submission{synthetic::MakeArticle(next++), {}, {}, {}});
    state.ResumeTiming();
    for (auto& s : batch) {
      s.fingerprint = Sha256Hex(s.article.text);
      auto x = extractor.Extract(s.article);
      s.events = std::move(x.events);
      s.tallies = std::move(x.tallies);
    }
    db->Ingest(batch);
  }
  state.counters["articles/s"] = benchmark::Counter(static_cast<double>(next), benchmark::Counter::kIsRate);
  state.counters["incidents"] = static_cast<double>(db->Stats().incidents);
}
BENCHMARK(BM_IngestEndToEnd)->Iterations(12)->Unit(benchmark::kMillisecond)->UseRealTime();

// A database of `n` synthetic incidents written straight into the incident table.
std::string MillionIncidents() {
  constexpr int64_t kIncidents = 1'000'000;
  const std::string path = (std::filesystem::temp_directory_path() / "rasad-bench-1m.db").string();
  if (std::filesystem::exists(path)) {
    SQLite::Database db(path);
    if (db.tableExists("incident") && db.execAndGet("SELECT count(*) FROM incident").getInt64() == kIncidents)
      return path;
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
                        "VALUES (?, ?, 1, 0, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, '')");
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
    ins.exec();
    ins.reset();
  }
  tx.commit();
  db.exec("ANALYZE");
  return path;
}

void BM_QueryCountryMonth(benchmark::State& state) {
  auto db = OpenStore(MillionIncidents());
  IncidentFilter f;
  f.country = "SY";
  f.from = Date{2022, 3, 1};
  f.to = Date{2022, 3, 31};
  size_t rows = 0;
  for (auto _ : state) {
    rows = 0;
    db->ForEachIncident(f, false, [&](const Incident&) { ++rows; });
  }
  state.counters["incidents"] = static_cast<double>(rows);
}
BENCHMARK(BM_QueryCountryMonth)->Unit(benchmark::kMillisecond);

void BM_TallyCountryYear(benchmark::State& state) {
  auto db = OpenStore(MillionIncidents());
  IncidentFilter f;
  f.country = "SY";
  f.from = Date{2022, 1, 1};
  f.to = Date{2022, 12, 31};
  size_t rows = 0;
  for (auto _ : state) rows = db->Tabulate(f, Period::kMonth, Grouping::kAdmin1).size();
  state.counters["rows"] = static_cast<double>(rows);
}
BENCHMARK(BM_TallyCountryYear)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace rasad::store

BENCHMARK_MAIN();
