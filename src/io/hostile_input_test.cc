// Hostile and broken input through the readers: each gives correct output or
// one clear error naming the record, never a crash or a hang, and the other
// records are unaffected.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

#include "io/article_reader.h"
#include "io/io_test_util.h"

namespace rasad::io {
namespace {

using testing::Collected;
using testing::Gzip;
using testing::kSlowBuild;
using testing::ReadBody;
using testing::ReadPath;
using testing::TempDir;

bool Has(const std::string& s, std::string_view part) { return s.find(part) != std::string::npos; }

std::string Line(const std::string& id, const std::string& text) {
  return R"({"id":")" + id + R"(","text":")" + text + "\"}\n";
}

TEST(HostileInput, InvalidUtf8) {
  // JSON Lines: the bad line is rejected, naming its line and byte.
  auto c = ReadBody(Line("a", "نص") + Line("b", "\xD9\x82\xFF\xFE") + Line("c", "نص"), "x.jsonl");
  ASSERT_EQ(c.articles.size(), 2u);
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].line, 2u);
  EXPECT_TRUE(Has(c.errors[0].message, "invalid UTF-8 at byte"));
  // Plain text: rejected, with the offset.
  c = ReadBody("قتل عنصر \xC0\x80 في", "report.txt");
  EXPECT_TRUE(c.articles.empty());
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].id, "report");
  EXPECT_TRUE(Has(c.errors[0].message, "invalid UTF-8 at byte 16")) << c.errors[0].message;
  // HTML declared UTF-8: ill-formed bytes become U+FFFD, as browsers do.
  c = ReadBody("<html><body><p>قتل ثلاثة مدنيين وأصيب خمسة آخرون \xFF\xFE في غارة جوية على البلدة.</p></body></html>",
               "p.html");
  ASSERT_EQ(c.articles.size(), 1u) << c.ErrorText();
  EXPECT_TRUE(Has(c.articles[0].text, "\xEF\xBF\xBD"));
  // A feed: libxml2 stops at the bad byte and the error names the item.
  c = ReadBody("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss><channel><item><link>https://a/1</link><description>نص</description></item>"
               "<item><link>https://a/2</link><description>\xFF</description></item></channel></rss>",
               "f.xml");
  EXPECT_EQ(c.articles.size(), 1u);
  ASSERT_EQ(c.errors.size(), 1u) << c.ErrorText();
  EXPECT_EQ(c.errors[0].id, "https://a/2");
  EXPECT_TRUE(Has(c.errors[0].message, "UTF-8")) << c.errors[0].message;
}

TEST(HostileInput, NulBytes) {
  std::string nul_raw = std::string(R"({"id":"raw","text":"قتل)") + '\0' + "\"}\n";
  auto c = ReadBody(Line("a", "نص") + nul_raw + Line("escaped", "قتل\\u0000عنصر") + Line("b", "نص"), "x.jsonl");
  ASSERT_EQ(c.articles.size(), 2u) << c.ErrorText();
  EXPECT_EQ(c.articles[1].id, "b");
  ASSERT_EQ(c.errors.size(), 2u);
  EXPECT_EQ(c.errors[0].line, 2u);
  EXPECT_TRUE(Has(c.errors[0].message, "not valid JSON"));
  EXPECT_EQ(c.errors[1].id, "escaped");
  EXPECT_TRUE(Has(c.errors[1].message, "NUL character"));
  c = ReadBody(std::string("نص عادي") + '\0' + "بعده", "binary.txt");
  EXPECT_TRUE(c.articles.empty());
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_TRUE(Has(c.errors[0].message, "NUL byte at byte 13"));
  c = ReadBody(std::string("<html><body><p>قتل ثلاثة مدنيين وأصيب خمسة آخرون") + '\0' +
                   " في غارة جوية استهدفت منزلا في البلدة.</p></body></html>",
               "p.html");
  ASSERT_EQ(c.articles.size(), 1u) << c.ErrorText();
  EXPECT_FALSE(Has(c.articles[0].text, std::string(1, '\0')));
}

TEST(HostileInput, FiftyMegabyteArticle) {
  TempDir dir;
  std::string sentence = "قتل ثلاثة مدنيين وأصيب خمسة آخرون في غارة جوية على بلدة سرمين. ";
  const size_t size = kSlowBuild ? (8u << 20) : (50u << 20);
  std::string text;
  text.reserve(size);
  while (text.size() < size) text += sentence;
  {
    std::ofstream out(dir.File("big.jsonl"), std::ios::binary);
    out << Line("before", "نص") << R"({"id":"big","text":")" << text << "\"}\n" << Line("after", "نص");
  }
  dir.Write("big.txt", text);
  // By default the readers deliver it intact (the text limit is 64 MiB).
  auto c = ReadPath(dir.File("big.jsonl"));
  ASSERT_EQ(c.articles.size(), 3u) << c.ErrorText();
  EXPECT_TRUE(c.articles[1].text == text);
  c = ReadPath(dir.File("big.txt"));
  ASSERT_EQ(c.articles.size(), 1u) << c.ErrorText();
  EXPECT_TRUE(c.articles[0].text == text);
  // Over the text limit: one clear error naming the record, the small records still read.
  ReadOptions narrow;
  narrow.max_text_bytes = size / 2;
  c = ReadPath(dir.File("big.jsonl"), narrow);
  ASSERT_EQ(c.articles.size(), 2u) << c.ErrorText();
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].line, 2u);
  EXPECT_EQ(c.errors[0].id, "big");
  EXPECT_TRUE(Has(c.errors[0].message, "is longer than " + std::to_string(size / 2))) << c.errors[0].message;
  c = ReadPath(dir.File("big.txt"), narrow);
  EXPECT_TRUE(c.articles.empty());
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].id, "big");
  // Over the record limit: never read whole.
  ReadOptions small;
  small.max_record_bytes = size / 5;
  c = ReadPath(dir.File("big.jsonl"), small);
  ASSERT_EQ(c.articles.size(), 2u);
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].line, 2u);
  EXPECT_TRUE(Has(c.errors[0].message, "longer than " + std::to_string(size / 5) + " bytes")) << c.errors[0].message;
}

TEST(HostileInput, MillionLines) {
  const int kLines = kSlowBuild ? 100000 : 1000000;
  TempDir dir;
  {
    std::ofstream out(dir.File("million.jsonl"), std::ios::binary);
    for (int i = 0; i < kLines; ++i) {
      if (i == kLines / 2) out << "{broken\n";
      out << R"({"id":")" << i << R"(","text":"قتل عنصر"})" << '\n';
    }
  }
  // Every line is read (the reader keeps one line in memory: a quadratic
  // reader would not finish under ctest's timeout).
  size_t n = 0;
  std::vector<InputError> errors;
  ReadArticles(dir.File("million.jsonl"), {}, [&](Article&&) { ++n; },
               [&](const InputError& e) { errors.push_back(e); });
  EXPECT_EQ(n, static_cast<size_t>(kLines));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].line, static_cast<size_t>(kLines / 2 + 1));
  // A million lines of plain text are one article, every line of it kept.
  {
    std::ofstream out(dir.File("lines.txt"), std::ios::binary);
    for (int i = 0; i < 1000000; ++i) out << "سطر\n";  // cheap: one article
  }
  auto c = ReadPath(dir.File("lines.txt"));
  ASSERT_EQ(c.articles.size(), 1u) << c.ErrorText();
  EXPECT_EQ(c.articles[0].text.size(), 1000000u * 7);
  EXPECT_EQ(std::count(c.articles[0].text.begin(), c.articles[0].text.end(), '\n'), 1000000);
  // Longer than a narrower text limit: one error naming the article.
  ReadOptions narrow;
  narrow.max_text_bytes = 4u << 20;
  c = ReadPath(dir.File("lines.txt"), narrow);
  EXPECT_TRUE(c.articles.empty());
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].id, "lines");
  EXPECT_TRUE(Has(c.errors[0].message, "article text of 7000000 bytes is longer than 4194304")) << c.errors[0].message;
}

TEST(HostileInput, OversizedAndDeeplyNestedJson) {
  std::string deep = R"({"id":"deep","text":"نص","extra":)" + std::string(1000000, '[') + std::string(1000000, ']') + "}\n";
  std::string wide = R"({"id":"wide","text":"نص","extra":[)";
  for (int i = 0; i < 200000; ++i) wide += "{\"k\":1},";
  wide += "1]}\n";
  auto c = ReadBody(Line("a", "نص") + deep + wide + std::string(100000, '{') + "\n" + Line("b", "نص"), "x.jsonl");
  ASSERT_EQ(c.articles.size(), 3u) << c.ErrorText();
  EXPECT_EQ(c.articles[1].id, "wide");
  ASSERT_EQ(c.errors.size(), 2u);
  EXPECT_EQ(c.errors[0].line, 2u);
  EXPECT_TRUE(Has(c.errors[0].message, "nested deeper than 64"));
  EXPECT_EQ(c.errors[1].line, 4u);
  // A record longer than the limit is skipped without being held.
  ReadOptions opts;
  opts.max_record_bytes = 1 << 20;
  c = ReadBody(Line("a", "نص") + R"({"id":"huge","text":")" + std::string(5u << 20, 'x') + "\"}\n" + Line("b", "نص"),
               "x.jsonl", opts);
  EXPECT_EQ(c.articles.size(), 2u);
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].line, 2u);
}

TEST(HostileInput, NumberOverflowIsARecordError) {
  // Found by fuzz_jsonl: nlohmann throws out_of_range (not parse_error) for a
  // number beyond double, which used to end the program.
  auto c = ReadBody(Line("a", "نص") + R"({"id":"big-number","text":"نص","n":1e999})" "\n" +
                        R"({"id":"big-id","text":"نص","x":-1E+9999999})" "\n" + Line("b", "نص"),
                    "x.jsonl");
  ASSERT_EQ(c.articles.size(), 2u) << c.ErrorText();
  ASSERT_EQ(c.errors.size(), 2u);
  EXPECT_EQ(c.errors[0].line, 2u);
  EXPECT_TRUE(Has(c.errors[0].message, "not valid JSON")) << c.errors[0].message;
  EXPECT_TRUE(Has(c.errors[0].message, "number overflow")) << c.errors[0].message;
}

TEST(HostileInput, MixedScriptsAndBidiMarksAreKeptVerbatim) {
  std::string text = "\u202Bقتل 3 مدنيين\u202C في \u200Fغارة\u200E (air strike) على Kafr Kila \u2066كفركلا\u2069 يوم 2024-03-13 \u200D\u061C.";
  auto c = ReadBody(R"({"id":"bidi","text":")" + text + "\"}\n", "x.jsonl");
  ASSERT_EQ(c.articles.size(), 1u) << c.ErrorText();
  EXPECT_EQ(c.articles[0].text, text);
  c = ReadBody("<html><body><p dir=\"rtl\">" + text + " وأصيب خمسة آخرون في الغارة نفسها.</p></body></html>", "p.html");
  ASSERT_EQ(c.articles.size(), 1u) << c.ErrorText();
  EXPECT_TRUE(c.articles[0].text.starts_with(text));
}

TEST(HostileInput, TruncatedGzip) {
  std::string lines;
  for (int i = 0; i < 20000; ++i) lines += Line(std::to_string(i), "قتل عنصر في اشتباك");
  std::string gz = Gzip(lines);
  auto c = ReadBody(gz.substr(0, gz.size() * 2 / 3), "x.jsonl.gz");
  EXPECT_GT(c.articles.size(), 1000u);
  EXPECT_LT(c.articles.size(), 20000u);
  ASSERT_EQ(c.errors.size(), 1u) << c.ErrorText();
  EXPECT_EQ(c.errors[0].line, c.articles.size() + 1);
  EXPECT_TRUE(Has(c.errors[0].message, "record cut short: truncated gzip data")) << c.errors[0].message;
  // Cut inside the gzip header: one error for the file.
  c = ReadBody(gz.substr(0, 5), "x.jsonl.gz");
  EXPECT_TRUE(c.articles.empty());
  ASSERT_EQ(c.errors.size(), 1u) << c.ErrorText();
  EXPECT_TRUE(Has(c.errors[0].message, "truncated gzip")) << c.errors[0].message;
  // A page cut short.
  std::string page = testing::Fixture("news_article.html");
  std::string pgz = Gzip(page);
  c = ReadBody(pgz.substr(0, pgz.size() - 10), "page.html.gz");
  EXPECT_TRUE(c.articles.empty());
  ASSERT_EQ(c.errors.size(), 1u) << c.ErrorText();
  EXPECT_TRUE(Has(c.errors[0].message, "page cut short")) << c.errors[0].message;
}

TEST(HostileInput, HtmlPageWithNoArticle) {
  for (const char* page :
       {"<html><head><title>ت</title></head><body></body></html>",
        "<html><body><nav><a href=/>الرئيسية</a></nav><script>var story = 'نص طويل جدا داخل سكربت لا يجوز أن يظهر أبدا';</script></body></html>",
        "<html><body><!-- تعليق طويل جدا لا يجوز أن يظهر في نص المقال مهما كان طوله --></body></html>",
        "<", "<html", "<html><body><p>", "<!DOCTYPE html>"}) {
    auto c = ReadBody(page, "page.html");
    EXPECT_TRUE(c.articles.empty()) << page;
    ASSERT_EQ(c.errors.size(), 1u) << page;
    EXPECT_EQ(c.errors[0].id, "page");
  }
}

TEST(HostileInput, EmptyAndOddFiles) {
  TempDir dir;
  EXPECT_TRUE(Has(ReadPath(dir.Write("empty.jsonl", "")).ErrorText(), "empty input"));
  EXPECT_TRUE(Has(ReadPath(dir.Write("blank.txt", "\n\n  \n")).ErrorText(), "empty input"));
  EXPECT_TRUE(Has(ReadPath(dir.File("")).ErrorText(), "is a directory"));
  EXPECT_TRUE(Has(ReadPath(dir.Write("doc.pdf", "%PDF-1.4\n...")).ErrorText(), "a PDF document"));
  auto c = ReadPath(dir.Write("bom.jsonl", "\xEF\xBB\xBF" + Line("a", "نص")));
  ASSERT_EQ(c.articles.size(), 1u) << c.ErrorText();
}

}  // namespace
}  // namespace rasad::io
