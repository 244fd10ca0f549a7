// The dev-set bar: extracts ../shared/eval/dev with the shipped data and
// scores it with the referee (score.py). Skips, saying why, where ../shared
// or python3 is absent (a clone outside the workspace).
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "extract/extractor.h"
#include "io/record_json.h"

namespace rasad::extract {
namespace {

namespace fs = std::filesystem;

// The core-pipeline issue's bar on dev: strict F1 >= 0.80, loose F1 >= 0.85, each
// casualty field >= 0.90, at least 15 of the 18 tallies and 90% of their numbers.
// The project's own sets have regression floors just under what they measure now:
// tests/fixtures/gold strict 0.864, 59 of 60 tallies; tests/fixtures/heldout (first
// measured at 0.615 before any rule was tuned on it) 0.926, 25 of 27; tests/fixtures/exam
// (blind at 0.675, since tuned on) 0.992, 14 of 15; tests/fixtures/exam3 (blind at 0.672,
// since tuned on) 0.912, 10 of 13; tests/fixtures/exam4 (blind at 0.761, since tuned on)
// 0.905, 18 of 23; tests/fixtures/exam2 (blind: never tuned on) 0.862, 9 of 13;
// tests/fixtures/exam5 (blind: never tuned on) 0.727, 10 of 19; tests/fixtures/exam6
// (blind: never tuned on) 0.850, 9 of 13; tests/fixtures/exam7 (blind: never tuned on) 0.825,
// 8 of 12. Raise them as extraction improves, never lower them.
constexpr double kMinStrictF1 = 0.80;
constexpr double kMinLooseF1 = 0.85;
constexpr double kMinCasualtyField = 0.90;
constexpr int kMinTallies = 15;
constexpr double kMinTallyNumbers = 0.90;
constexpr double kMinOwnStrictF1 = 0.85;
constexpr int kMinOwnTallies = 58;
constexpr double kMinHeldOutStrictF1 = 0.91;
constexpr int kMinHeldOutTallies = 24;
constexpr double kMinExamStrictF1 = 0.97;
constexpr int kMinExamTallies = 13;
constexpr double kMinExam3StrictF1 = 0.90;
constexpr int kMinExam3Tallies = 9;
constexpr double kMinExam4StrictF1 = 0.89;
constexpr int kMinExam4Tallies = 16;
constexpr double kMinBlindStrictF1 = 0.85;
constexpr int kMinBlindTallies = 8;
constexpr double kMinSecondBlindStrictF1 = 0.71;
constexpr int kMinSecondBlindTallies = 9;
constexpr double kMinThirdBlindStrictF1 = 0.84;
constexpr int kMinThirdBlindTallies = 8;
constexpr double kMinFourthBlindStrictF1 = 0.81;
constexpr int kMinFourthBlindTallies = 7;

std::string Run(const std::string& cmd) {
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return out;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  pclose(p);
  return out;
}

nlohmann::json ScoreDir(const fs::path& gold_dir, const std::string& tag) {
  Extractor x(RASAD_SOURCE_DIR "/data");
  fs::path out = fs::temp_directory_path() / ("rasad_" + tag + "_" + std::to_string(::getpid()) + ".jsonl");
  {
    std::ofstream o(out);
    std::vector<fs::path> files;
    for (const auto& f : fs::directory_iterator(gold_dir))
      if (f.path().extension() == ".json") files.push_back(f.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      std::ifstream in(f);
      auto g = nlohmann::json::parse(in);
      Article a;
      a.id = g["id"].get<std::string>();
      a.text = g["text"].get<std::string>();
      if (g.contains("published") && g["published"].is_string()) a.published = Date::Parse(g["published"].get<std::string>());
      if (g.contains("source") && g["source"].is_string()) a.source = g["source"].get<std::string>();
      auto r = x.Extract(a);
      for (const auto& t : r.tallies) o << io::ToLine(io::TallyJson(t)) << '\n';
      for (const auto& e : r.events) o << io::ToLine(io::EventJson(e)) << '\n';
    }
  }
  std::string shared = RASAD_SHARED_DIR;
  std::string json = Run("python3 " + shared + "/eval/score.py " + gold_dir.string() + " " + out.string() + " --json");
  fs::remove(out);
  return nlohmann::json::parse(json, nullptr, false);
}

TEST(DevScore, MeetsTheBar) {
  fs::path shared = RASAD_SHARED_DIR;
  if (!fs::exists(shared / "eval" / "score.py") || !fs::exists(shared / "eval" / "dev"))
    GTEST_SKIP() << "../shared/eval is not here (a clone outside the workspace): dev-set score not measured";
  if (std::system("python3 --version >/dev/null 2>&1") != 0) GTEST_SKIP() << "python3 not installed: cannot run score.py";
  auto s = ScoreDir(shared / "eval" / "dev", "dev");
  ASSERT_TRUE(s.is_object()) << "score.py gave no JSON";
  std::cout << s.dump(1) << std::endl;
  EXPECT_GE(s["strict_f1"].get<double>(), kMinStrictF1);
  EXPECT_GE(s["loose_f1"].get<double>(), kMinLooseF1);
  for (const char* field : {"killed", "wounded", "killed_or_wounded", "arrested"}) {
    const auto& v = s["field_accuracy"][field];
    if (!v.is_null()) {  // null: no gold pair states it
      EXPECT_GE(v.get<double>(), kMinCasualtyField) << field;
    }
  }
  EXPECT_GE(s["tallies_matched"].get<int>(), kMinTallies);
  std::string numbers = s["tally_numbers"].get<std::string>();  // "right/total"
  size_t slash = numbers.find('/');
  ASSERT_NE(slash, std::string::npos) << numbers;
  double right = std::stod(numbers.substr(0, slash)), total = std::stod(numbers.substr(slash + 1));
  EXPECT_GE(total > 0 ? right / total : 1.0, kMinTallyNumbers) << numbers;
}

// Scores one of the project's own gold sets against its floors.
void ExpectOwnSet(const char* dir, double min_strict_f1, int min_tallies) {
  fs::path gold = fs::path(RASAD_SOURCE_DIR) / "tests" / "fixtures" / dir;
  fs::path shared = RASAD_SHARED_DIR;
  if (!fs::exists(gold)) GTEST_SKIP() << "no tests/fixtures/" << dir;
  if (!fs::exists(shared / "eval" / "score.py"))
    GTEST_SKIP() << "../shared/eval/score.py is not here: the referee is needed to score";
  auto s = ScoreDir(gold, dir);
  ASSERT_TRUE(s.is_object());
  std::cout << s.dump(1) << std::endl;
  EXPECT_GE(s["strict_f1"].get<double>(), min_strict_f1);
  EXPECT_GE(s["tallies_matched"].get<int>(), min_tallies);
}

TEST(DevScore, OwnHeldOutArticlesScore) { ExpectOwnSet("gold", kMinOwnStrictF1, kMinOwnTallies); }

TEST(DevScore, LaterHeldOutArticlesScore) { ExpectOwnSet("heldout", kMinHeldOutStrictF1, kMinHeldOutTallies); }

TEST(DevScore, ExamArticlesScore) { ExpectOwnSet("exam", kMinExamStrictF1, kMinExamTallies); }

TEST(DevScore, ThirdExamArticlesScore) { ExpectOwnSet("exam3", kMinExam3StrictF1, kMinExam3Tallies); }

TEST(DevScore, FourthExamArticlesScore) { ExpectOwnSet("exam4", kMinExam4StrictF1, kMinExam4Tallies); }

TEST(DevScore, BlindArticlesScore) { ExpectOwnSet("exam2", kMinBlindStrictF1, kMinBlindTallies); }

TEST(DevScore, SecondBlindArticlesScore) {
  ExpectOwnSet("exam5", kMinSecondBlindStrictF1, kMinSecondBlindTallies);
}

TEST(DevScore, ThirdBlindArticlesScore) { ExpectOwnSet("exam6", kMinThirdBlindStrictF1, kMinThirdBlindTallies); }

TEST(DevScore, FourthBlindArticlesScore) {
  ExpectOwnSet("exam7", kMinFourthBlindStrictF1, kMinFourthBlindTallies);
}

}  // namespace
}  // namespace rasad::extract
