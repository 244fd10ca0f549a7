// Geocoder::ToPlaceRef — ACLED's place columns for a resolution.
//   country / country_code  the place's country (empty for multi-country regions and the world)
//   admin1 / admin1_ar      the enclosing admin1, or the place itself when it is an admin1
//   admin2                  the enclosing admin2, or the place itself when it is an admin2
//   location / location_ar  the place reported: a settlement or site; for an admin1-only
//                           resolution the admin1's own name (not its capital); for a country
//                           the country name; for a region override its name; location_ar of a
//                           place without an Arabic name is the article's spelling (phonetic match)
//   latitude / longitude    of that place (none for the world)
//   geo_precision           Resolution::geo_precision (1 place, 2 near / area, 3 province or wider)
//   wof_id / geonames_id    of that place
#include "geo/geocoder.h"

namespace rasad::geo {

PlaceRef Geocoder::ToPlaceRef(const Resolution& r) const {
  PlaceRef out;
  if (!r.place) return out;
  const Place& p = *r.place;
  if (p.type == PlaceType::kCountry) {
    out.country = p.name_en;
    out.country_code = p.cc;
  } else if (p.country >= 0) {
    const Place& c = g_.place(static_cast<uint32_t>(p.country));
    out.country = c.name_en;
    out.country_code = c.cc;
  }
  const Place* a1 = p.type == PlaceType::kAdmin1 ? &p : p.admin1 >= 0 ? &g_.place(static_cast<uint32_t>(p.admin1)) : nullptr;
  const Place* a2 = p.type == PlaceType::kAdmin2 ? &p : p.admin2 >= 0 ? &g_.place(static_cast<uint32_t>(p.admin2)) : nullptr;
  if (a1) {
    out.admin1 = a1->name_en;
    out.admin1_ar = a1->name_ar;
  }
  if (a2) out.admin2 = a2->name_en;
  out.location = p.name_en;
  out.location_ar = p.name_ar;
  // "Qaryat al Mushahiriyah" / "قرية المشاهرية": a village whose name in the sources carries
  // the word "village" is reported by its name ("al Mushahiriyah", "المشاهرية"), as the news
  // and ACLED name it.
  {
    constexpr std::string_view kQaryatEn = "Qaryat ", kQaryatAr = "\xD9\x82\xD8\xB1\xD9\x8A\xD8\xA9 ";  // "قرية "
    std::string_view en = out.location, ar = out.location_ar;
    if (p.IsSettlement() && en.starts_with(kQaryatEn) && ar.starts_with(kQaryatAr) && en.size() > kQaryatEn.size() &&
        ar.size() > kQaryatAr.size()) {
      out.location.erase(0, kQaryatEn.size());
      out.location_ar.erase(0, kQaryatAr.size());
    }
  }
  // A place the sources name only in Latin script, found by its sound: the article's spelling.
  if (out.location_ar.empty() && !r.fallback && !r.written_ar.empty()) out.location_ar = r.written_ar;
  // An area without an Arabic name, chosen for a place named after it ("قضاء الطارمية"):
  // the place's Arabic name is the area's.
  if (out.location_ar.empty() && r.named && p.type == PlaceType::kAdmin2 &&
      r.named->admin2 == static_cast<int32_t>(p.id))
    out.location_ar = r.named->name_ar;
  bool world = p.type == PlaceType::kRegion && p.cc.empty() && p.regions_cc.empty();
  if (!world && (p.lat != 0 || p.lon != 0)) {
    out.latitude = p.lat;
    out.longitude = p.lon;
    out.has_coordinates = true;
  }
  out.geo_precision = r.geo_precision > 0 ? r.geo_precision : DefaultPrecision(p);
  out.wof_id = p.wof_id;
  out.geonames_id = p.geonames_id;
  return out;
}

}  // namespace rasad::geo
