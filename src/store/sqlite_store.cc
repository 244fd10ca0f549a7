#include "store/sqlite_store.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <map>
#include <type_traits>
#include <unordered_map>
#include <variant>

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "store/acled_country.h"
#include "store/batch_ingest.h"
#include "store/dedup.h"
#include "store/record_values.h"
#include "store/sqlite_schema.h"

namespace rasad::store {
namespace {


// ---- binding and reading ------------------------------------------------------------------

void BindText(SQLite::Statement& st, int i, const std::string& s) {
  if (s.empty()) st.bind(i);
  else st.bind(i, s);
}
void BindInt(SQLite::Statement& st, int i, const std::optional<int>& v) {
  if (v) st.bind(i, *v);
  else st.bind(i);
}
void BindDate(SQLite::Statement& st, int i, const std::optional<Date>& d) {
  if (d) st.bind(i, d->iso());
  else st.bind(i);
}

std::string Text(const SQLite::Column& c) { return c.isNull() ? std::string() : c.getString(); }
std::optional<int> Int(const SQLite::Column& c) { return c.isNull() ? std::nullopt : std::optional<int>(c.getInt()); }
std::optional<Date> Day(const SQLite::Column& c) { return c.isNull() ? std::nullopt : Date::Parse(c.getString()); }

// Binds `values` at [first, first + values.size()).
void BindValues(SQLite::Statement& st, int first, const std::vector<ColumnValue>& values) {
  int i = first;
  for (const auto& v : values) {
    std::visit([&](const auto& x) {
      if constexpr (std::is_same_v<std::decay_t<decltype(x)>, std::monostate>) st.bind(i);
      else st.bind(i, x);
    }, v);
    ++i;
  }
}

// Binds an Event's record columns at [first, first + kRecordColumnCount). Its strings are
// bound without a copy: `e` must outlive the statement's next execution.
void BindRecord(SQLite::Statement& st, int first, const Event& e) {
  int i = first;
  ForEachRecordValue(e, [&](const auto& v) {
    using V = std::decay_t<decltype(v)>;
    if constexpr (std::is_same_v<V, std::monostate>) st.bind(i);
    else if constexpr (std::is_same_v<V, std::string>) st.bindNoCopy(i, v);
    else if constexpr (std::is_same_v<V, TransientText>) st.bind(i, v.text);
    else st.bind(i, v);
    ++i;
  });
}

// Reads the record columns starting at column `first`.
Event ReadRecord(SQLite::Statement& st, int first) {
  Event e;
  int i = first;
  e.event_date = Day(st.getColumn(i++));
  if (auto p = Int(st.getColumn(i++))) e.time_precision = static_cast<TimePrecision>(*p);
  e.event_type = Text(st.getColumn(i++));
  e.sub_event_type = Text(st.getColumn(i++));
  e.actor1 = Text(st.getColumn(i++));
  e.actor2 = Text(st.getColumn(i++));
  e.inter1 = st.getColumn(i++).getInt();
  e.inter2 = st.getColumn(i++).getInt();
  PlaceRef& p = e.place;
  p.country = Text(st.getColumn(i++));
  p.country_code = Text(st.getColumn(i++));
  p.admin1 = Text(st.getColumn(i++));
  p.admin2 = Text(st.getColumn(i++));
  p.location = Text(st.getColumn(i++));
  p.admin1_ar = Text(st.getColumn(i++));
  p.location_ar = Text(st.getColumn(i++));
  p.has_coordinates = !st.getColumn(i).isNull();
  p.latitude = st.getColumn(i++).getDouble();
  p.longitude = st.getColumn(i++).getDouble();
  p.geo_precision = st.getColumn(i++).getInt();
  p.wof_id = st.getColumn(i++).getInt64();
  p.geonames_id = st.getColumn(i++).getInt64();
  e.fatalities = Int(st.getColumn(i++));
  e.wounded = Int(st.getColumn(i++));
  e.killed_or_wounded = Int(st.getColumn(i++));
  e.arrested = Int(st.getColumn(i++));
  e.claimed_by = Text(st.getColumn(i++));
  e.reported_by = Text(st.getColumn(i++));
  e.source = Text(st.getColumn(i++));
  e.evidence = Text(st.getColumn(i++));
  e.evidence_begin = static_cast<size_t>(st.getColumn(i++).getInt64());
  e.evidence_end = static_cast<size_t>(st.getColumn(i++).getInt64());
  e.trigger = Text(st.getColumn(i++));
  e.confidence = st.getColumn(i++).getDouble();
  return e;
}

// "[1,2,3]", for json_each(): a whole list bound to one parameter.
std::string JsonArray(const std::vector<int64_t>& rows) {
  return fmt::format("[{}]", fmt::join(rows, ","));
}

std::string Placeholders(int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s += i ? ",?" : "?";
  return s;
}

// SELECT prefix yielding StoredEvent rows (see ReadStoredEvent).
const std::string kSelectEvent = [] {
  std::string sql = "SELECT e.id, e.component, e.event_id, a.article_id, a.published, a.url, e.incident, e.";
  for (const char* c = kRecordColumns; *c; ++c) sql += *c == ' ' && c[-1] == ',' ? std::string(" e.") : std::string(1, *c);
  return sql + " FROM event e JOIN article a ON a.id = e.article ";
}();

StoredEvent ReadStoredEvent(SQLite::Statement& st) {
  StoredEvent s;
  s.row = st.getColumn(0).getInt64();
  s.component = st.getColumn(1).getInt64();
  s.incident = st.getColumn(6).getInt64();
  s.source.event = ReadRecord(st, 7);
  s.source.event.event_id = st.getColumn(2).getString();
  s.source.event.article_id = st.getColumn(3).getString();
  s.source.published = Day(st.getColumn(4));
  s.source.url = Text(st.getColumn(5));
  return s;
}

// ---- filters ------------------------------------------------------------------------------

// True for one of ACLED's six event types (any case), false for a sub-type.
bool IsEventType(const std::string& type) {
  static const char* kTypes[] = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Protests",
                                 "Riots", "Strategic developments"};
  for (const char* t : kTypes)
    if (type.size() == std::strlen(t) &&
        std::equal(type.begin(), type.end(), t, [](char a, char b) { return std::tolower(a) == std::tolower(b); }))
      return true;
  return false;
}

// The WHERE clause of a filter over the incident table, with named parameters.
struct Where {
  std::string sql;
  std::vector<std::pair<std::string, std::string>> params;

  explicit Where(const IncidentFilter& f) {
    std::vector<std::string> terms;
    auto add = [&](std::string term, std::string name, std::string value) {
      terms.push_back(std::move(term));
      params.emplace_back(std::move(name), std::move(value));
    };
    if (f.from) add("event_date >= :from", ":from", f.from->iso());
    if (f.to) add("event_date <= :to", ":to", f.to->iso());
    if (!f.country.empty()) {
      std::string code = CountryCode(f.country);
      if (!code.empty()) add("country_code = :country", ":country", code);
      else add("country = :country COLLATE NOCASE", ":country", f.country);
    }
    if (!f.admin1.empty()) add("(admin1 = :admin1 OR admin1_ar = :admin1)", ":admin1", f.admin1);
    if (!f.actor.empty()) {
      std::string pattern;
      for (char c : f.actor) {
        if (c == '%' || c == '_' || c == '\\') pattern += '\\';
        pattern += c;
      }
      add("(actor1 LIKE :actor ESCAPE '\\' OR actor2 LIKE :actor ESCAPE '\\')", ":actor", pattern + "%");
    }
    // ACLED's event types and sub-types never share a name: one column, one index.
    if (!f.type.empty())
      add(IsEventType(f.type) ? "event_type = :type" : "sub_event_type = :type", ":type", f.type);
    if (!f.incident_id.empty()) add("incident_id = :incident_id", ":incident_id", f.incident_id);
    for (const auto& t : terms) sql += (sql.empty() ? " WHERE " : " AND ") + t;
  }
  void Bind(SQLite::Statement& st) const {
    for (const auto& [name, value] : params) st.bind(name, value);
  }
};

// " LIMIT n OFFSET m" for a page of a filter's results ("" for all of them).
std::string Page(const IncidentFilter& f) {
  if (!f.limit && !f.offset) return "";
  return fmt::format(" LIMIT {} OFFSET {}", f.limit ? static_cast<int64_t>(f.limit) : -1, f.offset);
}

// ---- the store ----------------------------------------------------------------------------

class SqliteStore final : public Store, private IngestTables {
 public:
  explicit SqliteStore(const std::string& path)
      : db_(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE | SQLite::OPEN_NOMUTEX, 10000) {
    db_.exec("PRAGMA journal_mode = WAL");
    db_.exec("PRAGMA synchronous = NORMAL");
    db_.exec("PRAGMA foreign_keys = ON");
    // A batch's dirty pages stay in memory until its commit writes them once.
    db_.exec("PRAGMA cache_size = -131072");
    db_.exec("PRAGMA temp_store = MEMORY");
    // Checkpoint the WAL every ~64 MiB rather than every 4 MiB: fewer syncs while ingesting.
    db_.exec("PRAGMA wal_autocheckpoint = 16384");
    db_.exec("PRAGMA mmap_size = 268435456");
    int version = db_.execAndGet("PRAGMA user_version").getInt();
    if (version > sqlite::kSchemaVersion)
      throw StoreError(fmt::format("{}: schema version {} is newer than this rasad ({})", path, version,
                                   sqlite::kSchemaVersion));
    SQLite::Transaction tx(db_, SQLite::TransactionBehavior::IMMEDIATE);
    db_.exec(sqlite::kSchema);
    // Version 1 databases kept no article text.
    if (!db_.execAndGet("SELECT count(*) FROM pragma_table_info('article') WHERE name = 'text'").getInt())
      db_.exec("ALTER TABLE article ADD COLUMN text TEXT");
    db_.exec(fmt::format("PRAGMA user_version = {}", sqlite::kSchemaVersion));
    tx.commit();
  }

  std::optional<std::string> Fingerprint(const std::string& article_id) override {
    auto& st = Prepare(kFingerprint);
    st.bind(1, article_id);
    if (!st.executeStep()) return std::nullopt;
    return st.getColumn(0).getString();
  }

  IngestCounts Ingest(const std::vector<Submission>& batch) override {
    try {
      return IngestInTransaction(batch);
    } catch (const SQLite::Exception& e) {
      throw StoreError(fmt::format("database error: {}", e.what()));
    }
  }

  void ForEachIncident(const IncidentFilter& filter, bool with_sources,
                       const std::function<void(const Incident&)>& fn) override {
    Where where(filter);
    // The page is bound rather than written into the SQL, so that every page of a filter
    // reuses one prepared statement (the plan is the same: the listing indexes give the order).
    std::string sql = fmt::format(
        "SELECT id, incident_id, sources_count, updated_at, fatalities_low, fatalities_high, wounded_low, "
        "wounded_high, killed_or_wounded_low, killed_or_wounded_high, arrested_low, arrested_high, {} "
        "FROM incident{} ORDER BY event_date, incident_id LIMIT :limit OFFSET :offset",
        kRecordColumns, where.sql);
    // A callback that lists incidents again gets a statement of its own.
    std::unique_ptr<SQLite::Statement> nested;
    SQLite::Statement& st = listing_ ? *(nested = std::make_unique<SQLite::Statement>(db_, sql)) : Cached(sql);
    where.Bind(st);
    st.bind(":limit", filter.limit ? static_cast<int64_t>(filter.limit) : int64_t{-1});
    st.bind(":offset", static_cast<int64_t>(filter.offset));
    const bool outer = !listing_;
    listing_ = true;
    struct Done {
      bool& flag;
      bool outer;
      SQLite::Statement& st;
      ~Done() {
        st.tryReset();
        if (outer) flag = false;
      }
    } done{listing_, outer, st};
    while (st.executeStep()) {
      Incident inc;
      inc.incident_id = st.getColumn(1).getString();
      inc.sources_count = st.getColumn(2).getInt();
      inc.updated_at = st.getColumn(3).getInt64();
      inc.record = ReadRecord(st, 12);
      inc.record.event_id = inc.incident_id;
      auto range = [&](int col, std::optional<int> best, Casualties& c) {
        c = {Int(st.getColumn(col)), best, Int(st.getColumn(col + 1))};
      };
      range(4, inc.record.fatalities, inc.fatalities);
      range(6, inc.record.wounded, inc.wounded);
      range(8, inc.record.killed_or_wounded, inc.killed_or_wounded);
      range(10, inc.record.arrested, inc.arrested);
      if (with_sources) {
        auto& src = Prepare(kEventsOfIncident);
        src.bind(1, st.getColumn(0).getInt64());
        while (src.executeStep()) inc.sources.push_back(ReadStoredEvent(src).source);
        src.reset();
        std::sort(inc.sources.begin(), inc.sources.end(), LeadsBefore);
        if (!inc.sources.empty()) inc.record.article_id = inc.sources.front().event.article_id;
      }
      fn(inc);
    }
  }

  int64_t CountIncidents(const IncidentFilter& filter) override {
    Where where(filter);
    // Counting a large match reads a whole index range (50-100 ms for 1,000,000 incidents), and a
    // client paging through one filter asks the same count again and again: counts are kept
    // until the database changes, through this connection or any other.
    std::string key = where.sql;
    for (const auto& [name, value] : where.params) ((key += '\n') += name) += '\n' + value;
    const auto version = DataVersion();
    if (version != counted_version_) {
      counts_.clear();
      counted_version_ = version;
    }
    if (auto it = counts_.find(key); it != counts_.end()) return it->second;
    SQLite::Statement& st = Cached("SELECT count(*) FROM incident" + where.sql);
    where.Bind(st);
    st.executeStep();
    const int64_t n = st.getColumn(0).getInt64();
    st.tryReset();
    if (counts_.size() >= kMaxCachedCounts) counts_.clear();
    counts_.emplace(std::move(key), n);
    return n;
  }

  std::optional<StoredArticle> FindArticle(const std::string& article_id) override {
    auto& st = Prepare(kArticle);
    st.bind(1, article_id);
    if (!st.executeStep()) return std::nullopt;
    StoredArticle out;
    const int64_t row = st.getColumn(0).getInt64();
    Article& a = out.article;
    a.id = article_id;
    a.url = Text(st.getColumn(1));
    a.source = Text(st.getColumn(2));
    a.title = Text(st.getColumn(3));
    a.published = Day(st.getColumn(4));
    a.text = Text(st.getColumn(5));
    auto& spans = Prepare(kSpansOfArticle);
    spans.bind(1, row);
    while (spans.executeStep()) {
      EvidenceSpan span;
      span.kind = spans.getColumn(0).getString();
      span.record_id = spans.getColumn(1).getString();
      span.incident_id = Text(spans.getColumn(2));
      span.begin = static_cast<size_t>(spans.getColumn(3).getInt64());
      span.end = static_cast<size_t>(spans.getColumn(4).getInt64());
      out.spans.push_back(std::move(span));
    }
    return out;
  }

  std::vector<TallyRow> Tabulate(const IncidentFilter& filter, Period period, Grouping grouping) override {
    Where where(filter);
    std::string period_sql =
        period == Period::kMonth ? "substr(event_date, 1, 7)" : "date(event_date, '-6 days', 'weekday 1')";
    std::string counts = "fatalities, wounded, killed_or_wounded, arrested";
    std::string from;
    std::string dated = where.sql.empty() ? " WHERE event_date IS NOT NULL" : where.sql + " AND event_date IS NOT NULL";
    if (grouping == Grouping::kActor) {
      from = fmt::format(
          "(SELECT event_date, actor1 AS grp, {0} FROM incident{1} UNION ALL "
          "SELECT event_date, actor2 AS grp, {0} FROM incident{1} AND actor2 IS NOT NULL AND actor2 <> actor1)",
          counts, dated);
    } else {
      std::string group = grouping == Grouping::kCountry ? "coalesce(country, country_code)" : "admin1";
      from = fmt::format("(SELECT event_date, {} AS grp, {} FROM incident{})", group, counts, dated);
    }
    SQLite::Statement st(db_, fmt::format("SELECT {} AS period, coalesce(grp, '') AS grp, count(*), "
                                          "total(fatalities), total(wounded), total(killed_or_wounded), "
                                          "total(arrested) FROM {} GROUP BY period, grp ORDER BY period, grp",
                                          period_sql, from));
    where.Bind(st);
    std::vector<TallyRow> rows;
    while (st.executeStep()) {
      TallyRow r;
      r.period = st.getColumn(0).getString();
      r.group = st.getColumn(1).getString();
      r.incidents = st.getColumn(2).getInt64();
      r.fatalities = static_cast<int64_t>(st.getColumn(3).getDouble());
      r.wounded = static_cast<int64_t>(st.getColumn(4).getDouble());
      r.killed_or_wounded = static_cast<int64_t>(st.getColumn(5).getDouble());
      r.arrested = static_cast<int64_t>(st.getColumn(6).getDouble());
      rows.push_back(std::move(r));
    }
    return rows;
  }

  void ForEachTally(const IncidentFilter& filter, const std::function<void(const rasad::Tally&)>& fn) override {
    std::vector<std::string> terms;
    // A tally without a period is dated by its article.
    const char* start = "coalesce(t.period_start, t.period_end, a.published)";
    const char* end = "coalesce(t.period_end, t.period_start, a.published)";
    if (filter.from) terms.push_back(fmt::format("{} >= :from", end));
    if (filter.to) terms.push_back(fmt::format("{} <= :to", start));
    std::string code = filter.country.empty() ? "" : CountryCode(filter.country);
    if (!filter.country.empty())
      terms.push_back(code.empty() ? "t.country = :country COLLATE NOCASE" : "t.country_code = :country");
    if (!filter.actor.empty()) terms.push_back("t.actor LIKE :actor");
    std::string sql =
        "SELECT a.article_id, t.tally_id, t.actor, t.claimed_by, t.region, t.region_ar, t.country, t.country_code, "
        "t.admin1, t.latitude, t.longitude, t.operations, t.fatalities, t.wounded, t.killed_or_wounded, t.arrested, "
        "t.period_start, t.period_end, t.reported_by, t.source, t.evidence, t.evidence_begin, t.evidence_end "
        "FROM tally t JOIN article a ON a.id = t.article";
    for (const auto& t : terms) sql += (&t == &terms.front() ? " WHERE " : " AND ") + t;
    sql += " ORDER BY coalesce(t.period_start, a.published), t.id";
    sql += Page(filter);
    SQLite::Statement st(db_, sql);
    if (filter.from) st.bind(":from", filter.from->iso());
    if (filter.to) st.bind(":to", filter.to->iso());
    if (!filter.country.empty()) st.bind(":country", code.empty() ? filter.country : code);
    if (!filter.actor.empty()) st.bind(":actor", filter.actor + "%");
    while (st.executeStep()) {
      rasad::Tally t;
      int i = 0;
      t.article_id = st.getColumn(i++).getString();
      t.tally_id = st.getColumn(i++).getString();
      t.actor = Text(st.getColumn(i++));
      t.claimed_by = Text(st.getColumn(i++));
      t.region = Text(st.getColumn(i++));
      t.region_ar = Text(st.getColumn(i++));
      t.place.country = Text(st.getColumn(i++));
      t.place.country_code = Text(st.getColumn(i++));
      t.place.admin1 = Text(st.getColumn(i++));
      t.place.has_coordinates = !st.getColumn(i).isNull();
      t.place.latitude = st.getColumn(i++).getDouble();
      t.place.longitude = st.getColumn(i++).getDouble();
      t.operations = Int(st.getColumn(i++));
      t.fatalities = Int(st.getColumn(i++));
      t.wounded = Int(st.getColumn(i++));
      t.killed_or_wounded = Int(st.getColumn(i++));
      t.arrested = Int(st.getColumn(i++));
      t.period_start = Day(st.getColumn(i++));
      t.period_end = Day(st.getColumn(i++));
      t.reported_by = Text(st.getColumn(i++));
      t.source = Text(st.getColumn(i++));
      t.evidence = Text(st.getColumn(i++));
      t.evidence_begin = static_cast<size_t>(st.getColumn(i++).getInt64());
      t.evidence_end = static_cast<size_t>(st.getColumn(i++).getInt64());
      fn(t);
    }
  }

  StoreStats Stats() override {
    StoreStats s;
    auto count = [&](const char* sql) { return db_.execAndGet(sql).getInt64(); };
    s.articles = count("SELECT count(*) FROM article");
    s.events = count("SELECT count(*) FROM event");
    s.tallies = count("SELECT count(*) FROM tally");
    s.incidents = count("SELECT count(*) FROM incident");
    s.multi_source_incidents = count("SELECT count(*) FROM incident WHERE sources_count > 1");
    return s;
  }

 private:
  // The statements of the ingest and query paths, prepared once.
  enum Sql {
    kFingerprint, kFindArticle, kComponentsOfArticle, kUnindexArticle, kDeleteArticle, kInsertArticle, kInsertEvent,
    kInsertTally, kCandidates, kCandidatesInAdmin1, kEventsOfComponent, kEventsOfIncident, kIncidentsOfComponent,
    kDeleteIncident, kInsertIncident, kPointOfIncident, kUpdateIncident, kSetIncident, kIndexEvidence, kUnplaceIncident, kPlaceIncidents, kArticle, kSpansOfArticle, kDataVersion, kNextEventRow, kSqlCount
  };

  static const std::string& SqlText(Sql id) {
    static const std::array<std::string, kSqlCount> kText = [] {
      std::array<std::string, kSqlCount> t;
      t[kFingerprint] = "SELECT fingerprint FROM article WHERE article_id = ?";
      t[kFindArticle] = "SELECT id, fingerprint FROM article WHERE article_id = ?";
      t[kComponentsOfArticle] = "SELECT DISTINCT component FROM event WHERE article = ? AND component IS NOT NULL";
      t[kUnindexArticle] =
          "INSERT INTO evidence_fts(evidence_fts, rowid, evidence) SELECT 'delete', id, evidence FROM event "
          "WHERE article = ?";
      t[kDeleteArticle] = "DELETE FROM article WHERE id = ?";
      t[kInsertArticle] =
          "INSERT INTO article (article_id, url, source, title, published, fingerprint, ingested_at, text) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
      t[kNextEventRow] = "SELECT coalesce(max(id), 0) + 1 FROM event";
      t[kInsertEvent] = fmt::format("INSERT INTO event (id, article, event_id, component, incident, {}) VALUES (?, ?, ?, ?, ?, {})", kRecordColumns,
                                    Placeholders(kRecordColumnCount));
      t[kInsertTally] = fmt::format("INSERT INTO tally (article, {}) VALUES (?, {})", kTallyColumns,
                                    Placeholders(kTallyColumnCount));
      // Compatible events share the country, the type and the admin1 when both know it.
      const std::string near = kSelectEvent + "WHERE e.country_code = ?1 AND e.event_type = ?2 AND ";
      const std::string window = " AND e.event_date BETWEEN ?4 AND ?5 AND e.component IS NOT NULL";
      t[kCandidates] = near + "?3 IS NULL" + window;
      // Two index ranges rather than one OR, which would scan the country's events of that type.
      t[kCandidatesInAdmin1] = near + "e.admin1 = ?3" + window + " UNION ALL " + near + "e.admin1 IS NULL" + window;
      t[kEventsOfComponent] = kSelectEvent + "WHERE e.component = ?";
      t[kEventsOfIncident] = kSelectEvent + "WHERE e.incident = ?";
      t[kIncidentsOfComponent] = "SELECT id, incident_id FROM incident WHERE component = ?";
      t[kDeleteIncident] = "DELETE FROM incident WHERE id = ?";
      t[kInsertIncident] = fmt::format(
          "INSERT INTO incident (component, sources_count, updated_at, fatalities_low, "
          "fatalities_high, wounded_low, wounded_high, killed_or_wounded_low, killed_or_wounded_high, "
          "arrested_low, arrested_high, {}, incident_id) VALUES ({})",
          kRecordColumns, Placeholders(12 + kRecordColumnCount));
      std::string set = "component = ?, sources_count = ?, updated_at = ?, fatalities_low = ?, fatalities_high = ?, "
                        "wounded_low = ?, wounded_high = ?, killed_or_wounded_low = ?, killed_or_wounded_high = ?, "
                        "arrested_low = ?, arrested_high = ?, ";
      for (const char* c = kRecordColumns; *c; ++c) set += *c == ',' ? std::string(" = ?,") : std::string(1, *c);
      t[kPointOfIncident] = "SELECT latitude, longitude FROM incident WHERE id = ?";
      t[kUpdateIncident] = "UPDATE incident SET " + set + " = ? WHERE id = ?";
      t[kSetIncident] = "UPDATE event SET component = ?, incident = ? WHERE id = ?";
      // One statement for the whole batch: FTS5 flushes its pending terms at
      // every statement savepoint, so indexing row by row writes a segment per row.
      t[kIndexEvidence] =
          "INSERT INTO evidence_fts(rowid, evidence) SELECT id, evidence FROM event "
          "WHERE id IN (SELECT value FROM json_each(?))";
      t[kUnplaceIncident] = "DELETE FROM incident_rtree WHERE id = ?";
      t[kPlaceIncidents] =
          "INSERT INTO incident_rtree SELECT id, longitude, longitude, latitude, latitude FROM incident "
          "WHERE id IN (SELECT value FROM json_each(?)) AND latitude IS NOT NULL";
      t[kDataVersion] = "PRAGMA data_version";
      t[kArticle] = "SELECT id, url, source, title, published, text FROM article WHERE article_id = ?";
      t[kSpansOfArticle] =
          "SELECT 'event', e.event_id, i.incident_id, e.evidence_begin, e.evidence_end FROM event e "
          "LEFT JOIN incident i ON i.id = e.incident WHERE e.article = ?1 "
          "UNION ALL SELECT 'tally', t.tally_id, NULL, t.evidence_begin, t.evidence_end FROM tally t "
          "WHERE t.article = ?1 ORDER BY 4, 5";
      return t;
    }();
    return kText[id];
  }

  // A prepared statement of a query built from a filter, kept by its text (a few dozen at most).
  SQLite::Statement& Cached(const std::string& sql) {
    auto it = cached_.find(sql);
    if (it == cached_.end()) {
      // Never while a listing steps one of them (a callback may count).
      if (cached_.size() >= kMaxCachedStatements && !listing_) cached_.clear();
      it = cached_.emplace(sql, std::make_unique<SQLite::Statement>(db_, sql)).first;
    }
    it->second->tryReset();
    it->second->clearBindings();
    return *it->second;
  }

  // Changes when a commit lands, from this connection (counted by Ingest) or another one.
  std::pair<int64_t, int64_t> DataVersion() {
    auto& st = Prepare(kDataVersion);
    st.executeStep();
    const int64_t version = st.getColumn(0).getInt64();
    st.tryReset();
    return {version, own_commits_};
  }

  // A cached prepared statement, reset and unbound before reuse.
  SQLite::Statement& Prepare(Sql id) {
    auto& st = statements_[id];
    if (!st) st = std::make_unique<SQLite::Statement>(db_, SqlText(id));
    st->tryReset();  // a statement that failed last time reports that error again here
    st->clearBindings();
    return *st;
  }

  // Runs statement `id` on one row.
  void ExecOn(Sql id, int64_t row) {
    auto& st = Prepare(id);
    st.bind(1, row);
    st.exec();
  }

  IngestCounts IngestInTransaction(const std::vector<Submission>& batch) {
    SQLite::Transaction tx(db_, SQLite::TransactionBehavior::IMMEDIATE);
    unindexed_.clear();
    unplaced_.clear();
    pending_.clear();
    auto& next = Prepare(kNextEventRow);
    next.executeStep();
    next_event_row_ = next.getColumn(0).getInt64();
    next.tryReset();
    IngestCounts counts = IngestBatch(*this, batch);
    WritePendingEvents();
    std::vector<int64_t> events;
    for (const auto& [article, rows] : unindexed_) events.insert(events.end(), rows.begin(), rows.end());
    auto& index = Prepare(kIndexEvidence);
    index.bind(1, JsonArray(events));
    index.exec();
    // Incidents are deleted before any is inserted or updated: every row in unplaced_ is in the table.
    auto& place = Prepare(kPlaceIncidents);
    place.bind(1, JsonArray(unplaced_));
    place.exec();
    tx.commit();
    ++own_commits_;
    return counts;
  }

  // ---- IngestTables -------------------------------------------------------------------------

  std::optional<ArticleRow> FindArticleRow(const std::string& article_id) override {
    auto& find = Prepare(kFindArticle);
    find.bind(1, article_id);
    if (!find.executeStep()) return std::nullopt;
    return ArticleRow{find.getColumn(0).getInt64(), find.getColumn(1).getString()};
  }

  std::vector<int64_t> ComponentsOfArticle(int64_t article_row) override {
    auto& comps = Prepare(kComponentsOfArticle);
    comps.bind(1, article_row);
    std::vector<int64_t> out;
    while (comps.executeStep()) out.push_back(comps.getColumn(0).getInt64());
    return out;
  }

  void DeleteArticle(int64_t article_row) override {
    // Events of an article stored earlier in this batch are neither written nor indexed yet.
    if (auto it = unindexed_.find(article_row); it != unindexed_.end()) {
      for (int64_t row : it->second) pending_.erase(row);
      unindexed_.erase(it);
    } else {
      ExecOn(kUnindexArticle, article_row);
    }
    ExecOn(kDeleteArticle, article_row);
  }

  int64_t InsertArticle(const Submission& sub, const std::string& now) override {
    const Article& a = sub.article;
    auto& ins = Prepare(kInsertArticle);
    ins.bind(1, a.id);
    BindText(ins, 2, a.url);
    BindText(ins, 3, a.source);
    BindText(ins, 4, a.title);
    BindDate(ins, 5, a.published);
    ins.bind(6, sub.fingerprint);
    ins.bind(7, now);
    BindText(ins, 8, a.text);
    ins.exec();
    return db_.getLastInsertRowid();
  }

  // A batch's events are written at its end, with the component and incident its rebuild gave
  // them (IngestBatch never reads them back before): one insert per event instead of an insert
  // and an update of the row and of two of its indexes. Rows follow the largest stored one.
  int64_t InsertEvent(int64_t article_row, const Event& e) override {
    const int64_t row = next_event_row_++;
    pending_.emplace(row, PendingEvent{article_row, &e});
    unindexed_[article_row].push_back(row);
    return row;
  }

  void WritePendingEvents() {
    for (const auto& [row, p] : pending_) {
      auto& ev = Prepare(kInsertEvent);
      ev.bind(1, row);
      ev.bind(2, p.article_row);
      ev.bind(3, p.event->event_id);
      if (p.component) ev.bind(4, p.component);
      if (p.incident) ev.bind(5, p.incident);
      BindRecord(ev, 6, *p.event);
      ev.exec();
    }
    pending_.clear();
  }

  void InsertTally(int64_t article_row, const rasad::Tally& t) override {
    auto& tl = Prepare(kInsertTally);
    tl.bind(1, article_row);
    BindValues(tl, 2, TallyValues(t));
    tl.exec();
  }

  void ForEachCandidate(const Event& e, const EventFn& fn) override {
    auto& st = Prepare(e.place.admin1.empty() ? kCandidates : kCandidatesInAdmin1);
    st.bind(1, e.place.country_code);
    st.bind(2, e.event_type);
    BindText(st, 3, e.place.admin1);
    st.bind(4, e.event_date->plus_days(-31).iso());
    st.bind(5, e.event_date->plus_days(31).iso());
    while (st.executeStep()) fn(ReadStoredEvent(st));
  }

  void ForEachEventOfComponent(int64_t component, const EventFn& fn) override {
    auto& st = Prepare(kEventsOfComponent);
    st.bind(1, component);
    while (st.executeStep()) fn(ReadStoredEvent(st));
  }

  std::vector<IncidentRow> IncidentsOfComponent(int64_t component) override {
    auto& st = Prepare(kIncidentsOfComponent);
    st.bind(1, component);
    std::vector<IncidentRow> out;
    while (st.executeStep()) out.push_back({st.getColumn(0).getInt64(), st.getColumn(1).getString()});
    return out;
  }

  void DeleteIncident(int64_t incident_row) override {
    ExecOn(kUnplaceIncident, incident_row);
    ExecOn(kDeleteIncident, incident_row);
  }

  // Binds what InsertIncident and UpdateIncident write after incident_id, from parameter 1 on.
  static void BindIncident(SQLite::Statement& st, const Incident& inc, int64_t component, int64_t now) {
    int i = 1;
    st.bind(i++, component);
    st.bind(i++, inc.sources_count);
    st.bind(i++, now);
    for (const Casualties* c : {&inc.fatalities, &inc.wounded, &inc.killed_or_wounded, &inc.arrested}) {
      BindInt(st, i++, c->low);
      BindInt(st, i++, c->high);
    }
    BindRecord(st, i, inc.record);
  }

  int64_t InsertIncident(const Incident& inc, int64_t component, int64_t now) override {
    auto& ins = Prepare(kInsertIncident);
    BindIncident(ins, inc, component, now);
    ins.bind(12 + kRecordColumnCount, inc.incident_id);
    ins.exec();
    unplaced_.push_back(db_.getLastInsertRowid());
    return unplaced_.back();
  }

  void UpdateIncident(int64_t incident_row, const Incident& inc, int64_t component, int64_t now) override {
    // Most rebuilds add a source at the same place: the R*Tree entry stays unless the point moves.
    const bool moved = PointMoves(incident_row, inc.record.place);
    if (moved) ExecOn(kUnplaceIncident, incident_row);
    auto& up = Prepare(kUpdateIncident);
    BindIncident(up, inc, component, now);
    up.bind(12 + kRecordColumnCount, incident_row);
    up.exec();
    if (moved) unplaced_.push_back(incident_row);
  }

  // True when the stored incident's coordinates differ from `place`'s (or one side has none).
  bool PointMoves(int64_t incident_row, const PlaceRef& place) {
    auto& st = Prepare(kPointOfIncident);
    st.bind(1, incident_row);
    bool moved = true;
    if (st.executeStep()) {
      const bool had = !st.getColumn(0).isNull();
      moved = had != place.has_coordinates ||
              (had && (st.getColumn(0).getDouble() != place.latitude || st.getColumn(1).getDouble() != place.longitude));
    }
    st.tryReset();
    return moved;
  }

  void SetIncident(int64_t event_row, int64_t component, int64_t incident_row) override {
    if (auto it = pending_.find(event_row); it != pending_.end()) {
      it->second.component = component;
      it->second.incident = incident_row;
      return;
    }
    auto& up = Prepare(kSetIncident);
    up.bind(1, component);
    up.bind(2, incident_row);
    up.bind(3, event_row);
    up.exec();
  }

  SQLite::Database db_;
  std::array<std::unique_ptr<SQLite::Statement>, kSqlCount> statements_;
  // Listing and count statements by SQL text; listing_ while ForEachIncident steps one.
  static constexpr size_t kMaxCachedStatements = 64;
  std::unordered_map<std::string, std::unique_ptr<SQLite::Statement>> cached_;
  bool listing_ = false;
  // CountIncidents() results by filter, valid while DataVersion() is counted_version_.
  static constexpr size_t kMaxCachedCounts = 1024;
  std::unordered_map<std::string, int64_t> counts_;
  std::pair<int64_t, int64_t> counted_version_{-1, -1};
  int64_t own_commits_ = 0;  // PRAGMA data_version ignores this connection's own commits
  // Event rows of each article stored in the current batch: indexed for search at its end.
  std::map<int64_t, std::vector<int64_t>> unindexed_;
  // Events of the current batch by their row, written at its end (InsertEvent).
  struct PendingEvent {
    int64_t article_row = 0;
    const Event* event = nullptr;  // in the batch being stored
    int64_t component = 0, incident = 0;
  };
  std::map<int64_t, PendingEvent> pending_;
  int64_t next_event_row_ = 1;
  // Incident rows inserted in the current batch: added to incident_rtree at its end.
  std::vector<int64_t> unplaced_;
};

}  // namespace

std::unique_ptr<Store> OpenSqliteStore(const std::string& path) {
  try {
    return std::make_unique<SqliteStore>(path);
  } catch (const SQLite::Exception& e) {
    throw StoreError(fmt::format("cannot open database {}: {}", path, e.what()));
  }
}

}  // namespace rasad::store
