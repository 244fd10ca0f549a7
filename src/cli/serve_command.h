// `rasad serve`: the HTTP API and the map page over a store (serve/server.h,
// docs/api.md). Listens on 127.0.0.1:8080 unless told otherwise; runs until
// interrupted (SIGINT / SIGTERM stop it cleanly).
// Exit status: 0 stopped by a signal, 2 could not start (no database, port taken).
#pragma once

#include <CLI/CLI.hpp>

#include "serve/server.h"

namespace rasad::cli {

void AddServeCommand(CLI::App& app, serve::ServeOptions& opts);
int RunServe(const serve::ServeOptions& opts);

}  // namespace rasad::cli
