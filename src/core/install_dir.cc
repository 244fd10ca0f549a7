#include "core/install_dir.h"

#include <cstdlib>
#include <filesystem>

namespace rasad {

std::string InstalledDir(const char* env_var, const char* name, const char* probe, const std::string& fallback) {
  if (const char* env = std::getenv(env_var); env && *env) return env;
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    fs::path installed = exe.parent_path().parent_path() / "share" / "rasad" / name;
    if (fs::exists(installed / probe, ec)) return installed.string();
  }
  return fallback;
}

}  // namespace rasad
