// Helpers for the io tests: what a reader delivers, fixtures, gzip members,
// WARC records and temporary directories.
#pragma once

#include <unistd.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "io/article_reader.h"

namespace rasad::io::testing {

// Sanitizer and unoptimized builds run 10 to 50 times slower: there the
// largest hostile inputs are scaled down (the release suite runs them at full
// size), so that the ASan suite stays within CI's minutes.
#if defined(__SANITIZE_ADDRESS__) || !defined(__OPTIMIZE__)
inline constexpr bool kSlowBuild = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool kSlowBuild = true;
#else
inline constexpr bool kSlowBuild = false;
#endif
#else
inline constexpr bool kSlowBuild = false;
#endif

struct Collected {
  std::vector<Article> articles;
  std::vector<InputError> errors;
  ArticleSink Articles() {
    return [this](Article&& a) { articles.push_back(std::move(a)); };
  }
  ErrorSink Errors() {
    return [this](const InputError& e) { errors.push_back(e); };
  }
  std::string ErrorText() const {
    std::string out;
    for (const auto& e : errors) out += e.ToString() + "\n";
    return out;
  }
};

// Reads `body` through format detection, as if it were the file `name`.
inline Collected ReadBody(const std::string& body, const std::string& name = "input", ReadOptions opts = {}) {
  Collected c;
  std::istringstream in(body);
  ReadStream(in, name, opts, c.Articles(), c.Errors());
  return c;
}

inline Collected ReadPath(const std::string& path, ReadOptions opts = {}) {
  Collected c;
  ReadArticles(path, opts, c.Articles(), c.Errors());
  return c;
}

inline std::string FixturePath(const std::string& name) {
  return std::string(RASAD_SOURCE_DIR) + "/tests/fixtures/input/" + name;
}

inline std::string Fixture(const std::string& name) {
  std::ifstream in(FixturePath(name), std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// One gzip member.
inline std::string Gzip(std::string_view data) {
  z_stream z{};
  deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, static_cast<uLong>(data.size())) + 64, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

inline std::string HttpResponse(const std::string& status, const std::string& content_type, const std::string& body,
                                const std::string& extra_headers = "") {
  return "HTTP/1.1 " + status + "\r\nContent-Type: " + content_type + "\r\n" + extra_headers +
         "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

inline std::string WarcRecord(const std::string& type, const std::string& uri, const std::string& block,
                              const std::string& content_type = "application/http; msgtype=response",
                              const std::string& date = "2023-10-10T01:00:00Z") {
  std::string h = "WARC/1.1\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:12345678-0000>\r\nWARC-Date: " +
                  date + "\r\n";
  if (!uri.empty()) h += "WARC-Target-URI: " + uri + "\r\n";
  h += "Content-Type: " + content_type + "\r\nContent-Length: " + std::to_string(block.size()) + "\r\n\r\n";
  return h + block + "\r\n\r\n";
}

class TempDir {
 public:
  TempDir() {
    static int n = 0;
    path_ = std::filesystem::temp_directory_path() /
            ("rasad_io_" + std::to_string(::getpid()) + "_" + std::to_string(n++));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  std::string File(const std::string& name) const { return (path_ / name).string(); }
  std::string Write(const std::string& name, std::string_view body) const {
    std::ofstream(File(name), std::ios::binary).write(body.data(), static_cast<std::streamsize>(body.size()));
    return File(name);
  }

 private:
  std::filesystem::path path_;
};

}  // namespace rasad::io::testing
