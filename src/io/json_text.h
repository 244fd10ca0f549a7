// JSON values appended to a string, byte for byte as nlohmann::json::dump(-1,
// ' ', false, error_handler_t::replace) writes them (ToLine in record_json.h):
// UTF-8 kept as is, invalid UTF-8 replaced by U+FFFD, control characters
// escaped, non-finite numbers as null. For responses written straight to text
// instead of through a json tree; json_text_test.cc compares with nlohmann.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace rasad::io {

void AppendJsonString(std::string& out, std::string_view s);
void AppendJsonInt(std::string& out, int64_t v);
void AppendJsonDouble(std::string& out, double v);

// A string, or null when empty.
void AppendJsonStringOrNull(std::string& out, std::string_view s);
// A number, or null when absent.
void AppendJsonIntOrNull(std::string& out, const std::optional<int>& v);

}  // namespace rasad::io
