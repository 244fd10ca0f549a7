// JSON responses of the HTTP API: a body with its content type, and errors as
// {"error": {"status": N, "message": "..."}} with the matching HTTP status.
#pragma once

#include <string>

#include <httplib.h>
#include <nlohmann/json.hpp>

namespace rasad::serve {

// Serializes `body` (invalid UTF-8 replaced, never thrown on) as the response.
void ReplyJson(httplib::Response& res, const nlohmann::ordered_json& body, int status = 200);
void ReplyError(httplib::Response& res, int status, const std::string& message);
// A body already serialized (io/json_text.h, store::AppendIncidentJson).
void ReplyJsonText(httplib::Response& res, std::string body, int status = 200);

}  // namespace rasad::serve
