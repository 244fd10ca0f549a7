// Publication dates as web pages, feeds and archives write them, read as the
// calendar day written (the time and zone are dropped: the publisher's own
// day is the reference for relative dates):
//   ISO 8601 / RFC 3339   2023-10-07, 2023-10-07T09:15:00+03:00, 20231007
//   RFC 822 / 1123        Sat, 07 Oct 2023 09:15:00 +0300 (RSS pubDate), 7 Oct 23
//   other common forms    2023/10/07, 07/10/2023 (day first), October 7, 2023,
//                         Unix seconds or milliseconds (1696670100)
// Arabic-Indic and Persian digits are read as digits. Years 1900..2199 only.
#pragma once

#include <optional>
#include <string_view>

#include "core/date.h"

namespace rasad::io {

std::optional<Date> ParseWebDate(std::string_view s);

}  // namespace rasad::io
