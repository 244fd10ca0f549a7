// A fixed list of words that the rules test tokens against ("من"، "في"، "بين"...),
// normalized once (text::NormalizeKey) when the list is built. Find() rejects
// most words on their length, last and second bytes alone and compares only with the
// listed words of the same length (their first and last eight bytes as two
// integers), so a test costs a few integer operations; rules keep their lists
// in function-local statics, built on first use.
#pragma once

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
    if (w.size() < kShort && !((lengths_ >> w.size()) & 1)) return -1;
    if (!w.empty() && !((ends_ >> (static_cast<unsigned char>(w.back()) & 63)) & 1)) return -1;
    // (Arabic letters share their first byte: the second tells them apart.)
    if (w.size() >= 2 && !((seconds_ >> (static_cast<unsigned char>(w[1]) & 63)) & 1)) return -1;
    return Position(w);
  }

 private:
  static constexpr size_t kShort = 64;  // words this long or longer share one run
  struct Key {
    std::string text;
    int position;         // in the list as written
    uint64_t head, tail;  // HeadTail(text)
  };
  // A word's first and last bytes, eight or fewer (they overlap in words of
  // fewer than sixteen bytes): two words of the same length up to sixteen
  // bytes are equal when these are.
  static void HeadTail(std::string_view w, uint64_t* head, uint64_t* tail);
  int Position(std::string_view w) const;  // compares the bytes

  uint64_t lengths_ = 0;           // bit n: a word of n bytes is listed
  uint64_t ends_ = 0;              // bit b: a listed word's last byte is b modulo 64
  uint64_t seconds_ = 0;           // bit b: a listed word of two bytes or more has b (modulo 64) second
  std::vector<Key> keys_;          // by length, then position
  std::array<uint16_t, kShort + 2> first_{};  // keys_ of n bytes: [first_[n], first_[n + 1]); longer: from first_[kShort]
};

}  // namespace rasad::extract
