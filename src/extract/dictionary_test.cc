#include "extract/dictionary.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>

#include "lexicon/tsv.h"
#include "text/normalize.h"

namespace rasad::extract {
namespace {

const std::string kData = RASAD_SOURCE_DIR "/data";

TEST(Dictionary, LoadsTheShippedDictionaries) {
  Dictionary d = Dictionary::Load(kData);
  EXPECT_GT(d.actors().size(), 100u);
  std::string s = text::Normalize("قُتل عنصر من “قسد” إثر هجوم لـ\"داعش\" بعبوة ناسفة").text;
  std::set<std::pair<uint32_t, uint32_t>> actor_spans;  // several rows may share an alias
  int triggers = 0;
  for (const auto& h : d.Scan(s)) {
    if (h.kind == HitKind::kActor) actor_spans.insert({h.begin, h.end});
    if (h.kind == HitKind::kTrigger) ++triggers;
  }
  EXPECT_EQ(actor_spans.size(), 2u);
  EXPECT_GE(triggers, 2);  // هجوم, عبوة ناسفة
}

TEST(Dictionary, LongestTriggerWins) {
  Dictionary d = Dictionary::Load(kData);
  std::string s = text::NormalizeKey("تعرضت البلدة لقصف جوي عنيف");
  std::vector<TriggerClass> classes;
  for (const auto& h : d.Scan(s))
    if (h.kind == HitKind::kTrigger) classes.push_back(d.trigger(h.index));
  ASSERT_EQ(classes.size(), 1u);
  EXPECT_EQ(classes[0], TriggerClass::kAir);
}

TEST(Dictionary, AGapCueMatchesOnlyWithItsTail) {
  Dictionary d = Dictionary::Load(kData);
  auto kills = [&](const char* text) {
    int n = 0;
    for (const auto& h : d.Scan(text::Normalize(text).text))
      if (h.kind == HitKind::kCue && d.cue(h.index).role == CueRole::kKill) ++n;
    return n;
  };
  EXPECT_EQ(kills("فارق عامل الإغاثة الحياة صباح اليوم"), 1);   // the subject between
  EXPECT_EQ(kills("فارقت الحياة طفلة في المستشفى"), 1);          // side by side
  EXPECT_EQ(kills("فاز المرشح بفارق ضئيل عن منافسه"), 0);        // no tail
  EXPECT_EQ(kills("توفي الشاب متأثرا بإصابته"), 1);
  EXPECT_EQ(kills("توفي الكاتب عن عمر ناهز الثمانين عاما"), 0);
}

TEST(Dictionary, OneListOfBelongingWords) {
  Dictionary d = Dictionary::Load(kData);
  auto belonging = [&](const char* word) {
    for (const auto& h : d.Scan(text::Normalize(word).text))
      if (h.kind == HitKind::kCue && d.cue(h.index).role == CueRole::kBelonging) return true;
    return false;
  };
  for (const char* w : {"تابعة", "تابع", "التابعة", "التابعه", "التابع", "تابعين", "تابعون", "التابعين"})
    EXPECT_TRUE(belonging(w)) << w;
  EXPECT_FALSE(belonging("متابعة"));
}

TEST(Dictionary, AnalystAddsAMilitiaWithoutRebuilding) {
  auto dir = std::filesystem::temp_directory_path() / ("rasad_dict_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  for (const char* f : {"triggers.tsv", "cues.tsv"})
    std::filesystem::copy_file(kData + "/" + f, dir / f, std::filesystem::copy_options::overwrite_existing);
  std::ofstream(dir / "actors.tsv") << "key\tname\tinter\tcountries\taliases\tanaphors\n"
                                     << "NEWMIL\tNew Militia\t3\tSY\tكتائب الاختبار|لواء الاختبار\t\n";
  std::ofstream(dir / "actor_adjectives.tsv") << "adjective\tactors\n";
  Dictionary d = Dictionary::Load(dir.string());
  auto hits = d.Scan(text::NormalizeKey("هاجمت كتائب الاختبار موقعا"));
  bool found = false;
  for (const auto& h : hits)
    if (h.kind == HitKind::kActor && d.actors()[h.index].key == "NEWMIL") found = true;
  EXPECT_TRUE(found);
  std::filesystem::remove_all(dir);
}

TEST(Dictionary, AnEditedDictionaryNeverLoadsAStaleDatabase) {
  // The compiled phrase database is cached on disk (lexicon/database_cache.h): after an
  // analyst's edit the next load must see the edit, and after undoing it, not any more.
  auto root = std::filesystem::temp_directory_path() / ("rasad_dict_cache_" + std::to_string(::getpid()));
  auto dir = root / "data";
  std::filesystem::create_directories(dir);
  for (const char* f : {"actors.tsv", "actor_adjectives.tsv", "triggers.tsv", "cues.tsv"})
    std::filesystem::copy_file(kData + "/" + f, dir / f, std::filesystem::copy_options::overwrite_existing);
  const char* old_xdg = std::getenv("XDG_CACHE_HOME");
  const std::string saved_xdg = old_xdg ? old_xdg : "";
  setenv("XDG_CACHE_HOME", (root / "cache").c_str(), 1);
  auto finds_new_militia = [&] {
    Dictionary d = Dictionary::Load(dir.string());
    for (const auto& h : d.Scan(text::NormalizeKey("هاجمت كتائب الاختبار موقعا")))
      if (h.kind == HitKind::kActor && d.actors()[h.index].key == "NEWMIL") return true;
    return false;
  };
  EXPECT_FALSE(finds_new_militia());
  EXPECT_FALSE(finds_new_militia());  // (now from the cache)
  const std::string shipped = [&] {
    std::ifstream in(dir / "actors.tsv");
    return std::string(std::istreambuf_iterator<char>(in), {});
  }();
  std::ofstream(dir / "actors.tsv", std::ios::app) << "NEWMIL\tNew Militia\t3\tSY\tكتائب الاختبار\t\n";
  EXPECT_TRUE(finds_new_militia());
  EXPECT_TRUE(finds_new_militia());
  std::ofstream(dir / "actors.tsv") << shipped;
  EXPECT_FALSE(finds_new_militia());
  EXPECT_FALSE(std::filesystem::is_empty(root / "cache" / "rasad"));
  if (old_xdg) setenv("XDG_CACHE_HOME", saved_xdg.c_str(), 1);
  else unsetenv("XDG_CACHE_HOME");
  std::filesystem::remove_all(root);
}

TEST(Dictionary, BadRowNamesFileAndLine) {
  auto dir = std::filesystem::temp_directory_path() / ("rasad_dict_bad_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  for (const char* f : {"triggers.tsv", "cues.tsv"})
    std::filesystem::copy_file(kData + "/" + f, dir / f, std::filesystem::copy_options::overwrite_existing);
  std::ofstream(dir / "actors.tsv") << "key\tname\tinter\tcountries\taliases\tanaphors\n"
                                     << "# comment\n"
                                     << "BAD\tBad Actor\t9\tSY\tشيء\t\n";
  std::ofstream(dir / "actor_adjectives.tsv") << "adjective\tactors\n";
  try {
    Dictionary::Load(dir.string());
    FAIL() << "expected an error";
  } catch (const lexicon::DictionaryError& e) {
    EXPECT_NE(std::string(e.what()).find("actors.tsv:3:"), std::string::npos) << e.what();
  }
  std::filesystem::remove_all(dir);
}

TEST(Dictionary, OneWordNamesWrittenOnlyWithTheArticleNeedIt) {
  Dictionary d = Dictionary::Load(kData);
  const Actor* pmf = d.FindActor("PMF");
  ASSERT_NE(pmf, nullptr);
  uint32_t row = static_cast<uint32_t>(pmf - d.actors().data());
  EXPECT_TRUE(d.NeedsArticle(row, text::NormalizeKey("حشد")));      // listed only as "الحشد"
  EXPECT_FALSE(d.NeedsArticle(row, text::NormalizeKey("الحشد الشعبي")));
}

TEST(Dictionary, PersonCuesStandBesideOtherCuesAndNoneTriggersHide) {
  Dictionary d = Dictionary::Load(kData);
  // "عنصر" (a person) inside "عنصر في" (a target cue): both kept, apart.
  std::string s = text::NormalizeKey("قتل عنصر في الجيش");
  std::set<CueRole> roles;
  for (const auto& h : d.Scan(s))
    if (h.kind == HitKind::kCue && h.begin == s.find(text::NormalizeKey("عنصر"))) roles.insert(d.cue(h.index).role);
  EXPECT_EQ(roles, (std::set<CueRole>{CueRole::kPerson, CueRole::kTarget}));
  // "سيطرت على مواقع" tells of no incident: neither it nor "سيطرت" is a trigger hit.
  for (const auto& h : d.Scan(text::NormalizeKey("سيطرت على مواقع"))) EXPECT_NE(h.kind, HitKind::kTrigger);
}

}  // namespace
}  // namespace rasad::extract
