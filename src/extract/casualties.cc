#include "extract/casualties.h"

#include <algorithm>

#include "parse/numbers.h"
#include "text/key_cache.h"

namespace rasad::extract {
namespace {

// One number or counted noun after token t (CountAfter adds the ones joined to it).
Count OneCountAfter(const Analysis& a, const Dictionary& d, size_t t, size_t limit);

}  // namespace

Count CountAfter(const Analysis& a, const Dictionary& d, size_t t, size_t limit) {
  Count c = OneCountAfter(a, d, t, limit);
  if (!c.value) return c;
  // "استشهد ضابط ومجندان": one more counted noun joined by "و" adds up (1 + 2).
  for (size_t k = t; k < std::min(limit, t + 4); ++k) {
    const LexHit* p = CueAtToken(a, d, k, true);
    if (!p) continue;
    const LexHit* more = k + 1 < limit ? CueAtToken(a, d, k + 1, true) : nullptr;
    if (more && Proclitic(a, more->clitic_begin, more->begin).starts_with(text::CachedKey("و"))) {
      int v = d.cue(more->index).value;
      if (v == 1 || v == 2) c.value = *c.value + v;
    }
    break;
  }
  // Skip the counted noun and its qualifiers, then look for "إلى جانب" / "بالإضافة إلى".
  static const WordList kTo{"إلى", "الى"}, kSide{"جانب"}, kAddition{"بالإضافة", "بالاضافة"};
  for (size_t k = t; k < std::min(limit, t + 8); ++k) {
    size_t next = 0;
    if (WordIs(a, k, kTo) && WordIs(a, k + 1, kSide)) next = k + 2;
    else if (WordIs(a, k, kAddition) && WordIs(a, k + 1, kTo)) next = k + 2;
    if (!next) continue;
    Count more = OneCountAfter(a, d, next, limit);
    if (!more.value) {
      // "مقاتلين اثنين": a plural noun and its number after it.
      if (const LexHit* p = CueAtToken(a, d, next, true)) {
        (void)p;
        if (auto q = a.QuantityAt(next + 1); q && q->value) more.value = static_cast<int>(*q->value);
      }
    }
    if (more.value) c.value = *c.value + *more.value;
    break;
  }
  return c;
}

namespace {

Count OneCountAfter(const Analysis& a, const Dictionary& d, size_t t, size_t limit) {
  static const WordList kFrom{"من"}, kNumbering{"وعددهم", "عددهم", "وعددهن", "وعددهما"},
      kLight{"على", "عن", "من", "جميع", "نحو", "إلى", "الى", "خلالها", "خلاله", "خلالهما", "فيها", "فيه"};
  Count c;
  for (size_t k = t; k < std::min(limit, t + 3); ++k) {
    if (auto q = a.QuantityAt(k)) {
      c.stated = true;
      if (q->value && *q->value < 100000) c.value = static_cast<int>(*q->value);
      if (const LexHit* p = CueAtToken(a, d, q->next_token, true)) c.group = d.cue(p->index).group;
      else if (q->next_token < limit && WordIs(a, q->next_token, kFrom))
        if (const LexHit* p2 = CueAtToken(a, d, q->next_token + 1, true)) c.group = d.cue(p2->index).group;
      return c;
    }
    if (const LexHit* p = CueAtToken(a, d, k, true)) {
      const Cue& cue = d.cue(p->index);
      // "قتل مسلحون ثلاثة مدنيين": a plural subject, then the counted victims.
      if (cue.value == 0 && k + 1 < limit) {
        if (auto q = a.QuantityAt(k + 1); q && q->value && CueAtToken(a, d, q->next_token, true)) continue;
      }
      c.stated = true;
      c.group = cue.group;
      if (cue.value == 1 || cue.value == 2) c.value = cue.value;
      // "جميع أفراد الخلية وعددهم ثمانية"
      for (size_t j = k + 1; j < std::min(limit, k + 5); ++j) {
        if (WordIs(a, j, kNumbering)) {
          if (auto q = a.QuantityAt(j + 1); q && q->value) c.value = static_cast<int>(*q->value);
          break;
        }
      }
      return c;
    }
    // Only light words may stand between the cue and its number ("اعتقلت خلالها 11").
    if (!WordIs(a, k, kLight)) break;
  }
  return c;
}

// A number before the cue: "4 قتلى"، "170 بين قتيل وجريح"; or, for verbs, a
// counted noun before ("15 عنصرا من قوى الأمن أصيبوا").
Count Backward(const Analysis& a, const Dictionary& d, size_t cue_tok, size_t floor, bool noun) {
  Count c;
  if (cue_tok == 0) return c;
  static const WordList kBetween{"بين"};
  size_t end = cue_tok;  // exclusive
  if (end > floor && WordIs(a, end - 1, kBetween)) --end;
  size_t reach = noun ? 5 : 9;
  for (size_t back = 1; back <= reach && end >= floor + back; ++back) {
    size_t k = end - back;
    auto q = a.QuantityAt(k);
    if (!q) continue;
    // "خمسة عشر": the tail of a compound number is a number too; read it whole.
    while (k > floor && a.QuantityAt(k - 1) && a.QuantityAt(k - 1)->next_token == q->next_token) q = a.QuantityAt(--k);
    if (q->qualifier == parse::Qualifier::kVague && noun) return c;
    // "15 شخصاً بين قتيل وجريح": a counted person noun may stand between.
    bool adjacent = q->next_token == end || (q->next_token + 1 == end && CueAtToken(a, d, q->next_token, true));
    const LexHit* person = CueAtToken(a, d, q->next_token, true);
    if ((noun && adjacent) || (!noun && person)) {
      c.stated = true;
      if (q->value && *q->value < 100000) c.value = static_cast<int>(*q->value);
      if (person) c.group = d.cue(person->index).group;
      return c;
    }
    if (noun) return c;
  }
  return c;
}

void Keep(std::optional<int>& slot, const Count& c) {
  if (!c.value) return;
  if (!slot || *c.value > *slot) slot = c.value;
}

}  // namespace

Casualties ReadCasualties(const Analysis& a, const Dictionary& d, uint32_t begin, uint32_t end) {
  Casualties out;
  size_t floor = a.TokenAt(begin), limit = a.TokenAt(end);
  for (const auto& h : a.HitsIn(begin, end)) {
    if (h.begin < begin) continue;
    if (h.begin >= end) break;
    if (h.kind != HitKind::kCue) continue;
    const Cue& cue = d.cue(h.index);
    Count c;
    switch (cue.role) {
      case CueRole::kKill: case CueRole::kWound: case CueRole::kKillOrWound: case CueRole::kArrest: {
        size_t t = a.TokenAt(h.end);
        c = CountAfter(a, d, t, limit);
        // "اعتقلت قوات الأمن العراقية خمسة عشر مطلوبا": the verb's subject stands between.
        if (!c.stated && t < a.toks.size()) {
          if (const ActorMention* m = a.ActorAtClitic(a.toks[t].begin)) c = CountAfter(a, d, a.TokenAt(m->end), limit);
        }
        if (!c.stated) c = Backward(a, d, a.TokenAt(h.clitic_begin), floor, false);
        break;
      }
      case CueRole::kKillNoun: case CueRole::kWoundNoun: case CueRole::kKowNoun:
        c = Backward(a, d, a.TokenAt(h.clitic_begin), floor, true);
        // "سقوط قتيل وأربعة جرحى"، "سقوط شهيدين": a singular or dual noun is its own count.
        if (!c.stated && (cue.value == 1 || cue.value == 2)) {
          c.stated = true;
          c.value = cue.value;
        }
        break;
      case CueRole::kNoCasualties:
        out.none = true;
        continue;
      default:
        continue;
    }
    if (c.group && !out.victims) out.victims = c.group;
    switch (cue.role) {
      case CueRole::kKill: case CueRole::kKillNoun: Keep(out.killed, c); break;
      case CueRole::kWound: case CueRole::kWoundNoun: Keep(out.wounded, c); break;
      case CueRole::kKillOrWound: case CueRole::kKowNoun: Keep(out.killed_or_wounded, c); break;
      case CueRole::kArrest: Keep(out.arrested, c); break;
      default: break;
    }
  }
  if (out.none) {
    if (!out.killed) out.killed = 0;
    if (!out.wounded) out.wounded = 0;
  }
  return out;
}

}  // namespace rasad::extract
