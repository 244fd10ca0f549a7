// POST /api/articles: articles as JSON Lines (the `rasad extract` input
// format, one object per line with "text" and optional "id", "published",
// "url", "source", "title") are extracted and stored in one transaction,
// exactly as `rasad ingest` stores them (unchanged articles are not extracted
// again). The answer counts what was stored and lists each rejected line.
//   - The body must be sent as application/x-ndjson, application/jsonl or
//     application/json (415 otherwise): a cross-site form cannot send those.
//   - With a token, the request needs "Authorization: Bearer <token>" (401).
//   - The body size limit is the server's (413, see server.h).
// The dictionaries and gazetteer load on the first submission.
#pragma once

#include <memory>
#include <mutex>
#include <string>

#include <httplib.h>

#include "extract/extractor.h"
#include "serve/store_pool.h"

namespace rasad::serve {

class ArticleIntake {
 public:
  // `data_dir` empty = extract::DefaultDataDir(); `token` empty = no token needed.
  ArticleIntake(StorePool& stores, std::string data_dir, std::string token);

  void Handle(const httplib::Request& req, httplib::Response& res);

 private:
  bool Authorized(const httplib::Request& req) const;
  const extract::Extractor& Extractor();

  StorePool& stores_;
  std::string data_dir_, token_;
  std::mutex load_mutex_;
  std::unique_ptr<extract::Extractor> extractor_;
};

}  // namespace rasad::serve
