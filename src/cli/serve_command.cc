#include "cli/serve_command.h"

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include <fmt/core.h>

namespace rasad::cli {
namespace {

serve::Server* g_running = nullptr;

extern "C" void StopOnSignal(int) {
  // Stop() only shuts the listening socket down: safe enough from a handler.
  if (g_running) g_running->Stop();
}

}  // namespace

void AddServeCommand(CLI::App& app, serve::ServeOptions& opts) {
  auto* cmd = app.add_subcommand("serve", "Serve the stored incidents: a JSON API and a map page (docs/api.md)");
  cmd->add_option("--db", opts.db, "Database: a path (SQLite) or URL")->capture_default_str();
  cmd->add_option("--port", opts.port, "TCP port (0 = any free port)")->capture_default_str()->check(CLI::Range(0, 65535));
  cmd->add_option("--bind", opts.bind, "Address to listen on; anything but loopback exposes the API to the network")
      ->capture_default_str();
  cmd->add_option("--assets", opts.assets_dir, "Directory of the built page (default: installed share/rasad/web)");
  cmd->add_option("--data", opts.data_dir, "Data directory for extracting submitted articles (default: installed data)");
  cmd->add_option("--token", opts.token,
                  "Bearer token required to POST /api/articles (default: $RASAD_TOKEN; none = no token needed)");
  cmd->add_option("--max-body", opts.max_body, "Largest request body in bytes")->capture_default_str();
  cmd->add_option("--rate-limit", opts.rate_limit, "Requests per second per client address (0 = no limit)")
      ->capture_default_str();
  cmd->add_option("--rate-burst", opts.rate_burst, "Requests a client may make at once")->capture_default_str();
  cmd->add_option("--cors-origin", opts.cors_origin, "Allow this one origin cross-site (default: CORS off)");
  cmd->add_option("--threads", opts.threads,
                  "Request threads: each open keep-alive connection holds one while it stays open")
      ->capture_default_str()
      ->check(CLI::Range(1, 1024));
}

int RunServe(const serve::ServeOptions& given) {
  serve::ServeOptions opts = given;
  if (opts.token.empty())
    if (const char* env = std::getenv("RASAD_TOKEN"); env && *env) opts.token = env;
  if (opts.db.find("://") == std::string::npos && !std::filesystem::exists(opts.db)) {
    fmt::print(stderr, "rasad: no database at {} (create one with 'rasad ingest')\n", opts.db);
    return 2;
  }
  try {
    serve::Server server(opts);
    const int port = server.Bind();
    if (opts.bind != "127.0.0.1" && opts.bind != "localhost" && opts.bind != "::1" && opts.token.empty())
      fmt::print(stderr, "rasad: warning: listening on {} with no --token: anyone who reaches it can submit articles\n",
                 opts.bind);
    g_running = &server;
    std::signal(SIGINT, StopOnSignal);
    std::signal(SIGTERM, StopOnSignal);
    const std::string host = opts.bind.find(':') != std::string::npos ? "[" + opts.bind + "]" : opts.bind;
    fmt::print(stderr, "rasad: serving {} on http://{}:{}/\n", opts.db, host, port);
    std::fflush(stderr);
    server.Run();
    g_running = nullptr;
    return 0;
  } catch (const std::exception& e) {
    fmt::print(stderr, "rasad: {}\n", e.what());
    return 2;
  }
}

}  // namespace rasad::cli
