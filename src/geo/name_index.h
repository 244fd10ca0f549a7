// A read-only hash table from normalized place names to gazetteer ids, built
// once at load time. Keys are in canonical form: the tokens of
// text::NormalizeKey(name) joined by single spaces. Besides the names, the
// index has an entry (without postings) for every proper token prefix of a
// multi-token name, and knows the longest name starting with a first token, so
// a scanner extends an n-gram only while some name continues it.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace rasad::geo {

class NameIndex {
 public:
  struct Entry {
    uint32_t key_begin = 0, key_size = 0;        // in the key arena
    uint32_t postings_begin = 0, postings_size = 0;
    uint32_t max_tokens = 1;  // longest name (in tokens) that starts with this key's first token
    uint8_t mark = 0;         // caller-defined (the gazetteer stores the stopword cue here)
  };

  // Building: Reserve() (optional), Add() any number of (key, id) pairs, then Finish() once.
  void Reserve(size_t keys);
  void Add(std::string_view key, uint32_t id);
  // Adds the bits of `mark` to the key's entry, creating an entry without postings if needed.
  void Mark(std::string_view key, uint8_t mark);
  void Finish();

  // The entry of `key`, or nullptr. A first-token-only entry has no postings.
  const Entry* Find(std::string_view key) const;
  std::span<const uint32_t> Postings(const Entry& e) const {
    return {postings_.data() + e.postings_begin, e.postings_size};
  }
  std::string_view Key(const Entry& e) const { return {arena_.data() + e.key_begin, e.key_size}; }
  size_t size() const { return entries_.size(); }
  size_t MemoryBytes() const;

  static uint64_t Hash(std::string_view s);

 private:
  uint32_t FindOrInsert(std::string_view key, uint64_t h);
  void Rehash(size_t cap);

  std::string arena_;
  std::vector<Entry> entries_;
  std::vector<uint32_t> postings_;
  std::vector<uint64_t> slots_;  // (hash high 32 bits << 32) | (entry index + 1); 0 = empty
  uint64_t mask_ = 0;
  // One bit per hash bucket (128 KB, stays in cache): most words of a text are no name and
  // are rejected here without touching the big table.
  std::vector<uint64_t> filter_;
  // While building: postings as linked lists (id, next index + 1).
  std::vector<std::pair<uint32_t, uint32_t>> chain_;
  std::vector<uint32_t> head_, tail_;
};

// Number of tokens of a canonical key (spaces + 1).
inline uint32_t TokenCount(std::string_view key) {
  uint32_t n = key.empty() ? 0 : 1;
  for (char c : key) n += c == ' ';
  return n;
}

}  // namespace rasad::geo
