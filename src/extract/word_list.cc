#include "extract/word_list.h"

#include "text/normalize.h"

namespace rasad::extract {

WordList::WordList(std::initializer_list<const char*> raw) {
  for (const char* r : raw) {
    keys_.push_back(text::NormalizeKey(r));
    if (keys_.back().size() < 64) lengths_ |= uint64_t{1} << keys_.back().size();
  }
}

}  // namespace rasad::extract
