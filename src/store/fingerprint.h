// Content fingerprints: the SHA-256 of an article's text, as 64 lowercase hex
// digits. An article whose fingerprint is already stored is unchanged.
#pragma once

#include <string>
#include <string_view>

namespace rasad::store {

std::string Sha256Hex(std::string_view data);

}  // namespace rasad::store
