#include "stream/ordered_workers.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>

namespace rasad::stream {
namespace {

std::vector<int> RunWith(unsigned threads, size_t window, int n) {
  std::vector<int> got;
  OrderedWorkers<int, int> w(
      threads, window,
      [](int& x) {
        // Uneven work so later inputs often finish first.
        std::this_thread::sleep_for(std::chrono::microseconds((x * 7919) % 300));
        return x * 2;
      },
      [&](int&& y) { got.push_back(y); });
  for (int i = 0; i < n; ++i) w.Push(i);
  w.Finish();
  return got;
}

TEST(OrderedWorkers, OutputInInputOrderAtAnyThreadCount) {
  std::vector<int> want;
  for (int i = 0; i < 500; ++i) want.push_back(i * 2);
  EXPECT_EQ(RunWith(1, 8, 500), want);
  EXPECT_EQ(RunWith(2, 8, 500), want);
  EXPECT_EQ(RunWith(4, 3, 500), want);
  EXPECT_EQ(RunWith(8, 64, 500), want);
}

TEST(OrderedWorkers, InFlightNeverExceedsTheWindow) {
  std::atomic<int> live{0}, peak{0};
  OrderedWorkers<int, int> w(
      4, 5,
      [&](int& x) {
        int now = ++live;
        int p = peak.load();
        while (now > p && !peak.compare_exchange_weak(p, now)) {}
        std::this_thread::sleep_for(std::chrono::microseconds(200));
        --live;
        return x;
      },
      [](int&&) {});
  for (int i = 0; i < 200; ++i) w.Push(i);
  w.Finish();
  EXPECT_LE(peak.load(), 5);
}

TEST(OrderedWorkers, EmptyStreamAndDoubleFinish) {
  std::vector<int> got;
  OrderedWorkers<int, int> w(3, 4, [](int& x) { return x; }, [&](int&& y) { got.push_back(y); });
  w.Finish();
  w.Finish();
  EXPECT_TRUE(got.empty());
}

}  // namespace
}  // namespace rasad::stream
