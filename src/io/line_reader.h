// One line of a stream, bounded: a line longer than `max` bytes keeps its first
// `max` bytes and the rest is skipped, never held, so a hostile input without
// line breaks costs no more memory than the limit.
#pragma once

#include <cstddef>
#include <istream>
#include <string>

namespace rasad::io {

// Reads the next line into *line (without its '\n'). Returns false at the end
// of the input. *too_long says the line was longer than `max` (and cut);
// *newline whether it ended with '\n' rather than the end of the input.
bool ReadLine(std::istream& in, size_t max, std::string* line, bool* too_long, bool* newline);

}  // namespace rasad::io
