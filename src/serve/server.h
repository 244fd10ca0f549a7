// `rasad serve`: the HTTP API (query_routes.h, article_intake.h, the OpenAPI
// description at /api/openapi.json) and the map page (static_assets.h) from
// one process. Safe by default:
//   - listens on 127.0.0.1 unless told another address;
//   - request bodies over max_body bytes are refused (413), and each client
//     address may make rate_limit requests per second on average, rate_burst
//     at once (429 with Retry-After);
//   - no CORS headers unless cors_origin names the one origin allowed;
//   - submitting articles needs the bearer token when one is set.
// Every error is JSON: {"error": {"status": N, "message": "..."}}.
#pragma once

#include <memory>
#include <string>

namespace httplib {
class Server;
}

namespace rasad::serve {

struct ServeOptions {
  std::string db = "rasad.db";
  std::string bind = "127.0.0.1";
  int port = 8080;              // 0 = any free port (Bind() says which)
  std::string assets_dir;       // "" = DefaultAssetsDir()
  std::string data_dir;         // "" = extract::DefaultDataDir(), for submissions
  std::string token;            // bearer token for POST /api/articles; "" = none
  size_t max_body = 8u << 20;   // bytes
  double rate_limit = 100;      // requests per second per client; 0 = no limit
  double rate_burst = 200;
  std::string cors_origin;      // "" = CORS off
  // Request threads. httplib keeps a keep-alive connection on one thread until it closes, so
  // more open connections than threads wait for one: keep it above the clients expected at once.
  size_t threads = 32;
};

class Server {
 public:
  // Opens the database (store::StoreError when it cannot).
  explicit Server(ServeOptions options);
  ~Server();

  // Binds the listening socket; returns the port. Throws std::runtime_error.
  int Bind();
  // Answers requests until Stop(); call after Bind().
  void Run();
  // Stops Run() from any thread; a Stop() before Run() is listening is lost.
  void Stop();
  // True while Run() is accepting connections.
  bool Running() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace rasad::serve
