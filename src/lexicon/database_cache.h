// An on-disk cache of compiled vectorscan databases, so that a process does not compile
// the same phrase set again at every start (the dictionary's ~0.1 s; loading takes ~1 ms).
//
// The caller describes everything that went into the compile as one byte string, `spec`
// (its patterns, flags and ids, the mode, hs_version() and the platform). A cache file
// holds its spec in full next to the serialized database, and Load returns the database
// only when the stored spec is byte for byte the caller's: an edited dictionary never loads
// a stale database. Files are named by a hash of the spec, carry a checksum, and are
// written to a temporary name and renamed into place (readers never see half a file, and
// concurrent writers of one spec write the same bytes). Every problem (no cache directory,
// an unwritable one, a missing, truncated, corrupt or foreign file) falls back silently:
// Load returns nullptr and Store does nothing.
#pragma once

#include <hs/hs.h>

#include <string>
#include <string_view>

namespace rasad::lexicon {

// $XDG_CACHE_HOME/rasad, else $HOME/.cache/rasad; "" when neither variable is set.
std::string DatabaseCacheDirectory();

// The database compiled from `spec`, read from `dir`; nullptr when there is none (or any
// problem). The caller owns the result (hs_free_database).
hs_database_t* LoadCachedDatabase(const std::string& dir, std::string_view spec);

// Writes `db`, compiled from `spec`, into `dir` (created if needed). Files of other specs
// older than a week are removed, so edited dictionaries do not pile up.
void StoreCachedDatabase(const std::string& dir, std::string_view spec, const hs_database_t* db);

// The cache file of `spec` in `dir` (for tests).
std::string CachedDatabasePath(const std::string& dir, std::string_view spec);

}  // namespace rasad::lexicon
