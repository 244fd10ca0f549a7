#include "parse/numbers.h"

#include <algorithm>
#include <bit>
#include <iterator>
#include <string>

#include "text/key_cache.h"
#include "text/normalize.h"
#include "text/word_table.h"

namespace rasad::parse {
namespace {

using text::Token;
using text::TokenKind;

enum class WordClass : uint8_t { kUnit, kTen, kTeenTen, kHundred, kThousand, kThousands, kMillion };

struct WordInfo {
  long value;
  WordClass cls;
};

using WordTable = text::WordTable<WordInfo>;

const WordTable& Words() {
  static const auto* table = [] {
    auto* m = new WordTable;
    auto add = [&](const char* w, long v, WordClass c) { (*m)[text::NormalizeKey(w)] = {v, c}; };
    for (auto [w, v] : std::initializer_list<std::pair<const char*, long>>{
             {"واحد", 1}, {"واحدة", 1}, {"واحدا", 1}, {"أحد", 1}, {"إحدى", 1}, {"اثنان", 2}, {"اثنين", 2},
             {"اثنتان", 2}, {"اثنتين", 2}, {"اثنا", 2}, {"اثني", 2}, {"اثنتا", 2}, {"اثنتي", 2}, {"إثنين", 2},
             {"ثلاث", 3}, {"ثلاثة", 3}, {"أربع", 4}, {"أربعة", 4}, {"خمس", 5}, {"خمسة", 5}, {"ست", 6},
             {"ستة", 6}, {"سبع", 7}, {"سبعة", 7}, {"ثمان", 8}, {"ثماني", 8}, {"ثمانية", 8}, {"ثمانى", 8},
             {"تسع", 9}, {"تسعة", 9}})
      add(w, v, WordClass::kUnit);
    for (auto [w, v] : std::initializer_list<std::pair<const char*, long>>{{"عشر", 10}, {"عشرة", 10}})
      add(w, v, WordClass::kTeenTen);
    for (auto [w, v] : std::initializer_list<std::pair<const char*, long>>{
             {"عشرون", 20}, {"عشرين", 20}, {"ثلاثون", 30}, {"ثلاثين", 30}, {"أربعون", 40}, {"أربعين", 40},
             {"خمسون", 50}, {"خمسين", 50}, {"ستون", 60}, {"ستين", 60}, {"سبعون", 70}, {"سبعين", 70},
             {"ثمانون", 80}, {"ثمانين", 80}, {"تسعون", 90}, {"تسعين", 90}})
      add(w, v, WordClass::kTen);
    for (auto [w, v] : std::initializer_list<std::pair<const char*, long>>{
             {"مئة", 100}, {"مائة", 100}, {"مئه", 100}, {"مئتان", 200}, {"مئتين", 200}, {"مائتان", 200},
             {"مائتين", 200}, {"مئتا", 200}, {"مائتا", 200}, {"ثلاثمئة", 300}, {"ثلاثمائة", 300},
             {"أربعمئة", 400}, {"أربعمائة", 400}, {"خمسمئة", 500}, {"خمسمائة", 500}, {"ستمئة", 600},
             {"ستمائة", 600}, {"سبعمئة", 700}, {"سبعمائة", 700}, {"ثمانمئة", 800}, {"ثمانمائة", 800},
             {"ثمانيمئة", 800}, {"ثمانيمائة", 800}, {"تسعمئة", 900}, {"تسعمائة", 900}})
      add(w, v, WordClass::kHundred);
    for (auto [w, v] : std::initializer_list<std::pair<const char*, long>>{
             {"ألف", 1000}, {"ألفا", 1000}, {"ألفان", 2000}, {"ألفين", 2000}})
      add(w, v, WordClass::kThousand);
    add("آلاف", 1000, WordClass::kThousands);
    add("الاف", 1000, WordClass::kThousands);
    for (auto [w, v] : std::initializer_list<std::pair<const char*, long>>{
             {"مليون", 1000000}, {"مليونا", 1000000}, {"مليونين", 2000000}, {"ملايين", 1000000}})
      add(w, v, WordClass::kMillion);
    return m;
  }();
  return *table;
}

// Strips a conjunction/preposition proclitic (و، ب، ل، وب، ول) when the rest is a number word.
const WordInfo* Lookup(std::string_view w, bool allow_clitic, bool* had_waw) {
  const auto& words = Words();
  if (had_waw) *had_waw = false;
  if (const WordInfo* info = words.Find(w)) return info;
  if (!allow_clitic) return nullptr;
  // Normalized letters of two bytes, compared without a call.
  constexpr std::string_view waw = "\xD9\x88", ba = "\xD8\xA8", lam = "\xD9\x84";  // و ب ل
  std::string_view rest = w;
  bool waw_seen = false;
  if (rest.starts_with(waw)) { rest.remove_prefix(waw.size()); waw_seen = true; }
  if (rest.starts_with(ba) || rest.starts_with(lam)) rest.remove_prefix(2);
  if (rest.size() == w.size()) return nullptr;
  const WordInfo* info = words.Find(rest);
  if (!info) {
    // "وب" may have eaten a real first letter (e.g. "بضعة"); try after the waw only.
    if (waw_seen) {
      info = words.Find(w.substr(waw.size()));
      if (!info) return nullptr;
    } else {
      return nullptr;
    }
  }
  if (had_waw) *had_waw = waw_seen;
  return info;
}

std::string_view Word(std::string_view s, const std::vector<Token>& toks, size_t i) {
  return i < toks.size() ? toks[i].view(s) : std::string_view{};
}

bool Is(std::string_view s, const std::vector<Token>& toks, size_t i, const char* raw) {
  return text::WordIsKey(Word(s, toks, i), raw);
}

// Matches a multi-word phrase (space-separated raw Arabic) at token i; returns tokens used.
size_t Phrase(std::string_view s, const std::vector<Token>& toks, size_t i, std::initializer_list<const char*> words) {
  size_t k = 0;
  for (const char* w : words) {
    if (!Is(s, toks, i + k, w)) return 0;
    ++k;
  }
  return k;
}

// Qualifiers before a number and vague amounts, as phrases of raw words.
struct QualifierPhrase {
  std::initializer_list<const char*> words;
  Qualifier q;
};
const QualifierPhrase kQualifiers[] = {
    {{"ما", "لا", "يقل", "عن"}, Qualifier::kAtLeast}, {{"لا", "يقل", "عن"}, Qualifier::kAtLeast},
    {{"ما", "يزيد", "عن"}, Qualifier::kAtLeast},      {{"ما", "يزيد", "على"}, Qualifier::kAtLeast},
    {{"ما", "يربو", "على"}, Qualifier::kAtLeast},     {{"أكثر", "من"}, Qualifier::kAtLeast},
    {{"اكثر", "من"}, Qualifier::kAtLeast},            {{"أزيد", "من"}, Qualifier::kAtLeast},
    {{"ما", "يقارب"}, Qualifier::kApprox},            {{"ما", "يقرب", "من"}, Qualifier::kApprox},
    {{"يقارب"}, Qualifier::kApprox},                  {{"نحو"}, Qualifier::kApprox},
    {{"قرابة"}, Qualifier::kApprox},                  {{"حوالي"}, Qualifier::kApprox},
    {{"حوالى"}, Qualifier::kApprox},                  {{"زهاء"}, Qualifier::kApprox},
    {{"قرابه"}, Qualifier::kApprox},
};
const std::initializer_list<const char*> kVague[] = {
    {"عدد", "من"}, {"العديد", "من"}, {"عشرات"}, {"العشرات"}, {"مئات"}, {"المئات"}, {"آلاف"}, {"الآلاف"},
    {"عدة"},       {"بضعة"},          {"بضع"},    {"عشرات", "من"}, {"مئات", "من"}, {"وعشرات"}, {"ومئات"}};

// The normalized first words of the qualifier and vague phrases, each with the
// phrases it starts (bit k: kQualifiers[k], kVague[k]). ParseQuantity reads no
// further at a token that is none of them, no digits and no number word (most
// tokens of a text), and tries only the phrases that start with the token.
struct PhraseStart {
  uint32_t qualifiers = 0, vague = 0;
};
const text::WordTable<PhraseStart>& PhraseStarts() {
  static_assert(std::size(kQualifiers) <= 32 && std::size(kVague) <= 32);
  static const auto* starts = [] {
    auto* t = new text::WordTable<PhraseStart>;
    for (size_t k = 0; k < std::size(kQualifiers); ++k)
      (*t)[text::NormalizeKey(*kQualifiers[k].words.begin())].qualifiers |= 1u << k;
    for (size_t k = 0; k < std::size(kVague); ++k) (*t)[text::NormalizeKey(*kVague[k].begin())].vague |= 1u << k;
    return t;
  }();
  return *starts;
}

// Qualifier before a number; returns tokens used. The first phrase in
// kQualifiers that matches wins.
size_t ReadQualifier(std::string_view s, const std::vector<Token>& toks, size_t i, Qualifier* q) {
  const PhraseStart* start = PhraseStarts().Find(Word(s, toks, i));
  for (uint32_t bits = start ? start->qualifiers : 0; bits != 0; bits &= bits - 1) {
    const QualifierPhrase& k = kQualifiers[std::countr_zero(bits)];
    if (size_t n = Phrase(s, toks, i, k.words)) {
      *q = k.q;
      return n;
    }
  }
  return 0;
}

// The longest vague phrase at i; returns tokens used.
size_t ReadVague(std::string_view s, const std::vector<Token>& toks, size_t i) {
  const PhraseStart* start = PhraseStarts().Find(Word(s, toks, i));
  size_t best = 0;
  for (uint32_t bits = start ? start->vague : 0; bits != 0; bits &= bits - 1)
    best = std::max(best, Phrase(s, toks, i, kVague[std::countr_zero(bits)]));
  return best;
}

bool IsDigits(const Token& t) { return t.kind == TokenKind::kNumber; }

long DigitsValue(std::string_view w) {
  long v = 0;
  for (char c : w) {
    if (c < '0' || c > '9') break;
    v = v * 10 + (c - '0');
    if (v > 100000000) return v;
  }
  return v;
}

// "و12"، "بـ27" (the tatweel is gone once normalized): digits written onto a
// proclitic (و، ف، ب، ل, at most two). Returns the digits, or "".
std::string_view ProcliticDigits(std::string_view w) {
  if (w.empty() || w.back() < '0' || w.back() > '9') return {};  // the digits end the word: most words are out here
  size_t i = 0;
  for (int n = 0; n < 2 && i + 1 < w.size(); ++n) {
    std::string_view c = w.substr(i, 2);
    if (c != "\xd9\x88" && c != "\xd9\x81" && c != "\xd8\xa8" && c != "\xd9\x84") break;
    i += 2;
  }
  if (i == 0 || i == w.size()) return {};
  for (size_t j = i; j < w.size(); ++j)
    if (w[j] < '0' || w[j] > '9') return {};
  return w.substr(i);
}

// The words that may start a quantity besides digits: the first words of the
// qualifier and vague phrases, and every word Lookup() reads with its
// proclitics (a number word after none, و، ب، ل، وب or ول). ParseQuantity tests
// each token against this one table (most tokens of a text are in none).
const text::WordTable<bool>& QuantityWords() {
  static const auto* words = [] {
    auto* t = new text::WordTable<bool>;
    for (const auto& [w, start] : PhraseStarts()) (*t)[w] = true;
    // Normalized و، ب، ل and their pairs; a form is kept only when Lookup reads it.
    for (std::string_view clitic : {"", "\xD9\x88", "\xD8\xA8", "\xD9\x84", "\xD9\x88\xD8\xA8", "\xD9\x88\xD9\x84"})
      for (const auto& [word, info] : Words()) {
        const std::string form = std::string(clitic) + word;
        if (Lookup(form, true, nullptr)) (*t)[form] = true;
      }
    return t;
  }();
  return *words;
}

}  // namespace

long NumberWordValue(std::string_view word) {
  const WordInfo* w = Lookup(word, false, nullptr);
  return w ? w->value : -1;
}

std::optional<Quantity> ParseQuantity(std::string_view s, const std::vector<Token>& toks, size_t i) {
  if (i >= toks.size()) return std::nullopt;
  // "توقيف (06) عناصر دعم"، "القضاء على إرهابيين (02) اثنين" (Algerian communiqués): digits in
  // brackets, perhaps said again in words.
  auto punct = [&](size_t k, char c) {
    return k < toks.size() && toks[k].kind == TokenKind::kPunct && toks[k].end - toks[k].begin == 1 && s[toks[k].begin] == c;
  };
  // (Not a list's "نينوى (28) وبغداد (19)": a word, not "و...", follows the count.)
  auto counted_word = [&](size_t k) {
    return k < toks.size() && toks[k].kind == TokenKind::kWord && !toks[k].view(s).starts_with("\xd9\x88");
  };
  if (punct(i, '(') && i + 2 < toks.size() && IsDigits(toks[i + 1]) && punct(i + 2, ')') && counted_word(i + 3)) {
    Quantity q;
    q.first_token = static_cast<uint32_t>(i);
    q.begin = toks[i].begin;
    q.value = DigitsValue(toks[i + 1].view(s));
    size_t k = i + 3;
    if (k < toks.size() && toks[k].kind == TokenKind::kWord)
      if (auto said = ParseQuantity(s, toks, k); said && said->value == q.value) k = said->next_token;
    q.next_token = static_cast<uint32_t>(k);
    q.end = toks[k - 1].end;
    return q;
  }
  if (!IsDigits(toks[i])) {
    std::string_view w = toks[i].view(s);
    if (!QuantityWords().contains(w) && ProcliticDigits(w).empty()) return std::nullopt;
  }
  Quantity q;
  q.first_token = static_cast<uint32_t>(i);
  q.begin = toks[i].begin;
  size_t j = i + ReadQualifier(s, toks, i, &q.qualifier);
  if (size_t n = ReadVague(s, toks, j)) {
    q.qualifier = Qualifier::kVague;
    q.next_token = static_cast<uint32_t>(j + n);
    q.end = toks[j + n - 1].end;
    return q;
  }
  if (j >= toks.size()) return std::nullopt;
  long total = 0, current = 0;
  size_t k = j;
  if (IsDigits(toks[k]) || !ProcliticDigits(toks[k].view(s)).empty()) {
    current = DigitsValue(IsDigits(toks[k]) ? toks[k].view(s) : ProcliticDigits(toks[k].view(s)));
    ++k;
    // 1,500 or 1.500 written without spaces: a thousands group.
    while (k + 1 < toks.size() && toks[k].kind == TokenKind::kPunct &&
           (s[toks[k].begin] == ',') && toks[k].begin == toks[k - 1].end &&
           IsDigits(toks[k + 1]) && toks[k + 1].begin == toks[k].end && toks[k + 1].end - toks[k + 1].begin == 3) {
      current = current * 1000 + DigitsValue(toks[k + 1].view(s));
      k += 2;
    }
    // A decimal part is ignored: 3.5 -> 3.
    if (k + 1 < toks.size() && toks[k].kind == TokenKind::kPunct && s[toks[k].begin] == '.' &&
        toks[k].begin == toks[k - 1].end && IsDigits(toks[k + 1]) && toks[k + 1].begin == toks[k].end)
      k += 2;
    if (k < toks.size()) {
      bool waw = false;
      const WordInfo* m = Lookup(Word(s, toks, k), false, &waw);
      if (m && (m->cls == WordClass::kThousand || m->cls == WordClass::kThousands)) {
        current *= 1000;
        ++k;
        // "39 ألفا و445"، "10 آلاف و900": the hundreds after the thousands, written onto "و".
        if (k < toks.size()) {
          std::string_view w = toks[k].view(s);
          std::string_view rest = ProcliticDigits(w);
          if (!rest.empty() && w.starts_with("\xd9\x88") && rest.size() <= 3) {
            current += DigitsValue(rest);
            ++k;
          }
        }
      } else if (m && m->cls == WordClass::kMillion) {
        current *= 1000000;
        ++k;
      }
    }
    total = current;
  } else {
    bool first = true;
    bool any = false;
    bool after_unit = false;  // the word before was a unit: "وسبعة عشر" is 17
    while (k < toks.size() && toks[k].kind == TokenKind::kWord) {
      bool waw = false;
      const WordInfo* w = Lookup(toks[k].view(s), true, &waw);
      if (!w) break;
      if (!first && !waw && w->cls != WordClass::kTeenTen && w->cls != WordClass::kHundred &&
          w->cls != WordClass::kThousand && w->cls != WordClass::kThousands && w->cls != WordClass::kMillion)
        break;
      switch (w->cls) {
        case WordClass::kUnit: current += w->value; break;
        case WordClass::kTeenTen:
          if (!first && !waw && after_unit) current += 10;  // "ثلاثة عشر"، "مئة وسبعة عشر"
          else if (first || waw) current += 10;
          else goto done;
          break;
        case WordClass::kTen: current += w->value; break;
        case WordClass::kHundred:
          if (!first && !waw && current > 0 && current < 10 && w->value == 100) current *= 100;
          else current += w->value;
          break;
        case WordClass::kThousand:
          if (!first && !waw) { total += (current ? current : 1) * 1000; current = 0; }
          else current += w->value;
          break;
        case WordClass::kThousands:
          if (first || current == 0) goto done;  // bare "آلاف" is vague, handled above
          total += current * 1000;
          current = 0;
          break;
        case WordClass::kMillion:
          total += (current ? current : 1) * 1000000;
          current = 0;
          break;
      }
      after_unit = w->cls == WordClass::kUnit;
      any = true;
      first = false;
      ++k;
    }
  done:
    if (!any) return std::nullopt;
    total += current;
  }
  if (k == j) return std::nullopt;
  q.value = total;
  q.next_token = static_cast<uint32_t>(k);
  q.end = toks[k - 1].end;
  return q;
}

int ParseOrdinalDay(std::string_view s, const std::vector<Token>& toks, size_t i, size_t* next) {
  // The ordinal at i, looked up once: a unit, or a ten that stands alone.
  struct Ordinal {
    int value = 0;
    bool ten = false;
  };
  static const auto* ordinals = [] {
    auto* t = new text::WordTable<Ordinal>;
    const std::pair<const char*, int> units[] = {
        {"الأول", 1},  {"الثاني", 2}, {"الثالث", 3}, {"الرابع", 4},  {"الخامس", 5}, {"السادس", 6},
        {"السابع", 7}, {"الثامن", 8}, {"التاسع", 9}, {"العاشر", 10}, {"الحادي", 1}, {"أول", 1}};
    for (auto [w, v] : units) (*t)[text::NormalizeKey(w)] = {v, false};
    (*t)[text::NormalizeKey("العشرين")] = {20, true};
    (*t)[text::NormalizeKey("الثلاثين")] = {30, true};
    return t;
  }();
  const Ordinal* ordinal = ordinals->Find(Word(s, toks, i));
  if (!ordinal) return -1;
  if (ordinal->ten) {
    *next = i + 1;
    return ordinal->value;
  }
  const int unit = ordinal->value;
  size_t k = i + 1;
  if (unit < 10 && Is(s, toks, k, "عشر")) { *next = k + 1; return unit + 10; }
  if (unit < 10 && Is(s, toks, k, "والعشرين")) { *next = k + 1; return unit + 20; }
  if (unit < 2 && Is(s, toks, k, "والثلاثين")) { *next = k + 1; return unit + 30; }
  if (Is(s, toks, i, "الحادي")) return -1;
  *next = k;
  return unit;
}

}  // namespace rasad::parse
