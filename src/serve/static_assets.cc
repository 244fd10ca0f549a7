#include "serve/static_assets.h"

#include <algorithm>
#include <map>

#include "core/install_dir.h"

namespace rasad::serve {
namespace fs = std::filesystem;

std::optional<fs::path> ResolveAsset(const fs::path& root, std::string_view path) {
  if (path.empty() || path.front() != '/') return std::nullopt;
  if (path == "/") path = "/index.html";
  fs::path relative;
  size_t start = 1;
  while (start <= path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    std::string_view part = path.substr(start, end - start);
    // Every part a plain name: no "..", no "." files, no backslashes or NULs.
    if (part.empty() || part.front() == '.' || part.find_first_of(std::string_view("\\\0:", 3)) != std::string_view::npos)
      return std::nullopt;
    relative /= std::string(part);
    start = end + 1;
  }
  std::error_code ec;
  const fs::path base = fs::canonical(root, ec);
  if (ec) return std::nullopt;
  const fs::path file = fs::canonical(base / relative, ec);
  if (ec || !fs::is_regular_file(file, ec)) return std::nullopt;
  // A symbolic link may not lead out of the directory.
  auto [b, f] = std::mismatch(base.begin(), base.end(), file.begin(), file.end());
  if (b != base.end()) return std::nullopt;
  return file;
}

std::string ContentType(const fs::path& file) {
  static const std::map<std::string, std::string> kTypes = {
      {".html", "text/html; charset=utf-8"}, {".js", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},   {".json", "application/json"},
      {".geojson", "application/geo+json"},  {".svg", "image/svg+xml"},
      {".png", "image/png"},                 {".ico", "image/x-icon"},
      {".woff2", "font/woff2"},              {".txt", "text/plain; charset=utf-8"},
      {".map", "application/json"}};
  auto it = kTypes.find(file.extension().string());
  return it == kTypes.end() ? "application/octet-stream" : it->second;
}

std::string DefaultAssetsDir() { return InstalledDir("RASAD_ASSETS", "web", "index.html", RASAD_SOURCE_WEB_DIR); }

}  // namespace rasad::serve
