#include "store/incident_json.h"

#include "io/json_text.h"
#include "io/record_json.h"

namespace rasad::store {
namespace {

nlohmann::ordered_json Num(const std::optional<int>& v) { return v ? nlohmann::ordered_json(*v) : nullptr; }

}  // namespace

nlohmann::ordered_json IncidentJson(const Incident& inc, bool with_sources) {
  nlohmann::ordered_json j;
  j["kind"] = "incident";
  j["incident_id"] = inc.incident_id;
  const nlohmann::ordered_json record = io::EventJson(inc.record);
  for (auto& [key, value] : record.items()) {
    if (key == "kind" || key == "article_id" || key == "event_id" || key == "evidence_offsets" || key == "trigger")
      continue;
    j[key] = value;
  }
  const std::pair<const char*, const Casualties*> ranges[] = {{"fatalities", &inc.fatalities},
                                                               {"wounded", &inc.wounded},
                                                               {"killed_or_wounded", &inc.killed_or_wounded},
                                                               {"arrested", &inc.arrested}};
  for (auto [name, c] : ranges) {
    j[std::string(name) + "_low"] = Num(c->low);
    j[std::string(name) + "_high"] = Num(c->high);
  }
  j["sources_count"] = inc.sources_count;
  if (!with_sources) return j;
  auto& sources = j["sources"] = nlohmann::ordered_json::array();
  for (const Source& s : inc.sources) {
    nlohmann::ordered_json x;
    x["article_id"] = s.event.article_id;
    x["event_id"] = s.event.event_id;
    x["source"] = s.event.source.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(s.event.source);
    x["url"] = s.url.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(s.url);
    x["published"] = s.published ? nlohmann::ordered_json(s.published->iso()) : nullptr;
    x["event_date"] = s.event.event_date ? nlohmann::ordered_json(s.event.event_date->iso()) : nullptr;
    x["location"] = s.event.place.location.empty() ? nlohmann::ordered_json(nullptr)
                                                   : nlohmann::ordered_json(s.event.place.location);
    x["fatalities"] = Num(s.event.fatalities);
    x["wounded"] = Num(s.event.wounded);
    x["killed_or_wounded"] = Num(s.event.killed_or_wounded);
    x["arrested"] = Num(s.event.arrested);
    x["evidence"] = s.event.evidence;
    x["evidence_offsets"] = {s.event.evidence_begin, s.event.evidence_end};
    sources.push_back(std::move(x));
  }
  return j;
}

// The same keys in the same order as IncidentJson(); incident_json_test.cc compares the two.
void AppendIncidentJson(std::string& out, const Incident& inc, bool with_sources) {
  using io::AppendJsonInt;
  using io::AppendJsonIntOrNull;
  using io::AppendJsonString;
  using io::AppendJsonStringOrNull;
  auto key = [&](const char* name) {
    out += ",\"";
    out += name;
    out += "\":";
  };
  auto day = [&](const std::optional<Date>& d) {
    if (d) AppendJsonString(out, d->iso());
    else out += "null";
  };
  out += "{\"kind\":\"incident\",\"incident_id\":";
  AppendJsonString(out, inc.incident_id);
  io::AppendIncidentEventFields(out, inc.record);
  const std::pair<const char*, const Casualties*> ranges[] = {{"fatalities", &inc.fatalities},
                                                               {"wounded", &inc.wounded},
                                                               {"killed_or_wounded", &inc.killed_or_wounded},
                                                               {"arrested", &inc.arrested}};
  for (auto [name, c] : ranges) {
    out += ",\"";
    out += name;
    out += "_low\":";
    AppendJsonIntOrNull(out, c->low);
    out += ",\"";
    out += name;
    out += "_high\":";
    AppendJsonIntOrNull(out, c->high);
  }
  key("sources_count"), AppendJsonInt(out, inc.sources_count);
  if (with_sources) {
    key("sources");
    out += '[';
    for (const Source& s : inc.sources) {
      if (&s != &inc.sources.front()) out += ',';
      out += "{\"article_id\":";
      AppendJsonString(out, s.event.article_id);
      key("event_id"), AppendJsonString(out, s.event.event_id);
      key("source"), AppendJsonStringOrNull(out, s.event.source);
      key("url"), AppendJsonStringOrNull(out, s.url);
      key("published"), day(s.published);
      key("event_date"), day(s.event.event_date);
      key("location"), AppendJsonStringOrNull(out, s.event.place.location);
      key("fatalities"), AppendJsonIntOrNull(out, s.event.fatalities);
      key("wounded"), AppendJsonIntOrNull(out, s.event.wounded);
      key("killed_or_wounded"), AppendJsonIntOrNull(out, s.event.killed_or_wounded);
      key("arrested"), AppendJsonIntOrNull(out, s.event.arrested);
      key("evidence"), AppendJsonString(out, s.event.evidence);
      key("evidence_offsets");
      out += '[';
      AppendJsonInt(out, static_cast<int64_t>(s.event.evidence_begin));
      out += ',';
      AppendJsonInt(out, static_cast<int64_t>(s.event.evidence_end));
      out += ']';
      out += '}';
    }
    out += ']';
  }
  out += '}';
}

}  // namespace rasad::store
