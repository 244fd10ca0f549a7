#include "serve/rate_limiter.h"

#include <gtest/gtest.h>

namespace rasad::serve {
namespace {

using namespace std::chrono_literals;

TEST(RateLimiter, BurstThenSteadyRatePerClient) {
  RateLimiter limiter(2, 3);  // 2 per second, 3 at once
  const auto t0 = RateLimiter::Clock::time_point{} + 1h;
  for (int i = 0; i < 3; ++i) EXPECT_TRUE(limiter.Allow("a", t0)) << i;
  EXPECT_FALSE(limiter.Allow("a", t0));
  EXPECT_NEAR(limiter.SecondsUntilAllowed("a", t0), 0.5, 1e-9);
  EXPECT_TRUE(limiter.Allow("b", t0));  // another client has its own bucket
  EXPECT_FALSE(limiter.Allow("a", t0 + 400ms));
  EXPECT_TRUE(limiter.Allow("a", t0 + 500ms));
  EXPECT_FALSE(limiter.Allow("a", t0 + 500ms));
  // A long pause refills the bucket to the burst, no more.
  for (int i = 0; i < 3; ++i) EXPECT_TRUE(limiter.Allow("a", t0 + 1h)) << i;
  EXPECT_FALSE(limiter.Allow("a", t0 + 1h));
}

TEST(RateLimiter, ZeroRateMeansNoLimit) {
  RateLimiter limiter(0, 1);
  for (int i = 0; i < 1000; ++i) ASSERT_TRUE(limiter.Allow("a"));
  EXPECT_EQ(limiter.SecondsUntilAllowed("a"), 0);
}

}  // namespace
}  // namespace rasad::serve
