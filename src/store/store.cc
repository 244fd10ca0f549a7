#include "store/store.h"

#include "store/postgres_store.h"
#include "store/sqlite_store.h"

namespace rasad::store {

std::unique_ptr<Store> OpenStore(const std::string& location) {
  if (location.starts_with("postgresql://") || location.starts_with("postgres://")) return OpenPostgresStore(location);
  if (location.starts_with("sqlite://")) return OpenSqliteStore(location.substr(9));
  if (location.starts_with("sqlite:")) return OpenSqliteStore(location.substr(7));
  if (auto scheme = location.find("://"); scheme != std::string::npos)
    throw StoreError("unknown database URL scheme '" + location.substr(0, scheme) + "' (use a path, sqlite://PATH or postgresql://…)");
  return OpenSqliteStore(location);
}

std::optional<Incident> Store::FindIncident(const std::string& incident_id) {
  if (incident_id.empty()) return std::nullopt;
  IncidentFilter filter;
  filter.incident_id = incident_id;
  filter.limit = 1;
  std::optional<Incident> found;
  ForEachIncident(filter, true, [&](const Incident& inc) { found = inc; });
  return found;
}

}  // namespace rasad::store
