#include "io/html_reader.h"

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "io/ascii.h"
#include "io/charset.h"
#include "io/html_dom.h"
#include "io/html_text.h"
#include "io/input_buf.h"
#include "io/json_depth.h"
#include "io/web_date.h"

namespace rasad::io {

namespace {

// Meta keys that carry the publication date, best first.
constexpr std::string_view kDateKeys[] = {
    "article:published_time", "og:article:published_time", "og:published_time", "article:published",
    "published_time", "datepublished", "pubdate", "publishdate", "publish-date", "publish_date",
    "publication_date", "dc.date.issued", "dc.date", "dcterms.issued", "dcterms.date", "dcterms.created",
    "sailthru.date", "parsely-pub-date", "article.published", "date"};

struct PageMeta {
  std::string og_title, h1, title, canonical, og_url, site, app_name;
  std::string dates[std::size(kDateKeys)];
  std::string itemprop_date, time_pub, time_any;
  std::vector<std::string> json_ld;
};

void Keep(std::string& slot, std::string_view value) {
  if (slot.empty()) slot = TrimBlanks(value);
}

void CollectMeta(const GumboNode* root, PageMeta* m) {
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT) continue;
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = kids.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(kids.data[i]));
    GumboTag tag = n->v.element.tag;
    if (tag == GUMBO_TAG_META) {
      std::string key = AsciiLower(!Attr(n, "property").empty() ? Attr(n, "property")
                              : !Attr(n, "name").empty()   ? Attr(n, "name")
                                                           : Attr(n, "itemprop"));
      std::string_view content = Attr(n, "content");
      if (key == "og:title" || key == "twitter:title") Keep(m->og_title, content);
      else if (key == "og:url") Keep(m->og_url, content);
      else if (key == "og:site_name") Keep(m->site, content);
      else if (key == "application-name") Keep(m->app_name, content);
      for (size_t k = 0; k < std::size(kDateKeys); ++k)
        if (key == kDateKeys[k]) Keep(m->dates[k], content);
      continue;
    }
    if (AsciiLower(Attr(n, "itemprop")) == "datepublished")
      Keep(m->itemprop_date, !Attr(n, "content").empty() ? Attr(n, "content") : Attr(n, "datetime"));
    if (tag == GUMBO_TAG_LINK) {
      if (AsciiLower(Attr(n, "rel")) == "canonical") Keep(m->canonical, Attr(n, "href"));
    } else if (tag == GUMBO_TAG_TITLE) {
      Keep(m->title, NodeText(n));
    } else if (tag == GUMBO_TAG_H1) {
      Keep(m->h1, NodeText(n));
    } else if (tag == GUMBO_TAG_TIME) {
      if (gumbo_get_attribute(&n->v.element.attributes, "pubdate")) Keep(m->time_pub, Attr(n, "datetime"));
      Keep(m->time_any, Attr(n, "datetime"));
    } else if (tag == GUMBO_TAG_SCRIPT && AsciiLower(Attr(n, "type")) == "application/ld+json" && kids.length > 0 &&
               m->json_ld.size() < 16) {
      const auto* t = static_cast<const GumboNode*>(kids.data[0]);
      if (t->type == GUMBO_NODE_TEXT || t->type == GUMBO_NODE_CDATA || t->type == GUMBO_NODE_WHITESPACE)
        m->json_ld.emplace_back(t->v.text.text);
    }
  }
}

bool IsArticleType(const nlohmann::json& type) {
  auto is = [](const nlohmann::json& t) {
    if (!t.is_string()) return false;
    const auto& s = t.get_ref<const std::string&>();
    return s.find("Article") != std::string::npos || s.find("Posting") != std::string::npos;
  };
  if (type.is_array()) {
    for (const auto& t : type)
      if (is(t)) return true;
    return false;
  }
  return is(type);
}

// datePublished from JSON-LD blocks: an Article-typed object first.
std::optional<Date> JsonLdDate(const std::vector<std::string>& blocks) {
  std::optional<Date> any;
  for (const auto& block : blocks) {
    if (block.size() > (1u << 20) || !JsonDepthWithin(block)) continue;
    nlohmann::json j = nlohmann::json::parse(block, nullptr, false);
    if (j.is_discarded()) continue;
    std::vector<const nlohmann::json*> objects;
    auto add_all = [&](const nlohmann::json& v) {
      if (v.is_object()) objects.push_back(&v);
      else if (v.is_array())
        for (const auto& e : v)
          if (e.is_object()) objects.push_back(&e);
    };
    add_all(j);
    for (size_t i = 0; i < objects.size() && i < 64; ++i)
      if (auto g = objects[i]->find("@graph"); g != objects[i]->end()) add_all(*g);
    for (const auto* o : objects) {
      auto d = o->find("datePublished");
      if (d == o->end() || !d->is_string()) continue;
      auto date = ParseWebDate(d->get_ref<const std::string&>());
      if (!date) continue;
      auto t = o->find("@type");
      if (t != o->end() && IsArticleType(*t)) return date;
      if (!any) any = date;
    }
  }
  return any;
}

std::optional<Date> Published(const PageMeta& m) {
  for (const auto& d : m.dates)
    if (auto date = ParseWebDate(d)) return date;
  if (auto date = ParseWebDate(m.itemprop_date)) return date;
  if (auto date = JsonLdDate(m.json_ld)) return date;
  if (auto date = ParseWebDate(m.time_pub)) return date;
  return ParseWebDate(m.time_any);
}

}  // namespace

std::string UrlHost(std::string_view url) {
  size_t s = url.find("://");
  if (s == std::string_view::npos) return {};
  url.remove_prefix(s + 3);
  url = url.substr(0, url.find_first_of("/:?#"));
  if (url.starts_with("www.")) url.remove_prefix(4);
  return AsciiLower(url);
}

std::optional<Article> ParseHtmlPage(std::string_view html, std::string_view charset, std::string* error) {
  std::string utf8 = ToUtf8(html, charset.empty() ? SniffHtmlCharset(html) : std::string(charset));
  auto doc = HtmlDocument::Parse(utf8, error);
  if (!doc) return std::nullopt;
  Article a;
  a.text = StoryText(doc->root());
  if (a.text.empty()) {
    *error = "no article text in the page (only menus, links or scripts)";
    return std::nullopt;
  }
  PageMeta m;
  CollectMeta(doc->root(), &m);
  a.title = !m.og_title.empty() ? m.og_title : !m.h1.empty() ? m.h1 : m.title;
  a.published = Published(m);
  a.url = !m.canonical.empty() ? m.canonical : m.og_url;
  a.source = !m.site.empty() ? m.site : !m.app_name.empty() ? m.app_name : UrlHost(a.url);
  return a;
}

std::string HtmlFragmentText(std::string_view html) {
  std::string utf8 = ToUtf8(html, "utf-8");
  std::string error;
  auto doc = HtmlDocument::Parse(utf8, &error);
  return doc ? ReadableText(doc->root()) : std::string();
}

size_t ReadHtml(std::istream& in, const std::string& name, const std::string& id, const ReadOptions& opts,
                const ArticleSink& on_article, const ErrorSink& on_error) {
  std::string html;
  if (!ReadAtMost(in, opts.max_record_bytes, &html)) {
    on_error({name, 0, id, fmt::format("page longer than {} bytes", opts.max_record_bytes)});
    return 0;
  }
  if (std::string failure = TakeStreamFailure(in); !failure.empty()) {
    on_error({name, 0, id, "page cut short: " + failure});
    return 0;
  }
  std::string error;
  auto a = ParseHtmlPage(html, "", &error);
  if (!a) {
    on_error({name, 0, id, error});
    return 0;
  }
  a->id = id;
  if (std::string e = TextLengthError(*a, opts); !e.empty()) {
    on_error({name, 0, id, e});
    return 0;
  }
  if (!a->published) a->published = opts.default_published;
  on_article(std::move(*a));
  return 1;
}

}  // namespace rasad::io
