// `rasad extract`: articles in, events and tallies out as JSON Lines.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace rasad::cli {

struct ExtractOptions {
  std::vector<std::string> inputs;   // files; empty or "-" = standard input
  std::string output = "-";
  std::string published;             // default publication day
  std::string data_dir;
  unsigned jobs = 0;                 // 0 = all cores
  bool quiet = false;
};

void AddExtractCommand(CLI::App& app, ExtractOptions& opts);
// Returns the process exit status: 0 all input read, 1 some records rejected,
// 2 the run could not be done (unreadable data, unwritable output).
int RunExtract(const ExtractOptions& opts);

}  // namespace rasad::cli
