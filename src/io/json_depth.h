// Nesting depth of JSON text, measured before parsing: a record nested deeper
// than any article needs ([[[[...]]]] by the million) is refused instead of
// being built into a tree.
#pragma once

#include <cstddef>
#include <string_view>

namespace rasad::io {

inline constexpr size_t kMaxJsonDepth = 64;

// True when the brackets of `json` (outside strings) nest at most `max` deep.
inline bool JsonDepthWithin(std::string_view json, size_t max = kMaxJsonDepth) {
  size_t depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < json.size(); ++i) {
    char c = json[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      if (++depth > max) return false;
    } else if ((c == '}' || c == ']') && depth > 0) {
      --depth;
    }
  }
  return true;
}

}  // namespace rasad::io
