// The normalized form (NormalizeKey) of a string literal written in the code,
// computed once per process and looked up by the literal's address. The word
// tests of the number, date, frame and tally readers call it for every token
// they look at, so the hit path is a hash of the pointer and one or two
// lock-free loads (no thread_local, no lock). Returned references stay valid
// for the life of the process.
#pragma once

#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>

#include "text/normalize.h"

namespace rasad::text {

namespace key_cache {
struct Slot {
  std::atomic<const char*> raw{nullptr};
  std::atomic<const std::string*> key{nullptr};
};
inline constexpr size_t kSlots = 4096;  // a power of two, far above the number of literals
inline Slot slots[kSlots];
inline size_t Home(const char* raw) {
  return static_cast<size_t>((static_cast<uint64_t>(reinterpret_cast<uintptr_t>(raw)) * 0x9E3779B97F4A7C15ull) >> 52);
}
// Inserts under a lock (normalize.cc); every later lookup of `raw` finds it lock-free.
const std::string& Insert(const char* raw);
}  // namespace key_cache

inline const std::string& CachedKey(const char* raw) {
  for (size_t i = key_cache::Home(raw), n = 0; n < key_cache::kSlots; i = (i + 1) & (key_cache::kSlots - 1), ++n) {
    const char* r = key_cache::slots[i].raw.load(std::memory_order_acquire);
    if (r == raw) return *key_cache::slots[i].key.load(std::memory_order_relaxed);
    if (r == nullptr) break;
  }
  return key_cache::Insert(raw);
}

// w == CachedKey(raw), rejecting most words on their length and last byte
// before comparing bytes (Arabic letters share their first byte).
inline bool WordIsKey(std::string_view w, const char* raw) {
  const std::string& k = CachedKey(raw);
  return w.size() == k.size() && (w.empty() || w.back() == k.back()) && w == k;
}

}  // namespace rasad::text
