// For a vector of elements ordered by their `begin` offset into a text (tokens,
// dictionary hits, date or place mentions): the first element whose begin is at
// or after an offset, read off a table that holds that answer for the start of
// every block of 2^bits bytes, then a short walk forward inside the block. It
// replaces a binary search per query; the table takes 4 bytes per block. With
// blocks small enough that one seldom holds two begins (tokens: 8 bytes), the
// walk is one step taken without a branch, so a query costs no misprediction.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace rasad::extract {

class OffsetIndex {
 public:
  // True when the table was built for `v` as it is now (same storage, same size).
  template <typename T>
  bool Covers(const std::vector<T>& v) const {
    // (End pointers compared rather than sizes: a size is a division.)
    return data_ == static_cast<const void*>(v.data()) && end_ == static_cast<const void*>(std::to_address(v.cend())) &&
           !first_.empty();
  }

  // `v` must be ordered by begin; `text_size` bounds the offsets worth a block
  // (the table reaches the last element's begin in any case).
  template <typename T>
  void Build(const std::vector<T>& v, size_t text_size, unsigned bits) {
    bits_ = bits;
    const size_t reach = v.empty() ? text_size : std::max<size_t>(text_size, v.back().begin);
    const size_t blocks = (reach >> bits) + 1;
    // Each block first gets its own first element (the elements taken last to
    // first, so the first of a block writes last), then, from the last block
    // back, a block with none takes the next block's (no element: v.size()).
    // No test depends on the data, so the build costs no misprediction either.
    first_.assign(blocks + 1, static_cast<uint32_t>(v.size()));
    for (size_t i = v.size(); i-- > 0;) first_[v[i].begin >> bits] = static_cast<uint32_t>(i);
    for (size_t b = blocks; b-- > 0;) first_[b] = std::min(first_[b], first_[b + 1]);
    first_.pop_back();
    past_last_ = v.empty() ? 0 : uint64_t{v.back().begin} + 1;
    data_ = v.data();
    end_ = std::to_address(v.cend());
    size_ = v.size();
  }

  // The index of the first element of `v` (the vector it was built for) whose
  // begin >= offset, or v.size().
  template <typename T>
  size_t LowerBound(const std::vector<T>& v, uint32_t offset) const {
    // Past the last element's begin, none is at or after it; short of it, the
    // last element stops the walk (no bound check) and the offset's block is in
    // the table.
    if (offset >= past_last_) return size_;
    const T* e = v.data();
    size_t i = first_[offset >> bits_];
    i += e[i].begin < offset;            // (one step: no branch)
    while (e[i].begin < offset) ++i;     // (a block with two begins or more before `offset`: rare)
    return i;
  }

 private:
  unsigned bits_ = 0;
  std::vector<uint32_t> first_;  // per block: the first element that begins in it or later
  uint64_t past_last_ = 0;       // the last element's begin + 1; 0 when there is none
  const void* data_ = nullptr;
  const void* end_ = nullptr;
  size_t size_ = 0;
};

}  // namespace rasad::extract
