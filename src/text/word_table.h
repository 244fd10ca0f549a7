// A small map from normalized words to values, for readers that look up every
// token of a text (number words, the first words of dates), where most tokens
// are in no table: most misses are ruled out by a bit filter before any hash;
// the others cost a hash of at most sixteen bytes and, mostly, one empty slot.
// Open addressing over a power-of-two table kept at most a quarter full. Built
// once (operator[] is not thread-safe); Find() is.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace rasad::text {

// Hash of a short word from its length and its first and last eight bytes
// (a word's letters past sixteen bytes change only the compare, not the hash).
inline uint64_t ShortWordHash(std::string_view w) {
  const char* p = w.data();
  const size_t n = w.size();
  uint64_t head = 0, tail = 0;
  if (n >= 8) {
    std::memcpy(&head, p, 8);
    std::memcpy(&tail, p + n - 8, 8);
  } else if (n >= 4) {
    uint32_t a, b;
    std::memcpy(&a, p, 4);
    std::memcpy(&b, p + n - 4, 4);
    head = a;
    tail = b;
  } else {
    for (size_t k = 0; k < n; ++k) head = head << 8 | static_cast<unsigned char>(p[k]);
  }
  uint64_t h = (head * 0x9E3779B97F4A7C15ull) ^ (tail * 0xC2B2AE3D27D4EB4Full) ^ n;
  h ^= h >> 32;
  h *= 0xFF51AFD7ED558CCDull;
  return h ^ (h >> 29);
}

template <typename V>
class WordTable {
 public:
  struct Entry {
    std::string word;
    V value{};
  };

  // The value of `word`, added with V{} when new.
  V& operator[](std::string_view word) {
    if (slots_.empty() || 4 * (entries_.size() + 1) > slots_.size()) Rehash(slots_.empty() ? 64 : 2 * slots_.size());
    const uint64_t h = ShortWordHash(word);
    size_t i = h & mask_;
    for (; slots_[i] != 0; i = (i + 1) & mask_) {
      Entry& e = entries_[Index(slots_[i])];
      if (Tag(slots_[i]) == Tag(h) && e.word == word) return e.value;
    }
    entries_.push_back({std::string(word), V{}});
    slots_[i] = Slot(h, entries_.size() - 1);
    const uint32_t bit = FilterBit(word);
    filter_[bit / 64] |= uint64_t{1} << (bit % 64);
    return entries_.back().value;
  }

  // False when `word` is surely not in the table (a filter that passes few
  // words that are not); Find() tests it first.
  bool MayHold(std::string_view word) const {
    const uint32_t bit = FilterBit(word);
    return filter_[bit / 64] >> (bit % 64) & 1;
  }
  // The value of `word`, or nullptr.
  const V* Find(std::string_view word) const {
    if (!MayHold(word)) return nullptr;
    const uint64_t h = ShortWordHash(word);
    for (size_t i = h & mask_; slots_[i] != 0; i = (i + 1) & mask_) {
      if (Tag(slots_[i]) != Tag(h)) continue;
      const Entry& e = entries_[Index(slots_[i])];
      if (e.word == word) return &e.value;
    }
    return nullptr;
  }
  bool contains(std::string_view word) const { return Find(word) != nullptr; }

  // Entries in the order they were added.
  typename std::vector<Entry>::const_iterator begin() const { return entries_.begin(); }
  typename std::vector<Entry>::const_iterator end() const { return entries_.end(); }
  size_t size() const { return entries_.size(); }

 private:
  // Most words looked up are in no table: a bit per (length, first two bytes,
  // last byte) of the words held rules out nearly all of them before the hash.
  static uint32_t FilterBit(std::string_view w) {
    const auto* p = reinterpret_cast<const unsigned char*>(w.data());
    const size_t n = w.size();
    const uint32_t k =
        n == 0 ? 0 : (uint32_t{p[0]} << 16 | uint32_t{p[n > 1]} << 8 | p[n - 1]) ^ static_cast<uint32_t>(n) << 24;
    return (k * 0x9E3779B1u) >> (32 - kFilterBits);
  }
  static constexpr unsigned kFilterBits = 12;

  // A slot: the hash's high 32 bits (a cheap first compare) and the entry index + 1; 0 is empty.
  static uint64_t Tag(uint64_t h) { return h >> 32; }
  static size_t Index(uint64_t slot) { return static_cast<size_t>(slot & 0xFFFFFFFFu) - 1; }
  static uint64_t Slot(uint64_t h, size_t index) { return Tag(h) << 32 | (index + 1); }

  void Rehash(size_t capacity) {
    slots_.assign(capacity, 0);
    mask_ = capacity - 1;
    for (size_t k = 0; k < entries_.size(); ++k) {
      const uint64_t h = ShortWordHash(entries_[k].word);
      size_t i = h & mask_;
      while (slots_[i] != 0) i = (i + 1) & mask_;
      slots_[i] = Slot(h, k);
    }
  }

  std::vector<Entry> entries_;
  std::vector<uint64_t> slots_;
  size_t mask_ = 0;
  uint64_t filter_[(1u << kFilterBits) / 64] = {};  // FilterBit() of every word held
};

}  // namespace rasad::text
