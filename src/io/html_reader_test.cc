#include "io/html_reader.h"

#include <gtest/gtest.h>

#include "io/charset.h"
#include "io/io_test_util.h"

namespace rasad::io {
namespace {

using testing::Fixture;
using testing::FixturePath;
using testing::ReadPath;

bool Has(const std::string& s, std::string_view part) { return s.find(part) != std::string::npos; }

TEST(HtmlReader, NewsPageKeepsTheStoryAndDropsTheRest) {
  auto c = ReadPath(FixturePath("news_article.html"));
  ASSERT_EQ(c.articles.size(), 1u) << c.ErrorText();
  EXPECT_TRUE(c.errors.empty()) << c.ErrorText();
  const Article& a = c.articles[0];
  EXPECT_EQ(a.id, "news_article");
  EXPECT_EQ(a.title, "مقتل ثلاثة مدنيين بغارة جوية على ريف إدلب");
  EXPECT_EQ(a.published->iso(), "2023-10-07");
  EXPECT_EQ(a.url, "https://news.example.net/news/2023/10/7/idlib-strike");
  EXPECT_EQ(a.source, "شبكة الأخبار العربية");
  // The three paragraphs of the story, one a line.
  EXPECT_TRUE(a.text.starts_with("إدلب - قُتل ثلاثة مدنيين، بينهم طفل،")) << a.text;
  EXPECT_TRUE(Has(a.text, "\nوقال الدفاع المدني في بيان"));
  EXPECT_TRUE(a.text.ends_with("تكررت الغارات على أرياف إدلب وحلب.")) << a.text;
  EXPECT_EQ(std::count(a.text.begin(), a.text.end(), '\n'), 2);
  // Nothing from menus, scripts, styles, share buttons, "اقرأ أيضاً", ads, tags, comments, footer.
  for (std::string_view junk : {"الرئيسية", "gtag", "dataLayer", "font-family", "نص داخل سكربت", "فيسبوك", "شارك",
                                "اقرأ", "قصف مدفعي", "إعلان", "googletag", "عبوة ناسفة", "رحم الله", "الكلاسيكو",
                                "جميع الحقوق", "عاجل", "صورة أرشيفية", "ابحث"})
    EXPECT_FALSE(Has(a.text, junk)) << junk;
}

TEST(HtmlReader, PageWithoutSemanticMarkup) {
  auto c = ReadPath(FixturePath("news_article_no_markup.html"));
  ASSERT_EQ(c.articles.size(), 1u) << c.ErrorText();
  const Article& a = c.articles[0];
  EXPECT_EQ(a.published->iso(), "2023-10-12");  // <meta name="pubdate" content="20231012">
  EXPECT_TRUE(Has(a.text, "درعا - اندلعت اشتباكات بين مسلحين محليين"));
  EXPECT_TRUE(Has(a.text, "\nوذكرت مصادر محلية"));
  EXPECT_FALSE(Has(a.text, "خبر قصير"));
  EXPECT_FALSE(Has(a.text, "محليات"));
}

TEST(HtmlReader, LegacyWindows1256PageIsDecoded) {
  auto c = ReadPath(FixturePath("legacy_windows1256.html"));
  ASSERT_EQ(c.articles.size(), 1u) << c.ErrorText();
  const Article& a = c.articles[0];
  EXPECT_TRUE(Has(a.text, "اعتقلت قوات الأمن العراقية خمسة عشر مطلوبا في حملة دهم بمدينة الموصل اليوم")) << a.text;
  EXPECT_FALSE(Has(a.text, "الأرشيف"));
  EXPECT_EQ(a.title, "الأخبار المحلية");
}

TEST(HtmlReader, IndexPageHasNoArticle) {
  auto c = ReadPath(FixturePath("index_page.html"));
  EXPECT_TRUE(c.articles.empty());
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].id, "index_page");
  EXPECT_TRUE(Has(c.errors[0].message, "no article text")) << c.errors[0].message;
}

TEST(HtmlReader, WordPressClassesOnThePageFrameDoNotHideTheStory) {
  std::string page =
      "<html><body class=\"single single-post has-sidebar social-enabled\"><div class=\"site-content\">"
      "<article class=\"post type-post hentry category-news tag-idlib tag-syria\"><h1>عنوان</h1>"
      "<div class=\"entry-content\"><p>قتل ثلاثة مدنيين وأصيب خمسة آخرون في غارة جوية استهدفت منزلا في البلدة.</p>"
      "<div class=\"sharedaddy sd-sharing-enabled\"><a href=\"#\">Facebook</a></div></div></article>"
      "<div class=\"widget-area\"><p>نص جانبي طويل في الشريط الجانبي لا علاقة له بالخبر إطلاقا ولا بأي خبر آخر</p></div>"
      "</div></body></html>";
  std::string error;
  auto a = ParseHtmlPage(page, "", &error);
  ASSERT_TRUE(a) << error;
  EXPECT_EQ(a->text, "قتل ثلاثة مدنيين وأصيب خمسة آخرون في غارة جوية استهدفت منزلا في البلدة.");
}

TEST(HtmlReader, DateSources) {
  auto date = [](const std::string& head, const std::string& body = "") {
    std::string page = "<html><head>" + head + "</head><body>" + body +
                       "<p>قتل ثلاثة مدنيين وأصيب خمسة آخرون في غارة جوية استهدفت منزلا في البلدة.</p></body></html>";
    std::string error;
    auto a = ParseHtmlPage(page, "", &error);
    return a && a->published ? a->published->iso() : "-" + error;
  };
  EXPECT_EQ(date("<meta property=\"og:published_time\" content=\"2024-01-02T10:00:00Z\">"), "2024-01-02");
  EXPECT_EQ(date("<meta name=\"DC.date.issued\" content=\"2024/01/03\">"), "2024-01-03");
  EXPECT_EQ(date("<script type=\"application/ld+json\">[{\"@type\":\"WebPage\",\"datePublished\":\"2020-01-01\"},"
                 "{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-01-04T08:00:00+03:00\"}]</script>"),
            "2024-01-04");
  EXPECT_EQ(date("<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":[\"Article\"],"
                 "\"datePublished\":\"2024-01-05\"}]}</script>"),
            "2024-01-05");
  EXPECT_EQ(date("<script type=\"application/ld+json\">{not json</script>", "<time datetime=\"2024-01-06\">x</time>"),
            "2024-01-06");
  EXPECT_EQ(date("", "<span itemprop=\"datePublished\" content=\"2024-01-07\"></span>"), "2024-01-07");
  EXPECT_EQ(date("", "<time datetime=\"2024-01-01\">a</time><time pubdate datetime=\"2024-01-08\">b</time>"),
            "2024-01-08");
  EXPECT_EQ(date(""), "-");
}

TEST(HtmlReader, Charsets) {
  EXPECT_EQ(SniffHtmlCharset("<html><head><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=Windows-1256\">"),
            "windows-1256");
  EXPECT_EQ(SniffHtmlCharset("<meta charset='iso-8859-6'>"), "iso-8859-6");
  EXPECT_EQ(SniffHtmlCharset("<p>charset=utf-8</p>"), "");
  EXPECT_EQ(ContentTypeCharset("text/html; Charset=\"UTF-8\""), "utf-8");
  EXPECT_EQ(ToUtf8("\xDE\xCA\xE1", "windows-1256"), "قتل");
  EXPECT_EQ(ToUtf8("\xE2\xCA\xE4", "iso-8859-6"), "قتل");
  EXPECT_EQ(ToUtf8("قتل", "windows-1256"), "قتل");  // valid UTF-8 wins over a stale declaration
  EXPECT_EQ(ToUtf8("abc\xFF", "x-no-such-charset"), "abc\xEF\xBF\xBD");
  EXPECT_EQ(ToUtf8("abc\xFF", ""), "abc\xEF\xBF\xBD");
}

TEST(HtmlReader, FragmentText) {
  EXPECT_EQ(HtmlFragmentText("<p>سطر أول &amp; ثان</p><p>سطر&nbsp;ثالث<br>رابع</p><script>x()</script>"),
            "سطر أول & ثان\nسطر ثالث\nرابع");
  EXPECT_EQ(HtmlFragmentText("نص بلا وسوم"), "نص بلا وسوم");
  EXPECT_EQ(HtmlFragmentText("<a href=\"/x\">عنوان رابط فقط</a>"), "عنوان رابط فقط");
}

TEST(HtmlReader, DeepNestingIsRefusedQuickly) {
  std::string page = "<html><body>";
  for (int i = 0; i < 100000; ++i) page += "<div>";
  page += "نص";
  std::string error;
  EXPECT_FALSE(ParseHtmlPage(page, "", &error));
  EXPECT_TRUE(Has(error, "nested")) << error;
  // Tags that close themselves do not nest.
  std::string list = "<html><body><p>قتل ثلاثة مدنيين وأصيب خمسة آخرون في غارة جوية استهدفت منزلا.";
  for (int i = 0; i < 20000; ++i) list += "<p>فقرة<li>بند";
  EXPECT_TRUE(ParseHtmlPage(list, "", &error)) << error;
}

TEST(HtmlReader, FormattingElementBlowUpIsBounded) {
  // Unclosed formatting elements are re-opened in every paragraph (the HTML5
  // "reconstruct the active formatting elements" step): the memory budget
  // refuses the page instead of building hundreds of millions of nodes.
  std::string page = "<html><body>";
  for (int i = 0; i < 2000; ++i) page += "<font size=" + std::to_string(i) + ">";
  for (int i = 0; i < 200000; ++i) page += "<p>x";
  std::string error;
  auto a = ParseHtmlPage(page, "", &error);
  EXPECT_FALSE(a);
  EXPECT_TRUE(Has(error, "MiB")) << error;
}

}  // namespace
}  // namespace rasad::io
