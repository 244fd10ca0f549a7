// Store benchmarks, one core:
//   BM_IngestStored       storage alone: pre-extracted articles (2 events each, a third
//                         repeating another outlet's) into SQLite, 500 or 2,000 per transaction
//   BM_IngestEndToEnd     extraction + storage of generated Arabic articles
//   BM_QueryCountryMonth  one country's incidents of one month among 1,000,000
//   BM_TallyCountryYear   incidents and fatalities per month for one country and year
// The 1M-incident database is generated once into $TMPDIR/rasad-bench-1m.db and reused.
// With $RASAD_BENCH_PG (a libpq URL, e.g. from scripts/pg.sh start) the same ingest and
// query run on PostgreSQL too (the *Postgres benchmarks; schemas rasad_bench_*).
#include <benchmark/benchmark.h>
#include <pqxx/pqxx>

#include "extract/extractor.h"
#include "store/fingerprint.h"
#include "store/store.h"
#include "store/synthetic_corpus.h"
#include "store/temp_db.h"
#include "million_incidents.h"

namespace rasad::store {
namespace {

constexpr size_t kBatch = 500;

// One batch of `batch_size` pre-extracted articles per iteration (generated untimed).
void IngestPreExtracted(benchmark::State& state, Store& db, size_t batch_size) {
  size_t next = 0;
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<Submission> batch;
    for (size_t i = 0; i < batch_size; ++i) batch.push_back(synthetic::MakeSubmission(next++));
    state.ResumeTiming();
    db.Ingest(batch);
  }
  state.counters["articles/s"] = benchmark::Counter(static_cast<double>(next), benchmark::Counter::kIsRate);
  state.counters["incidents"] = static_cast<double>(db.Stats().incidents);
}

void BM_IngestStored(benchmark::State& state) {
  TempDb tmp;
  IngestPreExtracted(state, *OpenStore(tmp.path()), static_cast<size_t>(state.range(0)));
}
// 50,000 articles in batches of 500, 2,000 (rasad ingest's default --batch) and 5,000.
BENCHMARK(BM_IngestStored)->Arg(500)->Iterations(100)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_IngestStored)->Arg(2000)->Iterations(25)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_IngestStored)->Arg(5000)->Iterations(10)->Unit(benchmark::kMillisecond)->UseRealTime();

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

// One country's incidents of one month, read whole.
void QueryCountryMonth(benchmark::State& state, Store& db) {
  IncidentFilter f;
  f.country = "SY";
  f.from = Date{2022, 3, 1};
  f.to = Date{2022, 3, 31};
  size_t rows = 0;
  for (auto _ : state) {
    rows = 0;
    db.ForEachIncident(f, false, [&](const Incident&) { ++rows; });
  }
  state.counters["incidents"] = static_cast<double>(rows);
}

void BM_QueryCountryMonth(benchmark::State& state) { QueryCountryMonth(state, *OpenStore(MillionIncidents())); }
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

// ---- PostgreSQL ---------------------------------------------------------------------------

// The URL of `schema` in the $RASAD_BENCH_PG database (created; emptied first when `fresh`),
// or "" when the variable is not set.
std::string PostgresSchema(const std::string& schema, bool fresh) {
  const char* url = std::getenv("RASAD_BENCH_PG");
  if (!url || !*url) return "";
  pqxx::connection c(url);
  pqxx::work tx(c);
  if (fresh) tx.exec("DROP SCHEMA IF EXISTS " + tx.quote_name(schema) + " CASCADE");
  tx.exec("CREATE SCHEMA IF NOT EXISTS " + tx.quote_name(schema));
  tx.commit();
  return fmt::format("{}{}options=-csearch_path%3D{}%2Cpublic", url, std::string(url).find('?') == std::string::npos ? '?' : '&',
                     schema);
}

void BM_IngestStoredPostgres(benchmark::State& state) {
  const std::string url = PostgresSchema("rasad_bench_ingest", true);
  if (url.empty()) {
    state.SkipWithError("RASAD_BENCH_PG is not set");
    return;
  }
  IngestPreExtracted(state, *OpenStore(url), kBatch);
}
BENCHMARK(BM_IngestStoredPostgres)->Iterations(40)->Unit(benchmark::kMillisecond)->UseRealTime();

// The same 1,000,000 incidents as MillionIncidents(), in PostgreSQL (COPY), kept between runs.
std::string MillionIncidentsPostgres() {
  constexpr int64_t kIncidents = 1'000'000;
  std::string url = PostgresSchema("rasad_bench_1m", false);
  if (url.empty()) return url;
  OpenStore(url);  // the schema
  pqxx::connection c(url);
  {
    pqxx::work tx(c);
    if (tx.exec("SELECT count(*) FROM incident")[0][0].as<int64_t>() == kIncidents) return url;
    tx.exec("TRUNCATE incident");
    pqxx::stream_to copy(tx, "incident",
                         std::vector<std::string>{"incident_id", "component", "sources_count", "updated_at", "event_date",
                                                  "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
                                                  "country", "country_code", "admin1", "admin2", "location", "geom",
                                                  "geo_precision", "fatalities", "evidence"});
    for (int64_t i = 0; i < kIncidents; ++i) {
      Event e = synthetic::MakeEvent(static_cast<size_t>(i), "bench", 1);
      copy << std::make_tuple(fmt::format("bench:{}", i), i + 1, 1, 0, e.event_date->iso(), 1, e.event_type,
                              e.sub_event_type, e.actor1, e.actor2, e.place.country, e.place.country_code,
                              e.place.admin1, e.place.admin2, e.place.location,
                              fmt::format("SRID=4326;POINT({} {})", e.place.longitude, e.place.latitude), 1,
                              *e.fatalities, std::string());
    }
    copy.complete();
    tx.commit();
  }
  pqxx::nontransaction(c).exec("ANALYZE incident");
  return url;
}

void BM_QueryCountryMonthPostgres(benchmark::State& state) {
  const std::string url = MillionIncidentsPostgres();
  if (url.empty()) {
    state.SkipWithError("RASAD_BENCH_PG is not set");
    return;
  }
  QueryCountryMonth(state, *OpenStore(url));
}
BENCHMARK(BM_QueryCountryMonthPostgres)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
}  // namespace rasad::store

BENCHMARK_MAIN();
