// Reading articles from files or standard input, one record at a time, so
// memory stays bounded whatever the corpus size.
//   JSON Lines: one object per line with "text" and optional "id",
//               "published" (YYYY-MM-DD or an ISO timestamp), "url", "source",
//               "title". A missing id becomes "<file>:<line>".
//   Plain text: the whole file is one article; its id is the file name
//               without its extension.
// The format is detected from the content (a first non-blank '{' means JSON
// Lines). A bad record (not JSON, no "text", invalid UTF-8, empty) is reported
// through `on_error` with the file, line and id when known; every other
// record is still delivered.
#pragma once

#include <cstddef>
#include <functional>
#include <istream>
#include <optional>
#include <string>

#include "core/article.h"

namespace rasad::io {

struct InputError {
  std::string file;
  size_t line = 0;       // 1-based; 0 when the whole file is concerned
  std::string id;        // article id when it could be read
  std::string message;
  std::string ToString() const;
};

struct ReadOptions {
  std::optional<Date> default_published;  // for articles that carry none
  size_t max_record_bytes = 64u << 20;    // a longer line is rejected, not read whole
};

using ArticleSink = std::function<void(Article&&)>;
using ErrorSink = std::function<void(const InputError&)>;

// Reads one file ("-" for standard input). Returns the number of articles delivered.
size_t ReadArticles(const std::string& path, const ReadOptions& opts, const ArticleSink& on_article,
                    const ErrorSink& on_error);

// Reads JSON Lines from a stream; `name` is used in errors and default ids.
size_t ReadJsonLines(std::istream& in, const std::string& name, const ReadOptions& opts,
                     const ArticleSink& on_article, const ErrorSink& on_error);

// Parses one JSON Lines record. On failure returns nullopt and sets *error.
std::optional<Article> ParseArticleJson(std::string_view line, std::string* error, std::string* id_out);

}  // namespace rasad::io
