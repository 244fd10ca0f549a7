#include "io/http_message.h"

#include <fmt/core.h>
#include <zlib.h>

#include "io/ascii.h"

namespace rasad::io {

namespace {

// Undoes chunked transfer coding; nullopt when `s` is not chunked.
std::optional<std::string> Dechunk(std::string_view s, size_t max, std::string* error) {
  std::string out;
  size_t i = 0;
  while (true) {
    size_t eol = s.find('\n', i);
    if (eol == std::string_view::npos) break;  // no last chunk: keep what was read
    std::string_view line = TrimBlanks(s.substr(i, eol - i));
    line = line.substr(0, line.find(';'));
    if (line.empty() || line.size() > 15) return std::nullopt;
    size_t n = 0;
    for (char c : line) {
      int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
      if (d < 0) return std::nullopt;
      n = n * 16 + static_cast<size_t>(d);
    }
    i = eol + 1;
    if (n == 0) break;
    if (n > s.size() - i) n = s.size() - i;  // truncated body: keep what there is
    if (out.size() + n > max) {
      *error = fmt::format("HTTP body longer than {} bytes", max);
      return std::string();
    }
    out.append(s.substr(i, n));
    i += n;
    if (i < s.size() && s[i] == '\r') ++i;
    if (i < s.size() && s[i] == '\n') ++i;
  }
  return out;
}

// zlib inflate: window_bits 15+32 reads gzip or zlib, -15 raw deflate.
std::optional<std::string> Inflate(std::string_view in, int window_bits, size_t max, std::string* error) {
  z_stream z{};
  if (inflateInit2(&z, window_bits) != Z_OK) return std::nullopt;
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  z.avail_in = static_cast<uInt>(std::min<size_t>(in.size(), UINT32_MAX));
  std::string out;
  char buf[64 << 10];
  int r = Z_OK;
  while (r == Z_OK) {
    z.next_out = reinterpret_cast<Bytef*>(buf);
    z.avail_out = sizeof buf;
    r = inflate(&z, Z_NO_FLUSH);
    size_t got = sizeof buf - z.avail_out;
    if (out.size() + got > max) {
      inflateEnd(&z);
      *error = fmt::format("HTTP body decodes to more than {} bytes", max);
      return std::string();
    }
    out.append(buf, got);
    if (r == Z_BUF_ERROR && got == 0) break;  // input ended: a truncated body keeps what was decoded
    if (r == Z_BUF_ERROR) r = Z_OK;
  }
  inflateEnd(&z);
  if (r != Z_STREAM_END && r != Z_BUF_ERROR) return std::nullopt;
  if (out.empty() && r != Z_STREAM_END) return std::nullopt;
  return out;
}

bool LooksLikeMarkup(std::string_view s) {
  size_t i = s.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  return i != std::string_view::npos && s[i] == '<';
}

}  // namespace

std::optional<HttpHead> ParseHttpHead(std::string_view m) {
  if (!m.starts_with("HTTP/")) return std::nullopt;
  HttpHead h;
  size_t i = 0;
  bool first = true;
  while (true) {
    size_t eol = m.find('\n', i);
    if (eol == std::string_view::npos) return std::nullopt;
    std::string_view line = m.substr(i, eol - i);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    i = eol + 1;
    if (first) {
      first = false;
      size_t sp = line.find(' ');
      if (sp == std::string_view::npos) return std::nullopt;
      std::string_view code = line.substr(sp + 1, 3);
      for (char c : code) {
        if (c < '0' || c > '9') return std::nullopt;
        h.status = h.status * 10 + (c - '0');
      }
      if (code.size() != 3) return std::nullopt;
      continue;
    }
    if (line.empty()) break;
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    std::string name = AsciiLower(TrimBlanks(line.substr(0, colon)));
    std::string_view value = TrimBlanks(line.substr(colon + 1));
    if (name == "content-type") h.content_type = value;
    else if (name == "transfer-encoding") h.transfer_encoding = AsciiLower(value);
    else if (name == "content-encoding") h.content_encoding = AsciiLower(value);
  }
  h.size = i;
  return h;
}

bool IsHtmlType(std::string_view content_type) {
  std::string t = AsciiLower(TrimBlanks(content_type.substr(0, content_type.find(';'))));
  return t == "text/html" || t == "application/xhtml+xml";
}

std::optional<std::string> DecodeHttpBody(std::string_view body, const HttpHead& head, size_t max, std::string* error) {
  std::string data;
  if (head.transfer_encoding.find("chunked") != std::string::npos) {
    auto d = Dechunk(body, max, error);
    if (!error->empty()) return std::nullopt;
    data = d ? std::move(*d) : std::string(body);  // stored de-chunked
  } else {
    if (body.size() > max) {
      *error = fmt::format("HTTP body longer than {} bytes", max);
      return std::nullopt;
    }
    data = body;
  }
  const std::string& ce = head.content_encoding;
  if (ce.empty() || ce == "identity" || ce == "none") return data;
  if (ce == "gzip" || ce == "x-gzip" || ce == "deflate") {
    auto d = Inflate(data, 15 + 32, max, error);
    if (!d && ce == "deflate" && error->empty()) d = Inflate(data, -15, max, error);
    if (!error->empty()) return std::nullopt;
    if (d) return d;
    if (LooksLikeMarkup(data)) return data;  // stored decoded
    *error = fmt::format("corrupt {} Content-Encoding", ce);
    return std::nullopt;
  }
  if (LooksLikeMarkup(data)) return data;
  *error = fmt::format("unsupported Content-Encoding: {}", ce);
  return std::nullopt;
}

}  // namespace rasad::io
