// Extraction of short texts written for the tests, with the repository's data.
#pragma once

#include <string>

#include "extract/extractor.h"

namespace rasad::extract {

inline const Extractor& X() {
  static const Extractor* x = new Extractor(RASAD_SOURCE_DIR "/data");
  return *x;
}

inline Extraction ExtractText(const std::string& text, const char* published = "2024-03-14") {
  Article a;
  a.id = "t";
  a.text = text;
  if (published) a.published = Date::Parse(published);
  return X().Extract(a);
}

}  // namespace rasad::extract
