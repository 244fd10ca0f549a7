#include "io/warc_reader.h"

#include <gtest/gtest.h>

#include "io/io_test_util.h"

namespace rasad::io {
namespace {

using testing::Fixture;
using testing::Gzip;
using testing::HttpResponse;
using testing::ReadBody;
using testing::WarcRecord;

bool Has(const std::string& s, std::string_view part) { return s.find(part) != std::string::npos; }

std::string Chunked(const std::string& body) {
  std::string out;
  for (size_t i = 0; i < body.size(); i += 700) {
    std::string part = body.substr(i, 700);
    char size[16];
    std::snprintf(size, sizeof size, "%zx", part.size());
    out += std::string(size) + "\r\n" + part + "\r\n";
  }
  return out + "0\r\n\r\n";
}

// A small crawl: info, request, three HTML pages (plain, gzip-encoded without
// a date, chunked windows-1256), an image, a redirect, an index page, metadata.
std::vector<std::string> Crawl() {
  std::string nodate = Fixture("news_article_no_markup.html");
  nodate.replace(nodate.find("<meta name=\"pubdate\""), 41, "");
  return {
      WarcRecord("warcinfo", "", "software: test\r\n", "application/warc-fields"),
      WarcRecord("request", "https://news.example.net/a", "GET /a HTTP/1.1\r\nHost: news.example.net\r\n\r\n",
                 "application/http; msgtype=request"),
      WarcRecord("response", "https://news.example.net/a",
                 HttpResponse("200 OK", "text/html; charset=utf-8", Fixture("news_article.html"))),
      WarcRecord("response", "https://news.example.net/logo.png", HttpResponse("200 OK", "image/png", "\x89PNG\r\n")),
      WarcRecord("response", "https://news.example.net/old",
                 HttpResponse("301 Moved Permanently", "text/html", "<p>moved</p>", "Location: /new\r\n")),
      WarcRecord("response", "<https://hadath.example.com/daraa>",
                 HttpResponse("200 OK", "text/html", Gzip(nodate), "Content-Encoding: gzip\r\n"),
                 "application/http;msgtype=response", "2023-10-11T22:00:00Z"),
      WarcRecord("response", "http://old.example.iq/news.php?id=5",
                 "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1256\r\nTransfer-Encoding: chunked\r\n\r\n" +
                     Chunked(Fixture("legacy_windows1256.html"))),
      WarcRecord("response", "https://news.example.net/syria", HttpResponse("200 OK", "text/html", Fixture("index_page.html"))),
      WarcRecord("resource", "file:///saved/page.html", Fixture("news_article.html"), "text/html"),
      WarcRecord("metadata", "https://news.example.net/a", "outlink: x\r\n", "application/warc-fields"),
  };
}

std::string Join(const std::vector<std::string>& records, bool gzip) {
  std::string out;
  for (const auto& r : records) out += gzip ? Gzip(r) : r;
  return out;
}

void ExpectCrawl(const testing::Collected& c) {
  ASSERT_EQ(c.articles.size(), 4u) << c.ErrorText();
  EXPECT_EQ(c.articles[0].id, "https://news.example.net/a");
  EXPECT_EQ(c.articles[0].url, "https://news.example.net/a");
  EXPECT_EQ(c.articles[0].published->iso(), "2023-10-07");  // the page's own date
  EXPECT_TRUE(c.articles[0].text.starts_with("إدلب - قُتل ثلاثة مدنيين"));
  EXPECT_EQ(c.articles[1].id, "https://hadath.example.com/daraa");
  EXPECT_EQ(c.articles[1].published->iso(), "2023-10-11");  // WARC-Date
  EXPECT_EQ(c.articles[1].source, "hadath.example.com");
  EXPECT_TRUE(Has(c.articles[1].text, "اندلعت اشتباكات"));
  EXPECT_TRUE(Has(c.articles[2].text, "اعتقلت قوات الأمن العراقية خمسة عشر مطلوبا")) << c.articles[2].text;
  EXPECT_EQ(c.articles[3].id, "file:///saved/page.html");
  ASSERT_EQ(c.errors.size(), 1u) << c.ErrorText();
  EXPECT_EQ(c.errors[0].id, "https://news.example.net/syria");
  EXPECT_TRUE(Has(c.errors[0].message, "record 8 at byte"));
  EXPECT_TRUE(Has(c.errors[0].message, "no article text"));
}

TEST(WarcReader, HtmlResponsesAreArticles) { ExpectCrawl(ReadBody(Join(Crawl(), false), "crawl.warc")); }

TEST(WarcReader, GzipPerRecordIsDetectedFromTheContent) {
  ExpectCrawl(ReadBody(Join(Crawl(), true), "crawl.bin"));
}

TEST(WarcReader, TruncatedGzipNamesTheRecordCutShort) {
  auto records = Crawl();
  std::string gz = Join(records, true);
  std::string cut = gz.substr(0, gz.size() - Gzip(records.back()).size() - Gzip(records[8]).size() / 2);
  auto c = ReadBody(cut, "crawl.warc.gz");
  EXPECT_EQ(c.articles.size(), 3u) << c.ErrorText();
  ASSERT_EQ(c.errors.size(), 2u) << c.ErrorText();  // the index page, then the truncation
  EXPECT_EQ(c.errors[1].id, "file:///saved/page.html");
  EXPECT_TRUE(Has(c.errors[1].message, "truncated record")) << c.errors[1].message;
  EXPECT_TRUE(Has(c.errors[1].message, "truncated gzip data")) << c.errors[1].message;
}

TEST(WarcReader, GarbageBetweenRecordsIsSkippedOnce) {
  auto records = Crawl();
  std::string body = records[2] + "garbage line\r\nmore garbage\r\n" + records[8];
  auto c = ReadBody(body, "x.warc");
  EXPECT_EQ(c.articles.size(), 2u) << c.ErrorText();
  ASSERT_EQ(c.errors.size(), 1u) << c.ErrorText();
  EXPECT_TRUE(Has(c.errors[0].message, "not a WARC record header"));
}

TEST(WarcReader, BadHeadersAndOversizedPages) {
  std::string page = HttpResponse("200 OK", "text/html", Fixture("news_article.html"));
  std::string no_length = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://x/1\r\n\r\n" + page + "\r\n\r\n";
  ReadOptions opts;
  opts.max_record_bytes = 2000;
  auto c = ReadBody(no_length + WarcRecord("response", "https://x/2", page) +
                        WarcRecord("response", "https://x/3", HttpResponse("200 OK", "text/html", "<p>قصير</p>")),
                    "x.warc", opts);
  ASSERT_EQ(c.errors.size(), 3u) << c.ErrorText();
  EXPECT_EQ(c.errors[0].id, "https://x/1");
  EXPECT_TRUE(Has(c.errors[0].message, "Content-Length"));
  EXPECT_EQ(c.errors[1].id, "https://x/2");
  EXPECT_TRUE(Has(c.errors[1].message, "longer than 2000"));
  EXPECT_EQ(c.errors[2].id, "https://x/3");  // too short to be a story
}

TEST(WarcReader, GzipBombInContentEncodingIsBounded) {
  ReadOptions opts;
  opts.max_record_bytes = 1 << 20;
  std::string bomb = Gzip(std::string(50u << 20, ' '));
  auto c = ReadBody(WarcRecord("response", "https://x/bomb",
                               HttpResponse("200 OK", "text/html", bomb, "Content-Encoding: gzip\r\n")),
                    "x.warc", opts);
  EXPECT_TRUE(c.articles.empty());
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_TRUE(Has(c.errors[0].message, "more than 1048576 bytes")) << c.errors[0].message;
}

}  // namespace
}  // namespace rasad::io
