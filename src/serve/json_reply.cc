#include "serve/json_reply.h"

namespace rasad::serve {

void ReplyJson(httplib::Response& res, const nlohmann::ordered_json& body, int status) {
  res.status = status;
  res.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), "application/json");
}

void ReplyJsonText(httplib::Response& res, std::string body, int status) {
  res.status = status;
  res.body = std::move(body);
  res.headers.erase("Content-Type");
  res.set_header("Content-Type", "application/json");
}

void ReplyError(httplib::Response& res, int status, const std::string& message) {
  ReplyJson(res, {{"error", {{"status", status}, {"message", message}}}}, status);
}

}  // namespace rasad::serve
