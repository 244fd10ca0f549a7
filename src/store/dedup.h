// Deduplication across articles, independent of any storage backend: pure
// functions over events. Two events describe the same incident when
//   - they come from different articles (the extractor already merged within one),
//   - the event type is the same and the sub-types are compatible,
//   - the dates are compatible within their precision (day +-1; within the
//     week or the calendar month when one side is coarser),
//   - the place is the same: same location, or same admin2 / admin1 when one
//     side only knows that much (never two different locations),
//   - the actors are compatible: actor1 equal or one unknown/unidentified,
//     actor2 likewise (for battles the pair may be swapped); the state's
//     military and police count as one actor.
// Clustering is complete-linkage over a canonical order, per connected
// component of that relation, so the incidents depend only on the set of
// events, never on the order they were ingested: day-precise reports first
// group by their exact day, then a report left alone joins the group it fits
// best (it may be a day off). docs/storage.md has the rules.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "core/event.h"
#include "store/incident.h"

namespace rasad::store {

bool CompatibleTypes(const Event& a, const Event& b);
bool CompatibleDates(const Event& a, const Event& b);
bool CompatiblePlaces(const Event& a, const Event& b);
bool CompatibleActors(const Event& a, const Event& b);
// All of the above, both events dated and located in a country, and from
// different articles.
bool SameIncident(const Event& a, const Event& b);

// How much two compatible events agree beyond compatibility (same village,
// same day, same named actors, same counts); used to pick between clusters.
int Affinity(const Event& a, const Event& b);

// True when `a` should lead an incident before `b`: the more precise date,
// then the more precise place, then the later publication, then event_id.
bool LeadsBefore(const Source& a, const Source& b);

// Groups sources into incidents. Returns groups of indices into `sources`,
// each group in lead order, groups ordered by their lead. Deterministic and
// independent of the order of `sources`.
std::vector<std::vector<size_t>> Cluster(const std::vector<Source>& sources);

// Connected components of SameIncident (indices, each sorted ascending).
std::vector<std::vector<size_t>> Components(const std::vector<Source>& sources);

// UCDP-style reconciliation of one count. `stated[i]` is source i's value
// (nullopt when it states none); sources are given in lead order. best is the
// most frequent stated value; a tie goes to the value of the most recently
// published source, then to the most precise source (lead order), then to the
// higher value.
Casualties Reconcile(const std::vector<std::optional<int>>& stated, const std::vector<Source>& sources);

// Builds the incident from its sources (put in lead order here).
Incident MakeIncident(std::vector<Source> sources);

// True when an actor name says nothing about who acted: empty, "Unidentified…", "Unknown…".
bool UnknownActor(const std::string& name);

}  // namespace rasad::store
