// rasad: Arabic conflict reporting in, ACLED-style events and tallies out.
#include <CLI/CLI.hpp>

#include "cli/extract_command.h"
#include "cli/ingest_command.h"
#include "cli/query_command.h"
#include "cli/serve_command.h"

int main(int argc, char** argv) {
  CLI::App app{
      "rasad (رصد) reads Arabic news reporting of armed conflict and writes a structured, geolocated, dated\n"
      "record of events in ACLED's vocabulary, plus tallies (summaries of many operations, never counted as events)."};
  app.require_subcommand(1);
  rasad::cli::ExtractOptions extract;
  rasad::cli::AddExtractCommand(app, extract);
  rasad::cli::IngestOptions ingest;
  rasad::cli::AddIngestCommand(app, ingest);
  rasad::cli::QueryOptions query;
  rasad::cli::AddQueryCommands(app, query);
  rasad::serve::ServeOptions serve;
  rasad::cli::AddServeCommand(app, serve);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  if (app.got_subcommand("extract")) return rasad::cli::RunExtract(extract);
  if (app.got_subcommand("ingest")) return rasad::cli::RunIngest(ingest);
  if (app.got_subcommand("query")) return rasad::cli::RunQuery(query);
  if (app.got_subcommand("tally")) return rasad::cli::RunTally(query);
  if (app.got_subcommand("export")) return rasad::cli::RunExport(query);
  if (app.got_subcommand("serve")) return rasad::cli::RunServe(serve);
  return 2;
}
