// Everything rasad reads off one article before it decides on events: the
// normalized text and tokens, sentences, dictionary hits (actors with
// anaphors resolved, triggers, cues), place mentions with their gazetteer
// resolutions, and date mentions. Offsets are into the normalized text;
// Original() maps a span back to the verbatim article text.
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include "core/article.h"
#include "extract/dictionary.h"
#include "geo/geocoder.h"
#include "parse/dates.h"
#include "parse/numbers.h"
#include "text/normalize.h"
#include "text/tokenize.h"

namespace rasad::extract {

struct ActorMention {
  uint32_t begin, end, clitic_begin;
  uint32_t actor;        // index in Dictionary::actors()
  bool anaphoric = false;  // "التنظيم" referring back
};

struct PlaceHit {
  const geo::PlaceMention* mention;
  const geo::Resolution* resolution;
  size_t index;          // in Analysis::places
};

struct Analysis {
  const Article* article = nullptr;
  std::optional<Date> published;       // the article's, else the first full date of its opening lines
  text::NormalizedText norm;
  std::vector<text::Token> toks;
  std::vector<text::Span> sentences;
  std::vector<bool> aside;             // per sentence: a link to another story ("اقرأ أيضاً: ...")
  std::vector<LexHit> hits;            // triggers and cues (actors moved to `actors`)
  std::vector<ActorMention> actors;
  std::vector<geo::PlaceMention> places;
  std::vector<geo::Resolution> resolved;
  std::vector<bool> place_in_actor;    // the name is part of an actor's name ("مجلس دير الزور العسكري")
  std::vector<bool> place_dateline;    // "دمشق –" opening a line: where the report was filed
  std::vector<parse::DateMention> dates;
  std::vector<std::string> country_votes;  // ISO2 codes, most supported first

  // Index of the first token whose begin >= offset.
  size_t TokenAt(uint32_t offset) const;
  // Index of the last token whose end <= offset, or npos.
  size_t TokenBefore(uint32_t offset) const;
  std::string_view Word(size_t tok) const;
  std::string Original(uint32_t begin, uint32_t end) const;
  size_t OriginalBegin(uint32_t begin) const { return norm.ToOriginal(begin); }
  size_t OriginalEnd(uint32_t end) const { return norm.ToOriginalEnd(end); }
  const std::string& MainCountry() const;
  // parse::ParseQuantity(norm.text, toks, tok), computed once per token: the
  // frame and tally readers ask for the same tokens many times.
  const std::optional<parse::Quantity>& QuantityAt(size_t tok) const;

 private:
  mutable std::vector<uint8_t> quantity_done_;
  mutable std::vector<std::optional<parse::Quantity>> quantity_;
};

// True when token t is one of `words` (raw Arabic, compared in normalized form).
bool WordIs(const Analysis& a, size_t t, std::initializer_list<const char*> words);

Analysis Analyze(const Article& article, const Dictionary& dict, const geo::Geocoder& geocoder);

}  // namespace rasad::extract
