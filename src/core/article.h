// An Article is one news report as read from any input format: its identity,
// provenance and full original text. Everything rasad extracts points back
// into `text` by byte offsets, so the text is never modified after reading.
#pragma once

#include <optional>
#include <string>

#include "core/date.h"

namespace rasad {

struct Article {
  std::string id;
  std::string text;                 // original UTF-8 text, verbatim
  std::optional<Date> published;    // publication day, when known
  std::string url;
  std::string source;               // publication (domain or name)
  std::string title;
};

}  // namespace rasad
