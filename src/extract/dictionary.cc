#include "extract/dictionary.h"

#include <algorithm>
#include <map>
#include <stdexcept>

#include <fmt/core.h>

#include "lexicon/tsv.h"
#include "text/normalize.h"

namespace rasad::extract {
namespace {

// A phrase's payload in the matcher: its kind in the top byte, its row, then
// two flags that Scan() reads without a table lookup. The flags follow from
// (kind, row) and sit below the row, so payloads order as (kind, row) do.
constexpr uint32_t kKindShift = 24;
constexpr uint32_t kIndexShift = 2;
constexpr uint32_t kPersonCue = 1u << 1;  // a cue of role "person"
constexpr uint32_t kNoneTrigger = 1u;     // a trigger of class "none"

uint32_t Payload(HitKind k, uint32_t index, uint32_t flags = 0) {
  if (index >= (1u << (kKindShift - kIndexShift))) throw std::length_error("dictionary: too many rows");
  return (static_cast<uint32_t>(k) << kKindShift) | (index << kIndexShift) | flags;
}

const std::map<std::string, TriggerClass, std::less<>>& TriggerClasses() {
  static const std::map<std::string, TriggerClass, std::less<>> m = {
      {"suicide", TriggerClass::kSuicide},     {"ied", TriggerClass::kIed},
      {"grenade", TriggerClass::kGrenade},     {"air", TriggerClass::kAir},
      {"shelling", TriggerClass::kShelling},   {"intercept", TriggerClass::kIntercept},
      {"arrest", TriggerClass::kArrest},       {"abduction", TriggerClass::kAbduction},
      {"protest", TriggerClass::kProtest},     {"riot", TriggerClass::kRiot},
      {"clash", TriggerClass::kClash},         {"attack", TriggerClass::kAttack},
      {"looting", TriggerClass::kLooting},     {"territory", TriggerClass::kTerritory},
      {"aircraft", TriggerClass::kAircraft}};
  return m;
}

const std::map<std::string, CueRole, std::less<>>& CueRoles() {
  static const std::map<std::string, CueRole, std::less<>> m = {
      {"kill", CueRole::kKill},           {"wound", CueRole::kWound},
      {"kill_or_wound", CueRole::kKillOrWound}, {"arrest", CueRole::kArrest},
      {"kill_noun", CueRole::kKillNoun},  {"wound_noun", CueRole::kWoundNoun},
      {"kow_noun", CueRole::kKowNoun},    {"no_casualties", CueRole::kNoCasualties},
      {"person", CueRole::kPerson},       {"agent", CueRole::kAgent},
      {"target", CueRole::kTarget},       {"claim", CueRole::kClaim},
      {"report", CueRole::kReport},       {"modal", CueRole::kModal},
      {"negation", CueRole::kNegation},   {"cumulative", CueRole::kCumulative},
      {"period", CueRole::kPeriod},       {"boast", CueRole::kBoast},
      {"operations", CueRole::kOperations}, {"origin", CueRole::kOrigin},
      {"background", CueRole::kBackground}, {"intervention", CueRole::kIntervention},
      {"force", CueRole::kForce},         {"seizure", CueRole::kSeizure},
      {"vehicle", CueRole::kVehicle},
      {"aggregate", CueRole::kAggregate}, {"associate", CueRole::kAssociate},
      {"world", CueRole::kWorld},         {"past", CueRole::kPast},
      {"crime", CueRole::kCrime},         {"border", CueRole::kBorder},
      {"accuse", CueRole::kAccuse},     {"civilian_site", CueRole::kCivilianSite}, {"force_site", CueRole::kForceSite},
      {"duration", CueRole::kDuration},   {"belonging", CueRole::kBelonging},         {"capital", CueRole::kCapital}};
  return m;
}

const std::map<std::string, PersonGroup, std::less<>>& Groups() {
  static const std::map<std::string, PersonGroup, std::less<>> m = {
      {"", PersonGroup::kPerson},          {"person", PersonGroup::kPerson},
      {"civilian", PersonGroup::kCivilian}, {"fighter", PersonGroup::kFighter},
      {"soldier", PersonGroup::kSoldier},  {"police", PersonGroup::kPolice},
      {"official", PersonGroup::kOfficial}};
  return m;
}

bool PrefixMatch(const lexicon::TsvRow& row, bool gap_allowed = false) {
  std::string_view m = row.get("match");
  if (m.empty() || m == "word" || (gap_allowed && m == "gap")) return false;
  if (m == "prefix") return true;
  row.Fail(fmt::format("match must be 'word'{} or 'prefix', not '{}'", gap_allowed ? ", 'gap'" : "", m));
}

// A cue of match "gap", "فارق … الحياة": the words before the "…" are matched, and only
// with the words after it following within kGapWords words ("فارق مدني الحياة").
constexpr std::string_view kGapMark = "\xE2\x80\xA6";  // …
constexpr int kGapWords = 4;

// The phrase begins with the definite article as written: a plain alef, then
// lam ("الجيش"). "آلية"، "ألغام"، "إلى" begin with letters of the word that
// normalize to the same ال.
bool WrittenWithArticle(std::string_view raw) { return raw.starts_with("\xD8\xA7\xD9\x84"); }

}  // namespace

const char* TriggerClassName(TriggerClass c) {
  for (const auto& [name, cls] : TriggerClasses())
    if (cls == c) return name.c_str();
  return "?";
}

bool Dictionary::NeedsArticle(uint32_t actor, std::string_view stem) const {
  const uint32_t* first = article_only_first_.Find(stem);  // most stems: ruled out by the table's filter
  if (!first) return false;
  for (auto it = article_only_.begin() + *first; it != article_only_.end() && it->first == stem; ++it)
    if (it->second == actor) return true;
  return false;
}

const Actor* Dictionary::FindActor(std::string_view key) const {
  for (const auto& a : actors_)
    if (a.key == key) return &a;
  return nullptr;
}

Dictionary Dictionary::Load(const std::string& dir) {
  Dictionary d;
  auto add = [&](const lexicon::TsvRow& row, std::string_view phrase, HitKind kind, uint32_t index, bool prefix) {
    std::string key = text::NormalizeKey(phrase);
    if (key.empty()) row.Fail(fmt::format("phrase '{}' is empty after normalization", phrase));
    // Triggers and cues also match with a pronoun suffix (استهدافه), except words
    // ending in ي, whose ي + ه reads as a feminine ending (عسكري / عسكرية).
    static const std::string kYa = text::NormalizeKey("ي");
    bool ends_in_ya = key.size() >= kYa.size() && key.compare(key.size() - kYa.size(), kYa.size(), kYa) == 0;
    bool enclitics = kind != HitKind::kActor && !prefix && !ends_in_ya && key.size() >= 6;
    const uint32_t flags = kind == HitKind::kCue && d.cues_[index].role == CueRole::kPerson ? kPersonCue
                           : kind == HitKind::kTrigger && d.trigger_none_[index]                ? kNoneTrigger
                                                                                                 : 0;
    d.matcher_.Add(key, Payload(kind, index, flags), prefix, enclitics, WrittenWithArticle(phrase));
    d.phrases_.emplace_back(std::string(phrase), kind);
    return key;
  };

  // Single-word aliases by (stem, actor row): written with the article, and bare.
  std::vector<std::pair<std::string, uint32_t>> with_article, bare;
  const std::string actors = dir + "/actors.tsv";
  lexicon::ReadTsv(actors, {"key", "name", "inter", "countries", "aliases"}, [&](const lexicon::TsvRow& row) {
    Actor a;
    a.key = std::string(row.get("key"));
    a.name = std::string(row.get("name"));
    if (a.key.empty() || a.name.empty()) row.Fail("key and name are required");
    std::string_view inter = row.get("inter");
    if (inter.size() != 1 || inter[0] < '1' || inter[0] > '8') row.Fail("inter must be 1..8");
    a.inter = inter[0] - '0';
    for (auto cc : lexicon::SplitList(row.get("countries"))) {
      if (cc == "*") continue;
      if (cc.size() != 2) row.Fail(fmt::format("bad country code '{}'", cc));
      a.countries.emplace_back(cc);
    }
    for (auto w : lexicon::SplitList(row.get("anaphors"))) {
      std::string key = text::NormalizeKey(w);
      a.anaphors.push_back(key);
      if (std::find(d.anaphor_words_.begin(), d.anaphor_words_.end(), key) == d.anaphor_words_.end()) {
        d.anaphor_words_.push_back(key);
        d.anaphor_article_.push_back(WrittenWithArticle(w));
        d.matcher_.Add(key, Payload(HitKind::kAnaphor, static_cast<uint32_t>(d.anaphor_words_.size() - 1)), false, false,
                       WrittenWithArticle(w));
      }
    }
    uint32_t index = static_cast<uint32_t>(d.actors_.size());
    for (auto alias : lexicon::SplitList(row.get("aliases"))) {
      const std::string key = add(row, alias, HitKind::kActor, index, false);
      if (key.find(' ') != std::string::npos) continue;
      static const std::string kArticle = text::NormalizeKey("ال");
      if (WrittenWithArticle(alias) && key.starts_with(kArticle)) with_article.emplace_back(key.substr(kArticle.size()), index);
      else bare.emplace_back(key, index);
    }
    d.actors_.push_back(std::move(a));
  });
  std::sort(bare.begin(), bare.end());
  for (auto& entry : with_article)
    if (!std::binary_search(bare.begin(), bare.end(), entry)) d.article_only_.push_back(std::move(entry));
  std::sort(d.article_only_.begin(), d.article_only_.end());
  for (size_t i = d.article_only_.size(); i-- > 0;) d.article_only_first_[d.article_only_[i].first] = static_cast<uint32_t>(i);

  lexicon::ReadTsv(dir + "/actor_adjectives.tsv", {"adjective", "actors"}, [&](const lexicon::TsvRow& row) {
    std::vector<uint32_t> rows;
    for (auto key : lexicon::SplitList(row.get("actors"))) {
      auto it = std::find_if(d.actors_.begin(), d.actors_.end(), [&](const Actor& a) { return a.key == key; });
      if (it == d.actors_.end()) row.Fail(fmt::format("no actor with key '{}' in actors.tsv", key));
      rows.push_back(static_cast<uint32_t>(it - d.actors_.begin()));
    }
    if (rows.empty()) row.Fail("no actors");
    uint32_t index = static_cast<uint32_t>(d.adjectives_.size());
    d.adjectives_.push_back(rows);
    for (auto adj : lexicon::SplitList(row.get("adjective"))) add(row, adj, HitKind::kAdjective, index, false);
  });

  lexicon::ReadTsv(dir + "/triggers.tsv", {"phrase", "class", "match"}, [&](const lexicon::TsvRow& row) {
    const bool bare_strike = row.get("class") == "strike";
    // "none": a phrase that holds a trigger word but tells of no incident; it only
    // hides the shorter trigger inside it (its own class is never read).
    const bool none = row.get("class") == "none";
    auto it = TriggerClasses().find(bare_strike ? std::string_view("shelling") : none ? std::string_view("attack") : row.get("class"));
    if (it == TriggerClasses().end()) row.Fail(fmt::format("unknown trigger class '{}'", row.get("class")));
    uint32_t index = static_cast<uint32_t>(d.triggers_.size());
    d.triggers_.push_back(it->second);
    d.trigger_bare_strike_.push_back(bare_strike);
    d.trigger_none_.push_back(none);
    bool prefix = PrefixMatch(row);
    std::string key = text::NormalizeKey(row.get("phrase"));
    static const std::string kTa = text::NormalizeKey("ت"), kWa = text::NormalizeKey("وا");
    auto ends = [&](const std::string& suf) {
      return key.size() > suf.size() && key.compare(key.size() - suf.size(), suf.size(), suf) == 0;
    };
    bool verb = prefix || ((ends(kTa) || ends(kWa)) && key.find(' ') == std::string::npos);
    std::string_view pos = row.get("pos");
    if (pos == "v") verb = true;
    if (pos == "n") verb = false;
    d.trigger_verbs_.push_back(verb);
    add(row, row.get("phrase"), HitKind::kTrigger, index, prefix);
  });

  lexicon::ReadTsv(dir + "/cues.tsv", {"phrase", "role", "value", "group", "match"}, [&](const lexicon::TsvRow& row) {
    auto it = CueRoles().find(row.get("role"));
    if (it == CueRoles().end()) row.Fail(fmt::format("unknown cue role '{}'", row.get("role")));
    Cue c{it->second};
    std::string_view v = row.get("value");
    if (!v.empty()) {
      if (v.size() != 1 || v[0] < '0' || v[0] > '9') row.Fail("value must be a digit");
      c.value = v[0] - '0';
    }
    auto g = Groups().find(row.get("group"));
    if (g == Groups().end()) row.Fail(fmt::format("unknown person group '{}'", row.get("group")));
    c.group = g->second;
    uint32_t index = static_cast<uint32_t>(d.cues_.size());
    d.cues_.push_back(c);
    std::string_view phrase = row.get("phrase");
    if (row.get("match") == "gap") {
      size_t mark = phrase.find(kGapMark);
      if (mark == std::string_view::npos) row.Fail("a 'gap' phrase has its gap marked with \"…\"");
      std::string_view head = phrase.substr(0, mark), tail = phrase.substr(mark + kGapMark.size());
      while (!head.empty() && head.back() == ' ') head.remove_suffix(1);
      while (!tail.empty() && tail.front() == ' ') tail.remove_prefix(1);
      std::string tail_key = text::NormalizeKey(tail);
      if (head.empty() || tail_key.empty()) row.Fail("a 'gap' phrase needs words on both sides of \"…\"");
      d.cue_tails_.resize(index + 1);
      d.cue_tails_[index] = std::move(tail_key);
      phrase = head;
    }
    add(row, phrase, c.role == CueRole::kCapital ? HitKind::kMarker : HitKind::kCue, index, PrefixMatch(row, true));
  });
  d.matcher_.Compile();
  return d;
}

namespace {

// True when `tail` stands within kGapWords words after `at`, in the same clause.
bool TailFollows(std::string_view s, uint32_t at, std::string_view tail) {
  size_t i = at;
  for (int word = 0; word <= kGapWords && i < s.size(); ++word) {
    while (i < s.size() && s[i] == ' ') ++i;
    if (i >= s.size() || !text::IsWordByte(static_cast<unsigned char>(s[i]))) return false;
    if (s.substr(i).starts_with(tail) &&
        (i + tail.size() == s.size() || !text::IsWordByte(static_cast<unsigned char>(s[i + tail.size()]))))
      return true;
    while (i < s.size() && text::IsWordByte(static_cast<unsigned char>(s[i]))) ++i;
  }
  return false;
}

}  // namespace

std::vector<LexHit> Dictionary::Scan(std::string_view normalized) const {
  const std::vector<lexicon::Hit> found = matcher_.Scan(normalized);
  auto classify = [](const lexicon::Hit& h) {
    return LexHit{h.begin, h.end, h.clitic_begin, static_cast<HitKind>(h.payload >> kKindShift),
                  (h.payload & ((1u << kKindShift) - 1)) >> kIndexShift};
  };
  // Within a kind, a hit inside a longer one is dropped ("قصف" inside "قصف جوي"),
  // and so is a repeat of the same phrase on the same span (not for cues).
  // Person cues are kept apart from other cues so "عنصر أمن" and "عنصر" both classify.
  // One sweep: the matcher orders hits by begin, then longer first, then payload,
  // so per family the longest end reached by an earlier begin decides coverage,
  // and a repeat is the hit just before.
  constexpr size_t kFamilies = 2 * (static_cast<size_t>(HitKind::kMarker) + 1);
  struct FamilyState {
    uint32_t begin = 0;            // the begin of the hits seen last
    uint32_t end_at_begin = 0;     // the longest end of hits at `begin` (the first one)
    uint32_t end_before = 0;       // the longest end of hits that begin before `begin`
    bool seen = false;
  };
  FamilyState state[kFamilies];
  std::vector<LexHit> kept;
  kept.reserve(found.size());
  for (size_t i = 0; i < found.size(); ++i) {
    const lexicon::Hit& hit = found[i];
    const LexHit h = classify(hit);
    if (h.kind == HitKind::kCue && h.index < cue_tails_.size() && !cue_tails_[h.index].empty() &&
        !TailFollows(normalized, h.end, cue_tails_[h.index]))
      continue;
    const bool person = hit.payload & kPersonCue;
    FamilyState& f = state[2 * static_cast<size_t>(h.kind) + (person ? 1 : 0)];
    if (!f.seen || f.begin != h.begin) {
      if (f.seen) f.end_before = std::max(f.end_before, f.end_at_begin);
      f.seen = true;
      f.begin = h.begin;
      f.end_at_begin = h.end;  // the first hit at a begin is the longest
    }
    bool covered = f.end_before >= h.end || f.end_at_begin > h.end;
    if (!covered && i > 0 && h.kind != HitKind::kCue) {
      const lexicon::Hit& o = found[i - 1];  // the same phrase (kind and row) on the same span
      covered = o.payload == hit.payload && o.begin == hit.begin && o.end == hit.end;
    }
    if (!covered && !(hit.payload & kNoneTrigger)) kept.push_back(h);
  }
  return kept;
}

}  // namespace rasad::extract
