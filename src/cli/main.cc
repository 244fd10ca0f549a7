// rasad: Arabic conflict reporting in, ACLED-style events and tallies out.
#include <CLI/CLI.hpp>

#include "cli/extract_command.h"
#include "cli/ingest_command.h"
#include "cli/query_command.h"
#include "cli/serve_command.h"

#ifdef RASAD_MIMALLOC
#include <mimalloc.h>

namespace {
// The gazetteer's name index and places (~100 MB) are read at random for every word of every
// article: on 2 MB pages (transparent huge pages, asked for by madvise) their look-ups miss the
// TLB far less (extract: ~3% less time). mimalloc reads its options, and maps its first segment
// (where the gazetteer goes), when it starts, before main: the default is set in .preinit_array,
// which runs before any library's constructor. MIMALLOC_LARGE_OS_PAGES=0 still turns it off.
void AskForLargePages(int, char**, char**) { mi_option_set_default(mi_option_large_os_pages, 1); }
[[gnu::section(".preinit_array"), gnu::used]] constexpr auto kAskForLargePages = &AskForLargePages;
}  // namespace
#endif

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
