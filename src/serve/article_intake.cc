#include "serve/article_intake.h"

#include <openssl/crypto.h>

#include <sstream>

#include "io/article_reader.h"
#include "serve/json_reply.h"
#include "store/fingerprint.h"

namespace rasad::serve {
namespace {

bool JsonLinesType(const httplib::Request& req) {
  std::string type = req.get_header_value("Content-Type");
  type = type.substr(0, type.find(';'));
  while (!type.empty() && type.back() == ' ') type.pop_back();
  for (auto& c : type) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return type == "application/x-ndjson" || type == "application/jsonl" || type == "application/json";
}

}  // namespace

ArticleIntake::ArticleIntake(StorePool& stores, std::string data_dir, std::string token)
    : stores_(stores), data_dir_(std::move(data_dir)), token_(std::move(token)) {}

bool ArticleIntake::Authorized(const httplib::Request& req) const {
  if (token_.empty()) return true;
  const std::string expected = "Bearer " + token_;
  const std::string given = req.get_header_value("Authorization");
  return given.size() == expected.size() && CRYPTO_memcmp(given.data(), expected.data(), given.size()) == 0;
}

const extract::Extractor& ArticleIntake::Extractor() {
  std::lock_guard lock(load_mutex_);
  if (!extractor_)
    extractor_ = std::make_unique<extract::Extractor>(data_dir_.empty() ? extract::DefaultDataDir() : data_dir_);
  return *extractor_;
}

void ArticleIntake::Handle(const httplib::Request& req, httplib::Response& res) {
  if (!Authorized(req)) {
    res.set_header("WWW-Authenticate", "Bearer");
    return ReplyError(res, 401, "a valid 'Authorization: Bearer <token>' header is needed to submit articles");
  }
  if (!JsonLinesType(req))
    return ReplyError(res, 415, "send the articles as JSON Lines with Content-Type application/x-ndjson");
  std::vector<store::Submission> batch;
  nlohmann::ordered_json rejected = nlohmann::ordered_json::array();
  std::istringstream body(req.body);
  io::ReadJsonLines(
      body, "request", {}, [&](Article&& a) { batch.push_back(store::Submission{std::move(a), {}, {}, {}}); },
      [&](const io::InputError& e) {
        if (e.message.find("article kept") != std::string::npos) return;
        rejected.push_back({{"line", e.line}, {"id", e.id.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(e.id)},
                            {"message", e.message}});
      });
  if (batch.empty()) {
    nlohmann::ordered_json err = {{"error", {{"status", 400}, {"message", "no article could be read from the body"}}},
                                  {"rejected", rejected}};
    return ReplyJson(res, err, 400);
  }
  const extract::Extractor* extractor = nullptr;
  try {
    extractor = &Extractor();
  } catch (const std::exception& e) {
    return ReplyError(res, 503, std::string("cannot load the dictionaries: ") + e.what());
  }
  try {
    auto db = stores_.Acquire();
    for (auto& s : batch) {
      s.fingerprint = store::Sha256Hex(s.article.text);
      if (db->Fingerprint(s.article.id) == s.fingerprint) continue;  // stored as it is: counted unchanged
      extract::Extraction x = extractor->Extract(s.article);
      s.events = std::move(x.events);
      s.tallies = std::move(x.tallies);
    }
    store::IngestCounts c = db->Ingest(batch);
    nlohmann::ordered_json ids = nlohmann::ordered_json::array();
    for (const auto& s : batch) ids.push_back(s.article.id);
    ReplyJson(res,
              {{"articles", {{"new", c.fresh}, {"unchanged", c.unchanged}, {"replaced", c.replaced}, {"rejected", rejected.size()}}},
               {"stored", {{"events", c.events}, {"tallies", c.tallies}}},
               {"article_ids", ids},
               {"rejected", rejected}},
              200);
  } catch (const std::exception& e) {
    ReplyError(res, 503, std::string("the articles could not be stored: ") + e.what());
  }
}

}  // namespace rasad::serve
