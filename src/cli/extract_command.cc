#include "cli/extract_command.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <thread>
#include <fstream>
#include <iostream>

#include <fmt/core.h>

#include "extract/extractor.h"
#include "io/article_reader.h"
#include "io/record_json.h"
#include "cli/progress.h"
#include "stream/ordered_workers.h"

namespace rasad::cli {

void AddExtractCommand(CLI::App& app, ExtractOptions& opts) {
  auto* cmd = app.add_subcommand("extract", "Extract events and tallies from articles, written as JSON Lines");
  cmd->add_option("files", opts.inputs,
                  "Input files: JSON Lines (one article per line: id, text, published, url, source, title), "
                  "plain text (one article per file, id = file name), HTML pages, RSS/Atom feeds (one article "
                  "per item) or WARC archives (one article per HTML response), gzip-compressed or not; the format "
                  "is detected from the content (docs/input.md). Standard input when none or '-'.");
  cmd->add_option("-o,--output", opts.output, "Output file (default: standard output)");
  cmd->add_option("--published", opts.published,
                  "Publication date YYYY-MM-DD for articles that carry none (relative dates resolve against it)");
  cmd->add_option("--data", opts.data_dir, "Data directory with the dictionaries and gazetteer (default: installed data)");
  cmd->add_option("-j,--jobs", opts.jobs, "Worker threads (default: all cores)");
  cmd->add_flag("-q,--quiet", opts.quiet, "Do not print rejected records on standard error");
  cmd->footer(
      "Exit status: 0 every record was read; 1 some input records were rejected (each is named on standard error "
      "with file, line and id) while all others were extracted; 2 the run failed (bad options, unreadable data, "
      "unwritable output).");
}

int RunExtract(const ExtractOptions& opts) {
  io::ReadOptions ropts;
  if (!opts.published.empty()) {
    ropts.default_published = Date::Parse(opts.published);
    if (!ropts.default_published || opts.published.size() != 10) {
      fmt::print(stderr, "rasad: --published must be a date YYYY-MM-DD, not '{}'\n", opts.published);
      return 2;
    }
  }
  std::unique_ptr<extract::Extractor> extractor;
  try {
    extractor = std::make_unique<extract::Extractor>(opts.data_dir.empty() ? extract::DefaultDataDir() : opts.data_dir);
  } catch (const std::exception& e) {
    fmt::print(stderr, "rasad: cannot load data: {}\n", e.what());
    return 2;
  }
  std::ofstream file;
  std::ostream* out = &std::cout;
  if (opts.output != "-") {
    file.open(opts.output, std::ios::binary | std::ios::trunc);
    if (!file) {
      fmt::print(stderr, "rasad: cannot write {}\n", opts.output);
      return 2;
    }
    out = &file;
  }
  std::vector<std::string> inputs = opts.inputs;
  if (inputs.empty()) inputs.push_back("-");
  uint64_t total_bytes = 0;
  for (const auto& path : inputs) {
    std::error_code ec;
    if (path != "-") total_bytes += std::filesystem::file_size(path, ec);
  }
  Progress progress(total_bytes, StderrIsTerminal() && !opts.quiet);

  // Articles are extracted on `jobs` threads and written in input order, so the
  // output is byte-identical at any thread count; at most 16 articles per thread
  // are in flight, so memory stays bounded whatever the input size.
  unsigned jobs = opts.jobs ? opts.jobs : std::max(1u, std::thread::hardware_concurrency());
  struct Done {
    std::string lines;
    uint64_t bytes;
  };
  stream::OrderedWorkers<Article, Done> workers(
      jobs, 16 * jobs,
      [&](Article& a) {
        extract::Extraction x = extractor->Extract(a);
        Done d{{}, a.text.size()};
        // One allocation for the article's lines (a record is its evidence and some 700 bytes).
        size_t size = 0;
        for (const auto& t : x.tallies) size += 800 + t.evidence.size();
        for (const auto& e : x.events) size += 1000 + e.evidence.size();
        d.lines.reserve(size);
        for (const auto& t : x.tallies) {
          io::AppendTallyLine(d.lines, t);
          d.lines += '\n';
        }
        for (const auto& e : x.events) {
          io::AppendEventLine(d.lines, e);
          d.lines += '\n';
        }
        return d;
      },
      [&](Done&& d) {
        *out << d.lines;
        progress.Add(1, d.bytes);
      });
  size_t rejected = 0;
  auto on_error = [&](const io::InputError& e) {
    if (e.message.find("article kept") == std::string::npos) ++rejected;
    if (!opts.quiet) fmt::print(stderr, "{}rasad: {}\n", StderrIsTerminal() ? "\r" : "", e.ToString());
  };
  for (const auto& path : inputs) io::ReadArticles(path, ropts, [&](Article&& a) { workers.Push(std::move(a)); }, on_error);
  workers.Finish();
  progress.Finish();
  out->flush();
  if (!*out) {
    fmt::print(stderr, "rasad: error writing output\n");
    return 2;
  }
  return rejected ? 1 : 0;
}

}  // namespace rasad::cli
