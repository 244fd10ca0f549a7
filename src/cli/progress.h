// A progress line on standard error while a long job runs: articles done,
// articles/s, MB/s and, when the input size is known, an ETA. It prints only
// when standard error is a terminal, at most a few times a second, and clears
// its line when done; piped or redirected runs see nothing extra.
#pragma once

#include <chrono>
#include <cstdint>

namespace rasad::cli {

class Progress {
 public:
  // total_bytes: the input size when known, else 0.
  explicit Progress(uint64_t total_bytes, bool enabled);
  ~Progress();
  void Add(uint64_t articles, uint64_t bytes);
  void Finish();

 private:
  void Print(bool final);
  bool enabled_;
  uint64_t total_bytes_, articles_ = 0, bytes_ = 0;
  std::chrono::steady_clock::time_point start_, last_;
  bool printed_ = false;
};

// True when standard error is a terminal.
bool StderrIsTerminal();

}  // namespace rasad::cli
