// The gazetteer's places by source id (the WOF id, or a negative GeoNames / synthetic id
// of gazetteer.tsv): one flat open-addressing table (linear probing, Fibonacci hashing)
// instead of a node per place, built once at load time. Id 0 is no source id (the overrides'
// own places have it): it is never stored and never found.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace rasad::geo {

class SourceIdIndex {
 public:
  // Room for n ids without growing.
  void Reserve(size_t n) {
    size_t cap = 16;
    while (cap < 2 * n) cap <<= 1;
    if (cap > slots_.size()) Rehash(cap);
  }
  // Stores id -> place; false when id is 0 or stored already (the place is not changed).
  bool Insert(int64_t id, uint32_t place) {
    if (id == 0) return false;
    if (2 * (size_ + 1) > slots_.size()) Rehash(slots_.empty() ? 16 : 2 * slots_.size());
    size_t s = Home(id);
    for (; slots_[s].id != 0; s = (s + 1) & mask_)
      if (slots_[s].id == id) return false;
    slots_[s] = {id, place};
    ++size_;
    return true;
  }
  // The place of id, or nullptr.
  const uint32_t* Find(int64_t id) const {
    if (id == 0 || slots_.empty()) return nullptr;
    for (size_t s = Home(id); slots_[s].id != 0; s = (s + 1) & mask_)
      if (slots_[s].id == id) return &slots_[s].place;
    return nullptr;
  }
  size_t size() const { return size_; }

 private:
  struct Slot {
    int64_t id = 0;  // 0: empty
    uint32_t place = 0;
  };
  size_t Home(int64_t id) const {
    return static_cast<size_t>((static_cast<uint64_t>(id) * 0x9E3779B97F4A7C15ull) >> shift_);
  }
  void Rehash(size_t cap) {
    std::vector<Slot> old;
    old.swap(slots_);
    slots_.assign(cap, Slot{});
    mask_ = cap - 1;
    shift_ = 64;
    for (size_t c = cap; c > 1; c >>= 1) --shift_;
    size_ = 0;
    for (const Slot& s : old)
      if (s.id != 0) Insert(s.id, s.place);
  }
  std::vector<Slot> slots_;
  size_t mask_ = 0, size_ = 0;
  unsigned shift_ = 64;
};

}  // namespace rasad::geo
