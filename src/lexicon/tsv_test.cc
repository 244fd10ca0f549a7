#include "lexicon/tsv.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace rasad::lexicon {
namespace {

std::string Write(const std::string& body) {
  auto path = (std::filesystem::temp_directory_path() / ("rasad_tsv_" + std::to_string(::getpid()) + ".tsv")).string();
  std::ofstream(path) << body;
  return path;
}

TEST(Tsv, ReadsRowsSkippingCommentsAndBlanks) {
  auto path = Write("# comment\nkey\tname\n\nA\tfirst\n# x\nB\tsecond|third\n");
  std::vector<std::string> keys;
  ReadTsv(path, {"key", "name"}, [&](const TsvRow& r) {
    keys.emplace_back(r.get("key"));
    if (r.get("key") == "B") {
      EXPECT_EQ(SplitList(r.get("name")).size(), 2u);
      EXPECT_EQ(r.line, 6);
    }
  });
  EXPECT_EQ(keys, (std::vector<std::string>{"A", "B"}));
  std::remove(path.c_str());
}

TEST(Tsv, ErrorsNameFileAndLine) {
  auto path = Write("key\tname\nA\tb\tc\n");
  try {
    ReadTsv(path, {"key"}, [](const TsvRow&) {});
    FAIL() << "expected an error";
  } catch (const DictionaryError& e) {
    EXPECT_NE(std::string(e.what()).find(path + ":2:"), std::string::npos) << e.what();
  }
  auto path2 = Write("key\nA\n");
  EXPECT_THROW(ReadTsv(path2, {"key", "name"}, [](const TsvRow&) {}), DictionaryError);
  EXPECT_THROW(ReadTsv("/nonexistent/x.tsv", {}, [](const TsvRow&) {}), DictionaryError);
  std::remove(path.c_str());
  std::remove(path2.c_str());
}

}  // namespace
}  // namespace rasad::lexicon
