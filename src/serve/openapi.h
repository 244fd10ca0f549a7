// The OpenAPI 3 description of the HTTP API (src/serve/openapi.json, built
// into the binary), served at /api/openapi.json.
#pragma once

#include <string_view>

namespace rasad::serve {

std::string_view OpenApiJson();

}  // namespace rasad::serve
