// An article as the API shows it: its fields, its text, the evidence spans
// of its records (UTF-8 byte offsets, as stored) and the text cut into
// "segments" at every span boundary, each naming the records whose evidence
// covers it — so a client marks the evidence without converting offsets.
// Concatenating the segments' text gives the article text back.
#pragma once

#include <nlohmann/json.hpp>

#include "store/store.h"

namespace rasad::serve {

nlohmann::ordered_json ArticleJson(const store::StoredArticle& stored);

}  // namespace rasad::serve
