#include "io/warc_reader.h"

#include <fmt/core.h>

#include "io/ascii.h"
#include "io/charset.h"
#include "io/html_reader.h"
#include "io/http_message.h"
#include "io/input_buf.h"
#include "io/web_date.h"

namespace rasad::io {

namespace {

constexpr size_t kMaxHeaderLine = 64u << 10;
constexpr size_t kMaxHeaders = 512;
constexpr size_t kHeadPeek = 64u << 10;  // enough for the HTTP head of any real response

class WarcStream {
 public:
  explicit WarcStream(std::istream& in) : in_(in) {}
  uint64_t pos() const { return pos_; }

  // One line without its end; false at the end of the input. A line longer
  // than kMaxHeaderLine is cut and *too_long set.
  bool Line(std::string* line, bool* too_long) {
    line->clear();
    *too_long = false;
    bool got = false;
    for (int c; (c = in_.get()) != EOF;) {
      ++pos_;
      got = true;
      if (c == '\n') break;
      if (line->size() < kMaxHeaderLine) line->push_back(static_cast<char>(c));
      else *too_long = true;
    }
    if (!line->empty() && line->back() == '\r') line->pop_back();
    return got;
  }

  // Appends up to n bytes to *out; returns the number read.
  size_t Read(size_t n, std::string* out) {
    size_t done = 0;
    char buf[64 << 10];
    while (done < n) {
      in_.read(buf, static_cast<std::streamsize>(std::min(sizeof buf, n - done)));
      size_t got = static_cast<size_t>(in_.gcount());
      if (got == 0) break;
      out->append(buf, got);
      done += got;
    }
    pos_ += done;
    return done;
  }

  size_t Skip(size_t n) {
    size_t done = 0;
    while (done < n) {
      in_.ignore(static_cast<std::streamsize>(std::min<size_t>(n - done, 1u << 30)));
      size_t got = static_cast<size_t>(in_.gcount());
      if (got == 0) break;
      done += got;
    }
    pos_ += done;
    return done;
  }

 private:
  std::istream& in_;
  uint64_t pos_ = 0;
};

struct Record {
  size_t number = 0;
  uint64_t offset = 0;
  std::string type, uri, date, content_type;
  std::optional<uint64_t> length;
};

std::optional<uint64_t> ParseLength(std::string_view v) {
  v = TrimBlanks(v);
  if (v.empty() || v.size() > 18) return std::nullopt;
  uint64_t n = 0;
  for (char c : v) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + static_cast<uint64_t>(c - '0');
  }
  return n;
}

class WarcReader {
 public:
  WarcReader(std::istream& in, const std::string& name, const ReadOptions& opts, const ArticleSink& on_article,
             const ErrorSink& on_error)
      : in_(in), s_(in), name_(name), opts_(opts), on_article_(on_article), on_error_(on_error) {}

  size_t Run() {
    std::string line;
    bool too_long = false, resync = false;
    for (uint64_t at = s_.pos(); s_.Line(&line, &too_long); at = s_.pos()) {
      if (!too_long && TrimBlanks(line).empty()) continue;
      if (too_long || !line.starts_with("WARC/")) {
        if (!resync)
          Error(nullptr, fmt::format("after record {}, at byte {}: not a WARC record header; skipping to the next "
                                     "\"WARC/\" line",
                                     count_, at));
        resync = true;
        continue;
      }
      resync = false;
      Record r;
      r.number = ++count_;
      r.offset = at;
      if (!Headers(&r)) {
        resync = true;
        continue;
      }
      if (!Block(r)) break;
    }
    if (std::string failure = TakeStreamFailure(in_); !failure.empty())
      on_error_({name_, 0, "", fmt::format("after record {}: {}", count_, failure)});
    return delivered_;
  }

 private:
  void Error(const Record* r, const std::string& message) {
    if (!r) return on_error_({name_, 0, "", message});
    on_error_({name_, 0, r->uri, fmt::format("record {} at byte {}: {}", r->number, r->offset, message)});
  }

  bool Headers(Record* r) {
    std::string line;
    bool too_long = false;
    for (size_t n = 0;; ++n) {
      if (!s_.Line(&line, &too_long)) {
        Error(r, Truncated("the input ends inside the record header"));
        return false;
      }
      if (line.empty()) break;
      if (too_long || n >= kMaxHeaders) {
        Error(r, "record header too long; skipping to the next record");
        return false;
      }
      size_t colon = line.find(':');
      if (colon == std::string::npos) continue;
      std::string key = AsciiLower(TrimBlanks(std::string_view(line).substr(0, colon)));
      std::string_view value = TrimBlanks(std::string_view(line).substr(colon + 1));
      if (key == "warc-type") r->type = AsciiLower(value);
      else if (key == "warc-target-uri") r->uri = value;
      else if (key == "warc-date") r->date = value;
      else if (key == "content-type") r->content_type = value;
      else if (key == "content-length") r->length = ParseLength(value);
    }
    if (r->uri.size() >= 2 && r->uri.front() == '<' && r->uri.back() == '>') r->uri = r->uri.substr(1, r->uri.size() - 2);
    if (!r->length) {
      Error(r, "no valid Content-Length; skipping to the next record");
      return false;
    }
    return true;
  }

  std::string Truncated(const std::string& what) {
    std::string failure = TakeStreamFailure(in_);
    return failure.empty() ? what : what + ": " + failure;
  }

  // Reads or skips the record's block; false when the input ended inside it.
  bool Block(const Record& r) {
    uint64_t len = *r.length;
    bool response = r.type == "response" && AsciiLower(r.content_type).find("application/http") != std::string::npos;
    bool resource = r.type == "resource" && IsHtmlType(r.content_type);
    if (!response && !resource) return Skip(r, len);
    std::string block;
    size_t want = static_cast<size_t>(std::min<uint64_t>(len, kHeadPeek));
    if (s_.Read(want, &block) < want) return Cut(r);
    std::optional<HttpHead> head;
    if (response) {
      head = ParseHttpHead(block);
      if (!head || head->status < 200 || head->status > 299 || !IsHtmlType(head->content_type))
        return Skip(r, len - want);
    }
    if (len > opts_.max_record_bytes) {
      Error(&r, fmt::format("HTML record of {} bytes, longer than {}; skipped", len, opts_.max_record_bytes));
      return Skip(r, len - want);
    }
    size_t rest = static_cast<size_t>(len - want);
    if (s_.Read(rest, &block) < rest) return Cut(r);
    Page(r, block, head);
    return true;
  }

  bool Skip(const Record& r, uint64_t n) {
    if (s_.Skip(static_cast<size_t>(n)) < n) return Cut(r);
    return true;
  }

  bool Cut(const Record& r) {
    Error(&r, Truncated("truncated record: the input ends inside it"));
    return false;
  }

  void Page(const Record& r, std::string_view block, const std::optional<HttpHead>& head) {
    std::string error, charset;
    std::string body;
    if (head) {
      auto decoded = DecodeHttpBody(block.substr(head->size), *head, opts_.max_record_bytes, &error);
      if (!decoded) return Error(&r, error);
      body = std::move(*decoded);
      charset = ContentTypeCharset(head->content_type);
    } else {
      body = block;
      charset = ContentTypeCharset(r.content_type);
    }
    auto a = ParseHtmlPage(body, charset, &error);
    if (!a) return Error(&r, error);
    a->id = r.uri.empty() ? fmt::format("{}#{}", name_, r.number) : r.uri;
    a->url = r.uri;
    if (a->source.empty()) a->source = UrlHost(r.uri);
    if (std::string e = TextLengthError(*a, opts_); !e.empty()) return Error(&r, e);
    if (!a->published) a->published = ParseWebDate(r.date);
    if (!a->published) a->published = opts_.default_published;
    on_article_(std::move(*a));
    ++delivered_;
  }

  std::istream& in_;
  WarcStream s_;
  const std::string& name_;
  const ReadOptions& opts_;
  const ArticleSink& on_article_;
  const ErrorSink& on_error_;
  size_t count_ = 0, delivered_ = 0;
};

}  // namespace

size_t ReadWarc(std::istream& in, const std::string& name, const ReadOptions& opts, const ArticleSink& on_article,
                const ErrorSink& on_error) {
  return WarcReader(in, name, opts, on_article, on_error).Run();
}

}  // namespace rasad::io
