#include "extract/word_list.h"

#include <algorithm>
#include <cstring>

#include "text/normalize.h"

namespace rasad::extract {

[[gnu::always_inline]] inline void WordList::HeadTail(std::string_view w, uint64_t* head, uint64_t* tail) {
  const char* p = w.data();
  const size_t n = w.size();
  // The widest load that fits, from each end (fixed sizes: plain loads).
  auto load = [&](auto width) {
    decltype(width) a, b;
    std::memcpy(&a, p, sizeof a);
    std::memcpy(&b, p + n - sizeof b, sizeof b);
    *head = a;
    *tail = b;
  };
  if (n >= 8) load(uint64_t{});
  else if (n >= 4) load(uint32_t{});
  else if (n >= 2) load(uint16_t{});
  else *head = *tail = n == 1 ? static_cast<unsigned char>(p[0]) : 0;
}

WordList::WordList(std::initializer_list<const char*> raw) {
  for (const char* r : raw) {
    Key k{text::NormalizeKey(r), static_cast<int>(keys_.size()), 0, 0};
    HeadTail(k.text, &k.head, &k.tail);
    keys_.push_back(std::move(k));
  }
  auto run = [](const Key& k) { return std::min(k.text.size(), kShort); };
  std::stable_sort(keys_.begin(), keys_.end(), [&](const Key& x, const Key& y) { return run(x) < run(y); });
  for (size_t n = 0, i = 0; n <= kShort + 1; ++n) {
    while (i < keys_.size() && run(keys_[i]) < n) ++i;
    first_[n] = static_cast<uint16_t>(i);
  }
  for (const Key& k : keys_) {
    lengths_ |= uint64_t{1} << std::min(k.text.size(), kShort - 1);
    if (const size_t n = k.text.size(); n >= 2) {
      const auto* p = reinterpret_cast<const unsigned char*>(k.text.data());
      const size_t j = Joint(n, p[n - 1], p[1], p[n >= 3 ? n - 3 : 0]);
      joint_[j >> 6] |= uint64_t{1} << (j & 63);
    }
  }
}

int WordList::Position(std::string_view w) const {
  size_t n = std::min(w.size(), kShort);
  uint64_t head, tail;
  HeadTail(w, &head, &tail);
  for (size_t i = first_[n]; i < first_[n + 1]; ++i) {
    const Key& k = keys_[i];
    if (k.head != head || k.tail != tail || k.text.size() != w.size()) continue;
    if (w.size() <= 16 || k.text == w) return k.position;
  }
  return -1;
}

}  // namespace rasad::extract
