#include "geo/place.h"

#include "geo/name_index.h"

#include <array>
#include <string>
#include <utility>

namespace rasad::geo {
namespace {

constexpr std::array<std::pair<std::string_view, PlaceType>, 11> kNames{{
    {"country", PlaceType::kCountry}, {"admin1", PlaceType::kAdmin1}, {"admin2", PlaceType::kAdmin2},
    {"admin3", PlaceType::kAdmin3}, {"city", PlaceType::kCity}, {"town", PlaceType::kTown},
    {"village", PlaceType::kVillage}, {"neighbourhood", PlaceType::kNeighbourhood},
    {"camp", PlaceType::kCamp}, {"landmark", PlaceType::kLandmark}, {"region", PlaceType::kRegion},
}};

}  // namespace

uint64_t NameKeyHash(std::string_view key) {
  if (key.find(' ') == std::string_view::npos) return NameIndex::Hash(key);
  std::string joined;
  joined.reserve(key.size());
  for (char c : key)
    if (c != ' ') joined += c;
  return NameIndex::Hash(joined);
}

std::string_view PlaceTypeName(PlaceType t) {
  for (const auto& [name, type] : kNames)
    if (type == t) return name;
  return "?";
}

std::optional<PlaceType> ParsePlaceType(std::string_view s) {
  for (const auto& [name, type] : kNames)
    if (name == s) return type;
  // Synonyms accepted in places_overrides.tsv.
  if (s == "base" || s == "airport" || s == "crossing" || s == "oilfield" || s == "site")
    return PlaceType::kLandmark;
  if (s == "neighborhood" || s == "quarter") return PlaceType::kNeighbourhood;
  return std::nullopt;
}

int DefaultPrecision(const Place& p) {
  if (p.geo_precision > 0) return p.geo_precision;
  switch (p.type) {
    case PlaceType::kCountry:
    case PlaceType::kAdmin1:
    case PlaceType::kRegion:
      return 3;
    case PlaceType::kAdmin2:
    case PlaceType::kAdmin3:
      return 2;
    default:
      return 1;
  }
}

}  // namespace rasad::geo
