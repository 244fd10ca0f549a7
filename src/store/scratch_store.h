// For tests: an empty store of either backend, gone with everything in it
// when the ScratchStore goes away. SQLite lives in a TempDb; PostgreSQL in a
// schema of its own (so that tests run in parallel never meet) in the database
// named by $RASAD_TEST_PG, a libpq URL (scripts/test.sh starts a server and
// sets it). unavailable() says why a backend cannot be tested here: the test
// should GTEST_SKIP() with that message.
#pragma once

#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <memory>
#include <optional>
#include <random>
#include <string>

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <pqxx/pqxx>

#include "store/store.h"
#include "store/temp_db.h"

namespace rasad::store {

enum class Backend { kSqlite, kPostgres };

// Names the instances of a test parameterized over the backends.
inline std::string BackendName(const ::testing::TestParamInfo<Backend>& info) {
  return info.param == Backend::kSqlite ? "SQLite" : "PostgreSQL";
}

class ScratchStore {
 public:
  explicit ScratchStore(Backend backend) {
    if (backend == Backend::kSqlite) {
      sqlite_.emplace();
      location_ = sqlite_->path();
      return;
    }
    const char* url = std::getenv("RASAD_TEST_PG");
    if (!url || !*url) {
      unavailable_ = "RASAD_TEST_PG is not set: PostgreSQL tests skipped (scripts/test.sh starts a server and sets it)";
      return;
    }
    static std::atomic<int> counter = 0;
    schema_ = fmt::format("rasad_test_{}_{}_{}", getpid(), counter++, std::random_device()() % 100000);
    try {
      pqxx::connection c(url);
      pqxx::work tx(c);
      tx.exec("CREATE SCHEMA " + tx.quote_name(schema_));
      tx.commit();
      url_ = url;
    } catch (const std::exception& e) {
      unavailable_ = fmt::format("PostgreSQL at RASAD_TEST_PG={} is unreachable: {}", url, e.what());
      return;
    }
    // The tables go to the first schema of the search_path; PostGIS stays in public.
    location_ = fmt::format("{}{}options=-csearch_path%3D{}%2Cpublic", url_, url_.find('?') == std::string::npos ? '?' : '&',
                            schema_);
  }
  ~ScratchStore() {
    if (url_.empty()) return;
    try {
      pqxx::connection c(url_);
      pqxx::work tx(c);
      tx.exec("DROP SCHEMA " + tx.quote_name(schema_) + " CASCADE");
      tx.commit();
    } catch (const std::exception& e) {
      ADD_FAILURE() << "cannot drop test schema " << schema_ << ": " << e.what();
    }
  }
  ScratchStore(const ScratchStore&) = delete;
  ScratchStore& operator=(const ScratchStore&) = delete;

  const std::string& unavailable() const { return unavailable_; }
  // What OpenStore() takes: a path or a URL whose search_path names the schema.
  const std::string& location() const { return location_; }
  // The PostgreSQL schema ("" for SQLite).
  const std::string& schema() const { return schema_; }
  std::unique_ptr<Store> Open() const { return OpenStore(location_); }

 private:
  std::optional<TempDb> sqlite_;
  std::string url_, schema_, location_, unavailable_;
};

}  // namespace rasad::store
