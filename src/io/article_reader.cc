#include "io/article_reader.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "text/utf8.h"

namespace rasad::io {

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

std::string AsString(const nlohmann::json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number_integer()) return std::to_string(v.get<long long>());
  if (v.is_number_unsigned()) return std::to_string(v.get<unsigned long long>());
  return {};
}

}  // namespace

std::optional<Article> ParseArticleJson(std::string_view line, std::string* error, std::string* id_out) {
  size_t bad = 0;
  if (!text::IsValidUtf8(line, &bad)) {
    *error = fmt::format("invalid UTF-8 at byte {}", bad);
    return std::nullopt;
  }
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(line.begin(), line.end(), nullptr, true, false);
  } catch (const nlohmann::json::parse_error& e) {
    *error = fmt::format("not valid JSON: {}", e.what());
    return std::nullopt;
  }
  if (!j.is_object()) {
    *error = "not a JSON object";
    return std::nullopt;
  }
  Article a;
  if (auto it = j.find("id"); it != j.end()) a.id = AsString(*it);
  if (id_out) *id_out = a.id;
  auto text = j.find("text");
  if (text == j.end() || text->is_null()) {
    *error = "no \"text\" field";
    return std::nullopt;
  }
  if (!text->is_string()) {
    *error = "\"text\" is not a string";
    return std::nullopt;
  }
  a.text = text->get<std::string>();
  if (Blank(a.text)) {
    *error = "\"text\" is empty";
    return std::nullopt;
  }
  if (auto it = j.find("published"); it != j.end() && it->is_string()) {
    a.published = Date::Parse(it->get<std::string>());
    if (!a.published && !Blank(it->get<std::string>())) {
      *error = fmt::format("\"published\" is not a date: {}", it->get<std::string>());
      // A bad date is reported but does not reject the article: the caller
      // receives the article with the error text set.
    }
  }
  if (auto it = j.find("url"); it != j.end()) a.url = AsString(*it);
  if (auto it = j.find("source"); it != j.end()) a.source = AsString(*it);
  if (auto it = j.find("title"); it != j.end()) a.title = AsString(*it);
  return a;
}

size_t ReadJsonLines(std::istream& in, const std::string& name, const ReadOptions& opts,
                     const ArticleSink& on_article, const ErrorSink& on_error) {
  size_t n = 0, lineno = 0;
  std::string line;
  while (true) {
    line.clear();
    // Read one line without letting a huge one grow unbounded.
    bool too_long = false, got = false;
    for (int c; (c = in.get()) != EOF;) {
      got = true;
      if (c == '\n') break;
      if (line.size() < opts.max_record_bytes) line.push_back(static_cast<char>(c));
      else too_long = true;
    }
    if (!got) break;
    ++lineno;
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
    if (!error.empty()) on_error({name, lineno, a->id, error + " (article kept, no publication date)"});
    if (a->id.empty()) a->id = fmt::format("{}:{}", name, lineno);
    if (!a->published) a->published = opts.default_published;
    on_article(std::move(*a));
    ++n;
  }
  return n;
}

size_t ReadArticles(const std::string& path, const ReadOptions& opts, const ArticleSink& on_article,
                    const ErrorSink& on_error) {
  std::ifstream file;
  std::istream* in = &std::cin;
  std::string name = path == "-" ? "<stdin>" : path;
  if (path != "-") {
    file.open(path, std::ios::binary);
    if (!file) {
      on_error({name, 0, "", "cannot open file"});
      return 0;
    }
    in = &file;
  }
  // Detect the format from the first non-blank byte.
  int first = EOF;
  while ((first = in->peek()) != EOF && (first == ' ' || first == '\t' || first == '\r' || first == '\n')) in->get();
  if (first == EOF) {
    on_error({name, 0, "", "empty input"});
    return 0;
  }
  if (first == '{') return ReadJsonLines(*in, name, opts, on_article, on_error);

  std::ostringstream buf;
  buf << in->rdbuf();
  Article a;
  a.text = buf.str();
  a.id = path == "-" ? "stdin" : std::filesystem::path(path).stem().string();
  size_t bad = 0;
  if (!text::IsValidUtf8(a.text, &bad)) {
    on_error({name, 0, a.id, fmt::format("invalid UTF-8 at byte {}", bad)});
    return 0;
  }
  if (Blank(a.text)) {
    on_error({name, 0, a.id, "empty text"});
    return 0;
  }
  a.published = opts.default_published;
  on_article(std::move(a));
  return 1;
}

}  // namespace rasad::io
