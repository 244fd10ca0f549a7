// One gazetteer entry. Places come from data/gazetteer.tsv.zst (built by
// tools/build_gazetteer.py from Who's On First and GeoNames) and from the
// analysts' data/places_overrides.tsv. Ids are indices into the gazetteer;
// country/admin1/admin2 point to the enclosing entries (-1 when none).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace rasad::geo {

enum class PlaceType : uint8_t {
  kCountry, kAdmin1, kAdmin2, kAdmin3, kCity, kTown, kVillage, kNeighbourhood, kCamp, kLandmark,
  kRegion
};

struct Place {           // one gazetteer entry
  uint32_t id = 0;       // index in the gazetteer
  PlaceType type = PlaceType::kVillage;
  std::string cc;        // ISO 3166-1 alpha-2 ("" for World / multi-country regions)
  std::string name_en, name_ar;   // common English name, preferred Arabic name
  double lat = 0, lon = 0;
  int64_t population = 0, wof_id = 0, geonames_id = 0;
  int32_t country = -1, admin1 = -1, admin2 = -1;   // ids of the enclosing places, -1 when none
  int geo_precision = 0; // overrides only: precision to report for a region (0 = by type)
  double radius_km = 0;  // overrides only: a region's extent, km around lat/lon (0 = its admin areas)

  // Added members.
  int64_t source_id = 0;        // id in gazetteer.tsv (WOF id, or negative GeoNames / synthetic id); 0 for overrides
  std::string regions_cc;       // regions spanning several countries: their ISO2 codes, comma-separated
  bool from_override = false;   // defined or amended by places_overrides.tsv
  bool notable = false;         // has a Wikidata item (a better-known place)
  bool covered = false;         // in one of the countries covered in depth (WOF admin data)
  std::string fcode;            // GeoNames feature code ("PPLA", "PPL"...), when known
  uint64_t name_key_hash = 0;   // NameKeyHash(name_ar): tells the preferred name from variants
  std::string latin_forms;      // phonetic forms of its Latin names, '|'-joined (see phonetic.h); "" when none
  double prior = 0;             // PlacePrior(*this), set once the gazetteer is loaded
  double prior_weight = 0;      // std::exp(prior), likewise

  bool IsAdmin() const {
    return type == PlaceType::kCountry || type == PlaceType::kAdmin1 || type == PlaceType::kAdmin2 ||
           type == PlaceType::kAdmin3;
  }
  // Populated places and sites (the "place itself" of ACLED precision 1).
  bool IsSettlement() const {
    return type == PlaceType::kCity || type == PlaceType::kTown || type == PlaceType::kVillage ||
           type == PlaceType::kNeighbourhood || type == PlaceType::kCamp || type == PlaceType::kLandmark;
  }
};

// Hash of a canonical name key with its spaces removed ("كفر كلا" = "كفركلا").
uint64_t NameKeyHash(std::string_view canonical_key);

// "country", "admin1", ..., "region" (the names used in the TSV files).
std::string_view PlaceTypeName(PlaceType t);
std::optional<PlaceType> ParsePlaceType(std::string_view s);

// True when `area` encloses `p`: a country its places; an admin area the places
// whose admin1/admin2 it is; a region the places inside its admin2, else inside
// its admin1, else in its countries (never another region, a country, or the
// admin area the region lies in), and with a radius only those within it. A
// place does not contain itself.
bool Contains(const Place& area, const Place& p);

// How plausible the place is as the one its name means before the article is read: its
// type (country > admin1 > city > admin2 > town > camp/site > village > neighbourhood),
// population, Wikidata item, curated override and GeoNames feature code (the geocoder's prior).
double PlacePrior(const Place& p);

// Great-circle distance in kilometres (haversine).
double KmBetween(const Place& a, const Place& b);

// ACLED geo_precision of a resolution to the place itself: 1 for settlements and
// sites, 2 for admin2/admin3, 3 for admin1, countries and regions (or the
// override's own precision).
int DefaultPrecision(const Place& p);

}  // namespace rasad::geo
