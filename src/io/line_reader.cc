#include "io/line_reader.h"

#include <limits>

namespace rasad::io {

// istream::getline and ignore scan the stream's buffer in bulk.
bool ReadLine(std::istream& in, size_t max, std::string* line, bool* too_long, bool* newline) {
  line->clear();
  *too_long = *newline = false;
  bool got = false;
  char buf[64 << 10];
  while (true) {
    in.getline(buf, sizeof buf);
    size_t n = static_cast<size_t>(in.gcount());
    bool delimited = !in.fail() && !in.eof();
    size_t stored = delimited ? n - 1 : n;
    got |= n > 0;
    if (line->size() + stored > max) {
      line->append(buf, max - line->size());
      *too_long = true;
      if (!delimited && in.fail() && !in.eof()) {
        in.clear();
        in.ignore(std::numeric_limits<std::streamsize>::max(), '\n');
        delimited = !in.eof();
      }
      *newline = delimited;
      return true;
    }
    line->append(buf, stored);
    if (delimited) {
      *newline = true;
      return true;
    }
    if (in.eof() || in.bad()) return got;
    in.clear();  // the buffer filled before the end of the line
  }
}

}  // namespace rasad::io
