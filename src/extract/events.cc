#include "extract/events.h"

#include <algorithm>
#include <cmath>
#include <map>

#include <fmt/core.h>

#include "extract/casualties.h"
#include "text/utf8.h"

namespace rasad::extract {
namespace {

constexpr long kBackgroundDays = 60;

struct Draft {
  Frame f;
  std::string_view type, sub_type;  // ACLED names (string literals)
  std::string cc;                 // country code
  const geo::Place* place = nullptr;
  bool pinned = false;            // place is a settlement itself, not the area around one ("شرقي X")
  std::optional<Date> date;
  TimePrecision precision = TimePrecision::kDay;
  bool date_inferred = false;
  bool date_announced = false;    // the announcement's day: a later sentence's date of the incident replaces it
  bool own_place = false;         // placed by its own sentence, not the one before
  size_t last_sentence = 0;       // the last sentence that told of it
  bool sequel_last = false;       // ... told more of it after the first (FollowsUp)
  bool toll_rise = false;         // its sentence tells a toll that grew ("ارتفع عدد القتلى إلى 8")
  std::string reported_by;
  std::string_view listed_unknown;  // placed at an item of a list the gazetteer lacks: its name
};

// True when the sentence says no one claimed the incident: "لم تتبن أي جهة"، "ولم تعلن أي جهة
// مسؤوليتها"، "دون أن تتبنى أي جهة".
bool SaysUnclaimed(const Analysis& a, text::Span sent) {
  static const WordList kNot{"لم", "ولم", "دون", "بدون"}, kThat{"أن", "ان"},
      kClaim{"تتبن", "يتبن", "تتبنى", "يتبنى", "تعلن", "يعلن"};
  for (size_t t = a.TokenAt(sent.begin); t + 1 < a.toks.size() && a.toks[t].begin < sent.end; ++t) {
    if (!WordIs(a, t, kNot)) continue;
    size_t v = WordIs(a, t + 1, kThat) ? t + 2 : t + 1;
    if (v < a.toks.size() && WordIs(a, v, kClaim)) return true;
  }
  return false;
}

// The armed group that mourns, in the incident's last sentence or the next two, someone as
// its own ("ونعى حزب الله"، "نعت حركة الجهاد الإسلامي"), or -1.
int MournedBy(const Analysis& a, const Dictionary& d, size_t last_sentence) {
  static const WordList kMourn{"نعى", "نعت", "ينعى", "تنعى", "ونعى", "ونعت", "وينعى", "وتنعى"};
  constexpr size_t kReach = 2;      // sentences after the incident's last
  constexpr size_t kNameWithin = 3;  // tokens from the verb to the group's name
  static constexpr std::string_view kRoot = "\xD9\x86\xD8\xB9";  // نع, in every word of kMourn
  for (size_t si = last_sentence; si < a.sentences.size() && si <= last_sentence + kReach; ++si) {
    const text::Span sent = a.sentences[si];
    if (!SpanHolds(a, sent, kRoot)) continue;  // (most sentences)
    for (size_t t = a.TokenAt(sent.begin); t < a.toks.size() && a.toks[t].begin < sent.end; ++t) {
      if (!WordIs(a, t, kMourn)) continue;
      for (const auto& m : a.ActorsIn(a.toks[t].end, sent.end)) {
        if (m.begin < a.toks[t].end || a.TokenAt(m.clitic_begin) > t + kNameWithin) break;
        const Actor& act = d.actors()[m.actor];
        if (act.armed() && !act.generic() && act.inter != 1) return static_cast<int>(m.actor);
      }
    }
  }
  return -1;
}

// "ارتفع عدد الشهداء منذ وقف إطلاق النار في 27 تشرين الثاني 2024 إلى 331"، "ارتفعت الحصيلة
// منذ مطلع العام إلى": a toll summed over a period (a period cue, or "منذ" and a day at least
// a week before the article's) is a tally's, never the growth of one incident. ("ارتفع عدد
// القتلى منذ الصباح إلى 8" grew the same day.)
bool SumsSinceLongAgo(const Analysis& a, const Dictionary& d, size_t sentence) {
  constexpr long kWeek = 7;     // days
  constexpr size_t kReach = 8;  // tokens from "منذ" to its day
  static const WordList kSince{"منذ", "ومنذ"};
  const text::Span sent = a.sentences[sentence];
  for (const LexHit& h : CuesIn(a, sent)) {
    const CueRole role = d.cue(h.index).role;
    const size_t t = a.TokenAt(h.clitic_begin);
    if (WordIs(a, t, kSince) && ComparedSince(a, t)) continue;
    if (role == CueRole::kPeriod) return true;
    if (role != CueRole::kCumulative || !WordIs(a, t, kSince)) continue;
    for (const auto& dm : a.DatesIn(h.end, sent.end)) {
      if (dm.first_token > t + kReach) break;
      if (dm.year_only || (dm.date && a.published && a.published->days() - dm.date->days() >= kWeek)) return true;
    }
  }
  return false;
}

// Counts that only grew from x's to y's (a toll told again, larger).
// How many of x's wounded y says have since died: "ارتفعت الحصيلة إلى ثلاثة قتلى بعد وفاة أحد
// الجرحى" (killed 2 -> 3, wounded 3 -> fewer); 0 when the wounded did not drop.
int DiedOfWounds(const Draft& x, const Draft& y) {
  // ("بعد وفاة أحد الجرحى" with no new count of the wounded: the one who died.)
  if (x.f.killed && y.f.killed && x.f.wounded && !y.f.wounded && y.f.died_of_wounds > 0 && *y.f.killed > *x.f.killed)
    return std::min({y.f.died_of_wounds, *y.f.killed - *x.f.killed, *x.f.wounded});
  if (!x.f.killed || !y.f.killed || !x.f.wounded || !y.f.wounded || *y.f.wounded >= *x.f.wounded) return 0;
  const int more_dead = *y.f.killed - *x.f.killed;
  return more_dead > 0 && *x.f.wounded - *y.f.wounded <= more_dead ? more_dead : 0;
}

bool GrewFrom(const Draft& x, const Draft& y) {
  auto grew = [](const std::optional<int>& p, const std::optional<int>& q) { return !p || !q || *q >= *p; };
  return grew(x.f.killed, y.f.killed) && (grew(x.f.wounded, y.f.wounded) || DiedOfWounds(x, y) > 0) &&
         grew(x.f.killed_or_wounded, y.f.killed_or_wounded);
}

void TypeOf(const Frame& f, const Dictionary& d, std::string_view* type, std::string_view* sub) {
  auto civ = [&](int actor) { return actor >= 0 && d.actors()[actor].civilian(); };
  bool civilian_target = civ(f.actor2) || (f.actor2 < 0 && f.victims && (*f.victims == PersonGroup::kCivilian || *f.victims == PersonGroup::kPerson));
  using T = TriggerClass;
  switch (f.cls) {
    case T::kSuicide: *type = "Explosions/Remote violence"; *sub = "Suicide bomb"; return;
    case T::kIed: *type = "Explosions/Remote violence"; *sub = "Remote explosive/landmine/IED"; return;
    case T::kGrenade: *type = "Explosions/Remote violence"; *sub = "Grenade"; return;
    case T::kAir: case T::kAircraft: *type = "Explosions/Remote violence"; *sub = "Air/drone strike"; return;
    case T::kShelling: *type = "Explosions/Remote violence"; *sub = "Shelling/artillery/missile attack"; return;
    case T::kIntercept: *type = "Strategic developments"; *sub = "Disrupted weapons use"; return;
    case T::kArrest: *type = "Strategic developments"; *sub = "Arrests"; return;
    // (People killed or hurt, told before the abduction in its clause, make it an attack: "قُتل 17
    // قروياً وخُطف العشرات"; told after it, the abduction stands: "اختطف مسلحون أربعين شخصاً ...
    // وقتلوا اثنين حاولا المقاومة".)
    case T::kAbduction:
      *type = "Violence against civilians";
      *sub = f.killing_first && (f.killed.value_or(0) > 0 || f.wounded.value_or(0) > 0) ? "Attack"
                                                                                        : "Abduction/forced disappearance";
      return;
    case T::kLooting: *type = "Strategic developments"; *sub = "Looting/property destruction"; return;
    case T::kRiot: *type = "Riots"; *sub = "Violent demonstration"; return;
    case T::kProtest:
      *type = "Protests";
      *sub = f.force || f.killed.value_or(0) > 0 ? "Excessive force against protesters"
             : f.intervention                  ? "Protest with intervention"
                                               : "Peaceful protest";
      return;
    case T::kTerritory:
      *type = "Battles";
      *sub = f.actor1 >= 0 && d.actors()[f.actor1].inter == 1 ? "Government regains territory"
                                                               : "Non-state actor overtakes territory";
      return;
    case T::kClash: *type = "Battles"; *sub = "Armed clash"; return;
    case T::kAttack:
      // "انهال عليه حشد من الأهالي ضرباً": a crowd that attacks is a mob.
      if (f.actor1 >= 0 && d.actors()[f.actor1].inter == 5) { *type = "Riots"; *sub = "Mob violence"; }
      else if (civilian_target) { *type = "Violence against civilians"; *sub = "Attack"; }
      else { *type = "Battles"; *sub = "Armed clash"; }
      return;
  }
}

bool Ancestor(const geo::Place* up, const geo::Place* down) { return up && down && geo::Contains(*up, *down); }

// A neighbourhood, camp or site that lies in or at the edge of a town or city:
// "the Green Zone" and "Baghdad", "a street of Gaza" and "Gaza".
bool Inside(const geo::Place* site, const geo::Place* town) {
  using T = geo::PlaceType;
  if (!site || !town || site == town) return false;
  if (site->type != T::kNeighbourhood && site->type != T::kLandmark && site->type != T::kCamp) return false;
  if (town->type != T::kCity && town->type != T::kTown) return false;
  if (site->cc != town->cc || site->admin1 != town->admin1) return false;
  constexpr double kTownRadiusKm = 12;
  return geo::KmBetween(*site, *town) <= kTownRadiusKm;
}

bool SamePlace(const geo::Place* x, const geo::Place* y) {
  return !x || !y || x == y || Ancestor(x, y) || Ancestor(y, x) || Inside(x, y) || Inside(y, x);
}

int ProtestSeverity(std::string_view sub) {
  if (sub == "Excessive force against protesters") return 2;
  if (sub == "Protest with intervention") return 1;
  return 0;
}

bool Weak(const Draft& x) { return x.f.cls == TriggerClass::kAttack || x.f.casualty_only; }

bool Violent(const Draft& x) {
  return x.type == "Battles" || x.type == "Explosions/Remote violence" || x.type == "Violence against civilians";
}

bool Conflict(const std::optional<int>& p, const std::optional<int>& q) { return p && q && *p > 0 && *q > 0 && *p != *q; }

bool Crowd(const Draft& x) { return x.type == "Protests" || x.type == "Riots"; }

bool Compatible(const Draft& x, const Draft& y, int unidentified) {
  // "an attack" in one sentence and "an air strike" in the next may be one incident.
  // (A title's specific word does not recast the body's vague one: "خطف ... في بورنو" is
  // not the attack told in Borno.)
  // (Not the killing and the abduction one sentence tells apart: "وقتلت أربعة، كما اختطفت ستة".)
  bool told_apart = x.f.sentence == y.f.sentence && x.f.cls != y.f.cls &&
                    (x.f.cls == TriggerClass::kAbduction || y.f.cls == TriggerClass::kAbduction);
  // (Nor a killing and a shelling two clauses tell, each with its own victims: the frame reader
  // kept them apart.)
  told_apart = told_apart || (x.f.sentence == y.f.sentence && x.f.own_victims && y.f.own_victims);
  bool weak_pair = !told_apart && ((Weak(x) && Violent(y) && !y.f.headline) || (Weak(y) && Violent(x) && !x.f.headline));
  // A demonstration that turned violent is told as a protest and as a riot.
  bool crowd_pair = Crowd(x) && Crowd(y);
  if (x.type != y.type && !weak_pair && !crowd_pair) return false;
  // One protest reported as peaceful in one sentence and dispersed in the next.
  if (x.type == y.type && x.sub_type != y.sub_type && x.type != "Protests" && !weak_pair) return false;
  // Different tolls are different incidents (a title's count may round or sum the body's),
  // unless the later one says the toll grew.
  bool grown = (y.toll_rise && GrewFrom(x, y)) || (x.toll_rise && GrewFrom(y, x));
  if (!x.f.headline && !y.f.headline && !grown &&
      (Conflict(x.f.killed, y.f.killed) || Conflict(x.f.wounded, y.f.wounded) || Conflict(x.f.arrested, y.f.arrested)))
    return false;
  if (!x.cc.empty() && !y.cc.empty() && x.cc != y.cc) return false;
  // (A toll that grew is told on a later day than the incident: "وفي وقت لاحق اليوم (الأحد)،
  // أفاد مدير المستشفى بأن عدد القتلى ارتفع إلى تسعة" of a bombing on Saturday.)
  const bool later_update = (y.toll_rise && x.date && y.date && *y.date > *x.date) ||
                            (x.toll_rise && x.date && y.date && *x.date > *y.date);
  if (x.date && y.date && !x.date_inferred && !y.date_inferred && *x.date != *y.date && !(grown && later_update))
    return false;
  // A place read off a road's name ("أوتوستراد دمشق - درعا") gives way to one named outright.
  // (Only in the next sentence: a road far back in the story is no vague place for any later
  // incident to fill.)
  const bool near_told = x.f.sentence + 1 >= y.f.sentence && y.f.sentence + 1 >= x.f.sentence;
  if (!SamePlace(x.f.on_road && near_told ? nullptr : x.place, y.f.on_road && near_told ? nullptr : y.place))
    return false;
  // (The items of one list of places are places apart, also those the gazetteer lacks, which
  // stand at their area: "شملت: كايس، ساندري، قانقوتيري، جوجي".)
  if (x.f.sentence == y.f.sentence && x.listed_unknown != y.listed_unknown) return false;
  // One demonstration, whoever the reports say confronted it.
  if (crowd_pair) return true;
  // "an armed group" in one sentence may be the group another names.
  auto same = [&](int p, int q) { return p < 0 || q < 0 || p == q || p == unidentified || q == unidentified; };
  if (!same(x.f.actor1, y.f.actor1) || !same(x.f.actor2, y.f.actor2)) return false;
  return true;
}

void Max(std::optional<int>& into, const std::optional<int>& v) {
  if (v && (!into || *v > *into)) into = v;
}

// A riot told together with the protest it grew from: the crowd riots, and the
// force that met it (in either report) is the second actor.
void MergeCrowd(Draft& into, const Draft& from, const Dictionary& d) {
  auto inter = [&](int actor) { return actor >= 0 ? d.actors()[actor].inter : -1; };
  int force = -1;
  for (int actor : {into.f.actor1, into.f.actor2, from.f.actor1, from.f.actor2})
    if (force < 0 && (inter(actor) == 1 || inter(actor) == 8)) force = actor;
  const Draft& riot = into.type == "Riots" ? into : from;
  into.type = riot.type;
  into.sub_type = riot.sub_type;
  into.f.cls = riot.f.cls;
  into.f.trigger_begin = riot.f.trigger_begin;
  into.f.trigger_end = riot.f.trigger_end;
  into.f.actor1 = inter(riot.f.actor1) == 5 ? riot.f.actor1 : -1;
  into.f.actor2 = force;
}

// Two actors stand for one state's forces in country cc: "الجيش" read as the generic
// "Military Forces of {country}" and "الجيش البوركينابي" as Burkina Faso's own row.
bool OneStateForce(const Dictionary& d, int x, int y, const std::string& cc) {
  if (x < 0 || y < 0) return false;
  if (x == y) return true;
  const Actor &ax = d.actors()[x], &ay = d.actors()[y];
  auto own = [&](const Actor& act) {
    return act.inter == 1 && (act.generic() || std::find(act.countries.begin(), act.countries.end(), cc) != act.countries.end());
  };
  return !cc.empty() && own(ax) && own(ay);
}

void Merge(Draft& into, const Draft& from, int unidentified, const Dictionary& d) {
  if (Crowd(into) && Crowd(from) && (into.type == "Riots") != (from.type == "Riots")) MergeCrowd(into, from, d);
  // (A title only confirms: it changes neither the type nor the place the body gives.)
  // (An attack on civilians stays one when a later sentence tells of those who stood up to it:
  // "هاجم مستوطنون قرية المغير ... ما أدى إلى إصابة ثلاثة مواطنين. وأضاف أن ... الأهالي الذين
  // تصدوا للهجوم".)
  const bool keeps_attack = into.type == "Violence against civilians" && from.type == "Battles" &&
                            from.f.sentence > into.f.sentence;
  if (Weak(into) && !Weak(from) && !from.f.headline && !keeps_attack) {
    into.type = from.type;
    into.sub_type = from.sub_type;
    into.f.cls = from.f.cls;
    into.f.casualty_only = false;
    into.f.trigger_begin = from.f.trigger_begin;
    into.f.trigger_end = from.f.trigger_end;
  }
  if (into.f.headline && !from.f.headline) {
    into.f.headline = false;
    into.f.sentence = from.f.sentence;
  }
  if (into.type == "Protests" && ProtestSeverity(from.sub_type) > ProtestSeverity(into.sub_type))
    into.sub_type = from.sub_type;
  if (from.place &&
      (!into.place || (!from.f.headline && (Ancestor(into.place, from.place) || (into.f.on_road && !from.f.on_road))))) {
    into.f.on_road = from.f.on_road;
    into.place = from.place;
    into.pinned = from.pinned;
    into.f.place = from.f.place;
    into.f.road_named = from.f.road_named;
  }
  if (into.cc.empty()) into.cc = from.cc;
  if (into.f.unknown_place < 0 && !into.pinned) into.f.unknown_place = from.f.unknown_place;
  if (into.pinned) into.f.unknown_place = -1;
  if (from.date && (!into.date || (into.date_inferred && !from.date_inferred) ||
                    (into.date_announced && !from.date_inferred && !from.date_announced))) {
    into.date = from.date;
    into.precision = from.precision;
    into.date_inferred = from.date_inferred;
    into.date_announced = from.date_announced;
  }
  // (Gunmen left unnamed are named by a later claim, not by the force that went after them:
  // "اختطف مسلحون مجهولون راعيين ... وباشرت قوات الأمن عمليات بحث لتحرير المختطفين".)
  // (Nor by the side it hit, named again: "قتل 15 من عناصر الجيش البوركينابي ... واشتبكوا مع القوات".)
  if ((into.f.actor1 < 0 ||
       (into.f.actor1 == unidentified && from.f.actor1 >= 0 && d.actors()[from.f.actor1].inter != 1)) &&
      !OneStateForce(d, from.f.actor1, into.f.actor2, into.cc))
    into.f.actor1 = from.f.actor1;
  // (Not the target of the other side's answer told after it: "استشهد جنديان جراء اعتداء
  // إرهابيي الهيئة بطائرتين مسيرتين. وأوضح المصدر أن وحدات الجيش ردت ... في صفوف الإرهابيين".)
  bool answer = from.f.actor1 >= 0 && into.f.actor1 >= 0 && from.f.actor1 != into.f.actor1 &&
                from.f.actor1 != unidentified && into.f.actor1 != unidentified &&
                d.actors()[from.f.actor1].armed() && d.actors()[into.f.actor1].armed();
  if (!answer && (into.f.actor2 < 0 || (into.f.actor2 == unidentified && from.f.actor2 >= 0)))
    into.f.actor2 = from.f.actor2;
  if (into.f.claimed_by < 0) into.f.claimed_by = from.f.claimed_by;
  into.f.on_force_site = into.f.on_force_site || from.f.on_force_site;
  if (from.f.headline) {
    // A title's counts stand in for those the body does not give, unless one of them
    // disagrees with the body's (then the title sums or rounds: none is taken).
    bool disagree = Conflict(into.f.killed, from.f.killed) || Conflict(into.f.wounded, from.f.wounded) ||
                    Conflict(into.f.killed_or_wounded, from.f.killed_or_wounded) ||
                    Conflict(into.f.arrested, from.f.arrested);
    for (auto [to, v] : {std::pair{&into.f.killed, &from.f.killed}, {&into.f.wounded, &from.f.wounded},
                         {&into.f.killed_or_wounded, &from.f.killed_or_wounded}, {&into.f.arrested, &from.f.arrested}})
      if (!*to && !disagree) *to = *v;
  } else {
    // (The wounded who died count with the dead, no longer with the wounded.)
    if (const int died = from.toll_rise ? DiedOfWounds(into, from) : 0; died > 0)
      into.f.wounded = std::max(0, *into.f.wounded - died);
    // "قُتل 7 جنود في هجوم ... وأضاف المتحدث أن القوات قتلت حوالي عشرين من المهاجمين": the
    // other side's dead, told after, add to the first count.
    auto side = [](const std::optional<PersonGroup>& g) {
      if (!g) return 0;
      return *g == PersonGroup::kFighter ? 1 : *g == PersonGroup::kSoldier || *g == PersonGroup::kPolice ? 2 : 0;
    };
    const int into_side = side(into.f.victims), from_side = side(from.f.victims);
    if (into.f.killed && from.f.killed && from.f.sentence > into.f.sentence && into_side && from_side &&
        into_side != from_side)
      *into.f.killed += *from.f.killed;
    else
      Max(into.f.killed, from.f.killed);
    Max(into.f.wounded, from.f.wounded);
    Max(into.f.killed_or_wounded, from.f.killed_or_wounded);
    Max(into.f.arrested, from.f.arrested);
  }
  if (into.reported_by.empty()) into.reported_by = from.reported_by;
  if (from.last_sentence > into.last_sentence) {
    into.last_sentence = from.last_sentence;
    into.sequel_last = false;
  }
}

// "وقال مصدر عسكري إن المسيّرة انفجرت فوق غرفة الحراسة"، "وأوضح البيان أن المهاجمين
// استخدموا عبوات ناسفة": the sentence right after an incident's (a paragraph break
// between them or not) that tells more of it is that incident, whatever its trigger
// word — unless it dates or places itself elsewhere. A sentence that names the
// incident again ("الهجوم وقع ... ليل أمس") keeps the place told first. Two settlements
// the gazetteer lacks are told apart by their names.
bool FollowsUp(const Analysis& a, const Draft& prev, const Draft& dr) {
  if (!dr.f.sequel || dr.f.headline || prev.f.headline) return false;
  // (Every frame of a sentence that tells more: "استخدموا عبوات ناسفة وطائرات مسيّرة".)
  bool same_sequel = prev.sequel_last && dr.f.sentence == prev.last_sentence;
  if (!same_sequel && (dr.f.sentence <= prev.last_sentence || dr.f.sentence > prev.last_sentence + 1)) return false;
  // (Arrests made in the operation are part of it; air defences that stopped a drone are not.)
  // ("قُتل متظاهر ... بعد أن أطلقت القوات الأمنية الرصاص الحي لتفريق محتجين. وقال مصدر طبي إن
  // المستشفى استقبل جثة شاب مصاباً بطلق ناري": the toll of the force used on a crowd.)
  bool crowd_toll = (prev.sub_type == "Excessive force against protesters" || prev.type == "Riots") &&
                    (Weak(dr) || dr.f.cls == TriggerClass::kClash);
  if (!crowd_toll && (!Violent(prev) || !(Violent(dr) || dr.sub_type == "Arrests"))) return false;
  if (!dr.cc.empty() && !prev.cc.empty() && dr.cc != prev.cc) return false;
  bool dated = dr.date && !dr.date_inferred;
  if (dated && prev.date && !prev.date_inferred && !prev.date_announced && *dr.date != *prev.date) return false;
  // (A sentence that opens with another place turns to another incident, whatever it names
  // again: "وفي مدينة أم درمان، أطلقت قوات الشرطة الغاز ... لتفريق آلاف المتظاهرين".)
  if (dr.own_place && (!dr.f.named_again || dr.f.place_opens) && !SamePlace(prev.place, dr.place)) return false;
  if (dr.f.unknown_place >= 0 && prev.f.unknown_place >= 0 && !dr.f.named_again &&
      a.places[dr.f.unknown_place].key != a.places[prev.f.unknown_place].key)
    return false;
  return true;
}

void ImplicitActors(Frame& f, const Dictionary& d, const GenericActors& generic, int remote_default) {
  // Whoever claimed it carried it out, unless the text names someone else.
  if (f.actor1 < 0 && f.claimed_by >= 0 && f.claimed_by != f.actor2) f.actor1 = f.claimed_by;
  // --- implicit actors
    // "خلف هجوم شنه مسلحون على قرية 30 قتيلاً": armed men's attack on a village, a market or a
    // mosque, with no one else named as hit, is on civilians (not an army's raid on one).
    if (f.actor2 < 0 && !f.victims && f.on_civilian_site && f.cls == TriggerClass::kAttack &&
        (f.actor1 < 0 || d.actors()[f.actor1].inter != 1))
      f.actor2 = generic.civilians;
    // "تفجير انتحاري استهدف نقطة تفتيش أمنية": a force's post hit, with no side named as hit, is
    // the state's forces (not the passers-by the toll counts).
    if (f.actor2 < 0 && f.on_force_site && (f.actor1 < 0 || d.actors()[f.actor1].inter != 1) &&
        (!f.victims || *f.victims != PersonGroup::kCivilian))
      f.actor2 = generic.military;
    if (f.actor2 < 0 && f.victims) {
      switch (*f.victims) {
        case PersonGroup::kCivilian: f.actor2 = generic.civilians; break;
        case PersonGroup::kSoldier: f.actor2 = generic.military; break;
        case PersonGroup::kPolice: f.actor2 = generic.police; break;
        case PersonGroup::kPerson:
          if (f.cls != TriggerClass::kArrest && f.cls != TriggerClass::kClash) f.actor2 = generic.civilians;
          break;
        default: break;
      }
    }
    switch (f.cls) {
      case TriggerClass::kProtest:
        // (A crowd word, "حشود غاضبة", is the protest itself.)
        if (f.actor1 >= 0 && d.actors()[f.actor1].inter == 5) f.actor1 = -1;
        // The force that met the protest is the second actor, also when the people it hurt were
        // read as the side hit ("أصيب عدد من المواطنين ... خلال قمع قوات الاحتلال المسيرة": those
        // people are the protesters).
        if (f.actor1 >= 0 && d.actors()[f.actor1].inter != 6) {
          if (f.actor2 < 0 || d.actors()[f.actor2].civilian()) f.actor2 = f.actor1;
          f.actor1 = -1;
        }
        if (f.actor1 < 0) f.actor1 = generic.protesters;
        if (f.actor2 >= 0 && d.actors()[f.actor2].civilian()) f.actor2 = -1;
        // (A peaceful protest meets no one: a group named with it called for it or is what it is
        // about — "مسيرة حاشدة دعت إليها جماعة الحوثي".)
        if (!f.intervention && !f.force && f.killed.value_or(0) == 0 && f.wounded.value_or(0) == 0 && f.arrested.value_or(0) == 0)
          f.actor2 = -1;
        break;
      case TriggerClass::kRiot:
        // The crowd riots; the force that met it is the second actor.
        if (f.actor1 >= 0 && d.actors()[f.actor1].inter != 5 && d.actors()[f.actor1].inter != 6) {
          if (f.actor2 < 0) f.actor2 = f.actor1;
          f.actor1 = -1;
        }
        if (f.actor1 < 0 || d.actors()[f.actor1].inter == 6) f.actor1 = generic.rioters;
        if (f.actor2 >= 0 && (d.actors()[f.actor2].civilian() || d.actors()[f.actor2].inter >= 5)) f.actor2 = -1;
        break;
      case TriggerClass::kArrest:
        if (f.actor1 < 0) f.actor1 = generic.police;
        break;
      case TriggerClass::kAir: case TriggerClass::kShelling:
        if (f.actor1 < 0 && remote_default >= 0 && remote_default != f.actor2) f.actor1 = remote_default;
        break;
      // Air defences that stopped a drone or a missile are the state's forces.
      case TriggerClass::kIntercept:
        if (f.actor1 < 0 && f.actor2 != generic.military) f.actor1 = generic.military;
        break;
      default:
        if (f.actor1 < 0) f.actor1 = generic.unidentified;
        break;
    }
    // (Kin groups fight their own kind: "Clan Militia" on both sides stays.)
    if (f.actor1 >= 0 && f.actor1 == f.actor2 && d.actors()[f.actor1].inter != 4) f.actor2 = -1;

}

// The place name `gazetteer_ar` (the gazetteer's Arabic name of the place) as the article
// writes it: its spelling, clitics left out, and no character the normalized text dropped
// (diacritics, tatweel, quote marks: "مخيم \"الهول\"" is read as one name). Where the name read
// holds a type word the gazetteer's name lacks ("حي الشجاعية" for "الشجاعية", "قرية المشاهرية"
// reported as "المشاهرية"), the name from where the gazetteer's begins.
std::string ArticleSpelling(const Analysis& a, const geo::PlaceMention& pm, const std::string& gazetteer_ar) {
  uint32_t begin = pm.begin;
  const std::string_view name = std::string_view(a.norm.text).substr(pm.begin, pm.end - pm.begin);
  if (name.find(' ') != std::string_view::npos) {  // (one word holds no type word: no key to make)
    const std::string key = text::NormalizeKey(gazetteer_ar);
    if (name.size() > key.size() + 1 && name.ends_with(key) && name[name.size() - key.size() - 1] == ' ')
      begin = pm.end - static_cast<uint32_t>(key.size());
  }
  // Each original character that a normalized one came from, once, in order.
  std::string out;
  const std::string_view original = a.norm.original;
  size_t last = SIZE_MAX;
  for (uint32_t n = begin; n < pm.end; ++n) {
    const size_t o = a.norm.ToOriginal(n);
    if (o == last || o >= original.size()) continue;
    last = o;
    size_t next = o;
    text::NextCodePoint(original, next);
    out.append(original.substr(o, next - o));
  }
  return out;
}

}  // namespace

GenericActors GenericActors::From(const Dictionary& d) {
  GenericActors g;
  for (size_t i = 0; i < d.actors().size(); ++i) {
    const Actor& a = d.actors()[i];
    int idx = static_cast<int>(i);
    const std::string& n = a.name;
    if (a.inter == 1 && a.countries.size() == 1 && n.starts_with("Military Forces of"))
      g.army_of.try_emplace(a.countries[0], idx);  // (the first row of a country)
    if (!a.generic()) continue;
    if (a.inter == 7 && g.civilians < 0 && n.find("Civilian") != std::string::npos) g.civilians = idx;
    else if (a.inter == 6 && g.protesters < 0) g.protesters = idx;
    else if (a.inter == 5 && g.rioters < 0) g.rioters = idx;
    else if (n.find("Unidentified") != std::string::npos && g.unidentified < 0) g.unidentified = idx;
    else if (n.rfind("Military Forces of", 0) == 0 && g.military < 0) g.military = idx;
    else if (n.rfind("Police Forces of", 0) == 0 && g.police < 0) g.police = idx;
  }
  return g;
}

std::string ActorName(const Actor& actor, const std::string& country) {
  std::string name = actor.name;
  auto at = name.find("{country}");
  if (at != std::string::npos) name.replace(at, 9, country.empty() ? "Unknown" : country);
  return name;
}

std::vector<Event> BuildEvents(const Analysis& a, const Dictionary& d, const geo::Geocoder& geocoder,
                               const GenericActors& generic, std::vector<Frame> frames) {
  const std::optional<Date>& pub = a.published;
  // The actor that most often acts in this article's air and artillery frames.
  std::map<int, int> remote_agents;
  for (const auto& f : frames)
    if ((f.cls == TriggerClass::kAir || f.cls == TriggerClass::kShelling) && f.actor1 >= 0) ++remote_agents[f.actor1];
  int remote_default = -1, best = 0;
  for (auto [actor, n] : remote_agents)
    if (n > best) { best = n; remote_default = actor; }

  std::vector<bool> rises(a.sentences.size(), false);  // sentences telling a toll that grew
  for (size_t si = 0; si < a.sentences.size(); ++si) rises[si] = TollRises(a, d, si);
  std::vector<Draft> drafts;
  drafts.reserve(frames.size());
  const parse::DateMention* context_date = nullptr;
  size_t context_sentence = 0;
  for (Frame& f : frames) {
    // "قتل متظاهر برصاص قوات الأمن": force used on a demonstration, not a battle.
    auto inter = [&](int actor) { return actor >= 0 ? d.actors()[actor].inter : -1; };
    bool on_crowd = (inter(f.actor2) == 6 && (f.actor1 < 0 || inter(f.actor1) == 1)) ||
                    (inter(f.actor1) == 6 && (f.actor2 < 0 || inter(f.actor2) == 1));
    if ((f.cls == TriggerClass::kAttack || f.cls == TriggerClass::kClash) && on_crowd) {
      f.cls = TriggerClass::kProtest;
      f.force = true;
    }
    // "ومنذ سيطرة الدعم السريع على الفاشر في أكتوبر 2025، انتقل ثقل المعارك إلى كردفان": with
    // no day of its own, what a sentence tells since long ago is a trend, not an incident.
    if (!f.date && !f.headline && SumsSinceLongAgo(a, d, f.sentence)) continue;
    Draft dr;
    dr.f = f;
    TypeOf(f, d, &dr.type, &dr.sub_type);
    dr.reported_by = f.reported_by;
    dr.own_place = f.place >= 0 || f.unknown_place >= 0;
    dr.last_sentence = f.sentence;
    dr.toll_rise = rises[f.sentence];
    if (f.place >= 0) {
      dr.place = a.resolved[f.place].place;
      dr.pinned = dr.place->IsSettlement() && a.places[f.place].direction == geo::Direction::kNone;
      if (a.ListedUnknown(f.place)) dr.listed_unknown = a.places[f.place].key;
    }
    // --- country: the place's, else the actors' own, else the article's
    if (dr.place && !dr.place->cc.empty()) dr.cc = dr.place->cc;
    for (int actor : {f.actor1, f.actor2}) {
      if (!dr.cc.empty() || actor < 0) continue;
      const auto& cs = d.actors()[actor].countries;
      if (cs.size() == 1) dr.cc = cs[0];
    }
    if (dr.cc.empty()) dr.cc = a.MainCountry();
    // A local militia of other countries is a description here, not that group: "«متطوعي الدفاع
    // عن الوطن»، وهي ميليشيا مدنية تقاتل إلى جانب الجيش" in Burkina Faso is no Nigerian vigilante force.
    for (int* actor : {&dr.f.actor1, &dr.f.actor2}) {
      if (*actor < 0) continue;
      const Actor& act = d.actors()[*actor];
      if (act.inter == 3 && !act.countries.empty() &&
          std::find(act.countries.begin(), act.countries.end(), dr.cc) == act.countries.end())
        *actor = -1;
    }
    // --- date: stated, else the latest date the article gave before it
    if (f.date) {
      dr.date = f.date->date;
      dr.precision = f.date->precision;
      dr.date_announced = f.date_announced;
      dr.date_inferred = f.date_reported;
      context_date = f.date;
      context_sentence = f.sentence;
    } else {
      const parse::DateMention* ctx = nullptr;
      // The last such date before the sentence (dates are in text order).
      auto before = a.DatesIn(0, a.sentences[f.sentence].begin);
      for (auto it = before.rbegin(); it != before.rend() && !ctx; ++it)
        if (it->begin < a.sentences[f.sentence].begin && it->date && !it->future && !it->year_only) ctx = &*it;
      (void)context_sentence;
      if (ctx) {
        dr.date = ctx->date;
        dr.precision = ctx->precision;
        dr.date_inferred = true;
      } else if (pub) {
        dr.date = pub;
        dr.precision = TimePrecision::kWeek;
        dr.date_inferred = true;
      }
    }
    (void)context_date;
    if (pub && dr.date) {
      long age = pub->days() - dr.date->days();
      if (age > kBackgroundDays || age < -1) continue;
    }
    drafts.push_back(std::move(dr));
  }

  // "قُتل ستة مدنيين وخُطفت أربع نساء في هجوم على بلدة موزوغو": the raid's killing and its
  // abduction are two events, but the dead are the attack's, not the abduction's as well.
  for (size_t k = 0; k < drafts.size(); ++k)
    for (size_t j = 0; j < drafts.size(); ++j) {
      Draft &abduction = drafts[k], &other = drafts[j];
      if (j == k || abduction.f.cls != TriggerClass::kAbduction || other.f.cls == TriggerClass::kAbduction ||
          other.f.sentence != abduction.f.sentence || !Violent(other))
        continue;
      for (auto [mine, theirs] : {std::pair{&abduction.f.killed, &other.f.killed}, {&abduction.f.wounded, &other.f.wounded}})
        if (*mine && *theirs && **mine == **theirs) mine->reset();
    }

  // --- an incident told without its place happened where the sentence, or the
  // one before it in the same paragraph, placed another ("قصفت مواقع في شرق
  // الفاشر، لكن الدفاعات الجوية تصدت للمسيرات").
  for (size_t k = 1; k < drafts.size(); ++k) {
    Draft& dr = drafts[k];
    if (dr.f.place >= 0 || dr.f.unknown_place >= 0 || dr.f.headline) continue;
    for (size_t j = k; j-- > 0;) {
      const Draft& prev = drafts[j];
      if (prev.f.headline) continue;
      if (prev.f.sentence + 1 < dr.f.sentence) break;
      if (prev.f.sentence != dr.f.sentence && a.NewParagraphBetween(prev.f.sentence, dr.f.sentence)) break;
      if (prev.f.place < 0 || !prev.place || prev.place->cc != dr.cc) continue;
      dr.place = prev.place;
      dr.pinned = prev.pinned;
      dr.f.place = prev.f.place;
      dr.f.road_named = prev.f.road_named;
      dr.f.on_road = prev.f.on_road;
      dr.f.unknown_place = prev.f.unknown_place;
      break;
    }
  }

  // "وأعلن المدعي العام في مدينة كومرا، أمس، توقيف 23 شخصاً": an incident placed nowhere else
  // happened, as far as the text tells, in the town of the official who reports it.
  for (Draft& dr : drafts) {
    if (dr.place || dr.f.unknown_place >= 0 || dr.f.said_place < 0 || dr.f.headline) continue;
    const geo::Place* said = a.resolved[dr.f.said_place].place;
    if (!said || !said->IsSettlement() || (!dr.cc.empty() && said->cc != dr.cc)) continue;
    dr.place = said;
    dr.f.place = dr.f.said_place;
    dr.cc = said->cc;
  }

  // --- one event per incident
  std::vector<Draft> merged;
  merged.reserve(drafts.size());
  // Title frames only confirm what the body says: they go last and never stand alone.
  std::vector<Draft*> order;
  order.reserve(drafts.size());
  for (bool headline : {false, true})
    for (Draft& dr : drafts)
      if (dr.f.headline == headline) order.push_back(&dr);
  for (Draft* next : order) {
    Draft& dr = *next;
    bool done = false;
    // "قُتل عنصران بضربة مسيّرة ...، في حين شهدت قرية X اشتباكات. وقال مسؤول إن المسيّرة أطلقت
    // صاروخين ... ما أدى إلى مقتل العنصرين": a sentence that tells more of one told with two
    // incidents follows up the one of its own kind, not merely the last.
    Draft* told = merged.empty() ? nullptr : &merged.back();
    if (told && told->type != dr.type && !Weak(dr) && dr.f.sentence > told->last_sentence)
      for (size_t k = merged.size() - 1; k-- > 0 && merged[k].last_sentence == told->last_sentence;)
        if (merged[k].type == dr.type && !merged[k].f.headline) {
          told = &merged[k];
          break;
        }
    if (told && FollowsUp(a, *told, dr)) {
      Draft& prev = *told;
      // The incident keeps its type, and the place told first unless this one lies in it.
      std::string_view type = prev.type, sub_type = prev.sub_type;
      TriggerClass cls = prev.f.cls;
      bool weak = Weak(prev);
      Merge(prev, dr, generic.unidentified, d);
      if (!weak) {
        prev.type = type;
        prev.sub_type = sub_type;
        prev.f.cls = cls;
      }
      // (A toll told again, or corrected: the larger count was kept.)
      prev.last_sentence = dr.f.sentence;
      prev.sequel_last = true;
      done = true;
    }
    // (A title tells of the story's lead incident: the first that agrees with it.)
    for (size_t k = 0; k < merged.size() && !done; ++k) {
      Draft& into = merged[dr.f.headline ? k : merged.size() - 1 - k];
      if (Compatible(into, dr, generic.unidentified)) {
        Merge(into, dr, generic.unidentified, d);
        done = true;
      }
    }
    // "وقالت الوزارة إن الغارة جاءت رداً": the strike told above, said again with
    // nothing new (no number, no date of its own) but perhaps who claimed it.
    // "مقتل ثلاثة جراء الاشتباكات" adds the toll of the clash told above; "وتبنت
    // الحركة التفجير" says who did it.
    // "وتبنى تنظيم X الهجوم، صباح اليوم، مدعياً أن عناصره قتلوا ثلاثة": a claim of "the attack"
    // told before, placed nowhere of its own, names who did it; its day is the claim's, and
    // "the attack" is whatever violence was told (the claimant's own count adds nothing).
    const bool claim_back = dr.f.definite && dr.f.claimed_by >= 0 && dr.f.place < 0 && dr.f.unknown_place < 0 &&
                            !dr.f.headline && dr.f.cls == TriggerClass::kAttack;
    bool restated = dr.f.definite && (!dr.f.date || claim_back);
    constexpr size_t kVersionReach = 2;  // sentences after the incident's last
    for (auto it = merged.rbegin(); it != merged.rend() && !done && restated; ++it) {
      if (it->type != dr.type && !(claim_back && Violent(*it) && Violent(dr))) continue;
      // (Not one told at a place of its own elsewhere: "وفي مدينة أم درمان، أطلقت الشرطة الغاز
      // لتفريق آلاف المتظاهرين" after a protest in Khartoum North.)
      if (dr.f.place_opens && !SamePlace(it->place, dr.place)) continue;
      if (claim_back) {
        if (it->f.claimed_by < 0 || it->f.claimed_by == dr.f.claimed_by) {
          if (it->f.claimed_by < 0) it->f.claimed_by = dr.f.claimed_by;
          if ((it->f.actor1 < 0 || it->f.actor1 == generic.unidentified) && dr.f.claimed_by != it->f.actor2)
            it->f.actor1 = dr.f.claimed_by;
          done = true;
        }
        break;
      }
      const bool conflict = Conflict(it->f.killed, dr.f.killed) || Conflict(it->f.wounded, dr.f.wounded) ||
                            Conflict(it->f.arrested, dr.f.arrested);
      // "في المقابل، أكدت مصادر أمنية وقوع الهجوم، مشيرة إلى مقتل ثلاثة جنود": another source's
      // toll of the incident told just before, placed and dated nowhere of its own, is a
      // second version of it; ACLED keeps the more conservative figure.
      const bool version = !dr.own_place && !dr.f.date && it == merged.rbegin() &&
                           dr.f.sentence <= it->last_sentence + kVersionReach;
      if (conflict && !version) break;
      if (conflict) {
        for (auto [to, v] : {std::pair{&it->f.killed, &dr.f.killed}, {&it->f.wounded, &dr.f.wounded},
                             {&it->f.arrested, &dr.f.arrested}})
          if (Conflict(*to, *v)) *to = std::min(**to, **v);
      }
      if (it->f.claimed_by < 0) it->f.claimed_by = dr.f.claimed_by;
      int by = dr.f.claimed_by >= 0 ? dr.f.claimed_by : dr.f.actor1;
      if ((it->f.actor1 < 0 || it->f.actor1 == generic.unidentified) && by >= 0 && by != it->f.actor2) it->f.actor1 = by;
      Max(it->f.killed, dr.f.killed);
      Max(it->f.wounded, dr.f.wounded);
      Max(it->f.killed_or_wounded, dr.f.killed_or_wounded);
      Max(it->f.arrested, dr.f.arrested);
      done = true;
    }
    if (!done && !dr.f.headline) merged.push_back(std::move(dr));
  }
  // "وفي وقت لاحق أفاد مراسل سانا بأن حصيلة العدوان ارتفعت إلى سبعة شهداء": a sentence that
  // tells only a grown toll (no trigger, place or day: no frame of its own) updates the
  // incident told last, a sentence or two before it.
  {
    constexpr size_t kTollReach = 2;  // sentences
    std::vector<bool> framed(a.sentences.size(), false);
    for (const Frame& f : frames) framed[f.sentence] = true;
    for (size_t si = 1; si < a.sentences.size(); ++si) {
      if (framed[si] || !rises[si] || SumsSinceLongAgo(a, d, si)) continue;
      Draft* told = nullptr;
      for (Draft& m : merged)
        if (m.last_sentence < si && (!told || m.last_sentence > told->last_sentence)) told = &m;
      if (!told || si - told->last_sentence > kTollReach || !Violent(*told)) continue;
      const Casualties c = ReadCasualties(a, d, a.sentences[si].begin, a.sentences[si].end);
      Draft grown;
      grown.f.killed = c.killed;
      grown.f.wounded = c.wounded;
      grown.f.killed_or_wounded = c.killed_or_wounded;
      grown.f.died_of_wounds = c.died_of_wounds;
      if (!(c.killed || c.wounded || c.killed_or_wounded) || !GrewFrom(*told, grown)) continue;
      // (The wounded who died count with the dead, no longer with the wounded.)
      if (const int died = DiedOfWounds(*told, grown); died > 0) told->f.wounded = std::max(0, *told->f.wounded - died);
      Max(told->f.killed, c.killed);
      Max(told->f.wounded, c.wounded);
      Max(told->f.killed_or_wounded, c.killed_or_wounded);
      told->last_sentence = si;
    }
  }
  // "استشهد مواطن جراء غارة ... ونعى «حزب الله» في بيان لاحق «المجاهد ...»": the group that
  // mourns the dead as its own, right after the incident, was the side hit.
  for (auto& dr : merged) {
    if (!Violent(dr) || dr.f.killed.value_or(0) <= 0 || dr.f.headline) continue;
    if (dr.f.actor2 >= 0 && !d.actors()[dr.f.actor2].civilian()) continue;
    if (const int group = MournedBy(a, d, dr.last_sentence); group >= 0 && group != dr.f.actor1) dr.f.actor2 = group;
  }
  // "ولم تتبن أي جهة القصف": a sentence that says no one claimed it.
  auto unclaimed = [&](size_t si) { return si < a.sentences.size() && SaysUnclaimed(a, a.sentences[si]); };
  for (auto& dr : merged) {
    // (The article's usual striker is not the doer of a strike it says no one claimed.)
    // (Read only for a strike or shelling whose doer the text does not name.)
    const bool remote = (dr.f.cls == TriggerClass::kAir || dr.f.cls == TriggerClass::kShelling) && dr.f.actor1 < 0;
    const bool no_claim =
        remote && (unclaimed(dr.f.sentence) || unclaimed(dr.last_sentence) || unclaimed(dr.last_sentence + 1));
    ImplicitActors(dr.f, d, generic, no_claim ? -1 : remote_default);
    // (Mortars no one claimed were fired by armed men the text cannot name.)
    if (no_claim && dr.f.actor1 < 0 && dr.f.cls == TriggerClass::kShelling) dr.f.actor1 = generic.unidentified;
    std::string_view keep_type = dr.type, keep_sub = dr.sub_type;
    TypeOf(dr.f, d, &dr.type, &dr.sub_type);
    if (dr.f.cls == TriggerClass::kProtest && keep_type == "Protests") dr.sub_type = keep_sub;
    // A battle has two sides. With one named: state forces fought armed men the text does
    // not name ("اشتبكت قوات الأمن مع مسلحين")؛ a rebel group or militia fought the state's
    // forces ("أعلنت الجماعة تنفيذ هجمات على مواقع في كايس"). (Not in Palestine, which has
    // no army of its own.)
    // Violence against civilians is, by its definition, on civilians: "خطف مسلحون معلماً من
    // منزله" with the teacher no word the dictionary knows; "اختطفوا خمسة شبان بتهمة التعاون مع
    // الجيش" with the army only named in the charge.
    if (dr.type == "Violence against civilians" && (dr.f.actor2 < 0 || !d.actors()[dr.f.actor2].civilian()))
      dr.f.actor2 = generic.civilians;
    if (dr.type == "Battles" && dr.f.actor1 >= 0 && dr.f.actor2 < 0) {
      const Actor& side = d.actors()[dr.f.actor1];
      if (side.inter == 1) dr.f.actor2 = generic.unidentified;
      else if ((side.inter == 2 || side.inter == 3) && dr.f.actor1 != generic.unidentified && !side.generic() &&
               dr.cc != "PS") {
        // (The country's own row when it has one: "Military Forces of Mali (2021-)".)
        dr.f.actor2 = generic.ArmyOf(dr.cc);
      }
    }
  }

  std::vector<Event> out;
  out.reserve(merged.size());
  int n = 0;
  for (const auto& dr : merged) {
    Event& e = out.emplace_back();
    e.article_id = a.article->id;
    e.event_id = fmt::format("{}:e{}", a.article->id, ++n);
    e.event_type = dr.type;
    e.sub_event_type = dr.sub_type;
    e.event_date = dr.date;
    e.time_precision = dr.precision;
    if (dr.f.place >= 0) {
      const geo::Resolution& res = a.resolved[dr.f.place];
      e.place = geocoder.ToPlaceRef(res);
      // The place the article names is reported in Arabic as the article writes it: the
      // gazetteer's Arabic name may be another spelling ("جيزان" for "جازان", "خربة الغزالة"
      // for "خربة غزالة") or, now and then, another place's name. An enclosing area reported
      // instead of the named place keeps the area's own name.
      // (Only for a place the name itself stands for: not a city chosen for its quarter.)
      const auto& pm = a.places[dr.f.place];
      if (res.place && !res.fallback && !res.named && !pm.phonetic && res.place->type != geo::PlaceType::kCountry &&
          res.place->type != geo::PlaceType::kRegion && !e.place.location_ar.empty() &&
          std::find(pm.candidates.begin(), pm.candidates.end(), res.place->id) != pm.candidates.end())
        e.place.location_ar = ArticleSpelling(a, pm, e.place.location_ar);
    } else if (!dr.cc.empty()) {
      if (const geo::Place* c = geocoder.gazetteer().Country(dr.cc)) {
        geo::Resolution r;
        r.place = c;
        r.geo_precision = 3;
        e.place = geocoder.ToPlaceRef(r);
        e.place.location.clear();
        e.place.location_ar.clear();
      } else {
        e.place.country_code = dr.cc;
      }
    }
    // "على طريق معرة النعمان": the road, placed at its town.
    if (dr.f.road_named && dr.f.place >= 0 && dr.f.unknown_place < 0) {
      const auto& pm = a.places[dr.f.place];
      e.place.location = e.place.location + " road";
      e.place.location_ar = a.Original(a.toks[a.TokenAt(pm.span_begin) - 1].begin, pm.end);
      e.place.geo_precision = std::max(e.place.geo_precision, 2);
    }
    int unknown = dr.f.unknown_place;
    // A name the gazetteer has only in Latin script, found by its sound ("مدينة نيونو" =
    // Niono), is that place: its English name, the article's spelling as location_ar. Only
    // when the sound found nothing, or an area instead of the place, is the name reported as
    // written.
    if (unknown < 0 && dr.f.place >= 0 && a.places[dr.f.place].unknown &&
        (!a.resolved[dr.f.place].place || a.resolved[dr.f.place].fallback))
      unknown = dr.f.place;
    if (unknown >= 0) {
      const auto& pm = a.places[unknown];
      e.place.location = e.place.location_ar = a.Original(pm.begin, pm.end);
      e.place.geo_precision = std::max(e.place.geo_precision, 2);
    }
    const std::string& country = e.place.country;
    if (dr.f.actor1 >= 0) {
      e.actor1 = ActorName(d.actors()[dr.f.actor1], country);
      e.inter1 = d.actors()[dr.f.actor1].inter;
    }
    if (dr.f.actor2 >= 0) {
      e.actor2 = ActorName(d.actors()[dr.f.actor2], country);
      e.inter2 = d.actors()[dr.f.actor2].inter;
    }
    e.fatalities = dr.f.killed;
    e.wounded = dr.f.wounded;
    e.killed_or_wounded = dr.f.killed_or_wounded;
    e.arrested = dr.f.arrested;
    if (dr.f.claimed_by >= 0) e.claimed_by = ActorName(d.actors()[dr.f.claimed_by], country);
    e.reported_by = dr.reported_by;
    e.source = a.article->source;
    const text::Span s = a.sentences[dr.f.sentence];
    e.evidence_begin = a.OriginalBegin(s.begin);
    e.evidence_end = a.OriginalEnd(s.end);
    e.evidence = a.article->text.substr(e.evidence_begin, e.evidence_end - e.evidence_begin);
    e.trigger = a.Original(dr.f.trigger_begin, dr.f.trigger_end);
  }
  return out;
}

}  // namespace rasad::extract
