// What every input reader shares: the article and error callbacks, the
// per-record limits, and InputError, which names the record it concerns
// (file, line or record number, id) so that one bad record never hides the
// others.
#pragma once

#include <cstddef>
#include <functional>
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
  size_t max_record_bytes = 64u << 20;    // a longer record is rejected, not read whole
  // An article whose text is longer is rejected. No news article comes near
  // it; extraction time grows linearly with the text (a 50 MB article takes
  // seconds), its memory by about 17 bytes per byte of text (docs/input.md).
  size_t max_text_bytes = 64u << 20;
};

using ArticleSink = std::function<void(Article&&)>;
using ErrorSink = std::function<void(const InputError&)>;

// "" when the article's text is within opts.max_text_bytes, else the error.
std::string TextLengthError(const Article& a, const ReadOptions& opts);

// An error whose message contains "article kept" is a warning: the article
// was still delivered (the CLI counts only the others as rejected records).

}  // namespace rasad::io
