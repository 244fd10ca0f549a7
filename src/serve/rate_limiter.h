// Requests per client, as a token bucket: each client (the peer address) may
// make `burst` requests at once and `per_second` on average after that. A
// request over the limit is refused (the server answers 429 with Retry-After)
// rather than queued. Thread-safe. Memory stays bounded: clients whose bucket
// has refilled are forgotten when many are tracked.
#pragma once

#include <chrono>
#include <mutex>
#include <string>
#include <unordered_map>

namespace rasad::serve {

class RateLimiter {
 public:
  using Clock = std::chrono::steady_clock;

  // per_second <= 0 turns the limit off (Allow always says yes).
  RateLimiter(double per_second, double burst);

  // True when `client` may make a request at `now`; takes one token if so.
  bool Allow(const std::string& client, Clock::time_point now = Clock::now());
  // Seconds until `client` has a token again (0 when it has one).
  double SecondsUntilAllowed(const std::string& client, Clock::time_point now = Clock::now());

 private:
  struct Bucket {
    double tokens;
    Clock::time_point last;
  };
  Bucket& Refill(const std::string& client, Clock::time_point now);

  double per_second_, burst_;
  std::mutex mutex_;
  std::unordered_map<std::string, Bucket> buckets_;
};

}  // namespace rasad::serve
