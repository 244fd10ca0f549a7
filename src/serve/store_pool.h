// Store connections for the server's request threads. A Store is used by one
// thread at a time (store/store.h), so each request leases one: an idle
// connection when there is one, else a new one opened at the same location.
// Returned connections stay open for the next request, so there are never
// more than the number of threads that used the pool at once.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "store/store.h"

namespace rasad::serve {

class StorePool {
 public:
  // Opens one connection at once, so a bad location fails here (StoreError).
  explicit StorePool(std::string location);

  class Lease {
   public:
    Lease(StorePool& pool, std::unique_ptr<store::Store> store) : pool_(&pool), store_(std::move(store)) {}
    Lease(Lease&&) = default;
    Lease& operator=(Lease&&) = delete;
    ~Lease() {
      if (store_) pool_->Return(std::move(store_));
    }
    store::Store& operator*() const { return *store_; }
    store::Store* operator->() const { return store_.get(); }

   private:
    StorePool* pool_;
    std::unique_ptr<store::Store> store_;
  };

  Lease Acquire();
  const std::string& location() const { return location_; }

 private:
  void Return(std::unique_ptr<store::Store> store);

  std::string location_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<store::Store>> idle_;
};

}  // namespace rasad::serve
