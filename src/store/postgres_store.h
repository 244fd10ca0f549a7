// The PostgreSQL + PostGIS backend of Store (store/store.h), for teams that
// share one database. Same contract and same incidents as the SQLite store:
// the ingest algorithm is store/batch_ingest.h, the schema
// store/postgres_schema.h, every statement has bound parameters.
//   - `url` is a libpq connection URI (postgresql://user@host:port/db); the
//     tables live in the first schema of the search_path, which a URI can set
//     (?options=-csearch_path%3Dteam%2Cpublic). PostGIS must be installed in the
//     database (CREATE EXTENSION postgis, as a superuser).
//   - Each Ingest() is one transaction holding an advisory lock, so several
//     clients may ingest into one database: their batches apply one at a time.
// Use OpenStore(); this is for the dispatcher.
#pragma once

#include <memory>
#include <string>

#include "store/store.h"

namespace rasad::store {

// Connects and creates the tables when missing; throws StoreError.
std::unique_ptr<Store> OpenPostgresStore(const std::string& url);

}  // namespace rasad::store
