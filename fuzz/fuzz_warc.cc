// WARC records (headers, HTTP heads, chunked and gzip bodies, HTML pages).
#include <sstream>

#include "io/warc_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  rasad::io::ReadOptions opts;
  opts.max_record_bytes = 1 << 16;
  rasad::io::ReadWarc(in, "fuzz.warc", opts, [](rasad::Article&& a) {
        if (a.id.empty() || a.text.empty()) __builtin_trap();
      }, [](const rasad::io::InputError& e) {
        if (e.message.empty()) __builtin_trap();
      });
  return 0;
}
