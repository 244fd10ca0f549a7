// One compiled multi-pattern scan (vectorscan) over every dictionary phrase.
// Phrases are added in normalized form (text::NormalizeKey) with a caller's
// payload; Scan() reports each occurrence in normalized text that stands on
// word boundaries, allowing Arabic proclitics (و ف ب ل ك ال لل) before it. A
// phrase that starts with the article also matches after لل / بال / وال. A
// phrase added with `prefix` set matches words that merely start with it
// (verb and pronoun endings: "استهدف" matches استهدفت، استهدفه). A phrase
// added with `enclitics` also matches with a pronoun suffix (ه ها هم هما هن):
// "استهداف" matches استهدافه, and a final ta marbuta takes its ت form before
// the pronoun: "حفيدة" matches حفيدتها. A leading ال is taken for the article
// only when the caller says so (normalization turns the first letters of آلية،
// ألغام، إلى into ال too) and at least three letters follow it.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace rasad::lexicon {

struct Hit {
  uint32_t begin = 0, end = 0;  // the phrase in normalized text (end: end of the word when prefix)
  uint32_t clitic_begin = 0;    // start of the word including proclitics
  uint32_t payload = 0;         // caller's value given to Add()
};

class Matcher {
 public:
  Matcher();
  ~Matcher();
  Matcher(Matcher&&) noexcept;
  Matcher& operator=(Matcher&&) noexcept;

  // Adds a normalized phrase; returns false when it is empty. `article`: a
  // leading ال of the phrase is the definite article (the raw phrase began with
  // a plain alef and lam), not letters of the word ("آلية"، "ألغام").
  bool Add(std::string_view normalized_phrase, uint32_t payload, bool prefix = false,
           bool enclitics = false, bool article = true);
  // Compiles the database; throws std::runtime_error on failure.
  void Compile();
  size_t size() const;

  // All matches, ordered by begin, then longer first, then payload (so equal
  // matches are adjacent). Thread-safe.
  std::vector<Hit> Scan(std::string_view normalized) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace rasad::lexicon
