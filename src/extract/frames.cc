#include "extract/frames.h"

#include <algorithm>
#include <deque>
#include <cstdio>
#include <cstdlib>
#include <map>

#include "extract/casualties.h"
#include "geo/cues.h"
#include "parse/numbers.h"
#include "text/key_cache.h"
#include "text/normalize.h"

namespace rasad::extract {
namespace {

// Trigger families a more specific one absorbs when both stand in one sentence.
// `battle`: the sentence tells of dead or wounded, and its clash word is not one
// told before ("مشاركون في الاشتباكات").
// Where the example of a summary begins: a clause after `summary_end` opened by "إذ" or
// "حيث" ("..., إذ استهدفت ...") that has a day or a part of a month of its own; else UINT32_MAX.
uint32_t DatedExampleAfter(const Analysis& a, text::Span sent, uint32_t summary_end) {
  static const WordList kNamely{"إذ", "اذ", "حيث"};
  for (size_t t = a.TokenAt(summary_end); t < a.toks.size() && a.toks[t].begin < sent.end; ++t) {
    if (!WordIs(a, t, kNamely) || t == 0 || a.Word(t - 1) != ",") continue;
    for (const auto& dm : a.DatesIn(a.toks[t].begin, sent.end))
      if (dm.begin >= a.toks[t].begin && dm.begin < sent.end && dm.date && !dm.year_only && !dm.future &&
          !dm.end_date)
        return a.toks[t].begin;
    return UINT32_MAX;
  }
  return UINT32_MAX;
}

// The class of the frame a trigger seeds: aircraft that survived the struck-or-killed test seed
// an air strike.
TriggerClass SeedClass(const Dictionary& d, const LexHit& trigger) {
  const TriggerClass c = d.trigger(trigger.index);
  return c == TriggerClass::kAircraft ? TriggerClass::kAir : c;
}

// Whether an arrest trigger is a verb that seizes things as well as people ("ضبط"، "ضبطت").
bool SeizesAnything(const Analysis& a, const LexHit& trigger) {
  static const WordList kSeize{"ضبط", "ضبطت", "وضبط", "وضبطت"};
  return WordIs(a, a.TokenAt(trigger.clitic_begin), kSeize);
}

// The verbs of belonging to a group ("ينتمي إلى"، "تنتمي لـ"), and the word after them.
const WordList& BelongVerbs() {
  static const WordList words{"تنتمي", "ينتمي", "ينتمون", "ينتميان", "تنتميان"};
  return words;
}
const WordList& Toward() {
  static const WordList words{"إلى", "الى"};
  return words;
}

bool Absorbs(TriggerClass strong, TriggerClass weak, bool same_clause, bool battle) {
  using T = TriggerClass;
  if (weak == T::kAttack) return strong != T::kAttack;
  switch (strong) {
    case T::kSuicide: return weak == T::kIed || weak == T::kClash || weak == T::kGrenade;
    // "اعتقلوه بعد أن اشتبكوا معه"، "القبض على متهم بعد كمين نصبته له مفرزة": with no
    // one hurt, the arrest is what happened.
    case T::kArrest: return (weak == T::kClash && !battle) || weak == T::kAbduction || weak == T::kTerritory;
    // ("اعتراض وتدمير طائرة دون طيار مفخخة": the weapon stopped.)
    case T::kIntercept:
      return weak == T::kAir || (same_clause && (weak == T::kShelling || weak == T::kClash || weak == T::kIed));
    // A crowd that burns and storms is a riot ("قوات مكافحة الشغب" is an actor, not a riot).
    case T::kRiot: return weak == T::kProtest || weak == T::kClash || weak == T::kArrest;
    case T::kProtest:
      return weak == T::kClash || weak == T::kGrenade || weak == T::kShelling || weak == T::kArrest;
    case T::kAir: return same_clause && (weak == T::kShelling || weak == T::kClash);
    case T::kIed: return same_clause && weak == T::kClash;
    // "استعادة السيطرة على بلدة أم صميمة بعد معارك عنيفة مع الدعم السريع": the fighting that
    // won the town back is the battle of its taking.
    case T::kTerritory: return weak == T::kClash;
    // "اشتباكات بالأسلحة الرشاشة والقذائف الصاروخية": the weapons of the clash.
    // "اشتباك مسلح ... والقبض على تسعة": a clash that ended in arrests is a battle.
    // "استهدفوا دبابة بقذيفة ... واشتبكوا مع قوة راجلة، موقعين أفرادها بين قتيل وجريح":
    // the shell fired in a battle with dead or wounded is one of its weapons.
    case T::kClash:
      return ((weak == T::kArrest || weak == T::kShelling) && battle) ||
             (same_clause && (weak == T::kShelling || weak == T::kGrenade));
    default: return false;
  }
}

using Clause = text::Span;

// The clause that holds offset `at`: the first that ends after it, else the last.
// (Clauses follow one another, their ends rising: the clauses that end at or
// before `at` are counted, with no branch on where the count stops.)
size_t ClauseOf(const std::vector<Clause>& cl, uint32_t at) {
  size_t before = 0;
  for (const Clause& c : cl) before += c.end <= at;
  return std::min(before, cl.empty() ? 0 : cl.size() - 1);
}

// Sets of cue roles, one bit per CueRole: the roles a sentence's or a frame's cue hits
// hold, read in one pass, so that a loop over the hits that looks for a role none of
// them holds (most loops, most sentences) is not run at all.
constexpr uint64_t RoleBit(CueRole r) { return uint64_t{1} << static_cast<unsigned>(r); }
static_assert(static_cast<unsigned>(CueRole::kForceSite) < 64);
// The roles ReadCasualties reads.
constexpr uint64_t kCasualtyRoles = [] {
  uint64_t roles = 0;
  for (unsigned r = 0; r < 64; ++r)
    if (ReadsCasualties(static_cast<CueRole>(r))) roles |= uint64_t{1} << r;
  return roles;
}();
uint64_t CueRolesIn(const Analysis& a, const Dictionary& d, uint32_t begin, uint32_t end) {
  uint64_t roles = 0;
  for (const LexHit& h : CuesIn(a, {begin, end})) roles |= RoleBit(d.cue(h.index).role);
  return roles;
}

// "دعت إليها الجماعة"، "دعا لها الحراك": a call for it — the protest or strike told just before
// — says who organized what happened, no call for what is yet to come.
bool CalledForIt(const Analysis& a, const LexHit& h) {
  static const WordList kCall{"دعا", "دعت", "ودعا", "ودعت"}, kForIt{"إليها", "اليها", "إليه", "اليه", "لها", "له"};
  const size_t t = a.TokenAt(h.clitic_begin);
  return WordIs(a, t, kCall) && t + 1 < a.toks.size() && WordIs(a, t + 1, kForIt);
}

// A place of the kind `site` (a cue role: civilian_site, force_site) named in frame f's region
// right after "على" or a target verb ("هجوم على قرية"، "استهدف نقطة تفتيش"): what the incident hit.
bool SiteHit(const Analysis& a, const Dictionary& d, const Frame& f, CueRole site) {
  static const WordList kOn{"على"};
  for (const auto& h : a.HitsIn(f.region_begin, f.region_end)) {
    if (h.begin < f.region_begin || h.begin >= f.region_end || !IsRole(d, h, site)) continue;
    const size_t st = a.TokenAt(h.clitic_begin);
    if (st == 0 || h.clitic_begin != h.begin) continue;
    const LexHit* before = CueAtToken(a, d, st - 1, false);
    if (WordIs(a, st - 1, kOn) || (before && IsRole(d, *before, CueRole::kTarget))) return true;
  }
  return false;
}

// "اعترضت الدفاعات الجوية، أمس الأحد، صاروخاً باليستياً": the clause `later` goes on with the
// clause `earlier` when only a date between commas stands between them and `at`, its first
// word, opens it (the verb's object, told after the date).
bool ContinuesClause(const Analysis& a, const std::vector<Clause>& clauses, size_t earlier, size_t later, uint32_t at) {
  constexpr size_t kDateTokens = 4;  // "أمس الأحد"، "فجر اليوم الإثنين"
  if (earlier >= later || later >= clauses.size() || a.TokenAt(at) != a.TokenAt(clauses[later].begin)) return false;
  for (size_t c = earlier + 1; c < later; ++c) {
    const size_t first = a.TokenAt(clauses[c].begin), end = a.TokenAt(clauses[c].end);
    bool dated = false;
    for (const auto& dm : a.DatesIn(clauses[c].begin, clauses[c].end))
      if (dm.begin >= clauses[c].begin && dm.begin < clauses[c].end) dated = true;
    if (!dated || end - first > kDateTokens + 1) return false;
  }
  return later > earlier + 1;
}

enum class Role { kUnknown, kAgent, kTarget, kSource, kClaimant, kAssociate };

// Cue hits that end at most `reach` tokens before token t (same sentence).
template <typename Fn>
void CuesBefore(const Analysis& a, size_t t, size_t reach, uint32_t floor, Fn fn) {
  uint32_t lo = t >= reach ? a.toks[t - reach].begin : 0;
  lo = std::max(lo, floor);
  uint32_t hi = t < a.toks.size() ? a.toks[t].begin : static_cast<uint32_t>(a.norm.text.size());
  for (const auto& h : a.HitsIn(lo, hi))
    if (h.clitic_begin >= lo && h.end <= hi) fn(h);
}

// The role the cue words just before token t give to what stands there:
// "نفذه X" agent, "ضد X" target, "تبنى X" claimant, "بدعم من X" associate,
// "اعتقال X" / "مقتل X" target (a noun of action, not a verb with its subject).
// `bare`: what stands at t has no proclitic (a subject, not "لـX" or "بـX").
// `noun_trigger_end`: where the frame's trigger ends when it is a noun ("غارة"), else 0.
Role RoleByCues(const Analysis& a, const Dictionary& d, size_t t, uint32_t floor, bool bare, uint32_t noun_trigger_end) {
  Role role = Role::kUnknown;
  uint32_t prev_end = t > 0 ? a.toks[t - 1].end : 0;
  // "أصيب 4 عسكريين": the number between the cue and the noun does not part them.
  // (Read when a cue does not end right before t.)
  std::optional<uint32_t> before_number;
  auto number_end = [&] {
    if (!before_number) {
      before_number = prev_end;
      for (size_t back = 1; back <= 2 && t >= back + 1; ++back)
        if (auto q = a.QuantityAt(t - back); q && q->next_token == t) before_number = a.toks[t - back - 1].end;
    }
    return *before_number;
  };
  // "وتبنى تنظيم ولاية سيناء": a claim cue may end inside the name it claims for.
  if (t < a.toks.size() && t > 0)
    for (const auto& h : a.HitsIn(a.toks[t - 1].begin, a.toks[t].begin))
      if (h.begin < a.toks[t].begin && h.end > a.toks[t].begin && h.clitic_begin >= floor && IsRole(d, h, CueRole::kClaim))
        return Role::kClaimant;
  CuesBefore(a, t, 3, floor, [&](const LexHit& h) {
    if (h.kind == HitKind::kTrigger || role != Role::kUnknown) return;
    const Cue& c = d.cue(h.index);
    auto adjacent = [&] { return h.end == prev_end || h.end == number_end(); };
    bool verb_here = false;
    for (const auto& o : a.HitsIn(h.begin, h.begin + 1))
      if (o.kind == HitKind::kTrigger && o.begin == h.begin && d.trigger_is_verb(o.index)) verb_here = true;
    if (c.role == CueRole::kAgent) role = Role::kAgent;
    else if (c.role == CueRole::kAssociate) role = Role::kAssociate;
    else if (c.role == CueRole::kClaim) role = Role::kClaimant;
    // "استهدف العدو الإسرائيلي سيارة": right after the verb stands its subject.
    else if (c.role == CueRole::kTarget) {
      size_t ct = a.TokenAt(h.clitic_begin);
      // "قصف من مواقع قوات النظام": fire from the positions of a force is that force's.
      static const WordList kFrom{"من", "مصدرها", "مصدره"};
      bool from = !verb_here && ct > 0 && WordIs(a, ct - 1, kFrom);
      // (Not after the strike it tells of: "غارة جوية، الأحد، استهدفت عناصر من الحركة" — the
      // noun is the verb's subject; what follows it is the object.)
      bool relative = verb_here && noun_trigger_end > 0 && noun_trigger_end <= h.begin &&
                      ct <= a.TokenAt(noun_trigger_end) + 10;
      role = (adjacent() && verb_here && bare && !relative) || from ? Role::kAgent : Role::kTarget;
    }
    else if ((c.role == CueRole::kKill || c.role == CueRole::kWound || c.role == CueRole::kArrest) && adjacent() && !verb_here) {
      role = Role::kTarget;
      // "خطف مسلحون مجهولون، صباح الثلاثاء، موظفاً": the word is a verb when the people
      // it counts stand past the group — the group is its subject.
      // (Only a word right before armed men: "قُتل أربعة مدنيين وأصيب أحد عشر آخرون" counts two.)
      const LexHit* subject = h.end == prev_end ? CueAtToken(a, d, t, true) : nullptr;
      if (subject && d.cue(subject->index).group == PersonGroup::kFighter) {
        Count taken = CountAfter(a, d, t, std::min(a.toks.size(), t + 12));
        if (taken.noun != SIZE_MAX && taken.noun > t + 1 && taken.group && *taken.group != PersonGroup::kFighter &&
            *taken.group != PersonGroup::kPerson)
          role = Role::kAgent;
      }
      // "قتلت قوات الدعم السريع 12 مدنياً": so too a named force with civilians counted right
      // past its name.
      if (!subject && h.end == prev_end && t < a.toks.size()) {
        for (const ActorMention& m : a.ActorsOverlapping(a.toks[t].begin, a.toks[t].end)) {
          if (m.clitic_begin != a.toks[t].begin || m.anaphoric) continue;
          size_t past = a.TokenAt(m.end);  // the word after the name
          Count taken = CountAfter(a, d, past, std::min(a.toks.size(), past + 4));
          if (taken.noun != SIZE_MAX && taken.group && *taken.group == PersonGroup::kCivilian) role = Role::kAgent;
          break;
        }
      }
    }
  });
  return role;
}

// Token t names a unit or members of a force ("قوة"، "دورية"، "عناصر"، "جنود").
bool UnitNoun(const Analysis& a, const Dictionary& d, size_t t) {
  static const WordList kUnit{"قوة",  "قوات", "دورية", "دوريات", "وحدة", "وحدات", "مجموعة", "مجموعات",
                              "كتيبة", "سرية", "مفرزة", "رتل",    "خلية", "فرقة"};
  return WordIs(a, t, kUnit) || CueAtToken(a, d, t, true);
}

// Token t is an event verb ("هاجمت"، "اختطفوا"), a trigger that fills the word.
bool VerbEndsAt(const Analysis& a, const Dictionary& d, size_t t) {
  if (t >= a.toks.size() || a.toks[t].kind != text::TokenKind::kWord) return false;
  for (const auto& h : a.HitsIn(a.toks[t].begin, a.toks[t].end)) {
    if (h.kind != HitKind::kTrigger || h.clitic_begin < a.toks[t].begin || h.end > a.toks[t].end) continue;
    if (d.trigger_is_verb(h.index)) return true;
  }
  return false;
}

// Token t is a word of belonging ("تابعة"، "التابع"، "تابعين": cues.tsv role "belonging"),
// bare or with the article, and nothing else attached ("وتابع" is a verb of speech).
bool BelongingAt(const Analysis& a, const Dictionary& d, size_t t) {
  if (t >= a.toks.size() || a.toks[t].kind != text::TokenKind::kWord) return false;
  const text::Token& k = a.toks[t];
  for (const auto& h : a.HitsIn(k.begin, k.end)) {
    if (h.clitic_begin != k.begin || h.end != k.end || !IsRole(d, h, CueRole::kBelonging)) continue;
    std::string_view pre = Proclitic(a, h.clitic_begin, h.begin);
    if (pre.empty() || pre == text::CachedKey("ال")) return true;
  }
  return false;
}

// Token t (a group after "ل") follows "تابعة"/"التابع" that follows a weapon: a
// drone, aircraft or gun ("طائرة مسيّرة تابعة لـ"، "مسيّرة مفخخة يُعتقد أنها تابعة لـ").
bool OwnsWeapon(const Analysis& a, const Dictionary& d, size_t t) {
  static const WordList kHedge{"يعتقد", "يرجح", "أنها", "أنه", "انها", "انه"};
  if (t < 2 || !BelongingAt(a, d, t - 1)) return false;
  auto weapon_ends_at = [&](size_t k) {
    for (const auto& h : a.HitsEndingIn(a.toks[k].end, a.toks[k].end + 1)) {
      if (h.kind != HitKind::kTrigger || h.end != a.toks[k].end) continue;
      TriggerClass c = d.trigger(h.index);
      if (c == TriggerClass::kAir || c == TriggerClass::kAircraft || c == TriggerClass::kShelling) return true;
    }
    return false;
  };
  if (weapon_ends_at(t - 1)) return true;  // the entry holds the word: "مسيّرة تابعة"
  size_t k = t - 2;
  // ("طائرات «إف-16» تابعة لـ"، "مسيّرة \"بيرقدار\" تابعة لـ": a model named in quotes. The
  // normalized text drops quotation marks: read them in the original between the tokens.)
  auto quoted = [&](size_t left, size_t right) {
    size_t b = a.OriginalEnd(a.toks[left].end), e = a.OriginalBegin(a.toks[right].begin);
    std::string_view gap = e > b ? std::string_view(a.article->text).substr(b, e - b) : std::string_view();
    for (const char* q : {"\"", "\u00ab", "\u00bb", "\u201c", "\u201d"})
      if (gap.find(q) != std::string::npos) return true;
    return false;
  };
  if (quoted(k, t - 1))
    for (size_t back = 0; back < 5 && k > back; ++back)
      if (quoted(k - back - 1, k - back)) {
        k -= back + 1;
        break;
      }
  for (int hedge = 0; hedge < 2 && k > 0 && WordIs(a, k, kHedge); ++hedge) --k;
  return weapon_ends_at(k);
}

// The role an accusation gives mention m: the group named after "اتهمت" and its
// accuser, right before "ب..." ("بالوقوف وراء الهجوم"، "بقتل") is the attacker;
// a group named right after "اتهمت" with another after it is the accuser, a source.
// An accusation the sentence says was denied ("وهو ما نفته قسد") names no attacker.
Role AccusationRole(const Analysis& a, const Dictionary& d, const ActorMention& m, uint32_t sent_end) {
  size_t t = a.TokenAt(m.clitic_begin);
  size_t cue_end = SIZE_MAX;  // the token after the accusation word
  for (size_t back = 1; back <= 6 && t >= back; ++back) {
    size_t k = t - back;
    if (a.toks[k].kind == text::TokenKind::kPunct || a.toks[k].kind == text::TokenKind::kNewline) break;
    const LexHit* cue = CueAtToken(a, d, k, false);
    if (cue && d.cue(cue->index).role == CueRole::kAccuse) {
      cue_end = k + 1;
      break;
    }
  }
  if (cue_end == SIZE_MAX) return Role::kUnknown;
  size_t after = a.TokenAt(m.end);
  if (after < a.toks.size() && a.toks[after].kind == text::TokenKind::kWord && a.Word(after).starts_with(text::CachedKey("ب"))) {
    for (const auto& h : a.HitsIn(m.end, sent_end))
      if (h.begin >= m.end && h.begin < sent_end && IsRole(d, h, CueRole::kNegation)) return Role::kSource;
    return Role::kAgent;
  }
  if (t == cue_end) return Role::kSource;
  // "نسبت الشرطة الهجوم إلى جماعة بوكو حرام": the group it is ascribed to did it.
  static const WordList kTo{"إلى", "الى"};
  if (t > cue_end && WordIs(a, t - 1, kTo)) return Role::kAgent;
  return Role::kUnknown;
}

// The mention names a fight ("نزاع عشائري"، "اشتباكات قبلية") or two kin groups after
// "بين" ("بين عشيرتين").
bool FightOfKin(const Analysis& a, const ActorMention& m) {
  static const WordList kFight{"نزاع", "النزاع", "نزاعات", "اشتباك", "اشتباكات", "الاشتباكات", "اقتتال", "شجار", "معارك"},
      kBetween{"بين"};
  // ("بين ميليشيات عشيرتين متنافستين": the two kin groups may follow a word for militias.)
  static const WordList kTwoKin{"عشيرتين", "العشيرتين", "قبيلتين", "القبيلتين"};
  size_t t = a.TokenAt(m.clitic_begin), e = a.TokenAt(m.end);
  return WordIs(a, t, kFight) ||
         (t > 0 && WordIs(a, t - 1, kBetween) && (e == t + 1 || (e == t + 2 && WordIs(a, t + 1, kTwoKin))));
}

// The generic unidentified armed group ("مسلحون مجهولون"): a claim may name it.
bool Unidentified(const Dictionary& d, int actor) {
  const Actor& act = d.actors()[actor];
  return act.inter == 3 && act.generic();  // (generic() searches the name: asked second)
}

// An actor that a group it is said to belong to names: unidentified armed men, or a state's
// generic forces ("الأجهزة الأمنية" — Police Forces of {country}).
bool UnitOfAGroup(const Dictionary& d, int actor) {
  return Unidentified(d, actor) || (d.actors()[actor].inter == 1 && d.actors()[actor].generic());
}

bool IsComplementizer(const Analysis& a, size_t t) {
  static const WordList kThat{"أن", "إن", "بأن", "ان", "بان", "انه", "أنه", "إنه"};
  return WordIs(a, t, kThat);
}

// True when `at` lies in a source phrase: after a report cue up to the reported
// content ("أن"، "إن"، ":" or eight words), or between the clause start and a
// report verb that introduces content ("وسائل إعلام ... أفادت بأن").
bool InAttribution(const Analysis& a, const Dictionary& d, const std::vector<Clause>& clauses, uint32_t at) {
  size_t cl = ClauseOf(clauses, at);
  size_t t = SIZE_MAX;  // the token at `at`, found at the first report cue
  for (const auto& h : a.HitsIn(clauses[cl].begin, clauses[cl].end)) {
    if (h.begin >= clauses[cl].end) break;
    if (h.begin < clauses[cl].begin || !IsRole(d, h, CueRole::kReport)) continue;
    // ("حافلة نقل"، "طائرة نقل عسكرية": the noun "transport" after a carrier, not "reported".)
    static const WordList kCarrier{"حافلة", "حافلات", "شاحنة", "شاحنات", "سيارة",  "سيارات", "طائرة",
                                   "طائرات", "مروحية", "مروحيات", "عربة", "عربات", "سفينة", "وسائل"};
    if (const size_t ht = a.TokenAt(h.begin); ht > 0 && WordIs(a, ht - 1, kCarrier)) continue;
    if (t == SIZE_MAX) t = a.TokenAt(at);
    size_t after = a.TokenAt(h.end);
    if (h.end <= at) {
      bool content = false;
      for (size_t k = after; k < t; ++k)
        if (IsComplementizer(a, k) || a.Word(k) == ":") content = true;
      // "أعلنت قوات الجيش إحباط محاولة تسلل لمسلحي الحوثي": the report names an event, and
      // what follows its word is the content.
      if (!content && t <= after + 8)
        for (const auto& e : a.HitsIn(h.end, at))
          if (e.kind == HitKind::kTrigger && e.begin >= h.end && e.end <= at) content = true;
      if (!content && t <= after + 8) return true;
    } else {
      // The subject of a report verb that comes later in the clause.
      if (IsComplementizer(a, after) || IsComplementizer(a, after + 1)) return true;
    }
  }
  return false;
}


// "أعلنت الجماعة في بيان تنفيذ كمين"، "أعلن الجيش قتل 5 مسلحين": a group that
// announces what it did claims it; it is not the source of a report about others.
bool AnnouncesOwnAct(const Analysis& a, const Dictionary& d, const ActorMention& m) {
  static const WordList kAnnounce{"أعلن", "أعلنت", "وأعلن", "وأعلنت", "تبنى", "تبنت", "وتبنى", "وتبنت"},
      kOwnAct{"تنفيذ", "شن",    "استهداف", "مسؤوليته", "مسؤوليتها", "مسؤوليتهم", "قتل",
              "تدمير", "إسقاط", "تفجير",   "اعتقال",   "أسر",       "السيطرة",
              "اعتراض", "إحباط"};
  // "قالت هيئة تحرير الشام إن مقاتليها استهدفوا"، "أعلن حزب الله أن مجاهديه استهدفوا": the
  // group says its own fighters did it.
  static const WordList kSay{"قال", "قالت", "وقال", "وقالت", "أكد", "أكدت", "وأكد", "وأكدت", "ذكر", "ذكرت"},
      kItsFighters{"مقاتليه", "مقاتليها", "مقاتليهم", "مجاهديه", "مجاهديها", "مجاهدوه", "مقاتلوه", "مقاتلوها",
                   "عناصره", "عناصرها", "قواته", "قواتها", "وحداته", "وحداتها", "مسلحيه", "مسلحيها",
                   // ("قال الجيش الإسرائيلي إن دفاعاته الجوية اعترضت"، "إن طائراته أغارت": its arms.)
                   "دفاعاته", "دفاعاتها", "طائراته", "طائراتها", "مقاتلاته", "مقاتلاتها", "مدفعيته", "مدفعيتها"};
  size_t t = a.TokenAt(m.clitic_begin);
  bool announce = false, say = false;
  // ("أعلن المتحدث باسم الحركة أن مقاتليها ...": its spokesman speaks for it.)
  static const WordList kOnBehalf{"باسم"};
  if (t >= 2 && WordIs(a, t - 1, kOnBehalf)) t -= 2;
  // ("أعلن المركز الإعلامي لـ«قسد» أن قواتها ...": its press office speaks for it.)
  static const WordList kOffice{"المركز", "الإعلامي", "المكتب", "الناطق", "المتحدث", "الرسمي", "ل", "لـ"};
  for (int step = 0; step < 5 && t >= 1 && (a.toks[t - 1].kind == text::TokenKind::kPunct || WordIs(a, t - 1, kOffice));
       ++step)
    --t;
  for (size_t back = 1; back <= 2 && t >= back; ++back) {
    if (WordIs(a, t - back, kAnnounce)) announce = true;
    if (WordIs(a, t - back, kSay)) say = true;
  }
  if (!announce && !say) return false;
  // "قالت القيادة الأمريكية لأفريقيا (أفريكوم) إنها شنّت غارة"، "أعلنت قوات الحزام الأمني أنها
  // ألقت القبض": "it" did it.
  static const WordList kThatIt{"إنها", "أنها", "انها", "إنهم", "أنهم", "انهم", "إنه", "أنه", "انه"};
  size_t e = a.TokenAt(m.end);
  for (size_t k = e; k < a.toks.size() && k < e + 8; ++k) {
    if (WordIs(a, k, kThatIt) && k + 1 < a.toks.size()) {
      const LexHit* act = CueAtToken(a, d, k + 1, false);
      if (act && d.cue(act->index).role == CueRole::kAgent) return true;
      for (const auto& h : a.HitsIn(a.toks[k + 1].begin, a.toks[k + 1].end))
        if (h.kind == HitKind::kTrigger && h.clitic_begin == a.toks[k + 1].begin) return true;
    }
    if (IsComplementizer(a, k)) return WordIs(a, k + 1, kItsFighters);
    if (a.toks[k].kind == text::TokenKind::kNewline) return false;
    if (announce && WordIs(a, k, kOwnAct)) return true;
  }
  return false;
}

// Where, in [from, to), a clause opens another incident: "فيما"، "بينما"، "في حين"،
// "وفي"، "كما"، "أما", or (with `verbs`) a casualty verb joined by "و" ("... في كادونا وقُتل 12
// جنديا في تيلابيري"); UINT32_MAX when none does. Read between two places of one frame, whose
// numbers it parts. (Without a place on either side, "قتل أربعة وأصيب سبعة" is one incident.)
uint32_t IncidentOpenerIn(const Analysis& a, const Dictionary& d, uint32_t from, uint32_t to, bool verbs = true) {
  static const WordList kOpens{"فيما", "وفيما", "بينما", "وبينما", "وفي", "كما", "وكما", "أما", "وأما"}, kIn{"في"},
      kWhile{"حين"};
  // The hits from the stretch on, walked beside its tokens (ordered by begin; the
  // last token may end past `to`).
  const std::span<const LexHit> hits = a.HitsIn(from, UINT32_MAX);
  size_t next_hit = 0;
  for (size_t t = a.TokenAt(from); t < a.toks.size() && a.toks[t].begin < to; ++t) {
    const text::Token& k = a.toks[t];
    if (k.begin < from || k.kind != text::TokenKind::kWord) continue;
    if (WordIs(a, t, kOpens) || (WordIs(a, t, kIn) && WordIs(a, t + 1, kWhile))) return k.begin;
    if (!verbs) continue;
    while (next_hit < hits.size() && hits[next_hit].begin < k.begin) ++next_hit;
    for (size_t i = next_hit; i < hits.size() && hits[i].begin < k.end; ++i) {
      const LexHit& h = hits[i];
      if (h.clitic_begin != k.begin) continue;
      if (IsCasualtyVerb(d, h) && Proclitic(a, h.clitic_begin, h.begin).starts_with(text::CachedKey("و"))) return k.begin;
    }
  }
  return UINT32_MAX;
}

// "حركة الشباب المرتبطة بتنظيم القاعدة"، "الفصائل الموالية لتركيا": the group a named one is
// tied to, right after it, only describes it; it is no party and no claimant.
bool TiedToTheNamedBefore(const Analysis& a, const Dictionary& d, const ActorMention& m) {
  static const WordList kTiedTo{"المرتبطة", "المرتبط", "المرتبطين", "الموالية", "الموالي", "الموالين"};
  const size_t t = a.TokenAt(m.clitic_begin);
  if (t < 2 || !WordIs(a, t - 1, kTiedTo)) return false;
  auto before = a.ActorsIn(0, a.toks[t - 1].begin);
  for (auto it = before.rbegin(); it != before.rend() && it->end + 64 > a.toks[t - 1].begin; ++it)
    if (a.TokenAt(it->end) + 1 == t && !d.actors()[it->actor].generic()) return true;
  return false;
}

// True when the members noun at token `members` ("عناصر" of "تسعة من عناصر X") is counted
// out of its group ("N من") right after a word that kills, wounds or arrests ("قتل"،
// "مقتل"، "أصيب"، "اعتقال"), or after such a verb and its subject ("قتل الجيش تسعة من").
bool CountedVictims(const Analysis& a, const Dictionary& d, size_t members, size_t floor) {
  static const WordList kFrom{"من"};
  if (members < floor + 3 || !WordIs(a, members - 1, kFrom)) return false;
  size_t count = SIZE_MAX;
  // (The number may carry a hedge: "لقي ما لا يقل عن 15 من عناصر الجيش مصرعهم".)
  for (size_t k = members - 2; k + 6 >= members && k > floor; --k)
    if (auto q = a.QuantityAt(k); q && q->next_token == members - 1) count = k;
  if (count == SIZE_MAX) return false;
  for (size_t k = count; k > floor && k + 4 > count; --k) {
    const size_t w = k - 1;
    if (a.toks[w].kind != text::TokenKind::kWord) return false;
    for (const auto& h : a.HitsIn(a.toks[w].begin, a.toks[w].end)) {
      if (h.begin < a.toks[w].begin || h.begin >= a.toks[w].end) continue;
      if (IsCasualtyVerb(d, h)) return true;
    }
  }
  return false;
}

// True when place `next` follows `prev` with nothing but "في"/"ب"/"داخل" between
// them and no "و" or comma: "حارة المنشية بمخيم نور شمس"، "قرية X في ناحية Y"، "مطار آدم
// عدي الدولي في مقديشو" (an adjective of the facility may close its name).
bool Chained(const Analysis& a, const geo::PlaceMention& prev, const geo::PlaceMention& next) {
  if (next.span_begin < prev.span_end || next.coordinated) return false;
  size_t t0 = a.TokenAt(prev.span_end), t1 = a.TokenAt(next.span_begin);
  if (t1 > t0 + 3) return false;
  static const WordList kIn{"في", "داخل"},
      kOfFacility{"الدولي", "الدولية", "المركزي", "المركزية", "العسكري", "العسكرية", "الجديد", "الجديدة", "القديم",
                  "القديمة"};
  for (size_t t = t0; t < t1; ++t)
    if (a.toks[t].end > prev.span_end && !WordIs(a, t, kIn) && !(t == t0 && WordIs(a, t, kOfFacility))) return false;
  std::string_view prefix = Proclitic(a, next.span_begin, next.begin);
  return !prefix.starts_with(text::CachedKey("و")) && !prefix.starts_with(text::CachedKey("ف"));
}

// True when the place names an end of a road: "على طريق معرة النعمان"،
// "أوتوستراد دمشق - درعا"، "الطريق الرابط بين النجف وكربلاء".
bool OnRoad(const Analysis& a, const geo::PlaceMention& pm) {
  static const WordList kRoad{"طريق",       "الطريق",   "طرق",        "أوتوستراد", "الأوتوستراد", "أوتستراد",
                              "الأوتستراد", "أتوستراد", "الأتوستراد", "اوتوستراد", "الاوتوستراد"},
      kFiller{"الدولي", "العام", "السريع", "الرئيسي", "الواصل", "الرابط", "الدولية", "بين", "و"};
  // ("على طريق جوبا - نمولي قرب بلدة نمولي": what the road passes near is a place on it.)
  if (pm.near) return false;
  size_t t = a.TokenAt(pm.span_begin);
  for (size_t back = 1; back <= 6 && t >= back; ++back) {
    size_t k = t - back;
    if (WordIs(a, k, kRoad)) return true;
    bool filler = WordIs(a, k, kFiller) ||
                  (a.toks[k].kind == text::TokenKind::kPunct && a.Word(k) == "-");
    bool place = false;
    for (const auto& o : a.places)
      if (o.span_begin <= a.toks[k].begin && a.toks[k].end <= o.span_end) place = true;
    if (!filler && !place) return false;
  }
  return false;
}

// "تمكنت وحدات الحرس الوطني بالقيروان من إيقاف ... بمعتمدية حاجب العيون": a place
// right after a force's name ("ب" + name) is where the force is based, when another of
// the places (`leaves`) lies in the same province: that one is where it acted.
bool UnitsBase(const Analysis& a, const std::vector<size_t>& leaves, size_t pi) {
  const geo::PlaceMention& pm = a.places[pi];
  if (!Proclitic(a, pm.span_begin, pm.begin).starts_with(text::CachedKey("ب"))) return false;
  size_t t = a.TokenAt(pm.span_begin);
  if (t == 0) return false;
  auto before = a.ActorsOverlapping(a.toks[t - 1].begin, a.toks[t - 1].end);
  if (std::none_of(before.begin(), before.end(), [&](const ActorMention& m) { return m.end == a.toks[t - 1].end; }))
    return false;
  const geo::Place* p = a.resolved[pi].place;
  return std::any_of(leaves.begin(), leaves.end(), [&](size_t other) {
    const geo::Place* q = a.resolved[other].place;
    return other != pi && q != p && q->cc == p->cc && q->admin1 == p->admin1;
  });
}

// "قرية X"، "بلدة X": a settlement type word stands before the name.
bool SettlementWord(const geo::PlaceMention& m) {
  if (m.type_word.empty()) return false;
  auto c = geo::LookupTypeWord(m.type_word).cls;
  return c == geo::TypeClass::kCity || c == geo::TypeClass::kTown || c == geo::TypeClass::kVillage ||
         c == geo::TypeClass::kCamp || c == geo::TypeClass::kNeighbourhood;
}

// "على طريق معرة النعمان": the road is named after the town, right after the word.
bool NamesRoad(const Analysis& a, const geo::PlaceMention& pm) {
  static const WordList kRoad{"طريق", "الطريق"};
  size_t t = a.TokenAt(pm.span_begin);
  return t > 0 && pm.span_begin == pm.begin && WordIs(a, t - 1, kRoad);
}

// "وفي محافظة الضالع، اندلعت ..."، "وفي العاصمة مقديشو، نفذت ...": the place stands right
// after the sentence's opening "وفي"/"في" and a comma follows it (within a few words:
// "وفي ولاية كاتسينا شمال غربي البلاد،") before the trigger.
bool OpensSentence(const Analysis& a, text::Span sent, const geo::PlaceMention& pm, uint32_t trigger_begin) {
  static const WordList kIn{"وفي", "في"};
  size_t first = a.TokenAt(sent.begin), t = a.TokenAt(pm.span_begin);
  if (t != first + 1 || !WordIs(a, first, kIn)) return false;
  size_t after = a.TokenAt(pm.span_end);
  for (size_t k = after; k < a.toks.size() && k < after + 5; ++k) {
    if (a.toks[k].begin >= trigger_begin || a.toks[k].begin >= sent.end) return false;
    if (a.toks[k].kind == text::TokenKind::kPunct) return a.Word(k) == ",";
  }
  return false;
}

// "14 فلسطينياً من الخليل، ومواطناً من الأغوار الشمالية": the place is an item of a
// list that counts people per place ("من" after a counted person noun).
bool CountedFrom(const Analysis& a, const Dictionary& d, const geo::PlaceMention& pm) {
  static const WordList kFrom{"من"};
  size_t t = a.TokenAt(pm.span_begin);
  if (t < 2 || !WordIs(a, t - 1, kFrom)) return false;
  return CueAtToken(a, d, t - 2, true) != nullptr;
}

// "مراسل «دير الزور 24»"، "شبكة حلب اليوم"، "إذاعة صوت بغداد": a place that names a
// news outlet, right after a word for a reporter or an outlet.
bool NamesOutlet(const Analysis& a, const geo::PlaceMention& pm) {
  static const WordList kOutlet{"مراسل", "لمراسل", "مراسلة", "لمراسلة", "مراسلو", "موقع", "لموقع", "شبكة", "لشبكة",
                                "إذاعة", "لإذاعة", "قناة", "لقناة", "صحيفة", "لصحيفة", "وكالة", "لوكالة"};
  size_t t = a.TokenAt(pm.span_begin);
  return t > 0 && WordIs(a, t - 1, kOutlet);
}

// "شمال المدينة"، "أطراف البلدة"، "داخل المخيم": the place of that kind the text
// named last before [begin, end), or -1. Places before `floor` (the title, which
// sums the story) are not referred to from the body.
int PlaceReferredTo(const Analysis& a, uint32_t begin, uint32_t end, uint32_t floor) {
  using T = geo::PlaceType;
  // Four forms of each noun, then the kinds of place each refers to.
  static const WordList kNouns{"المدينة", "بالمدينة", "للمدينة", "والمدينة", "البلدة", "بالبلدة", "للبلدة", "والبلدة",
                               "القرية",  "بالقرية",  "للقرية",  "والقرية",  "المخيم", "بالمخيم", "للمخيم", "والمخيم"};
  static const std::vector<T> kKinds[] = {{T::kCity, T::kTown}, {T::kTown, T::kVillage, T::kCity}, {T::kVillage, T::kTown}, {T::kCamp}};
  for (size_t t = a.TokenAt(begin); t < a.toks.size() && a.toks[t].begin < end; ++t) {
    int noun = WordAt(a, t, kNouns);
    if (noun < 0) continue;
    const std::vector<T>& kinds = kKinds[noun / 4];
    for (size_t pi = a.PlacesIn(0, a.toks[t].begin).second; pi-- > 0;) {
      if (a.places[pi].end > a.toks[t].begin) continue;
      if (a.places[pi].begin < floor) break;
      const geo::Place* p = a.resolved[pi].place;
      if (!p || a.place_in_actor[pi] || a.place_dateline[pi] || NamesOutlet(a, a.places[pi])) continue;
      if (std::find(kinds.begin(), kinds.end(), p->type) != kinds.end()) return static_cast<int>(pi);
    }
    return -1;
  }
  return -1;
}

// "قوات مكافحة الشغب"، "جهاز مكافحة الإرهاب": a trigger word inside an actor's
// name (one that began before it; "غارة إسرائيلية" holds its trigger from the start).
bool InsideActorName(const Analysis& a, const LexHit& h) {
  for (const auto& m : a.ActorsOverlapping(h.begin, h.end)) {
    if (m.begin >= h.end) break;
    if (!m.anaphoric && m.begin < h.begin && h.end <= m.end) return true;
  }
  return false;
}

// "خلال أيار"، "طوال عام 2023": a month or a year that the sentence spans.
bool OverPeriod(const Analysis& a, text::Span sent) {
  static const WordList kThrough{"خلال", "طوال", "طيلة"};
  for (const auto& dm : a.DatesIn(sent.begin, sent.end)) {
    if (dm.begin < sent.begin || dm.begin >= sent.end) continue;
    bool long_span = dm.year_only || dm.precision == TimePrecision::kMonth;
    if (long_span && dm.first_token > 0 && WordIs(a, dm.first_token - 1, kThrough)) return true;
  }
  return false;
}

// True when date mention `dm`, before the trigger at `trigger_begin`, follows a report
// or statement word with no trigger or "أن"/"إن" between them: "أعلن الجيش، في بيان
// مساء اليوم الخميس، مقتل"، "أفاد مصدر أمني، اليوم الثلاثاء، بمقتل".
bool Announced(const Analysis& a, const Dictionary& d, text::Span sent, const parse::DateMention& dm,
               uint32_t trigger_begin) {
  static const WordList kStatement{"بيان", "بيانه", "بيانها", "تصريح", "تصريحات", "مؤتمر"};
  if (dm.begin >= trigger_begin) return false;
  uint32_t report = UINT32_MAX, blocked = 0;  // the last report word and the last trigger before the date
  for (const auto& h : a.HitsIn(sent.begin, dm.begin)) {
    if (h.begin < sent.begin || h.begin >= dm.begin) continue;
    if (h.kind == HitKind::kTrigger && !InsideActorName(a, h)) blocked = std::max(blocked, h.end);
    else if (IsRole(d, h, CueRole::kReport) && (report == UINT32_MAX || h.begin > report)) report = h.begin;
  }
  size_t first = a.TokenAt(sent.begin);
  for (size_t t = dm.first_token; t-- > first;) {
    if (a.toks[t].begin < blocked || IsComplementizer(a, t)) return false;
    if (a.toks[t].begin == report || WordIs(a, t, kStatement)) return true;
  }
  return false;
}

// "بعد توقيفه"، "لحظة اعتقاله"، "حاولوا إيقافها": an arrest noun that carries a pronoun
// after a word of time or of trying.
bool ArrestAsATime(const Analysis& a, const LexHit& h) {
  static const WordList kWhen{"بعد",   "منذ",  "قبل",   "لحظة", "أثناء", "خلال",   "عقب",    "إثر",  "اثر",  "حين",
                              "وقت",   "عند",  "لدى",   "فور",  "حاول",  "حاولت", "حاولوا", "حاولا", "محاولة", "لمحاولة",
                              "وبعد",  "ومنذ", "وقبل"};
  bool pronoun = h.end < a.norm.text.size() && text::IsWordByte(static_cast<unsigned char>(a.norm.text[h.end]));
  if (!pronoun) return false;
  // ("حاول الجنود إيقافها"، "بعد أيام من اعتقاله": a few words may stand between.)
  size_t t = a.TokenAt(h.clitic_begin);
  for (size_t back = 1; back <= 3 && t >= back && a.toks[t - back].kind == text::TokenKind::kWord; ++back)
    if (WordIs(a, t - back, kWhen)) return true;
  return false;
}

// "لم تشهد أي عمليات"، "دون أي هجمات": a cue word denied by the words just before it.
bool Denied(const Analysis& a, const LexHit& h) {
  static const WordList kNot{"لم", "ولم", "لا", "ولا", "دون", "بدون", "ودون", "أي"};
  size_t t = a.TokenAt(h.clitic_begin);
  for (size_t back = 1; back <= 3 && t >= back; ++back) {
    if (a.toks[t - back].kind != text::TokenKind::kWord) break;
    if (WordIs(a, t - back, kNot)) return true;
  }
  return false;
}

// Token t is a weapon or force noun with the article ("المدفعية"، "الطيران"، "المسيرات"): a
// trigger word that names what fired ("وبالتزامن، استهدفت المدفعية الإسرائيلية أطراف بلدة
// كفرشوبا"), not an incident told before named again.
bool WeaponNoun(const Analysis& a, size_t t) {
  static const WordList kWeapon{"المدفعية", "الطيران", "المسيرة", "المسيرات", "الطائرة", "الطائرات", "الدبابات",
                                "الراجمات", "الزوارق", "البوارج"};
  return WordIs(a, t, kWeapon);
}

// How a sentence stands to the incident told just before it. It tells more of it
// (kMore) when it refers back to it — it opens on a report of what was said ("وقال
// المصدر إن"، "وأوضح البيان أن") or names it again with the article ("الهجوم وقع"،
// "الغارات استهدفت"، "سقوط الضحايا": kNamedAgain) — and nothing in it marks another
// incident: an opener such as "كما"، "إلى ذلك"، "وفي ..."، "من جهة أخرى"، "في المقابل"،
// a pluperfect "وكان"، or "أيضاً"/"كذلك".
enum class Sequel { kNone, kMore, kNamedAgain };

Sequel SequelOf(const Analysis& a, const Dictionary& d, text::Span sent) {
  static const WordList kSaid{"قال",   "قالت",   "وقال",   "وقالت",  "أوضح", "أوضحت", "وأوضح", "وأوضحت",
                              "أضاف",  "أضافت",  "وأضاف",  "وأضافت", "أكد",  "أكدت",  "وأكد",  "وأكدت",
                              "أشار",  "أشارت",  "وأشار",  "وأشارت", "ذكر",  "ذكرت",  "وذكر",  "وذكرت",
                              "أفاد",  "أفادت",  "وأفاد",  "وأفادت", "تابع", "وتابع", "وتابعت", "بين", "وبين"},
      kOpener{"كما", "وكما", "إلى", "في", "وفي", "من", "ومن", "بدوره", "بدورها", "وكان", "وكانت", "كان", "كانت",
              "أما", "وأما", "فيما", "بينما", "وبينما", "يأتي", "ويأتي", "تأتي", "وتأتي"},
      kAlso{"أيضا", "كذلك", "أيضًا"}, kThat{"أن", "إن", "بأن", "ان", "بان"};
  size_t first = a.TokenAt(sent.begin);
  if (first >= a.toks.size() || a.toks[first].begin >= sent.end) return Sequel::kNone;
  // (A report opener reads "في": "وقال ضابط في الشرطة"; only the sentence's first word opens it.)
  if (WordIs(a, first, kOpener)) return Sequel::kNone;
  bool said = false;
  // ("وقال مدير ناحية سيدكان التابعة لقضاء سوران في محافظة أربيل، لشبكة رووداو، إن": a long title.)
  constexpr size_t kSaidReach = 20;  // tokens from the verb to its "أن"/"إن"
  if (WordIs(a, first, kSaid))
    for (size_t t = first + 1; t < a.toks.size() && t < first + kSaidReach && a.toks[t].begin < sent.end && !said; ++t)
      said = WordIs(a, t, kThat);
  bool named_again = false;
  const std::string_view article = text::CachedKey("ال");
  for (const auto& h : a.HitsIn(sent.begin, sent.end)) {
    if (named_again || h.begin >= sent.end) break;
    if (h.begin < sent.begin) continue;
    // A single word with the article: "الهجوم"، "الغارات"، "الضحايا".
    if (h.begin == h.clitic_begin || !Proclitic(a, h.clitic_begin, h.begin).ends_with(article)) continue;
    bool noun = h.kind == HitKind::kTrigger || IsRole(d, h, CueRole::kKillNoun) || IsRole(d, h, CueRole::kWoundNoun) ||
                IsRole(d, h, CueRole::kKowNoun);
    const size_t ht = a.TokenAt(h.clitic_begin);
    if (noun && a.TokenAt(h.end) == ht + 1 && !InsideActorName(a, h) && !WeaponNoun(a, ht)) named_again = true;
  }
  if (!said && !named_again) return Sequel::kNone;
  for (size_t t = first; t < a.toks.size() && a.toks[t].begin < sent.end; ++t)
    if (WordIs(a, t, kAlso)) return Sequel::kNone;
  return named_again ? Sequel::kNamedAgain : said ? Sequel::kMore : Sequel::kNone;
}

// "... قُتل ستة أشخاص في تفجير انتحاري. ... وتبنت حركة الشباب التفجير في بيان": a claim
// told after the incident — a frame with a claimant that refers back (a noun with the
// article, or no place and no date of its own) — names who did the incidents of its kind
// told before it, back to the nearest one told with a place or a toll, in its paragraph
// (or the one before, when it opens a paragraph; with the article, a few sentences back)
// that have no claimant, unless another group is named as doing them.
void ClaimsReadBack(const Analysis& a, const Dictionary& d, std::vector<Frame>& frames) {
  for (size_t i = 0; i < frames.size(); ++i) {
    const Frame c = frames[i];
    if (c.claimed_by < 0 || c.headline || c.sentence == 0) continue;
    if (!c.definite && (c.place >= 0 || c.unknown_place >= 0 || c.date)) continue;
    const bool opens = a.NewParagraphBetween(c.sentence - 1, c.sentence);
    size_t told = SIZE_MAX;  // the sentence of the nearest incident told with a place or a toll
    for (size_t j = i; j-- > 0;) {
      Frame& p = frames[j];
      if (p.sentence == c.sentence) continue;
      if (told != SIZE_MAX && p.sentence != told) break;  // only the nearest incident's frames
      if (p.headline || p.sentence + 6 < c.sentence) break;
      // ("التفجير"، "الهجوم": a noun with the article refers back past paragraphs.)
      bool reach = c.definite || (opens ? !a.NewParagraphBetween(p.sentence, c.sentence - 1)
                                        : !a.NewParagraphBetween(p.sentence, c.sentence));
      if (!reach) break;
      bool kin = p.cls == c.cls || c.cls == TriggerClass::kAttack || Absorbs(p.cls, c.cls, false, false) || Absorbs(c.cls, p.cls, false, false);
      if (!kin) continue;
      if (p.place >= 0 || p.unknown_place >= 0 || p.killed || p.wounded) told = p.sentence;
      if (p.claimed_by >= 0 || (p.actor1 >= 0 && p.actor1 != c.claimed_by && !Unidentified(d, p.actor1))) continue;
      p.claimed_by = c.claimed_by;
      p.actor1 = c.claimed_by;
      if (p.actor2 == c.claimed_by) p.actor2 = -1;
    }
  }
}

// Who reported an incident: the words after a report cue ("بحسب مصادر محلية"، "وفق ما أفاد به
// مسؤول محلي"), up to the punctuation, a conjunction or what the source said; "" when none.
std::string SourceNamed(const Analysis& a, const Dictionary& d, text::Span sent, const LexHit& report) {
  static const WordList kWhat{"ما"},
      kSourceEnd{"ان",   "إن",   "أن",  "بأن",  "في",  "عن",  "إنه",   "أنه",  "بأنه", "انه",
                 "إنها", "أنها", "بأنها", "انها", "الذي", "التي", "تنفيذ", "بتنفيذ", "سقوط", "بسقوط"};
  size_t t = a.TokenAt(report.end);
  if (WordIs(a, t, kWhat)) ++t;
  // ("وفق ما أفاد به مسؤول محلي"، "كما ذكرت الشرطة": past a report verb and its "به".)
  static const WordList kBy{"به", "بها"};
  for (bool moved = true; moved && t < a.toks.size() && a.toks[t].begin < sent.end;) {
    moved = false;
    for (const auto& o : a.HitsIn(a.toks[t].begin, a.toks[t].end))
      if (o.clitic_begin == a.toks[t].begin && IsRole(d, o, CueRole::kReport) && a.TokenAt(o.end) > t) {
        t = a.TokenAt(o.end);
        moved = true;
        break;
      }
    if (!moved && WordIs(a, t, kBy)) {
      ++t;
      moved = true;
    }
  }
  // ("فيما أعلن الجيش مقتل 14 من المهاجمين": the source ends where what it said begins.)
  auto tells = [&](size_t k) {
    for (const auto& o : a.HitsIn(a.toks[k].begin, a.toks[k].end))
      if (o.clitic_begin == a.toks[k].begin &&
          (o.kind == HitKind::kTrigger || IsRole(d, o, CueRole::kKillNoun) || IsRole(d, o, CueRole::kWoundNoun) ||
           IsRole(d, o, CueRole::kKowNoun) || IsRole(d, o, CueRole::kKill) || IsRole(d, o, CueRole::kWound)))
        return true;
    auto dates = a.DatesOverlapping(a.toks[k].begin, a.toks[k].end);  // ("«هيومن رايتس ووتش» اليوم")
    return std::any_of(dates.begin(), dates.end(), [&](const parse::DateMention& dm) { return dm.begin == a.toks[k].begin; });
  };
  size_t stop = t;
  while (stop < a.toks.size() && stop < t + 6 && a.toks[stop].begin < sent.end &&
         a.toks[stop].kind != text::TokenKind::kPunct && !WordIs(a, stop, kSourceEnd) && !tells(stop))
    ++stop;
  return stop > t ? a.Original(a.toks[t].begin, a.toks[stop - 1].end) : std::string();
}

}  // namespace

std::vector<Frame> BuildFrames(const Analysis& a, const Dictionary& d, const std::vector<bool>& tally_sentences) {
  static const WordList kWithout{"دون", "بدون", "لم", "لا", "عدم", "ودون"}, kOf{"من", "في", "ب", "ل", "لدى"},
      kFrom{"من"}, kBetween{"بين"}, kAnd{"و"},
      kStatement{"بيان",   "بيانه",    "بيانها", "تصريح",  "تصريحات", "تقرير",
                 "تقريره", "تقريرها", "الصادر", "الصادرة", "مؤتمر"};
  std::vector<Frame> frames;
  const size_t first_line_end = a.norm.text.find('\n');
  // A title: the text's first line, short, with no closing stop.
  auto closing_stop = [&](size_t end) {  // the line up to `end` ends with . ! ? (after trailing spaces)
    while (end > 0 && (a.norm.text[end - 1] == ' ' || a.norm.text[end - 1] == '\r')) --end;
    return end > 0 && (a.norm.text[end - 1] == '.' || a.norm.text[end - 1] == '!' || a.norm.text[end - 1] == '?');
  };
  const bool short_first_line = first_line_end != std::string::npos &&
                                a.TokenAt(static_cast<uint32_t>(first_line_end)) <= 25 && !closing_stop(first_line_end);
  const uint32_t title_end = short_first_line ? static_cast<uint32_t>(first_line_end) : 0;
  // A trigger that seeds a frame, and the clause it stands in.
  struct Seed {
    TriggerClass cls;
    const LexHit* hit;
    size_t clause;
  };
  // Buffers reused from sentence to sentence and frame to frame (each cleared where it is filled).
  std::vector<const LexHit*> triggers;
  std::vector<Seed> seeds;
  std::vector<std::pair<const ActorMention*, Role>> roles;
  std::vector<size_t> heads;  // per role: the token of the noun it stands for ("قوة" of "قوة تابعة لـX")
  std::vector<size_t> cands, leaves, origins;
  std::vector<uint32_t> background_at;
  std::vector<size_t> hurt;  // clauses that tell people killed or hurt
  std::deque<LexHit> echoes;  // triggers a count repeats ("وثلاث أخرى على X"); a deque keeps their addresses
  std::vector<text::Span> topics;
  for (size_t si = 0; si < a.sentences.size(); ++si) {
    if ((si < tally_sentences.size() && tally_sentences[si]) || a.aside[si]) continue;
    const text::Span sent = a.sentences[si];
    const SentenceClauses clauses(a, sent);
    bool headline = short_first_line && sent.end <= first_line_end;
    std::optional<Sequel> sequel;  // read when a frame is made

    // Sentence-wide markers.
    triggers.clear();
    std::vector<uint32_t> modal_begins;
    uint32_t modal_at = UINT32_MAX, negation_at = UINT32_MAX, boast_at = UINT32_MAX;
    bool cumulative = false, operations_word = false, aggregate = false, period = false;
    uint32_t summary_end = 0;    // where the last word of a summary (period, operations) ends
    background_at.clear();       // where background cues stand ("لم تقتصر"، "تأتي في سياق")
    bool casualty_word = false;  // a cue that can state people killed or wounded
    bool crime = false;          // drugs, illegal migration, theft: arrests for a crime
    bool accusation = false;     // "اتهمت": read the accused (AccusationRole)
    uint64_t sentence_roles = 0;  // of its cues (RoleBit)
    for (const auto& h : a.HitsIn(sent.begin, sent.end)) {
      if (h.begin < sent.begin) continue;
      if (h.begin >= sent.end) break;
      if (h.kind == HitKind::kTrigger) {
        if (!InsideActorName(a, h)) triggers.push_back(&h);
        continue;
      }
      if (h.kind != HitKind::kCue) continue;
      sentence_roles |= RoleBit(d.cue(h.index).role);
      // ("مسيرة حاشدة دعت إليها الجماعة": a call told of what happened, who organized it.)
      if (d.cue(h.index).role == CueRole::kModal && CalledForIt(a, h)) continue;
      switch (d.cue(h.index).role) {
        case CueRole::kModal: modal_begins.push_back(h.begin); [[fallthrough]];
        case CueRole::kSeizure: case CueRole::kPast: modal_at = std::min(modal_at, h.begin); break;
        // "وتبنت الجماعة الهجوم، زاعمة أنها سيطرت على المعسكر": what a group says it
        // achieved tells of the incident claimed, not of another.
        case CueRole::kBoast: boast_at = std::min(boast_at, h.begin); break;
        case CueRole::kCrime: crime = true; break;
        case CueRole::kNegation: negation_at = std::min(negation_at, h.begin); break;
        case CueRole::kCumulative: case CueRole::kPeriod: {
          // ("الأعنف منذ أسابيع" compares with a period; it sums none.)
          static const WordList kSince{"منذ", "ومنذ"};
          size_t t = a.TokenAt(h.clitic_begin);
          if (WordIs(a, t, kSince) && ComparedSince(a, t)) break;
          cumulative = true;
          summary_end = std::max(summary_end, h.end);
          if (d.cue(h.index).role == CueRole::kPeriod) period = true;
          break;
        }
        // "لم تشهد أي عمليات لنزع الألغام": operations denied are not counted.
        case CueRole::kOperations:
          operations_word = operations_word || !Denied(a, h);
          summary_end = std::max(summary_end, h.end);
          break;
        case CueRole::kAggregate: aggregate = true; break;
        case CueRole::kBackground: background_at.push_back(h.begin); break;
        case CueRole::kAccuse: accusation = true; break;
        case CueRole::kKill: case CueRole::kWound: case CueRole::kKillOrWound:
        case CueRole::kKillNoun: case CueRole::kWoundNoun: case CueRole::kKowNoun: casualty_word = true; break;
        default: break;
      }
    }
    // With no trigger and no casualty word, no frame (nor a casualty report below).
    if (triggers.empty() && !casualty_word) continue;
    // InAttribution in this sentence (none without a report cue).
    auto attributed = [&](uint32_t at) {
      return (sentence_roles & RoleBit(CueRole::kReport)) && InAttribution(a, d, clauses(), at);
    };
    // Triggers after a threat, plan or denial in the same sentence do not count,
    // nor any in a clause that says it is a threat, a plan or a habit.
    std::vector<size_t> modal_clauses;
    for (uint32_t at : modal_begins) modal_clauses.push_back(ClauseOf(clauses(), at));
    triggers.erase(std::remove_if(triggers.begin(), triggers.end(),
                                  [&](const LexHit* t) {
                                    if (t->begin > modal_at || t->begin > negation_at || t->begin > boast_at) return true;
                                    if (modal_clauses.empty()) return false;
                                    size_t c = ClauseOf(clauses(), t->begin);
                                    return std::find(modal_clauses.begin(), modal_clauses.end(), c) != modal_clauses.end();
                                  }),
                   triggers.end());

    // "مسيرة حاشدة ... تضامناً مع قطاع غزة ورفضاً للضربات الأميركية": what a protest is about
    // (after its "رفضاً"، "تنديداً"...) is no incident of its own.
    if (const auto protest = std::find_if(triggers.begin(), triggers.end(),
                                          [&](const LexHit* t) { return d.trigger(t->index) == TriggerClass::kProtest; });
        protest != triggers.end()) {
      static const WordList kAbout{"تضامنا", "رفضا", "تنديدا", "احتجاجا", "للتنديد", "للمطالبة", "منددين", "رافضين"};
      uint32_t about = UINT32_MAX;
      for (size_t t = a.TokenAt((*protest)->end); t < a.toks.size() && a.toks[t].begin < sent.end; ++t)
        if (WordIs(a, t, kAbout)) {
          about = a.toks[t].begin;
          break;
        }
      std::erase_if(triggers, [&](const LexHit* t) { return t->begin > about && d.trigger(t->index) != TriggerClass::kProtest; });
    }
    // "هجمات ... خلال الفترة": many incidents summed up, not one — but the example it gives,
    // dated on its own, is one ("وتعرضت مدن عدة لهجمات مماثلة خلال الأسابيع الماضية، إذ استهدفت
    // مسيّرات الدعم السريع مطلع الشهر الجاري مطار مدينة الأبيض").
    uint32_t told_from = sent.begin;  // where the incident's own words begin (the example's)
    if ((cumulative && operations_word) || aggregate) {
      told_from = aggregate ? UINT32_MAX : DatedExampleAfter(a, sent, summary_end);
      std::erase_if(triggers, [&](const LexHit* t) { return t->begin < told_from; });
      if (triggers.empty()) continue;
    }
    // "اعتقلت خلال شهر حزيران 615 فلسطينياً"، "مقتل 94 مدنياً خلال أيار": a period's
    // summary, unless it names the town or village where it happened.
    if (period || OverPeriod(a, sent)) {
      bool local = false;
      auto [first_place, last_place] = a.PlacesIn(sent.begin, sent.end);
      for (size_t pi = first_place; pi < last_place && !local; ++pi)
        if (a.places[pi].begin >= sent.begin && a.places[pi].begin < sent.end && a.resolved[pi].place &&
            !a.place_dateline[pi] && a.resolved[pi].place->IsSettlement())
          local = true;
      if (!local) continue;
    }
    // Aircraft are an air strike only when their clause says they struck or killed
    // ("قصفت المدفعية بلدتين، فيما حلّق الطيران الاستطلاعي فوق القرى": a flight).
    if (std::any_of(triggers.begin(), triggers.end(),
                    [&](const LexHit* t) { return d.trigger(t->index) == TriggerClass::kAircraft; })) {
      std::vector<size_t> struck;  // clauses
      for (const LexHit* t : triggers) {
        auto c = d.trigger(t->index);
        if (c == TriggerClass::kAttack || c == TriggerClass::kShelling || c == TriggerClass::kClash || c == TriggerClass::kAir)
          struck.push_back(ClauseOf(clauses(), t->begin));
      }
      for (const auto& h : a.HitsIn(sent.begin, sent.end)) {
        if (h.begin < sent.begin || h.begin >= sent.end) continue;
        if (IsRole(d, h, CueRole::kKill) || IsRole(d, h, CueRole::kWound) || IsRole(d, h, CueRole::kKillOrWound))
          struck.push_back(ClauseOf(clauses(), h.begin));
      }
      // "وكانت مسيّرة إسرائيلية قد ألقت، بعد ظهر أمس، قنبلة صوتية": a clause that is only a
      // date stands between the aircraft and what it did.
      static const WordList kAbout{"بعد", "قبل", "نحو", "قرابة", "حوالي"};
      auto date_only = [&](size_t c) {
        if (c >= clauses().size()) return false;
        for (size_t k = a.TokenAt(clauses()[c].begin); k < a.toks.size() && a.toks[k].begin < clauses()[c].end; ++k) {
          if (a.toks[k].kind != text::TokenKind::kWord || WordIs(a, k, kAbout)) continue;
          auto dates = a.DatesOverlapping(a.toks[k].begin, a.toks[k].end);
          if (std::none_of(dates.begin(), dates.end(), [&](const parse::DateMention& dm) {
                return dm.first_token <= k && k < dm.next_token;
              }))
            return false;
        }
        return true;
      };
      auto did = [&](size_t c) { return std::find(struck.begin(), struck.end(), c) != struck.end(); };
      std::vector<const LexHit*> kept;
      for (const LexHit* t : triggers) {
        size_t c = ClauseOf(clauses(), t->begin);
        if (d.trigger(t->index) == TriggerClass::kAircraft && !did(c) && !(date_only(c + 1) && did(c + 2))) continue;
        kept.push_back(t);
      }
      triggers = std::move(kept);
    }

    // "صدّ الجيش هجوماً على قاعدة عسكرية بمساندة غارات جوية": strikes that support a battle are
    // part of it, not an air strike of their own.
    {
      static const WordList kSupport{"بمساندة", "بإسناد", "باسناد", "بدعم", "بغطاء", "وبمساندة", "وبإسناد", "وبدعم"};
      auto air = [&](const LexHit* t) {
        const TriggerClass c = d.trigger(t->index);
        return c == TriggerClass::kAir || c == TriggerClass::kAircraft;
      };
      const bool fight = std::any_of(triggers.begin(), triggers.end(), [&](const LexHit* t) {
        const TriggerClass c = d.trigger(t->index);
        return c == TriggerClass::kClash || c == TriggerClass::kAttack;
      });
      if (fight)
        std::erase_if(triggers, [&](const LexHit* t) {
          if (!air(t)) return false;
          const size_t k = a.TokenAt(t->clitic_begin);
          return (k >= 1 && WordIs(a, k - 1, kSupport)) || (k >= 2 && WordIs(a, k - 2, kSupport));
        });
    }
    // "هاجم مستوطنون بلدة وأضرموا النار": with no crowd in the sentence, burning is
    // part of the attack, not a riot.
    {
      auto has = [&](TriggerClass c) {
        return std::any_of(triggers.begin(), triggers.end(), [&](const LexHit* t) { return d.trigger(t->index) == c; });
      };
      if (has(TriggerClass::kRiot) && has(TriggerClass::kAttack) && !has(TriggerClass::kProtest))
        triggers.erase(std::remove_if(triggers.begin(), triggers.end(),
                                      [&](const LexHit* t) { return d.trigger(t->index) == TriggerClass::kRiot; }),
                       triggers.end());
    }
    // "أوقفت مفارز الجيش 38 تاجر مخدرات": arrests for a crime are not conflict events.
    // "بعد توقيفه بيومين"، "لحظة اعتقاله"، "حاول الجنود إيقافها": an arrest (or a stop)
    // of someone already told of, as a time or an attempt, is no new arrest.
    triggers.erase(std::remove_if(triggers.begin(), triggers.end(),
                                  [&](const LexHit* t) {
                                    if (d.trigger(t->index) != TriggerClass::kArrest) return false;
                                    return crime || ArrestAsATime(a, *t);
                                  }),
                   triggers.end());
    // One frame per surviving trigger family.
    seeds.clear();
    bool battle = false;
    for (const LexHit* t : triggers) {
      if (d.trigger(t->index) != TriggerClass::kClash || !casualty_word) continue;
      // ("مشاركون في الاشتباكات": a single clash noun with the article, told before.)
      bool told_before = a.TokenAt(t->end) == a.TokenAt(t->clitic_begin) + 1 &&
                         Proclitic(a, t->clitic_begin, t->begin).ends_with(text::CachedKey("ال"));
      if (!told_before) battle = true;
    }
    // "... والقبض على تسعة من المهربين": the arrests that ended a battle are its own.
    bool battle_arrests = battle && std::any_of(triggers.begin(), triggers.end(), [&](const LexHit* t) {
      return d.trigger(t->index) == TriggerClass::kArrest;
    });
    // What a stretch of an incident [begin, end) tells by its own first trigger, or a killing
    // (an attack) when it has none ("فيما قتل سبعة جنود في كمين": the later incident's).
    auto own_class = [&](uint32_t begin, uint32_t end) {
      for (const LexHit* t : triggers)
        if (t->begin >= begin && t->begin < end) {
          return SeedClass(d, *t);
        }
      return TriggerClass::kAttack;
    };
    auto keeps_arrests = [&](TriggerClass c) {
      // ("بإيقاف سبعة أشخاص شاركوا في أعمال الشغب"، "فضت الشرطة الاعتصام واعتقلت أربعة منهم": the
      // arrests that ended a riot or a protest are its own.)
      return c == TriggerClass::kArrest || c == TriggerClass::kAbduction || c == TriggerClass::kRiot || c == TriggerClass::kProtest ||
             (c == TriggerClass::kClash && battle_arrests);
    };
    // Clauses that tell people killed or hurt: "قُتل طفل برصاص قناص في حي X، وأصيبت امرأتان بقذيفة
    // هاون في حي Y" tells two incidents, each clause with its own victims.
    hurt.clear();
    if (sentence_roles & (RoleBit(CueRole::kKill) | RoleBit(CueRole::kWound) | RoleBit(CueRole::kKillOrWound)))
      for (const LexHit& h : CuesIn(a, sent))
        if (IsRole(d, h, CueRole::kKill) || IsRole(d, h, CueRole::kWound) || IsRole(d, h, CueRole::kKillOrWound))
          hurt.push_back(ClauseOf(clauses(), h.begin));
    auto hurt_in = [&](size_t c) { return std::find(hurt.begin(), hurt.end(), c) != hurt.end(); };
    auto background_clause = [&](size_t c) {
      return std::any_of(background_at.begin(), background_at.end(), [&](uint32_t at) { return ClauseOf(clauses(), at) == c; });
    };
    for (const LexHit* t : triggers) {
      TriggerClass cls = SeedClass(d, *t);
      size_t cl = ClauseOf(clauses(), t->begin);
      bool absorbed = false;
      for (const LexHit* o : triggers) {
        const TriggerClass oc = SeedClass(d, *o);
        if (o == t || oc == cls) continue;
        // "اقتحمت المدينة وقتلت أربعة أثناء محاولتهم منع نهب ممتلكاتهم": with people killed,
        // the killing is the incident and the looting a part of it.
        if (casualty_word && (cls == TriggerClass::kAttack || cls == TriggerClass::kLooting) &&
            (oc == TriggerClass::kAttack || oc == TriggerClass::kLooting)) {
          if (cls == TriggerClass::kLooting) absorbed = true;
          continue;
        }
        // "اقتحمت المدينة وقتلت أربعة من المواطنين، كما اختطفت ستة شبان": people killed
        // before the abduction is told make the attack an incident of its own.
        const size_t ocl = ClauseOf(clauses(), o->begin);
        if (cls == TriggerClass::kAttack && ocl != cl && hurt_in(cl) && hurt_in(ocl)) continue;
        if (Absorbs(oc, cls, ocl == cl || ContinuesClause(a, clauses(), ocl, cl, t->clitic_begin), battle)) absorbed = true;
      }
      if (absorbed) continue;
      auto same = std::find_if(seeds.begin(), seeds.end(), [&](const Seed& s) { return s.cls == cls; });
      // (A trigger in a background clause gives way to one of its kind told after it: "الغارات لم
      // تقتصر على الحديدة، بل ... ثلاث غارات على محافظة حجة".)
      if (same != seeds.end() && background_clause(same->clause) && !background_clause(cl)) *same = {cls, t, cl};
      if (same != seeds.end()) continue;
      seeds.push_back({cls, t, cl});
    }
    Casualties sentence_cas;
    bool cas_read = false;
    if (seeds.empty()) {
      // A casualty report without a trigger word: "قتل 15 مدنيا ... على يد جهاديين".
      // (A seizure or plan told after the casualties does not undo them: "قضت مفرزة على
      // إرهابيين اثنين، فيما تم استرجاع مسدسين".)
      if (negation_at != UINT32_MAX || cumulative || !casualty_word) continue;
      sentence_cas = ReadCasualties(a, d, sent.begin, sent.end);
      cas_read = true;
      bool stated = sentence_cas.killed.value_or(0) > 0 || sentence_cas.wounded.value_or(0) > 0 ||
                    sentence_cas.killed_or_wounded.value_or(0) > 0;
      // A thousand dead or more is a war's toll, not one incident.
      bool toll = sentence_cas.killed.value_or(0) >= 1000 || sentence_cas.wounded.value_or(0) >= 1000 ||
                  sentence_cas.killed_or_wounded.value_or(0) >= 1000;
      if (!stated || toll) continue;
      const LexHit* first = nullptr;
      for (const auto& h : a.HitsIn(sent.begin, sent.end))
        if (h.begin >= sent.begin && h.begin < sent.end && h.kind == HitKind::kCue &&
            (IsRole(d, h, CueRole::kKill) || IsRole(d, h, CueRole::kWound) || IsRole(d, h, CueRole::kKillNoun) ||
             IsRole(d, h, CueRole::kKowNoun) || IsRole(d, h, CueRole::kKillOrWound) || IsRole(d, h, CueRole::kWoundNoun))) {
          first = &h;
          break;
        }
      // ("زعمت الحركة أنها قتلت 17 جندياً": a group's own toll after a boast is no incident.)
      if (!first || first->begin > modal_at || first->begin > boast_at) continue;
      seeds.push_back({TriggerClass::kAttack, first, ClauseOf(clauses(), first->begin)});
    }
    // "اقتحمت قوات الدعم السريع المدينة، وقتلت أربعة من المواطنين، كما اختطفت ستة شبان":
    // people killed, told before an abduction in a clause of their own, with no other trigger
    // for the killing than the attack it absorbed, are an attack of their own (in the
    // abduction's own clause, "قُتل ستة مدنيين وخُطفت أربع نساء، في هجوم", they make it one). So are people killed told before a raid or arrests ("استشهد شاب برصاص قوات
    // الاحتلال خلال اقتحامها بلدة X، فيما شنت حملة اعتقالات"): arrests carry no dead.
    bool killing_apart = false;
    uint32_t killing_first_at = UINT32_MAX;  // the abduction trigger that a killing in its clause precedes
    auto taking = [](TriggerClass c) { return c == TriggerClass::kAbduction || c == TriggerClass::kArrest; };
    if (auto abduction = std::find_if(seeds.begin(), seeds.end(), [&](const Seed& s) { return taking(s.cls); });
        abduction != seeds.end() && seeds.size() <= 2 &&
        std::all_of(seeds.begin(), seeds.end(), [&](const Seed& s) {
          return taking(s.cls) || s.cls == TriggerClass::kLooting;
        }) &&
        // (Not a killing joined to the arrests by "و", one operation: "قتلت زعيم الخلية واعتقلت
        // ثمانية"، "مقتل عنصرين واعتقال ثالث".)
        !(abduction->cls == TriggerClass::kArrest &&
          std::string_view(a.norm.text).substr(a.toks[a.TokenAt(abduction->hit->clitic_begin)].begin).starts_with("\u0648"))) {
      for (const auto& h : a.HitsIn(sent.begin, abduction->hit->begin)) {
        if (h.begin < sent.begin || h.begin >= abduction->hit->begin || !IsRole(d, h, CueRole::kKill)) continue;
        // ("قتل مسلحون ثلاثة مدنيين وخطفوا امرأتين": joined by "و" in one clause, one attack —
        // the killing told first; events.cc reads it off the frame, Frame::killing_first.)
        if (abduction->cls == TriggerClass::kAbduction && ClauseOf(clauses(), h.begin) == abduction->clause) {
          killing_first_at = abduction->hit->begin;
          break;
        }
        seeds.push_back({TriggerClass::kAttack, &h, ClauseOf(clauses(), h.begin)});
        killing_apart = true;
        break;
      }
    }
    // "ثلاث غارات على محافظة حجة، وثلاث أخرى على محافظة صعدة": "N others" on another place
    // repeat the strike told before them — another incident there, with no trigger word of its own.
    echoes.clear();
    static const WordList kOthers{"أخرى", "اخرى", "أخريات"}, kOn{"على", "في", "استهدفت", "طالت"};
    // (Words are visited only in a sentence that holds "اخر" at all: most do not. It is looked
    // for by the second byte of its "خ", 0xAE, seldom seen in Arabic text.)
    static constexpr std::string_view kOthersRoot = "\xD8\xA7\xD8\xAE\xD8\xB1";  // اخر
    const bool others_here =
        !seeds.empty() && SpanHolds(a, sent, kOthersRoot, /*key=*/3);
    for (size_t t = a.TokenAt(sent.begin) + 1; others_here && t + 1 < a.toks.size() && a.toks[t].begin < sent.end; ++t) {
      const std::string_view w = a.Word(t);
      if ((w.size() != 8 && w.size() != 12) || !w.starts_with("\xD8\xA7\xD8\xAE")) continue;  // (a cheap test first)
      if (!WordIs(a, t, kOthers) || !WordIs(a, t + 1, kOn) || a.toks[t - 1].kind != text::TokenKind::kWord) continue;
      const std::optional<parse::Quantity>& q = a.QuantityAt(t - 1);
      if (!q || !q->value || q->next_token != t) continue;
      const Seed* before = nullptr;  // the incident repeated: the last seed before the count
      for (const Seed& sd : seeds)
        if (sd.hit->begin < a.toks[t - 1].begin && (!before || sd.hit->begin > before->hit->begin)) before = &sd;
      if (!before || ClauseOf(clauses(), a.toks[t - 1].begin) == before->clause) continue;
      LexHit echo = *before->hit;
      echo.begin = echo.clitic_begin = a.toks[t - 1].begin;
      echo.end = a.toks[t].end;
      echoes.push_back(echo);
    }
    for (const LexHit& echo : echoes) {
      seeds.push_back({SeedClass(d, echo), &echo, ClauseOf(clauses(), echo.begin)});
    }
    std::sort(seeds.begin(), seeds.end(), [](const Seed& x, const Seed& y) { return x.hit->begin < y.hit->begin; });
    const size_t sentence_frames = frames.size();

    for (size_t k = 0; k < seeds.size(); ++k) {
      // The clauses this frame reads: from its own clause (or the sentence start for
      // the first) to the clause before the next frame's.
      size_t first_clause = k == 0 ? 0 : seeds[k].clause;
      // (Not from a background clause before it: "الغارات لم تقتصر على الحديدة" places nothing.)
      if (k == 0)
        for (uint32_t at : background_at)
          if (const size_t bc = ClauseOf(clauses(), at); bc < seeds[k].clause) first_clause = std::max(first_clause, bc + 1);
      size_t last_clause = k + 1 < seeds.size() ? (seeds[k + 1].clause > 0 ? seeds[k + 1].clause - 1 : 0)
                                                : clauses().size() - 1;
      if (k + 1 < seeds.size() && seeds[k + 1].clause == seeds[k].clause) last_clause = seeds[k].clause;
      last_clause = std::max(last_clause, first_clause);
      Frame f;
      f.sentence = si;
      f.headline = headline;
      if (!sequel) sequel = SequelOf(a, d, sent);
      f.sequel = *sequel != Sequel::kNone;
      // (Only the first, and not past a background clause: another strike told after the
      // re-mention is news: "الغارات لم تقتصر على الحديدة، بل ... ثلاث غارات على محافظة حجة، وثلاث
      // أخرى على محافظة صعدة".)
      f.named_again = *sequel == Sequel::kNamedAgain && k == 0 && first_clause == 0;
      f.cls = seeds[k].cls;
      f.casualty_only = cas_read;
      f.own_victims = seeds.size() > 1 && hurt_in(seeds[k].clause);
      f.trigger_begin = seeds[k].hit->begin;
      f.trigger_end = seeds[k].hit->end;
      if (!cas_read && seeds[k].hit->kind == HitKind::kTrigger && !d.trigger_is_verb(seeds[k].hit->index)) {
        std::string_view pre = Proclitic(a, seeds[k].hit->clitic_begin, seeds[k].hit->begin);
        f.definite = (pre.ends_with(text::CachedKey("ال")) || pre.ends_with(text::CachedKey("لل"))) &&
                     !WeaponNoun(a, a.TokenAt(seeds[k].hit->clitic_begin));
      }
      f.region_begin = clauses().empty() ? sent.begin : clauses()[first_clause].begin;
      f.region_end = clauses().empty() ? sent.end : clauses()[std::min(last_clause, clauses().size() - 1)].end;
      if (seeds.size() == 1) {
        f.region_begin = told_from;
        f.region_end = sent.end;
      }
      const uint64_t region_roles = CueRolesIn(a, d, f.region_begin, f.region_end);

      // "قصف إسرائيلي استهدف سيارة": a bare strike word on a vehicle is a drone or air
      // strike (artillery does not pick off cars).
      if (f.cls == TriggerClass::kShelling && !cas_read && seeds[k].hit->kind == HitKind::kTrigger &&
          d.trigger_is_bare_strike(seeds[k].hit->index) && (region_roles & RoleBit(CueRole::kVehicle))) {
        for (const auto& h : a.HitsIn(f.region_begin, f.region_end))
          if (h.begin >= f.region_begin && h.begin < f.region_end && IsRole(d, h, CueRole::kVehicle)) {
            f.cls = TriggerClass::kAir;
            break;
          }
      }

      // --- casualties and arrests
      // "زاعمة أنها قتلت أكثر من 15": a group's own count of what it did is read
      // only up to its boast.
      uint32_t cas_end = f.region_end;
      if (region_roles & RoleBit(CueRole::kBoast))
        for (const auto& h : a.HitsIn(f.region_begin, f.region_end))
          if (h.begin >= f.region_begin && h.begin < cas_end && IsRole(d, h, CueRole::kBoast) && h.begin > f.trigger_end)
            cas_end = h.begin;
      Casualties cas = region_roles & kCasualtyRoles ? ReadCasualties(a, d, f.region_begin, cas_end) : Casualties{};
      f.killed = cas.killed;
      f.wounded = cas.wounded;
      f.died_of_wounds = cas.died_of_wounds;
      f.killed_or_wounded = cas.killed_or_wounded;
      f.arrested = cas.arrested;
      f.victims = cas.victims;
      if (!keeps_arrests(f.cls)) f.arrested.reset();
      // "ضبطت القوات أسلحة": a verb that seizes anything arrests only the people it counts or
      // names right after it ("ضبط ستة أشخاص").
      if (f.cls == TriggerClass::kArrest && !f.arrested && SeizesAnything(a, *seeds[k].hit)) {
        constexpr size_t kObjectReach = 4;  // tokens from the verb to the noun it seizes
        const size_t verb = a.TokenAt(seeds[k].hit->clitic_begin);
        const uint32_t reach = verb + kObjectReach < a.toks.size() ? a.toks[verb + kObjectReach].end : f.region_end;
        bool people = false;
        for (const LexHit& h : CuesIn(a, {seeds[k].hit->end, std::min(reach, f.region_end)}))
          if (d.cue(h.index).role == CueRole::kPerson) people = true;
        if (!people) continue;
      }
      // "هجوم شنه مسلحون على قرية"، "الهجوم الذي استهدف سوقاً": an attack on a place where
      // civilians are (after "على" or a target verb).
      if (f.cls == TriggerClass::kAttack)
        f.on_civilian_site = (region_roles & RoleBit(CueRole::kCivilianSite)) && SiteHit(a, d, f, CueRole::kCivilianSite);
      // "تفجير انتحاري ... استهدف نقطة تفتيش أمنية"، "هجوم على حاجز أمني": a force's post hit (after
      // "على" or a target verb) says whose forces were hit.
      if (f.cls != TriggerClass::kProtest && f.cls != TriggerClass::kRiot && f.cls != TriggerClass::kArrest &&
          f.cls != TriggerClass::kAbduction)
        f.on_force_site = (region_roles & RoleBit(CueRole::kForceSite)) && SiteHit(a, d, f, CueRole::kForceSite);
      // "خطفوا ثلاث نساء وطفلين": who was taken (not the kidnappers: "اختطف مسلحون").
      if (f.cls == TriggerClass::kAbduction && !f.victims && !cas_read) {
        const size_t after = a.TokenAt(f.trigger_end), limit = a.TokenAt(f.region_end);
        Count taken = CountAfter(a, d, after, limit);
        // "اختطف مسلحون مجهولون، الخميس، تاجر مواشٍ": past the kidnappers, the next person named.
        if (taken.group == PersonGroup::kFighter && taken.noun == after) {
          for (size_t j = after + 1; j < std::min(limit, after + 10); ++j)
            if (const LexHit* p = CueAtToken(a, d, j, true); p && d.cue(p->index).group != PersonGroup::kFighter) {
              taken = CountAfter(a, d, j, limit);
              break;
            }
        }
        if (taken.group && *taken.group != PersonGroup::kFighter) f.victims = taken.group;
      }

      // --- protest modifiers
      // (An empty window when the region holds neither role.)
      const bool modifiers = region_roles & (RoleBit(CueRole::kIntervention) | RoleBit(CueRole::kForce));
      for (const auto& h : a.HitsIn(f.region_begin, modifiers ? f.region_end : f.region_begin)) {
        if (h.begin < f.region_begin || h.begin >= f.region_end) continue;
        const bool intervention = IsRole(d, h, CueRole::kIntervention), force = IsRole(d, h, CueRole::kForce);
        if (!intervention && !force) continue;
        // "من دون أن تتدخل السلطات": a denied intervention.
        size_t ht = a.TokenAt(h.clitic_begin);
        bool denied = false;
        for (size_t back = 1; back <= 4 && ht >= back && a.toks[ht - back].kind == text::TokenKind::kWord; ++back)
          if (WordIs(a, ht - back, kWithout)) denied = true;
        if (denied) continue;
        if (intervention) f.intervention = true;
        if (force) f.force = true;
      }

      // "وقفة أمام مقر الأمم المتحدة، طالبوا فيها بتصنيف قوات الدعم السريع ... ورفعوا صوراً
      // لضحايا الانتهاكات في دارفور": a protest's demands and banners name the groups and
      // places it is about, not who met it nor where it is held.
      // (Each from the word to the end of its clause: "رفضاً للاستيطان، قمعتها قوات الاحتلال".)
      topics.clear();
      auto in_topic = [&](uint32_t at) {
        return std::any_of(topics.begin(), topics.end(), [&](const text::Span& sp) { return at > sp.begin && at < sp.end; });
      };
      if (f.cls == TriggerClass::kProtest || f.cls == TriggerClass::kRiot) {
        static const WordList kTopic{"طالبوا", "وطالبوا", "للمطالبة", "مطالبين", "مطالبة", "رفعوا",   "ورفعوا",
                                     "رافعين", "تضامنا",  "للتضامن",  "رفضا",    "تنديدا", "منددين",  "للتنديد",
                                     "مرددين", "ورددوا",  "رددوا",    "هتافات"};
        for (size_t t = a.TokenAt(f.trigger_end); t < a.toks.size() && a.toks[t].begin < f.region_end; ++t)
          if (WordIs(a, t, kTopic)) {
            uint32_t at = a.toks[t].begin;
            topics.push_back({at, clauses().empty() ? sent.end : clauses()[ClauseOf(clauses(), at)].end});
          }
      }

      // --- actors and their roles
      size_t trig_tok = a.TokenAt(f.trigger_begin);
      size_t trig_end_tok = a.TokenAt(f.trigger_end);
      bool trig_verb = !cas_read && seeds[k].hit->kind == HitKind::kTrigger && d.trigger_is_verb(seeds[k].hit->index);
      // "قصفها"، "استهدافه": the trigger carries a pronoun for the group named before it.
      bool possessive_trigger = false;
      if (!cas_read) {
        uint32_t e = seeds[k].hit->end;
        possessive_trigger = e < a.norm.text.size() && text::IsWordByte(static_cast<unsigned char>(a.norm.text[e]));
        // An entry that is itself written with the pronoun ("قصفها"، "هجماتهم").
        std::string_view word(a.norm.text.data() + seeds[k].hit->begin, e - seeds[k].hit->begin);
        for (const char* suffix : {"ها", "هم", "هما"})
          if (word.size() > 6 && word.ends_with(text::CachedKey(suffix))) possessive_trigger = true;
        // ("فجرت نفسها"، "فجروا أنفسهم": a reflexive is the bomber itself, not a group named before.)
        for (const char* self : {"نفسه", "نفسها", "انفسهم", "نفسيهما"})
          if (word.ends_with(text::CachedKey(self))) possessive_trigger = false;
      }
      roles.clear();
      heads.clear();
      for (const auto& m : a.ActorsIn(f.region_begin, f.region_end)) {
        if (m.begin < f.region_begin || m.begin >= f.region_end || in_topic(m.begin)) continue;
        // A name said again ("قوات سوريا الديمقراطية (قسد)") keeps its first role.
        // (A source named again as a party takes that role: "قال مصدر في قيادة العمليات إن طيران الجيش قصف".)
        auto said = std::find_if(roles.begin(), roles.end(), [&](const auto& r) { return r.first->actor == m.actor; });
        if (said != roles.end() && said->second != Role::kSource) continue;
        if (said != roles.end()) {
          heads.erase(heads.begin() + (said - roles.begin()));
          roles.erase(said);
        }
        size_t t = a.TokenAt(m.clitic_begin);
        const Actor& act = d.actors()[m.actor];
        // "واقتادوه إلى جهة مجهولة": an unknown destination, not an unknown group.
        static const WordList kTo{"إلى", "الى"};
        if (Unidentified(d, static_cast<int>(m.actor)) && t > 0 && WordIs(a, t - 1, kTo)) continue;
        // "لم تشهد أي عمليات لنزع الألغام منذ طرد التنظيم منها"، "منذ سيطرة الحوثيين عليها": a group
        // in a clause of "since ..." is the past, no party to the incident.
        static const WordList kSince{"منذ"};
        if ((t >= 1 && WordIs(a, t - 1, kSince)) || (t >= 2 && WordIs(a, t - 2, kSince))) continue;
        // "... على الطريق بين ديفا ونغيغمي، في منطقة ينشط فيها مسلحو بوكو حرام": a group in a
        // clause of habit, threat or plan (not the trigger's) is the setting, no party.
        if (const size_t mc = ClauseOf(clauses(), m.begin);
            mc != ClauseOf(clauses(), f.trigger_begin) &&
            std::find(modal_clauses.begin(), modal_clauses.end(), mc) != modal_clauses.end())
          continue;
        // "مجموعة مسلحة تابعة لـ«اللواء 444»"، "الأجهزة الأمنية التابعة للمجلس الانتقالي": the group
        // an unnamed or generic force belongs to names it (and takes its role).
        if (UnitOfAGroup(d, static_cast<int>(m.actor)) && BelongingAt(a, d, a.TokenAt(m.end)) &&
            a.TokenAt(m.end) + 1 < a.toks.size() && a.ActorAtClitic(a.toks[a.TokenAt(m.end) + 1].begin))
          continue;
        // "مسلحو جماعة نصرة الإسلام"، "عنصر من قسد": a group named after a noun for its
        // members takes the role of those members.
        size_t at = t;
        std::optional<PersonGroup> members;
        // (Not when the name holds the trigger: "4 لبنانيين في قصف إسرائيلي".)
        bool holds_trigger = m.begin <= f.trigger_begin && m.end >= f.trigger_end;
        // ("منتسبَين اثنين في الحشد الشعبي": a number may stand between the noun and its group.)
        for (size_t back = 1; back <= 3 && t >= back && !holds_trigger; ++back) {
          if (back >= 2 && !WordIs(a, t - 1, kOf)) break;
          if (back == 3) {
            const std::optional<parse::Quantity>& q = a.QuantityAt(t - 2);
            if (!q || !q->value || q->next_token != t - 1) break;
          }
          if (const LexHit* p = CueAtToken(a, d, t - back, true)) {
            members = d.cue(p->index).group;
            at = t - back;
            break;
          }
        }
        // "خطف مسلحون يُعتقد أنهم من جماعة بوكو حرام": a group the armed men are thought to
        // belong to takes their role.
        static const WordList kThey{"أنهم", "انهم", "بأنهم", "بانهم"},
            kThought{"يعتقد", "يرجح", "يشتبه", "في", "ويعتقد"};
        // "مسلحون يُشتبه في انتمائهم لـX"، "مسلحين ينتمون إلى X": likewise.
        static const WordList kBelonging{"انتمائهم", "انتمائه", "بانتمائهم", "المنتمين"};
        auto belong = [&](size_t k) { return WordIs(a, k, kBelonging) || WordIs(a, k, BelongVerbs()); };
        // ("خطف مسلحون يُعرفون محلياً بـ«قطاع الطرق»": the name they go by.)
        static const WordList kKnownAs{"يعرفون", "المعروفين", "المعروفون", "يسمون"}, kLocally{"محليا"};
        size_t belong_at = SIZE_MAX;
        bool subject = false;
        std::string_view pro = Proclitic(a, m.clitic_begin, m.begin);
        if (t >= 3 && belong(t - 1) && pro.starts_with(text::CachedKey("ل")))
          belong_at = t - 1;
        else if (t >= 4 && WordIs(a, t - 1, Toward()) && belong(t - 2))
          belong_at = t - 2;
        else if (t >= 3 && pro.starts_with(text::CachedKey("ب")) && WordIs(a, t - 1, kKnownAs))
          belong_at = t - 1;
        else if (t >= 4 && pro.starts_with(text::CachedKey("ب")) && WordIs(a, t - 1, kLocally) && WordIs(a, t - 2, kKnownAs))
          belong_at = t - 2;
        if (!members && !holds_trigger && belong_at != SIZE_MAX) {
          size_t k = belong_at - 1;
          for (int step = 0; step < 2 && k > 0 && WordIs(a, k, kThought); ++step) --k;
          // (Armed men, not counted: "اعتقلت 11 مشتبها بانتمائهم لـX" are the suspects arrested.)
          const LexHit* p = CueAtToken(a, d, k, true);
          const auto& count = a.QuantityAt(k - 1);
          if (p && d.cue(p->index).group == PersonGroup::kFighter && !(count && count->next_token == k)) {
            members = d.cue(p->index).group;
            at = k;
            // ("خطف مسلحون يُعرفون بـ...": the nominative "ـون" is the verb's subject.)
            subject = a.Word(k).ends_with(text::CachedKey("ون"));
          }
        }
        if (!members && !holds_trigger && t >= 4 && WordIs(a, t - 1, kFrom) && WordIs(a, t - 2, kThey)) {
          size_t k = t - 3;
          for (int step = 0; step < 2 && k > 0 && WordIs(a, k, kThought); ++step) --k;
          if (k + 3 < t)
            if (const LexHit* p = CueAtToken(a, d, k, true)) {
              members = d.cue(p->index).group;
              at = k;
            }
        }
        // "هاجمت قوة تابعة لـ«جهاز الردع» بوابة"، "دورية تابعة للجيش": the group a unit
        // belongs to takes the role of the unit.
        if (!members && !holds_trigger && t >= 2 && BelongingAt(a, d, t - 1)) {
          // (Not the last word of another group's name: "مجلس دير الزور العسكري التابع لـقسد".)
          auto named = a.ActorsOverlapping(a.toks[t - 2].begin, a.toks[t - 2].end);
          const ActorMention* unit = nullptr;
          bool other = false;
          for (const ActorMention& o : named) {
            if (o.begin >= a.toks[t - 2].end || o.end <= a.toks[t - 2].begin) continue;
            if (UnitOfAGroup(d, static_cast<int>(o.actor))) unit = &o;
            else other = true;
          }
          // ("مجموعة مسلحة تابعة لـX": an unnamed group of X stands for X.)
          if (!other && unit) at = a.TokenAt(unit->clitic_begin);
          else if (!other && UnitNoun(a, d, t - 2)) at = t - 2;
        }
        // "وأصيب 4 آخرون من أفراد القوات المسلحة": the first noun of the chain is the one
        // the verb is about.
        for (int step = 0; step < 2 && members && at >= 2 && WordIs(a, at - 1, kFrom) && CueAtToken(a, d, at - 2, true); ++step)
          at -= 2;
        Role role = Role::kUnknown;
        if (members && *members == PersonGroup::kCivilian) role = Role::kTarget;
        // "قتل تسعة من عناصر قوات الدعم السريع في هجوم للجيش"، "أسفر عن مقتل خمسة من مقاتلي
        // الحركة": members of a group counted out of it right after a casualty word are those
        // it befell — the group is the side hit, whoever else is named attacked.
        if (members && role == Role::kUnknown && CountedVictims(a, d, at, a.TokenAt(sent.begin))) role = Role::kTarget;
        // ("قُتل ما لا يقل عن 15 من «متطوعي الدفاع عن الوطن»": the group itself counted out.)
        if (!members && role == Role::kUnknown) {
          size_t v = at;
          if (v >= 1 && a.toks[v - 1].kind == text::TokenKind::kPunct && (a.Word(v - 1) == "«" || a.Word(v - 1) == "\""))
            --v;
          if (CountedVictims(a, d, v, a.TokenAt(sent.begin))) role = Role::kTarget;
        }
        // "15 عنصرا من قوى الأمن أصيبوا": members of a group, then what befell them.
        if (members && role == Role::kUnknown) {
          size_t after = a.TokenAt(m.end);
          for (const auto& h : a.HitsIn(m.end, UINT32_MAX)) {
            if (h.begin < m.end) continue;
            if (a.TokenAt(h.clitic_begin) > after + 3 || h.begin >= sent.end) break;
            if (!IsRole(d, h, CueRole::kKill) && !IsRole(d, h, CueRole::kWound) && !IsRole(d, h, CueRole::kArrest)) continue;
            role = Role::kTarget;
            // "عناصر من قوات الدعم السريع قتلوا، الأسبوع الماضي، ثلاثة مزارعين": with people of
            // another kind counted after it, the verb is active and the members did it.
            size_t limit = a.TokenAt(sent.end);
            Count done = CountAfter(a, d, PastAsides(a, a.TokenAt(h.end), limit), limit);
            if (done.group && *done.group != *members && *done.group != PersonGroup::kPerson &&
                !IsRole(d, h, CueRole::kWound))
              role = Role::kAgent;
            break;
          }
        }
        std::string_view proclitic = Proclitic(a, m.clitic_begin, m.begin);
        bool bare = at != t || proclitic.empty() || proclitic == text::CachedKey("ال") ||
                    proclitic == text::CachedKey("و") || proclitic == text::CachedKey("وال");
        if (role == Role::kUnknown) role = RoleByCues(a, d, at, sent.begin, bare, trig_verb || cas_read ? 0 : f.trigger_end);
        if (subject && at > trig_tok) role = Role::kAgent;
        // "مسيّرة تابعة للجيش استهدفت"، "مسيّرة مفخخة يُعتقد أنها تابعة لتنظيم القاعدة": the
        // owner of the weapon is the attacker (of a vehicle, "عربة تابعة للقوات"، the target).
        if (role == Role::kTarget && at == t && OwnsWeapon(a, d, t)) role = Role::kAgent;
        // "مقذوفاً أطلقته ميليشيا الحوثي"، "لغم أرضي زرعته الجماعة": who fired or laid the
        // weapon did it (of a weapon stopped, it is the target: see below).
        static const WordList kLaunchedIt{"أطلقته", "أطلقها", "أطلقتها", "أطلقوها", "أطلقوه", "زرعته",
                                          "زرعها",  "زرعتها", "زرعوها",  "زرعوه",   "وضعته", "وضعتها"};
        if (at > 0 && WordIs(a, at - 1, kLaunchedIt)) role = Role::kAgent;
        // "اتهمت السلطات جماعة بوكو حرام بالوقوف وراءه": the accused is the attacker, the
        // accuser a source.
        if (Role accused = accusation ? AccusationRole(a, d, m, sent.end) : Role::kUnknown; accused != Role::kUnknown)
          role = accused;
        // "قصف مدفعي لقوات النظام"، "هجوم لتنظيم داعش": a noun of action, then
        // "ل" and the group that did it.
        if (role == Role::kUnknown && !trig_verb && !cas_read && at == t && at == trig_end_tok && t > trig_tok) {
          if (proclitic == text::CachedKey("ل") || proclitic == text::CachedKey("لل")) role = Role::kAgent;
        }
        // Attribution: an actor inside the source phrase of "بحسب ..."، "وفق ما
        // أعلن ..."، "قال ..."، or before "أفادت بأن" is a source, not a party —
        // unless the report is a group's own claim ("أعلن حزب الله قصفها").
        if (role == Role::kUnknown && AnnouncesOwnAct(a, d, m)) role = Role::kClaimant;
        // "في بيان تلاه المتحدث باسم وزارة الدفاع": whom a spokesman speaks for is a source.
        static const WordList kOnBehalf{"باسم"};
        if (role == Role::kUnknown && at == t && t >= 1 && WordIs(a, t - 1, kOnBehalf)) role = Role::kSource;
        if (role == Role::kUnknown && attributed(m.begin) && !possessive_trigger) role = Role::kSource;
        // "غارة إسرائيلية", "المسيرات التركية": the actor's name holds the trigger.
        if (role == Role::kUnknown && m.begin <= f.trigger_begin && m.end >= f.trigger_end) role = Role::kAgent;
        // "قضت مفرزة للجيش الوطني الشعبي على إرهابيين": a name that begins inside the casualty
        // words is their subject.
        if (cas_read && m.begin > f.trigger_begin && m.begin < f.trigger_end) role = Role::kAgent;
        // "بقصف مدفعي تركي": the nationality of the weapon is the attacker's; "بضربة من طائرة
        // مسيّرة تركية"، "بقذيفة من دبابة": "من" after the strike names where it came from.
        if (role == Role::kUnknown && m.adjective) role = Role::kAgent;
        if (role == Role::kUnknown && at == t && t >= 1 && t - 1 == trig_end_tok && !trig_verb && WordIs(a, t - 1, kFrom))
          role = Role::kAgent;
        if (role == Role::kUnknown) {
          if (act.civilian()) role = Role::kTarget;
          // "اندلعت اشتباكات بعد أن هاجمت قوة تابعة لـX بوابة": right after a verb of another
          // trigger of the sentence stands its subject.
          else if (bare && at > 0 && at != trig_end_tok && VerbEndsAt(a, d, at - 1)) role = Role::kAgent;
          else if (at == trig_end_tok) role = trig_verb || f.cls == TriggerClass::kAir || f.cls == TriggerClass::kShelling ||
                                                      f.cls == TriggerClass::kAttack || f.cls == TriggerClass::kIntercept
                                                  ? Role::kAgent
                                                  : Role::kTarget;
          else if (at < trig_tok) role = Role::kAgent;
          // (A subject bears no "ل"/"ب": "هاجموا أمس قاعدة للجيش" hit the army's base.)
          else if (at <= trig_end_tok + 3 && trig_verb && bare) role = Role::kAgent;
          else role = Role::kTarget;
        }
        if (act.inter == 6 && f.cls == TriggerClass::kProtest) role = Role::kAgent;
        // "لقي شاب حتفه بعد أن انهال عليه حشد من الأهالي ضرباً": a crowd in an attack attacks.
        if (act.inter == 5 && f.cls == TriggerClass::kAttack && role == Role::kTarget) role = Role::kAgent;
        // "... قبل أن تتدخل الشرطة وتنقل جثته": the force that stepped in is no party to the attack.
        static const WordList kStepIn{"تتدخل", "يتدخل", "تدخلت", "تدخل", "وتدخلت", "وتدخل"};
        if (f.cls == TriggerClass::kAttack && at > 0 && WordIs(a, at - 1, kStepIn)) role = Role::kAssociate;
        // "تصدت الدفاعات الجوية لمسيرات أطلقتها قوات الدعم السريع": whose weapons were stopped.
        if (f.cls == TriggerClass::kIntercept && at > trig_tok && t >= 1 &&
            (a.Word(t - 1).starts_with(text::CachedKey("أطلق")) || BelongingAt(a, d, t - 1)))
          role = Role::kTarget;
        static const bool kDebug = std::getenv("RASAD_DEBUG") != nullptr;
        if (kDebug)
          fprintf(stderr, "  sent %zu trig %s actor %s role %d\n", si, a.Original(f.trigger_begin, f.trigger_end).c_str(),
                  act.key.c_str(), static_cast<int>(role));
        roles.emplace_back(&m, role);
        heads.push_back(at);
      }
      for (auto& [m, role] : roles)
        if (TiedToTheNamedBefore(a, d, *m)) role = Role::kAssociate;
      // "قال مسؤولون إن الانتحارية تنتمي إلى جماعة بوكو حرام": the group the attacker belongs
      // to did it.
      static const WordList kAttacker{"الانتحارية", "الانتحاري", "الانتحاريين", "المهاجم", "المهاجمين", "المهاجمون", "المهاجمة",
                    "المسلحين", "المسلحون", "الخاطفين", "الخاطفون", "القناص", "المنفذ", "المنفذين", "منفذ", "منفذي"};
      for (auto& [m, role] : roles) {
        size_t t = a.TokenAt(m->clitic_begin);
        size_t verb = t >= 2 && WordIs(a, t - 1, Toward()) ? t - 2 : t - 1;
        if (t == 0 || verb == 0 || verb >= t || !WordIs(a, verb, BelongVerbs()) || !WordIs(a, verb - 1, kAttacker)) continue;
        role = Role::kAgent;
      }
      // "قتل 15 من عناصر الجيش و«متطوعي الدفاع عن الوطن» في هجوم": a group joined by "و" to
      // the side hit is hit too (a list is one side; "بين X وY" parts two, below).
      for (size_t i = 0; i + 1 < roles.size(); ++i) {
        if (roles[i].second != Role::kTarget || roles[i + 1].second != Role::kAgent) continue;
        const ActorMention* m1 = roles[i].first;
        const ActorMention* m2 = roles[i + 1].first;
        size_t t1 = a.TokenAt(m1->clitic_begin), t2 = a.TokenAt(m2->clitic_begin), e1 = a.TokenAt(m1->end);
        if (t1 >= 1 && CueAtToken(a, d, t1 - 1, true)) --t1;
        if (t1 >= 1 && WordIs(a, t1 - 1, kBetween)) continue;
        // Between the two: only "و" (alone or as the proclitic) and quotation marks.
        if (t2 < e1 || t2 > e1 + 3) continue;
        bool and_ = Proclitic(a, m2->clitic_begin, m2->begin).starts_with(text::CachedKey("و")), other = false;
        for (size_t k = e1; k < t2; ++k) {
          if (WordIs(a, k, kAnd)) and_ = true;
          else if (a.toks[k].kind != text::TokenKind::kPunct || a.Word(k) == "," || a.Word(k) == "،") other = true;
        }
        if (and_ && !other) roles[i + 1].second = Role::kTarget;
      }
      // "قصف متبادل بين الجيش والدعم السريع"، "اشتباكات بين X وY": the two sides.
      for (size_t i = 0; i + 1 < roles.size(); ++i) {
        const ActorMention* m1 = roles[i].first;
        const ActorMention* m2 = roles[i + 1].first;
        size_t t1 = a.TokenAt(m1->clitic_begin);
        // ("بين مقاتلي حركة الشباب ومسلحين من العشائر": the first side's members may be named;
        // "بين قوة تابعة لـX ومجموعة مسلحة تابعة لـY": each side a unit of a group.)
        if (t1 >= 2 && !WordIs(a, t1 - 1, kBetween) && CueAtToken(a, d, t1 - 1, true)) --t1;
        if (heads[i] < t1 && heads[i] >= 1 && WordIs(a, heads[i] - 1, kBetween)) t1 = heads[i];
        if (t1 == 0 || !WordIs(a, t1 - 1, kBetween)) continue;
        std::string_view pre = Proclitic(a, m2->clitic_begin, m2->begin);
        bool joined = pre.starts_with(text::CachedKey("و")) && a.TokenAt(m2->clitic_begin) <= a.TokenAt(m1->end) + 1;
        if (size_t t2 = heads[i + 1]; t2 < a.TokenAt(m2->clitic_begin) && t2 <= a.TokenAt(m1->end) + 1 &&
                                      a.Word(t2).starts_with(text::CachedKey("و")))
          joined = true;
        if (!joined || roles[i].second == Role::kSource || roles[i + 1].second == Role::kSource) continue;
        // "بين القوة المشتركة والجيش من جهة، وقوات الدعم السريع من جهة أخرى": the first two are
        // one side, the group after "من جهة، و" the other.
        size_t other = i + 1;
        static const WordList kSide{"جهة", "ناحية"};
        if (size_t e2 = a.TokenAt(m2->end); WordIs(a, e2, kFrom) && WordIs(a, e2 + 1, kSide))
          for (size_t j = i + 2; j < roles.size(); ++j) {
            size_t t3 = heads[j], c3 = a.TokenAt(roles[j].first->clitic_begin);
            if (t3 < e2 + 2 || t3 > e2 + 4) continue;
            bool and_ = WordIs(a, t3 - 1, kAnd) || (t3 < c3 ? a.Word(t3).starts_with(text::CachedKey("و"))
                                                            : Proclitic(a, roles[j].first->clitic_begin, roles[j].first->begin)
                                                                  .starts_with(text::CachedKey("و")));
            if (and_ && roles[j].second != Role::kSource) other = j;
            break;
          }
        const ActorMention* m3 = roles[other].first;
        roles[i].second = Role::kAgent;
        roles[other].second = Role::kTarget;
        if (other != i + 1) roles[i + 1].second = Role::kUnknown;
        // "اندلعت مواجهات بين القوات الجنوبية وعناصر الحوثي إثر هجوم شنّه الحوثيون"، "... إثر هجوم
        // شنته الأخيرة": the side named again (or as "the latter") as the one that launched the
        // attack began it.
        static const WordList kLatter{"الأخيرة", "الأخير", "الأخيرين"};
        auto launched = [&](size_t lt) {
          if (lt >= 2 && CueAtToken(a, d, lt - 1, true)) --lt;  // ("شنه مقاتلو الحركة")
          const LexHit* cue = lt >= 1 ? CueAtToken(a, d, lt - 1, false) : nullptr;
          return cue && d.cue(cue->index).role == CueRole::kAgent && cue->end <= a.toks[lt].begin;
        };
        bool second_began = false;
        for (const auto& later : a.ActorsIn(m3->end, f.region_end)) {
          if (later.begin < m3->end || later.begin >= f.region_end || later.actor != m3->actor) continue;
          if ((second_began = launched(a.TokenAt(later.clitic_begin)))) break;
        }
        for (size_t k = a.TokenAt(m3->end); !second_began && k < a.toks.size() && a.toks[k].begin < f.region_end; ++k)
          second_began = WordIs(a, k, kLatter) && launched(k);
        if (second_began) std::swap(roles[i].second, roles[other].second);
        for (size_t j = 0; j < roles.size(); ++j)
          if (j != i && j != other && roles[j].second == Role::kAgent) roles[j].second = Role::kUnknown;
        break;
      }
      // "صدّت قوات الجيش هجوماً شنّته عناصر من حركة الشباب": of two sides that act, the one
      // that repelled the attack is its target.
      if (f.cls != TriggerClass::kIntercept) {
        static const WordList kRepel{"صد", "صدت", "صدوا", "تصدت", "تصدى", "تصدوا", "أحبطت", "أحبط", "أحبطوا", "أفشلت", "أفشل"};
        auto agents = std::count_if(roles.begin(), roles.end(), [](const auto& r) { return r.second == Role::kAgent; });
        for (auto& [m, role] : roles) {
          if (role != Role::kAgent || agents < 2) continue;
          size_t t = a.TokenAt(m->clitic_begin);
          if (t >= 2 && UnitNoun(a, d, t - 1)) --t;
          // (Or after it: "الجيش صدّ هجوماً شنته جماعة الحوثي".)
          size_t after = a.TokenAt(m->end);
          if ((t >= 1 && WordIs(a, t - 1, kRepel)) || WordIs(a, after, kRepel)) {
            role = Role::kTarget;
            --agents;
          }
        }
      }
      auto pick = [&](Role r, int not_actor) {
        for (auto& [m, role] : roles)
          if (role == r && static_cast<int>(m->actor) != not_actor) return static_cast<int>(m->actor);
        return -1;
      };
      f.actor1 = pick(Role::kAgent, -1);
      if (f.actor1 < 0) f.actor1 = pick(Role::kClaimant, -1);
      // "اقتحمت قوات الدعم السريع المدينة وقتلت أربعة، كما اختطفت ستة شبان": a verb with no
      // subject of its own shares the one of the sentence's frame before it.
      if (f.actor1 < 0 && trig_verb && k > 0 && !frames.empty() && frames.back().sentence == si &&
          frames.back().actor1 >= 0 && !Unidentified(d, frames.back().actor1))
        f.actor1 = frames.back().actor1;
      f.actor2 = pick(Role::kTarget, f.actor1);
      // "مقتل أربعة إرهابيين بضربتين على أوكار لعصابات داعش": the group named beats the generic
      // word for its men.
      if (f.actor2 >= 0 && Unidentified(d, f.actor2))
        for (auto& [m, role] : roles)
          if (role == Role::kTarget && static_cast<int>(m->actor) != f.actor1 && d.actors()[m->actor].armed() &&
              !Unidentified(d, static_cast<int>(m->actor)) && !d.actors()[m->actor].generic()) {
            f.actor2 = static_cast<int>(m->actor);
            break;
          }
      // A demonstration and the force that met it both act in the sentence:
      // the crowd first, the force second.
      if (f.cls == TriggerClass::kProtest || f.cls == TriggerClass::kRiot) {
        int crowd = -1, force = -1;
        for (auto& [m, role] : roles) {
          if (role != Role::kAgent) continue;
          int inter = d.actors()[m->actor].inter;
          if ((inter == 5 || inter == 6) && crowd < 0) crowd = static_cast<int>(m->actor);
          else if (inter != 5 && inter != 6 && inter != 7 && force < 0) force = static_cast<int>(m->actor);
        }
        if (crowd >= 0 && force >= 0) {
          f.actor1 = crowd;
          f.actor2 = force;
        }
      }
      // "نزاع عشائري"، "اشتباكات قبلية"، "بين عشيرتين": a fight named after the kin groups that
      // fought it has one of them on either side (not the force that came to stop it).
      for (auto& [m, role] : roles) {
        if (role == Role::kSource || role == Role::kAssociate || d.actors()[m->actor].inter != 4 || !FightOfKin(a, *m)) continue;
        f.actor1 = f.actor2 = static_cast<int>(m->actor);
        break;
      }
      // "اشتباكات بين مزارعين ورعاة"، "اشتباكات اندلعت بين شبان مسلحين ورعاة ماشية": people who
      // are no force, named as the sides of a clash, fought as communities — a communal (identity)
      // militia on either side — when no force or armed group is named in it.
      if (f.cls == TriggerClass::kClash && f.actor1 != f.actor2) {
        bool civil_side = false, armed_party = false;
        size_t trig_end = a.TokenAt(f.trigger_end);
        const size_t trig_clause = ClauseOf(clauses(), f.trigger_begin);
        for (auto& [m, role] : roles) {
          if (role == Role::kSource || role == Role::kAssociate) continue;
          // (Forces told of in a later clause came after it: "... بحسب حاكم الإقليم الذي أكد
          // توقيف عدد من المتورطين وانتشار قوات الأمن في المنطقة".)
          if (!d.actors()[m->actor].civilian()) {
            if (ClauseOf(clauses(), m->begin) > trig_clause) continue;
            armed_party = true;
            break;
          }
          size_t t = a.TokenAt(m->clitic_begin);
          for (size_t k = t; k-- > trig_end && k + 4 >= t;)
            if (WordIs(a, k, kBetween) && k <= trig_end + 3) civil_side = true;
        }
        if (civil_side && !armed_party)
          for (size_t i = 0; i < d.actors().size(); ++i)
            if (d.actors()[i].inter == 4 && d.actors()[i].generic()) {
              f.actor1 = f.actor2 = static_cast<int>(i);
              break;
            }
      }
      if (f.actor1 >= 0 && f.actor1 == f.actor2 && d.actors()[f.actor1].inter != 4) f.actor2 = -1;

      // --- claims and attribution (sentence-wide)
      // (An empty window when the sentence holds neither a claim nor a report cue.)
      const bool claims = sentence_roles & (RoleBit(CueRole::kClaim) | RoleBit(CueRole::kReport));
      for (const auto& h : a.HitsIn(sent.begin, claims ? sent.end : sent.begin)) {
        if (h.begin < sent.begin || h.begin >= sent.end) continue;
        // (Not a claim denied: "دون أن تعلن أي جهة مسؤوليتها"، "لم تتبنَّ أي جهة".)
        bool denied_claim = false;
        if (IsRole(d, h, CueRole::kClaim))
          for (size_t k = a.TokenAt(h.clitic_begin), back = 1; back <= 5 && k >= back; ++back)
            if (WordIs(a, k - back, kWithout)) denied_claim = true;
        if (IsRole(d, h, CueRole::kClaim) && f.claimed_by < 0 && !denied_claim) {
          const ActorMention* best = nullptr;
          uint32_t dist = UINT32_MAX;
          for (const auto& m : a.ActorsIn(sent.begin, sent.end)) {
            if (m.begin < sent.begin || m.begin >= sent.end || TiedToTheNamedBefore(a, d, m)) continue;
            uint32_t dd = m.begin > h.end ? m.begin - h.end : h.begin - std::min(h.begin, m.end);
            if (dd < dist) { dist = dd; best = &m; }
          }
          if (best && d.actors()[best->actor].armed()) f.claimed_by = static_cast<int>(best->actor);
          // "انفجار عبوة ناسفة ...، وتبنى تنظيم ولاية سيناء الهجوم": who claims it did it.
          // (Of a drone shot down, "اعترضت مسيّرة ... قبل أن تعلن المقاومة مسؤوليتها", the launcher.)
          if (f.claimed_by >= 0 && f.cls == TriggerClass::kIntercept) {
            if (f.actor2 < 0) f.actor2 = f.claimed_by;
          } else if (f.claimed_by >= 0 && (f.actor1 < 0 || Unidentified(d, f.actor1))) {
            f.actor1 = f.claimed_by;
            if (f.actor2 == f.claimed_by) f.actor2 = -1;
          }
        }
        if (IsRole(d, h, CueRole::kReport) && f.reported_by.empty()) f.reported_by = SourceNamed(a, d, sent, h);
      }

      // --- date: first event date in the region, else in the sentence
      // A trigger of another incident between the frame's trigger and a later date
      // ("على خلفية الهجوم الذي استهدف، الأحد") makes the date that incident's.
      auto trigger_between = [&](uint32_t from, uint32_t to) {
        auto hits = a.HitsIn(from, to);
        return std::any_of(hits.begin(), hits.end(), [&](const LexHit& h) {
          return h.kind == HitKind::kTrigger && h.begin >= from && h.begin < to && !InsideActorName(a, h);
        });
      };
      // "حسبما أفادت مصادر ... الإثنين"، "قالت المنظمة اليوم إن"، "في بيان اليوم الأربعاء"،
      // "في تقريرها الصادر أمس": the day of the report, not of the incident.
      auto report_day = [&](const parse::DateMention& dm) {
        // ("مقديشو 6 ديسمبر 2026 (شينخوا) قُتل ...، مساء أمس": the dateline's day is the filing's.)
        if (dm.first_token == a.dateline_date_token) return true;
        if (attributed(dm.begin)) return true;
        for (size_t back = 1; back <= 3 && dm.first_token >= back; ++back)
          if (WordIs(a, dm.first_token - back, kStatement)) return true;
        return false;
      };
      // "فرضت حظراً للتجوال حتى صباح اليوم": the end of a span, not the incident's day.
      static const WordList kUntil{"حتى", "وحتى", "لغاية", "ولغاية"};
      auto until = [&](const parse::DateMention& dm) { return dm.first_token > 0 && WordIs(a, dm.first_token - 1, kUntil); };
      // "وفي مساء اليوم ذاته"، "في اليوم نفسه"، "قبيل منتصف الليلة ذاتها": the day told before, not
      // the day of the report.
      static const WordList kSame{"ذاته", "نفسه", "عينه", "ذاتها", "نفسها", "عينها"};
      // ("قبيل منتصف الليلة ذاتها": the night told before, past a morning's statement told between.)
      static const WordList kNight{"الليلة", "ليلة", "الليل"};
      static const WordList kEvening{"مساء", "ومساء", "ليل", "وليل", "ليلة", "وليلة"};
      bool same_day = false, same_night = false;
      const parse::DateMention* report_date = nullptr;
      auto pick_date = [&](uint32_t b, uint32_t e) -> const parse::DateMention* {
        for (const auto& dm : a.DatesIn(b, e)) {
          if (dm.begin < b || dm.begin >= e || dm.future || dm.year_only || !dm.date || until(dm)) continue;
          if (WordIs(a, dm.next_token, kSame)) {
            same_day = true;
            same_night = same_night || WordIs(a, dm.first_token, kNight);
            continue;
          }
          if (report_day(dm)) {
            if (!report_date) report_date = &dm;
            continue;
          }
          if (report_date && dm.begin > f.trigger_end && trigger_between(f.trigger_end, dm.begin)) return nullptr;
          return &dm;
        }
        return nullptr;
      };
      // "أن الكمين وقع يوم الإثنين الماضي"، "الهجوم جرى فجر أمس": the day the sentence says
      // the incident happened on, whatever other day (of a statement) it names.
      static const WordList kHappened{"وقع", "وقعت", "جرى", "جرت", "حدث", "حدثت"}, kOnDay{"في", "خلال"};
      bool happened = false;
      for (const auto& dm : a.DatesIn(sent.begin, sent.end)) {
        if (dm.begin < sent.begin || dm.begin >= sent.end || dm.future || dm.year_only || !dm.date) continue;
        size_t t = dm.first_token;
        if (t > 0 && WordIs(a, t - 1, kOnDay)) --t;
        if (t > 0 && WordIs(a, t - 1, kHappened)) {
          f.date = &dm;
          happened = true;
          break;
        }
      }
      if (!f.date) f.date = pick_date(f.region_begin, f.region_end);
      if (!f.date) f.date = pick_date(sent.begin, sent.end);
      if (!f.date && same_day) {
        auto before = a.DatesIn(0, sent.begin);
        const parse::DateMention* latest = nullptr;
        for (auto it = before.rbegin(); it != before.rend() && !f.date; ++it)
          if (it->begin < sent.begin && it->date && !it->future && !it->year_only && it->precision == TimePrecision::kDay &&
              !WordIs(a, it->next_token, kSame)) {  // (a day: not "منذ نوفمبر الماضي" told between)
            if (!latest) latest = &*it;
            if (!same_night || WordIs(a, it->first_token, kEvening) ||
                (it->first_token > 0 && WordIs(a, it->first_token - 1, kEvening)))
              f.date = &*it;
          }
        if (!f.date) f.date = latest;
      }
      // "وفي بيان منفصل صدر أمس، أعلنت الخلية ... القبض على": opening a paragraph, with no
      // other date, the statement's day is the best known — as weak as a date inferred
      // (the frame may tell more of an incident dated before); within a paragraph the
      // date told before stands.
      if (!f.date && report_date && (si == 0 || a.NewParagraphBetween(si - 1, si))) {
        f.date = report_date;
        f.date_reported = true;
      }
      // "أعلن الجيش، في بيان مساء اليوم الخميس، مقتل 23 جندياً في كمين ... أمس الأربعاء"،
      // "أفاد مصدر أمني، اليوم الثلاثاء، بمقتل جنديين": a date between a report or
      // statement word and the trigger is the day of the announcement. The incident's is
      // a date after the trigger with no other trigger between; else the announcement's
      // stands, marked so that a later sentence telling the incident's day replaces it.
      if (f.date && !happened && Announced(a, d, sent, *f.date, f.trigger_begin)) {
        const parse::DateMention* other = nullptr;
        for (const auto& dm : a.DatesIn(f.trigger_end, f.region_end)) {
          if (dm.begin < f.trigger_end || dm.begin >= f.region_end || dm.future || dm.year_only || !dm.date) continue;
          if (!trigger_between(f.trigger_end, dm.begin)) other = &dm;
          break;
        }
        if (other) f.date = other;
        else f.date_announced = true;
      }
      auto sentence_dates = a.DatesIn(sent.begin, sent.end);
      bool year_only = std::any_of(sentence_dates.begin(), sentence_dates.end(), [&](const parse::DateMention& dm) {
        return dm.begin >= sent.begin && dm.begin < sent.end && dm.year_only;
      });
      // ("الغارات لم تقتصر على الحديدة، بل طالت مواقع أخرى، حيث شنت ... ثلاث غارات على محافظة
      // حجة": the background is the clause that says it; the strikes told after it are not.)
      if (!f.date && (year_only || background_clause(seeds[k].clause))) continue;

      // "بالقرب من توغو وبنين": a place (or a list of them) after "near".
      auto near = [&](size_t i) {
        for (size_t k = i;; --k) {
          if (a.places[k].near) return true;
          if (k == 0 || !a.places[k].coordinated) return false;
        }
      };
      // --- places: the most specific places in the region that are not an origin
      cands.clear();
      origins.clear();
      auto [region_first, region_last] = a.PlacesIn(f.region_begin, f.region_end);
      for (size_t pi = region_first; pi < region_last; ++pi) {
        const auto& p = a.places[pi];
        if (p.begin < f.region_begin || p.begin >= f.region_end || !a.resolved[pi].place) continue;
        if (a.place_in_actor[pi] || a.place_dateline[pi] || NamesOutlet(a, p)) continue;
        if (attributed(p.begin)) {  // "مصدر عسكري في درعا أن"
          if (f.said_place < 0) f.said_place = static_cast<int>(pi);
          continue;
        }
        // "على ضفاف نهر كومادوغو يوبي": a river named after a province is no place of the incident.
        static const WordList kRiver{"نهر", "النهر", "ونهر"};
        size_t pt = a.TokenAt(p.span_begin);
        if ((pt > 0 && WordIs(a, pt - 1, kRiver)) ||
            (pt > 1 && WordIs(a, pt - 2, kRiver) && a.toks[pt - 1].kind == text::TokenKind::kWord))
          continue;
        // (Nor the country across a border: "قرب الحدود مع نيجيريا والكاميرون".)
        bool origin = false;
        CuesBefore(a, a.TokenAt(p.span_begin), 3, sent.begin, [&](const LexHit& h) {
          if (IsRole(d, h, CueRole::kOrigin) || IsRole(d, h, CueRole::kBorder)) origin = true;
        });
        if (!origin) cands.push_back(pi);
        else origins.push_back(pi);
      }
      // "نظّم العشرات من أبناء مدينة بصرى الشام وقفة احتجاجية أمام مبنى المجلس المحلي": with no
      // other place, a crowd's home town is where it gathered.
      if (cands.empty() && (f.cls == TriggerClass::kProtest || f.cls == TriggerClass::kRiot))
        cands.assign(origins.begin(), origins.end());
      if (!topics.empty() && cands.size() > 1 && a.places[cands[0]].begin < topics[0].begin)
        cands.erase(std::remove_if(cands.begin(), cands.end(), [&](size_t pi) { return in_topic(a.places[pi].begin); }),
                    cands.end());
      leaves.clear();
      // "شملت: كايس، ساندري، نيورو، قانقوتيري": an item of a list of places that the gazetteer
      // lacks (Analysis::ListedUnknown) stands for a place of its own, however its area compares.
      for (size_t i : cands) {
        const geo::Place* pi = a.resolved[i].place;
        bool is_ancestor = false;
        for (size_t j : cands)
          if (j != i && geo::Contains(*pi, *a.resolved[j].place) && !a.ListedUnknown(j)) is_ancestor = true;
        bool dup = false;
        for (size_t j : leaves)
          if (a.resolved[j].place == pi && !a.ListedUnknown(j)) dup = true;
        if (a.ListedUnknown(i) || (!is_ancestor && !dup)) leaves.push_back(i);
      }
      // Countries and regions give way to anything more precise, unless the
      // region is an item of a list of its own.
      if (leaves.size() > 1) {
        std::vector<size_t> precise;
        for (size_t i : leaves) {
          auto ty = a.resolved[i].place->type;
          if ((ty != geo::PlaceType::kCountry && ty != geo::PlaceType::kRegion) ||
              (ty == geo::PlaceType::kRegion && CountedFrom(a, d, a.places[i])))
            precise.push_back(i);
        }
        if (!precise.empty()) leaves = precise;
      }
      // "مخيم الهول شرقي الحسكة"، "بلدة ذيبان بريف دير الزور": the second names where the
      // first lies — and so does a place after a direction word wherever it stands, when
      // another is named outright ("في قضاء الطارمية شمالي العاصمة بغداد ... في منطقة
      // المشاهدة"). And of two places a few kilometres apart, the smaller one is meant
      // ("سلوان ... في القدس الشرقية").
      if (leaves.size() > 1) {
        auto rank = [](const geo::Place* p) {
          return p->IsSettlement() && p->type != geo::PlaceType::kCity ? 0 : p->type == geo::PlaceType::kCity ? 1 : 2;
        };
        // ("بريف X" places the incident in X's countryside: a qualifier only after another.)
        auto directed = [&](size_t i) { return a.places[i].direction != geo::Direction::kNone; };
        bool outright = std::any_of(leaves.begin(), leaves.end(), [&](size_t i) {
          return !directed(i) && !a.places[i].countryside && !near(i);
        });
        std::vector<size_t> kept;
        for (size_t li = 0; li < leaves.size(); ++li) {
          const geo::Place* p = a.resolved[leaves[li]].place;
          // ("بلدة الحوايج التابعة لمنطقة ذيبان": the area the first belongs to.)
          size_t t = a.TokenAt(a.places[leaves[li]].span_begin);
          bool belongs = t > 0 && BelongingAt(a, d, t - 1);
          // ("مسيرة حاشدة في ميدان السبعين" in Sanaa: a square named after a district is a spot in
          // the city told beside it.)
          static const WordList kSquare{"ميدان", "ساحة", "بميدان", "بساحة"};
          bool qualifier = (li > 0 && (directed(leaves[li]) || a.places[leaves[li]].countryside || belongs)) ||
                           (outright && directed(leaves[li])) || UnitsBase(a, leaves, leaves[li]) ||
                           (t > 0 && WordIs(a, t - 1, kSquare));
          if (a.ListedUnknown(leaves[li])) {
            kept.push_back(leaves[li]);
            continue;
          }
          for (size_t lj = 0; lj < leaves.size() && !qualifier; ++lj) {
            if (lj == li) continue;
            const geo::Place* q = a.resolved[leaves[lj]].place;
            // ("ستة مواطنين من مدينة الخليل، وأربعة آخرين من بلدة بيت أمر": two items of a list
            // that counts people per place, however near, are two places.)
            if (CountedFrom(a, d, a.places[leaves[li]]) && CountedFrom(a, d, a.places[leaves[lj]])) continue;
            if (geo::KmBetween(*p, *q) < 11 && rank(q) < rank(p)) qualifier = true;
          }
          if (!qualifier) kept.push_back(leaves[li]);
        }
        if (!kept.empty()) leaves = kept;
      }
      // "حارة المنشية بمخيم نور شمس": a place named right after another, with no "و"
      // or comma between them, tells where the first lies. Of the two, the smaller is
      // meant, unless they lie far apart: then the first name found a namesake elsewhere.
      if (leaves.size() > 1) {
        std::vector<size_t> kept{leaves[0]};
        for (size_t li = 1; li < leaves.size(); ++li) {
          size_t prev = kept.back();
          if (!Chained(a, a.places[prev], a.places[leaves[li]])) {
            kept.push_back(leaves[li]);
            continue;
          }
          const geo::Place* p = a.resolved[prev].place;
          const geo::Place* q = a.resolved[leaves[li]].place;
          // ("بلدة بوسو في منطقة ديفا": an area word says the second holds the first,
          // even when its name resolved to the town the area is named after.)
          auto area_word = [](const geo::PlaceMention& m) {
            if (m.type_word.empty()) return false;
            auto c = geo::LookupTypeWord(m.type_word).cls;
            return c == geo::TypeClass::kArea || c == geo::TypeClass::kAdmin1 || c == geo::TypeClass::kAdmin2 ||
                   c == geo::TypeClass::kAdmin3 || c == geo::TypeClass::kCountryside;
          };
          if (geo::KmBetween(*p, *q) > 15 && q->IsSettlement() && !area_word(a.places[leaves[li]])) kept.back() = leaves[li];
        }
        leaves = kept;
      }
      // "وفي مأرب، استهدفت الميليشيا ... موقعاً في مديرية حريب": a place that opens the
      // sentence before a comma names the area the report turns to; the place named in
      // the incident's own words is where it happened — when it lies near that area. One
      // named far from it is a namesake the area rules out ("وفي ولاية كاتسينا، ... في
      // منطقة X" read as a town of another province): the area stands.
      if (leaves.size() > 1 && OpensSentence(a, sent, a.places[leaves[0]], f.trigger_begin)) {
        constexpr double kAreaKm = 150;
        const geo::Place* area = a.resolved[leaves[0]].place;
        const geo::PlaceMention& opener = a.places[leaves[0]];
        const auto opener_class = opener.type_word.empty() ? geo::TypeClass::kNone : geo::LookupTypeWord(opener.type_word).cls;
        const bool town_opens = area->IsSettlement() && (opener_class == geo::TypeClass::kCity ||
                                                         opener_class == geo::TypeClass::kTown ||
                                                         opener_class == geo::TypeClass::kVillage);
        std::vector<size_t> inner;
        for (size_t li = 1; li < leaves.size(); ++li) {
          const geo::Place* p = a.resolved[leaves[li]].place;
          // (A town or city named so that opens the sentence is where it happened, not an area:
          // "وفي مدينة أم درمان، أطلقت الشرطة الغاز ... بعد أن أغلقت السلطات الجسور بين مدن العاصمة";
          // a bare name, "وفي درعا،", may be the province.)
          if (p->cc == area->cc && (geo::Contains(*area, *p) || (!town_opens && geo::KmBetween(*area, *p) <= kAreaKm)))
            inner.push_back(leaves[li]);
        }
        if (inner.empty()) leaves.resize(1);
        else leaves = inner;
      }
      // The towns a road joins give way to the place on it ("قرب جسر خربة غزالة على
      // أوتوستراد دمشق - درعا"); a road alone is placed at its first town.
      if (leaves.size() > 1) {
        std::vector<size_t> off_road;
        // (A town the road joins that is also named off it, "قرب بلدة نمولي", is off the road.)
        auto named_off_road = [&](size_t i) {
          return std::any_of(cands.begin(), cands.end(), [&](size_t j) {
            return a.resolved[j].place == a.resolved[i].place && !OnRoad(a, a.places[j]);
          });
        };
        for (size_t i : leaves)
          if (!OnRoad(a, a.places[i]) || named_off_road(i)) off_road.push_back(i);
        if (off_road.empty()) {
          off_road.push_back(leaves[0]);
          f.on_road = true;
        }
        leaves = off_road;
      }
      // "بالقرب من توغو وبنين": landmarks for another place, not places of their own.
      // (Each within its incident's stretch: "قتل مسلحون خمسة مزارعين في قرية سرمين فيما قتل
      // سبعة جنود في كمين قرب بلدة كفرنبل" tells of an ambush near Kafr Nabl.)
      if (leaves.size() > 1) {
        std::vector<size_t> stretch(leaves.size(), 0);  // by leaf: how many openers before it
        for (size_t li = 1; li < leaves.size(); ++li)
          stretch[li] = stretch[li - 1] + (IncidentOpenerIn(a, d, a.places[leaves[li - 1]].span_end,
                                                            a.places[leaves[li]].span_begin) != UINT32_MAX);
        std::vector<size_t> here;
        for (size_t li = 0; li < leaves.size(); ++li) {
          bool other_here = false;  // a place not "near" in the same stretch
          for (size_t lj = 0; lj < leaves.size() && !other_here; ++lj)
            other_here = stretch[lj] == stretch[li] && !near(leaves[lj]);
          if (!near(leaves[li]) || !other_here) here.push_back(leaves[li]);
        }
        leaves = here;
      }
      // "بين بلدتي X وY": one incident, placed at the first.
      if (leaves.size() == 2) {
        size_t t0 = a.TokenAt(a.places[leaves[0]].span_begin);
        if ((t0 > 0 && WordIs(a, t0 - 1, kBetween)) || (t0 > 1 && WordIs(a, t0 - 2, kBetween))) leaves.resize(1);
      }
      // "بلدة بريهة شرقي دير الزور" when the gazetteer lacks بريهة: the name as
      // written, placed at the area that holds it.
      // ("شرقي دير الزور" names the area east of the city, not the city itself.)
      bool settled = std::any_of(leaves.begin(), leaves.end(), [&](size_t i) {
        return a.resolved[i].place->IsSettlement() && a.places[i].direction == geo::Direction::kNone;
      });
      auto [unknown_first, unknown_last] = a.PlacesIn(f.region_begin, f.region_end);
      for (size_t pi = unknown_first; pi < unknown_last && !settled && leaves.size() <= 1; ++pi) {
        const auto& p = a.places[pi];
        if (p.begin < f.region_begin || p.begin >= f.region_end) continue;
        // (Also a village the gazetteer knows only elsewhere: "قرية الحمرا بريف حماة".)
        bool named_settlement = p.unknown || (a.resolved[pi].fallback && SettlementWord(p));
        if (!named_settlement || (a.resolved[pi].place && !a.resolved[pi].fallback) || a.place_in_actor[pi] ||
            a.place_dateline[pi])
          continue;
        if (attributed(p.begin)) continue;
        f.unknown_place = static_cast<int>(pi);
        break;
      }
      if (leaves.empty()) {
        if (f.unknown_place < 0) f.place = PlaceReferredTo(a, f.region_begin, f.region_end, title_end);
        // "وأوضح التقرير أن الهجمات توزعت بين ... وبيّن التقرير أن الهجمات استهدفت 23 مدرسة": the
        // attacks a summary counted, told more of with no place or day of their own, are no incident.
        bool after_tally = si > 0 && si - 1 < tally_sentences.size() && tally_sentences[si - 1];
        if (after_tally && (f.definite || f.sequel) && !f.date && f.place < 0 && f.unknown_place < 0) continue;
        frames.push_back(std::move(f));
        continue;
      }
      // Three provinces or more for one trigger: a summary by province, not incidents.
      {
        size_t provinces = 0;
        for (size_t i : leaves) {
          auto ty = a.resolved[i].place->type;
          if (a.ListedUnknown(i)) continue;
          if (ty == geo::PlaceType::kAdmin1 || ty == geo::PlaceType::kCountry || ty == geo::PlaceType::kRegion) ++provinces;
        }
        if (provinces >= 3) continue;
      }
      if (leaves.size() == 1) {
        // "قتل مسلحون سبعة قرويين في ولاية كادونا، فيما قتل 12 جنديا في منطقة تيلابيري": past a
        // clause that opens another incident somewhere else (a place the gazetteer lacks, or one
        // given way to), the numbers are that incident's, not this place's.
        // (Only where some other place is named in the region: most name one.)
        auto [first_place, last_place] = a.PlacesIn(f.region_begin, f.region_end);
        auto other_place = [&](size_t pi) {
          const auto& p = a.places[pi];
          if (pi == leaves[0] || p.begin < f.region_begin || p.begin >= f.region_end) return false;
          const bool listed = std::find(cands.begin(), cands.end(), pi) != cands.end();
          return (listed && a.resolved[pi].place != a.resolved[leaves[0]].place) ||
                 (p.unknown && !a.place_in_actor[pi] && !a.place_dateline[pi] && !attributed(p.begin));
        };
        bool others = false;
        for (size_t pi = first_place; pi < last_place && !others; ++pi) others = other_place(pi);
        if (!cas_read && others) {
          const geo::PlaceMention& here = a.places[leaves[0]];
          uint32_t stretch_begin = f.region_begin, stretch_end = f.region_end;
          for (uint32_t at = f.region_begin;;) {
            uint32_t opens = IncidentOpenerIn(a, d, at, f.region_end, /*verbs=*/false);
            if (opens == UINT32_MAX) break;
            if (opens <= here.span_begin) stretch_begin = opens;
            else {
              stretch_end = opens;
              break;
            }
            at = a.toks[a.TokenAt(opens)].end;
          }
          bool elsewhere = false;  // a place named outside this place's stretch
          for (size_t pi = first_place; pi < last_place && !elsewhere; ++pi)
            elsewhere = (a.places[pi].begin < stretch_begin || a.places[pi].begin >= stretch_end) && other_place(pi);
          if (elsewhere && (stretch_begin > f.region_begin || stretch_end < f.region_end)) {
            Casualties own = ReadCasualties(a, d, stretch_begin, std::min(stretch_end, cas_end));
            f.killed = own.killed;
            f.wounded = own.wounded;
            f.killed_or_wounded = own.killed_or_wounded;
            f.arrested = keeps_arrests(f.cls) ? own.arrested : std::nullopt;
            if (own.victims) f.victims = own.victims;
            // "قتل عنصران إثر هجوم على نقطة في بلدة X، فيما قتل مدني برصاص مجهولين في بلدة Y":
            // the trigger told before this place's stretch, at a place the gazetteer lacks, is
            // an incident of its own there, with the numbers before the opener; this stretch,
            // with no trigger of its own, tells a killing (an attack) or what its trigger says.
            int there = -1;  // the place the gazetteer lacks, in the trigger's stretch
            for (size_t pi = first_place; pi < last_place && there < 0 && !cas_read && f.trigger_end <= stretch_begin; ++pi)
              if (a.places[pi].unknown && a.places[pi].begin >= f.region_begin && a.places[pi].begin < stretch_begin &&
                  other_place(pi))
                there = static_cast<int>(pi);
            if (there >= 0 && (own.killed || own.wounded || own.killed_or_wounded)) {
              Frame g = f;
              g.unknown_place = there;
              Casualties before = ReadCasualties(a, d, f.region_begin, stretch_begin);
              g.killed = before.killed;
              g.wounded = before.wounded;
              g.killed_or_wounded = before.killed_or_wounded;
              g.arrested = keeps_arrests(g.cls) ? before.arrested : std::nullopt;
              if (before.victims) g.victims = before.victims;
              frames.push_back(std::move(g));
              f.cls = own_class(stretch_begin, stretch_end);
              // (The side hit there is not this stretch's, nor who did it unless named again.)
              f.actor2 = -1;
              f.actor1 = -1;
              for (const auto& [m, role] : roles) {
                if (m->begin < stretch_begin || m->begin >= stretch_end) continue;
                if (role == Role::kTarget && f.actor2 < 0) f.actor2 = static_cast<int>(m->actor);
                if (role != Role::kTarget && f.actor1 < 0) f.actor1 = static_cast<int>(m->actor);
              }
            }
            // (Nor is a village named there this place's: "... في قرية X" of the other incident.)
            if (f.unknown_place >= 0 && (a.places[f.unknown_place].begin < stretch_begin ||
                                         a.places[f.unknown_place].begin >= stretch_end))
              f.unknown_place = -1;
          }
        }
        f.place = static_cast<int>(leaves[0]);
        f.place_opens = OpensSentence(a, sent, a.places[leaves[0]], f.trigger_begin);
        f.road_named = a.resolved[leaves[0]].place->IsSettlement() && NamesRoad(a, a.places[leaves[0]]);
        frames.push_back(std::move(f));
        continue;
      }
      // A list of places: one frame each; numbers go to the place they stand next to.
      // Between two places, a clause that opens another incident ("قتل مسلحون سبعة قرويين
      // في ولاية كادونا، فيما قتل 12 جنديا في منطقة تيلابيري") ends the first place's
      // stretch: the casualties of each are read apart, and no count is given to both.
      uint32_t prev_end = f.region_begin, cut = f.region_begin;
      for (size_t li = 0; li < leaves.size(); ++li) {
        Frame g = f;
        g.place = static_cast<int>(leaves[li]);
        const auto& pm = a.places[leaves[li]];
        uint32_t seg_end = li + 1 < leaves.size() ? a.places[leaves[li + 1]].span_begin : f.region_end;
        uint32_t seg_begin = li == 0 ? f.region_begin : prev_end;
        const uint32_t cas_begin = std::max(seg_begin, cut);
        bool parted = li > 0 && cas_begin == cut;  // its stretch begins or ends at another incident
        if (li + 1 < leaves.size()) {
          if (uint32_t opens = IncidentOpenerIn(a, d, pm.span_end, seg_end); opens != UINT32_MAX) {
            seg_end = cut = opens;
            parted = true;
          }
        }
        const uint32_t cas_end = std::max(seg_end, pm.span_end);
        Casualties seg = ReadCasualties(a, d, cas_begin, cas_end);
        // "قتل مسلحون خمسة مزارعين في قرية سرمين، فيما قتل سبعة جنود في كمين قرب كفرنبل": the
        // trigger told after the stretch is the later incident's; a stretch with none of its
        // own tells a killing (an attack), or what its own trigger says.
        if (parted && !cas_read && f.trigger_begin >= cas_end) {
          g.cls = own_class(cas_begin, cas_end);
        }
        // The side hit in another place's stretch is not hit here ("قتل مسلحون سبعة قرويين في
        // كادونا، فيما قتل 12 جنديا في تيلابيري": no villagers in Tillaberi).
        if (parted && g.actor2 >= 0) {
          int target = -1;
          bool elsewhere = false;  // actor2 was named as hit, outside this stretch
          for (const auto& [m, role] : roles) {
            if (role != Role::kTarget || static_cast<int>(m->actor) == g.actor1) continue;
            const bool inside = m->begin >= cas_begin && m->begin < cas_end;
            if (inside && target < 0) target = static_cast<int>(m->actor);
            if (!inside && static_cast<int>(m->actor) == g.actor2) elsewhere = true;
          }
          if (elsewhere && target != g.actor2) g.actor2 = target;
        }
        // Distributed counts: "14 فلسطينيا من محافظة الخليل، ومواطنا من الأغوار".
        Count per;
        size_t t0 = a.TokenAt(seg_begin), t1 = a.TokenAt(pm.span_begin);
        for (size_t t = t0; t < t1 && !per.stated; ++t) {
          if (auto q = a.QuantityAt(t); q && CueAtToken(a, d, q->next_token, true)) {
            per.stated = true;
            if (q->value) per.value = static_cast<int>(*q->value);
          } else if (const LexHit* p = CueAtToken(a, d, t, true)) {
            const Cue& c = d.cue(p->index);
            if (c.value == 1 || c.value == 2) {
              per.stated = true;
              per.value = c.value;
            }
          }
        }
        bool own_numbers = per.stated || seg.killed || seg.wounded || seg.killed_or_wounded || seg.arrested;
        g.killed = seg.killed;
        g.wounded = seg.wounded;
        g.killed_or_wounded = seg.killed_or_wounded;
        g.arrested = seg.arrested;
        // (Who was hit there: "سبعة قرويين" in one place, "12 جنديا" in the next.)
        if (parted && seg.victims) g.victims = seg.victims;
        if (per.stated && !seg.killed && !seg.wounded && !seg.killed_or_wounded && !seg.arrested) {
          if (f.cls == TriggerClass::kArrest) g.arrested = per.value;
          else if (f.killed) g.killed = per.value;
          else if (f.wounded) g.wounded = per.value;
        }
        if (!own_numbers) g.killed = g.wounded = g.killed_or_wounded = g.arrested = std::nullopt;
        // "طال قصف مماثل أطراف بلدتي كفرنوران وتقاد دون تسجيل إصابات": places joined by "و"
        // share the "no one was hurt" said after the last of them.
        if (!own_numbers && !seg.none)
          for (size_t lj = li + 1; lj < leaves.size(); ++lj) {
            // (Joined: the next name right after the last, with "و".)
            const geo::PlaceMention &prev = a.places[leaves[lj - 1]], &next = a.places[leaves[lj]];
            if (a.TokenAt(next.span_begin) != a.TokenAt(prev.span_end) ||
                !Proclitic(a, next.span_begin, next.begin).starts_with(text::CachedKey("و")))
              break;
            const uint32_t to = lj + 1 < leaves.size() ? a.places[leaves[lj + 1]].span_begin : f.region_end;
            Casualties later = ReadCasualties(a, d, a.places[leaves[lj]].span_end, to);
            if (later.none) {
              g.killed = g.wounded = 0;
              break;
            }
            if (later.killed || later.wounded || later.killed_or_wounded || later.arrested) break;
          }
        if (!keeps_arrests(f.cls)) g.arrested.reset();
        frames.push_back(std::move(g));
        prev_end = pm.span_end;
      }
    }
    for (size_t i = sentence_frames; i < frames.size() && killing_first_at != UINT32_MAX; ++i)
      if (frames[i].cls == TriggerClass::kAbduction && frames[i].trigger_begin == killing_first_at)
        frames[i].killing_first = true;
    // The killing told apart happened where and by whom the abduction did ("قُتل ستة مدنيين
    // وخُطفت أربع نساء، ليل الثلاثاء، في هجوم شنّه مسلحون ... على بلدة موزوغو").
    if (killing_apart) {
      Frame* killing = nullptr;
      const Frame* taking = nullptr;
      for (size_t i = sentence_frames; i < frames.size(); ++i) {
        if (frames[i].cls == TriggerClass::kAttack && !killing) killing = &frames[i];
        if ((frames[i].cls == TriggerClass::kAbduction || frames[i].cls == TriggerClass::kArrest) && !taking)
          taking = &frames[i];
      }
      if (killing && taking) {
        if (killing->place < 0 && killing->unknown_place < 0) {
          killing->place = taking->place;
          killing->unknown_place = taking->unknown_place;
        }
        if ((killing->actor1 < 0 || Unidentified(d, killing->actor1)) && taking->actor1 != killing->actor2)
          killing->actor1 = taking->actor1;
        if (!killing->date) killing->date = taking->date;
      }
    }
  }
  ClaimsReadBack(a, d, frames);
  return frames;
}

}  // namespace rasad::extract
