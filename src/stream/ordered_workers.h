// OrderedWorkers runs a function over a stream of inputs on several threads
// and hands the results to a sink in input order, so output is the same at
// any thread count. At most `window` inputs are in flight: memory stays
// bounded whatever the length of the stream. The sink runs on the thread
// that calls Push()/Finish(), never concurrently with itself.
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace rasad::stream {

template <typename In, typename Out>
class OrderedWorkers {
 public:
  using Fn = std::function<Out(In&)>;
  using Sink = std::function<void(Out&&)>;

  OrderedWorkers(unsigned threads, size_t window, Fn fn, Sink sink)
      : fn_(std::move(fn)), sink_(std::move(sink)), window_(window ? window : 1) {
    if (threads <= 1) return;  // inline mode
    for (unsigned i = 0; i < threads; ++i) workers_.emplace_back([this] { Work(); });
  }
  ~OrderedWorkers() { Finish(); }

  // Queues one input; blocks while `window` inputs are in flight, delivering
  // finished results in order meanwhile.
  void Push(In in) {
    if (workers_.empty() && !finished_) {
      sink_(fn_(in));
      return;
    }
    std::unique_lock lock(mu_);
    while (slots_.size() >= window_) DrainLocked(lock, /*wait=*/true);
    slots_.push_back(Slot{std::move(in), std::nullopt, false});
    ++pending_;
    work_cv_.notify_one();
    DrainLocked(lock, /*wait=*/false);
  }

  // Waits for every input and delivers the rest; idempotent.
  void Finish() {
    if (finished_) return;
    if (!workers_.empty()) {
      std::unique_lock lock(mu_);
      while (!slots_.empty()) DrainLocked(lock, /*wait=*/true);
      stop_ = true;
      work_cv_.notify_all();
      lock.unlock();
      for (auto& t : workers_) t.join();
    }
    finished_ = true;
  }

 private:
  struct Slot {
    std::optional<In> in;
    std::optional<Out> out;
    bool taken;
  };

  // Delivers finished results at the head; with `wait`, waits for the head.
  void DrainLocked(std::unique_lock<std::mutex>& lock, bool wait) {
    if (wait && !slots_.empty() && !slots_.front().out) done_cv_.wait(lock, [&] { return slots_.front().out.has_value(); });
    while (!slots_.empty() && slots_.front().out) {
      Out out = std::move(*slots_.front().out);
      slots_.pop_front();
      ++head_;
      lock.unlock();
      sink_(std::move(out));
      lock.lock();
    }
  }

  void Work() {
    std::unique_lock lock(mu_);
    while (true) {
      work_cv_.wait(lock, [&] { return stop_ || pending_ > 0; });
      if (pending_ == 0 && stop_) return;
      // The oldest input nobody has taken yet.
      size_t i = 0;
      while (i < slots_.size() && slots_[i].taken) ++i;
      if (i == slots_.size()) continue;
      Slot& slot = slots_[i];
      slot.taken = true;
      --pending_;
      In in = std::move(*slot.in);
      slot.in.reset();
      uint64_t seq = head_ + i;
      lock.unlock();
      Out out = fn_(in);
      lock.lock();
      slots_[seq - head_].out = std::move(out);
      done_cv_.notify_all();
    }
  }

  Fn fn_;
  Sink sink_;
  size_t window_;
  std::vector<std::thread> workers_;
  std::mutex mu_;
  std::condition_variable work_cv_, done_cv_;
  std::deque<Slot> slots_;
  uint64_t head_ = 0;      // sequence number of slots_.front()
  size_t pending_ = 0;     // queued, not yet taken
  bool stop_ = false;
  bool finished_ = false;
};

}  // namespace rasad::stream
