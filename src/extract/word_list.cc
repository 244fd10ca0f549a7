#include "extract/word_list.h"

#include "text/normalize.h"

namespace rasad::extract {

WordList::WordList(std::initializer_list<const char*> raw) {
  for (const char* r : raw) {
    keys_.push_back(text::NormalizeKey(r));
    if (keys_.back().size() < 64) lengths_ |= uint64_t{1} << keys_.back().size();
  }
}

int WordList::Position(std::string_view w) const {
  for (size_t i = 0; i < keys_.size(); ++i) {
    const std::string& k = keys_[i];
    if (k.size() == w.size() && (w.empty() || k.back() == w.back()) && k == w) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace rasad::extract
