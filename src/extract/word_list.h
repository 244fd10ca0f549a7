// A fixed list of words that the rules test tokens against ("من"، "في"، "بين"...),
// normalized once (text::NormalizeKey) when the list is built. Find() rejects
// most words on their length, last and second bytes alone and compares only with the
// listed words of the same length (their first and last eight bytes as two
// integers), so a test costs a few integer operations; rules keep their lists
// in function-local statics, built on first use.
#pragma once

#include <algorithm>
#include <array>
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
  bool Has(std::string_view w) const { return Find(w) >= 0; }
  // The position of `w` in the list (the first, if listed twice), or -1.
  int Find(std::string_view w) const {
    if (w.size() < 2) return Listed(w.size(), 0, 0, true) ? Position(w) : -1;
    return FindInText(w);
  }
  // Find() for a word inside a longer text that may be read a byte past the
  // word's first (a token of a std::string: the text or its terminating NUL):
  // the word's bytes are read before its length is known to have them.
  int FindInText(std::string_view w) const {
    const size_t n = w.size();
    const auto* p = reinterpret_cast<const unsigned char*>(w.data());
    return Listed(n, p[n - (n > 0)], p[1], n < 2) ? Position(w) : -1;
  }

 private:
  static constexpr size_t kShort = 64;  // words this long or longer share one run
  struct Key {
    std::string text;
    int position;         // in the list as written
    uint64_t head, tail;  // HeadTail(text)
  };
  // One test, with no branch before it, rejects most words: their length, last
  // byte and second byte must all be listed ones (`short_word`, of fewer than two
  // bytes: its length alone). Three tests in turn would each be a guess.
  // (Arabic letters share their first byte: the second tells them apart.)
  bool Listed(size_t n, unsigned char last, unsigned char second, bool short_word) const {
    const uint64_t any = -static_cast<uint64_t>(short_word);  // all bits: no byte test
    return (lengths_ >> std::min(n, kShort - 1)) & ((ends_ >> (last & 63)) | any) & ((seconds_ >> (second & 63)) | any) & 1;
  }
  // A word's first and last bytes, eight or fewer (they overlap in words of
  // fewer than sixteen bytes): two words of the same length up to sixteen
  // bytes are equal when these are.
  static void HeadTail(std::string_view w, uint64_t* head, uint64_t* tail);
  int Position(std::string_view w) const;  // compares the bytes

  uint64_t lengths_ = 0;           // bit n: a word of n bytes is listed (bit 63: of 63 or more)
  uint64_t ends_ = 0;              // bit b: a listed word's last byte is b modulo 64
  uint64_t seconds_ = 0;           // bit b: a listed word of two bytes or more has b (modulo 64) second
  std::vector<Key> keys_;          // by length, then position
  std::array<uint16_t, kShort + 2> first_{};  // keys_ of n bytes: [first_[n], first_[n + 1]); longer: from first_[kShort]
};

}  // namespace rasad::extract
