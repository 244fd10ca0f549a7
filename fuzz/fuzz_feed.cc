// RSS and Atom feeds (libxml2 SAX, item state machine, HTML stripping).
#include <sstream>

#include "io/feed_reader.h"
#include "text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  rasad::io::ReadOptions opts;
  opts.max_record_bytes = 2048;
  rasad::io::ReadFeed(in, "fuzz.xml", opts, [](rasad::Article&& a) {
        if (a.id.empty() || a.text.empty() || !rasad::text::IsValidUtf8(a.text)) __builtin_trap();
      }, [](const rasad::io::InputError& e) {
        if (e.message.empty()) __builtin_trap();
      });
  return 0;
}
