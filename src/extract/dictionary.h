// The editable dictionaries, loaded and compiled once at start-up:
//   actors.tsv    armed groups, state forces, civilians... with Arabic aliases
//   triggers.tsv  words that say an incident happened and of what kind
//   actor_adjectives.tsv  nationality adjectives naming an attacker after a weapon word
//   cues.tsv      casualty words, people nouns, agent/target/claim/report cues,
//                 non-event markers (threats, plans), summary markers
// All phrases go into one vectorscan matcher; Scan() returns classified hits
// over an article's normalized text. A bad row throws lexicon::DictionaryError
// naming the file and line.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/matcher.h"
#include "text/word_table.h"

namespace rasad::extract {

struct Actor {
  std::string key;                  // stable id, e.g. "SDF"
  std::string name;                 // ACLED-style name, may contain "{country}"
  int inter = 0;                    // ACLED interaction code 1..8
  std::vector<std::string> countries;  // ISO2 codes; empty = anywhere
  std::vector<std::string> anaphors;   // normalized words that refer back to it
  bool armed() const { return (inter >= 1 && inter <= 4) || inter == 8; }
  bool civilian() const { return inter == 7; }
  bool generic() const { return name.find("{country}") != std::string::npos; }
};

enum class TriggerClass : uint8_t {
  kSuicide, kIed, kGrenade, kAir, kShelling, kIntercept, kArrest, kAbduction, kProtest, kRiot,
  kClash, kAttack, kLooting, kTerritory, kAircraft
};

enum class CueRole : uint8_t {
  kKill, kWound, kKillOrWound, kArrest, kKillNoun, kWoundNoun, kKowNoun, kNoCasualties, kPerson,
  kAgent, kTarget, kClaim, kReport, kModal, kNegation, kCumulative, kPeriod, kBoast, kOperations, kOrigin, kBackground, kIntervention, kForce, kSeizure, kAggregate, kAssociate, kVehicle, kWorld, kPast, kCrime, kBorder,
  kAccuse, kCivilianSite, kDuration, kBelonging, kForceSite, kCapital
};

enum class PersonGroup : uint8_t { kPerson, kCivilian, kFighter, kSoldier, kPolice, kOfficial };

struct Cue {
  CueRole role;
  int value = 0;                    // person nouns: 1 singular, 2 dual, 0 plural
  PersonGroup group = PersonGroup::kPerson;
};

// kMarker: a cue that no event rule reads, only the one that asks for it ("capital"): kept apart
// so the rules never see it. Its index is a cue's, like kCue's.
enum class HitKind : uint8_t { kActor, kTrigger, kCue, kAnaphor, kAdjective, kMarker };

struct LexHit {
  uint32_t begin, end, clitic_begin;  // normalized offsets
  HitKind kind;
  uint32_t index;                     // into actors / trigger classes / cues / anaphor words
};

class Dictionary {
 public:
  // Loads <dir>/actors.tsv, triggers.tsv, cues.tsv and compiles the matcher.
  static Dictionary Load(const std::string& dir);

  const std::vector<Actor>& actors() const { return actors_; }
  const Actor* FindActor(std::string_view key) const;
  TriggerClass trigger(uint32_t i) const { return triggers_[i]; }
  const Cue& cue(uint32_t i) const { return cues_[i]; }
  const std::string& anaphor(uint32_t i) const { return anaphor_words_[i]; }
  // Actor rows a nationality adjective may name (actor_adjectives.tsv).
  const std::vector<uint32_t>& adjective_actors(uint32_t i) const { return adjectives_[i]; }
  // True when phrase i of kind kTrigger is a verb form (prefix entries, past
  // tense endings), whose subject follows it.
  bool trigger_is_verb(uint32_t i) const { return trigger_verbs_[i]; }
  // True when phrase i of kind kTrigger is a bare strike word (class "strike" in
  // triggers.tsv: "قصف"): shelling, unless what it hit says otherwise.
  bool trigger_is_bare_strike(uint32_t i) const { return trigger_bare_strike_[i]; }

  // Every dictionary phrase in the normalized text; overlapping hits of the
  // same kind keep only the longest, and a trigger of class "none" ("وقف إطلاق
  // النار") is dropped with the shorter triggers it covers.
  std::vector<LexHit> Scan(std::string_view normalized) const;

  // True when actor row `actor` is named by the one word `stem` only with the article
  // ("الحشد"، "الشباب"): written bare ("حشد من الأهالي"، "شباب"), it is a common noun.
  bool NeedsArticle(uint32_t actor, std::string_view stem) const;
  // True when anaphor i was written with the article ("التنظيم"): bare, it refers to nothing.
  bool anaphor_needs_article(uint32_t i) const { return anaphor_article_[i]; }

  // Every phrase with its kind, for benchmarks and the grep baseline.
  const std::vector<std::pair<std::string, HitKind>>& phrases() const { return phrases_; }

 private:
  std::vector<Actor> actors_;
  std::vector<TriggerClass> triggers_;
  std::vector<Cue> cues_;
  std::vector<bool> trigger_verbs_;
  std::vector<bool> trigger_bare_strike_;
  std::vector<bool> trigger_none_;     // class "none": hides the triggers inside it, then itself
  std::vector<std::string> cue_tails_;  // by cue: for match "gap", the words that must follow
  std::vector<std::string> anaphor_words_;
  std::vector<bool> anaphor_article_;
  std::vector<std::pair<std::string, uint32_t>> article_only_;  // (stem, actor row), sorted
  text::WordTable<uint32_t> article_only_first_;  // stem -> its first entry in article_only_
  std::vector<std::vector<uint32_t>> adjectives_;
  std::vector<std::pair<std::string, HitKind>> phrases_;
  lexicon::Matcher matcher_;
};

const char* TriggerClassName(TriggerClass c);

}  // namespace rasad::extract
