#include "io/format_detect.h"

#include "io/ascii.h"

namespace rasad::io {

namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f'; }

bool StartsWithNoCase(std::string_view s, std::string_view p) {
  if (s.size() < p.size()) return false;
  for (size_t i = 0; i < p.size(); ++i)
    if (AsciiLower(s[i]) != AsciiLower(p[i])) return false;
  return true;
}

bool EqualsNoCase(std::string_view a, std::string_view b) { return a.size() == b.size() && StartsWithNoCase(a, b); }

bool EndsWithNoCase(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && StartsWithNoCase(s.substr(s.size() - suffix.size()), suffix);
}

std::string_view SkipSpace(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && IsSpace(s[i])) ++i;
  return s.substr(i);
}

bool IsNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ':' || c == '-' ||
         c == '_' || c == '.';
}

// Skips past `end` in s; empty when it is not there (the head ended first).
std::string_view After(std::string_view s, std::string_view end) {
  size_t e = s.find(end);
  return e == std::string_view::npos ? std::string_view() : SkipSpace(s.substr(e + end.size()));
}

// `s` starts with '<': reads the prolog and the first element's name.
// Returns false when this is not markup after all ("<3 ...").
bool MarkupFormat(std::string_view s, InputFormat* format) {
  bool xml = false;
  while (!s.empty() && s[0] == '<') {
    if (s.starts_with("<?")) {
      xml |= StartsWithNoCase(s, "<?xml");
      s = After(s, "?>");
    } else if (s.starts_with("<!--")) {
      s = After(s, "-->");
    } else if (s.starts_with("<!")) {
      std::string_view d = s.substr(2);
      if (StartsWithNoCase(d, "doctype") && StartsWithNoCase(SkipSpace(d.substr(7)), "html")) {
        *format = InputFormat::kHtml;
        return true;
      }
      s = After(s, ">");
    } else {
      size_t i = 1;
      while (i < s.size() && IsNameChar(s[i])) ++i;
      std::string_view tag = s.substr(1, i - 1);
      if (tag.empty() || !((tag[0] >= 'a' && tag[0] <= 'z') || (tag[0] >= 'A' && tag[0] <= 'Z'))) return false;
      std::string_view local = tag.substr(tag.rfind(':') == std::string_view::npos ? 0 : tag.rfind(':') + 1);
      if (EqualsNoCase(local, "rss") || EqualsNoCase(local, "rdf") || local == "feed") {
        *format = InputFormat::kFeed;
      } else if (xml && !EqualsNoCase(local, "html")) {
        *format = InputFormat::kFeed;  // XML of another kind: the feed reader names its root
      } else {
        *format = InputFormat::kHtml;
      }
      return true;
    }
  }
  // The head ended inside the prolog or comments.
  *format = xml ? InputFormat::kFeed : InputFormat::kHtml;
  return true;
}

}  // namespace

Detection DetectFormat(std::string_view head, std::string_view file_name) {
  if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
  if (head.starts_with("WARC/")) return {InputFormat::kWarc, {}};
  if (head.starts_with("%PDF-")) return {InputFormat::kUnsupported, "a PDF document"};
  if (head.starts_with("PK\x03\x04")) return {InputFormat::kUnsupported, "a ZIP archive (.zip, .docx, .xlsx, .epub)"};
  if (head.starts_with("\xFF\xFE") || head.starts_with("\xFE\xFF"))
    return {InputFormat::kUnsupported, "UTF-16 text (convert it to UTF-8)"};
  std::string_view s = SkipSpace(head);
  if (s.starts_with("{")) return {InputFormat::kJsonLines, {}};
  InputFormat f;
  if (s.starts_with("<") && MarkupFormat(s, &f)) return {f, {}};
  for (std::string_view ext : {".html", ".htm", ".xhtml"})
    if (EndsWithNoCase(file_name, ext)) return {InputFormat::kHtml, {}};
  return {InputFormat::kPlainText, {}};
}

std::string_view FormatName(InputFormat f) {
  switch (f) {
    case InputFormat::kPlainText: return "plain text";
    case InputFormat::kJsonLines: return "JSON Lines";
    case InputFormat::kHtml: return "HTML";
    case InputFormat::kFeed: return "RSS/Atom feed";
    case InputFormat::kWarc: return "WARC";
    case InputFormat::kUnsupported: return "unsupported";
  }
  return "unknown";
}

}  // namespace rasad::io
