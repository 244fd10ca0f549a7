// A read-only hash table from normalized place names to gazetteer ids, built
// once at load time. Keys are in canonical form: the tokens of
// text::NormalizeKey(name) joined by single spaces. Besides the names, the
// index has an entry (without postings) for every proper token prefix of a
// multi-token name, and knows the longest name starting with a first token, so
// a scanner extends an n-gram only while some name continues it (MayContinue tells most
// tokens that continue none before the longer n-gram is hashed).
//
// Layout (a scan looks up most words of a text, and their cache misses cost more than the
// compares): Finish() lays the entries out as the open-addressing table itself, in the order
// they are probed, one cache line each, with the key inside the entry when it fits (nearly
// all). A hit reads one line (rarely its neighbour too), not three dependent ones (a slot,
// an entry and the key's bytes in an arena).
#pragma once

#include <algorithm>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace rasad::geo {

class NameIndex {
 public:
  static constexpr size_t kInlineKey = 32;  // bytes of a key kept in its entry
  struct alignas(64) Entry {  // (one cache line)
    uint32_t key_size = 0;    // 0: an empty table slot (keys are never empty)
    uint32_t key_begin = 0;   // in the key arena, for a key longer than kInlineKey bytes
    uint32_t postings_begin = 0, postings_size = 0;
    uint32_t max_tokens = 1;  // longest name (in tokens) that starts with this key's first token
    uint8_t mark = 0;         // caller-defined (the gazetteer stores the stopword cue here)
    uint64_t next_tokens = 0; // NextTokenBit of every token that follows this key in a name
    char key_head[kInlineKey] = {};  // the key when it fits (zero-padded), else its first bytes
  };
  static_assert(sizeof(Entry) == 64);

  // Building: Reserve() (optional), Add() any number of (key, id) pairs, then Finish() once.
  void Reserve(size_t keys);
  void Add(std::string_view key, uint32_t id);
  // Adds the bits of `mark` to the key's entry, creating an entry without postings if needed.
  void Mark(std::string_view key, uint8_t mark);
  void Finish();

  // The entry of `key`, or nullptr. A first-token-only entry has no postings.
  const Entry* Find(std::string_view key) const { return Find(key, Hash(key)); }
  // The same, for h == Hash(key).
  const Entry* Find(std::string_view key, uint64_t h) const;
  // False when no key has hash h (most words of a text; a cheap bit test); true may be a false positive.
  bool MayContain(uint64_t h) const;
  // Find() past the filter: for a key whose hash passed MayContain.
  const Entry* Probe(std::string_view key, uint64_t h) const;
  std::span<const uint32_t> Postings(const Entry& e) const {
    return {postings_.data() + e.postings_begin, e.postings_size};
  }
  std::string_view Key(const Entry& e) const {
    return {e.key_size <= kInlineKey ? e.key_head : arena_.data() + e.key_begin, e.key_size};
  }
  size_t size() const { return size_; }
  size_t MemoryBytes() const;

  // 64-bit hash of a key (also the gazetteer's string hash). Inline: it runs for every word
  // of every article.
  static uint64_t Hash(std::string_view s);

  // False when no name continues key e with the token `next` (a filter on its length and
  // first letter: true may be a false positive).
  static bool MayContinue(const Entry& e, std::string_view next) { return e.next_tokens & NextTokenBit(next); }
  // One of 64 bits for a token: by its length and its first letter, the one after the article
  // "ال" when it has one (most words that follow a common first word do: "في الجيش"، "في
  // المنطقة" must not all share the bit of "في الحديدة").
  static uint64_t NextTokenBit(std::string_view token) {
    const size_t at = token.size() > 4 && token.starts_with("\xD8\xA7\xD9\x84") ? 4 : 0;  // ال
    const uint32_t letter = token.size() > at ? static_cast<uint32_t>(static_cast<unsigned char>(token[at])) << 8 |
                                                    (token.size() > at + 1 ? static_cast<unsigned char>(token[at + 1]) : 0u)
                                              : 0;
    const uint32_t c = letter << 6 | static_cast<uint32_t>(std::min<size_t>(token.size(), 63));
    return uint64_t{1} << ((c * 0x9E3779B1u) >> 26);
  }

 private:
  uint32_t FindOrInsert(std::string_view key, uint64_t h);
  void Rehash(size_t cap);
  void LayOut();

  std::string arena_;               // keys longer than kInlineKey bytes
  std::vector<uint32_t> postings_;
  // The table (after Finish): a power-of-two number of entries, linear probing from
  // Hash(key) & mask_, at most half full.
  std::vector<Entry> table_;
  uint64_t mask_ = 0;
  size_t size_ = 0;
  // While building: the entries in insertion order and their open-addressing slots
  // ((hash high 32 bits << 32) | (entry index + 1); 0 = empty).
  std::vector<Entry> entries_;
  std::vector<uint64_t> slots_;
  uint64_t slot_mask_ = 0;
  // One bit per hash bucket (128 KB, stays in cache): most words of a text are no name and
  // are rejected here without touching the big table. FilterBit: bits of the hash that the
  // slot index does not use much (the high half is the tag).
  static constexpr size_t kFilterWords = 1 << 14;  // 2^20 bits
  static uint64_t FilterBit(uint64_t h) { return (h >> 20) & (kFilterWords * 64 - 1); }
  std::vector<uint64_t> filter_;
  // While building: postings as linked lists (id, next index + 1).
  std::vector<std::pair<uint32_t, uint32_t>> chain_;
  std::vector<uint32_t> head_, tail_;
};

namespace name_index_detail {

inline uint64_t Load64(const char* p) {
  uint64_t v;
  __builtin_memcpy(&v, p, 8);
  return v;
}
inline uint64_t Load32(const char* p) {
  uint32_t v;
  __builtin_memcpy(&v, p, 4);
  return v;
}
// The 128-bit product of a and b, its halves xor-ed.
inline uint64_t Mix(uint64_t a, uint64_t b) {
  const unsigned __int128 r = static_cast<unsigned __int128>(a) * b;
  return static_cast<uint64_t>(r) ^ static_cast<uint64_t>(r >> 64);
}

// a == b; keys of 8 to 16 bytes (most) compared as two overlapping words.
inline bool SameKey(std::string_view a, std::string_view b) {
  const size_t n = a.size();
  if (n != b.size()) return false;
  if (n < 8 || n > 16) return a == b;
  return Load64(a.data()) == Load64(b.data()) && Load64(a.data() + n - 8) == Load64(b.data() + n - 8);
}

// The n bytes at a and b are equal, for 4 <= n <= 16 (most words): two overlapping loads
// of each, no memcmp call.
inline bool SameBytes4To16(const char* a, const char* b, size_t n) {
  if (n >= 8) return Load64(a) == Load64(b) && Load64(a + n - 8) == Load64(b + n - 8);
  return Load32(a) == Load32(b) && Load32(a + n - 4) == Load32(b + n - 4);
}

}  // namespace name_index_detail

// After wyhash (public domain, by Wang Yi): a key of 8 to 16 bytes (most words) is read as
// two overlapping words, a shorter one as two overlapping halves or three bytes, a longer one
// 16 bytes at a time; then two 64x64->128 multiply-folds.
inline uint64_t NameIndex::Hash(std::string_view s) {
  using name_index_detail::Load32;
  using name_index_detail::Load64;
  using name_index_detail::Mix;
  constexpr uint64_t k0 = 0xa0761d6478bd642full, k1 = 0xe7037ed1a0b428dbull;
  const char* p = s.data();
  const size_t n = s.size();
  uint64_t a = 0, b = 0, seed = k0;
  if (n >= 8 && n <= 16) {
    a = Load64(p);
    b = Load64(p + n - 8);
  } else if (n > 16) {
    size_t left = n;
    for (; left > 16; p += 16, left -= 16) seed = Mix(Load64(p) ^ k1, Load64(p + 8) ^ seed);
    a = Load64(p + left - 16);
    b = Load64(p + left - 8);
  } else if (n >= 4) {
    a = Load32(p);
    b = Load32(p + n - 4);
  } else if (n > 0) {
    a = (static_cast<uint64_t>(static_cast<unsigned char>(p[0])) << 16) |
        (static_cast<uint64_t>(static_cast<unsigned char>(p[n >> 1])) << 8) | static_cast<unsigned char>(p[n - 1]);
  }
  return Mix(k1 ^ n, Mix(a ^ k1, b ^ seed));
}

// Inline: it runs for most words that pass the filter.
inline const NameIndex::Entry* NameIndex::Probe(std::string_view key, uint64_t h) const {
  if (table_.empty()) return nullptr;
  const size_t n = key.size();
  for (uint64_t s = h & mask_;; s = (s + 1) & mask_) {
    const Entry& e = table_[s];
    if (e.key_size == 0) return nullptr;
    if (e.key_size == n &&
        (n >= 4 && n <= 16 ? name_index_detail::SameBytes4To16(key.data(), e.key_head, n) : Key(e) == key))
      return &e;
  }
}

inline bool NameIndex::MayContain(uint64_t h) const {
  if (filter_.empty()) return !table_.empty();
  const uint64_t b = FilterBit(h);
  return (filter_[b >> 6] >> (b & 63)) & 1;
}

// Inline up to the filter, which rejects most words; the table probe is Probe().
inline const NameIndex::Entry* NameIndex::Find(std::string_view key, uint64_t h) const {
  return MayContain(h) ? Probe(key, h) : nullptr;
}

// Number of tokens of a canonical key (spaces + 1).
inline uint32_t TokenCount(std::string_view key) {
  if (key.empty()) return 0;
  uint32_t n = 1;
  for (size_t sp = key.find(' '); sp != std::string_view::npos; sp = key.find(' ', sp + 1)) ++n;
  return n;
}

}  // namespace rasad::geo
