// An HTML document parsed by gumbo (the HTML5 parsing algorithm), within
// bounds so that no page can exhaust time or memory:
//   - nesting: gumbo's tree building scans the stack of open elements for most
//     tags, quadratic in depth; a page whose tags would nest deeper than
//     kMaxHtmlDepth, or cost more than a fixed number of such scans, is refused
//     before parsing (estimated from the tags, counting those that close
//     themselves - p, li, td... - as not nesting);
//   - memory: every allocation of the parse counts against a budget of
//     kHtmlMemoryFactor times the page size (plus a constant); past it the
//     parse is abandoned and the page refused;
//   - the tree is freed in one sweep, never recursively.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include <gumbo.h>

namespace rasad::io {

inline constexpr size_t kMaxHtmlDepth = 3000;
inline constexpr size_t kHtmlMemoryFactor = 24;

class HtmlDocument {
 public:
  // Parses UTF-8 `html`. On refusal returns nullptr and sets *error.
  static std::unique_ptr<HtmlDocument> Parse(std::string_view html, std::string* error);
  ~HtmlDocument();
  HtmlDocument(const HtmlDocument&) = delete;
  HtmlDocument& operator=(const HtmlDocument&) = delete;

  const GumboNode* document() const;
  const GumboNode* root() const;  // <html>

 private:
  struct Arena;
  HtmlDocument();
  std::unique_ptr<Arena> arena_;
  GumboOutput* output_ = nullptr;
};

// Value of attribute `name` of an element node, "" when absent.
std::string_view Attr(const GumboNode* n, const char* name);

}  // namespace rasad::io
