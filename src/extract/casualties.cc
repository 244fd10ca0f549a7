#include "extract/casualties.h"

#include <algorithm>

#include "parse/numbers.h"
#include "text/key_cache.h"

namespace rasad::extract {
namespace {

// One number or counted noun after token t (CountAfter adds the ones joined to it).
Count OneCountAfter(const Analysis& a, const Dictionary& d, size_t t, size_t limit);

// "اثنين"، "اثنان" after a plural noun: "مسلحين اثنين".
bool TwoAt(const Analysis& a, size_t t) {
  static const WordList kTwo{"اثنين", "اثنان", "اثنتين", "اثنتان"};
  return WordIs(a, t, kTwo);
}

// A noun in -ين written with a fatha before its ya: the dual ("مدنيَّين"، "مسلحَين"),
// which without vowels reads like the plural ("مدنيين").
bool VowelledDual(const Analysis& a, size_t t) {
  if (t >= a.toks.size()) return false;
  std::string_view w = a.Word(t);
  static const std::string& kYaNun = text::CachedKey("ين");
  if (!w.ends_with(kYaNun)) return false;
  size_t b = a.OriginalBegin(a.toks[t].begin), e = a.OriginalEnd(a.toks[t].end);
  std::string_view o = std::string_view(a.article->text).substr(b, e - b);
  // ... َ ي [ْ] ن, the fatha among the marks before the ya ("يَّين" and "يَّين" alike)
  constexpr std::string_view kYa = "\xD9\x8A", kSukun = "\xD9\x92", kNun = "\xD9\x86";
  if (!o.ends_with(kNun)) return false;
  o.remove_suffix(kNun.size());
  if (o.ends_with(kSukun)) o.remove_suffix(kSukun.size());
  if (!o.ends_with(kYa)) return false;
  o.remove_suffix(kYa.size());
  // The marks U+064B..U+0652 are 0xD9 0x8B..0x92; the fatha is 0xD9 0x8E.
  bool fatha = false;
  while (o.size() >= 2 && static_cast<unsigned char>(o[o.size() - 2]) == 0xD9 &&
         static_cast<unsigned char>(o.back()) >= 0x8B && static_cast<unsigned char>(o.back()) <= 0x92) {
    fatha = fatha || static_cast<unsigned char>(o.back()) == 0x8E;
    o.remove_suffix(2);
  }
  return fatha;
}

}  // namespace

int PersonCount(const Analysis& a, const Dictionary& d, const LexHit& p) {
  int v = d.cue(p.index).value;
  if (v != 0) return v;
  size_t t = a.TokenAt(p.clitic_begin);
  // "القضاء على إرهابيين (02) اثنين": the count in brackets after the plural noun.
  if (t + 1 < a.toks.size() && a.toks[t + 1].kind == text::TokenKind::kPunct && a.Word(t + 1) == "(")
    if (const auto& q = a.QuantityAt(t + 1); q && q->value && *q->value > 0 && *q->value < 100000)
      return static_cast<int>(*q->value);
  return TwoAt(a, t + 1) || VowelledDual(a, t) ? 2 : 0;
}

Count CountAfter(const Analysis& a, const Dictionary& d, size_t t, size_t limit) {
  Count c = OneCountAfter(a, d, t, limit);
  if (!c.value) return c;
  // "استشهد ضابط ومجندان"، "مقتل ضابط برتبة نقيب وأربعة جنود": one more counted noun,
  // or number of people, joined by "و" after the first and its qualifiers adds up
  // (1 + 2, 1 + 4) — unless a casualty word of its own follows ("و3 آخرين بجروح").
  static const WordList kOthers{"آخرين", "آخرون", "آخر", "آخرا", "آخران"},
      kAmong{"بينهم", "بينهما", "بينهن", "منهم", "منهما", "منهن", "وبينهم", "ومنهم", "أحدهم", "أحدهما", "من"};
  if (c.noun < limit) {
    const size_t k = c.noun;
    for (size_t j = k + 1; j < std::min(limit, k + 5); ++j) {
      if (a.toks[j].kind == text::TokenKind::kPunct || a.toks[j].kind == text::TokenKind::kNewline) break;
      // "11 شخصاً بينهم امرأتان وطفلان": what follows counts some of them, not more.
      if (WordIs(a, j, kAmong)) break;
      if (!a.Word(j).starts_with(text::CachedKey("و"))) {
        if (CueAtToken(a, d, j, true)) break;
        continue;
      }
      int more = 0;
      size_t noun = j;
      if (const LexHit* m = CueAtToken(a, d, j, true);
          m && Proclitic(a, m->clitic_begin, m->begin).starts_with(text::CachedKey("و"))) {
        more = PersonCount(a, d, *m);
      } else if (auto q = a.QuantityAt(j); q && q->value && *q->value < 100000 && CueAtToken(a, d, q->next_token, true)) {
        more = static_cast<int>(*q->value);
        noun = q->next_token;
      }
      // (A casualty word in a clause of its own, "وأصيب 4 آخرون", is not the joined noun's.)
      bool own_casualty = WordIs(a, noun, kOthers);
      const uint32_t from = a.toks[noun].begin, to = noun + 2 < a.toks.size() ? a.toks[noun + 2].end : UINT32_MAX;
      for (const auto& h : a.HitsIn(from, to)) {
        if (h.begin < from || h.begin >= to || Proclitic(a, h.clitic_begin, h.begin).starts_with(text::CachedKey("و"))) continue;
        if (IsRole(d, h, CueRole::kKill) || IsRole(d, h, CueRole::kWound) || IsRole(d, h, CueRole::kKillOrWound) ||
            IsRole(d, h, CueRole::kWoundNoun) || IsRole(d, h, CueRole::kArrest))
          own_casualty = true;
      }
      if (more > 0 && !own_casualty) c.value = *c.value + more;
      break;
    }
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
      // "قضى 10 سنوات في السجن": a number of years or days counts time, not people.
      if (const LexHit* unit = CueAtToken(a, d, q->next_token, false); unit && IsRole(d, *unit, CueRole::kDuration))
        return c;
      c.stated = true;
      if (q->value && *q->value < 100000) c.value = static_cast<int>(*q->value);
      if (const LexHit* p = CueAtToken(a, d, q->next_token, true)) {
        c.group = d.cue(p->index).group;
        c.noun = q->next_token;
      } else if (q->next_token < limit && WordIs(a, q->next_token, kFrom)) {
        // ("مقتل 14 من المهاجمين وجنديين": the noun after "من" is the counted one.)
        if (const LexHit* p2 = CueAtToken(a, d, q->next_token + 1, true)) {
          c.group = d.cue(p2->index).group;
          c.noun = q->next_token + 1;
        }
      }
      return c;
    }
    if (const LexHit* p = CueAtToken(a, d, k, true)) {
      const Cue& cue = d.cue(p->index);
      // "قتل مسلحون ثلاثة مدنيين"، "قتل مسلحون يُعتقد أنهم من عناصر الجماعة ستة مدنيين": a
      // plural subject, then (within its clause) the counted victims.
      // "خطف مسلحون مجهولون، صباح الثلاثاء، موظفاً": past a date between commas, one
      // person of another group, counted by the noun itself, is the victim too.
      if (cue.value == 0 && k == t && PersonCount(a, d, *p) == 0) {
        size_t victims = SIZE_MAX;
        for (size_t j = k + 1; j < std::min(limit, k + 14); ++j) {
          // (A count in digits is read below: "قتل مسلحون 12 مدنيا".)
          if (a.toks[j].kind != text::TokenKind::kWord && a.toks[j].kind != text::TokenKind::kNumber) {
            std::string_view w = a.Word(j);
            if (w == "," || w == "«" || w == "»" || w == "\"") continue;
            break;
          }
          if (auto q = a.QuantityAt(j); q && q->value && CueAtToken(a, d, q->next_token, true)) {
            victims = j;
            break;
          }
          const LexHit* other = CueAtToken(a, d, j, true);
          if (other && d.cue(other->index).group != cue.group && (PersonCount(a, d, *other) == 1 || PersonCount(a, d, *other) == 2)) {
            victims = j;
            break;
          }
        }
        if (victims != SIZE_MAX) return OneCountAfter(a, d, victims, limit);
      }
      c.stated = true;
      c.group = cue.group;
      c.noun = k;
      if (int v = PersonCount(a, d, *p); v > 0) c.value = v;  // (two or more: "اثنين"، "(03)")
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
    // "9 من عناصر قسد قُتلوا"، "18 من قوات النظام ... قُتلوا": members counted out of a group.
    static const WordList kFrom{"من"};
    bool counted_from = false;
    if (!noun && !person && q->next_token + 1 < end && WordIs(a, q->next_token, kFrom)) {
      person = CueAtToken(a, d, q->next_token + 1, true);
      counted_from = person || a.ActorAtClitic(a.toks[q->next_token + 1].begin);
    }
    if (!noun && counted_from && !person) {
      c.stated = true;
      if (q->value && *q->value < 100000) c.value = static_cast<int>(*q->value);
      return c;
    }
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


// "ارتفع عدد القتلى في الهجوم إلى 31"، "ارتفعت حصيلة ضحايا القصف إلى 33 شخصا"، "بلغ عدد
// القتلى ... 27 شخصا": a casualty noun after "عدد"/"حصيلة" is counted after it, by the
// number that follows "إلى" (or, after "بلغ", by the people counted), within its sentence.
Count TollAfter(const Analysis& a, const Dictionary& d, size_t noun, size_t floor, size_t limit) {
  Count c;
  static const WordList kToll{"عدد", "وعدد", "حصيلة", "وحصيلة"},
      kReached{"بلغ", "وبلغ", "بلغت", "وبلغت", "يبلغ", "تبلغ"}, kTo{"إلى", "الى"};
  // ("ارتفع عدد حالات الاعتقال ... إلى نحو 10 آلاف و900 حالة": "حالات" between.)
  static const WordList kCases{"حالات", "حالة"};
  if (noun > floor + 1 && WordIs(a, noun - 1, kCases) && WordIs(a, noun - 2, kToll)) --noun;
  if (noun <= floor || !WordIs(a, noun - 1, kToll)) return c;
  const bool reached = noun - 1 > floor && WordIs(a, noun - 2, kReached);
  for (size_t k = noun + 1; k < std::min(limit, noun + 16); ++k) {
    if (a.toks[k].kind == text::TokenKind::kNewline || a.Word(k) == ".") break;
    auto q = a.QuantityAt(k);
    if (!q) continue;
    // (Not a day: "في الفترة من 16 إلى 22 نوفمبر".)
    auto near = a.DatesOverlapping(a.toks[k].begin, a.toks[k].end);  // a superset: test each
    const bool day = std::any_of(near.begin(), near.end(), [&](const parse::DateMention& dm) {
      return dm.begin < a.toks[k].end && a.toks[k].begin < dm.end;
    });
    if (!day && (WordIs(a, k - 1, kTo) || (reached && CueAtToken(a, d, q->next_token, true)))) {
      if (q->qualifier == parse::Qualifier::kVague) return c;
      c.stated = true;
      if (q->value && *q->value < 100000) c.value = static_cast<int>(*q->value);
      if (const LexHit* p = CueAtToken(a, d, q->next_token, true)) c.group = d.cue(p->index).group;
      return c;
    }
    // (The number of the compound "خمسة وعشرون" is read whole at its first word.)
    k = std::max<size_t>(k, q->next_token - 1);
  }
  return c;
}

// "ارتفع عدد القتلى إلى 8 والجرحى إلى 15": a casualty noun joined to a toll by "و" and
// followed by "إلى N" is counted by N, not by the number of the toll before it.
Count JoinedToll(const Analysis& a, const LexHit& h, size_t limit) {
  static const WordList kTo{"إلى", "الى"};
  Count c;
  const size_t t = a.TokenAt(h.clitic_begin);
  if (t + 2 >= limit || !Proclitic(a, h.clitic_begin, h.begin).starts_with(text::CachedKey("و")) ||
      a.toks[t].end != h.end || !WordIs(a, t + 1, kTo))
    return c;
  auto q = a.QuantityAt(t + 2);
  if (!q || !q->value || q->qualifier == parse::Qualifier::kVague || *q->value >= 100000) return c;
  c.stated = true;
  c.value = static_cast<int>(*q->value);
  return c;
}

// "ما أدى إلى إصابتهما"، "القبض عليهما": the casualty word carries the dual pronoun.
bool DualPronoun(const Analysis& a, const LexHit& h) {
  size_t t = a.TokenAt(h.clitic_begin);
  if (t >= a.toks.size() || a.toks[t].end <= h.end) return false;
  return a.Word(t).ends_with(text::CachedKey("هما"));
}

// The counts one kind of casualty is given in a stretch of text. Of counts of one
// group the largest is kept; counts of different groups add up ("قُتل سبعة جنود ...
// فيما أعلن الجيش مقتل 14 من المهاجمين" = 21); a count the other side admits
// ("أقرت هيئة الأركان بمقتل أربعة جنود") is taken over a group's claim.
class Tallied {
 public:
  void Keep(const Count& c, bool admitted) {
    if (!c.value) return;
    if (admitted) Raise(admitted_, *c.value);
    if (!c.group || *c.group == PersonGroup::kPerson) {
      Raise(overall_, *c.value);
    } else {
      Raise(by_group_[static_cast<size_t>(*c.group)], *c.value);
      grouped_ = true;
    }
  }
  std::optional<int> Value() const {
    if (admitted_) return admitted_;
    if (!grouped_) return overall_;
    std::optional<int> sum;
    for (const auto& g : by_group_)
      if (g) sum = sum.value_or(0) + *g;
    if (!sum || (overall_ && *overall_ > *sum)) return overall_;
    return sum;
  }

 private:
  static void Raise(std::optional<int>& slot, int v) {
    if (!slot || v > *slot) slot = v;
  }
  std::optional<int> overall_, admitted_;
  std::optional<int> by_group_[6];  // by PersonGroup
  bool grouped_ = false;            // a count of a group was kept
};

// "سقوط 5 شهداء بينهم طفلان"، "استشهد 9 بينهم نساء وأطفال": people counted with no group
// of their own, some of whom "بينهم" names as civilians (children, women...), are civilians.
// `from` is the token after the count.
bool AmongThemCivilians(const Analysis& a, const Dictionary& d, size_t from, size_t limit) {
  static const WordList kAmong{"بينهم", "بينهن", "وبينهم", "منهم", "ومنهم", "منهن"};
  size_t among = SIZE_MAX;
  for (size_t k = from; k < std::min(limit, from + 3); ++k) {
    if (a.toks[k].kind != text::TokenKind::kWord && a.toks[k].kind != text::TokenKind::kNumber) {
      if (a.Word(k) != ",") break;
      continue;
    }
    if (WordIs(a, k, kAmong)) {
      among = k;
      break;
    }
  }
  if (among == SIZE_MAX) return false;
  for (size_t k = among + 1; k < std::min(limit, among + 6); ++k) {
    if (a.toks[k].kind != text::TokenKind::kWord && a.toks[k].kind != text::TokenKind::kNumber) break;
    if (const LexHit* p = CueAtToken(a, d, k, true))
      return d.cue(p->index).group == PersonGroup::kCivilian;
  }
  return false;
}

// "أقرت هيئة الأركان العامة للجيش بمقتل أربعة جنود": the side that lost them admits the count.
bool Admitted(const Analysis& a, const LexHit& h) {
  static const WordList kAdmit{"أقر", "أقرت", "وأقر", "وأقرت", "اعترف", "اعترفت", "واعترف", "واعترفت"};
  if (!Proclitic(a, h.clitic_begin, h.begin).starts_with(text::CachedKey("ب"))) return false;  // "أقرت ... بمقتل"
  size_t t = a.TokenAt(h.clitic_begin);
  for (size_t back = 1; back <= 8 && t >= back; ++back) {
    if (a.toks[t - back].kind != text::TokenKind::kWord) return false;
    if (WordIs(a, t - back, kAdmit)) return true;
  }
  return false;
}

// "قال إنه أسفر عن مقتل 11، فيما أكدت مصادر محلية مقتل تسعة": a count that other sources give
// of the same toll, in a clause opened by "فيما"/"بينما" and a report verb right before it.
bool OtherSourcesCount(const Analysis& a, const Dictionary& d, const LexHit& h, size_t floor) {
  static const WordList kWhile{"فيما", "بينما", "وفيما", "وبينما"}, kSources{"مصادر", "مصدر", "شهود", "ناشطون", "سكان", "مسؤولون"};
  const size_t t = a.TokenAt(h.clitic_begin);
  bool sources = false;
  for (size_t back = 1; back <= 5 && t >= floor + back; ++back) {
    const size_t k = t - back;
    if (a.toks[k].kind != text::TokenKind::kWord) return false;
    if (WordIs(a, k, kSources)) sources = true;
    if (WordIs(a, k, kWhile)) {
      // The report verb between: "فيما أكدت مصادر محلية مقتل".
      for (const auto& r : a.HitsIn(a.toks[k].end, h.clitic_begin))
        if (r.kind == HitKind::kCue && d.cue(r.index).role == CueRole::kReport && r.end <= h.clitic_begin) return sources;
      return false;
    }
  }
  return false;
}

}  // namespace

// "الوطني"، "الشعبي"، "العراقية": an adjective of relation with the article.
bool NisbaAdjective(std::string_view w) {
  const std::string_view article = text::CachedKey("ال"), ya = text::CachedKey("ي"), iyya = text::CachedKey("يه");
  return w.size() > article.size() + 4 && w.starts_with(article) && (w.ends_with(ya) || w.ends_with(iyya));
}

size_t PastAsides(const Analysis& a, size_t t, size_t limit) {
  for (int step = 0; step < 6 && t < limit; ++step) {
    std::string_view w = a.Word(t);
    if (w == ",") {
      ++t;
      continue;
    }
    // ("أعدموا رمياً بالرصاص، الأسبوع الماضي، رجلين": how it was done, before whom.)
    static const WordList kShot{"رميا"}, kByBullets{"بالرصاص"};
    if (WordIs(a, t, kShot) && t + 1 < limit && WordIs(a, t + 1, kByBullets)) {
      t += 2;
      continue;
    }
    if (w == "(") {
      size_t close = t + 1;
      while (close < limit && close < t + 8 && a.Word(close) != ")") ++close;
      if (close >= limit || a.Word(close) != ")") return t;
      t = close + 1;
      continue;
    }
    // ("خلال الفترة الممتدة من 7 إلى 13 فبراير": the words that lead to a date.)
    static const WordList kLead{"خلال", "الفترة", "الممتدة", "طيلة", "طوال"};
    size_t at = t;
    while (at < limit && at < t + 3 && WordIs(a, at, kLead)) ++at;
    const parse::DateMention* date = nullptr;
    for (size_t k = at; k < limit && k <= at + 1 && !date; ++k)
      for (const auto& dm : a.DatesIn(a.toks[k].begin, a.toks[k].begin + 1))
        if (dm.first_token == k && dm.next_token > k && (k == at || a.Word(at) == text::CachedKey("من"))) date = &dm;
    if (!date) return t;
    t = date->next_token;
  }
  return t;
}

Casualties ReadCasualties(const Analysis& a, const Dictionary& d, uint32_t begin, uint32_t end) {
  Casualties out;
  Tallied killed, wounded, killed_or_wounded, arrested;
  std::optional<int> other_killed;  // another source's count of the dead (OtherSourcesCount)
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
        // "استقبلت 68 شهيداً و121 إصابة": a noun of the verb counted by the number right before it.
        if (!c.stated && cue.role == CueRole::kWound) {
          size_t ct = a.TokenAt(h.clitic_begin);
          for (size_t back = 3; back >= 1 && !c.stated; --back) {
            if (ct < floor + back) continue;
            if (auto q = a.QuantityAt(ct - back); q && q->next_token == ct && q->value && q->qualifier != parse::Qualifier::kVague) {
              c.stated = true;
              if (*q->value < 10000000) c.value = static_cast<int>(*q->value);
            }
          }
        }
        if (!c.stated && t < limit) {
          // "اعتقلت، فجر اليوم، سبعة أشخاص"
          if (size_t past = PastAsides(a, t, limit); past != t) c = CountAfter(a, d, past, limit);
          // "اعتقلت قوات الأمن العراقية خمسة عشر مطلوبا": the verb's subject stands between
          // ("أوقفت دورية للشرطة بصفاقس، فجر اليوم، أربعة مطلوبين": with a unit word before it
          // and the place it is based in after it).
          const ActorMention* m = a.ActorAtClitic(a.toks[t].begin);
          if (!m && t + 1 < limit && a.toks[t].kind == text::TokenKind::kWord) m = a.ActorAtClitic(a.toks[t + 1].begin);
          // ("قضت مفرزة للجيش": a name that began inside the cue.)
          if (!m)
            for (const auto& o : a.ActorsOverlapping(a.toks[t].begin, a.toks[t].end))
              if (o.begin < a.toks[t].begin && o.end > a.toks[t].begin) m = &o;
          if (!c.stated && m) {
            size_t after = a.TokenAt(m->end);
            // ("مفرزة للجيش الوطني الشعبي": adjectives of the name the dictionary did not hold.)
            for (int adjective = 0; adjective < 2 && after < limit && NisbaAdjective(a.Word(after)); ++adjective) ++after;
            if (after < limit) {
              auto [first, last] = a.PlacesIn(a.toks[after].begin, a.toks[after].end);
              for (size_t pi = first; pi < last; ++pi)
                if (a.places[pi].span_begin == a.toks[after].begin) after = a.TokenAt(a.places[pi].span_end);
            }
            c = CountAfter(a, d, PastAsides(a, after, limit), limit);
          }
          // "اعتقلت قوة أمنية ثلاثة مطلوبين": a subject the dictionary does not name, of one or
          // two words, then people counted.
          for (size_t skip = 1; skip <= 2 && cue.role == CueRole::kArrest && !c.stated && t + skip < limit; ++skip) {
            if (a.toks[t + skip - 1].kind != text::TokenKind::kWord) break;
            Count past = CountAfter(a, d, t + skip, limit);
            if (past.stated && past.group && past.noun != SIZE_MAX) c = past;
          }
        }
        if (!c.stated) c = Backward(a, d, a.TokenAt(h.clitic_begin), floor, false);
        // "ارتفع عدد حالات الاعتقال ... إلى 10 آلاف": an arrest noun counted after its toll.
        if (!c.stated && cue.role == CueRole::kArrest) c = TollAfter(a, d, a.TokenAt(h.clitic_begin), floor, limit);
        if (!c.stated && DualPronoun(a, h)) {
          c.stated = true;
          c.value = 2;
        }
        break;
      }
      case CueRole::kKillNoun: case CueRole::kWoundNoun: case CueRole::kKowNoun: {
        // "بعد وفاة أحد الجرحى"، "إثر وفاة اثنين من المصابين": the wounded who died are counted
        // with the dead (the toll told with it); they are no count of the wounded.
        static const WordList kDeathOf{"وفاة", "بوفاة", "توفي", "توفيت", "مات", "ماتت"};
        const size_t noun = a.TokenAt(h.clitic_begin);
        bool died = false;
        for (size_t back = 2; back <= 4 && noun >= floor + back && cue.role == CueRole::kWoundNoun && !died; ++back) {
          if (!WordIs(a, noun - back, kDeathOf)) continue;
          died = true;
          // How many: "أحد الجرحى" one, "اثنين من المصابين" two.
          const std::optional<parse::Quantity>& q = a.QuantityAt(noun - back + 1);
          out.died_of_wounds += q && q->value && *q->value > 0 && *q->value < 1000 ? static_cast<int>(*q->value) : 1;
        }
        if (died) continue;
      }
        c = JoinedToll(a, h, limit);
        if (!c.stated) c = Backward(a, d, a.TokenAt(h.clitic_begin), floor, true);
        if (!c.stated) c = TollAfter(a, d, a.TokenAt(h.clitic_begin), floor, limit);
        // "سقوط قتيل وأربعة جرحى"، "سقوط شهيدين": a singular or dual noun is its own count
        // (not in "بين قتيل وجريح", which says what the people counted before it suffered).
        static const WordList kBetween{"بين"};
        if (!c.stated && (cue.value == 1 || cue.value == 2) &&
            !(a.TokenAt(h.clitic_begin) > 0 && WordIs(a, a.TokenAt(h.clitic_begin) - 1, kBetween))) {
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
    if (c.value && (!c.group || *c.group == PersonGroup::kPerson) &&
        AmongThemCivilians(a, d, c.noun != SIZE_MAX ? c.noun + 1 : a.TokenAt(h.end), limit))
      c.group = PersonGroup::kCivilian;
    if (c.group && !out.victims) out.victims = c.group;
    const bool admitted = c.value && Admitted(a, h);
    // (Another source's count of a toll already told: ACLED keeps the more conservative.)
    if (c.value && (cue.role == CueRole::kKill || cue.role == CueRole::kKillNoun) && killed.Value() &&
        OtherSourcesCount(a, d, h, floor)) {
      other_killed = std::min(other_killed.value_or(*c.value), *c.value);
      continue;
    }
    switch (cue.role) {
      case CueRole::kKill: case CueRole::kKillNoun: killed.Keep(c, admitted); break;
      case CueRole::kWound: case CueRole::kWoundNoun: wounded.Keep(c, admitted); break;
      case CueRole::kKillOrWound: case CueRole::kKowNoun: killed_or_wounded.Keep(c, admitted); break;
      case CueRole::kArrest: arrested.Keep(c, admitted); break;
      default: break;
    }
  }
  out.killed = killed.Value();
  if (other_killed && out.killed && *other_killed < *out.killed) out.killed = other_killed;
  out.wounded = wounded.Value();
  out.killed_or_wounded = killed_or_wounded.Value();
  out.arrested = arrested.Value();
  if (out.none) {
    if (!out.killed) out.killed = 0;
    if (!out.wounded) out.wounded = 0;
  }
  return out;
}

// (see the header) "ارتفعت حصيلة غارة النصيرات إلى 11 شهيدا"
bool TollRises(const Analysis& a, const Dictionary& d, size_t sentence) {
  static const WordList kRise{"ارتفع", "ارتفعت", "وارتفع", "وارتفعت", "لترتفع", "ليرتفع", "يرتفع", "ترتفع", "ارتفاع", "بارتفاع",
                              "يرفع", "ترفع", "ليرفع", "لترفع", "رفع", "رفعت"},
      kToll{"عدد", "حصيلة", "الحصيلة", "وحصيلة", "حصيلته", "حصيلتها"};
  constexpr size_t kNear = 3;  // the verb this close to the toll word, before or after
  const text::Span sent = a.sentences[sentence];
  for (const LexHit& h : CuesIn(a, sent)) {
    const CueRole role = d.cue(h.index).role;
    const bool noun = role == CueRole::kKillNoun || role == CueRole::kWoundNoun || role == CueRole::kKowNoun;
    if (role != CueRole::kCumulative && !noun) continue;  // (most cues: no token looked up)
    const size_t first = a.TokenAt(sent.begin), t = a.TokenAt(h.clitic_begin);
    size_t toll;
    if (role == CueRole::kCumulative && WordIs(a, t, kToll)) toll = t;
    else if (noun && t > first && WordIs(a, t - 1, kToll))
      toll = t - 1;
    else
      continue;
    for (size_t k = toll > first + kNear ? toll - kNear : first;
         k <= toll + kNear && k < a.toks.size() && a.toks[k].begin < sent.end; ++k)
      if (k != toll && WordIs(a, k, kRise)) return true;
  }
  return false;
}

}  // namespace rasad::extract
