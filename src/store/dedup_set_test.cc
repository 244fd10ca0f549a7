// Deduplication measured on the labelled set tests/fixtures/dedup/records.jsonl:
// the same incidents as several outlets report them, and distinct incidents
// that look alike. Pairwise precision and recall of merging must both be at
// least 0.95, batch or article by article in any order.
#include <algorithm>
#include <fstream>
#include <map>
#include <random>
#include <set>

#include <fmt/core.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "store/dedup.h"
#include "store/record_reader.h"
#include "store/scratch_store.h"
#include "store/store.h"

namespace rasad::store {
namespace {

const char* kFixture = RASAD_SOURCE_DIR "/tests/fixtures/dedup/records.jsonl";

std::map<std::string, std::string> GoldByEvent() {
  std::map<std::string, std::string> gold;
  std::ifstream in(kFixture);
  for (std::string line; std::getline(in, line);) {
    auto j = nlohmann::json::parse(line);
    gold[j["event_id"].get<std::string>()] = j["gold_incident"].get<std::string>();
  }
  return gold;
}

std::vector<Submission> Articles() {
  std::vector<Submission> out;
  ReadRecords(kFixture, [&](Submission&& s) { out.push_back(std::move(s)); },
              [](const io::InputError& e) { ADD_FAILURE() << e.ToString(); });
  return out;
}

// event_id -> the incident the system put it in.
using Assignment = std::map<std::string, std::string>;

struct Score {
  double precision = 0, recall = 0;
  size_t true_pairs = 0, predicted_pairs = 0, correct_pairs = 0;
};

Score PairwiseScore(const Assignment& system, const std::map<std::string, std::string>& gold) {
  std::vector<std::string> ids;
  for (const auto& [id, g] : gold) ids.push_back(id);
  Score s;
  for (size_t i = 0; i < ids.size(); ++i)
    for (size_t j = i + 1; j < ids.size(); ++j) {
      bool same_gold = gold.at(ids[i]) == gold.at(ids[j]);
      bool same_system = system.at(ids[i]) == system.at(ids[j]);
      s.true_pairs += same_gold;
      s.predicted_pairs += same_system;
      s.correct_pairs += same_gold && same_system;
    }
  s.precision = s.predicted_pairs ? double(s.correct_pairs) / s.predicted_pairs : 1;
  s.recall = s.true_pairs ? double(s.correct_pairs) / s.true_pairs : 1;
  return s;
}

Assignment FromStore(Store& db) {
  Assignment a;
  db.ForEachIncident({}, true, [&](const Incident& inc) {
    for (const auto& s : inc.sources) a[s.event.event_id] = inc.incident_id;
  });
  return a;
}

TEST(DedupSet, FixtureIsLargeAndVaried) {
  auto gold = GoldByEvent();
  std::set<std::string> incidents, countries;
  for (const auto& [id, g] : gold) incidents.insert(g);
  for (const auto& a : Articles())
    for (const auto& e : a.events) countries.insert(e.place.country_code);
  EXPECT_GE(gold.size(), 60u);
  EXPECT_GE(incidents.size(), 25u);
  for (const char* cc : {"SY", "IQ", "YE", "SD", "ML", "BF", "NE", "PS"}) EXPECT_TRUE(countries.contains(cc)) << cc;
}

TEST(DedupSet, PairwisePrecisionAndRecall) {
  auto gold = GoldByEvent();
  std::vector<Source> sources;
  for (auto& a : Articles())
    for (auto& e : a.events) sources.push_back(Source{e, a.article.published, a.article.url});
  Assignment system;
  for (const auto& group : Cluster(sources))
    for (size_t i : group) system[sources[i].event.event_id] = sources[group.front()].event.event_id;
  Score s = PairwiseScore(system, gold);
  fmt::print("dedup set: {} records, pairwise precision {:.3f} ({}/{}), recall {:.3f} ({}/{})\n", gold.size(),
             s.precision, s.correct_pairs, s.predicted_pairs, s.recall, s.correct_pairs, s.true_pairs);
  for (const auto& [id, g] : gold)
    for (const auto& [id2, g2] : gold)
      if (id < id2 && (g == g2) != (system[id] == system[id2]))
        fmt::print("  {} {} / {} {}: gold {}, system {}\n", id, g, id2, g2, g == g2 ? "same" : "different",
                   system[id] == system[id2] ? "same" : "different");
  EXPECT_GE(s.precision, 0.95);
  EXPECT_GE(s.recall, 0.95);
}

// The store on each backend, batch or one by one in any order, gives the
// incidents Cluster() gives: the same on SQLite and PostgreSQL.
class DedupSetStore : public ::testing::TestWithParam<Backend> {
 protected:
  // A fresh store, or nullptr after GTEST_SKIP() when the backend is not available.
  std::unique_ptr<Store> Fresh() {
    scratches_.push_back(std::make_unique<ScratchStore>(GetParam()));
    if (!scratches_.back()->unavailable().empty()) return nullptr;
    return scratches_.back()->Open();
  }
  void SetUp() override {
    ScratchStore probe(GetParam());
    if (!probe.unavailable().empty()) GTEST_SKIP() << probe.unavailable();
  }

 private:
  std::vector<std::unique_ptr<ScratchStore>> scratches_;
};

INSTANTIATE_TEST_SUITE_P(Backends, DedupSetStore, ::testing::Values(Backend::kSqlite, Backend::kPostgres), BackendName);

TEST_P(DedupSetStore, GivesTheSameIncidentsInAnyOrder) {
  auto gold = GoldByEvent();
  auto articles = Articles();
  auto batch = Fresh();
  batch->Ingest(articles);
  const Assignment expected = FromStore(*batch);
  Score s = PairwiseScore(expected, gold);
  fmt::print("dedup set through {}: pairwise precision {:.3f}, recall {:.3f}\n",
             BackendName({GetParam(), 0}), s.precision, s.recall);
  EXPECT_GE(s.precision, 0.95);
  EXPECT_GE(s.recall, 0.95);
  // Exactly the incidents of the pure clustering.
  std::vector<Source> sources;
  for (auto& a : articles)
    for (auto& e : a.events) sources.push_back(Source{e, a.article.published, a.article.url});
  Assignment clustered;
  for (const auto& group : Cluster(sources))
    for (size_t i : group) clustered[sources[i].event.event_id] = sources[group.front()].event.event_id;
  EXPECT_EQ(expected, clustered);

  std::mt19937 rng(2024);
  for (int order = 0; order < 3; ++order) {
    if (order == 0) std::reverse(articles.begin(), articles.end());
    else std::shuffle(articles.begin(), articles.end(), rng);
    auto db = Fresh();
    for (const auto& a : articles) db->Ingest({a});
    EXPECT_EQ(FromStore(*db), expected) << "order " << order;
  }
}

TEST_P(DedupSetStore, ReplacingAnArticleKeepsTheOtherSources) {
  auto articles = Articles();
  auto db = Fresh();
  db->Ingest(articles);
  auto before = FromStore(*db);
  // One outlet corrects its report of the Sarmin strike: 7 dead, and re-sends it.
  auto it = std::find_if(articles.begin(), articles.end(), [](const Submission& s) { return s.article.id == "sy-enab-0310"; });
  ASSERT_NE(it, articles.end());
  Submission changed = *it;
  changed.fingerprint = "corrected";
  changed.events[0].fatalities = 7;
  auto counts = db->Ingest({changed});
  EXPECT_EQ(counts.replaced, 1u);
  EXPECT_EQ(FromStore(*db), before);  // same incidents, same members
  int sarmin_sources = 0;
  db->ForEachIncident({}, true, [&](const Incident& inc) {
    for (const auto& s : inc.sources)
      if (s.event.article_id == "sy-enab-0310") {
        sarmin_sources = inc.sources_count;
        EXPECT_EQ(inc.fatalities.high, 7);
        EXPECT_EQ(inc.fatalities.low, 6);
      }
  });
  EXPECT_EQ(sarmin_sources, 4);
  // Same content again: nothing changes.
  counts = db->Ingest({changed});
  EXPECT_EQ(counts.unchanged, 1u);
  EXPECT_EQ(counts.events, 0u);
}

}  // namespace
}  // namespace rasad::store
