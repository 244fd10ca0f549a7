#include "lexicon/database_cache.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>

#include "lexicon/matcher.h"
#include "text/normalize.h"

namespace rasad::lexicon {
namespace {

namespace fs = std::filesystem;

fs::path FreshDir(const std::string& name) {
  fs::path dir = fs::path(testing::TempDir()) / ("rasad_db_cache_" + name);
  fs::remove_all(dir);
  return dir;
}

hs_database_t* CompileLiterals(const std::vector<std::string>& literals) {
  std::vector<const char*> exprs;
  std::vector<size_t> lens;
  std::vector<unsigned> ids, flags;
  for (size_t i = 0; i < literals.size(); ++i) {
    exprs.push_back(literals[i].data());
    lens.push_back(literals[i].size());
    ids.push_back(static_cast<unsigned>(i));
    flags.push_back(0);
  }
  hs_database_t* db = nullptr;
  hs_compile_error_t* err = nullptr;
  EXPECT_EQ(hs_compile_lit_multi(exprs.data(), flags.data(), ids.data(), lens.data(),
                                 static_cast<unsigned>(exprs.size()), HS_MODE_BLOCK, nullptr, &db, &err),
            HS_SUCCESS);
  return db;
}

// The ids the database finds in `text`.
std::vector<unsigned> Ids(const hs_database_t* db, std::string_view text) {
  hs_scratch_t* scratch = nullptr;
  EXPECT_EQ(hs_alloc_scratch(db, &scratch), HS_SUCCESS);
  std::vector<unsigned> ids;
  auto on_match = [](unsigned id, unsigned long long, unsigned long long, unsigned, void* ctx) -> int {
    static_cast<std::vector<unsigned>*>(ctx)->push_back(id);
    return 0;
  };
  EXPECT_EQ(hs_scan(db, text.data(), static_cast<unsigned>(text.size()), 0, scratch, on_match, &ids), HS_SUCCESS);
  hs_free_scratch(scratch);
  return ids;
}

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

void WriteFile(const fs::path& p, const std::string& data) { std::ofstream(p, std::ios::binary) << data; }

TEST(DatabaseCache, StoresAndLoadsTheSameDatabase) {
  const fs::path dir = FreshDir("roundtrip");
  hs_database_t* db = CompileLiterals({"abc", "xyz"});
  StoreCachedDatabase(dir.string(), "spec A", db);
  hs_free_database(db);
  ASSERT_TRUE(fs::exists(CachedDatabasePath(dir.string(), "spec A")));
  hs_database_t* loaded = LoadCachedDatabase(dir.string(), "spec A");
  ASSERT_NE(loaded, nullptr);
  EXPECT_EQ(Ids(loaded, "..xyz..abc"), (std::vector<unsigned>{1, 0}));
  hs_free_database(loaded);
  EXPECT_EQ(LoadCachedDatabase(dir.string(), "spec B"), nullptr);
  EXPECT_EQ(LoadCachedDatabase("", "spec A"), nullptr);
}

TEST(DatabaseCache, RefusesAnotherSpecsFileAndDamagedFiles) {
  const fs::path dir = FreshDir("damaged");
  hs_database_t* db = CompileLiterals({"abc", "xyz"});
  StoreCachedDatabase(dir.string(), "spec A", db);
  hs_free_database(db);
  const std::string good = ReadFile(CachedDatabasePath(dir.string(), "spec A"));
  ASSERT_GT(good.size(), 64u);
  // A file of another spec under this spec's name (as a hash collision would have it).
  const std::string path_b = CachedDatabasePath(dir.string(), "spec B");
  WriteFile(path_b, good);
  EXPECT_EQ(LoadCachedDatabase(dir.string(), "spec B"), nullptr);
  // Truncated, empty, or with one byte changed anywhere.
  const std::string path_a = CachedDatabasePath(dir.string(), "spec A");
  for (size_t cut : {size_t{0}, size_t{5}, good.size() / 2, good.size() - 1}) {
    WriteFile(path_a, good.substr(0, cut));
    EXPECT_EQ(LoadCachedDatabase(dir.string(), "spec A"), nullptr) << cut;
  }
  for (size_t at : {size_t{3}, size_t{10}, good.size() / 2, good.size() - 3}) {
    std::string bad = good;
    bad[at] = static_cast<char>(bad[at] ^ 0x20);
    WriteFile(path_a, bad);
    EXPECT_EQ(LoadCachedDatabase(dir.string(), "spec A"), nullptr) << at;
  }
  WriteFile(path_a, good);
  hs_database_t* loaded = LoadCachedDatabase(dir.string(), "spec A");
  EXPECT_NE(loaded, nullptr);
  hs_free_database(loaded);
}

TEST(DatabaseCache, AnUnusableDirectoryIsNoError) {
  const fs::path dir = FreshDir("unusable");
  fs::create_directories(dir);
  WriteFile(dir / "file", "x");
  const std::string under_file = (dir / "file" / "rasad").string();  // cannot be created
  hs_database_t* db = CompileLiterals({"abc"});
  StoreCachedDatabase(under_file, "spec", db);
  hs_free_database(db);
  EXPECT_EQ(LoadCachedDatabase(under_file, "spec"), nullptr);
}

TEST(DatabaseCache, OldFilesOfOtherSpecsArePruned) {
  const fs::path dir = FreshDir("prune");
  hs_database_t* db = CompileLiterals({"abc"});
  StoreCachedDatabase(dir.string(), "old", db);
  StoreCachedDatabase(dir.string(), "recent", db);
  const fs::path old_path = CachedDatabasePath(dir.string(), "old");
  fs::last_write_time(old_path, fs::file_time_type::clock::now() - std::chrono::hours(24 * 8));
  StoreCachedDatabase(dir.string(), "new", db);
  hs_free_database(db);
  EXPECT_FALSE(fs::exists(old_path));
  EXPECT_TRUE(fs::exists(CachedDatabasePath(dir.string(), "recent")));
  EXPECT_TRUE(fs::exists(CachedDatabasePath(dir.string(), "new")));
}

// Sets an environment variable for the scope of a test.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const std::optional<std::string>& value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    if (value) setenv(name, value->c_str(), 1);
    else unsetenv(name);
  }
  ~ScopedEnv() {
    if (old_) setenv(name_, old_->c_str(), 1);
    else unsetenv(name_);
  }

 private:
  const char* name_;
  std::optional<std::string> old_;
};

TEST(DatabaseCache, DirectoryFromXdgCacheHomeElseHome) {
  {
    ScopedEnv xdg("XDG_CACHE_HOME", "/x/cache");
    EXPECT_EQ(DatabaseCacheDirectory(), "/x/cache/rasad");
  }
  ScopedEnv xdg("XDG_CACHE_HOME", std::nullopt);
  {
    ScopedEnv home("HOME", "/home/u");
    EXPECT_EQ(DatabaseCacheDirectory(), "/home/u/.cache/rasad");
  }
  ScopedEnv home("HOME", std::nullopt);
  EXPECT_EQ(DatabaseCacheDirectory(), "");
}

// 1,331 three-letter words (enough for the matcher to use the cache).
std::vector<std::string> Words() {
  const std::vector<std::string> letters = {"ب", "ت", "ث", "ج", "ح", "خ", "د", "ذ", "ر", "ز", "س"};
  std::vector<std::string> words;
  for (const auto& a : letters)
    for (const auto& b : letters)
      for (const auto& c : letters) words.push_back(text::NormalizeKey(a + b + c));
  return words;
}

std::vector<uint32_t> Payloads(const Matcher& m, const std::string& raw) {
  std::vector<uint32_t> out;
  for (const Hit& h : m.Scan(text::NormalizeKey(raw))) out.push_back(h.payload);
  return out;
}

TEST(DatabaseCache, MatcherReusesItsDatabaseButNeverAStaleOne) {
  const fs::path root = FreshDir("matcher");
  ScopedEnv xdg("XDG_CACHE_HOME", root.string());
  const fs::path dir = root / "rasad";
  const std::vector<std::string> words = Words();
  auto build = [&](const std::vector<std::string>& phrases) {
    Matcher m;
    for (size_t i = 0; i < phrases.size(); ++i) m.Add(phrases[i], static_cast<uint32_t>(i));
    m.Compile();
    return m;
  };
  const std::string text = "قال " + words[5] + " و" + words[700];
  Matcher first = build(words);
  EXPECT_EQ(Payloads(first, text), (std::vector<uint32_t>{5, 700}));
  ASSERT_EQ(std::distance(fs::directory_iterator(dir), fs::directory_iterator()), 1);
  const fs::path file = fs::directory_iterator(dir)->path();
  // The same phrases again: the file is read, not written anew.
  const auto stamp = fs::file_time_type::clock::now() - std::chrono::hours(1);
  fs::last_write_time(file, stamp);
  Matcher second = build(words);
  EXPECT_EQ(Payloads(second, text), (std::vector<uint32_t>{5, 700}));
  EXPECT_EQ(fs::last_write_time(file), stamp);
  // One phrase edited: its own database, which finds the new phrase and not the old one.
  std::vector<std::string> edited = words;
  edited[700] = text::NormalizeKey("سلام");
  Matcher third = build(edited);
  EXPECT_EQ(Payloads(third, text), (std::vector<uint32_t>{5}));
  EXPECT_EQ(Payloads(third, "سلام"), (std::vector<uint32_t>{700}));
  EXPECT_EQ(std::distance(fs::directory_iterator(dir), fs::directory_iterator()), 2);
  // And the first phrase set still loads its own.
  Matcher fourth = build(words);
  EXPECT_EQ(Payloads(fourth, text), (std::vector<uint32_t>{5, 700}));
  EXPECT_EQ(Payloads(fourth, "سلام"), (std::vector<uint32_t>{}));
}

}  // namespace
}  // namespace rasad::lexicon
