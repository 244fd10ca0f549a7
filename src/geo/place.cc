#include "geo/place.h"

#include "geo/name_index.h"

#include <algorithm>
#include <array>
#include <cmath>
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
  char buf[128];  // most names: joined on the stack
  std::string long_name;
  char* out = key.size() <= sizeof buf ? buf : (long_name.resize(key.size()), long_name.data());
  size_t n = 0;
  for (char c : key)
    if (c != ' ') out[n++] = c;
  return NameIndex::Hash(std::string_view(out, n));
}

double PlacePrior(const Place& p) {
  double s = 0;
  switch (p.type) {
    case PlaceType::kCountry: s = 5.0; break;
    case PlaceType::kAdmin1: s = 2.5; break;
    case PlaceType::kRegion: s = 2.5; break;
    case PlaceType::kCity: s = 2.0; break;
    case PlaceType::kAdmin2: s = 1.5; break;
    case PlaceType::kTown: s = 1.2; break;
    case PlaceType::kCamp: s = 1.0; break;
    case PlaceType::kAdmin3: s = 0.8; break;
    case PlaceType::kLandmark: s = 0.8; break;
    case PlaceType::kVillage: s = 0.4; break;
    case PlaceType::kNeighbourhood: s = 0.3; break;
  }
  if (p.population > 0) s += std::min(1.0, 0.15 * std::log10(1.0 + static_cast<double>(p.population)));
  if (p.notable) s += 0.3;
  if (p.from_override) s += 0.6;
  const std::string_view fcode = p.fcode;
  if (fcode == "PPLA" || fcode == "PPLC") s += 0.3;
  else if (fcode == "PPLA2" || fcode == "PPLA3") s += 0.15;
  return s;
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

bool Contains(const Place& area, const Place& p) {
  if (&area == &p || area.id == p.id) return false;
  switch (area.type) {
    case PlaceType::kCountry:
      return p.type != PlaceType::kCountry && area.cc == p.cc;
    case PlaceType::kRegion: {
      if (p.type == PlaceType::kRegion || p.type == PlaceType::kCountry) return false;
      if (area.radius_km > 0 && KmBetween(area, p) > area.radius_km) return false;
      if (area.admin2 >= 0) return p.admin2 == area.admin2;
      if (area.admin1 >= 0) return p.admin1 == area.admin1;
      if (area.cc.empty() && area.regions_cc.empty()) return true;
      if (area.cc == p.cc) return true;
      return !p.cc.empty() && area.regions_cc.find(p.cc) != std::string::npos;
    }
    default:
      return static_cast<int32_t>(area.id) == p.admin1 || static_cast<int32_t>(area.id) == p.admin2;
  }
}

double KmBetween(const Place& a, const Place& b) {
  constexpr double kRad = 3.14159265358979323846 / 180.0;
  const double dlat = (b.lat - a.lat) * kRad, dlon = (b.lon - a.lon) * kRad;
  const double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(a.lat * kRad) * std::cos(b.lat * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 12742 * std::asin(std::sqrt(std::min(1.0, h)));  // haversine, Earth's mean diameter in km
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
