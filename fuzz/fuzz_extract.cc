// The whole extraction of one article, with the repository's data/. The
// text is what the readers deliver: well-formed UTF-8 without NUL bytes.
// Every record must point at a span of the article.
#include <algorithm>
#include <string>

#include "extract/extractor.h"
#include "text/utf8.h"

#define CHECK(c) \
  if (!(c)) __builtin_trap()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const rasad::extract::Extractor* x = new rasad::extract::Extractor(RASAD_SOURCE_DIR "/data");
  rasad::Article a;
  a.id = "fuzz";
  a.text = rasad::text::RepairUtf8(std::string_view(reinterpret_cast<const char*>(data), size));
  std::replace(a.text.begin(), a.text.end(), '\0', ' ');
  if (size % 3) a.published = rasad::Date{2024, 3, 14};
  rasad::extract::Extraction r = x->Extract(a);
  for (const auto& e : r.events) {
    CHECK(e.evidence_begin <= e.evidence_end && e.evidence_end <= a.text.size());
    if (e.event_date) CHECK(e.event_date->valid());
  }
  for (const auto& t : r.tallies) CHECK(t.evidence_begin <= t.evidence_end && t.evidence_end <= a.text.size());
  return 0;
}
