#include "store/batch_ingest.h"

#include <algorithm>
#include <ctime>
#include <map>
#include <set>

#include <fmt/chrono.h>
#include <fmt/format.h>

#include "store/dedup.h"

namespace rasad::store {
namespace {

// Recomputes the incidents of `components` plus every component a fresh event
// joins, from scratch: the result depends only on the events.
void Rebuild(IngestTables& tables, std::set<int64_t> components, std::vector<StoredEvent> fresh) {
  for (const auto& s : fresh) {
    const Event& e = s.source.event;
    if (!e.event_date || e.place.country_code.empty()) continue;
    tables.ForEachCandidate(e, [&](StoredEvent&& near) {
      if (!components.contains(near.component) && SameIncident(e, near.source.event))
        components.insert(near.component);
    });
  }
  std::vector<StoredEvent> events = std::move(fresh);
  std::map<std::string, int64_t> stale;  // the rebuilt components' incidents, by incident_id
  for (int64_t component : components) {
    tables.ForEachEventOfComponent(component, [&](StoredEvent&& s) { events.push_back(std::move(s)); });
    for (auto& [row, incident_id] : tables.IncidentsOfComponent(component)) stale.emplace(std::move(incident_id), row);
  }
  // No early return when no event is left: the incidents of the emptied components go too.
  std::vector<Source> sources;
  sources.reserve(events.size());
  for (auto& s : events) sources.push_back(std::move(s.source));
  // Each component is named by its smallest event row.
  std::vector<int64_t> component_of(events.size());
  for (const auto& members : Components(sources)) {
    int64_t name = events[members.front()].row;
    for (size_t m : members) name = std::min(name, events[m].row);
    for (size_t m : members) component_of[m] = name;
  }
  std::vector<std::pair<std::vector<size_t>, Incident>> incidents;
  incidents.reserve(events.size());
  for (auto& group : Cluster(sources)) {
    std::vector<Source> members;
    members.reserve(group.size());
    for (size_t m : group) members.push_back(std::move(sources[m]));  // each source is in one group
    Incident incident = MakeIncident(std::move(members));
    incidents.emplace_back(std::move(group), std::move(incident));
  }
  // Incidents that are gone first: their ids may be taken by the new ones.
  std::set<std::string> kept;
  for (const auto& [group, incident] : incidents)
    if (stale.contains(incident.incident_id)) kept.insert(incident.incident_id);
  for (const auto& [incident_id, row] : stale)
    if (!kept.contains(incident_id)) tables.DeleteIncident(row);
  const int64_t now = std::time(nullptr);
  for (const auto& [group, incident] : incidents) {
    const int64_t component = component_of[group.front()];
    int64_t row;
    if (auto it = stale.find(incident.incident_id); it != stale.end()) {
      row = it->second;
      tables.UpdateIncident(row, incident, component, now);
    } else {
      row = tables.InsertIncident(incident, component, now);
    }
    for (size_t m : group)
      if (events[m].component != component_of[m] || events[m].incident != row)
        tables.SetIncident(events[m].row, component_of[m], row);
  }
}

}  // namespace

std::string NowIso() { return fmt::format("{:%Y-%m-%dT%H:%M:%SZ}", fmt::gmtime(std::time(nullptr))); }

IngestCounts IngestBatch(IngestTables& tables, const std::vector<Submission>& batch) {
  IngestCounts counts;
  const std::string now = NowIso();
  std::set<int64_t> components;    // of events removed: rebuilt from what remains
  std::vector<StoredEvent> fresh;  // events inserted in this batch
  for (const auto& sub : batch) {
    const Article& a = sub.article;
    if (auto stored = tables.FindArticleRow(a.id)) {
      if (stored->fingerprint == sub.fingerprint) {
        ++counts.unchanged;
        continue;
      }
      for (int64_t c : tables.ComponentsOfArticle(stored->row)) components.insert(c);
      // Events of this article inserted earlier in the same batch go too.
      std::erase_if(fresh, [&](const StoredEvent& s) { return s.source.event.article_id == a.id; });
      tables.DeleteArticle(stored->row);
      ++counts.replaced;
    } else {
      ++counts.fresh;
    }
    const int64_t article_row = tables.InsertArticle(sub, now);
    for (const Event& e : sub.events) {
      StoredEvent s{tables.InsertEvent(article_row, e), 0, 0, Source{e, a.published, a.url}};
      s.source.event.article_id = a.id;
      fresh.push_back(std::move(s));
      ++counts.events;
    }
    for (const rasad::Tally& t : sub.tallies) {
      tables.InsertTally(article_row, t);
      ++counts.tallies;
    }
  }
  Rebuild(tables, std::move(components), std::move(fresh));
  return counts;
}

}  // namespace rasad::store
