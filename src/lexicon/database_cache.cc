#include "lexicon/database_cache.h"

#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <memory>

namespace rasad::lexicon {
namespace {

namespace fs = std::filesystem;

// A file: kMagic, the spec's size and bytes, the database's size and bytes (as
// hs_serialize_database wrote them), then Checksum() of everything before it. Sizes are
// 64-bit, in the machine's byte order (the spec names the platform).
constexpr std::string_view kMagic = "rasadhs1";
constexpr std::string_view kPrefix = "matcher-", kSuffix = ".hsdb";
constexpr auto kMaxAge = std::chrono::hours(24 * 7);

// A 64-bit hash, eight bytes at a time (a file name and a check against torn or corrupt
// files; not against tampering).
uint64_t Hash64(std::string_view s, uint64_t seed) {
  uint64_t h = seed ^ (s.size() * 0x9E3779B97F4A7C15ull);
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    h = (h ^ w) * 0xBF58476D1CE4E5B9ull;
    h ^= h >> 31;
  }
  uint64_t w = 0;
  std::memcpy(&w, s.data() + i, s.size() - i);
  h = (h ^ w) * 0x94D049BB133111EBull;
  return h ^ (h >> 29);
}

uint64_t Checksum(std::string_view s) { return Hash64(s, 0x6A09E667F3BCC908ull); }

void AppendU64(std::string& out, uint64_t v) { out.append(reinterpret_cast<const char*>(&v), 8); }

bool ReadU64(std::string_view data, size_t& at, uint64_t& v) {
  if (data.size() - at < 8) return false;
  std::memcpy(&v, data.data() + at, 8);
  at += 8;
  return true;
}

bool ReadWholeFile(const std::string& path, std::string& data) {
  std::unique_ptr<FILE, int (*)(FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!f || std::fseek(f.get(), 0, SEEK_END) != 0) return false;
  const long size = std::ftell(f.get());
  if (size <= 0 || std::fseek(f.get(), 0, SEEK_SET) != 0) return false;
  data.resize(static_cast<size_t>(size));
  return std::fread(data.data(), 1, data.size(), f.get()) == data.size();
}

// Removes the cache files (and temporary files left by a crash) older than kMaxAge, but `keep`.
void PruneOldFiles(const std::string& dir, const fs::path& keep) {
  std::error_code ec;
  const auto now = fs::file_time_type::clock::now();
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (!name.starts_with(kPrefix) || name.find(kSuffix) == std::string::npos || it->path() == keep) continue;
    std::error_code time_ec;
    const auto written = fs::last_write_time(it->path(), time_ec);
    if (!time_ec && now - written > kMaxAge) fs::remove(it->path(), time_ec);
  }
}

}  // namespace

std::string DatabaseCacheDirectory() {
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) return (fs::path(xdg) / "rasad").string();
  if (const char* home = std::getenv("HOME"); home && *home) return (fs::path(home) / ".cache" / "rasad").string();
  return "";
}

std::string CachedDatabasePath(const std::string& dir, std::string_view spec) {
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(Hash64(spec, 1)));
  return (fs::path(dir) / (std::string(kPrefix) + hex + std::string(kSuffix))).string();
}

hs_database_t* LoadCachedDatabase(const std::string& dir, std::string_view spec) {
  if (dir.empty() || spec.empty()) return nullptr;
  std::string data;
  if (!ReadWholeFile(CachedDatabasePath(dir, spec), data)) return nullptr;
  const std::string_view file(data);
  size_t at = kMagic.size();
  uint64_t spec_size = 0, db_size = 0, checksum = 0;
  if (!file.starts_with(kMagic) || !ReadU64(file, at, spec_size) || spec_size != spec.size() ||
      file.substr(at, spec.size()) != spec)
    return nullptr;  // another spec (a hash collision) or a torn file
  at += spec.size();
  if (!ReadU64(file, at, db_size) || file.size() - at < 8 || db_size != file.size() - at - 8) return nullptr;
  const size_t db_at = at;
  at += db_size;
  if (!ReadU64(file, at, checksum) || checksum != Checksum(file.substr(0, db_at + db_size))) return nullptr;
  hs_database_t* db = nullptr;
  if (hs_deserialize_database(file.data() + db_at, db_size, &db) != HS_SUCCESS) return nullptr;
  return db;
}

void StoreCachedDatabase(const std::string& dir, std::string_view spec, const hs_database_t* db) {
  if (dir.empty() || spec.empty() || !db) return;
  char* bytes = nullptr;
  size_t length = 0;
  if (hs_serialize_database(db, &bytes, &length) != HS_SUCCESS) return;
  std::string file;
  file.reserve(kMagic.size() + 8 + spec.size() + 8 + length + 8);
  file += kMagic;
  AppendU64(file, spec.size());
  file += spec;
  AppendU64(file, length);
  file.append(bytes, length);
  std::free(bytes);  // hs_serialize_database allocates with the misc allocator, malloc by default
  AppendU64(file, Checksum(file));

  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) return;
  const std::string path = CachedDatabasePath(dir, spec);
  static std::atomic<unsigned> serial{0};
  const std::string tmp = path + ".tmp." + std::to_string(::getpid()) + "." + std::to_string(serial++);
  std::unique_ptr<FILE, int (*)(FILE*)> f(std::fopen(tmp.c_str(), "wb"), &std::fclose);
  if (!f) return;
  const bool written = std::fwrite(file.data(), 1, file.size(), f.get()) == file.size();
  const bool closed = std::fclose(f.release()) == 0;
  if (written && closed) fs::rename(tmp, path, ec);
  if (!written || !closed || ec) {
    fs::remove(tmp, ec);
    return;
  }
  PruneOldFiles(dir, path);
}

}  // namespace rasad::lexicon
