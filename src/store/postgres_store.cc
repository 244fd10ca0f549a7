#include "store/postgres_store.h"

#include <algorithm>
#include <functional>
#include <optional>
#include <sstream>
#include <type_traits>
#include <variant>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <pqxx/pqxx>

#include "store/acled_country.h"
#include "store/batch_ingest.h"
#include "store/dedup.h"
#include "store/postgres_schema.h"
#include "store/record_values.h"

namespace rasad::store {
namespace {

// ---- parameters and values ----------------------------------------------------------------

// The parameters of one statement, as text (null when absent).
class Params {
 public:
  Params& Null() {
    values_.emplace_back();
    return *this;
  }
  Params& Text(const std::string& s) {  // empty is null
    if (s.empty()) return Null();
    values_.emplace_back(s);
    return *this;
  }
  Params& Int(int64_t v) {
    values_.emplace_back(std::to_string(v));
    return *this;
  }
  Params& Int(const std::optional<int>& v) { return v ? Int(*v) : Null(); }
  Params& Day(const std::optional<Date>& d) { return d ? Text(d->iso()) : Null(); }
  Params& Values(const std::vector<ColumnValue>& values) {
    for (const auto& v : values)
      std::visit([&](const auto& x) {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, std::monostate>) Null();
        else if constexpr (std::is_same_v<T, std::string>) values_.emplace_back(x);
        else values_.emplace_back(fmt::format("{}", x));  // shortest round-trip form of a double
      }, v);
    return *this;
  }
  // Adds a value and returns its placeholder ("$3"), for SQL built at run time.
  std::string Placeholder(const std::string& value) {
    values_.emplace_back(value);
    return fmt::format("${}", values_.size());
  }

  pqxx::result Prepared(pqxx::transaction_base& tx, const std::string& statement) const {
    auto p = Pointers();
    return tx.exec_prepared(statement, pqxx::prepare::make_dynamic_params(p));
  }
  pqxx::result Sql(pqxx::transaction_base& tx, const std::string& sql) const {
    auto p = Pointers();
    return tx.exec_params(sql, pqxx::prepare::make_dynamic_params(p));
  }

 private:
  std::vector<const char*> Pointers() const {
    std::vector<const char*> p;
    p.reserve(values_.size());
    for (const auto& v : values_) p.push_back(v ? v->c_str() : nullptr);
    return p;
  }
  std::vector<std::optional<std::string>> values_;
};

std::string Text(const pqxx::field& f) { return f.is_null() ? std::string() : std::string(f.c_str(), f.size()); }
std::optional<int> Int(const pqxx::field& f) { return f.is_null() ? std::nullopt : std::optional<int>(f.as<int>()); }
int64_t Int64(const pqxx::field& f) { return f.is_null() ? 0 : f.as<int64_t>(); }
double Real(const pqxx::field& f) { return f.is_null() ? 0 : f.as<double>(); }
std::optional<Date> Day(const pqxx::field& f) { return f.is_null() ? std::nullopt : Date::Parse(f.c_str()); }

// ---- the record columns in PostgreSQL -----------------------------------------------------

std::vector<std::string> Split(const char* columns) {
  std::vector<std::string> names;
  std::istringstream in(columns);
  for (std::string name; std::getline(in >> std::ws, name, ',');) names.push_back(name);
  return names;
}

// The SELECT list of a record (or tally) table aliased `t`: the point read back as latitude, longitude.
std::string SelectList(const char* columns, const std::string& t) {
  std::string out;
  for (const auto& name : Split(columns)) {
    if (name == "longitude") continue;
    out += out.empty() ? "" : ", ";
    out += name == "latitude" ? fmt::format("ST_Y({0}.geom), ST_X({0}.geom)", t) : t + "." + name;
  }
  return out;
}

// Column names and value expressions for writing `columns` from parameter $first on
// (the values of RecordValues / TallyValues): latitude and longitude become one point.
struct Assignments {
  std::vector<std::string> names, values;
  int next = 0;  // the parameter after the last

  Assignments(const char* columns, int first) : next(first) {
    for (const auto& name : Split(columns)) {
      if (name == "longitude") continue;
      if (name == "latitude") {
        names.push_back("geom");
        values.push_back(fmt::format("ST_SetSRID(ST_MakePoint(${}::float8, ${}::float8), 4326)", next + 1, next));
        next += 2;
      } else {
        names.push_back(name);
        values.push_back(fmt::format("${}", next++));
      }
    }
  }
  std::string Names() const { return fmt::format("{}", fmt::join(names, ", ")); }
  std::string Values() const { return fmt::format("{}", fmt::join(values, ", ")); }
  std::string Set() const {
    std::string out;
    for (size_t i = 0; i < names.size(); ++i) out += (i ? ", " : "") + names[i] + " = " + values[i];
    return out;
  }
};

// Reads the record columns (SelectList(kRecordColumns, …)) starting at field `first`.
Event ReadRecord(const pqxx::row& r, int first) {
  Event e;
  int i = first;
  e.event_date = Day(r[i++]);
  if (auto p = Int(r[i++])) e.time_precision = static_cast<TimePrecision>(*p);
  e.event_type = Text(r[i++]);
  e.sub_event_type = Text(r[i++]);
  e.actor1 = Text(r[i++]);
  e.actor2 = Text(r[i++]);
  e.inter1 = static_cast<int>(Int64(r[i++]));
  e.inter2 = static_cast<int>(Int64(r[i++]));
  PlaceRef& p = e.place;
  for (std::string* s : {&p.country, &p.country_code, &p.admin1, &p.admin2, &p.location, &p.admin1_ar, &p.location_ar})
    *s = Text(r[i++]);
  p.has_coordinates = !r[i].is_null();
  p.latitude = Real(r[i++]);
  p.longitude = Real(r[i++]);
  p.geo_precision = static_cast<int>(Int64(r[i++]));
  p.wof_id = Int64(r[i++]);
  p.geonames_id = Int64(r[i++]);
  for (auto* v : {&e.fatalities, &e.wounded, &e.killed_or_wounded, &e.arrested}) *v = Int(r[i++]);
  for (std::string* s : {&e.claimed_by, &e.reported_by, &e.source, &e.evidence}) *s = Text(r[i++]);
  e.evidence_begin = static_cast<size_t>(Int64(r[i++]));
  e.evidence_end = static_cast<size_t>(Int64(r[i++]));
  e.trigger = Text(r[i++]);
  e.confidence = Real(r[i++]);
  return e;
}

const std::string kSelectEvent =
    "SELECT e.id, e.component, e.event_id, a.article_id, a.published, a.url, e.incident, " +
    SelectList(kRecordColumns, "e") + " FROM event e JOIN article a ON a.id = e.article ";

StoredEvent ReadStoredEvent(const pqxx::row& r) {
  StoredEvent s;
  s.row = Int64(r[0]);
  s.component = Int64(r[1]);
  s.incident = Int64(r[6]);
  s.source.event = ReadRecord(r, 7);
  s.source.event.event_id = Text(r[2]);
  s.source.event.article_id = Text(r[3]);
  s.source.published = Day(r[4]);
  s.source.url = Text(r[5]);
  return s;
}

// ---- filters ------------------------------------------------------------------------------

// The WHERE clause of a filter over the incident table; names compare case-insensitively.
struct Where {
  std::string sql;
  Params params;

  explicit Where(const IncidentFilter& f) {
    std::vector<std::string> terms;
    if (f.from) terms.push_back("event_date >= " + params.Placeholder(f.from->iso()) + "::date");
    if (f.to) terms.push_back("event_date <= " + params.Placeholder(f.to->iso()) + "::date");
    if (!f.country.empty()) {
      std::string code = CountryCode(f.country);
      if (!code.empty()) terms.push_back("lower(country_code) = lower(" + params.Placeholder(code) + "::text)");
      else terms.push_back("lower(country) = lower(" + params.Placeholder(f.country) + "::text)");
    }
    if (!f.admin1.empty()) {
      std::string p = params.Placeholder(f.admin1);
      terms.push_back(fmt::format("(lower(admin1) = lower({0}::text) OR admin1_ar = {0}::text)", p));
    }
    if (!f.actor.empty()) {
      std::string pattern;
      for (char c : f.actor) {
        if (c == '%' || c == '_' || c == '\\') pattern += '\\';
        pattern += c;
      }
      std::string p = params.Placeholder(pattern + "%");
      terms.push_back(fmt::format("(lower(actor1) LIKE lower({0}::text) OR lower(actor2) LIKE lower({0}::text))", p));
    }
    if (!f.type.empty()) {
      std::string p = params.Placeholder(f.type);
      terms.push_back(
          fmt::format("(lower(event_type) = lower({0}::text) OR lower(sub_event_type) = lower({0}::text))", p));
    }
    if (!f.incident_id.empty()) terms.push_back("incident_id = " + params.Placeholder(f.incident_id) + "::text");
    for (const auto& t : terms) sql += (sql.empty() ? " WHERE " : " AND ") + t;
  }
};

// " LIMIT n OFFSET m" for a page of a filter's results ("" for all of them).
std::string Page(const IncidentFilter& f) {
  if (!f.limit && !f.offset) return "";
  return fmt::format(" LIMIT {} OFFSET {}", f.limit ? fmt::to_string(f.limit) : "ALL", f.offset);
}

const char* kIncidentHead =
    "component, sources_count, updated_at, fatalities_low, fatalities_high, wounded_low, wounded_high, "
    "killed_or_wounded_low, killed_or_wounded_high, arrested_low, arrested_high";

// ---- the store ----------------------------------------------------------------------------

class PostgresStore final : public Store, private IngestTables {
 public:
  explicit PostgresStore(const std::string& url) : conn_(url) {
    pqxx::work tx(conn_);
    tx.exec("SELECT pg_advisory_xact_lock(hashtext('rasad schema'))");
    if (tx.exec("SELECT current_schema()")[0][0].is_null())
      throw StoreError("no schema to create the tables in: check the search_path");
    if (!tx.exec("SELECT to_regtype('geometry') IS NOT NULL")[0][0].as<bool>())
      throw StoreError("PostGIS is not installed in this database (or not on the search_path): "
                       "CREATE EXTENSION postgis; as a superuser");
    tx.exec(postgres::kSchema);
    auto version = tx.exec("SELECT max(version) FROM schema_version")[0][0];
    if (version.is_null())
      tx.exec(fmt::format("INSERT INTO schema_version VALUES ({})", postgres::kSchemaVersion));
    else if (version.as<int>() > postgres::kSchemaVersion)
      throw StoreError(fmt::format("schema version {} is newer than this rasad ({})", version.as<int>(),
                                   postgres::kSchemaVersion));
    tx.commit();
    Prepare();
  }

  std::optional<std::string> Fingerprint(const std::string& article_id) override {
    return Read([&](pqxx::transaction_base& tx) -> std::optional<std::string> {
      auto r = Params().Text(article_id).Prepared(tx, "fingerprint");
      if (r.empty()) return std::nullopt;
      return Text(r[0][0]);
    });
  }

  IngestCounts Ingest(const std::vector<Submission>& batch) override {
    try {
      pqxx::work tx(conn_);
      // Batches of several clients apply one at a time: a rebuild sees every committed event.
      tx.exec("SELECT pg_advisory_xact_lock(hashtext('rasad ingest ' || current_schema()))");
      tx_ = &tx;
      IngestCounts counts = IngestBatch(*this, batch);
      tx_ = nullptr;
      tx.commit();
      return counts;
    } catch (const pqxx::failure& e) {
      tx_ = nullptr;
      throw StoreError(fmt::format("database error: {}", e.what()));
    } catch (...) {
      tx_ = nullptr;
      throw;
    }
  }

  void ForEachIncident(const IncidentFilter& filter, bool with_sources,
                       const std::function<void(const Incident&)>& fn) override {
    // Read first, call back after: `fn` may use the store again.
    auto incidents = Read([&](pqxx::transaction_base& tx) {
      Where where(filter);
      auto rows = where.params.Sql(
          tx, fmt::format("SELECT id, incident_id, {}, {} FROM incident{} ORDER BY event_date, incident_id{}",
                          kIncidentHead, SelectList(kRecordColumns, "incident"), where.sql, Page(filter)));
      std::vector<Incident> out;
      out.reserve(rows.size());
      for (const auto& r : rows) {
        Incident inc;
        inc.incident_id = Text(r[1]);
        inc.sources_count = static_cast<int>(Int64(r[3]));
        inc.updated_at = Int64(r[4]);
        inc.record = ReadRecord(r, 13);
        inc.record.event_id = inc.incident_id;
        auto range = [&](int col, std::optional<int> best, Casualties& c) { c = {Int(r[col]), best, Int(r[col + 1])}; };
        range(5, inc.record.fatalities, inc.fatalities);
        range(7, inc.record.wounded, inc.wounded);
        range(9, inc.record.killed_or_wounded, inc.killed_or_wounded);
        range(11, inc.record.arrested, inc.arrested);
        if (with_sources) {
          for (const auto& s : Params().Int(Int64(r[0])).Prepared(tx, "events_of_incident"))
            inc.sources.push_back(ReadStoredEvent(s).source);
          std::sort(inc.sources.begin(), inc.sources.end(), LeadsBefore);
          if (!inc.sources.empty()) inc.record.article_id = inc.sources.front().event.article_id;
        }
        out.push_back(std::move(inc));
      }
      return out;
    });
    for (const auto& inc : incidents) fn(inc);
  }

  int64_t CountIncidents(const IncidentFilter& filter) override {
    return Read([&](pqxx::transaction_base& tx) {
      Where where(filter);
      return where.params.Sql(tx, "SELECT count(*) FROM incident" + where.sql)[0][0].as<int64_t>();
    });
  }

  std::optional<StoredArticle> FindArticle(const std::string& article_id) override {
    return Read([&](pqxx::transaction_base& tx) -> std::optional<StoredArticle> {
      auto r = Params().Text(article_id).Prepared(tx, "article");
      if (r.empty()) return std::nullopt;
      StoredArticle out;
      Article& a = out.article;
      a.id = article_id;
      a.url = Text(r[0][1]);
      a.source = Text(r[0][2]);
      a.title = Text(r[0][3]);
      a.published = Day(r[0][4]);
      a.text = Text(r[0][5]);
      for (const auto& s : Params().Int(Int64(r[0][0])).Prepared(tx, "spans_of_article")) {
        EvidenceSpan span;
        span.kind = Text(s[0]);
        span.record_id = Text(s[1]);
        span.incident_id = Text(s[2]);
        span.begin = static_cast<size_t>(Int64(s[3]));
        span.end = static_cast<size_t>(Int64(s[4]));
        out.spans.push_back(std::move(span));
      }
      return out;
    });
  }

  std::vector<TallyRow> Tabulate(const IncidentFilter& filter, Period period, Grouping grouping) override {
    Where where(filter);
    std::string period_sql = period == Period::kMonth ? "to_char(event_date, 'YYYY-MM')"
                                                      : "to_char(date_trunc('week', event_date), 'YYYY-MM-DD')";
    std::string counts = "fatalities, wounded, killed_or_wounded, arrested";
    std::string dated = where.sql.empty() ? " WHERE event_date IS NOT NULL" : where.sql + " AND event_date IS NOT NULL";
    std::string from;
    if (grouping == Grouping::kActor) {
      from = fmt::format(
          "(SELECT event_date, actor1 AS grp, {0} FROM incident{1} UNION ALL SELECT event_date, actor2 AS grp, {0} "
          "FROM incident{1} AND actor2 IS NOT NULL AND lower(actor2) <> lower(actor1)) AS s",
          counts, dated);
    } else {
      std::string group = grouping == Grouping::kCountry ? "coalesce(country, country_code)" : "admin1";
      from = fmt::format("(SELECT event_date, {} AS grp, {} FROM incident{}) AS s", group, counts, dated);
    }
    return Read([&](pqxx::transaction_base& tx) {
      auto result = where.params.Sql(
          tx, fmt::format("SELECT {} AS period, coalesce(grp, '') AS grp, count(*), coalesce(sum(fatalities), 0), "
                          "coalesce(sum(wounded), 0), coalesce(sum(killed_or_wounded), 0), "
                          "coalesce(sum(arrested), 0) FROM {} GROUP BY 1, 2 ORDER BY 1, coalesce(grp, '') COLLATE \"C\"",
                          period_sql, from));
      std::vector<TallyRow> rows;
      for (const auto& r : result)
        rows.push_back({Text(r[0]), Text(r[1]), Int64(r[2]), Int64(r[3]), Int64(r[4]), Int64(r[5]), Int64(r[6])});
      return rows;
    });
  }

  void ForEachTally(const IncidentFilter& filter, const std::function<void(const rasad::Tally&)>& fn) override {
    auto tallies = Read([&](pqxx::transaction_base& tx) {
      Params params;
      std::vector<std::string> terms;
      // A tally without a period is dated by its article.
      if (filter.from)
        terms.push_back("coalesce(t.period_end, t.period_start, a.published) >= " +
                        params.Placeholder(filter.from->iso()) + "::date");
      if (filter.to)
        terms.push_back("coalesce(t.period_start, t.period_end, a.published) <= " +
                        params.Placeholder(filter.to->iso()) + "::date");
      if (!filter.country.empty()) {
        std::string code = CountryCode(filter.country);
        terms.push_back(code.empty() ? "lower(t.country) = lower(" + params.Placeholder(filter.country) + "::text)"
                                     : "lower(t.country_code) = lower(" + params.Placeholder(code) + "::text)");
      }
      if (!filter.actor.empty())
        terms.push_back("lower(t.actor) LIKE lower(" + params.Placeholder(filter.actor + "%") + "::text)");
      std::string sql = "SELECT a.article_id, " + SelectList(kTallyColumns, "t") +
                        " FROM tally t JOIN article a ON a.id = t.article";
      for (const auto& t : terms) sql += (&t == &terms.front() ? " WHERE " : " AND ") + t;
      sql += " ORDER BY coalesce(t.period_start, a.published), t.id" + Page(filter);
      std::vector<rasad::Tally> out;
      for (const auto& r : params.Sql(tx, sql)) {
        rasad::Tally t;
        int i = 0;
        t.article_id = Text(r[i++]);
        for (std::string* s : {&t.tally_id, &t.actor, &t.claimed_by, &t.region, &t.region_ar, &t.place.country,
                               &t.place.country_code, &t.place.admin1})
          *s = Text(r[i++]);
        t.place.has_coordinates = !r[i].is_null();
        t.place.latitude = Real(r[i++]);
        t.place.longitude = Real(r[i++]);
        for (auto* v : {&t.operations, &t.fatalities, &t.wounded, &t.killed_or_wounded, &t.arrested}) *v = Int(r[i++]);
        t.period_start = Day(r[i++]);
        t.period_end = Day(r[i++]);
        for (std::string* s : {&t.reported_by, &t.source, &t.evidence}) *s = Text(r[i++]);
        t.evidence_begin = static_cast<size_t>(Int64(r[i++]));
        t.evidence_end = static_cast<size_t>(Int64(r[i++]));
        out.push_back(std::move(t));
      }
      return out;
    });
    for (const auto& t : tallies) fn(t);
  }

  StoreStats Stats() override {
    return Read([&](pqxx::transaction_base& tx) {
      auto r = tx.exec(
          "SELECT (SELECT count(*) FROM article), (SELECT count(*) FROM event), (SELECT count(*) FROM tally), "
          "(SELECT count(*) FROM incident), (SELECT count(*) FROM incident WHERE sources_count > 1)")[0];
      return StoreStats{Int64(r[0]), Int64(r[1]), Int64(r[2]), Int64(r[3]), Int64(r[4])};
    });
  }

 private:
  void Prepare() {
    auto prepare = [&](const char* name, const std::string& sql) { conn_.prepare(name, sql); };
    prepare("fingerprint", "SELECT fingerprint FROM article WHERE article_id = $1");
    prepare("find_article", "SELECT id, fingerprint FROM article WHERE article_id = $1");
    prepare("components_of_article",
            "SELECT DISTINCT component FROM event WHERE article = $1 AND component IS NOT NULL");
    prepare("delete_article", "DELETE FROM article WHERE id = $1");
    prepare("insert_article",
            "INSERT INTO article (article_id, url, source, title, published, fingerprint, ingested_at, text) "
            "VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id");
    Assignments event(kRecordColumns, 3);
    prepare("insert_event", fmt::format("INSERT INTO event (article, event_id, {}) VALUES ($1, $2, {}) RETURNING id",
                                        event.Names(), event.Values()));
    Assignments tally(kTallyColumns, 2);
    prepare("insert_tally",
            fmt::format("INSERT INTO tally (article, {}) VALUES ($1, {})", tally.Names(), tally.Values()));
    // Compatible events share the country and the type, and the admin1 when both know it.
    const std::string near =
        kSelectEvent + "WHERE lower(e.country_code) = lower($1::text) AND lower(e.event_type) = lower($2::text) "
                       "AND e.event_date BETWEEN $3::date AND $4::date AND e.component IS NOT NULL";
    prepare("candidates", near);
    prepare("candidates_in_admin1", near + " AND (lower(e.admin1) = lower($5::text) OR lower(e.admin1) IS NULL)");
    prepare("events_of_component", kSelectEvent + "WHERE e.component = $1");
    prepare("events_of_incident", kSelectEvent + "WHERE e.incident = $1");
    prepare("incidents_of_component", "SELECT id, incident_id FROM incident WHERE component = $1");
    prepare("delete_incident", "DELETE FROM incident WHERE id = $1");
    // Both take the head (kIncidentHead) at $1..$11, the record from $12, then incident_id / the row.
    Assignments record(kRecordColumns, 12);
    prepare("insert_incident",
            fmt::format("INSERT INTO incident ({}, {}, incident_id) VALUES ({}, {}, ${}) RETURNING id",
                        kIncidentHead, record.Names(),
                        "$1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11", record.Values(), record.next));
    std::string head;
    int n = 1;
    for (const auto& name : Split(kIncidentHead)) head += fmt::format("{} = ${}, ", name, n++);
    prepare("update_incident", fmt::format("UPDATE incident SET {}{} WHERE id = ${}", head, record.Set(), record.next));
    prepare("set_incident", "UPDATE event SET component = $1, incident = $2 WHERE id = $3");
    prepare("article", "SELECT id, url, source, title, published, text FROM article WHERE article_id = $1");
    prepare("spans_of_article",
            "SELECT 'event', e.event_id, i.incident_id, e.evidence_begin, e.evidence_end FROM event e "
            "LEFT JOIN incident i ON i.id = e.incident WHERE e.article = $1 "
            "UNION ALL SELECT 'tally', t.tally_id, NULL, t.evidence_begin, t.evidence_end FROM tally t "
            "WHERE t.article = $1 ORDER BY 4, 5");
  }

  // Runs `read` in a read-only snapshot; database errors become StoreError.
  template <typename F>
  std::invoke_result_t<F, pqxx::transaction_base&> Read(F&& read) {
    try {
      pqxx::read_transaction tx(conn_);
      auto out = read(tx);
      tx.commit();
      return out;
    } catch (const pqxx::failure& e) {
      throw StoreError(fmt::format("database error: {}", e.what()));
    }
  }

  pqxx::result Exec(const char* statement, const Params& params) { return params.Prepared(*tx_, statement); }

  // ---- IngestTables -------------------------------------------------------------------------

  std::optional<ArticleRow> FindArticleRow(const std::string& article_id) override {
    auto r = Exec("find_article", Params().Text(article_id));
    if (r.empty()) return std::nullopt;
    return ArticleRow{Int64(r[0][0]), Text(r[0][1])};
  }

  std::vector<int64_t> ComponentsOfArticle(int64_t article_row) override {
    std::vector<int64_t> out;
    for (const auto& r : Exec("components_of_article", Params().Int(article_row))) out.push_back(Int64(r[0]));
    return out;
  }

  void DeleteArticle(int64_t article_row) override { Exec("delete_article", Params().Int(article_row)); }

  int64_t InsertArticle(const Submission& sub, const std::string& now) override {
    const Article& a = sub.article;
    Params p;
    p.Text(a.id).Text(a.url).Text(a.source).Text(a.title).Day(a.published).Text(sub.fingerprint).Text(now).Text(a.text);
    return Int64(Exec("insert_article", p)[0][0]);
  }

  int64_t InsertEvent(int64_t article_row, const Event& e) override {
    return Int64(Exec("insert_event", Params().Int(article_row).Text(e.event_id).Values(RecordValues(e)))[0][0]);
  }

  void InsertTally(int64_t article_row, const rasad::Tally& t) override {
    Exec("insert_tally", Params().Int(article_row).Values(TallyValues(t)));
  }

  void ForEachCandidate(const Event& e, const EventFn& fn) override {
    Params p;
    p.Text(e.place.country_code).Text(e.event_type).Day(e.event_date->plus_days(-31)).Day(e.event_date->plus_days(31));
    if (!e.place.admin1.empty()) p.Text(e.place.admin1);
    for (const auto& r : Exec(e.place.admin1.empty() ? "candidates" : "candidates_in_admin1", p))
      fn(ReadStoredEvent(r));
  }

  void ForEachEventOfComponent(int64_t component, const EventFn& fn) override {
    for (const auto& r : Exec("events_of_component", Params().Int(component))) fn(ReadStoredEvent(r));
  }

  std::vector<IncidentRow> IncidentsOfComponent(int64_t component) override {
    std::vector<IncidentRow> out;
    for (const auto& r : Exec("incidents_of_component", Params().Int(component)))
      out.push_back({Int64(r[0]), Text(r[1])});
    return out;
  }

  void DeleteIncident(int64_t incident_row) override { Exec("delete_incident", Params().Int(incident_row)); }

  static Params IncidentParams(const Incident& inc, int64_t component, int64_t now) {
    Params p;
    p.Int(component).Int(inc.sources_count).Int(now);
    for (const Casualties* c : {&inc.fatalities, &inc.wounded, &inc.killed_or_wounded, &inc.arrested})
      p.Int(c->low).Int(c->high);
    p.Values(RecordValues(inc.record));
    return p;
  }

  int64_t InsertIncident(const Incident& inc, int64_t component, int64_t now) override {
    Params p = IncidentParams(inc, component, now);
    p.Text(inc.incident_id);
    return Int64(Exec("insert_incident", p)[0][0]);
  }

  void UpdateIncident(int64_t incident_row, const Incident& inc, int64_t component, int64_t now) override {
    Params p = IncidentParams(inc, component, now);
    p.Int(incident_row);
    Exec("update_incident", p);
  }

  void SetIncident(int64_t event_row, int64_t component, int64_t incident_row) override {
    Exec("set_incident", Params().Int(component).Int(incident_row).Int(event_row));
  }

  pqxx::connection conn_;
  pqxx::work* tx_ = nullptr;  // the open ingest transaction
};

}  // namespace

std::unique_ptr<Store> OpenPostgresStore(const std::string& url) {
  try {
    return std::make_unique<PostgresStore>(url);
  } catch (const pqxx::failure& e) {
    throw StoreError(fmt::format("cannot open PostgreSQL database: {}", e.what()));
  }
}

}  // namespace rasad::store
