#include "io/feed_reader.h"

#include <gtest/gtest.h>

#include "io/io_test_util.h"

namespace rasad::io {
namespace {

using testing::FixturePath;
using testing::ReadBody;
using testing::ReadPath;

bool Has(const std::string& s, std::string_view part) { return s.find(part) != std::string::npos; }

TEST(FeedReader, Rss2ItemsAreArticles) {
  auto c = ReadPath(FixturePath("feed_rss.xml"));
  ASSERT_EQ(c.articles.size(), 4u) << c.ErrorText();
  const Article& a = c.articles[0];
  EXPECT_EQ(a.id, "https://news.example.net/news/2023/10/7/idlib-strike");
  EXPECT_EQ(a.url, a.id);
  EXPECT_EQ(a.title, "مقتل ثلاثة مدنيين بغارة جوية على ريف إدلب");
  EXPECT_EQ(a.source, "شبكة الأخبار العربية - سوريا");
  EXPECT_EQ(a.published->iso(), "2023-10-07");
  // content:encoded wins over description; HTML, scripts, "اقرأ أيضاً" and share links dropped.
  EXPECT_TRUE(a.text.starts_with("إدلب - قُتل ثلاثة مدنيين")) << a.text;
  EXPECT_TRUE(Has(a.text, "\nوقال الدفاع المدني"));
  for (std::string_view junk : {"<p>", "alert", "اقرأ", "حماة", "فيسبوك"}) EXPECT_FALSE(Has(a.text, junk)) << junk;
  // Escaped HTML in <description>; a trailing "المزيد" link dropped.
  EXPECT_EQ(c.articles[1].text, "قتل عنصران من الشرطة بانفجار عبوة ناسفة استهدفت دوريتهما في مدينة درعا، مساء الأحد.");
  EXPECT_EQ(c.articles[1].published->iso(), "2023-10-08");
  // Only a title: the title is the text; the guid is the id; dc:date.
  EXPECT_EQ(c.articles[2].id, "https://news.example.net/news/2023/10/9/deir-ezzor");
  EXPECT_EQ(c.articles[2].text, "عاجل | اشتباكات عنيفة في محيط دير الزور");
  EXPECT_EQ(c.articles[2].published->iso(), "2023-10-09");
  // A date that does not parse: reported, the article kept.
  EXPECT_FALSE(c.articles[3].published);
  ASSERT_EQ(c.errors.size(), 2u) << c.ErrorText();
  EXPECT_EQ(c.errors[0].line, 34u);
  EXPECT_TRUE(Has(c.errors[0].message, "neither title nor text"));
  EXPECT_EQ(c.errors[1].id, "https://news.example.net/news/bad-date");
  EXPECT_TRUE(Has(c.errors[1].message, "article kept"));
}

TEST(FeedReader, AtomEntriesAreArticles) {
  ReadOptions opts;
  auto c = ReadPath(FixturePath("feed_atom.xml"), opts);
  ASSERT_EQ(c.articles.size(), 3u) << c.ErrorText();
  EXPECT_TRUE(c.errors.empty()) << c.ErrorText();
  const Article& a = c.articles[0];
  EXPECT_EQ(a.id, "https://agency.example.org/2024/03/14/mosul");  // rel="alternate", not the enclosure
  EXPECT_EQ(a.title, "اعتقال خمسة عشر مطلوباً في الموصل");
  EXPECT_EQ(a.text, "اعتقلت قوات الأمن العراقية خمسة عشر مطلوبا في حملة دهم بمدينة الموصل اليوم.");
  EXPECT_EQ(a.published->iso(), "2024-03-14");  // <published> before <updated>
  EXPECT_EQ(a.source, "وكالة الأنباء المحلية");
  EXPECT_TRUE(Has(c.articles[1].text, "قتل ثلاثة مدنيين في غارة جوية إسرائيلية"));  // xhtml content
  EXPECT_TRUE(Has(c.articles[1].text, "وأصيب خمسة آخرون."));
  EXPECT_EQ(c.articles[1].published->iso(), "2024-03-13");  // <updated> alone
  EXPECT_EQ(c.articles[2].id, "tag:agency.example.org,2024:999");  // no link: the Atom id
  EXPECT_EQ(c.articles[2].text, "أعلنت الحكومة حالة الطوارئ في ثلاث محافظات.");
}

const char* kHead = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>ق</title>\n";

std::string Item(const std::string& link, const std::string& text) {
  return "<item><link>" + link + "</link><description>" + text + "</description></item>\n";
}

TEST(FeedReader, RecoverableXmlErrorsAreReportedAndReadingGoesOn) {
  // HTML entities are not XML: libxml2 recovers, the item is kept and the error named.
  std::string feed = std::string(kHead) + Item("https://a/1", "نص أول") + Item("https://a/2", "نص &nbsp; ثان") +
                     Item("https://a/3", "نص ثالث") + "</channel></rss>";
  auto c = ReadBody(feed, "f.xml");
  ASSERT_EQ(c.articles.size(), 3u) << c.ErrorText();
  EXPECT_EQ(c.articles[1].text, "نص ثان");
  ASSERT_EQ(c.errors.size(), 1u) << c.ErrorText();
  EXPECT_EQ(c.errors[0].id, "https://a/2");
  EXPECT_EQ(c.errors[0].line, 4u);
  EXPECT_TRUE(Has(c.errors[0].message, "Entity 'nbsp' not defined")) << c.errors[0].message;
  EXPECT_TRUE(Has(c.errors[0].message, "article kept"));
}

TEST(FeedReader, TruncatedFeedNamesTheItemCutShort) {
  std::string feed = std::string(kHead) + Item("https://a/1", "نص أول") + Item("https://a/2", "نص ثان");
  auto c = ReadBody(feed.substr(0, feed.size() - 30), "f.xml");
  ASSERT_EQ(c.articles.size(), 1u) << c.ErrorText();
  ASSERT_EQ(c.errors.size(), 1u) << c.ErrorText();
  EXPECT_EQ(c.errors[0].id, "https://a/2");
  EXPECT_EQ(c.errors[0].line, 4u);
}

TEST(FeedReader, NestingBeyondLibxml2sLimitStopsTheFeed) {
  std::string feed = std::string(kHead) + Item("https://a/1", "نص أول") + "<item><link>https://a/2</link><description>";
  for (int i = 0; i < 100000; ++i) feed += "<x>";
  auto c = ReadBody(feed, "f.xml");
  ASSERT_EQ(c.articles.size(), 1u) << c.ErrorText();
  ASSERT_EQ(c.errors.size(), 1u) << c.ErrorText();
  EXPECT_EQ(c.errors[0].id, "https://a/2");
  EXPECT_TRUE(Has(c.errors[0].message, "nested more than 256 levels")) << c.errors[0].message;
}

TEST(FeedReader, OversizedItemIsSkippedAndReadingGoesOn) {
  ReadOptions opts;
  opts.max_record_bytes = 1000;
  std::string feed = std::string(kHead) + Item("https://a/1", std::string(5000, 'x')) + Item("https://a/2", "نص ثان") +
                     "</channel></rss>";
  auto c = ReadBody(feed, "f.xml", opts);
  ASSERT_EQ(c.articles.size(), 1u) << c.ErrorText();
  EXPECT_EQ(c.articles[0].id, "https://a/2");
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].id, "https://a/1");
  EXPECT_TRUE(Has(c.errors[0].message, "longer than 1000 bytes"));
}

TEST(FeedReader, OtherXmlIsNamed) {
  auto c = ReadBody("<?xml version=\"1.0\"?><urlset><url><loc>https://x</loc></url></urlset>", "sitemap.xml");
  EXPECT_TRUE(c.articles.empty());
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_TRUE(Has(c.errors[0].message, "not an RSS or Atom feed: the root element is <urlset>"));
}

TEST(FeedReader, NoExternalEntitiesOrEntityBombs) {
  std::string xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                    "<rss><channel><item><link>https://a/1</link><description>قبل &x; بعد</description></item>"
                    "</channel></rss>";
  auto c = ReadBody(xxe, "f.xml");
  for (const auto& a : c.articles) EXPECT_FALSE(Has(a.text, "root:")) << a.text;
  std::string bomb = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\">";
  std::string prev = "a";
  for (int i = 0; i < 12; ++i) {
    std::string name = "e" + std::to_string(i);
    bomb += "<!ENTITY " + name + " \"";
    for (int k = 0; k < 10; ++k) bomb += "&" + prev + ";";
    bomb += "\">";
    prev = name;
  }
  bomb += "]><rss><channel><item><link>https://a/1</link><description>&" + prev + ";</description></item></channel></rss>";
  auto b = ReadBody(bomb, "bomb.xml");
  size_t total = 0;
  for (const auto& a : b.articles) total += a.text.size();
  EXPECT_LT(total, 100000000u);
}

}  // namespace
}  // namespace rasad::io
