#include "serve/article_view.h"

#include <gtest/gtest.h>

namespace rasad::serve {
namespace {

store::EvidenceSpan Span(const char* id, size_t begin, size_t end) { return {"event", id, id, begin, end}; }

TEST(ArticleView, SegmentsMarkOverlappingSpansAndRebuildTheText) {
  store::StoredArticle a;
  a.article.id = "x";
  a.article.text = "aaaa bbbb cccc";
  a.spans = {Span("x:e1", 0, 9), Span("x:e2", 5, 14)};
  auto j = ArticleJson(a);
  ASSERT_EQ(j["segments"].size(), 3u);
  EXPECT_EQ(j["segments"][0]["text"], "aaaa ");
  EXPECT_EQ(j["segments"][0]["records"], nlohmann::ordered_json::array({"x:e1"}));
  EXPECT_EQ(j["segments"][1]["text"], "bbbb");
  EXPECT_EQ(j["segments"][1]["records"], nlohmann::ordered_json::array({"x:e1", "x:e2"}));
  EXPECT_EQ(j["segments"][2]["records"], nlohmann::ordered_json::array({"x:e2"}));
  EXPECT_EQ(j["spans"][1]["begin"], 5);
}

TEST(ArticleView, OffsetsInsideACharacterOrPastTheEndStayValidUtf8) {
  store::StoredArticle a;
  a.article.text = "قتل اثنان";  // two-byte letters
  a.spans = {Span("e", 1, 100)};   // begins inside the first letter, ends past the text
  auto j = ArticleJson(a);
  std::string joined;
  for (const auto& s : j["segments"]) joined += s["text"].get<std::string>();
  EXPECT_EQ(joined, a.article.text);
  ASSERT_EQ(j["segments"].size(), 1u);
  EXPECT_EQ(j["segments"][0]["records"].size(), 1u);
  EXPECT_NO_THROW(j.dump());
}

TEST(ArticleView, TextWithoutSpansIsOneUnmarkedSegment) {
  store::StoredArticle a;
  a.article.text = "plain";
  auto j = ArticleJson(a);
  ASSERT_EQ(j["segments"].size(), 1u);
  EXPECT_TRUE(j["segments"][0]["records"].empty());
  EXPECT_EQ(j["title"], nullptr);
}

}  // namespace
}  // namespace rasad::serve
