#include "store/store.h"

#include "store/sqlite_store.h"

namespace rasad::store {

std::unique_ptr<Store> OpenStore(const std::string& location) {
  if (location.starts_with("postgresql://") || location.starts_with("postgres://"))
    throw StoreError("PostgreSQL backend not built yet: use an SQLite path (--db rasad.db) for now");
  if (location.starts_with("sqlite://")) return OpenSqliteStore(location.substr(9));
  if (location.starts_with("sqlite:")) return OpenSqliteStore(location.substr(7));
  if (auto scheme = location.find("://"); scheme != std::string::npos)
    throw StoreError("unknown database URL scheme '" + location.substr(0, scheme) + "' (use a path, sqlite://PATH)");
  return OpenSqliteStore(location);
}

}  // namespace rasad::store
