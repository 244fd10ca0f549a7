#include "geo/name_index.h"

#include <algorithm>
#include <cstring>

namespace rasad::geo {

namespace {

// The smallest power of two (16 at least) that is twice `keys` or more.
size_t TableSize(size_t keys) {
  size_t cap = 16;
  while (cap < keys * 2) cap <<= 1;
  return cap;
}

}  // namespace

void NameIndex::Reserve(size_t keys) {
  entries_.reserve(keys);
  chain_.reserve(keys);
  if (const size_t cap = TableSize(keys); cap > slots_.size()) Rehash(cap);
}

void NameIndex::Rehash(size_t cap) {
  slots_.assign(cap, 0);
  slot_mask_ = cap - 1;
  for (uint32_t i = 0; i < entries_.size(); ++i) {
    uint64_t h = Hash(Key(entries_[i]));
    uint64_t s = h & slot_mask_;
    while (slots_[s] != 0) s = (s + 1) & slot_mask_;
    slots_[s] = ((h >> 32) << 32) | (i + 1);
  }
}

uint32_t NameIndex::FindOrInsert(std::string_view key, uint64_t h) {
  if (slots_.empty() || (entries_.size() + 1) * 2 > slots_.size()) Rehash(std::max<size_t>(16, slots_.size() * 2));
  uint64_t tag = h >> 32;
  uint64_t s = h & slot_mask_;
  for (;; s = (s + 1) & slot_mask_) {
    uint64_t v = slots_[s];
    if (v == 0) break;
    if ((v >> 32) == tag) {
      uint32_t idx = static_cast<uint32_t>((v & 0xFFFFFFFFull) - 1);
      if (Key(entries_[idx]) == key) return idx;
    }
  }
  Entry e;
  e.key_size = static_cast<uint32_t>(key.size());
  std::memcpy(e.key_head, key.data(), std::min(key.size(), kInlineKey));
  if (key.size() > kInlineKey) {
    e.key_begin = static_cast<uint32_t>(arena_.size());
    arena_.append(key);
  }
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
  if (n == 1) return;
  for (size_t sp = key.find(' '); sp != std::string_view::npos;) {
    std::string_view prefix = key.substr(0, sp);
    Entry& f = entries_[FindOrInsert(prefix, Hash(prefix))];
    f.max_tokens = std::max(f.max_tokens, n);
    const size_t next_end = key.find(' ', sp + 1);  // (the next prefix's end)
    f.next_tokens |= NextTokenBit(key.substr(sp + 1, next_end == std::string_view::npos ? key.npos : next_end - sp - 1));
    sp = next_end;
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
    // Ids in ascending order (a place may have been added out of order by an override); most
    // keys have one.
    if (postings_.size() - e.postings_begin > 1) {
      std::sort(postings_.begin() + e.postings_begin, postings_.end());
      postings_.erase(std::unique(postings_.begin() + e.postings_begin, postings_.end()), postings_.end());
    }
    e.postings_size = static_cast<uint32_t>(postings_.size() - e.postings_begin);
  }
  LayOut();
  chain_.clear();
  chain_.shrink_to_fit();
  head_.clear();
  head_.shrink_to_fit();
  tail_.clear();
  tail_.shrink_to_fit();
  arena_.shrink_to_fit();
}

// The entries, moved into the table in the order of their slots (each at the first free
// slot from its hash), and the filter bit of each.
void NameIndex::LayOut() {
  const size_t cap = TableSize(entries_.size());
  table_.assign(cap, Entry{});
  mask_ = cap - 1;
  filter_.assign(kFilterWords, 0);
  for (const Entry& e : entries_) {
    const uint64_t h = Hash(Key(e));
    uint64_t s = h & mask_;
    while (table_[s].key_size != 0) s = (s + 1) & mask_;
    table_[s] = e;
    const uint64_t b = FilterBit(h);
    filter_[b >> 6] |= 1ull << (b & 63);
  }
  size_ = entries_.size();
  entries_.clear();
  entries_.shrink_to_fit();
  slots_.clear();
  slots_.shrink_to_fit();
}

size_t NameIndex::MemoryBytes() const {
  return arena_.capacity() + table_.capacity() * sizeof(Entry) + postings_.capacity() * sizeof(uint32_t) +
         filter_.capacity() * sizeof(uint64_t);
}

}  // namespace rasad::geo
