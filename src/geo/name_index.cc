#include "geo/name_index.h"

#include <algorithm>
#include <cstring>

namespace rasad::geo {
namespace {

constexpr size_t kFilterWords = 1 << 14;  // 2^20 bits

// Bits of the hash that the slot index does not use much (the high half is the tag).
inline uint64_t FilterBit(uint64_t h) { return (h >> 20) & (kFilterWords * 64 - 1); }

}  // namespace

uint64_t NameIndex::Hash(std::string_view s) {
  // 8 bytes at a time, multiply-xorshift mixing (keys are short UTF-8 strings).
  constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
  uint64_t h = 0x243F6A8885A308D3ull ^ (s.size() * kMul);
  const char* p = s.data();
  size_t n = s.size();
  for (; n >= 8; p += 8, n -= 8) {
    uint64_t w;
    __builtin_memcpy(&w, p, 8);
    h = (h ^ w) * kMul;
    h ^= h >> 29;
  }
  if (n > 0) {
    uint64_t w = 0;
    if (s.size() >= 8) {
      __builtin_memcpy(&w, s.data() + s.size() - 8, 8);  // the last 8 bytes, overlapping
    } else {
      for (size_t k = 0; k < n; ++k) w |= static_cast<uint64_t>(static_cast<unsigned char>(p[k])) << (8 * k);
    }
    h = (h ^ w) * kMul;
    h ^= h >> 29;
  }
  h *= 0xBF58476D1CE4E5B9ull;
  return h ^ (h >> 31);
}

void NameIndex::Reserve(size_t keys) {
  entries_.reserve(keys);
  arena_.reserve(keys * 16);
  chain_.reserve(keys);
  size_t cap = 16;
  while (cap < keys * 2) cap <<= 1;
  if (cap > slots_.size()) Rehash(cap);
}

void NameIndex::Rehash(size_t cap) {
  slots_.assign(cap, 0);
  mask_ = cap - 1;
  for (uint32_t i = 0; i < entries_.size(); ++i) {
    uint64_t h = Hash(Key(entries_[i]));
    uint64_t s = h & mask_;
    while (slots_[s] != 0) s = (s + 1) & mask_;
    slots_[s] = ((h >> 32) << 32) | (i + 1);
  }
}

uint32_t NameIndex::FindOrInsert(std::string_view key, uint64_t h) {
  if (slots_.empty() || (entries_.size() + 1) * 2 > slots_.size()) Rehash(std::max<size_t>(16, slots_.size() * 2));
  uint64_t tag = h >> 32;
  uint64_t s = h & mask_;
  for (;; s = (s + 1) & mask_) {
    uint64_t v = slots_[s];
    if (v == 0) break;
    if ((v >> 32) == tag) {
      uint32_t idx = static_cast<uint32_t>((v & 0xFFFFFFFFull) - 1);
      if (Key(entries_[idx]) == key) return idx;
    }
  }
  Entry e;
  e.key_begin = static_cast<uint32_t>(arena_.size());
  e.key_size = static_cast<uint32_t>(key.size());
  arena_.append(key);
  uint32_t idx = static_cast<uint32_t>(entries_.size());
  entries_.push_back(e);
  head_.push_back(0);
  tail_.push_back(0);
  slots_[s] = (tag << 32) | (idx + 1);
  return idx;
}

void NameIndex::Add(std::string_view key, uint32_t id) {
  if (key.empty()) return;
  uint32_t idx = FindOrInsert(key, Hash(key));
  Entry& e = entries_[idx];
  // Skip a repeated (key, id) pair (one place listing two spellings that normalize alike).
  if (tail_[idx] != 0 && chain_[tail_[idx] - 1].first == id) return;
  chain_.emplace_back(id, 0);
  uint32_t link = static_cast<uint32_t>(chain_.size());
  if (tail_[idx] == 0) head_[idx] = link;
  else chain_[tail_[idx] - 1].second = link;
  tail_[idx] = link;
  ++e.postings_size;
  uint32_t n = TokenCount(key);
  e.max_tokens = std::max(e.max_tokens, n);
  // Every proper prefix of a multi-token name gets an entry (so a scanner can stop
  // extending as soon as no name continues), the first token also the name's length.
  for (size_t sp = key.find(' '); sp != std::string_view::npos; sp = key.find(' ', sp + 1)) {
    std::string_view prefix = key.substr(0, sp);
    Entry& f = entries_[FindOrInsert(prefix, Hash(prefix))];
    f.max_tokens = std::max(f.max_tokens, n);
  }
}

void NameIndex::Mark(std::string_view key, uint8_t mark) {
  if (key.empty()) return;
  entries_[FindOrInsert(key, Hash(key))].mark |= mark;
}

void NameIndex::Finish() {
  postings_.clear();
  postings_.reserve(chain_.size());
  for (uint32_t i = 0; i < entries_.size(); ++i) {
    Entry& e = entries_[i];
    e.postings_begin = static_cast<uint32_t>(postings_.size());
    for (uint32_t link = head_[i]; link != 0; link = chain_[link - 1].second) postings_.push_back(chain_[link - 1].first);
    // Ids in ascending order (a place may have been added out of order by an override).
    std::sort(postings_.begin() + e.postings_begin, postings_.end());
    postings_.erase(std::unique(postings_.begin() + e.postings_begin, postings_.end()), postings_.end());
    e.postings_size = static_cast<uint32_t>(postings_.size() - e.postings_begin);
  }
  filter_.assign(kFilterWords, 0);
  for (const Entry& e : entries_) {
    uint64_t b = FilterBit(Hash(Key(e)));
    filter_[b >> 6] |= 1ull << (b & 63);
  }
  chain_.clear();
  chain_.shrink_to_fit();
  head_.clear();
  head_.shrink_to_fit();
  tail_.clear();
  tail_.shrink_to_fit();
  arena_.shrink_to_fit();
}

const NameIndex::Entry* NameIndex::Find(std::string_view key) const {
  if (slots_.empty()) return nullptr;
  uint64_t h = Hash(key);
  if (!filter_.empty()) {
    uint64_t b = FilterBit(h);
    if (!(filter_[b >> 6] & (1ull << (b & 63)))) return nullptr;
  }
  uint64_t tag = h >> 32;
  for (uint64_t s = h & mask_;; s = (s + 1) & mask_) {
    uint64_t v = slots_[s];
    if (v == 0) return nullptr;
    if ((v >> 32) == tag) {
      const Entry& e = entries_[(v & 0xFFFFFFFFull) - 1];
      if (Key(e) == key) return &e;
    }
  }
}

size_t NameIndex::MemoryBytes() const {
  return arena_.capacity() + entries_.capacity() * sizeof(Entry) + postings_.capacity() * sizeof(uint32_t) +
         (slots_.capacity() + filter_.capacity()) * sizeof(uint64_t);
}

}  // namespace rasad::geo
