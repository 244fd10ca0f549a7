#include "serve/article_view.h"

#include <algorithm>
#include <set>

namespace rasad::serve {
namespace {

// The nearest UTF-8 character boundary at or before `offset`, within the text.
size_t Boundary(const std::string& text, size_t offset) {
  offset = std::min(offset, text.size());
  while (offset > 0 && offset < text.size() && (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80) --offset;
  return offset;
}

nlohmann::ordered_json OrNull(const std::string& s) { return s.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(s); }

}  // namespace

nlohmann::ordered_json ArticleJson(const store::StoredArticle& stored) {
  const Article& a = stored.article;
  nlohmann::ordered_json j;
  j["article_id"] = a.id;
  j["title"] = OrNull(a.title);
  j["url"] = OrNull(a.url);
  j["source"] = OrNull(a.source);
  j["published"] = a.published ? nlohmann::ordered_json(a.published->iso()) : nullptr;
  j["text"] = a.text;
  auto& spans = j["spans"] = nlohmann::ordered_json::array();
  std::set<size_t> cuts = {0, a.text.size()};
  for (const auto& s : stored.spans) {
    spans.push_back({{"kind", s.kind},
                     {"record_id", s.record_id},
                     {"incident_id", OrNull(s.incident_id)},
                     {"begin", s.begin},
                     {"end", s.end}});
    cuts.insert(Boundary(a.text, s.begin));
    cuts.insert(Boundary(a.text, s.end));
  }
  auto& segments = j["segments"] = nlohmann::ordered_json::array();
  for (auto it = cuts.begin(); std::next(it) != cuts.end(); ++it) {
    const size_t begin = *it, end = *std::next(it);
    nlohmann::ordered_json records = nlohmann::ordered_json::array();
    for (const auto& s : stored.spans)
      if (Boundary(a.text, s.begin) <= begin && end <= Boundary(a.text, s.end)) records.push_back(s.record_id);
    segments.push_back({{"text", a.text.substr(begin, end - begin)}, {"records", std::move(records)}});
  }
  return j;
}

}  // namespace rasad::serve
