// Where rasad finds a directory it ships (data, the web page): the
// environment variable when set, else share/rasad/<name> beside the running
// binary's bin/ when it holds `probe` (an installed rasad), else `fallback`
// (the source tree, for a build that was not installed).
#pragma once

#include <string>

namespace rasad {

std::string InstalledDir(const char* env_var, const char* name, const char* probe, const std::string& fallback);

}  // namespace rasad
