#include "io/article_reader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace rasad::io {
namespace {

struct Collected {
  std::vector<Article> articles;
  std::vector<InputError> errors;
};

Collected ReadString(const std::string& body, ReadOptions opts = {}) {
  Collected c;
  std::istringstream in(body);
  ReadJsonLines(in, "in.jsonl", opts, [&](Article&& a) { c.articles.push_back(std::move(a)); },
                [&](const InputError& e) { c.errors.push_back(e); });
  return c;
}

TEST(ArticleReader, ReadsJsonLinesFields) {
  auto c = ReadString(
      R"({"id":"a1","text":"نص","published":"2022-12-16","url":"u","source":"s","title":"t"})" "\n"
      R"({"id":7,"text":"نص آخر","published":"2022-12-16T08:00:00Z"})" "\n");
  ASSERT_EQ(c.articles.size(), 2u);
  EXPECT_TRUE(c.errors.empty());
  EXPECT_EQ(c.articles[0].id, "a1");
  EXPECT_EQ(c.articles[0].published->iso(), "2022-12-16");
  EXPECT_EQ(c.articles[0].source, "s");
  EXPECT_EQ(c.articles[1].id, "7");
  EXPECT_EQ(c.articles[1].published->iso(), "2022-12-16");
}

TEST(ArticleReader, BadRecordsAreNamedAndOthersStillRead) {
  std::string body = R"({"id":"ok1","text":"أ"})" "\n"
                     "this is not json\n"
                     R"({"id":"notext"})" "\n"
                     "\n"
                     R"({"id":"bad-utf8","text":")" "\xC3\x28" R"("})" "\n"
                     R"({"id":"empty","text":"   "})" "\n"
                     R"({"id":"num","text":42})" "\n"
                     R"([1,2])" "\n"
                     R"({"id":"ok2","text":"ب"})" "\n";
  auto c = ReadString(body);
  ASSERT_EQ(c.articles.size(), 2u);
  EXPECT_EQ(c.articles[0].id, "ok1");
  EXPECT_EQ(c.articles[1].id, "ok2");
  ASSERT_EQ(c.errors.size(), 7u);
  EXPECT_EQ(c.errors[0].line, 2u);
  EXPECT_NE(c.errors[0].message.find("not valid JSON"), std::string::npos);
  EXPECT_EQ(c.errors[1].line, 3u);
  EXPECT_EQ(c.errors[1].id, "notext");
  EXPECT_NE(c.errors[1].ToString().find("in.jsonl:3 (id notext)"), std::string::npos);
  EXPECT_EQ(c.errors[2].message, "empty line");
  EXPECT_NE(c.errors[3].message.find("UTF-8"), std::string::npos);
  EXPECT_NE(c.errors[4].message.find("empty"), std::string::npos);
  EXPECT_NE(c.errors[5].message.find("not a string"), std::string::npos);
  EXPECT_NE(c.errors[6].message.find("object"), std::string::npos);
}

TEST(ArticleReader, DefaultsForIdAndPublication) {
  ReadOptions opts;
  opts.default_published = Date::Parse("2023-01-02");
  auto c = ReadString(R"({"text":"نص"})" "\n" R"({"text":"نص","published":"yesterday"})" "\n", opts);
  ASSERT_EQ(c.articles.size(), 2u);
  EXPECT_EQ(c.articles[0].id, "in.jsonl:1");
  EXPECT_EQ(c.articles[0].published->iso(), "2023-01-02");
  // A bad date is reported, the article kept with the default date.
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].line, 2u);
  EXPECT_EQ(c.articles[1].published->iso(), "2023-01-02");
}

TEST(ArticleReader, OverlongRecordRejectedWithoutStopping) {
  ReadOptions opts;
  opts.max_record_bytes = 64;
  std::string big = R"({"id":"big","text":")" + std::string(200, 'x') + "\"}\n";
  auto c = ReadString(big + R"({"id":"small","text":"y"})" "\n", opts);
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].id, "small");
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].line, 1u);
}

TEST(ArticleReader, PlainTextFileIsOneArticleNamedAfterTheFile) {
  auto dir = std::filesystem::temp_directory_path() / ("rasad_reader_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  auto path = (dir / "report-17.txt").string();
  std::ofstream(path) << "قتل عنصر.\nسطر ثان.";
  std::vector<Article> got;
  std::vector<InputError> errs;
  ReadArticles(path, {}, [&](Article&& a) { got.push_back(std::move(a)); }, [&](const InputError& e) { errs.push_back(e); });
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].id, "report-17");
  EXPECT_EQ(got[0].text, "قتل عنصر.\nسطر ثان.");
  ReadArticles((dir / "missing.txt").string(), {}, [&](Article&&) {}, [&](const InputError& e) { errs.push_back(e); });
  ASSERT_EQ(errs.size(), 1u);
  EXPECT_NE(errs[0].message.find("cannot open"), std::string::npos);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace rasad::io
