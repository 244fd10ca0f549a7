#include "store/acled_csv.h"

#include <algorithm>

#include <fmt/format.h>

#include "store/acled_country.h"

namespace rasad::store {
namespace {

std::string Opt(const std::optional<int>& v) { return v ? std::to_string(*v) : std::string(); }
std::string NonZero(long long v) { return v ? std::to_string(v) : std::string(); }

std::string Joined(const Incident& inc, const std::string& (*field)(const Source&), const char* sep) {
  std::string out;
  for (const Source& s : inc.sources) {
    const std::string& v = field(s);
    if (!v.empty()) out += (out.empty() ? "" : sep) + v;
  }
  return out;
}

std::string Interaction(int a, int b) {
  if (!a && !b) return "";
  if (!a || !b) return std::to_string(10 * std::max(a, b));
  return std::to_string(10 * std::min(a, b) + std::max(a, b));
}

}  // namespace

std::string DisorderType(const std::string& event_type) {
  if (event_type == "Protests" || event_type == "Riots") return "Demonstrations";
  if (event_type == "Strategic developments") return "Strategic developments";
  return event_type.empty() ? "" : "Political violence";
}

const std::vector<std::string>& AcledColumns() {
  static const std::vector<std::string> kColumns = {
      // ACLED's columns, in ACLED's order.
      "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
      "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
      "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
      "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
      // rasad's.
      "fatalities_low", "fatalities_high", "wounded", "wounded_low", "wounded_high", "killed_or_wounded",
      "killed_or_wounded_low", "killed_or_wounded_high", "arrested", "arrested_low", "arrested_high", "claimed_by",
      "reported_by", "sources_count", "incident_id", "admin1_ar", "location_ar", "evidence", "article_ids", "urls"};
  return kColumns;
}

std::vector<std::string> AcledRow(const Incident& inc) {
  const Event& e = inc.record;
  const PlaceRef& p = e.place;
  const AcledCountry* country = FindCountry(p.country_code);
  bool civilians = e.event_type != "Protests" && (e.inter2 == 7 || e.actor2.starts_with("Civilians"));
  std::vector<std::string> row = {
      fmt::format("{}-{}", country ? country->alpha3 : p.country_code, inc.incident_id),
      e.event_date ? e.event_date->iso() : "",
      e.event_date ? std::to_string(e.event_date->year) : "",
      e.event_date ? std::to_string(static_cast<int>(e.time_precision)) : "",
      DisorderType(e.event_type),
      e.event_type,
      e.sub_event_type,
      e.actor1,
      "",
      NonZero(e.inter1),
      e.actor2,
      "",
      NonZero(e.inter2),
      Interaction(e.inter1, e.inter2),
      civilians ? "Civilian targeting" : "",
      country ? std::to_string(country->iso) : "",
      country ? std::string(country->region) : "",
      p.country,
      p.admin1,
      p.admin2,
      "",
      p.location,
      p.has_coordinates ? fmt::format("{:.5f}", p.latitude) : "",
      p.has_coordinates ? fmt::format("{:.5f}", p.longitude) : "",
      NonZero(p.geo_precision),
      e.source,
      "",
      e.evidence,
      Opt(e.fatalities),
      "",
      NonZero(inc.updated_at),
  };
  for (const Casualties* c : {&inc.fatalities, &inc.wounded, &inc.killed_or_wounded, &inc.arrested}) {
    if (c != &inc.fatalities) row.push_back(Opt(c->best));
    row.push_back(Opt(c->low));
    row.push_back(Opt(c->high));
  }
  row.push_back(e.claimed_by);
  row.push_back(e.reported_by);
  row.push_back(std::to_string(inc.sources_count));
  row.push_back(inc.incident_id);
  row.push_back(p.admin1_ar);
  row.push_back(p.location_ar);
  row.push_back(Joined(inc, [](const Source& s) -> const std::string& { return s.event.evidence; }, " | "));
  row.push_back(Joined(inc, [](const Source& s) -> const std::string& { return s.event.article_id; }, "; "));
  row.push_back(Joined(inc, [](const Source& s) -> const std::string& { return s.url; }, "; "));
  return row;
}

void WriteCsvRow(std::ostream& out, const std::vector<std::string>& fields) {
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i) out << ',';
    const std::string& f = fields[i];
    if (f.find_first_of(",\"\r\n") == std::string::npos) {
      out << f;
      continue;
    }
    out << '"';
    for (char c : f) {
      if (c == '"') out << '"';
      out << c;
    }
    out << '"';
  }
  out << "\r\n";
}

}  // namespace rasad::store
