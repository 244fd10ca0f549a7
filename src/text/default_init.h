// An allocator that default-initializes: growing a std::vector of a trivial
// type (resize) leaves the new elements unwritten instead of zeroing them.
// For buffers that are filled in full right after they grow (the origin map
// of a normalized text), so that their memory is written once, not twice.
#pragma once

#include <memory>
#include <new>
#include <utility>

namespace rasad::text {

template <typename T>
struct DefaultInitAllocator : std::allocator<T> {
  template <typename U>
  struct rebind {
    using other = DefaultInitAllocator<U>;
  };
  DefaultInitAllocator() = default;
  template <typename U>
  DefaultInitAllocator(const DefaultInitAllocator<U>&) noexcept {}

  template <typename U>
  void construct(U* p) noexcept(std::is_nothrow_default_constructible_v<U>) {
    ::new (static_cast<void*>(p)) U;  // default-, not value-initialized
  }
  template <typename U, typename... Args>
  void construct(U* p, Args&&... args) {
    ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
  }
};

}  // namespace rasad::text
