// Nothing is lost when `rasad ingest` is killed: run it as a child process on
// a generated corpus, SIGKILL it once it has reported committed batches, then
// check the database is sound, holds every article reported committed, and a
// second run completes it with the same incidents as an uninterrupted run.
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <set>

#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "store/synthetic_corpus.h"
#include "store/temp_db.h"

extern char** environ;

namespace rasad::store {
namespace {

constexpr size_t kArticles = 6000;

struct Child {
  pid_t pid = -1;
  FILE* err = nullptr;  // the child's standard error
};

Child StartIngest(const std::string& input, const std::string& db) {
  int fds[2];
  if (pipe(fds) != 0) return {};
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, fds[1], STDERR_FILENO);
  posix_spawn_file_actions_addclose(&actions, fds[0]);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  std::vector<std::string> args = {RASAD_BINARY, "ingest", input,        "--db", db, "--progress",
                                   "--batch",    "100",    "-j",         "1",    "--data",
                                   RASAD_SOURCE_DIR "/data"};
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  Child c;
  int rc = posix_spawn(&c.pid, RASAD_BINARY, &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(fds[1]);
  if (rc != 0) {
    close(fds[0]);
    c.pid = -1;
    return c;
  }
  c.err = fdopen(fds[0], "r");
  return c;
}

int Wait(Child& c) {
  int status = 0;
  waitpid(c.pid, &status, 0);
  if (c.err) fclose(c.err);
  c.err = nullptr;
  return status;
}

int64_t Count(SQLite::Database& db, const char* sql) { return db.execAndGet(sql).getInt64(); }

std::set<std::string> IncidentIds(const std::string& path) {
  SQLite::Database db(path);
  SQLite::Statement st(db, "SELECT incident_id FROM incident");
  std::set<std::string> ids;
  while (st.executeStep()) ids.insert(st.getColumn(0).getString());
  return ids;
}

TEST(IngestCrash, KilledIngestLosesNothingAndResumes) {
  TempDb tmp;
  const std::string input = (tmp.dir() / "articles.jsonl").string();
  {
    std::ofstream out(input);
    for (size_t i = 0; i < kArticles; ++i) out << synthetic::ArticleLine(i) << '\n';
  }
  const std::string db_path = tmp.path();

  Child child = StartIngest(input, db_path);
  ASSERT_GT(child.pid, 0);
  size_t committed = 0, batches = 0;
  std::string last_id;
  char buf[4096];
  while (batches < 3 && fgets(buf, sizeof buf, child.err)) {
    std::string line = buf;
    if (line.empty() || line[0] != '{') continue;
    auto j = nlohmann::json::parse(line);
    batches = j["committed"].get<size_t>();
    committed = j["articles"].get<size_t>();
    last_id = j["last_article_id"].get<std::string>();
  }
  kill(child.pid, SIGKILL);
  int status = Wait(child);
  ASSERT_GE(batches, 3u) << "the ingest ended before committing three batches";
  EXPECT_TRUE(WIFSIGNALED(status)) << "the ingest finished before it could be killed";
  fmt::print("killed after {} committed batches ({} articles, last {})\n", batches, committed, last_id);

  {
    SQLite::Database db(db_path);
    EXPECT_EQ(db.execAndGet("PRAGMA integrity_check").getString(), "ok");
    SQLite::Statement has(db, "SELECT count(*) FROM article WHERE article_id = ?");
    for (size_t i = 0; i < committed; ++i) {
      has.bind(1, synthetic::MakeArticle(i).id);
      ASSERT_TRUE(has.executeStep());
      EXPECT_EQ(has.getColumn(0).getInt(), 1) << "article " << i << " was reported committed";
      has.reset();
    }
    EXPECT_EQ(synthetic::MakeArticle(committed - 1).id, last_id);
  }

  // Resume, and compare with a run that was never interrupted.
  Child resume = StartIngest(input, db_path);
  ASSERT_GT(resume.pid, 0);
  while (fgets(buf, sizeof buf, resume.err)) {
  }
  status = Wait(resume);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);

  TempDb clean_dir;
  Child clean = StartIngest(input, clean_dir.path());
  ASSERT_GT(clean.pid, 0);
  while (fgets(buf, sizeof buf, clean.err)) {
  }
  status = Wait(clean);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);

  SQLite::Database resumed(db_path), fresh(clean_dir.path());
  EXPECT_EQ(resumed.execAndGet("PRAGMA integrity_check").getString(), "ok");
  EXPECT_EQ(Count(resumed, "SELECT count(*) FROM article"), static_cast<int64_t>(kArticles));
  EXPECT_EQ(Count(resumed, "SELECT count(DISTINCT article_id) FROM article"), static_cast<int64_t>(kArticles));
  for (const char* sql : {"SELECT count(*) FROM event", "SELECT count(DISTINCT event_id) FROM event",
                          "SELECT count(*) FROM incident", "SELECT count(*) FROM tally",
                          "SELECT count(*) FROM event WHERE incident IS NULL"})
    EXPECT_EQ(Count(resumed, sql), Count(fresh, sql)) << sql;
  EXPECT_EQ(IncidentIds(db_path), IncidentIds(clean_dir.path()));
  EXPECT_GT(Count(resumed, "SELECT count(*) FROM incident"), 0);
}

}  // namespace
}  // namespace rasad::store
