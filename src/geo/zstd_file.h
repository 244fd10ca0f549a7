// Reads a whole zstd-compressed file into memory (streaming decompression, so
// frames without a content size work too). Throws std::runtime_error naming the
// file on I/O or format errors.
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace rasad::geo {

std::string ReadZstdFile(const std::string& path);

// The same into a buffer that is neither zero-filled first nor copied after: the
// decompressor writes straight into it (the gazetteer's 16 MB).
struct ZstdContent {
  std::unique_ptr<char[]> data;
  size_t size = 0;
  std::string_view view() const { return {data.get(), size}; }
};
ZstdContent ReadZstdContent(const std::string& path);

// Reads a whole plain file. Throws std::runtime_error naming the file.
std::string ReadTextFile(const std::string& path);

}  // namespace rasad::geo
