// The page's files (index.html, the bundled script and styles, the base map)
// served from one directory. A request path maps to a regular file inside
// that directory or to nothing: "..", encoded separators, NUL bytes, hidden
// files and symbolic links that lead outside the directory are refused.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace rasad::serve {

// The file under `root` that the (already percent-decoded) request path
// names; "/" names index.html. nullopt when the path is not a servable file.
std::optional<std::filesystem::path> ResolveAsset(const std::filesystem::path& root, std::string_view path);

// The Content-Type for a file name ("application/octet-stream" when unknown).
std::string ContentType(const std::filesystem::path& file);

// Where the built page is: $RASAD_ASSETS, else the installed share/rasad/web
// next to the binary, else the source tree's web/dist (a build not installed).
std::string DefaultAssetsDir();

}  // namespace rasad::serve
