// The geocoder: finds place names in an article, picks one gazetteer place per
// mention using the whole article as context, and turns a choice into ACLED's
// place columns. Stateless apart from a reference to the (shared, read-only)
// gazetteer: one Geocoder can serve many threads.
//
//   Find       scans the tokens once with n-gram hash lookups (longest name first,
//              non-overlapping), peeling proclitics (و ف ب ل ك, لل = ل + ال) and reading
//              type words, "ريف", direction qualifiers and prepositions around a name.
//   Resolve    scores each candidate by type, population, the countries of the article
//              (hints + other mentions), the admin areas other mentions name (nearby ones
//              count more) and the cue words; falls back to the enclosing admin area or
//              country (lower precision) rather than guess a village; drops stopword names
//              without their cue.
//   ToPlaceRef the output columns (see place_ref.cc for the conventions).
#pragma once

#include <vector>

#include "core/place_ref.h"
#include "geo/gazetteer.h"
#include "geo/mention.h"
#include "text/normalize.h"
#include "text/tokenize.h"

namespace rasad::geo {

class Geocoder {
 public:
  explicit Geocoder(const Gazetteer& g) : g_(g) {}

  // Every place mention in the normalized text (tokens from text::Tokenize), in text order,
  // longest name first, non-overlapping.
  std::vector<PlaceMention> Find(const text::NormalizedText& text, const std::vector<text::Token>& tokens) const;

  // Chooses one place (or none) per mention, using all mentions of the article together.
  std::vector<Resolution> Resolve(const std::vector<PlaceMention>& mentions, const ContextHints& hints) const;

  // ACLED place columns for a resolution: country, country_code, admin1, admin2, location
  // (English), admin1_ar, location_ar, coordinates, geo_precision, wof/geonames ids.
  PlaceRef ToPlaceRef(const Resolution& r) const;

  const Gazetteer& gazetteer() const { return g_; }

 private:
  const Gazetteer& g_;
};

}  // namespace rasad::geo
