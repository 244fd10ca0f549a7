#include "serve/rate_limiter.h"

#include <algorithm>

namespace rasad::serve {
namespace {
constexpr size_t kForgetAbove = 10'000;  // tracked clients before full buckets are dropped
}

RateLimiter::RateLimiter(double per_second, double burst) : per_second_(per_second), burst_(std::max(burst, 1.0)) {}

RateLimiter::Bucket& RateLimiter::Refill(const std::string& client, Clock::time_point now) {
  if (buckets_.size() > kForgetAbove) {
    std::erase_if(buckets_, [&](const auto& entry) {
      const Bucket& b = entry.second;
      return b.tokens + std::chrono::duration<double>(now - b.last).count() * per_second_ >= burst_;
    });
  }
  auto [it, fresh] = buckets_.try_emplace(client, Bucket{burst_, now});
  Bucket& b = it->second;
  if (!fresh && now > b.last) {
    b.tokens = std::min(burst_, b.tokens + std::chrono::duration<double>(now - b.last).count() * per_second_);
    b.last = now;
  }
  return b;
}

bool RateLimiter::Allow(const std::string& client, Clock::time_point now) {
  if (per_second_ <= 0) return true;
  std::lock_guard lock(mutex_);
  Bucket& b = Refill(client, now);
  if (b.tokens < 1) return false;
  b.tokens -= 1;
  return true;
}

double RateLimiter::SecondsUntilAllowed(const std::string& client, Clock::time_point now) {
  if (per_second_ <= 0) return 0;
  std::lock_guard lock(mutex_);
  Bucket& b = Refill(client, now);
  return b.tokens >= 1 ? 0 : (1 - b.tokens) / per_second_;
}

}  // namespace rasad::serve
