// Normalizer and tokenizer: offsets stay inside the original and the
// normalized text, tokens and sentences are ordered and in bounds.
#include <string>

#include "text/normalize.h"
#include "text/tokenize.h"

#define CHECK(c) \
  if (!(c)) __builtin_trap()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view original(reinterpret_cast<const char*>(data), size);
  rasad::text::NormalizedText n = rasad::text::Normalize(original);
  CHECK(n.origin.size() == n.text.size() + 1);
  for (size_t i = 0; i <= n.text.size(); ++i) {
    CHECK(n.ToOriginal(i) <= size);
    if (i > 0) CHECK(n.ToOriginalEnd(i) <= size);
  }
  auto tokens = rasad::text::Tokenize(n.text);
  uint32_t prev = 0;
  for (const auto& t : tokens) {
    CHECK(t.begin >= prev && t.begin < t.end && t.end <= n.text.size());
    prev = t.end;
  }
  for (const auto& s : rasad::text::SplitSentences(n.text)) {
    CHECK(s.begin <= s.end && s.end <= n.text.size());
    for (const auto& c : rasad::text::SplitClauses(n.text, s)) CHECK(c.begin <= c.end && c.end <= n.text.size());
  }
  rasad::text::NormalizeKey(original);
  return 0;
}
