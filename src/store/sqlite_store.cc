#include "store/sqlite_store.h"

#include <algorithm>
#include <array>
#include <ctime>
#include <map>
#include <set>

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/chrono.h>
#include <fmt/format.h>

#include "store/acled_country.h"
#include "store/dedup.h"
#include "store/sqlite_schema.h"

namespace rasad::store {
namespace {

using sqlite::kRecordColumnCount;
using sqlite::kRecordColumns;

// ---- binding and reading ------------------------------------------------------------------

void BindText(SQLite::Statement& st, int i, const std::string& s) {
  if (s.empty()) st.bind(i);
  else st.bind(i, s);
}
void BindInt(SQLite::Statement& st, int i, const std::optional<int>& v) {
  if (v) st.bind(i, *v);
  else st.bind(i);
}
void BindNonZero(SQLite::Statement& st, int i, int64_t v) {
  if (v) st.bind(i, v);
  else st.bind(i);
}
void BindDate(SQLite::Statement& st, int i, const std::optional<Date>& d) {
  if (d) st.bind(i, d->iso());
  else st.bind(i);
}

std::string Text(const SQLite::Column& c) { return c.isNull() ? std::string() : c.getString(); }
std::optional<int> Int(const SQLite::Column& c) { return c.isNull() ? std::nullopt : std::optional<int>(c.getInt()); }
std::optional<Date> Day(const SQLite::Column& c) { return c.isNull() ? std::nullopt : Date::Parse(c.getString()); }

// Binds an Event's record columns at [first, first + kRecordColumnCount).
void BindRecord(SQLite::Statement& st, int first, const Event& e) {
  int i = first;
  BindDate(st, i++, e.event_date);
  if (e.event_date) st.bind(i++, static_cast<int>(e.time_precision));
  else st.bind(i++);
  BindText(st, i++, e.event_type);
  BindText(st, i++, e.sub_event_type);
  BindText(st, i++, e.actor1);
  BindText(st, i++, e.actor2);
  BindNonZero(st, i++, e.inter1);
  BindNonZero(st, i++, e.inter2);
  const PlaceRef& p = e.place;
  BindText(st, i++, p.country);
  BindText(st, i++, p.country_code);
  BindText(st, i++, p.admin1);
  BindText(st, i++, p.admin2);
  BindText(st, i++, p.location);
  BindText(st, i++, p.admin1_ar);
  BindText(st, i++, p.location_ar);
  if (p.has_coordinates) {
    st.bind(i++, p.latitude);
    st.bind(i++, p.longitude);
  } else {
    st.bind(i++);
    st.bind(i++);
  }
  BindNonZero(st, i++, p.geo_precision);
  BindNonZero(st, i++, p.wof_id);
  BindNonZero(st, i++, p.geonames_id);
  BindInt(st, i++, e.fatalities);
  BindInt(st, i++, e.wounded);
  BindInt(st, i++, e.killed_or_wounded);
  BindInt(st, i++, e.arrested);
  BindText(st, i++, e.claimed_by);
  BindText(st, i++, e.reported_by);
  BindText(st, i++, e.source);
  st.bind(i++, e.evidence);
  st.bind(i++, static_cast<int64_t>(e.evidence_begin));
  st.bind(i++, static_cast<int64_t>(e.evidence_end));
  BindText(st, i++, e.trigger);
  st.bind(i++, e.confidence);
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

std::string Placeholders(int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s += i ? ",?" : "?";
  return s;
}

// An event as stored: its row, its component, and the Source dedup works on.
struct StoredEvent {
  int64_t row = 0;
  int64_t component = 0;  // 0 while not yet clustered
  Source source;
};

// SELECT prefix yielding StoredEvent rows (see ReadStoredEvent).
const std::string kSelectEvent = [] {
  std::string sql = "SELECT e.id, e.component, e.event_id, a.article_id, a.published, a.url, e.";
  for (const char* c = kRecordColumns; *c; ++c) sql += *c == ' ' && c[-1] == ',' ? std::string(" e.") : std::string(1, *c);
  return sql + " FROM event e JOIN article a ON a.id = e.article ";
}();

StoredEvent ReadStoredEvent(SQLite::Statement& st) {
  StoredEvent s;
  s.row = st.getColumn(0).getInt64();
  s.component = st.getColumn(1).getInt64();
  s.source.event = ReadRecord(st, 6);
  s.source.event.event_id = st.getColumn(2).getString();
  s.source.event.article_id = st.getColumn(3).getString();
  s.source.published = Day(st.getColumn(4));
  s.source.url = Text(st.getColumn(5));
  return s;
}

// ---- filters ------------------------------------------------------------------------------

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
    if (!f.type.empty()) add("(event_type = :type OR sub_event_type = :type)", ":type", f.type);
    for (const auto& t : terms) sql += (sql.empty() ? " WHERE " : " AND ") + t;
  }
  void Bind(SQLite::Statement& st) const {
    for (const auto& [name, value] : params) st.bind(name, value);
  }
};

std::string NowIso() { return fmt::format("{:%Y-%m-%dT%H:%M:%SZ}", fmt::gmtime(std::time(nullptr))); }

// ---- the store ----------------------------------------------------------------------------

class SqliteStore final : public Store {
 public:
  explicit SqliteStore(const std::string& path)
      : db_(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE | SQLite::OPEN_FULLMUTEX, 10000) {
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
      return IngestBatch(batch);
    } catch (const SQLite::Exception& e) {
      throw StoreError(fmt::format("database error: {}", e.what()));
    }
  }

  void ForEachIncident(const IncidentFilter& filter, bool with_sources,
                       const std::function<void(const Incident&)>& fn) override {
    Where where(filter);
    std::string sql = fmt::format(
        "SELECT id, incident_id, sources_count, updated_at, fatalities_low, fatalities_high, wounded_low, "
        "wounded_high, killed_or_wounded_low, killed_or_wounded_high, arrested_low, arrested_high, {} "
        "FROM incident{} ORDER BY event_date, incident_id",
        kRecordColumns, where.sql);
    if (filter.limit) sql += fmt::format(" LIMIT {}", filter.limit);
    SQLite::Statement st(db_, sql);
    where.Bind(st);
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
    if (filter.limit) sql += fmt::format(" LIMIT {}", filter.limit);
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
    kFingerprint, kFindArticle, kComponentsOfArticle, kDeleteArticle, kInsertArticle, kInsertEvent, kInsertTally,
    kCandidates, kCandidatesInAdmin1, kEventsOfComponent, kEventsOfIncident, kDeleteIncidents, kInsertIncident,
    kSetIncident, kSqlCount
  };

  static const std::string& SqlText(Sql id) {
    static const std::array<std::string, kSqlCount> kText = [] {
      std::array<std::string, kSqlCount> t;
      t[kFingerprint] = "SELECT fingerprint FROM article WHERE article_id = ?";
      t[kFindArticle] = "SELECT id, fingerprint FROM article WHERE article_id = ?";
      t[kComponentsOfArticle] = "SELECT DISTINCT component FROM event WHERE article = ? AND component IS NOT NULL";
      t[kDeleteArticle] = "DELETE FROM article WHERE id = ?";
      t[kInsertArticle] =
          "INSERT INTO article (article_id, url, source, title, published, fingerprint, ingested_at) "
          "VALUES (?, ?, ?, ?, ?, ?, ?)";
      t[kInsertEvent] = fmt::format("INSERT INTO event (article, event_id, {}) VALUES (?, ?, {})", kRecordColumns,
                                    Placeholders(kRecordColumnCount));
      t[kInsertTally] =
          "INSERT INTO tally (article, tally_id, actor, claimed_by, region, region_ar, country, country_code, "
          "admin1, latitude, longitude, operations, fatalities, wounded, killed_or_wounded, arrested, "
          "period_start, period_end, reported_by, source, evidence, evidence_begin, evidence_end) "
          "VALUES (" + Placeholders(23) + ")";
      // Compatible events share the country, the type and the admin1 when both know it.
      const std::string near = kSelectEvent + "WHERE e.country_code = ?1 AND e.event_type = ?2 AND ";
      const std::string window = " AND e.event_date BETWEEN ?4 AND ?5 AND e.component IS NOT NULL";
      t[kCandidates] = near + "?3 IS NULL" + window;
      t[kCandidatesInAdmin1] = near + "(e.admin1 = ?3 OR e.admin1 IS NULL)" + window;
      t[kEventsOfComponent] = kSelectEvent + "WHERE e.component = ?";
      t[kEventsOfIncident] = kSelectEvent + "WHERE e.incident = ?";
      t[kDeleteIncidents] = "DELETE FROM incident WHERE component = ?";
      t[kInsertIncident] = fmt::format(
          "INSERT INTO incident (incident_id, component, sources_count, updated_at, fatalities_low, "
          "fatalities_high, wounded_low, wounded_high, killed_or_wounded_low, killed_or_wounded_high, "
          "arrested_low, arrested_high, {}) VALUES ({})",
          kRecordColumns, Placeholders(12 + kRecordColumnCount));
      t[kSetIncident] = "UPDATE event SET component = ?, incident = ? WHERE id = ?";
      return t;
    }();
    return kText[id];
  }

  // A cached prepared statement, reset and unbound before reuse.
  SQLite::Statement& Prepare(Sql id) {
    auto& st = statements_[id];
    if (!st) st = std::make_unique<SQLite::Statement>(db_, SqlText(id));
    st->tryReset();  // a statement that failed last time reports that error again here
    st->clearBindings();
    return *st;
  }

  IngestCounts IngestBatch(const std::vector<Submission>& batch) {
    IngestCounts counts;
    SQLite::Transaction tx(db_, SQLite::TransactionBehavior::IMMEDIATE);
    const std::string now = NowIso();
    std::set<int64_t> components;     // of events removed: rebuilt from what remains
    std::vector<StoredEvent> fresh;   // events inserted in this batch
    for (const auto& sub : batch) {
      const Article& a = sub.article;
      auto& find = Prepare(kFindArticle);
      find.bind(1, a.id);
      if (find.executeStep()) {
        int64_t row = find.getColumn(0).getInt64();
        if (find.getColumn(1).getString() == sub.fingerprint) {
          ++counts.unchanged;
          continue;
        }
        auto& comps = Prepare(kComponentsOfArticle);
        comps.bind(1, row);
        while (comps.executeStep()) components.insert(comps.getColumn(0).getInt64());
        // Events of this article inserted earlier in the same batch go too.
        std::erase_if(fresh, [&](const StoredEvent& s) { return s.source.event.article_id == a.id; });
        auto& del = Prepare(kDeleteArticle);
        del.bind(1, row);
        del.exec();
        ++counts.replaced;
      } else {
        ++counts.fresh;
      }
      auto& ins = Prepare(kInsertArticle);
      ins.bind(1, a.id);
      BindText(ins, 2, a.url);
      BindText(ins, 3, a.source);
      BindText(ins, 4, a.title);
      BindDate(ins, 5, a.published);
      ins.bind(6, sub.fingerprint);
      ins.bind(7, now);
      ins.exec();
      const int64_t article_row = db_.getLastInsertRowid();
      for (const Event& e : sub.events) {
        auto& ev = Prepare(kInsertEvent);
        ev.bind(1, article_row);
        ev.bind(2, e.event_id);
        BindRecord(ev, 3, e);
        ev.exec();
        StoredEvent s{db_.getLastInsertRowid(), 0, Source{e, a.published, a.url}};
        s.source.event.article_id = a.id;
        fresh.push_back(std::move(s));
        ++counts.events;
      }
      for (const rasad::Tally& t : sub.tallies) {
        auto& tl = Prepare(kInsertTally);
        int i = 1;
        tl.bind(i++, article_row);
        tl.bind(i++, t.tally_id);
        for (const std::string* s : {&t.actor, &t.claimed_by, &t.region, &t.region_ar, &t.place.country,
                                     &t.place.country_code, &t.place.admin1})
          BindText(tl, i++, *s);
        if (t.place.has_coordinates) {
          tl.bind(i++, t.place.latitude);
          tl.bind(i++, t.place.longitude);
        } else {
          tl.bind(i++);
          tl.bind(i++);
        }
        for (const auto* v : {&t.operations, &t.fatalities, &t.wounded, &t.killed_or_wounded, &t.arrested})
          BindInt(tl, i++, *v);
        BindDate(tl, i++, t.period_start);
        BindDate(tl, i++, t.period_end);
        BindText(tl, i++, t.reported_by);
        BindText(tl, i++, t.source);
        tl.bind(i++, t.evidence);
        tl.bind(i++, static_cast<int64_t>(t.evidence_begin));
        tl.bind(i++, static_cast<int64_t>(t.evidence_end));
        tl.exec();
        ++counts.tallies;
      }
    }
    Rebuild(components, std::move(fresh));
    tx.commit();
    return counts;
  }

  // Recomputes the incidents of the given components plus every component a
  // fresh event joins, from scratch: the result depends only on the events.
  void Rebuild(std::set<int64_t> components, std::vector<StoredEvent> fresh) {
    for (const auto& s : fresh) {
      const Event& e = s.source.event;
      if (!e.event_date || e.place.country_code.empty()) continue;
      const bool by_admin1 = !e.place.admin1.empty();
      auto& st = Prepare(by_admin1 ? kCandidatesInAdmin1 : kCandidates);
      st.bind(1, e.place.country_code);
      st.bind(2, e.event_type);
      BindText(st, 3, e.place.admin1);
      st.bind(4, e.event_date->plus_days(-31).iso());
      st.bind(5, e.event_date->plus_days(31).iso());
      while (st.executeStep()) {
        StoredEvent near = ReadStoredEvent(st);
        if (!components.contains(near.component) && SameIncident(e, near.source.event))
          components.insert(near.component);
      }
    }
    std::vector<StoredEvent> events = std::move(fresh);
    for (int64_t component : components) {
      auto& st = Prepare(kEventsOfComponent);
      st.bind(1, component);
      while (st.executeStep()) events.push_back(ReadStoredEvent(st));
      auto& del = Prepare(kDeleteIncidents);
      del.bind(1, component);
      del.exec();
    }
    if (events.empty()) return;
    std::vector<Source> sources;
    sources.reserve(events.size());
    for (const auto& s : events) sources.push_back(s.source);
    // Each component is named by its smallest event row.
    std::vector<int64_t> component_of(events.size());
    for (const auto& members : Components(sources)) {
      int64_t name = events[members.front()].row;
      for (size_t m : members) name = std::min(name, events[m].row);
      for (size_t m : members) component_of[m] = name;
    }
    const int64_t now = std::time(nullptr);
    for (const auto& group : Cluster(sources)) {
      std::vector<Source> members;
      for (size_t m : group) members.push_back(sources[m]);
      Incident inc = MakeIncident(std::move(members));
      auto& ins = Prepare(kInsertIncident);
      ins.bind(1, inc.incident_id);
      ins.bind(2, component_of[group.front()]);
      ins.bind(3, inc.sources_count);
      ins.bind(4, static_cast<int64_t>(now));
      int i = 5;
      for (const Casualties* c : {&inc.fatalities, &inc.wounded, &inc.killed_or_wounded, &inc.arrested}) {
        BindInt(ins, i++, c->low);
        BindInt(ins, i++, c->high);
      }
      BindRecord(ins, i, inc.record);
      ins.exec();
      const int64_t incident_row = db_.getLastInsertRowid();
      for (size_t m : group) {
        auto& up = Prepare(kSetIncident);
        up.bind(1, component_of[m]);
        up.bind(2, incident_row);
        up.bind(3, events[m].row);
        up.exec();
      }
    }
  }

  SQLite::Database db_;
  std::array<std::unique_ptr<SQLite::Statement>, kSqlCount> statements_;
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
