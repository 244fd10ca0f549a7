// RSS 2.0, RSS 1.0 (RDF) and Atom feeds -> one article per <item> / <entry>,
// read with libxml2's streaming xmlTextReader (one item in memory at a time):
//   id         the item's link, else its <guid> / Atom <id>, else "<file>:<line>"
//   url        RSS <link>; Atom <link href> with rel="alternate" or no rel
//   title      <title>, HTML stripped
//   published  <pubDate> / Atom <published>, else <dc:date>, else Atom <updated>
//              (see web_date.h); a date that does not parse is reported, the
//              article kept
//   text       <content:encoded> / Atom <content>, else <description> /
//              <summary>, HTML stripped (see html_text.h); the title when the
//              item has nothing else
//   source     the channel's (feed's) <title>
// An item with neither title nor text, or with more than
// opts.max_record_bytes of text, is an error naming its line and id; reading
// goes on. Malformed XML ends the feed (XML cannot be resynchronized) with one
// error naming the item it broke; the items before it are delivered. The
// encoding is the XML declaration's. No DTD, external entity or network access;
// nesting is limited to 256 levels.
#pragma once

#include <istream>
#include <string>

#include "io/reader_types.h"

namespace rasad::io {

size_t ReadFeed(std::istream& in, const std::string& name, const ReadOptions& opts, const ArticleSink& on_article,
                const ErrorSink& on_error);

}  // namespace rasad::io
