#include "extract/word_list.h"

#include <algorithm>

#include "text/normalize.h"

namespace rasad::extract {

WordList::WordList(std::initializer_list<const char*> raw) {
  for (const char* r : raw) keys_.push_back({text::NormalizeKey(r), static_cast<int>(keys_.size())});
  auto run = [](const Key& k) { return std::min(k.text.size(), kShort); };
  std::stable_sort(keys_.begin(), keys_.end(), [&](const Key& x, const Key& y) { return run(x) < run(y); });
  for (size_t n = 0, i = 0; n <= kShort + 1; ++n) {
    while (i < keys_.size() && run(keys_[i]) < n) ++i;
    first_[n] = static_cast<uint16_t>(i);
  }
  for (const Key& k : keys_)
    if (k.text.size() < kShort) lengths_ |= uint64_t{1} << k.text.size();
}

int WordList::Position(std::string_view w) const {
  size_t n = std::min(w.size(), kShort);
  for (size_t i = first_[n]; i < first_[n + 1]; ++i) {
    const std::string& k = keys_[i].text;
    if (k.size() == w.size() && (w.empty() || k.back() == w.back()) && k == w) return keys_[i].position;
  }
  return -1;
}

}  // namespace rasad::extract
