// How a batch is stored, whatever the backend (store/store.h's Ingest
// contract): each article is skipped when unchanged, replaced when its
// fingerprint changed, inserted when new; then the incidents of every
// component the batch touched are rebuilt from scratch with store/dedup.h,
// so that they depend only on the set of stored events. An incident that
// keeps its id is rewritten in place and an event that keeps its incident is
// not written again: most of a batch's rebuilt incidents touch few index entries.
// A backend implements IngestTables, the row operations, and calls
// IngestBatch() inside one transaction of its own. IngestBatch never reads
// back an event of the batch it stores (it keeps them in memory), so a
// backend may write them at the end of the batch, with their incidents.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "store/incident.h"
#include "store/store.h"

namespace rasad::store {

// An event as stored: its row, its component, and the Source dedup works on.
struct StoredEvent {
  int64_t row = 0;
  int64_t component = 0;  // 0 while not yet clustered
  int64_t incident = 0;   // the incident's row; 0 while not yet clustered
  Source source;
};

// The row operations of one open transaction. Rows are the backend's integer keys.
class IngestTables {
 public:
  struct ArticleRow {
    int64_t row = 0;
    std::string fingerprint;
  };
  using EventFn = std::function<void(StoredEvent&&)>;

  virtual ~IngestTables() = default;

  virtual std::optional<ArticleRow> FindArticleRow(const std::string& article_id) = 0;
  // The components of an article's clustered events.
  virtual std::vector<int64_t> ComponentsOfArticle(int64_t article_row) = 0;
  // Deletes the article with its events and tallies.
  virtual void DeleteArticle(int64_t article_row) = 0;
  // Each returns the new row. `now` is an ISO 8601 UTC time.
  virtual int64_t InsertArticle(const Submission& submission, const std::string& now) = 0;
  virtual int64_t InsertEvent(int64_t article_row, const Event& event) = 0;
  virtual void InsertTally(int64_t article_row, const rasad::Tally& tally) = 0;
  // Clustered events that may describe the same incident as `e` (dated, with
  // a country): same country and event type (ASCII case-insensitive), the
  // same admin1 or none when `e` has one, dated within 31 days of it. A
  // superset of what SameIncident() accepts.
  virtual void ForEachCandidate(const Event& e, const EventFn& fn) = 0;
  virtual void ForEachEventOfComponent(int64_t component, const EventFn& fn) = 0;
  struct IncidentRow {
    int64_t row = 0;
    std::string incident_id;
  };
  virtual std::vector<IncidentRow> IncidentsOfComponent(int64_t component) = 0;
  virtual void DeleteIncident(int64_t incident_row) = 0;
  // Stores an incident built at Unix time `now`; returns its row.
  virtual int64_t InsertIncident(const Incident& incident, int64_t component, int64_t now) = 0;
  // Rewrites a stored incident that keeps its incident_id.
  virtual void UpdateIncident(int64_t incident_row, const Incident& incident, int64_t component, int64_t now) = 0;
  virtual void SetIncident(int64_t event_row, int64_t component, int64_t incident_row) = 0;
};

// Stores `batch` through `tables` (already in a transaction) and rebuilds the
// incidents it touches.
IngestCounts IngestBatch(IngestTables& tables, const std::vector<Submission>& batch);

// The current UTC time as "YYYY-MM-DDTHH:MM:SSZ".
std::string NowIso();

}  // namespace rasad::store
