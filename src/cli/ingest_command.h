// `rasad ingest`: extract articles and store them (store/store.h) in one
// step, in batches of --batch articles, each committed in one transaction: a
// killed run loses at most the batch being written, and running it again
// completes it (stored articles are recognized by id and fingerprint and not
// extracted again). With --records the inputs are `rasad extract` output.
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace rasad::cli {

struct IngestOptions {
  std::vector<std::string> inputs;   // files; empty or "-" = standard input
  std::string db = "rasad.db";       // path or URL (store::OpenStore)
  std::string published;             // default publication day
  std::string data_dir;
  unsigned jobs = 0;                 // extraction threads; 0 = all cores
  size_t batch = 2000;               // articles per transaction (fewer, larger commits: see docs/storage.md)
  bool records = false;              // inputs are extracted records, not articles
  bool progress = false;             // one JSON line per committed batch on stderr
  bool quiet = false;
};

void AddIngestCommand(CLI::App& app, IngestOptions& opts);
// Exit status: 0 every input record was stored, 1 some were rejected (each
// named on stderr with file, line and id), 2 the run failed (what was
// committed before stays stored).
int RunIngest(const IngestOptions& opts);

}  // namespace rasad::cli
