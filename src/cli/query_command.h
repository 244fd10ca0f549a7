// `rasad query`, `rasad tally` and `rasad export`: read a store's incidents.
//   query   incidents matching the filters: an aligned table on a terminal,
//           JSON Lines (store/incident_json.h) when standard output is not one
//   tally   incidents and casualties per week or month and per country,
//           admin1 or actor, computed from the stored incidents; same output rule
//   export  incidents as ACLED-style CSV, JSON Lines or GeoJSON, or the stored
//           tally records (--kind tallies) as JSON Lines or CSV
// Exit status: 0 done, 2 failed (no database, bad options, unwritable output).
#pragma once

#include <string>

#include <CLI/CLI.hpp>

namespace rasad::cli {

struct QueryOptions {
  std::string db = "rasad.db";
  std::string from, to, country, admin1, actor, type;
  size_t limit = 0;
  std::string output_format = "auto";  // query / tally: auto | table | jsonl
  std::string by = "month", per = "country";  // tally
  std::string format = "csv", kind = "incidents", output = "-";  // export
};

// Registers the three subcommands; they share one QueryOptions.
void AddQueryCommands(CLI::App& app, QueryOptions& opts);
int RunQuery(const QueryOptions& opts);
int RunTally(const QueryOptions& opts);
int RunExport(const QueryOptions& opts);

}  // namespace rasad::cli
