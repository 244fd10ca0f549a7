// A fixed list of words that the rules test tokens against ("من"، "في"، "بين"...),
// normalized once (text::NormalizeKey) when the list is built. Find() rejects
// most words on their length and three of their bytes alone (one bit of a small
// table, with no branch before the test) and compares only with the listed words of
// the same length (their first and last eight bytes as two integers), so a test
// costs a few integer operations; rules keep their lists in function-local
// statics, built on first use.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace rasad::extract {

class alignas(64) WordList {  // (its filter in one cache line)
 public:
  // `raw`: words as written in the code (Arabic with hamzas, ta marbuta...).
  WordList(std::initializer_list<const char*> raw);

  // True when `w` (normalized text) is one of the words.
  bool Has(std::string_view w) const { return Find(w) >= 0; }
  // The position of `w` in the list (the first, if listed twice), or -1.
  int Find(std::string_view w) const {
    if (w.size() < 2) return Listed(w.size(), 0, 0, 0, true) ? Position(w) : -1;
    return FindInText(w);
  }
  // Find() for a word inside a longer text that may be read a byte past the
  // word's first (a token of a std::string: the text or its terminating NUL):
  // the word's bytes are read before its length is known to have them.
  int FindInText(std::string_view w) const {
    const size_t n = w.size();
    const auto* p = reinterpret_cast<const unsigned char*>(w.data());
    return Listed(n, p[n - (n > 0)], p[1], p[n >= 3 ? n - 3 : 0], n < 2) ? Position(w) : -1;
  }

 private:
  static constexpr size_t kShort = 64;  // words this long or longer share one run
  struct Key {
    std::string text;
    int position;         // in the list as written
    uint64_t head, tail;  // HeadTail(text)
  };
  // One test, with no branch before it, rejects most words: some listed word must
  // have the word's length, and some its length, last byte, second byte and the
  // second byte of its last letter but one (`third_last`) all four, hashed to a bit
  // of joint_ (a word of fewer than two bytes, `short_word`: its length alone).
  // Tests in turn would each be a guess, and bytes tested apart would let through
  // the many words that share each with some listed word. (Arabic letters share
  // their first byte: the second tells them apart.)
  bool Listed(size_t n, unsigned char last, unsigned char second, unsigned char third_last, bool short_word) const {
    const uint64_t any = -static_cast<uint64_t>(short_word);  // all bits: no byte test
    const size_t j = Joint(n, last, second, third_last);
    return (lengths_ >> std::min(n, kShort - 1)) & ((joint_[j >> 6] >> (j & 63)) | any) & 1;
  }
  // A bit of joint_ for a word's length and three of its bytes.
  static size_t Joint(size_t n, unsigned char last, unsigned char second, unsigned char third_last) {
    const uint32_t bytes = static_cast<uint32_t>(n) << 24 | uint32_t{last} << 16 | uint32_t{second} << 8 | third_last;
    return (bytes * 0x9E3779B1u) >> 24;  // 0..255
  }
  // A word's first and last bytes, eight or fewer (they overlap in words of
  // fewer than sixteen bytes): two words of the same length up to sixteen
  // bytes are equal when these are.
  static void HeadTail(std::string_view w, uint64_t* head, uint64_t* tail);
  int Position(std::string_view w) const;  // compares the bytes

  // (The filter and keys_ in the first cache line.)
  uint64_t lengths_ = 0;             // bit n: a word of n bytes is listed (bit 63: of 63 or more)
  std::array<uint64_t, 4> joint_{};  // bit Joint(...) of each listed word of two bytes or more
  std::vector<Key> keys_;            // by length, then position
  std::array<uint16_t, kShort + 2> first_{};  // keys_ of n bytes: [first_[n], first_[n + 1]); longer: from first_[kShort]
};

}  // namespace rasad::extract
