// Character sets of web documents. Pages and feeds from Arabic sites are
// UTF-8 or, on older sites, windows-1256 / ISO-8859-6; every article text is
// UTF-8 after reading.
//   - The declared charset comes from the transport (HTTP Content-Type) or
//     from the page's <meta charset> / <meta http-equiv="Content-Type">.
//   - Bytes that are valid UTF-8 with non-ASCII characters are UTF-8 whatever
//     is declared (legacy Arabic text never is valid UTF-8 by chance, while
//     pages re-encoded to UTF-8 often keep an old declaration).
//   - An unknown charset is read as UTF-8; ill-formed sequences become U+FFFD.
#pragma once

#include <string>
#include <string_view>

namespace rasad::io {

// The charset= parameter of a MIME type ("text/html; charset=windows-1256"),
// lower case; "" when none.
std::string ContentTypeCharset(std::string_view content_type);

// The charset an HTML document declares in a <meta> tag near its start, lower
// case; "" when none.
std::string SniffHtmlCharset(std::string_view html);

// `bytes` decoded from `charset` to well-formed UTF-8 (ICU converters).
std::string ToUtf8(std::string_view bytes, std::string_view charset);

}  // namespace rasad::io
