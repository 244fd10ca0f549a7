// A fixed list of words that the rules test tokens against ("من"، "في"، "بين"...),
// normalized once (text::NormalizeKey) when the list is built. Has() rejects
// most words on their length alone and compares bytes only with words of the
// same length, so a test costs a few integer operations; rules keep their
// lists in function-local statics, built on first use.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace rasad::extract {

class WordList {
 public:
  // `raw`: words as written in the code (Arabic with hamzas, ta marbuta...).
  WordList(std::initializer_list<const char*> raw);

  // True when `w` (normalized text) is one of the words.
  bool Has(std::string_view w) const {
    if (w.size() < 64 && !((lengths_ >> w.size()) & 1)) return false;
    for (const std::string& k : keys_)
      if (k.size() == w.size() && (w.empty() || k.back() == w.back()) && k == w) return true;
    return false;
  }

 private:
  uint64_t lengths_ = 0;  // bit n: a word of n bytes is listed (longer words are always compared)
  std::vector<std::string> keys_;
};

}  // namespace rasad::extract
