// Reads a whole zstd-compressed file into memory (streaming decompression, so
// frames without a content size work too). Throws std::runtime_error naming the
// file on I/O or format errors.
#pragma once

#include <string>

namespace rasad::geo {

std::string ReadZstdFile(const std::string& path);

// Reads a whole plain file. Throws std::runtime_error naming the file.
std::string ReadTextFile(const std::string& path);

}  // namespace rasad::geo
