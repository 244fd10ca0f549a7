// The HTTP/1.x response inside a WARC "response" record: status, the headers
// rasad needs, and the body as the server meant it (Transfer-Encoding:
// chunked undone; Content-Encoding gzip / x-gzip / deflate decoded with zlib,
// never past a size limit). Archivers differ: a body that is stored already
// de-chunked or decoded while the header still says otherwise is taken as is.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace rasad::io {

struct HttpHead {
  int status = 0;
  std::string content_type;       // as sent, e.g. "text/html; charset=utf-8"
  std::string transfer_encoding;  // lower case
  std::string content_encoding;   // lower case
  size_t size = 0;                // bytes of status line and headers, blank line included
};

// Parses the status line and headers at the start of `message`. Returns
// nullopt when it does not start with "HTTP/" or the head does not end
// within `message`.
std::optional<HttpHead> ParseHttpHead(std::string_view message);

// True for HTML media types (text/html, application/xhtml+xml).
bool IsHtmlType(std::string_view content_type);

// The decoded body; nullopt with *error when it cannot be decoded or would be
// longer than `max` bytes.
std::optional<std::string> DecodeHttpBody(std::string_view body, const HttpHead& head, size_t max, std::string* error);

}  // namespace rasad::io
