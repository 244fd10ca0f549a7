// Loading errors of the editable data files name the file and the line.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "geo/gazetteer.h"
#include "geo/overrides.h"
#include "geo/stopwords.h"

namespace rasad::geo {
namespace {

const char* kHeader = "names_ar\tname_en\ttype\tcc\tadmin1\tadmin2\tlat\tlon\tprecision\tradius_km\tamends\tnote\n";

std::string TempFile(const std::string& name, const std::string& content) {
  std::string path = (std::filesystem::temp_directory_path() / ("rasad_geo_" + name)).string();
  std::ofstream(path) << content;
  return path;
}

std::string Gz() { return RASAD_SOURCE_DIR "/data/gazetteer.tsv.zst"; }

// The message of the error that loading `overrides` throws ("" when none).
std::string OverrideError(const std::string& name, const std::string& content) {
  std::string path = TempFile(name, content);
  try {
    Gazetteer::LoadFiles(Gz(), path, "");
  } catch (const std::runtime_error& e) {
    return e.what();
  }
  return "";
}

TEST(Overrides, ParsesRowsAndComments) {
  auto rows = ParseOverrides("x.tsv", std::string("# a comment\n") + kHeader +
                                          "\n# another\nمخيم س|س\tS camp\tcamp\tSY\tAleppo\t\t36.1\t37.2\t\t\t\tnote\n"
                                          "منطقة ع\tRegion A\tregion\tNG,NE\t\t\t12\t3\t3\t800\t\t\n");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_DOUBLE_EQ(rows[1].radius_km, 800);
  EXPECT_DOUBLE_EQ(rows[0].radius_km, 0);
  EXPECT_EQ(rows[0].line, 5);
  EXPECT_EQ(rows[0].names_ar.size(), 2u);
  EXPECT_EQ(*rows[0].type, PlaceType::kCamp);
  EXPECT_DOUBLE_EQ(*rows[0].lat, 36.1);
  EXPECT_EQ(rows[1].ccs.size(), 2u);
  EXPECT_EQ(rows[1].precision, 3);
}

// The message of the error that parsing `content` throws ("" when none).
std::string ParseError(const std::string& name, const std::string& content) {
  try {
    ParseOverrides(name, content);
  } catch (const std::runtime_error& e) {
    return e.what();
  }
  return "";
}

TEST(Overrides, BadRowsNameFileAndLine) {
  // Rows that are wrong in themselves (checked by the parser)...
  struct { const char* row; const char* why; } syntax[] = {
      {"مخيم س\tS camp\tcampsite\tSY\t\t\t36\t37\t\t\t\t\n", "unknown type"},
      {"مخيم س\tS camp\tcamp\tSyria\t\t\t36\t37\t\t\t\t\n", "bad country code"},
      {"مخيم س\tS camp\tcamp\tSY\t\t\t136\t37\t\t\t\t\n", "bad lat"},
      {"مخيم س\tS camp\tcamp\tSY\t\t\tabc\t37\t\t\t\t\n", "bad lat"},
      {"مخيم س\tS camp\tcamp\tSY\t\t\t36\t37\t5\t\t\t\n", "precision"},
      {"منطقة ع\tRegion A\tregion\tSY\t\t\t36\t37\t3\t-5\t\t\n", "bad radius_km"},
      {"مخيم س\tS camp\tcamp\tSY\t\t\t36\t37\t\t20\t\t\n", "radius_km is for a region"},
      {"مخيم س\tS camp\tcamp\tSY\t\t\t36\n", "fields"},
      {"\tS camp\tcamp\tSY\t\t\t36\t37\t\t\t\t\n", "names_ar is empty"},
      {"مخيم س\tS camp\tcamp\tSY\t\t\t\t\t\t\t\t\n", "lat/lon are required"},
      {"مخيم س\tS camp\tcamp\tSY,IQ\t\t\t36\t37\t\t\t\t\n", "only allowed for type region"},
      {"س\t\t\t\t\t\t\t\t\t\tosm:12\t\n", "amends must be"},
  };
  int n = 0;
  for (const auto& c : syntax) {
    std::string name = "syntax_" + std::to_string(n++) + ".tsv";
    std::string err = ParseError(name, std::string("# comment\n") + kHeader + "# another comment\n" + c.row);
    EXPECT_NE(err.find(name + ":4: "), std::string::npos) << c.row << " -> " << err;
    EXPECT_NE(err.find(c.why), std::string::npos) << c.row << " -> " << err;
  }
  // ...and rows that do not fit the gazetteer (checked while loading).
  struct { const char* row; const char* why; } cases[] = {
      {"مخيم س\tS camp\tcamp\tSY\tNowhere\t\t36\t37\t\t\t\t\n", "unknown admin1 'Nowhere'"},
      {"مخيم س\tS camp\tcamp\tSY\tAleppo\tNowhere\t36\t37\t\t\t\t\n", "unknown admin2 'Nowhere'"},
      {"مخيم س\tS camp\tcamp\tXX\t\t\t36\t37\t\t\t\t\n", "unknown country 'XX'"},
      {"س\t\t\t\t\t\t\t\t\t\twof:1\t\n", "not in the gazetteer"},
  };
  for (const auto& c : cases) {
    std::string name = "bad_" + std::to_string(n++) + ".tsv";
    std::string err = OverrideError(name, std::string("# comment\n") + kHeader + "# another comment\n" + c.row);
    EXPECT_NE(err.find(name + ":4: "), std::string::npos) << c.row << " -> " << err;
    EXPECT_NE(err.find(c.why), std::string::npos) << c.row << " -> " << err;
  }
  std::string err = OverrideError("no_header.tsv", "# only comments\n");
  EXPECT_NE(err.find("no_header.tsv:1: missing header"), std::string::npos) << err;
  err = OverrideError("bad_header.tsv", "names\tname_en\ttype\tcc\tadmin1\tadmin2\tlat\tlon\tprecision\t\tamends\n");
  EXPECT_NE(err.find("bad_header.tsv:1: header column 1"), std::string::npos) << err;
}

TEST(Overrides, AGoodRowAddsAPlace) {
  std::string path = TempFile("good.tsv", std::string(kHeader) +
                                              "مخيم الاختبار|معسكر الاختبار\tTest camp\tcamp\tSY\tAleppo\t\t36.2\t37.1\t\t\t\t\n");
  auto g = Gazetteer::LoadFiles(Gz(), path, "");
  auto ids = g->Lookup(Gazetteer::CanonicalKey("معسكر الاختبار"));
  ASSERT_EQ(ids.size(), 1u);
  const Place& p = g->place(ids[0]);
  EXPECT_EQ(p.name_en, "Test camp");
  EXPECT_EQ(p.name_ar, "مخيم الاختبار");
  EXPECT_EQ(p.type, PlaceType::kCamp);
  EXPECT_TRUE(p.from_override);
  ASSERT_GE(p.admin1, 0);
  EXPECT_EQ(g->place(static_cast<uint32_t>(p.admin1)).name_en, "Aleppo");
  EXPECT_EQ(g->stats().overrides, 1u);
}

TEST(Stopwords, FormatAndErrors) {
  auto lines = ParseStopwords("s.txt", "# header\nالسوق\ttype\t# why\nمالي\tprep\n\nمحمد\n");
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_FALSE(lines[0].preposition_ok);
  EXPECT_TRUE(lines[1].preposition_ok);
  EXPECT_EQ(lines[2].line, 5);
  try {
    ParseStopwords("s.txt", "السوق\n\nالنصر\tsometimes\n");
    FAIL() << "expected an error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("s.txt:3: unknown cue"), std::string::npos) << e.what();
  }
  std::string path = TempFile("stop.txt", "# x\nالسوق\tprep\tbad\n");
  try {
    Gazetteer::LoadFiles(Gz(), "", path);
    FAIL() << "expected an error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("stop.txt:2:"), std::string::npos) << e.what();
  }
}

TEST(Gazetteer, MissingOrCorruptArtifactIsAnError) {
  EXPECT_THROW(Gazetteer::LoadFiles("/nonexistent/gazetteer.tsv.zst", "", ""), std::runtime_error);
  std::string path = TempFile("corrupt.zst", "this is not zstd");
  try {
    Gazetteer::LoadFiles(path, "", "");
    FAIL() << "expected an error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("corrupt.zst"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace rasad::geo
