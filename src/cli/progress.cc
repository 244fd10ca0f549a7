#include "cli/progress.h"

#include <unistd.h>

#include <cstdio>

#include <fmt/core.h>

namespace rasad::cli {

bool StderrIsTerminal() { return ::isatty(STDERR_FILENO) == 1; }

Progress::Progress(uint64_t total_bytes, bool enabled)
    : enabled_(enabled), total_bytes_(total_bytes), start_(std::chrono::steady_clock::now()), last_(start_) {}

Progress::~Progress() { Finish(); }

void Progress::Add(uint64_t articles, uint64_t bytes) {
  articles_ += articles;
  bytes_ += bytes;
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (now - last_ < std::chrono::milliseconds(250)) return;
  last_ = now;
  Print(false);
}

void Progress::Finish() {
  if (!enabled_ || !printed_) return;
  Print(true);
  std::fputs("\n", stderr);
  printed_ = false;
  enabled_ = false;
}

void Progress::Print(bool final) {
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  if (secs <= 0) secs = 1e-9;
  double mb = static_cast<double>(bytes_) / 1e6;
  std::string line = fmt::format("\r{} articles  {:.0f} articles/s  {:.1f} MB/s", articles_, articles_ / secs, mb / secs);
  if (total_bytes_ > 0 && bytes_ > 0 && !final) {
    double left = static_cast<double>(total_bytes_ - std::min(total_bytes_, bytes_)) / (bytes_ / secs);
    line += fmt::format("  {:.0f}% ETA {:.0f}s", 100.0 * bytes_ / total_bytes_, left);
  }
  line += "   ";
  std::fputs(line.c_str(), stderr);
  std::fflush(stderr);
  printed_ = true;
}

}  // namespace rasad::cli
