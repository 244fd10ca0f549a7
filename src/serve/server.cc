#include "serve/server.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <httplib.h>

#include "serve/article_intake.h"
#include "serve/json_reply.h"
#include "serve/openapi.h"
#include "serve/query_routes.h"
#include "serve/rate_limiter.h"
#include "serve/static_assets.h"
#include "serve/store_pool.h"

namespace rasad::serve {
namespace {

// What an error httplib answers by itself means.
const char* StatusMessage(int status) {
  switch (status) {
    case 400: return "bad request";
    case 404: return "not found";
    case 405: return "method not allowed";
    case 413: return "request body too large";
    case 414: return "request URI too long";
    case 431: return "request headers too large";
    default: return status < 500 ? "request refused" : "internal error";
  }
}

}  // namespace

struct Server::State {
  explicit State(ServeOptions o)
      : options(std::move(o)),
        stores(options.db),
        limiter(options.rate_limit, options.rate_burst),
        intake(stores, options.data_dir, options.token),
        assets(options.assets_dir.empty() ? DefaultAssetsDir() : options.assets_dir) {}

  void Configure();
  void ServeAsset(const httplib::Request& req, httplib::Response& res) const;

  ServeOptions options;
  StorePool stores;
  RateLimiter limiter;
  ArticleIntake intake;
  std::filesystem::path assets;
  httplib::Server http;
};

void Server::State::ServeAsset(const httplib::Request& req, httplib::Response& res) const {
  if (req.path.starts_with("/api/") || req.path == "/api") return ReplyError(res, 404, "no such API path: " + req.path);
  auto file = ResolveAsset(assets, req.path);
  if (!file) return ReplyError(res, 404, "not found: " + req.path);
  std::ifstream in(*file, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  if (!in) return ReplyError(res, 500, "cannot read " + req.path);
  res.set_header("Cache-Control", file->filename() == "index.html" ? "no-cache" : "max-age=300");
  res.set_content(content.str(), ContentType(*file));
}

void Server::State::Configure() {
  http.set_payload_max_length(options.max_body);
  http.new_task_queue = [n = std::max<size_t>(options.threads, 1)] { return new httplib::ThreadPool(n); };
  // A client that keeps its connection open keeps it for many requests (httplib's default is 5),
  // and small responses are not held back by Nagle's algorithm waiting for an ACK.
  http.set_keep_alive_max_count(1000);
  http.set_tcp_nodelay(true);
  http.set_default_headers({{"X-Content-Type-Options", "nosniff"},
                            {"Referrer-Policy", "no-referrer"},
                            {"X-Frame-Options", "DENY"},
                            {"Content-Security-Policy",
                             "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                             "connect-src 'self'; frame-ancestors 'none'"}});
  http.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
    if (!limiter.Allow(req.remote_addr)) {
      const double wait = limiter.SecondsUntilAllowed(req.remote_addr);
      res.set_header("Retry-After", std::to_string(static_cast<int>(std::ceil(std::max(wait, 1.0)))));
      ReplyError(res, 429, "too many requests: slow down");
      return httplib::Server::HandlerResponse::Handled;
    }
    const std::string origin = req.get_header_value("Origin");
    if (!options.cors_origin.empty() && origin == options.cors_origin) {
      res.set_header("Access-Control-Allow-Origin", origin);
      res.set_header("Vary", "Origin");
      if (req.method == "OPTIONS") {
        res.set_header("Access-Control-Allow-Methods", "GET, POST");
        res.set_header("Access-Control-Allow-Headers", "Authorization, Content-Type");
        res.set_header("Access-Control-Max-Age", "600");
        res.status = 204;
        return httplib::Server::HandlerResponse::Handled;
      }
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });
  // Errors that httplib answers itself (413, 414, unknown routes and methods) get a JSON body too.
  http.set_error_handler(httplib::Server::HandlerWithResponse(
      [](const httplib::Request&, httplib::Response& res) {
        if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
        ReplyError(res, res.status, StatusMessage(res.status));
        return httplib::Server::HandlerResponse::Handled;
      }));
  http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
    std::string message = "internal error";
    try {
      std::rethrow_exception(ep);
    } catch (const std::exception& e) {
      message += std::string(": ") + e.what();
    } catch (...) {
    }
    ReplyError(res, 500, message);
  });
  http.Get("/api/openapi.json", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(std::string(OpenApiJson()), "application/json");
  });
  AddQueryRoutes(http, stores);
  http.Post("/api/articles", [this](const httplib::Request& req, httplib::Response& res) { intake.Handle(req, res); });
  http.Get(".*", [this](const httplib::Request& req, httplib::Response& res) { ServeAsset(req, res); });
}

Server::Server(ServeOptions options) : state_(std::make_unique<State>(std::move(options))) { state_->Configure(); }

Server::~Server() = default;

int Server::Bind() {
  const ServeOptions& o = state_->options;
  if (o.port == 0) {
    int port = state_->http.bind_to_any_port(o.bind);
    if (port <= 0) throw std::runtime_error("cannot listen on " + o.bind);
    return port;
  }
  if (!state_->http.bind_to_port(o.bind, o.port))
    throw std::runtime_error("cannot listen on " + o.bind + ":" + std::to_string(o.port));
  return o.port;
}

void Server::Run() { state_->http.listen_after_bind(); }

void Server::Stop() { state_->http.stop(); }

bool Server::Running() const { return state_->http.is_running(); }

}  // namespace rasad::serve
