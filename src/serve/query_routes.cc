#include "serve/query_routes.h"

#include <fmt/format.h>

#include "io/record_json.h"
#include "serve/article_view.h"
#include "serve/json_reply.h"
#include "store/incident_json.h"

namespace rasad::serve {
namespace {

using nlohmann::ordered_json;

// Runs a handler body, turning bad requests into 400 and store failures into 503.
template <typename Body>
httplib::Server::Handler Guarded(Body body) {
  return [body](const httplib::Request& req, httplib::Response& res) {
    try {
      body(req, res);
    } catch (const RequestError& e) {
      ReplyError(res, 400, e.what());
    } catch (const store::StoreError& e) {
      ReplyError(res, 503, e.what());
    } catch (const std::exception& e) {
      ReplyError(res, 500, std::string("database error: ") + e.what());
    }
  };
}

ordered_json Page(const store::IncidentFilter& f) {
  return {{"offset", f.offset}, {"limit", f.limit}};
}

}  // namespace

void AddQueryRoutes(httplib::Server& server, StorePool& stores, PageLimits limits) {
  server.Get("/api/events", Guarded([&stores, limits](const httplib::Request& req, httplib::Response& res) {
    store::IncidentFilter f = ReadFilter(req, limits);
    auto db = stores.Acquire();
    // Written straight to text (the bytes ordered_json would give): building a json tree per
    // incident was most of the cost of a page.
    std::string body = fmt::format(R"({{"total":{},"offset":{},"limit":{},"events":[)", db->CountIncidents(f),
                                   f.offset, f.limit);
    bool first = true;
    db->ForEachIncident(f, false, [&](const store::Incident& inc) {
      if (!first) body += ',';
      first = false;
      store::AppendIncidentJson(body, inc, false);
    });
    body += "]}";
    ReplyJsonText(res, std::move(body));
  }));
  server.Get("/api/events/(.+)", Guarded([&stores](const httplib::Request& req, httplib::Response& res) {
    auto db = stores.Acquire();
    auto inc = db->FindIncident(req.matches[1]);
    if (!inc) return ReplyError(res, 404, "no incident '" + std::string(req.matches[1]) + "'");
    ReplyJson(res, store::IncidentJson(*inc, true));
  }));
  server.Get("/api/tallies", Guarded([&stores, limits](const httplib::Request& req, httplib::Response& res) {
    store::IncidentFilter f = ReadFilter(req, limits);
    auto db = stores.Acquire();
    ordered_json body = Page(f);
    auto& tallies = body["tallies"] = ordered_json::array();
    db->ForEachTally(f, [&](const Tally& t) { tallies.push_back(io::TallyJson(t)); });
    ReplyJson(res, body);
  }));
  server.Get("/api/stats", Guarded([&stores, limits](const httplib::Request& req, httplib::Response& res) {
    store::IncidentFilter f = ReadFilter(req, limits, {"per"});
    f.limit = f.offset = 0;  // stats cover every matching incident
    std::string per = req.has_param("per") ? req.get_param_value("per") : "admin1";
    if (per != "admin1" && per != "country") throw RequestError("per must be 'admin1' or 'country', not '" + per + "'");
    auto db = stores.Acquire();
    auto rows = db->Tabulate(f, store::Period::kWeek, per == "admin1" ? store::Grouping::kAdmin1 : store::Grouping::kCountry);
    ordered_json body = {{"period", "week"}, {"per", per}};
    auto& out = body["rows"] = ordered_json::array();
    for (const auto& r : rows)
      out.push_back({{"week", r.period}, {per, r.group}, {"incidents", r.incidents}, {"fatalities", r.fatalities},
                     {"wounded", r.wounded}, {"killed_or_wounded", r.killed_or_wounded}, {"arrested", r.arrested}});
    ReplyJson(res, body);
  }));
  server.Get("/api/articles/(.+)", Guarded([&stores](const httplib::Request& req, httplib::Response& res) {
    auto db = stores.Acquire();
    auto article = db->FindArticle(req.matches[1]);
    if (!article) return ReplyError(res, 404, "no article '" + std::string(req.matches[1]) + "'");
    ReplyJson(res, ArticleJson(*article));
  }));
}

}  // namespace rasad::serve
