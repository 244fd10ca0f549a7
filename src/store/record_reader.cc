#include "store/record_reader.h"

#include <fstream>
#include <iostream>

#include <fmt/core.h>

#include "io/line_reader.h"
#include "store/fingerprint.h"

namespace rasad::store {
namespace {

std::string Str(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return {};
  if (it->is_string()) return it->get<std::string>();
  return it->dump();
}

template <typename T>
T Number(const nlohmann::json& j, const char* key, T fallback = T{}) {
  auto it = j.find(key);
  return it == j.end() || it->is_null() ? fallback : it->get<T>();
}

std::optional<int> Count(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return std::nullopt;
  return it->get<int>();
}

std::optional<Date> Day(const nlohmann::json& j, const char* key) {
  std::string s = Str(j, key);
  return s.empty() ? std::nullopt : Date::Parse(s);
}

void Offsets(const nlohmann::json& j, size_t& begin, size_t& end) {
  auto it = j.find("evidence_offsets");
  if (it != j.end() && it->is_array() && it->size() == 2) {
    begin = (*it)[0].get<size_t>();
    end = (*it)[1].get<size_t>();
  }
}

}  // namespace

Event EventFromJson(const nlohmann::json& j) {
  Event e;
  e.article_id = Str(j, "article_id");
  e.event_id = Str(j, "event_id");
  e.event_date = Day(j, "event_date");
  e.time_precision = static_cast<TimePrecision>(Number<int>(j, "time_precision", 1));
  e.event_type = Str(j, "event_type");
  e.sub_event_type = Str(j, "sub_event_type");
  e.actor1 = Str(j, "actor1");
  e.actor2 = Str(j, "actor2");
  e.inter1 = Number<int>(j, "inter1");
  e.inter2 = Number<int>(j, "inter2");
  PlaceRef& p = e.place;
  p.country = Str(j, "country");
  p.country_code = Str(j, "country_code");
  p.admin1 = Str(j, "admin1");
  p.admin2 = Str(j, "admin2");
  p.location = Str(j, "location");
  p.admin1_ar = Str(j, "admin1_ar");
  p.location_ar = Str(j, "location_ar");
  auto lat = j.find("latitude"), lon = j.find("longitude");
  if (lat != j.end() && lon != j.end() && lat->is_number() && lon->is_number()) {
    p.latitude = lat->get<double>();
    p.longitude = lon->get<double>();
    p.has_coordinates = true;
  }
  p.geo_precision = Number<int>(j, "geo_precision");
  p.wof_id = Number<int64_t>(j, "wof_id");
  p.geonames_id = Number<int64_t>(j, "geonames_id");
  e.fatalities = Count(j, "fatalities");
  e.wounded = Count(j, "wounded");
  e.killed_or_wounded = Count(j, "killed_or_wounded");
  e.arrested = Count(j, "arrested");
  e.claimed_by = Str(j, "claimed_by");
  e.reported_by = Str(j, "reported_by");
  e.source = Str(j, "source");
  e.evidence = Str(j, "evidence");
  Offsets(j, e.evidence_begin, e.evidence_end);
  e.trigger = Str(j, "trigger");
  e.confidence = Number<double>(j, "confidence");
  return e;
}

Tally TallyFromJson(const nlohmann::json& j) {
  Tally t;
  t.article_id = Str(j, "article_id");
  t.tally_id = Str(j, "tally_id");
  t.actor = Str(j, "actor");
  t.claimed_by = Str(j, "claimed_by");
  t.region = Str(j, "region");
  t.region_ar = Str(j, "region_ar");
  t.place.country_code = Str(j, "country_code");
  t.operations = Count(j, "operations");
  t.fatalities = Count(j, "fatalities");
  t.wounded = Count(j, "wounded");
  t.killed_or_wounded = Count(j, "killed_or_wounded");
  t.arrested = Count(j, "arrested");
  t.period_start = Day(j, "period_start");
  t.period_end = Day(j, "period_end");
  t.reported_by = Str(j, "reported_by");
  t.source = Str(j, "source");
  t.evidence = Str(j, "evidence");
  Offsets(j, t.evidence_begin, t.evidence_end);
  return t;
}

size_t ReadRecords(std::istream& in, const std::string& name, const SubmissionSink& on_submission,
                   const io::ErrorSink& on_error, size_t max_line) {
  size_t delivered = 0, lineno = 0;
  std::optional<Submission> current;
  std::string content;  // the current article's lines, fingerprinted
  auto flush = [&] {
    if (!current) return;
    current->fingerprint = Sha256Hex(content);
    on_submission(std::move(*current));
    current.reset();
    content.clear();
    ++delivered;
  };
  std::string line;
  bool too_long = false, newline = false;
  while (io::ReadLine(in, max_line, &line, &too_long, &newline)) {
    ++lineno;
    if (too_long) {
      on_error({name, lineno, "", fmt::format("not a rasad record: longer than {} bytes", max_line)});
      continue;
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    std::string id;
    try {
      nlohmann::json j = nlohmann::json::parse(line);
      if (!j.is_object()) throw std::runtime_error("not a JSON object");
      id = Str(j, "article_id");
      std::string kind = Str(j, "kind");
      if (id.empty()) throw std::runtime_error("no \"article_id\"");
      if (kind != "event" && kind != "tally") throw std::runtime_error("\"kind\" is neither \"event\" nor \"tally\"");
      if (!current || current->article.id != id) {
        flush();
        current.emplace();
        current->article.id = id;
        current->article.source = Str(j, "source");
        current->article.url = Str(j, "url");
        current->article.published = Day(j, "published");
      }
      if (kind == "event") {
        current->events.push_back(EventFromJson(j));
        if (current->events.back().event_id.empty())
          current->events.back().event_id = fmt::format("{}:e{}", id, current->events.size());
      } else {
        current->tallies.push_back(TallyFromJson(j));
      }
      content += line;
      content += '\n';
    } catch (const std::exception& e) {
      on_error({name, lineno, id, fmt::format("not a rasad record: {}", e.what())});
    }
  }
  flush();
  return delivered;
}

size_t ReadRecords(const std::string& path, const SubmissionSink& on_submission, const io::ErrorSink& on_error) {
  if (path == "-") return ReadRecords(std::cin, "<stdin>", on_submission, on_error);
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    on_error({path, 0, "", "cannot open file"});
    return 0;
  }
  return ReadRecords(file, path, on_submission, on_error);
}

}  // namespace rasad::store
