// Any input file: format detection, transparent gzip, then every reader.
#include <sstream>

#include "io/article_reader.h"
#include "io/format_detect.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string s(reinterpret_cast<const char*>(data), size);
  rasad::io::DetectFormat(s, "fuzz.html");
  std::istringstream in(s);
  rasad::io::ReadOptions opts;
  opts.max_record_bytes = 1 << 16;
  rasad::io::ReadStream(in, "fuzz", opts, [](rasad::Article&& a) {
        if (a.id.empty() || a.text.empty()) __builtin_trap();
      }, [](const rasad::io::InputError& e) {
        if (e.message.empty()) __builtin_trap();
      });
  return 0;
}
