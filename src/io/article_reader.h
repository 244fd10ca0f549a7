// Reading articles from files or standard input, one record at a time, so
// memory stays bounded whatever the corpus size. The format is detected from
// the content (see format_detect.h), under gzip when the input is compressed
// (see input_buf.h):
//   JSON Lines: one object per line with "text" and optional "id",
//               "published" (YYYY-MM-DD or an ISO timestamp), "url", "source",
//               "title". A missing id becomes "<file>:<line>".
//   Plain text: the whole file is one article; its id is the file name
//               without its extension.
//   HTML:       one page, one article (html_reader.h); id as plain text.
//   RSS / Atom: one article per item (feed_reader.h).
//   WARC:       one article per HTML response (warc_reader.h).
// A bad record (not JSON, no "text", invalid UTF-8, a NUL character, empty,
// nested deeper than kMaxJsonDepth, longer than max_record_bytes, text longer
// than max_text_bytes, a page with no article) is reported through `on_error` with the file, line and id when
// known; every other record is still delivered.
#pragma once

#include <cstddef>
#include <istream>
#include <optional>
#include <string>

#include "core/article.h"
#include "io/reader_types.h"

namespace rasad::io {

// Reads one file ("-" for standard input). Returns the number of articles delivered.
size_t ReadArticles(const std::string& path, const ReadOptions& opts, const ArticleSink& on_article,
                    const ErrorSink& on_error);

// Reads any supported format from a stream; `name` is used in errors, and its
// stem ids plain-text and HTML articles ("<stdin>" gives "stdin").
size_t ReadStream(std::istream& in, const std::string& name, const ReadOptions& opts, const ArticleSink& on_article,
                  const ErrorSink& on_error);

// Reads JSON Lines from a stream; `name` is used in errors and default ids.
size_t ReadJsonLines(std::istream& in, const std::string& name, const ReadOptions& opts,
                     const ArticleSink& on_article, const ErrorSink& on_error);

// Parses one JSON Lines record. On failure returns nullopt and sets *error.
std::optional<Article> ParseArticleJson(std::string_view line, std::string* error, std::string* id_out);

}  // namespace rasad::io
