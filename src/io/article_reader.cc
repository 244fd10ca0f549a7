#include "io/article_reader.h"
#include "io/line_reader.h"

#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <limits>

#include <fmt/core.h>
#include <simdjson.h>

#include "io/feed_reader.h"
#include "io/format_detect.h"
#include "io/html_reader.h"
#include "io/input_buf.h"
#include "io/json_depth.h"
#include "io/warc_reader.h"
#include "text/utf8.h"

namespace rasad::io {

std::string TextLengthError(const Article& a, const ReadOptions& opts) {
  if (a.text.size() <= opts.max_text_bytes) return {};
  return fmt::format("article text of {} bytes is longer than {}", a.text.size(), opts.max_text_bytes);
}

std::string InputError::ToString() const {
  std::string where = file;
  if (line) where += fmt::format(":{}", line);
  if (!id.empty()) where += fmt::format(" (id {})", id);
  return fmt::format("{}: {}", where, message);
}

namespace {

bool Blank(std::string_view s) {
  for (char c : s)
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return false;
  return true;
}

// A string field as text; an integer as its digits (ids are often numbers); else "".
std::string AsString(simdjson::dom::element v) {
  switch (v.type()) {
    case simdjson::dom::element_type::STRING: return std::string(v.get_string().value_unsafe());
    case simdjson::dom::element_type::INT64: return std::to_string(v.get_int64().value_unsafe());
    case simdjson::dom::element_type::UINT64: return std::to_string(v.get_uint64().value_unsafe());
    default: return {};
  }
}

// Records up to this size are parsed by a parser kept per thread (its buffers grow to the
// largest record seen); a longer one gets a parser of its own, freed after it.
constexpr size_t kKeptParserBytes = 1 << 20;

simdjson::dom::parser NewParser() {
  simdjson::dom::parser p;
  if (p.allocate(64 * 1024, kMaxJsonDepth) != simdjson::SUCCESS) throw std::bad_alloc();
  return p;
}

std::string JsonErrorText(simdjson::error_code code) {
  switch (code) {
    case simdjson::DEPTH_ERROR: return fmt::format("JSON nested deeper than {} levels", kMaxJsonDepth);
    case simdjson::NUMBER_ERROR: return "not valid JSON: number overflow or malformed number";
    default: return fmt::format("not valid JSON: {}", simdjson::error_message(code));
  }
}

// Plain text: the whole input is one article.
size_t ReadPlainText(std::istream& in, const std::string& name, const std::string& id, const ReadOptions& opts,
                     const ArticleSink& on_article, const ErrorSink& on_error) {
  Article a;
  a.id = id;
  if (!ReadAtMost(in, opts.max_record_bytes, &a.text)) {
    on_error({name, 0, id, fmt::format("text longer than {} bytes", opts.max_record_bytes)});
    return 0;
  }
  if (std::string failure = TakeStreamFailure(in); !failure.empty()) {
    on_error({name, 0, id, "text cut short: " + failure});
    return 0;
  }
  size_t bad = 0;
  if (!text::IsValidUtf8(a.text, &bad)) {
    on_error({name, 0, id, fmt::format("invalid UTF-8 at byte {}", bad)});
    return 0;
  }
  if (size_t nul = a.text.find('\0'); nul != std::string::npos) {
    on_error({name, 0, id, fmt::format("NUL byte at byte {} (a binary file?)", nul)});
    return 0;
  }
  if (Blank(a.text)) {
    on_error({name, 0, id, "empty text"});
    return 0;
  }
  if (std::string e = TextLengthError(a, opts); !e.empty()) {
    on_error({name, 0, id, e});
    return 0;
  }
  a.published = opts.default_published;
  on_article(std::move(a));
  return 1;
}

std::string StemOf(const std::string& name) {
  return name == "<stdin>" ? "stdin" : std::filesystem::path(name).stem().string();
}

}  // namespace

std::optional<Article> ParseArticleJson(std::string_view line, std::string* error, std::string* id_out) {
  thread_local simdjson::dom::parser kept = NewParser();
  std::optional<simdjson::dom::parser> own;
  simdjson::dom::parser* parser = &kept;
  if (line.size() > kKeptParserBytes) parser = &own.emplace(NewParser());
  simdjson::dom::element root;
  if (simdjson::error_code code = parser->parse(line.data(), line.size()).get(root)) {
    size_t bad = 0;
    *error = !text::IsValidUtf8(line, &bad) ? fmt::format("invalid UTF-8 at byte {}", bad) : JsonErrorText(code);
    return std::nullopt;
  }
  simdjson::dom::object object;
  if (root.get_object().get(object)) {
    *error = "not a JSON object";
    return std::nullopt;
  }
  // The fields this reader knows; of a key given twice the last counts.
  std::optional<simdjson::dom::element> id, text, published, url, source, title;
  for (simdjson::dom::key_value_pair field : object) {
    std::string_view k = field.key;
    if (k == "id") id = field.value;
    else if (k == "text") text = field.value;
    else if (k == "published") published = field.value;
    else if (k == "url") url = field.value;
    else if (k == "source") source = field.value;
    else if (k == "title") title = field.value;
  }
  Article a;
  if (id) a.id = AsString(*id);
  if (id_out) *id_out = a.id;
  if (!text || text->is_null()) {
    *error = "no \"text\" field";
    return std::nullopt;
  }
  if (!text->is_string()) {
    *error = "\"text\" is not a string";
    return std::nullopt;
  }
  a.text = std::string(text->get_string().value_unsafe());
  if (Blank(a.text)) {
    *error = "\"text\" is empty";
    return std::nullopt;
  }
  if (size_t nul = a.text.find('\0'); nul != std::string::npos) {
    *error = fmt::format("\"text\" has a NUL character at byte {}", nul);
    return std::nullopt;
  }
  if (published && published->is_string()) {
    std::string_view p = published->get_string().value_unsafe();
    a.published = Date::Parse(p);
    if (!a.published && !Blank(p)) {
      *error = fmt::format("\"published\" is not a date: {}", p);
      // A bad date is reported but does not reject the article: the caller
      // receives the article with the error text set.
    }
  }
  if (url) a.url = AsString(*url);
  if (source) a.source = AsString(*source);
  if (title) a.title = AsString(*title);
  return a;
}

size_t ReadJsonLines(std::istream& in, const std::string& name, const ReadOptions& opts,
                     const ArticleSink& on_article, const ErrorSink& on_error) {
  size_t n = 0, lineno = 0;
  std::string line;
  bool too_long = false, newline = false;
  while (ReadLine(in, opts.max_record_bytes, &line, &too_long, &newline)) {
    ++lineno;
    if (!newline) {
      // The last line: was the input cut short?
      if (std::string failure = TakeStreamFailure(in); !failure.empty()) {
        on_error({name, lineno, "", "record cut short: " + failure});
        continue;
      }
    }
    if (too_long) {
      on_error({name, lineno, "", fmt::format("record longer than {} bytes", opts.max_record_bytes)});
      continue;
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (Blank(line)) {
      on_error({name, lineno, "", "empty line"});
      continue;
    }
    std::string error, id;
    auto a = ParseArticleJson(line, &error, &id);
    if (!a) {
      on_error({name, lineno, id, error});
      continue;
    }
    if (std::string e = TextLengthError(*a, opts); !e.empty()) {
      on_error({name, lineno, a->id, e});
      continue;
    }
    if (!error.empty()) on_error({name, lineno, a->id, error + " (article kept, no publication date)"});
    if (a->id.empty()) a->id = fmt::format("{}:{}", name, lineno);
    if (!a->published) a->published = opts.default_published;
    on_article(std::move(*a));
    ++n;
  }
  return n;
}

size_t ReadStream(std::istream& in, const std::string& name, const ReadOptions& opts, const ArticleSink& on_article,
                  const ErrorSink& on_error) {
  InputBuf buf(in.rdbuf());
  std::istream s(&buf);
  buf.DetectGzip();
  if (buf.Peek(3) == "\xEF\xBB\xBF") s.ignore(3);  // UTF-8 byte-order mark
  std::string_view head = buf.Peek(kDetectBytes);
  Detection d = DetectFormat(head, name);
  size_t n = 0;
  switch (d.format) {
    case InputFormat::kUnsupported:
      on_error({name, 0, "", fmt::format("not an input rasad reads: {}", d.what)});
      return 0;
    case InputFormat::kWarc:
      n = ReadWarc(s, name, opts, on_article, on_error);
      break;
    case InputFormat::kFeed:
      n = ReadFeed(s, name, opts, on_article, on_error);
      break;
    case InputFormat::kHtml:
      n = ReadHtml(s, name, StemOf(name), opts, on_article, on_error);
      break;
    case InputFormat::kJsonLines:
    case InputFormat::kPlainText: {
      // Leading blank lines are not records.
      for (int c; (c = buf.sgetc()) != EOF && (c == ' ' || c == '\t' || c == '\r' || c == '\n');) buf.sbumpc();
      if (buf.sgetc() == EOF) {
        std::string failure = buf.TakeFailure();
        on_error({name, 0, "", failure.empty() ? "empty input" : failure});
        return 0;
      }
      n = d.format == InputFormat::kJsonLines ? ReadJsonLines(s, name, opts, on_article, on_error)
                                              : ReadPlainText(s, name, StemOf(name), opts, on_article, on_error);
      break;
    }
  }
  if (std::string failure = buf.TakeFailure(); !failure.empty()) on_error({name, 0, "", failure});
  return n;
}

size_t ReadArticles(const std::string& path, const ReadOptions& opts, const ArticleSink& on_article,
                    const ErrorSink& on_error) {
  if (path == "-") return ReadStream(std::cin, "<stdin>", opts, on_article, on_error);
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    on_error({path, 0, "", "is a directory"});
    return 0;
  }
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    on_error({path, 0, "", "cannot open file"});
    return 0;
  }
  return ReadStream(file, path, opts, on_article, on_error);
}

}  // namespace rasad::io
