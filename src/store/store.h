// A Store keeps articles, the events and tallies extracted from them, and the
// incidents that deduplication (store/dedup.h) builds across articles, with
// provenance (every incident's events, articles and evidence spans).
//   - Ingest() takes a batch of articles and commits it atomically: a crash
//     loses at most the batch being written. Storing the same article again
//     (same id, same fingerprint) changes nothing; a new fingerprint replaces
//     that article's records only, and the incidents it shared keep their
//     other sources.
//   - Incidents are the same whatever order articles are ingested in.
//   - Queries and tallies are computed from the stored incidents.
// Open() picks the backend from the location: a path or sqlite:// URL opens
// (creating if needed) an SQLite database; postgresql:// connects to a
// PostgreSQL + PostGIS database (store/postgres_store.h). A Store is used from
// one thread at a time.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/article.h"
#include "core/date.h"
#include "core/event.h"
#include "core/tally.h"
#include "store/incident.h"

namespace rasad::store {

class StoreError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// One article and what was extracted from it.
struct Submission {
  Article article;              // text may be empty when only records are stored
  std::string fingerprint;      // hash of the content (store/fingerprint.h)
  std::vector<Event> events;
  std::vector<Tally> tallies;
};

struct IngestCounts {
  size_t fresh = 0, unchanged = 0, replaced = 0;  // articles
  size_t events = 0, tallies = 0;                 // records written
};

// Which incidents a query, a tally or an export covers. Empty = any.
struct IncidentFilter {
  std::optional<Date> from, to;  // event_date within [from, to]
  std::string country;           // ISO 3166-1 alpha-2 code or English name
  std::string admin1;            // English or Arabic name
  std::string actor;             // actor1 or actor2 starting with it ("Islamic State" matches "Islamic State (Syria)")
  std::string type;              // event_type or sub_event_type
  std::string incident_id;       // only this incident
  size_t limit = 0;              // 0 = no limit
  size_t offset = 0;             // skip this many first (a page: offset + limit)
};

enum class Period { kWeek, kMonth };       // ISO weeks (Monday) / calendar months
enum class Grouping { kCountry, kAdmin1, kActor };

// Incidents and casualties (best values) of one period and group. With
// Grouping::kActor an incident counts for each of its two actors.
struct TallyRow {
  std::string period;  // "2024-03" or the week's Monday "2024-03-11"
  std::string group;
  int64_t incidents = 0, fatalities = 0, wounded = 0, killed_or_wounded = 0, arrested = 0;
};

// Where one of an article's records is stated: its evidence span.
struct EvidenceSpan {
  std::string kind;         // "event" or "tally"
  std::string record_id;    // event_id or tally_id
  std::string incident_id;  // an event's incident; empty for a tally
  size_t begin = 0, end = 0;  // byte offsets [begin, end) in the article text
};

// An article as stored, with the spans of every record extracted from it.
struct StoredArticle {
  Article article;                 // text empty when only records were stored
  std::vector<EvidenceSpan> spans;  // ordered by begin, then end
};

struct StoreStats {
  int64_t articles = 0, events = 0, tallies = 0, incidents = 0, multi_source_incidents = 0;
};

class Store {
 public:
  virtual ~Store() = default;

  // The fingerprint stored for an article id, or nullopt when it is not stored.
  virtual std::optional<std::string> Fingerprint(const std::string& article_id) = 0;
  // Stores a batch in one transaction; throws StoreError (and stores nothing
  // of the batch) on failure.
  virtual IngestCounts Ingest(const std::vector<Submission>& batch) = 0;

  // Incidents ordered by date then id, with their sources when asked; the
  // filter's offset and limit cut a page from that order.
  virtual void ForEachIncident(const IncidentFilter& filter, bool with_sources,
                               const std::function<void(const Incident&)>& fn) = 0;
  // How many incidents match the filter, ignoring its offset and limit.
  virtual int64_t CountIncidents(const IncidentFilter& filter) = 0;
  // One incident with its sources (ForEachIncident with filter.incident_id).
  std::optional<Incident> FindIncident(const std::string& incident_id);
  // An article with its text and evidence spans, or nullopt when not stored.
  virtual std::optional<StoredArticle> FindArticle(const std::string& article_id) = 0;
  virtual std::vector<TallyRow> Tabulate(const IncidentFilter& filter, Period period, Grouping grouping) = 0;
  // Stored tally records (tallies are never deduplicated) whose period or
  // article overlaps the filter's dates and whose country matches (offset and
  // limit as for incidents).
  virtual void ForEachTally(const IncidentFilter& filter, const std::function<void(const rasad::Tally&)>& fn) = 0;
  virtual StoreStats Stats() = 0;
};

// Opens the store at `location`; throws StoreError when it cannot.
std::unique_ptr<Store> OpenStore(const std::string& location);

}  // namespace rasad::store
