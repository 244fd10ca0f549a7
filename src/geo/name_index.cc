#include "geo/name_index.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace rasad::geo {

uint64_t NameIndex::Hash(std::string_view s) {
  // 8 bytes at a time, multiply-xorshift mixing (keys are short UTF-8 strings).
  constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
  uint64_t h = 0x243F6A8885A308D3ull ^ (s.size() * kMul);
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    h = (h ^ w) * kMul;
    h ^= h >> 29;
  }
  if (i < s.size()) {
    uint64_t w = 0;
    std::memcpy(&w, s.data() + i, s.size() - i);
    h = (h ^ w) * kMul;
    h ^= h >> 29;
  }
  h *= 0xBF58476D1CE4E5B9ull;
  return h ^ (h >> 31);
}

void NameIndex::Add(std::string_view key, uint32_t id) {
  if (key.empty()) return;
  pending_.emplace_back(std::string(key), id);
}

void NameIndex::Finish() {
  // First tokens of multi-token names become entries too (without postings).
  std::vector<std::pair<std::string, uint32_t>> firsts;
  for (const auto& [key, id] : pending_) {
    size_t sp = key.find(' ');
    if (sp != std::string::npos) firsts.emplace_back(key.substr(0, sp), TokenCount(key));
  }
  std::sort(pending_.begin(), pending_.end());
  pending_.erase(std::unique(pending_.begin(), pending_.end()), pending_.end());
  std::sort(firsts.begin(), firsts.end());

  arena_.clear();
  entries_.clear();
  postings_.clear();
  size_t fi = 0;
  auto new_entry = [&](const std::string& key) {
    Entry e;
    e.key_begin = static_cast<uint32_t>(arena_.size());
    e.key_size = static_cast<uint32_t>(key.size());
    e.postings_begin = static_cast<uint32_t>(postings_.size());
    arena_ += key;
    entries_.push_back(e);
  };
  // Merge the sorted names and first tokens.
  size_t pi = 0;
  while (pi < pending_.size() || fi < firsts.size()) {
    const std::string* key;
    if (fi >= firsts.size() || (pi < pending_.size() && pending_[pi].first <= firsts[fi].first))
      key = &pending_[pi].first;
    else
      key = &firsts[fi].first;
    new_entry(*key);
    Entry& e = entries_.back();
    e.max_tokens = TokenCount(*key);
    while (pi < pending_.size() && pending_[pi].first == *key) {
      postings_.push_back(pending_[pi].second);
      ++e.postings_size;
      ++pi;
    }
    while (fi < firsts.size() && firsts[fi].first == *key) {
      e.max_tokens = std::max(e.max_tokens, firsts[fi].second);
      ++fi;
    }
  }
  pending_.clear();
  pending_.shrink_to_fit();

  size_t cap = 16;
  while (cap < entries_.size() * 2) cap <<= 1;
  slots_.assign(cap, 0);
  mask_ = cap - 1;
  for (uint32_t i = 0; i < entries_.size(); ++i) {
    uint64_t h = Hash(Key(entries_[i]));
    uint64_t s = h & mask_;
    while (slots_[s] != 0) s = (s + 1) & mask_;
    slots_[s] = ((h >> 32) << 32) | (i + 1);
  }
}

const NameIndex::Entry* NameIndex::Find(std::string_view key) const {
  if (slots_.empty()) return nullptr;
  uint64_t h = Hash(key);
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
         slots_.capacity() * sizeof(uint64_t);
}

}  // namespace rasad::geo
