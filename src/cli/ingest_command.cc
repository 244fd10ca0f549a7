#include "cli/ingest_command.h"

#include <atomic>
#include <cstdio>
#include <thread>

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "extract/extractor.h"
#include "io/article_reader.h"
#include "store/fingerprint.h"
#include "store/record_reader.h"
#include "store/store.h"

namespace rasad::cli {
namespace {

// Extracts the submissions whose articles are not stored as they are, on
// `jobs` threads; stored ones are left without records (the store counts
// them unchanged).
void ExtractBatch(const extract::Extractor& extractor, store::Store& db, std::vector<store::Submission>& batch,
                  unsigned jobs) {
  std::vector<store::Submission*> todo;
  for (auto& s : batch) {
    s.fingerprint = store::Sha256Hex(s.article.text);
    if (db.Fingerprint(s.article.id) != s.fingerprint) todo.push_back(&s);
  }
  std::atomic<size_t> next = 0;
  auto work = [&] {
    for (size_t i; (i = next++) < todo.size();) {
      extract::Extraction x = extractor.Extract(todo[i]->article);
      todo[i]->events = std::move(x.events);
      todo[i]->tallies = std::move(x.tallies);
    }
  };
  std::vector<std::jthread> threads;
  for (unsigned t = 1; t < jobs && t < todo.size(); ++t) threads.emplace_back(work);
  work();
}

}  // namespace

void AddIngestCommand(CLI::App& app, IngestOptions& opts) {
  auto* cmd = app.add_subcommand("ingest", "Extract articles and store them with their events, tallies and incidents");
  cmd->add_option("files", opts.inputs,
                  "Input files, as for 'rasad extract' (JSON Lines or plain text). Standard input when none or '-'.");
  cmd->add_option("--db", opts.db, "Database: a path (SQLite, created if needed) or URL")->capture_default_str();
  cmd->add_option("--published", opts.published,
                  "Publication date YYYY-MM-DD for articles that carry none (relative dates resolve against it)");
  cmd->add_option("--data", opts.data_dir, "Data directory with the dictionaries and gazetteer (default: installed data)");
  cmd->add_option("-j,--jobs", opts.jobs, "Extraction threads (default: all cores)");
  cmd->add_option("--batch", opts.batch, "Articles per transaction")->capture_default_str()->check(CLI::PositiveNumber);
  cmd->add_flag("--records", opts.records, "Inputs are 'rasad extract' output (event and tally records), stored as they are");
  cmd->add_flag("--progress", opts.progress,
                "After each committed batch print one JSON line on standard error: "
                "{\"committed\":BATCH,\"articles\":N,\"last_article_id\":ID}");
  cmd->add_flag("-q,--quiet", opts.quiet, "Do not print rejected records on standard error");
  cmd->footer(
      "Re-ingesting an article (same id, same text) changes nothing; an article whose text changed replaces its own "
      "records. Exit status: 0 every record was stored; 1 some input records were rejected (each is named on "
      "standard error with file, line and id) while all others were stored; 2 the run failed (bad options, "
      "unreadable data, database error) — batches committed before stay stored.");
}

int RunIngest(const IngestOptions& opts) {
  io::ReadOptions ropts;
  if (!opts.published.empty()) {
    ropts.default_published = Date::Parse(opts.published);
    if (!ropts.default_published || opts.published.size() != 10) {
      fmt::print(stderr, "rasad: --published must be a date YYYY-MM-DD, not '{}'\n", opts.published);
      return 2;
    }
  }
  std::unique_ptr<store::Store> db;
  try {
    db = store::OpenStore(opts.db);
  } catch (const std::exception& e) {
    fmt::print(stderr, "rasad: {}\n", e.what());
    return 2;
  }
  std::unique_ptr<extract::Extractor> extractor;
  if (!opts.records) {
    try {
      extractor = std::make_unique<extract::Extractor>(opts.data_dir.empty() ? extract::DefaultDataDir() : opts.data_dir);
    } catch (const std::exception& e) {
      fmt::print(stderr, "rasad: cannot load data: {}\n", e.what());
      return 2;
    }
  }
  const unsigned jobs = opts.jobs ? opts.jobs : std::max(1u, std::thread::hardware_concurrency());

  size_t rejected = 0, batches = 0, articles = 0;
  store::IngestCounts total;
  std::vector<store::Submission> batch;
  auto commit = [&] {
    if (batch.empty()) return;
    if (extractor) ExtractBatch(*extractor, *db, batch, jobs);
    store::IngestCounts c = db->Ingest(batch);
    total.fresh += c.fresh;
    total.unchanged += c.unchanged;
    total.replaced += c.replaced;
    total.events += c.events;
    total.tallies += c.tallies;
    articles += batch.size();
    ++batches;
    if (opts.progress) {
      nlohmann::ordered_json line = {{"committed", batches}, {"articles", articles}, {"last_article_id", batch.back().article.id}};
      fmt::print(stderr, "{}\n", line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
      std::fflush(stderr);
    }
    batch.clear();
  };
  auto on_error = [&](const io::InputError& e) {
    if (e.message.find("article kept") == std::string::npos) ++rejected;
    if (!opts.quiet) fmt::print(stderr, "rasad: {}\n", e.ToString());
  };
  auto add = [&](store::Submission&& s) {
    batch.push_back(std::move(s));
    if (batch.size() >= opts.batch) commit();
  };
  std::vector<std::string> inputs = opts.inputs;
  if (inputs.empty()) inputs.push_back("-");
  try {
    for (const auto& path : inputs) {
      if (opts.records) {
        store::ReadRecords(path, add, on_error);
      } else {
        io::ReadArticles(path, ropts, [&](Article&& a) { add(store::Submission{std::move(a), {}, {}, {}}); }, on_error);
      }
    }
    commit();
  } catch (const std::exception& e) {
    fmt::print(stderr, "rasad: ingest stopped after {} committed articles: {}\n", articles, e.what());
    return 2;
  }
  store::StoreStats stats = db->Stats();
  fmt::print("articles: {} new, {} unchanged, {} replaced, {} rejected\n", total.fresh, total.unchanged, total.replaced,
             rejected);
  fmt::print("stored: {} events, {} tallies\n", total.events, total.tallies);
  fmt::print("database {}: {} articles, {} events, {} incidents ({} from several sources), {} tallies\n", opts.db,
             stats.articles, stats.events, stats.incidents, stats.multi_source_incidents, stats.tallies);
  return rejected ? 1 : 0;
}

}  // namespace rasad::cli
