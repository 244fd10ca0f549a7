// The HTTP API over a small store: filters and pages, one incident with its
// sources, tallies, weekly stats, articles with their evidence marked, article
// submission, JSON errors, the OpenAPI description and the page's files.
#include <fstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "serve/request_filter.h"
#include "serve/running_server.h"
#include "serve/serve_fixture.h"
#include "store/incident_json.h"
#include "store/store.h"

namespace rasad::serve {
namespace {

using nlohmann::json;

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ServeOptions o;
    o.db = fixture.db_path();
    o.assets_dir = fixture.assets_dir();
    o.data_dir = RASAD_SOURCE_DIR "/data";
    server = std::make_unique<RunningServer>(o);
  }
  json Get(const std::string& path, int status = 200) {
    auto res = server->Client().Get(path);
    EXPECT_TRUE(res) << path;
    if (!res) return {};
    EXPECT_EQ(res->status, status) << path << ": " << res->body;
    EXPECT_EQ(res->get_header_value("Content-Type"), "application/json") << path;
    return json::parse(res->body);
  }
  ServeFixture fixture;
  std::unique_ptr<RunningServer> server;
};

TEST_F(ServerTest, EventsFilterAndPage) {
  json all = Get("/api/events");
  EXPECT_EQ(all["total"], 3);
  ASSERT_EQ(all["events"].size(), 3u);
  EXPECT_FALSE(all["events"][0].contains("sources"));
  EXPECT_EQ(Get("/api/events?country=SY")["total"], 2);
  EXPECT_EQ(Get("/api/events?country=Iraq&type=Battles")["total"], 1);
  EXPECT_EQ(Get("/api/events?from=2024-03-15&to=2024-03-31")["total"], 1);
  EXPECT_EQ(Get("/api/events?admin1=%D8%A5%D8%AF%D9%84%D8%A8")["total"], 1);  // إدلب
  EXPECT_EQ(Get("/api/events?actor=islamic%20state")["total"], 2);
  json page = Get("/api/events?limit=1&offset=1");
  EXPECT_EQ(page["total"], 3);
  EXPECT_EQ(page["limit"], 1);
  EXPECT_EQ(page["offset"], 1);
  ASSERT_EQ(page["events"].size(), 1u);
  EXPECT_EQ(page["events"][0]["incident_id"], all["events"][1]["incident_id"]);
}

// The listing is written straight to text: the bytes must be those of the json tree.
TEST_F(ServerTest, EventsPageIsTheIncidentsJson) {
  auto db = store::OpenStore(fixture.db_path());
  for (const char* query : {"", "?limit=2&offset=1", "?country=SY", "?country=ZZ"}) {
    auto res = server->Client().Get(std::string("/api/events") + query);
    ASSERT_TRUE(res);
    store::IncidentFilter f;
    f.limit = PageLimits{}.default_limit;
    if (std::string(query) == "?limit=2&offset=1") f.limit = 2, f.offset = 1;
    if (std::string(query) == "?country=SY") f.country = "SY";
    if (std::string(query) == "?country=ZZ") f.country = "ZZ";
    nlohmann::ordered_json want = {{"total", db->CountIncidents(f)}, {"offset", f.offset}, {"limit", f.limit}};
    auto& events = want["events"] = nlohmann::ordered_json::array();
    db->ForEachIncident(f, false, [&](const store::Incident& inc) { events.push_back(store::IncidentJson(inc, false)); });
    EXPECT_EQ(res->body, want.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)) << query;
  }
}

TEST_F(ServerTest, BadParametersAreJsonErrors) {
  for (const char* path : {"/api/events?from=2024-13-01", "/api/events?from=yesterday", "/api/events?limit=0",
                           "/api/events?limit=100000", "/api/events?offset=-1", "/api/events?contry=SY",
                           "/api/events?country=SY&country=IQ", "/api/stats?per=actor", "/api/tallies?limit=x"}) {
    json err = Get(path, 400);
    EXPECT_EQ(err["error"]["status"], 400) << path;
    EXPECT_FALSE(err["error"]["message"].get<std::string>().empty()) << path;
  }
  EXPECT_EQ(Get("/api/events/nope", 404)["error"]["status"], 404);
  EXPECT_EQ(Get("/api/articles/nope", 404)["error"]["status"], 404);
  EXPECT_EQ(Get("/api/nothing-here", 404)["error"]["status"], 404);
}

TEST_F(ServerTest, OneIncidentWithEverySourceAndItsEvidence) {
  json merged = Get("/api/events?admin1=Idlib")["events"][0];
  json inc = Get("/api/events/" + merged["incident_id"].get<std::string>());
  EXPECT_EQ(inc["sources_count"], 2);
  ASSERT_EQ(inc["sources"].size(), 2u);
  std::set<std::string> articles;
  for (const auto& s : inc["sources"]) {
    articles.insert(s["article_id"].get<std::string>());
    auto [begin, end] = std::pair{s["evidence_offsets"][0].get<size_t>(), s["evidence_offsets"][1].get<size_t>()};
    EXPECT_EQ(fixture.text_of(s["article_id"]).substr(begin, end - begin), s["evidence"].get<std::string>());
  }
  EXPECT_EQ(articles, (std::set<std::string>{"a1", "a2"}));
}

TEST_F(ServerTest, ArticleWithEvidenceMarked) {
  json a = Get("/api/articles/a1");
  EXPECT_EQ(a["text"], fixture.text_of("a1"));
  ASSERT_EQ(a["spans"].size(), 2u);
  std::string joined, marked;
  for (const auto& seg : a["segments"]) {
    joined += seg["text"].get<std::string>();
    if (!seg["records"].empty()) marked += seg["text"].get<std::string>() + "|";
  }
  EXPECT_EQ(joined, a["text"]);
  EXPECT_EQ(marked, "قتل 3 مقاتلين في سرمين.|تظاهر المئات في منبج.|");
}

TEST_F(ServerTest, TalliesAndWeeklyStats) {
  json t = Get("/api/tallies");
  ASSERT_EQ(t["tallies"].size(), 1u);
  EXPECT_EQ(t["tallies"][0]["tally_id"], "a3:t1");
  EXPECT_EQ(Get("/api/tallies?country=SY")["tallies"].size(), 0u);
  json by_admin1 = Get("/api/stats");
  EXPECT_EQ(by_admin1["per"], "admin1");
  int64_t incidents = 0, fatalities = 0;
  for (const auto& r : by_admin1["rows"]) {
    incidents += r["incidents"].get<int64_t>();
    fatalities += r["fatalities"].get<int64_t>();
    EXPECT_TRUE(r.contains("admin1"));
  }
  EXPECT_EQ(incidents, 3);
  EXPECT_EQ(fatalities, 4 + 1);  // the merged battle counts once, with its best value
  json by_country = Get("/api/stats?per=country&country=SY");
  ASSERT_EQ(by_country["rows"].size(), 2u);  // two weeks of March
  EXPECT_EQ(by_country["rows"][0]["week"], "2024-03-11");
  EXPECT_EQ(by_country["rows"][0]["country"], "Syria");
}

TEST_F(ServerTest, SubmittedArticlesAreExtractedAndStored) {
  const std::string body =
      R"({"id":"new1","published":"2024-05-02","source":"x.example","text":"قتل خمسة مدنيين وأصيب ثلاثة آخرون في غارة جوية استهدفت مدينة سرمين في ريف إدلب، اليوم الخميس."})"
      "\nnot json\n";
  EXPECT_EQ(Get("/api/events")["total"], 3);  // counted before: the new article must show in the count
  auto res = server->Client().Post("/api/articles", body, "application/x-ndjson");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  json out = json::parse(res->body);
  EXPECT_EQ(out["articles"]["new"], 1);
  EXPECT_GE(out["stored"]["events"].get<int>(), 1);
  ASSERT_EQ(out["rejected"].size(), 1u);
  EXPECT_EQ(out["rejected"][0]["line"], 2);
  EXPECT_GE(Get("/api/events")["total"].get<int>(), 4);
  EXPECT_EQ(Get("/api/articles/new1")["spans"].size(), out["stored"]["events"].get<size_t>());
  // The same article again changes nothing.
  res = server->Client().Post("/api/articles", body, "application/x-ndjson");
  ASSERT_TRUE(res);
  EXPECT_EQ(json::parse(res->body)["articles"]["unchanged"], 1);
  res = server->Client().Post("/api/articles", "garbage\n", "application/x-ndjson");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400);
  res = server->Client().Post("/api/articles", body, "text/plain");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 415);
}

TEST_F(ServerTest, OpenApiDescribesEveryRouteItAnswers) {
  json spec = Get("/api/openapi.json");
  EXPECT_EQ(spec["openapi"].get<std::string>().substr(0, 2), "3.");
  ASSERT_TRUE(spec["paths"].is_object());
  const std::string incident = Get("/api/events")["events"][0]["incident_id"];
  for (const auto& [path, methods] : spec["paths"].items()) {
    std::string url = path;
    if (auto p = url.find("{id}"); p != std::string::npos) url.replace(p, 4, path.starts_with("/api/events") ? incident : "a1");
    if (methods.contains("get")) {
      EXPECT_EQ(server->Client().Get(url)->status, 200) << url;
    }
    if (methods.contains("post")) {
      EXPECT_NE(server->Client().Post(url, "", "application/x-ndjson")->status, 404) << url;
    }
  }
  for (const char* route : {"/api/events", "/api/events/{id}", "/api/tallies", "/api/stats", "/api/articles",
                            "/api/articles/{id}"})
    EXPECT_TRUE(spec["paths"].contains(route)) << route;
}

TEST_F(ServerTest, ServesThePage) {
  auto res = server->Client().Get("/");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(res->body, "<!doctype html><title>rasad</title>");
  EXPECT_EQ(res->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_NE(res->get_header_value("Content-Security-Policy").find("default-src 'self'"), std::string::npos);
  res = server->Client().Get("/app.js");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(res->get_header_value("Content-Type"), "text/javascript; charset=utf-8");
  EXPECT_EQ(server->Client().Get("/missing.js")->status, 404);
}

}  // namespace
}  // namespace rasad::serve
