// JSON Lines reader: any bytes, records delivered or errors named, never a crash.
#include <sstream>

#include "io/article_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string s(reinterpret_cast<const char*>(data), size);
  rasad::io::ReadOptions opts;
  opts.max_record_bytes = 4096;
  std::istringstream in(s);
  rasad::io::ReadJsonLines(in, "fuzz.jsonl", opts, [](rasad::Article&& a) {
        if (a.id.empty() || a.text.empty()) __builtin_trap();
      }, [](const rasad::io::InputError& e) {
        if (e.message.empty()) __builtin_trap();
      });
  std::string error, id;
  rasad::io::ParseArticleJson(s, &error, &id);
  return 0;
}
