// The SQLite backend of Store (store/store.h): one database file in WAL mode,
// schema in docs/storage.md. Use OpenStore(); this is for the dispatcher.
#pragma once

#include <memory>
#include <string>

#include "store/store.h"

namespace rasad::store {

// Opens or creates the database at `path`; throws StoreError.
std::unique_ptr<Store> OpenSqliteStore(const std::string& path);

}  // namespace rasad::store
