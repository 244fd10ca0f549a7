// For tests: a Server on an ephemeral loopback port, answering from its own
// thread until the RunningServer goes away.
#pragma once

#include <chrono>
#include <thread>

#include <httplib.h>

#include "serve/server.h"

namespace rasad::serve {

class RunningServer {
 public:
  explicit RunningServer(ServeOptions options) : server_([&] {
    options.port = 0;
    return options;
  }()) {
    port_ = server_.Bind();
    thread_ = std::thread([this] { server_.Run(); });
    while (!server_.Running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  ~RunningServer() {
    server_.Stop();
    thread_.join();
  }
  RunningServer(const RunningServer&) = delete;
  RunningServer& operator=(const RunningServer&) = delete;

  int port() const { return port_; }
  httplib::Client Client() const {
    httplib::Client c("127.0.0.1", port_);
    c.set_read_timeout(60, 0);
    return c;
  }

 private:
  Server server_;
  int port_ = 0;
  std::thread thread_;
};

}  // namespace rasad::serve
