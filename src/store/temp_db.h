// For tests and benchmarks: a fresh temporary directory holding a database
// path, removed with everything in it when the TempDb goes away.
#pragma once

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <string>

namespace rasad::store {

class TempDb {
 public:
  TempDb() {
    static std::atomic<int> counter = 0;
    dir_ = std::filesystem::temp_directory_path() /
           ("rasad-store-" + std::to_string(getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  ~TempDb() {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  TempDb(const TempDb&) = delete;
  TempDb& operator=(const TempDb&) = delete;

  std::string path() const { return (dir_ / "rasad.db").string(); }
  std::filesystem::path dir() const { return dir_; }

 private:
  std::filesystem::path dir_;
};

}  // namespace rasad::store
