// Which reader an input needs, decided from its first bytes (after gzip
// decoding, see InputBuf), the file name only breaking ties:
//   "WARC/1.x"                          -> WARC
//   first non-blank byte '{'            -> JSON Lines
//   markup: after <?xml ?>, comments and <!DOCTYPE>, the first element
//     <rss> or <rdf:RDF> or <feed>      -> RSS / Atom feed
//     <html>, <head>, <body>, any other -> HTML (a document with an <?xml?>
//     declaration and another root is given to the feed reader, which names
//     the root it does not know)
//   %PDF, PK\3\4 (zip, docx), UTF-16 byte-order marks -> unsupported, named
//   anything else                       -> plain text (or HTML when the name
//                                          ends in .html / .htm / .xhtml)
// A UTF-8 byte-order mark is skipped.
#pragma once

#include <string_view>

namespace rasad::io {

enum class InputFormat { kPlainText, kJsonLines, kHtml, kFeed, kWarc, kUnsupported };

struct Detection {
  InputFormat format = InputFormat::kPlainText;
  std::string_view what;  // for kUnsupported: what the input looks like
};

// How many leading bytes DetectFormat wants to see.
inline constexpr size_t kDetectBytes = 8192;

Detection DetectFormat(std::string_view head, std::string_view file_name);

std::string_view FormatName(InputFormat f);

}  // namespace rasad::io
