// For a vector of elements ordered by their `begin` offset into a text (tokens,
// dictionary hits, date or place mentions): the first element whose begin is at
// or after an offset, read off a table that holds that answer for the start of
// every block of 2^bits bytes, then a short walk forward inside the block. It
// replaces a binary search per query; the table takes 4 bytes per block.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace rasad::extract {

class OffsetIndex {
 public:
  // True when the table was built for `v` as it is now (same storage, same size).
  template <typename T>
  bool Covers(const std::vector<T>& v) const {
    return data_ == static_cast<const void*>(v.data()) && size_ == v.size() && !first_.empty();
  }

  // `v` must be ordered by begin; `text_size` bounds the offsets worth a block.
  template <typename T>
  void Build(const std::vector<T>& v, size_t text_size, unsigned bits) {
    bits_ = bits;
    const size_t blocks = (text_size >> bits) + 1;
    first_.resize(blocks);
    // Element i is the first at or after the start of every block from the one
    // after its predecessor's up to its own.
    // Per block, the elements that begin before it are passed.
    size_t i = 0;
    for (size_t b = 0; b < blocks; ++b) {
      const uint64_t start = uint64_t{b} << bits;
      while (i < v.size() && v[i].begin < start) ++i;
      first_[b] = static_cast<uint32_t>(i);
    }
    data_ = v.data();
    size_ = v.size();
  }

  // The index of the first element of `v` (the vector it was built for) whose
  // begin >= offset, or v.size().
  template <typename T>
  size_t LowerBound(const std::vector<T>& v, uint32_t offset) const {
    size_t b = offset >> bits_;
    size_t i = first_[b < first_.size() ? b : first_.size() - 1];
    while (i < v.size() && v[i].begin < offset) ++i;
    return i;
  }

 private:
  unsigned bits_ = 0;
  std::vector<uint32_t> first_;  // per block: the first element that begins in it or later
  const void* data_ = nullptr;
  size_t size_ = 0;
};

}  // namespace rasad::extract
