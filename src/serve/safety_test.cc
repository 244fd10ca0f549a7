// Safe by default: loopback only, SQL parameters never read as SQL, no file
// outside the page directory, request size and rate limits, no CORS unless
// asked for, and the bearer token on submissions.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "serve/running_server.h"
#include "serve/serve_fixture.h"

namespace rasad::serve {
namespace {

using nlohmann::json;

ServeOptions Options(const ServeFixture& f) {
  ServeOptions o;
  o.db = f.db_path();
  o.assets_dir = f.assets_dir();
  return o;
}

// The local addresses (hex, as /proc/net/tcp writes them) of the sockets listening on `port`.
std::vector<std::string> ListeningAddresses(int port) {
  std::vector<std::string> out;
  for (const char* table : {"/proc/net/tcp", "/proc/net/tcp6"}) {
    std::ifstream in(table);
    std::string line;
    std::getline(in, line);
    while (std::getline(in, line)) {
      std::istringstream fields(line);
      std::string slot, local, remote, state;
      fields >> slot >> local >> remote >> state;
      auto colon = local.rfind(':');
      if (state == "0A" && std::stoi(local.substr(colon + 1), nullptr, 16) == port) out.push_back(local.substr(0, colon));
    }
  }
  return out;
}

// Sends `request` as it is (no client-side normalization) and returns the status line.
std::string RawStatusLine(int port, const std::string& request) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    close(fd);
    return "connect failed";
  }
  (void)!write(fd, request.data(), request.size());
  std::string response;
  char buf[4096];
  for (ssize_t n; (n = read(fd, buf, sizeof buf)) > 0;) response.append(buf, static_cast<size_t>(n));
  close(fd);
  return response.substr(0, response.find("\r\n"));
}

TEST(ServeSafety, ListensOnLoopbackOnlyByDefault) {
  ServeFixture f;
  EXPECT_EQ(ServeOptions{}.bind, "127.0.0.1");
  RunningServer server(Options(f));
  EXPECT_EQ(ListeningAddresses(server.port()), std::vector<std::string>{"0100007F"});  // 127.0.0.1
}

TEST(ServeSafety, FilterValuesAreNeverSql) {
  ServeFixture f;
  RunningServer server(Options(f));
  auto c = server.Client();
  for (const char* attack : {"%27%20OR%201%3D1%20--", "SY%27%3B%20DROP%20TABLE%20incident%3B%20--",
                             "%22%29%20OR%20%28%221%22%3D%221", "%25"}) {
    for (const char* param : {"country", "admin1", "actor", "type"}) {
      auto res = c.Get(std::string("/api/events?") + param + "=" + attack);
      ASSERT_TRUE(res);
      EXPECT_EQ(res->status, 200) << param << "=" << attack;
      EXPECT_EQ(json::parse(res->body)["total"], 0) << param << "=" << attack;
    }
  }
  auto res = c.Get("/api/events/a1%3Ae1%27%20OR%20%271%27%3D%271");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 404);
  EXPECT_EQ(json::parse(c.Get("/api/events")->body)["total"], 3);
  SQLite::Database raw(f.db_path());
  EXPECT_TRUE(raw.tableExists("incident"));
}

TEST(ServeSafety, NoFileOutsideThePageDirectory) {
  ServeFixture f;
  const auto outside = std::filesystem::path(f.assets_dir()).parent_path() / "secret.txt";
  std::ofstream(outside) << "secret";
  std::filesystem::create_symlink(outside, std::filesystem::path(f.assets_dir()) / "link.txt");
  RunningServer server(Options(f));
  for (const char* target : {"/../secret.txt", "/..%2fsecret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt",
                             "/./../secret.txt", "/..\\secret.txt", "/link.txt", "/../../../../etc/passwd",
                             "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "//etc/passwd", "/index.html%00.js",
                             "/.hidden"}) {
    std::string status = RawStatusLine(server.port(), std::string("GET ") + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    EXPECT_TRUE(status.find(" 404") != std::string::npos || status.find(" 400") != std::string::npos)
        << target << ": " << status;
  }
  EXPECT_NE(RawStatusLine(server.port(), "GET /index.html HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").find(" 200"),
            std::string::npos);
}

TEST(ServeSafety, BodiesOverTheLimitAreRefused) {
  ServeFixture f;
  ServeOptions o = Options(f);
  o.max_body = 1000;
  RunningServer server(o);
  auto res = server.Client().Post("/api/articles", std::string(1001, 'x'), "application/x-ndjson");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 413);
  EXPECT_EQ(json::parse(res->body)["error"]["status"], 413);
  res = server.Client().Post("/api/articles", std::string(999, ' '), "application/x-ndjson");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400);  // within the limit: read, and found empty
}

TEST(ServeSafety, ClientsOverTheRateAreTurnedAway) {
  ServeFixture f;
  ServeOptions o = Options(f);
  o.rate_limit = 1;
  o.rate_burst = 5;
  RunningServer server(o);
  auto c = server.Client();
  for (int i = 0; i < 5; ++i) EXPECT_EQ(c.Get("/api/events?limit=1")->status, 200) << i;
  auto res = c.Get("/api/events?limit=1");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 429);
  EXPECT_EQ(json::parse(res->body)["error"]["status"], 429);
  EXPECT_GE(std::stoi(res->get_header_value("Retry-After")), 1);
}

TEST(ServeSafety, NoCorsUnlessAnOriginIsAllowed) {
  ServeFixture f;
  {
    RunningServer server(Options(f));
    auto c = server.Client();
    auto res = c.Get("/api/events", {{"Origin", "https://elsewhere.example"}});
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 200);
    EXPECT_FALSE(res->has_header("Access-Control-Allow-Origin"));
    res = c.Options("/api/articles", {{"Origin", "https://elsewhere.example"}, {"Access-Control-Request-Method", "POST"}});
    ASSERT_TRUE(res);
    EXPECT_FALSE(res->has_header("Access-Control-Allow-Origin"));
    EXPECT_FALSE(res->has_header("Access-Control-Allow-Methods"));
  }
  ServeOptions o = Options(f);
  o.cors_origin = "https://dashboard.example";
  RunningServer server(o);
  auto c = server.Client();
  auto res = c.Get("/api/events", {{"Origin", "https://dashboard.example"}});
  ASSERT_TRUE(res);
  EXPECT_EQ(res->get_header_value("Access-Control-Allow-Origin"), "https://dashboard.example");
  res = c.Options("/api/articles", {{"Origin", "https://dashboard.example"}, {"Access-Control-Request-Method", "POST"}});
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 204);
  res = c.Get("/api/events", {{"Origin", "https://elsewhere.example"}});
  ASSERT_TRUE(res);
  EXPECT_FALSE(res->has_header("Access-Control-Allow-Origin"));
}

TEST(ServeSafety, SubmissionsNeedTheTokenWhenOneIsSet) {
  ServeFixture f;
  ServeOptions o = Options(f);
  o.token = "s3cret-token";
  RunningServer server(o);
  auto c = server.Client();
  auto res = c.Post("/api/articles", "{}\n", "application/x-ndjson");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 401);
  EXPECT_EQ(res->get_header_value("WWW-Authenticate"), "Bearer");
  res = c.Post("/api/articles", {{"Authorization", "Bearer wrong-token!"}}, "{}\n", "application/x-ndjson");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 401);
  res = c.Post("/api/articles", {{"Authorization", "Bearer s3cret-token"}}, "{}\n", "application/x-ndjson");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400);  // past the token: the line has no text
  EXPECT_EQ(c.Get("/api/events")->status, 200);  // reading needs no token
}

}  // namespace
}  // namespace rasad::serve
