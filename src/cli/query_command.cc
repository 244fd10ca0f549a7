#include "cli/query_command.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>

#include <fmt/core.h>

#include "cli/text_table.h"
#include "io/record_json.h"
#include "store/acled_csv.h"
#include "store/geojson_writer.h"
#include "store/incident_json.h"
#include "store/store.h"

namespace rasad::cli {
namespace {

void AddFilterOptions(CLI::App* cmd, QueryOptions& opts) {
  cmd->add_option("--db", opts.db, "Database: a path (SQLite) or URL")->capture_default_str();
  cmd->add_option("--from", opts.from, "Incidents on or after this day (YYYY-MM-DD)");
  cmd->add_option("--to", opts.to, "Incidents on or before this day (YYYY-MM-DD)");
  cmd->add_option("--country", opts.country, "Country: ISO code (SY) or English name");
  cmd->add_option("--admin1", opts.admin1, "First-level region, English or Arabic name");
  cmd->add_option("--actor", opts.actor, "Actor1 or actor2 starting with this name (case-insensitive)");
  cmd->add_option("--type", opts.type, "Event type or sub-event type (ACLED's names)");
}

std::optional<store::IncidentFilter> Filter(const QueryOptions& opts) {
  store::IncidentFilter f;
  for (auto [text, day, name] : {std::tuple{&opts.from, &f.from, "--from"}, std::tuple{&opts.to, &f.to, "--to"}}) {
    if (text->empty()) continue;
    *day = Date::Parse(*text);
    if (!*day || text->size() != 10) {
      fmt::print(stderr, "rasad: {} must be a date YYYY-MM-DD, not '{}'\n", name, *text);
      return std::nullopt;
    }
  }
  f.country = opts.country;
  f.admin1 = opts.admin1;
  f.actor = opts.actor;
  f.type = opts.type;
  f.limit = opts.limit;
  return f;
}

// Opens an existing store: reading never creates a database.
std::unique_ptr<store::Store> OpenExisting(const std::string& location) {
  try {
    if (location.find("://") == std::string::npos && !std::filesystem::exists(location)) {
      fmt::print(stderr, "rasad: no database at {} (create one with 'rasad ingest')\n", location);
      return nullptr;
    }
    return store::OpenStore(location);
  } catch (const std::exception& e) {
    fmt::print(stderr, "rasad: {}\n", e.what());
    return nullptr;
  }
}

bool Table(const QueryOptions& opts) {
  if (opts.output_format == "table") return true;
  if (opts.output_format == "jsonl") return false;
  return isatty(STDOUT_FILENO);
}

std::string Or(const std::string& a, const std::string& b) { return a.empty() ? b : a; }

std::string Place(const PlaceRef& p) {
  std::string out;
  for (const std::string* part : {&p.location, &p.admin1, &p.country}) {
    std::string name = *part;
    if (name.empty() && part == &p.location) name = p.location_ar;
    if (name.empty() || out.find(name) != std::string::npos) continue;
    out += (out.empty() ? "" : ", ") + name;
  }
  return out;
}

// Runs `body` on the output stream (standard output or -o FILE); 2 when it cannot be written.
template <typename Body>
int WithOutput(const std::string& path, Body body) {
  std::ofstream file;
  std::ostream* out = &std::cout;
  if (path != "-") {
    file.open(path, std::ios::binary | std::ios::trunc);
    if (!file) {
      fmt::print(stderr, "rasad: cannot write {}\n", path);
      return 2;
    }
    out = &file;
  }
  int status = body(*out);
  out->flush();
  if (!*out) {
    fmt::print(stderr, "rasad: error writing output\n");
    return 2;
  }
  return status;
}

// Runs a command body; a database error ends it with status 2.
template <typename Body>
int Guarded(Body body) {
  try {
    return body();
  } catch (const std::exception& e) {
    fmt::print(stderr, "rasad: {}\n", e.what());
    return 2;
  }
}

}  // namespace

void AddQueryCommands(CLI::App& app, QueryOptions& opts) {
  const std::vector<std::string> shapes = {"auto", "table", "jsonl"};
  auto* query = app.add_subcommand("query", "List stored incidents (a table on a terminal, JSON Lines otherwise)");
  AddFilterOptions(query, opts);
  query->add_option("--limit", opts.limit, "At most N incidents (0 = all)");
  query->add_option("--output-format", opts.output_format, "auto (table on a terminal), table or jsonl")
      ->check(CLI::IsMember(shapes))->capture_default_str();

  auto* tally = app.add_subcommand("tally", "Count incidents and casualties per period and group");
  AddFilterOptions(tally, opts);
  tally->add_option("--by", opts.by, "Period: week (ISO, from Monday) or month")
      ->check(CLI::IsMember({"week", "month"}))->capture_default_str();
  tally->add_option("--per", opts.per, "Group: country, admin1 or actor")
      ->check(CLI::IsMember({"country", "admin1", "actor"}))->capture_default_str();
  tally->add_option("--output-format", opts.output_format, "auto (table on a terminal), table or jsonl")
      ->check(CLI::IsMember(shapes))->capture_default_str();

  auto* exp = app.add_subcommand("export", "Export incidents (CSV in ACLED's columns, JSON Lines, GeoJSON) or tallies");
  AddFilterOptions(exp, opts);
  exp->add_option("--limit", opts.limit, "At most N records (0 = all)");
  exp->add_option("--format", opts.format, "csv, jsonl or geojson (incidents only)")
      ->check(CLI::IsMember({"csv", "jsonl", "geojson"}))->capture_default_str();
  exp->add_option("--kind", opts.kind, "incidents or tallies (the stored tally records)")
      ->check(CLI::IsMember({"incidents", "tallies"}))->capture_default_str();
  exp->add_option("-o,--output", opts.output, "Output file (default: standard output)");
}

int RunQuery(const QueryOptions& opts) {
  return Guarded([&] {
  auto filter = Filter(opts);
  if (!filter) return 2;
  auto db = OpenExisting(opts.db);
  if (!db) return 2;
  const bool table = Table(opts);
  TextTable t({"date", "type", "actors", "place", "fatalities", "sources"}, {0, 48, 60, 44, 0, 0},
              {false, false, false, false, true, true});
  db->ForEachIncident(*filter, !table, [&](const store::Incident& inc) {
    const Event& e = inc.record;
    if (!table) {
      std::cout << io::ToLine(store::IncidentJson(inc)) << '\n';
      return;
    }
    std::string date = e.event_date ? e.event_date->iso() : "";
    if (e.event_date && e.time_precision != TimePrecision::kDay)
      date += e.time_precision == TimePrecision::kWeek ? " (week)" : " (month)";
    std::string actors = Or(e.actor1, "?") + (e.actor2.empty() ? "" : " — " + e.actor2);
    std::string fatalities = e.fatalities ? std::to_string(*e.fatalities) : "";
    if (inc.fatalities.low != inc.fatalities.high)
      fatalities += fmt::format(" ({}–{})", *inc.fatalities.low, *inc.fatalities.high);
    t.Add({date, e.event_type + (e.sub_event_type.empty() ? "" : " / " + e.sub_event_type), actors, Place(e.place),
           fatalities, std::to_string(inc.sources_count)});
  });
  if (table) t.Print(std::cout);
  return 0;
  });
}

int RunTally(const QueryOptions& opts) {
  return Guarded([&] {
  auto filter = Filter(opts);
  if (!filter) return 2;
  auto db = OpenExisting(opts.db);
  if (!db) return 2;
  auto period = opts.by == "week" ? store::Period::kWeek : store::Period::kMonth;
  auto grouping = opts.per == "actor" ? store::Grouping::kActor
                  : opts.per == "admin1" ? store::Grouping::kAdmin1 : store::Grouping::kCountry;
  auto rows = db->Tabulate(*filter, period, grouping);
  if (!Table(opts)) {
    for (const auto& r : rows) {
      nlohmann::ordered_json j = {{"kind", "incident_tally"}, {"period", r.period}, {opts.per, r.group},
                                  {"incidents", r.incidents}, {"fatalities", r.fatalities}, {"wounded", r.wounded},
                                  {"killed_or_wounded", r.killed_or_wounded}, {"arrested", r.arrested}};
      std::cout << io::ToLine(j) << '\n';
    }
    return 0;
  }
  TextTable t({opts.by, opts.per, "incidents", "fatalities", "wounded", "killed_or_wounded", "arrested"},
              {0, 48, 0, 0, 0, 0, 0}, {false, false, true, true, true, true, true});
  for (const auto& r : rows)
    t.Add({r.period, r.group, std::to_string(r.incidents), std::to_string(r.fatalities), std::to_string(r.wounded),
           std::to_string(r.killed_or_wounded), std::to_string(r.arrested)});
  t.Print(std::cout);
  return 0;
  });
}

int RunExport(const QueryOptions& opts) {
  return Guarded([&] {
  auto filter = Filter(opts);
  if (!filter) return 2;
  if (opts.kind == "tallies" && opts.format == "geojson") {
    fmt::print(stderr, "rasad: tallies export as jsonl or csv, not geojson\n");
    return 2;
  }
  auto db = OpenExisting(opts.db);
  if (!db) return 2;
  return WithOutput(opts.output, [&](std::ostream& out) {
    if (opts.kind == "tallies") {
      bool header = opts.format == "csv";
      db->ForEachTally(*filter, [&](const Tally& t) {
        nlohmann::ordered_json j = io::TallyJson(t);
        if (opts.format == "jsonl") {
          out << io::ToLine(j) << '\n';
          return;
        }
        std::vector<std::string> names, values;
        for (auto& [key, value] : j.items()) {
          names.push_back(key);
          values.push_back(value.is_null() ? "" : value.is_string() ? value.get<std::string>() : io::ToLine(value));
        }
        if (header) store::WriteCsvRow(out, names);
        header = false;
        store::WriteCsvRow(out, values);
      });
      return 0;
    }
    if (opts.format == "csv") {
      store::WriteCsvRow(out, store::AcledColumns());
      db->ForEachIncident(*filter, true, [&](const store::Incident& inc) { store::WriteCsvRow(out, store::AcledRow(inc)); });
    } else if (opts.format == "jsonl") {
      db->ForEachIncident(*filter, true,
                          [&](const store::Incident& inc) { out << io::ToLine(store::IncidentJson(inc)) << '\n'; });
    } else {
      store::GeoJsonWriter writer(out);
      db->ForEachIncident(*filter, true, [&](const store::Incident& inc) { writer.Add(inc); });
      writer.Finish();
      if (writer.skipped())
        fmt::print(stderr, "rasad: {} incidents without coordinates left out of the GeoJSON ({} written)\n",
                   writer.skipped(), writer.written());
    }
    return 0;
  });
  });
}

}  // namespace rasad::cli
