// HTML news pages -> articles. One page is one article:
//   text       the story (see html_text.h: menus, scripts, styles, comments,
//              share buttons, related-article and "اقرأ أيضاً" lists dropped)
//   title      og:title / twitter:title, else the first <h1>, else <title>
//   published  the first that parses (see web_date.h) of: meta tags
//              article:published_time, og:published_time, datePublished,
//              pubdate, publishdate, date, DC.date(.issued), dcterms.*,
//              sailthru.date, parsely-pub-date; an element with
//              itemprop="datePublished"; "datePublished" in JSON-LD (an
//              Article object first, @graph included); <time pubdate>; the
//              first <time datetime>
//   url        <link rel="canonical">, else og:url
//   source     og:site_name, else application-name, else the url's host
// Bytes are decoded from the transport's charset when given, else from the
// page's <meta> declaration (see charset.h). A page without story text (an
// index, a 404, only menus and links), or one refused by HtmlDocument's
// bounds, is an error naming the page.
#pragma once

#include <istream>
#include <optional>
#include <string>
#include <string_view>

#include "core/article.h"
#include "io/reader_types.h"

namespace rasad::io {

// One page. The article has no id: the caller names it. On failure returns
// nullopt and sets *error.
std::optional<Article> ParseHtmlPage(std::string_view html, std::string_view charset, std::string* error);

// The readable text of an HTML fragment (a feed item's description): tags,
// scripts and link lists dropped, entities decoded, blocks one a line.
std::string HtmlFragmentText(std::string_view html);

// The host of a URL, lower case, without "www."; "" when there is none.
std::string UrlHost(std::string_view url);

// Reads one page from `in` (at most opts.max_record_bytes); `id` names the
// article. Returns the number of articles delivered (0 or 1).
size_t ReadHtml(std::istream& in, const std::string& name, const std::string& id, const ReadOptions& opts,
                const ArticleSink& on_article, const ErrorSink& on_error);

}  // namespace rasad::io
