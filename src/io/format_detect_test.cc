#include "io/format_detect.h"

#include <gtest/gtest.h>

namespace rasad::io {
namespace {

InputFormat F(std::string_view head, std::string_view name = "input") { return DetectFormat(head, name).format; }

TEST(FormatDetect, FromTheContent) {
  EXPECT_EQ(F("WARC/1.0\r\nWARC-Type: warcinfo\r\n"), InputFormat::kWarc);
  EXPECT_EQ(F("\n  {\"text\":\"x\"}\n"), InputFormat::kJsonLines);
  EXPECT_EQ(F("\xEF\xBB\xBF{\"text\":\"x\"}"), InputFormat::kJsonLines);
  EXPECT_EQ(F("<!DOCTYPE html><html><body>"), InputFormat::kHtml);
  EXPECT_EQ(F("<!-- saved page -->\n<html lang=\"ar\">"), InputFormat::kHtml);
  EXPECT_EQ(F("<div><p>نص</p></div>"), InputFormat::kHtml);
  EXPECT_EQ(F("<?xml version=\"1.0\"?>\n<!-- x -->\n<rss version=\"2.0\">"), InputFormat::kFeed);
  EXPECT_EQ(F("<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"x\">"), InputFormat::kFeed);
  EXPECT_EQ(F("<feed xmlns=\"http://www.w3.org/2005/Atom\">"), InputFormat::kFeed);
  EXPECT_EQ(F("<?xml version=\"1.0\"?><urlset>"), InputFormat::kFeed);  // the feed reader names the root
  EXPECT_EQ(F("<?xml version=\"1.0\"?><!DOCTYPE html><html>"), InputFormat::kHtml);
  EXPECT_EQ(F("قتل ثلاثة مدنيين"), InputFormat::kPlainText);
  EXPECT_EQ(F("<3 a plain text that starts oddly"), InputFormat::kPlainText);
}

TEST(FormatDetect, TheNameOnlyBreaksTies) {
  EXPECT_EQ(F("just text", "page.html"), InputFormat::kHtml);
  EXPECT_EQ(F("{\"text\":\"x\"}", "page.html"), InputFormat::kJsonLines);
  EXPECT_EQ(F("WARC/1.1\r\n", "notes.txt"), InputFormat::kWarc);
}

TEST(FormatDetect, UnsupportedInputsAreNamed) {
  EXPECT_EQ(F("%PDF-1.7\n"), InputFormat::kUnsupported);
  EXPECT_EQ(DetectFormat("PK\x03\x04rest", "a.docx").what, "a ZIP archive (.zip, .docx, .xlsx, .epub)");
  EXPECT_EQ(F("\xFF\xFE<\0h\0"), InputFormat::kUnsupported);
}

}  // namespace
}  // namespace rasad::io
