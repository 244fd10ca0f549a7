#include "serve/store_pool.h"

namespace rasad::serve {

StorePool::StorePool(std::string location) : location_(std::move(location)) {
  idle_.push_back(store::OpenStore(location_));
}

StorePool::Lease StorePool::Acquire() {
  {
    std::lock_guard lock(mutex_);
    if (!idle_.empty()) {
      auto store = std::move(idle_.back());
      idle_.pop_back();
      return Lease(*this, std::move(store));
    }
  }
  return Lease(*this, store::OpenStore(location_));
}

void StorePool::Return(std::unique_ptr<store::Store> store) {
  std::lock_guard lock(mutex_);
  idle_.push_back(std::move(store));
}

}  // namespace rasad::serve
