// Everything rasad reads off one article before it decides on events: the
// normalized text and tokens, sentences, dictionary hits (actors with
// anaphors resolved, triggers, cues), place mentions with their gazetteer
// resolutions, and date mentions. Offsets are into the normalized text;
// Original() maps a span back to the verbatim article text.
#pragma once

#include <deque>
#include <memory>
#include <optional>
#include <ranges>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "core/article.h"
#include "extract/dictionary.h"
#include "extract/offset_index.h"
#include "extract/word_list.h"
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
  bool adjective = false;  // a nationality adjective after a weapon or attack word ("مسيّرة تركية")
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
  size_t dateline_date_token = SIZE_MAX;  // first token of "3 نوفمبر 2024" in "مقديشو 3 نوفمبر 2024 (شينخوا)"
  std::vector<std::string> country_votes;  // ISO2 codes, most supported first

  // Index of the first token whose begin >= offset.
  size_t TokenAt(uint32_t offset) const {
    if (!token_index_.Covers(toks)) IndexTokens();
    return token_index_.LowerBound(toks, offset);
  }
  // Index of the last token whose end <= offset, or npos.
  size_t TokenBefore(uint32_t offset) const;
  std::string_view Word(size_t tok) const {
    if (tok >= toks.size()) return {};
    return std::string_view(norm.text).substr(toks[tok].begin, toks[tok].end - toks[tok].begin);
  }
  std::string Original(uint32_t begin, uint32_t end) const;
  size_t OriginalBegin(uint32_t begin) const { return norm.ToOriginal(begin); }
  size_t OriginalEnd(uint32_t end) const { return norm.ToOriginalEnd(end); }
  const std::string& MainCountry() const;
  // True when a line break stands between sentences `first` and `later` (first < later).
  bool NewParagraphBetween(size_t first, size_t later) const;
  // parse::ParseQuantity(norm.text, toks, tok), computed once per token: the
  // frame and tally readers ask for the same tokens many times.
  const std::optional<parse::Quantity>& QuantityAt(size_t tok) const {
    // Most tokens start no quantity; once read, they are answered here.
    if (tok < quantity_slot_.size() && quantity_slot_.size() == toks.size() && quantity_slot_[tok] == 1)
      return quantities_.front();
    return ReadQuantity(tok);
  }

  // Windows for loops over one sentence, clause or neighbourhood, so that they
  // do not walk the whole article. Each returns, in their order, a run of
  // `hits` / `actors` / `dates` / `places` that holds every element whose begin
  // lies in [begin, end) (the whole vector when it is not ordered by begin):
  // a loop that keeps its own tests gives the same result over the window.
  // (Inline: the rules ask for windows all the time; a vector is measured out of
  // line only when it changed.)
  std::span<const LexHit> HitsIn(uint32_t begin, uint32_t end) const {
    return Run(hits, Measured(hits, hits_shape_), begin, end);
  }
  std::span<const ActorMention> ActorsIn(uint32_t begin, uint32_t end) const {
    return Run(actors, Measured(actors, actors_shape_), begin, end);
  }
  std::span<const parse::DateMention> DatesIn(uint32_t begin, uint32_t end) const {
    return Run(dates, Measured(dates, dates_shape_), begin, end);
  }
  // Place i is an item of a list of places that the gazetteer lacks ("شملت: كايس، ساندري،
  // قانقوتيري"): a place of its own, resolved to the list's area.
  bool ListedUnknown(size_t i) const { return places[i].unknown && places[i].coordinated && resolved[i].fallback; }
  // Indices [first, last) into `places` (and `resolved`, `place_in_actor`...).
  std::pair<size_t, size_t> PlacesIn(uint32_t begin, uint32_t end) const {
    return Window(places, Measured(places, places_shape_), begin, end);
  }
  // Likewise, a run that holds every hit whose end lies in [from, to), every
  // actor mention and every date mention that overlaps [begin, end).
  std::span<const LexHit> HitsEndingIn(uint32_t from, uint32_t to) const {
    const Shape& shape = Measured(hits, hits_shape_);
    return Run(hits, shape, Back(from, shape.longest), to);
  }
  std::span<const ActorMention> ActorsOverlapping(uint32_t begin, uint32_t end) const {
    const Shape& shape = Measured(actors, actors_shape_);
    return Run(actors, shape, Back(begin, shape.longest), end);
  }
  std::span<const parse::DateMention> DatesOverlapping(uint32_t begin, uint32_t end) const {
    const Shape& shape = Measured(dates, dates_shape_);
    return Run(dates, shape, Back(begin, shape.longest), end);
  }
  // The actor mention, first in order, whose clitic_begin is `offset`, or nullptr.
  const ActorMention* ActorAtClitic(uint32_t offset) const;

 private:
  // Per vector, computed once for its current storage and size: whether it is
  // ordered by begin, its longest element (end - begin), and when ordered, an
  // index of where elements begin.
  struct Shape {
    const void* data = nullptr;
    const void* end = nullptr;  // of the storage (pointers compared: a size is a division)
    bool ordered = false;
    uint32_t longest = 0;
    OffsetIndex index;
  };
  mutable Shape hits_shape_, actors_shape_, dates_shape_, places_shape_;
  mutable OffsetIndex token_index_;
  void IndexTokens() const;  // builds token_index_ (out of line: TokenAt stays small enough to inline)
  // `shape`, measured for `v` as it is now.
  template <typename T>
  const Shape& Measured(const std::vector<T>& v, Shape& shape) const {
    const void* end = std::to_address(v.cend());
    if (shape.data != static_cast<const void*>(v.data()) || shape.end != end) Remeasure(v, shape);  // (out of line)
    return shape;
  }
  void Remeasure(const std::vector<LexHit>& v, Shape& shape) const;
  void Remeasure(const std::vector<ActorMention>& v, Shape& shape) const;
  void Remeasure(const std::vector<parse::DateMention>& v, Shape& shape) const;
  void Remeasure(const std::vector<geo::PlaceMention>& v, Shape& shape) const;
  // Indices of the run of `v` whose begin lies in [begin, end), or all of `v`
  // when it is not ordered by begin.
  template <typename T>
  static std::pair<size_t, size_t> Window(const std::vector<T>& v, const Shape& shape, uint32_t begin, uint32_t end) {
    if (!shape.ordered) return {0, v.size()};
    if (end <= begin) return {0, 0};
    return {shape.index.LowerBound(v, begin), shape.index.LowerBound(v, end)};
  }
  template <typename T>
  static std::span<const T> Run(const std::vector<T>& v, const Shape& shape, uint32_t begin, uint32_t end) {
    const auto [first, last] = Window(v, shape, begin, end);
    return std::span<const T>(v.data() + first, last - first);
  }
  // An element that ends after `from` begins after from - longest.
  static uint32_t Back(uint32_t from, uint32_t longest) { return from > longest ? from - longest : 0; }
  mutable size_t actor_clitic_size_ = SIZE_MAX;
  mutable std::vector<std::pair<uint32_t, uint32_t>> actor_clitic_;  // (clitic_begin, index), sorted
  // QuantityAt for a token not read yet or that starts a number.
  const std::optional<parse::Quantity>& ReadQuantity(size_t tok) const;
  // By token: 0 not read yet, else 1 + the index of its result in quantities_
  // (most tokens are no number and share quantities_[0], nullopt). A deque:
  // references handed out stay valid as it grows.
  mutable std::vector<uint32_t> quantity_slot_;
  mutable std::deque<std::optional<parse::Quantity>> quantities_;
  // Storage that SentenceClauses borrows, one sentence after another.
  friend class SentenceClauses;
  mutable std::vector<text::Span> spare_clauses_;
};

// The clauses of a sentence (text::SplitClauses), split on first use: most
// sentences are read without them. While it lives it holds the analysis' spare
// clause buffer and hands it back when it goes, so that the readers' loops
// over sentences split each into the same storage; two alive at once (on the
// analysis' thread) each have their own.
class SentenceClauses {
 public:
  SentenceClauses(const Analysis& a, text::Span sentence)
      : a_(&a), sentence_(sentence), spans_(std::exchange(a.spare_clauses_, {})) {}
  ~SentenceClauses() { a_->spare_clauses_ = std::move(spans_); }
  SentenceClauses(const SentenceClauses&) = delete;
  SentenceClauses& operator=(const SentenceClauses&) = delete;
  const std::vector<text::Span>& operator()() const { return split_ ? spans_ : Split(); }

 private:
  const std::vector<text::Span>& Split() const;
  const Analysis* a_;
  text::Span sentence_;
  mutable bool split_ = false;
  mutable std::vector<text::Span> spans_;  // (capacity from earlier sentences; contents only once split_)
};

// Which of `words` token t is (WordList::Find), or -1; past the last token,
// only an empty word matches.
inline int WordAt(const Analysis& a, size_t t, const WordList& words) {
  if (t >= a.toks.size()) return words.Find({});
  const text::Token& k = a.toks[t];
  return words.FindInText(std::string_view(a.norm.text.data() + k.begin, k.end - k.begin));
}
// True when token t is one of `words`.
inline bool WordIs(const Analysis& a, size_t t, const WordList& words) { return WordAt(a, t, words) >= 0; }
// The cue hits whose begin lies in the span, in text order (a filtered HitsIn window).
inline auto CuesIn(const Analysis& a, text::Span s) {
  return a.HitsIn(s.begin, s.end) | std::views::filter([s](const LexHit& h) {
           return h.kind == HitKind::kCue && h.begin >= s.begin && h.begin < s.end;
         });
}
// The proclitics written before a dictionary match ("ل" of "لقوات", "وال" of "والمدينة").
std::string_view Proclitic(const Analysis& a, uint32_t clitic_begin, uint32_t begin);
// True when the normalized text in `span` holds `letters` (a few Arabic letters a rule's words all
// share, "نع" of نعى، ينعى): a cheap test before the rule reads the span's words. It looks for
// letters[key] with memchr (memmem is slow on Arabic, whose bytes D8 and D9 open every letter), so
// `key` is best a rarely seen byte ("خ"'s 0xAE); by default the last.
bool SpanHolds(const Analysis& a, text::Span span, std::string_view letters, size_t key = SIZE_MAX);
// The sentence (a.sentences) that holds offset `at`, or nullptr.
const text::Span* SentenceHolding(const Analysis& a, uint32_t at);
// True when `h` is a cue of role `r`.
inline bool IsRole(const Dictionary& d, const LexHit& h, CueRole r) {
  return h.kind == HitKind::kCue && d.cue(h.index).role == r;
}
// True when `h` is a cue of a word that kills, wounds or arrests ("قتل"، "أصيب"، "بين قتيل
// وجريح"، "اعتقال"): cue roles kill, wound, kill_or_wound, arrest.
inline bool IsCasualtyVerb(const Dictionary& d, const LexHit& h) {
  if (h.kind != HitKind::kCue) return false;
  const CueRole r = d.cue(h.index).role;
  return r == CueRole::kKill || r == CueRole::kWound || r == CueRole::kKillOrWound || r == CueRole::kArrest;
}
// The cue hit that starts at token `t` (with its proclitics): a person noun when
// `person`, else any other cue; nullptr when none.
const LexHit* CueAtToken(const Analysis& a, const Dictionary& d, size_t t, bool person);

// True when the "منذ" at token `since` compares rather than sums: a superlative
// a few words before it ("الأعنف منذ أسابيع"، "الأكبر ... منذ مطلع العام"), or it dates an
// agreement in force ("وقف إطلاق النار الساري منذ نوفمبر").
bool ComparedSince(const Analysis& a, size_t since);

Analysis Analyze(const Article& article, const Dictionary& dict, const geo::Geocoder& geocoder);

}  // namespace rasad::extract
