// HTML pages and fragments (gumbo within bounds, story text, metadata).
#include <string>

#include "io/html_reader.h"
#include "text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view html(reinterpret_cast<const char*>(data), size);
  std::string error;
  auto a = rasad::io::ParseHtmlPage(html, size % 2 ? "windows-1256" : "", &error);
  if (a && (a->text.empty() || !rasad::text::IsValidUtf8(a->text) || !rasad::text::IsValidUtf8(a->title)))
    __builtin_trap();
  if (!a && error.empty()) __builtin_trap();
  if (!rasad::text::IsValidUtf8(rasad::io::HtmlFragmentText(html))) __builtin_trap();
  return 0;
}
