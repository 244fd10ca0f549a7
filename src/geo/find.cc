// Geocoder::Find — one pass over the tokens with hash lookups of token n-grams.
//
// At each word token the scanner tries the word itself and the word without its
// proclitics (و ف ب ل ك and their chains; لل = ل + ال, so "للحسكة" is looked up as
// "الحسكه"; the article alone is never stripped). A stem that begins a longer
// gazetteer name is extended token by token up to the longest name starting with
// it, and the longest match wins. Around a match it reads, backwards: a type word
// (مدينة، بلدة، محافظة، ريف... also plural "بمحافظات", possibly "ريف محافظة"), a direction
// ("شرقي"، "شمال غربي"، "وسط"), a preposition ("في"، "قرب"، "بالقرب من"، "على طريق"); and
// forwards a direction adjective ("الشرقي"، "الشمالي الغربي"). "X وY" inherits the cues of
// X, and so does "X، Y" after a plural type word ("بمحافظات X، Y وZ"). A name that starts
// with a village/admin type word ("قرية سنجار") is also read as type word + name. Stopword
// names are skipped unless their cue is there (and never split into clitic + name). A
// settlement type word followed by a word the gazetteer lacks yields an `unknown` mention.
// Such a name — and one after an admin type word ("مقاطعة كولبيلوجو") or a "near" word
// ("ضواحي X", longer names only) — is also looked up by its sound among the Latin names of
// the places without an Arabic name (phonetic.h): a match is a `phonetic` mention.
#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <span>
#include <string>

#include "geo/cues.h"
#include "geo/geocoder.h"
#include "geo/phonetic.h"

namespace rasad::geo {
namespace {

constexpr std::string_view kAl = "\xD8\xA7\xD9\x84";       // ال
constexpr std::string_view kWaw = "\xD9\x88";              // و
constexpr std::string_view kFa = "\xD9\x81";               // ف
constexpr std::string_view kBa = "\xD8\xA8";               // ب
constexpr std::string_view kOr = "\xD8\xA7\xD9\x88";       // او

inline bool StartsWith(std::string_view s, std::string_view pre) { return s.starts_with(pre); }

// Two-byte code of the letter at w[i] (Arabic letters are two bytes in UTF-8).
inline uint16_t Letter(std::string_view w, size_t i) {
  return static_cast<uint16_t>((static_cast<unsigned char>(w[i]) << 8) | static_cast<unsigned char>(w[i + 1]));
}
constexpr uint16_t kLWaw = 0xD988, kLFa = 0xD981, kLBa = 0xD8A8, kLLam = 0xD984, kLKaf = 0xD983, kLAlef = 0xD8A7;

// The proclitic chains w begins with (text::IsProcliticChain, read in one pass without
// substring compares): [و|ف] then لل, or [و|ف] then [ب|ك|ل] then [ال]. Bit cut/2 is set when
// the first `cut` bytes are a chain that leaves at least two letters (cut + 4 <= size).
unsigned ChainCuts(std::string_view w) {
  const size_t n = w.size();
  unsigned cuts = 0;
  auto add = [&](size_t cut) {
    if (cut + 4 <= n) cuts |= 1u << (cut / 2);
  };
  auto is = [&](size_t i, uint16_t letter) { return i + 2 <= n && Letter(w, i) == letter; };
  size_t i = 0;
  if (is(0, kLWaw) || is(0, kLFa)) add(i = 2);
  if (is(i, kLLam) && is(i + 2, kLLam)) add(i + 4);  // لل = ل + ال
  if (is(i, kLBa) || is(i, kLKaf) || is(i, kLLam)) add(i += 2);
  if (is(i, kLAlef) && is(i + 2, kLLam)) add(i + 4);
  return cuts;
}
inline bool HasCut(unsigned cuts, size_t cut) { return (cuts >> (cut / 2)) & 1u; }

// Whether w begins with و ف ب ل ك.
inline bool MayHaveProclitic(std::string_view w) {
  if (w.size() < 2) return false;
  const uint16_t l = Letter(w, 0);
  return l == kLWaw || l == kLFa || l == kLBa || l == kLLam || l == kLKaf;
}

// One way to read a word: the text looked up and where the name begins.
struct Stem {
  std::string_view text;     // what to look up (points into `buf` for the لل case)
  uint32_t name_offset = 0;  // byte offset of the name inside the word
  std::string_view prefix;   // the proclitics peeled off
  std::string buf;
};

// Up to 5 readings of a word: itself first, then with longer proclitic chains.
struct Stems {
  std::array<Stem, 5> s;
  size_t n = 0;
};

// Readings of a cue word: itself, then without proclitic chains (stems of min_stem bytes or more).
void MakeStems(std::string_view w, Stems& out, size_t min_stem) {
  out.n = 0;
  Stem& s0 = out.s[out.n++];
  s0.text = w;
  s0.name_offset = 0;
  s0.prefix = {};
  if (!MayHaveProclitic(w)) return;
  const unsigned cuts = ChainCuts(w);
  for (size_t cut = 2; cut <= 8 && cut + 4 <= w.size() && out.n < out.s.size(); cut += 2) {
    std::string_view p = w.substr(0, cut);
    if (!HasCut(cuts, cut)) continue;
    std::string_view rest = w.substr(cut);
    if (cut >= 4 && Letter(w, cut - 2) == kLLam && Letter(w, cut - 4) == kLLam) {
      Stem& s = out.s[out.n++];
      s.buf.assign(kAl);
      s.buf.append(rest);
      s.text = s.buf;
      s.name_offset = static_cast<uint32_t>(cut - 2);
      s.prefix = w.substr(0, cut - 2);
    } else if (cut >= 4 && Letter(w, cut - 2) == kLLam && Letter(w, cut - 4) == kLAlef) {
      continue;  // never strip the article: "الامن" is not "امن"
    } else {
      if (rest.size() < min_stem) continue;  // names: a stem of at least three letters
      Stem& s = out.s[out.n++];
      s.text = rest;
      s.name_offset = static_cast<uint32_t>(cut);
      s.prefix = p;
    }
  }
}

bool PrefixHasBa(std::string_view p) { return p.find(kBa) != std::string_view::npos; }
bool PrefixIsConj(std::string_view p) { return StartsWith(p, kWaw) || StartsWith(p, kFa); }

// "الحكم المحلي" (local government) as normalized text writes it.
constexpr std::string_view kGovernment = "\xD8\xA7\xD9\x84\xD8\xAD\xD9\x83\xD9\x85";            // الحكم
constexpr std::string_view kLocal = "\xD8\xA7\xD9\x84\xD9\x85\xD8\xAD\xD9\x84\xD9\x8A";     // المحلي
constexpr std::string_view kHa = "\xD9\x87\xD8\xA7", kHum = "\xD9\x87\xD9\x85";  // ها، هم (pronouns)
constexpr std::string_view kAt = "\xD8\xA7\xD8\xAA", kIn = "\xD9\x8A\xD9\x86", kUn = "\xD9\x88\xD9\x86";  // ات، ين، ون
constexpr std::string_view kWadi = "\xD9\x88\xD8\xA7\xD8\xAF\xD9\x8A", kJabal = "\xD8\xAC\xD8\xA8\xD9\x84";  // وادي، جبل
constexpr std::string_view kLocalF = "\xD8\xA7\xD9\x84\xD9\x85\xD8\xAD\xD9\x84\xD9\x8A\xD9\x87";  // المحلية (ة as ه)

class Scanner {
 public:
  Scanner(const Gazetteer& g, const text::NormalizedText& text, const std::vector<text::Token>& tokens)
      : g_(g), text_(text), s_(text.text), t_(tokens) {}

  std::vector<PlaceMention> Run() {
    std::vector<PlaceMention> out;
    out.reserve(t_.size() / 8 + 4);
    const size_t n = t_.size();
    size_t i = 0;
    while (i < n) {
      const text::Token& t = t_[i];
      if (t.kind != text::TokenKind::kWord || static_cast<unsigned char>(s_[t.begin]) < 0x80) {
        if (t.kind == text::TokenKind::kNewline || (t.kind == text::TokenKind::kPunct && EndsSentence(s_[t.begin])))
          ++sentence_;
        ++i;
        continue;
      }
      // Most words are no name: no reading of theirs passes the index filter (most have only
      // themselves to read: one hash and a filter bit). Such a word matters only as "حي" or a
      // list item.
      const std::string_view w(s_.data() + t.begin, t.end - t.begin);
      // ("في وادي عومران شرقي مودية": a valley or mountain the gazetteer lacks, told by where it lies.)
      if ((w == kWadi || w == kJabal) && i + 2 < n) {
        size_t next = i + 1;
        if (TryFeature(i, out, next)) {
          i = next;
          continue;
        }
      }
      Readings readings;
      const size_t n_readings = ReadingsOf(i, NameIndex::Hash(w), readings);
      if (n_readings == 0) {
        // ("قريتي أم الكيف والدردارة": a dual type word is no name, but may open one.)
        Match dual;
        // (Five letters or more: not "التي", the commonest word that ends so.)
        dual.type_word = w.size() >= 10 && IsDual(i) && MayEndWithTypeWord(w);
        i = EndsWithHay(w) || AfterComma(i) || dual.type_word ? AfterNoName(i, dual, out) : i + 1;
        continue;
      }
      Match m = MatchAt(i, readings, n_readings);
      if (m.tokens == 0) {
        const bool cue = m.type_word || m.admin_type_word || m.near_word;
        i = cue || EndsWithHay(w) || AfterComma(i) ? AfterNoName(i, m, out) : i + 1;
        continue;
      }
      // "مطار مدينة الأبيض": a type word that is also a place name ("مدينة" = Medina) is the
      // type word of the name that follows it.
      if (m.type_word && m.tokens == 1 && IsWord(i + 1)) {
        size_t next = i + 1;
        if (TryUnknown(i, out, next)) {  // "قرية أم الكيف" (only the head word "أم" is known)
          i = next;
          continue;
        }
        if (MatchAt(i + 1).tokens > 0) {
          ++i;
          continue;
        }
      }
      // "قرية سنجار" is the village Sinjar, not only an Iraqi "Qaryat Sinjar": when a name
      // begins with a village/admin type word and the rest is a name too, the type word is
      // a cue and the places of both readings are candidates.
      extra_.clear();
      if (m.tokens >= 2 && SplittableTypeWord(i)) {
        Match rest = MatchAt(i + 1);
        if (rest.tokens >= 1 && rest.tokens == m.tokens - 1) {
          auto post = g_.index().Postings(*m.entry);
          extra_.assign(post.begin(), post.end());
          m = rest;
          ++i;
        }
      }
      // A stopword name needs its cue. Most stopwords need a type word and have none, which
      // is told before the words around the name are read.
      const StopwordCue cue = Gazetteer::CueOf(*m.entry);
      bool cued = cue != StopwordCue::kTypeWord || (MayHaveTypeWord(i, m.prefix, out) && !DefiniteTypeWord(m.key));
      size_t first = i, last = i;
      if (cued) {
        // The mention is made in place (most that get this far are kept).
        PlaceMention& pm = out.emplace_back();
        const PlaceMention* prev = out.size() > 1 ? &out[out.size() - 2] : nullptr;
        pm.key = m.key;
        pm.sentence = sentence_;
        pm.begin = t_[i].begin + m.name_offset;
        pm.end = t_[i + m.tokens - 1].end;
        first = ParseBefore(i, m.prefix, pm);
        last = ParseAfter(i + m.tokens - 1, pm);
        InheritFromPrevious(first, pm, prev);
        cued = !((cue == StopwordCue::kTypeWord && pm.type_word.empty()) ||
                 (cue == StopwordCue::kPreposition && pm.type_word.empty() && !pm.has_preposition &&
                  pm.direction == Direction::kNone));
        if (!cued) out.pop_back();
      }
      if (!cued) {
        // A type word that is also a (stopword) place name ("قرية") may still open an unknown
        // name (the name got no type word, or it would not be dropped).
        size_t next = i + 1;
        if (m.type_word && m.tokens == 1 && TryUnknown(i, out, next)) {
          i = next;
          continue;
        }
        i += m.tokens;  // not a place here; its words are not the start of another name either
        continue;
      }
      PlaceMention& pm = out.back();
      auto post = g_.index().Postings(*m.entry);
      pm.candidates.assign(post.begin(), post.end());
      if (!extra_.empty()) {
        pm.candidates.insert(pm.candidates.end(), extra_.begin(), extra_.end());
        std::sort(pm.candidates.begin(), pm.candidates.end());
        pm.candidates.erase(std::unique(pm.candidates.begin(), pm.candidates.end()), pm.candidates.end());
      }
      pm.span_begin = t_[first].begin;
      pm.span_end = t_[last].end;
      pm.strong = pm.strong || !pm.type_word.empty() || pm.has_preposition || pm.direction != Direction::kNone;
      // A name after a type word or "near" word may also be a place the sources name only in
      // Latin script ("بلدة بوسو" in Niger, while the Arabic name "بوسو" is a town in Chad);
      // Resolve looks it up by its sound if it needs to.
      if ((!pm.type_word.empty() || pm.near) && !pm.coordinated && m.tokens <= 2 && g_.HasPhonetic() &&
          !StartsWith(pm.key, kAl)) {
        pm.sound_min_key = pm.type_word.empty() ? 4 : 2;
        SetWritten(pm);
      }
      last_end_ = static_cast<long>(last);
      prev_plural_ = plural_;
      i = last + 1;
    }
    return out;
  }

 private:
  struct Match {
    size_t tokens = 0;
    const NameIndex::Entry* entry = nullptr;
    std::string_view key;  // the entry's key (in the index)
    uint32_t name_offset = 0;
    std::string_view prefix;
    bool type_word = false;        // a reading of the word is a settlement type word
    bool admin_type_word = false;  // ... an admin or area type word (محافظة، مقاطعة، منطقة...)
    bool near_word = false;        // ... a "near" word (قرب، ضواحي، محيط...)
  };

  bool IsWord(size_t i) const { return i < t_.size() && t_[i].kind == text::TokenKind::kWord; }
  std::string_view Tok(size_t i) const {  // (tokens lie inside the text)
    const text::Token& t = t_[i];
    return {s_.data() + t.begin, t.end - t.begin};
  }

  // The word at token i starts no name (m: what its readings are, if anything): a type word,
  // "حي" or a "near" word may open a name the gazetteer lacks, and a word after a comma may be
  // an item of a list. Returns the next token to scan (i + 1 for any other word).
  size_t AfterNoName(size_t i, const Match& m, std::vector<PlaceMention>& out) {
    // A settlement type word (the index marks them; "حي" is too short to be a reading).
    size_t next = i + 1;
    if ((m.type_word || EndsWithHay(Tok(i)) || m.admin_type_word) && TryUnknown(i, out, next)) return next;
    if (m.near_word && TryNearPhonetic(i, out, next)) return next;
    if (AfterComma(i) && TryListPhonetic(i, out, next)) return next;
    return i + 1;
  }
  static bool EndsWithHay(std::string_view w) {  // حي
    return w.size() >= 4 && Letter(w, w.size() - 4) == 0xD8AD && Letter(w, w.size() - 2) == 0xD98A;
  }
  static bool EndsSentence(char c) { return c == '.' || c == '?' || c == '!' || c == ';'; }
  // A common-word name that is a type word with the article ("المدينة" the city, "المطار"
  // the airport) refers to the place told before, even after a type word ("أحياء المدينة":
  // the city's neighbourhoods, "منطقة المطار"), so it is never that gazetteer place.
  static bool DefiniteTypeWord(std::string_view key) {
    return StartsWith(key, kAl) && LookupTypeWord(key.substr(kAl.size())).cls != TypeClass::kNone;
  }
  bool AfterComma(size_t i) const {
    return i >= 2 && t_[i - 1].kind == text::TokenKind::kPunct && Tok(i - 1) == ",";
  }

  static constexpr size_t kMinSplitWord = 8;  // bytes: a shorter word is read only as itself

  // One way to read a word: the text looked up (its hash), where the name begins and the
  // proclitics peeled off.
  struct Reading {  // (trivial: a word's array of readings is not initialized)
    const char* text;
    uint32_t size;
    uint32_t name_offset;  // = the size of the prefix
    uint64_t hash;
  };
  using Readings = std::array<Reading, 5>;

  // The readings of the word at token i (h: its hash) that may be names (their hash passes
  // the index filter), in MatchAt's order: the word itself, then without longer proclitic
  // chains (stems of at least three letters; the article alone is never stripped).
  [[gnu::always_inline]] size_t ReadingsOf(size_t i, uint64_t h, Readings& out) {
    size_t n = 0;
    const std::string_view w = Tok(i);
    if (g_.index().MayContain(h)) out[n++] = {w.data(), static_cast<uint32_t>(w.size()), 0, h};
    if (w.size() < kMinSplitWord || !MayHaveProclitic(w)) return n;
    return StemReadings(w, out, n);
  }
  // ReadingsOf for a word that begins with a proclitic: n readings so far.
  [[gnu::noinline]] size_t StemReadings(std::string_view w, Readings& out, size_t n) {
    // The cuts ChainCuts found, shortest first (each leaves two letters or more).
    for (unsigned cuts = ChainCuts(w); cuts != 0; cuts &= cuts - 1) {
      const size_t cut = 2 * static_cast<size_t>(std::countr_zero(cuts));
      std::string_view rest = w.substr(cut), text = rest;
      uint32_t name_offset = static_cast<uint32_t>(cut);
      const bool lamlam = cut >= 4 && Letter(w, cut - 2) == kLLam && Letter(w, cut - 4) == kLLam;
      const bool article = cut >= 4 && Letter(w, cut - 2) == kLLam && Letter(w, cut - 4) == kLAlef;
      if (lamlam) {  // (one at most: the chain has one لل)
        al_buf_.assign(kAl);
        al_buf_.append(rest);
        text = al_buf_;
        name_offset = static_cast<uint32_t>(cut - 2);
      } else if (article || rest.size() < 6) {
        continue;
      }
      const uint64_t th = NameIndex::Hash(text);
      if (g_.index().MayContain(th)) out[n++] = {text.data(), static_cast<uint32_t>(text.size()), name_offset, th};
    }
    return n;
  }

  // The longest gazetteer name starting at token i, over the word's readings; a reading that
  // is a stopword ("بيان", "السلام") is not split further.
  Match MatchAt(size_t i) {
    Readings r;
    return MatchAt(i, r, ReadingsOf(i, NameIndex::Hash(Tok(i)), r));
  }
  // The same, for the first `count` of ReadingsOf(i, ...).
  [[gnu::always_inline]] Match MatchAt(size_t i, const Readings& readings, size_t count) {
    Match best;
    for (size_t k = 0; k < count; ++k) {
      const Reading& r = readings[k];
      const std::string_view text(r.text, r.size);
      const NameIndex::Entry* e = g_.index().Probe(text, r.hash);
      if (!e) continue;
      if (e->mark & Gazetteer::kTypeWordMark) best.type_word = true;
      if (e->mark & Gazetteer::kAdminTypeWordMark) best.admin_type_word = true;
      if (e->mark & Gazetteer::kNearWordMark) best.near_word = true;
      size_t found = 0;
      const NameIndex::Entry* fe = nullptr;
      if (e->max_tokens > 1) {
        // Extend over following tokens (words, and '-' inside names) while the n-gram is
        // still a name or the prefix of one; keep the longest name. The n-gram is a view of
        // the text while its tokens are one space apart (most names), else spelled out in key_.
        std::string_view gram = text;
        bool in_text = text.data() != al_buf_.data();
        const NameIndex::Entry* ge = e;  // the entry of gram
        for (size_t j = i + 1, n = 2; j < t_.size() && n <= e->max_tokens; ++j, ++n) {
          const text::Token& t = t_[j];
          bool dash = t.kind == text::TokenKind::kPunct && s_[t.begin] == '-';
          if (t.kind != text::TokenKind::kWord && t.kind != text::TokenKind::kNumber && !dash) break;
          if (!NameIndex::MayContinue(*ge, Tok(j))) break;  // (most: no name continues so)
          const size_t gram_begin = in_text ? static_cast<size_t>(gram.data() - s_.data()) : 0;
          if (in_text && t.begin == gram_begin + gram.size() + 1 && s_[t.begin - 1] == ' ') {
            gram = s_.substr(gram_begin, t.end - gram_begin);
          } else {
            if (in_text) key_.assign(gram);
            in_text = false;
            key_ += ' ';
            key_.append(Tok(j));
            gram = key_;
          }
          const NameIndex::Entry* le = g_.index().Find(gram);
          if (!le) break;
          ge = le;
          if (le->postings_size > 0) {
            found = n;
            fe = le;
          }
        }
      }
      if (!found && e->postings_size > 0) {
        found = 1;
        fe = e;
      }
      if (found > best.tokens) {
        best.tokens = found;
        best.entry = fe;
        best.name_offset = r.name_offset;
        best.prefix = Tok(i).substr(0, r.name_offset);
      }
      if (Gazetteer::CueOf(*e) != StopwordCue::kNone) break;  // a common word: no further split
    }
    if (best.entry) best.key = g_.index().Key(*best.entry);
    return best;
  }

  // Type words that prefix village, city and admin names in the sources ("قرية X"، "ناحية X"،
  // "مدينة زنجبار" for Zanzibar beside Yemen's Zinjibar) but are cues in text: both readings
  // are candidates and the article decides ("مدينة الصدر" in Baghdad stays Sadr City). Not
  // مخيم/حي/ريف, which start real names (مخيم الهول، ريف دمشق).
  bool SplittableTypeWord(size_t i) {
    for (size_t a = 0; a < CueStems(i).n; ++a) {
      switch (TypeOf(a).cls) {
        case TypeClass::kCity: case TypeClass::kTown: case TypeClass::kVillage: case TypeClass::kArea: case TypeClass::kAdmin1:
        case TypeClass::kAdmin2: case TypeClass::kAdmin3:
          return true;
        default:
          break;
      }
    }
    return false;
  }

  // Readings of token k without clitics, and what the cue tables say about each (the
  // last token asked is cached).
  // (Callers read only the readings that are cues: a word that cannot end in one has none.)
  const Stems& CueStems(size_t k) {
    if (k != cue_k_) {
      cue_k_ = k;
      if (!MayEndWithCue(Tok(k))) {
        cue_stems_.n = 0;
        return cue_stems_;
      }
      MakeStems(Tok(k), cue_stems_, /*min_stem=*/4);  // "وحي"، "بحي"
      for (size_t a = 0; a < cue_stems_.n; ++a) cue_words_[a] = LookupCue(cue_stems_.s[a].text);
    }
    return cue_stems_;
  }
  TypeWord TypeOf(size_t a) const { return cue_words_[a] ? cue_words_[a]->type : TypeWord{}; }
  // True when a reading of token k is a type word, direction or preposition ("بولاية").
  bool IsCueWord(size_t k) {
    const Stems& st = CueStems(k);
    for (size_t a = 0; a < st.n; ++a)
      if (cue_words_[a]) return true;
    return false;
  }
  // True when a reading of token k is the type word of an admin unit ("بولاية"، "بمحافظة").
  bool AdminTypeWordAt(size_t k) {
    const Stems& st = CueStems(k);
    for (size_t a = 0; a < st.n; ++a) {
      const TypeClass c = TypeOf(a).cls;
      if (c == TypeClass::kAdmin1 || c == TypeClass::kAdmin2 || c == TypeClass::kAdmin3) return true;
    }
    return false;
  }
  Direction BeforeOf(size_t a) const { return cue_words_[a] ? cue_words_[a]->before : Direction::kNone; }
  PrepositionKind PrepOf(size_t a) const { return cue_words_[a] ? cue_words_[a]->prep : PrepositionKind::kNone; }

  // False when ParseBefore and InheritFromPrevious cannot give the name at token i (its
  // proclitics `name_prefix`) a type word: none right before it (or a conjunction on the name
  // separates it from the words before), and none to inherit from the previous mention.
  bool MayHaveTypeWord(size_t i, std::string_view name_prefix, const std::vector<PlaceMention>& out) {
    if (!out.empty() && last_end_ >= 0 && !out.back().type_word.empty()) return true;
    const long k = static_cast<long>(i) - 1;
    if (PrefixIsConj(name_prefix) || k < last_end_ + 1 || !IsWord(k) || !MayEndWithTypeWord(Tok(k))) return false;
    for (size_t a = 0; a < CueStems(k).n; ++a)
      if (TypeOf(a).cls != TypeClass::kNone) return true;
    return false;
  }

  // Reads type word / direction / preposition before the name at token i. Returns the
  // first token of the span.
  size_t ParseBefore(size_t i, std::string_view name_prefix, PlaceMention& pm) {
    long lo = last_end_ + 1;
    long k = static_cast<long>(i) - 1;
    size_t first = i;
    plural_ = false;
    if (PrefixHasBa(name_prefix)) pm.has_preposition = true;
    conj_ = PrefixIsConj(name_prefix);
    // "منطقة وادي الشاي" is not "منطقة و + ادي": a conjunction on the name separates it from
    // the words before (its cues come from the previous mention, see InheritFromPrevious).
    if (conj_) return first;
    // Type word (and "ريف" before it: "ريف محافظة X", "ريف مدينة X").
    if (k >= lo && IsWord(k)) {
      for (size_t a = 0; a < CueStems(k).n; ++a) {
        TypeWord tw = TypeOf(a);
        if (tw.cls == TypeClass::kNone) continue;
        pm.type_word.assign(tw.singular);
        plural_ = tw.plural;
        if (tw.cls == TypeClass::kCountryside) pm.countryside = true;
        if (PrefixHasBa(cue_stems_.s[a].prefix)) pm.has_preposition = true;
        conj_ = PrefixIsConj(cue_stems_.s[a].prefix);
        first = static_cast<size_t>(k);
        --k;
        if (tw.cls != TypeClass::kCountryside && k >= lo && IsWord(k)) {
          for (size_t b = 0; b < CueStems(k).n; ++b) {
            if (TypeOf(b).cls == TypeClass::kCountryside) {
              pm.countryside = true;
              if (PrefixHasBa(cue_stems_.s[b].prefix)) pm.has_preposition = true;
              conj_ = PrefixIsConj(cue_stems_.s[b].prefix);
              first = static_cast<size_t>(k);
              --k;
              break;
            }
          }
        }
        break;
      }
    }
    // Direction: "شرق"، "شرقي"، "شمال غربي"، "جنوب شرق"، "وسط".
    if (k >= lo && IsWord(k)) {
      Direction d = Direction::kNone;
      std::string_view prefix;
      for (size_t a = 0; a < CueStems(k).n && d == Direction::kNone; ++a) {
        d = BeforeOf(a);
        prefix = cue_stems_.s[a].prefix;
      }
      if (d != Direction::kNone) {
        first = static_cast<size_t>(k);
        --k;
        if ((d == Direction::kE || d == Direction::kW) && k >= lo && IsWord(k)) {
          Direction ns = Direction::kNone;
          std::string_view p2;
          for (size_t a = 0; a < CueStems(k).n && ns == Direction::kNone; ++a) {
            ns = BeforeOf(a);
            p2 = cue_stems_.s[a].prefix;
          }
          Direction c = Combine(ns, d);
          if (c != Direction::kNone) {
            d = c;
            prefix = p2;
            first = static_cast<size_t>(k);
            --k;
          }
        }
        pm.direction = d;
        if (PrefixHasBa(prefix)) pm.has_preposition = true;
        conj_ = PrefixIsConj(prefix);
      }
    }
    // Preposition: "في"، "قرب"، "بالقرب من"، "على طريق"، "على أطراف"...
    if (k >= lo && IsWord(k)) {
      for (size_t a = 0; a < CueStems(k).n; ++a) {
        PrepositionKind p = PrepOf(a);
        if (p == PrepositionKind::kNone) continue;
        pm.has_preposition = true;
        if (p == PrepositionKind::kNear) pm.near = true;
        bool min = cue_stems_.s[a].text == "\xD9\x85\xD9\x86";  // من: "بالقرب من"
        if (min && k - 1 >= lo && IsWord(k - 1)) {
          const Stems& prev = CueStems(k - 1);
          for (size_t b = 0; b < prev.n; ++b)
            if (PrepOf(b) == PrepositionKind::kNear) pm.near = true;
        }
        break;
      }
    }
    return first;
  }

  // Reads direction adjectives after the name ending at token `last`; returns the last token of the span.
  size_t ParseAfter(size_t last, PlaceMention& pm) {
    size_t j = last + 1;
    if (!IsWord(j)) return last;
    Direction d = LookupDirectionAfter(Tok(j));
    if (d == Direction::kNone) return last;
    size_t end = j;
    if ((d == Direction::kN || d == Direction::kS) && IsWord(j + 1)) {
      Direction c = Combine(d, LookupDirectionAfter(Tok(j + 1)));
      if (c != Direction::kNone) {
        d = c;
        end = j + 1;
      }
    }
    if (pm.direction == Direction::kNone) pm.direction = d;
    return end;
  }

  // "X وY"، "X، Y"، "محافظات X وY وZ": Y takes X's cues when it has none of its own.
  // (prev_mention: the previous mention, if any.)
  void InheritFromPrevious(size_t first, PlaceMention& pm, const PlaceMention* prev_mention) {
    if (!prev_mention || last_end_ < 0) return;
    bool waw = conj_, comma = false;
    for (long k = last_end_ + 1; k < static_cast<long>(first); ++k) {
      std::string_view w = Tok(k);
      if (t_[k].kind == text::TokenKind::kPunct && w == ",") { comma = true; continue; }
      if (t_[k].kind == text::TokenKind::kWord && (w == kWaw || w == kOr)) { waw = true; continue; }
      return;
    }
    if (!waw && !comma) return;
    const PlaceMention& prev = *prev_mention;
    pm.coordinated = true;
    plural_ = prev_plural_;
    // "X، Y" is a list only after a plural type word ("محافظات X، Y"); otherwise the
    // comma may open an apposition ("محافظة صعدة، المعقل الرئيسي...").
    if (pm.type_word.empty() && (waw || prev_plural_)) {
      pm.type_word = prev.type_word;
      pm.countryside = pm.countryside || prev.countryside;
    }
    if (prev.strong) pm.strong = true;
    if (prev.has_preposition) pm.has_preposition = true;
  }

  // A settlement type word at token i followed by a name the gazetteer lacks (an `unknown`
  // mention, or a `phonetic` one when the name sounds like a Latin name); after an admin type
  // word only a phonetic match makes a mention.
  [[gnu::noinline]] bool TryUnknown(size_t i, std::vector<PlaceMention>& out, size_t& next) {
    TypeWord tw;
    std::string_view prefix;
    for (size_t a = 0; a < CueStems(i).n && tw.cls == TypeClass::kNone; ++a) {
      tw = TypeOf(a);
      prefix = cue_stems_.s[a].prefix;
    }
    const bool settlement = tw.cls == TypeClass::kCity || tw.cls == TypeClass::kTown ||
                            tw.cls == TypeClass::kVillage || tw.cls == TypeClass::kCamp ||
                            tw.cls == TypeClass::kNeighbourhood;
    const bool admin = tw.cls == TypeClass::kAdmin1 || tw.cls == TypeClass::kAdmin2 ||
                       tw.cls == TypeClass::kAdmin3 || tw.cls == TypeClass::kArea;
    // ("قريتي أم الكيف والدردارة": a dual names two places, the first of them right after it.)
    if ((tw.plural && !(settlement && IsDual(i))) || (!settlement && !admin)) return false;
    size_t j = i + 1;
    // "منطقة الحكم المحلي مارو": Nigeria's local government area, a district (admin2).
    // (So is "منطقة مارو المحلية": the area word, the name, then "local".)
    if (tw.cls == TypeClass::kArea && Tok(j) == kGovernment && Tok(j + 1) == kLocal) {
      tw.cls = TypeClass::kAdmin2;
      j += 2;
    } else if (tw.cls == TypeClass::kArea && IsWord(j + 1) && Tok(j + 1) == kLocalF) {
      tw.cls = TypeClass::kAdmin2;
    }
    if (!IsWord(j) || static_cast<unsigned char>(s_[t_[j].begin]) < 0x80) return false;
    // "منطقة عين زارة"، "منطقة آل ثابت"، "منطقة جبل X": after the area word, a name that opens
    // with a head word ("عين"، "آل"، "جبل"...) is a locality the gazetteer lacks, as after "قرية".
    if (tw.cls == TypeClass::kArea && HeadOfName(j)) return TryUnknownName(i, j, tw, prefix, /*head=*/true, out, next);
    if (admin) {
      size_t end = j;
      // (A short name by its sound only with the province that holds it right after: "منطقة
      // الحكم المحلي مارو بولاية زامفارا" — Resolve keeps sound-alikes of that province.)
      const size_t min_key = ContainerAfter(j + 1) || (IsWord(j + 1) && Tok(j + 1) == kLocalF) ? 2 : 3;
      if (!MatchAt(j).tokens && Phonetic(j, min_key, end)) {
        PlaceMention pm;
        PhoneticMention(i, j, end, tw, prefix, pm);
        Push(std::move(pm), end, out);
        next = end + 1;
        return true;
      }
      // "منطقة أيوم بمقاطعة تونج"، "منطقة كاتي في ولاية X": after the area word, a bare name
      // (no article, no feminine ending: not an adjective such as "منطقة حدودية") with the
      // province or district that holds it right after is a locality the gazetteer lacks.
      if (tw.cls == TypeClass::kArea && !MatchAt(j).tokens && ContainerAfter(j + 1)) {
        std::string_view w = Tok(j);
        const bool article = w.starts_with(kAl), feminine = w.ends_with("\xD9\x87");  // ال، ه (ة normalized)
        if (!article && !feminine) return TryUnknownName(i, j, tw, prefix, /*head=*/false, out, next);
      }
      // "في منطقة الحرشة شرقي مدينة الزاوية"، "منطقة الشوكة شرق مدينة رفح": the area word (without
      // the article: "المنطقة" is no type word), then a name with it (an adjective would have none:
      // "منطقة حدودية") and where it lies from a place: a locality the gazetteer lacks, placed in
      // that place's area.
      if (tw.cls == TypeClass::kArea && !MatchAt(j).tokens && Tok(j).starts_with(kAl)) {
        bool directed = false;
        for (size_t a = 0; a < CueStems(j + 1).n && !directed; ++a) directed = BeforeOf(a) != Direction::kNone;
        if (directed) return TryUnknownName(i, j, tw, prefix, /*head=*/false, out, next);
      }
      return false;
    }
    return TryUnknownName(i, j, tw, prefix, HeadOfName(j), out, next);
  }

  // "في وادي عومران شرقي مودية"، "قرب جبل X غربي Y": after a preposition, a valley or mountain
  // (token i) whose name (token i + 1) the gazetteer lacks, told by the direction of a place
  // after it, is a place of its own, placed in that place's area.
  bool TryFeature(size_t i, std::vector<PlaceMention>& out, size_t& next) {
    static const std::string_view kPreps[] = {"\xD9\x81\xD9\x8A", "\xD9\x82\xD8\xB1\xD8\xA8"};  // في، قرب
    if (i == 0 || !IsWord(i - 1) || std::find(std::begin(kPreps), std::end(kPreps), Tok(i - 1)) == std::end(kPreps))
      return false;
    const size_t j = i + 1;
    if (!NameLike(j, 4) || MatchAt(j).tokens) return false;
    bool directed = false;
    for (size_t a = 0; a < CueStems(j + 1).n && !directed; ++a) directed = BeforeOf(a) != Direction::kNone;
    if (!directed) return false;
    PlaceMention pm = WrittenMention(i, i, j);
    pm.unknown = pm.strong = pm.has_preposition = true;
    Push(std::move(pm), j, out);
    next = j + 1;
    return true;
  }

  // A dual type word at token i ("بلدتي"، "قريتي"، "مدينتي"): it ends in تي.
  bool IsDual(size_t i) const {
    const std::string_view w = Tok(i);
    return w.size() > 4 && w.ends_with("\xD8\xAA\xD9\x8A");  // تي
  }

  // An admin area that holds the place before it, opening at token k: "بمقاطعة"، "بولاية"، "في محافظة".
  bool ContainerAfter(size_t k) {
    if (!IsWord(k)) return false;
    if (AdminTypeWordAt(k)) return Tok(k).starts_with("\xD8\xA8");  // بـ
    return Tok(k) == "\xD9\x81\xD9\x8A" && IsWord(k + 1) && AdminTypeWordAt(k + 1);  // في
  }

  // The first word of a two-word name at token j ("أبو حمام"، "عين زارة"، "آل ثابت").
  bool HeadOfName(size_t j) {
    static constexpr std::string_view kHeads[] = {
        "ابو", "ام", "تل", "عين", "دير", "كفر", "خربه", "بير", "بيت", "جسر", "جبل", "وادي", "راس",
        "مزرعه", "عرب", "بني", "سيدي", "حاسي", "اولاد", "قصر", "شيخ", "الشيخ", "حوش", "قلعه", "تله", "ود",
        "ال"};  // "آل ثابت" (a family's land), written apart from the name
    if (!IsWord(j)) return false;
    std::string_view w = Tok(j);
    for (std::string_view h : kHeads)
      if (w == h) return IsWord(j + 1) && !IsNotAName(Tok(j + 1)) && !IsCueWord(j + 1);
    return false;
  }

  // The unknown name at token j after the type word at token i (TryUnknown).
  bool TryUnknownName(size_t i, size_t j, const TypeWord& tw, std::string_view prefix, bool head,
                      std::vector<PlaceMention>& out, size_t& next) {
    std::string_view w = Tok(j);
    if ((!head && (w.size() < 6 || IsNotAName(w) || g_.IsStopword(w)))) return false;
    // "قرية بولاية بورنو"، "بلدة في محافظة درعا": the province the place lies in is no name of it.
    if (!head && AdminTypeWordAt(j)) return false;
    // A known name follows: the main loop takes it; but not a bare head word ("قرية أم الكيف"
    // when the gazetteer lacks "أم الكيف" is an unknown village, not a place called "أم").
    Match known = MatchAt(j);
    if (known.tokens > 1) return false;
    if (known.tokens == 1 && !head) {
      // "بلدة عدن يابال": a known word ("عدن") that opens a two-word name the gazetteer has only
      // in Latin script (Aadan Yabaal): that name, read by its sound; else the known one.
      if (!PhoneticPair(j, /*min_key=*/3)) return false;
      const size_t two = j + 1;
      PlaceMention pm;
      PhoneticMention(i, j, two, tw, prefix, pm);
      pm.unknown = true;
      Push(std::move(pm), two, out);
      next = two + 1;
      return true;
    }
    size_t end = head ? j + 1 : j;
    PlaceMention pm;
    size_t phon_end = end;
    // "بلدة الشحيل" where the gazetteer writes "شحيل": after its type word, a name with the
    // article is the place the gazetteer names without it (not a common word: no stopword).
    const NameIndex::Entry* bare = nullptr;
    if (!head && StartsWith(w, kAl) && w.size() >= kAl.size() + 6) {
      bare = g_.index().Find(w.substr(kAl.size()));
      if (bare && (bare->postings_size == 0 || Gazetteer::CueOf(*bare) != StopwordCue::kNone)) bare = nullptr;
    }
    if (bare) {
      // (Trusted as little as a name found by its sound: not outside the area named beside it.)
      FillTypedMention(i, j, end, tw, prefix, pm);
      auto post = g_.index().Postings(*bare);
      pm.candidates.assign(post.begin(), post.end());
      pm.phonetic = true;
      SetWritten(pm);
    } else if (!head && Phonetic(j, /*min_key=*/2, phon_end)) {
      end = phon_end;
      PhoneticMention(i, j, end, tw, prefix, pm);
    } else if (head && g_.HasPhonetic() && SoundAlike(std::string(w) + ' ' + std::string(Tok(j + 1)), 3)) {
      // "قرية ود الحداد" = Wad al Haddad: a head word and the name after it, by their sound
      // (even when the second word alone names a place elsewhere: الحداد in Egypt).
      PhoneticMention(i, j, end, tw, prefix, pm);
    } else {
      FillTypedMention(i, j, end, tw, prefix, pm);
    }
    pm.unknown = true;  // no Arabic name: phonetic candidates, if any, are only a guess
    Push(std::move(pm), end, out);
    next = end + 1;
    return true;
  }

  // The mention of a name at tokens j..end after the type word at token i.
  void FillTypedMention(size_t i, size_t j, size_t end, const TypeWord& tw, std::string_view prefix,
                        PlaceMention& pm) {
    pm.begin = t_[j].begin;
    pm.end = t_[end].end;
    pm.span_begin = t_[i].begin;
    pm.span_end = t_[end].end;
    pm.type_word.assign(tw.singular);
    pm.key.assign(s_.substr(pm.begin, pm.end - pm.begin));
    pm.has_preposition = PrefixHasBa(prefix);
    // Prepositions before the type word.
    long k = static_cast<long>(i) - 1;
    if (k > last_end_ && IsWord(k)) {
      for (size_t a = 0; a < CueStems(k).n; ++a) {
        PrepositionKind p = PrepOf(a);
        if (p != PrepositionKind::kNone) {
          pm.has_preposition = true;
          pm.near = p == PrepositionKind::kNear;
          break;
        }
      }
    }
    pm.strong = true;
  }

  void PhoneticMention(size_t i, size_t j, size_t end, const TypeWord& tw, std::string_view prefix,
                       PlaceMention& pm) {
    FillTypedMention(i, j, end, tw, prefix, pm);
    pm.phonetic = true;
    pm.candidates = phon_ids_;
    SetWritten(pm);
  }

  void SetWritten(PlaceMention& pm) const {
    if (text_.origin.size() <= pm.end || text_.original.empty()) {
      pm.written = pm.key;
      return;
    }
    size_t b = text_.ToOriginal(pm.begin), e = text_.ToOriginalEnd(pm.end);
    pm.written.assign(text_.original.substr(b, e > b ? e - b : 0));
  }

  // A name the gazetteer lacks right after a "near" word ("ضواحي X"): only long names (four
  // consonant classes or more) by their sound, never a word with the article.
  [[gnu::noinline]] bool TryNearPhonetic(size_t i, std::vector<PlaceMention>& out, size_t& next) {
    size_t j = i + 1;
    if (!IsWord(j) || static_cast<unsigned char>(s_[t_[j].begin]) < 0x80) return false;
    if (StartsWith(Tok(j), kAl) || MatchAt(j).tokens) return false;
    size_t end = j;
    if (!Phonetic(j, /*min_key=*/4, end)) return false;
    PlaceMention pm = SoundMention(i, j, end);
    pm.has_preposition = true;
    pm.near = true;
    pm.strong = true;
    Push(std::move(pm), end, out);
    next = end + 1;
    return true;
  }

  // A mention found by its sound (the last Phonetic() look-up): the name at tokens j..end,
  // its span from token span_first.
  PlaceMention SoundMention(size_t span_first, size_t j, size_t end) {
    PlaceMention pm = WrittenMention(span_first, j, end);
    pm.phonetic = true;
    pm.candidates = phon_ids_;
    return pm;
  }

  // A mention of the name at tokens j..end, its span from token span_first, as the article
  // writes it (no cue, no candidate yet).
  PlaceMention WrittenMention(size_t span_first, size_t j, size_t end) const {
    PlaceMention pm;
    pm.begin = t_[j].begin;
    pm.end = t_[end].end;
    pm.span_begin = t_[span_first].begin;
    pm.span_end = t_[end].end;
    pm.key.assign(s_.substr(pm.begin, pm.end - pm.begin));
    SetWritten(pm);
    return pm;
  }

  // Adds a mention whose span ends at token `end`.
  void Push(PlaceMention&& pm, size_t end, std::vector<PlaceMention>& out) {
    pm.sentence = sentence_;
    last_end_ = static_cast<long>(end);
    prev_plural_ = false;
    out.push_back(std::move(pm));
  }

  // "شملت: كايس، ساندري، نيورو": an item of a list opened by a colon, that holds a place
  // found already, which the gazetteer knows only by its Latin name. The list is items of one or two
  // words between commas, back to the colon; the item is looked up by its sound (four
  // consonant classes or more for one word).
  [[gnu::noinline]] bool TryListPhonetic(size_t i, std::vector<PlaceMention>& out, size_t& next) {
    // Back to the colon over items and commas (at most kMaxListTokens): the place found
    // already must begin after the earliest token the colon may be.
    constexpr size_t kMaxListTokens = 24;
    if (out.empty() || !AfterComma(i) || out.back().span_begin < t_[i > kMaxListTokens ? i - kMaxListTokens - 1 : 0].begin)
      return false;
    if (StartsWith(Tok(i), kAl) || (i + 1 < t_.size() && IsWord(i + 1) && IsWord(i + 2))) return false;
    bool colon = false;
    size_t k = i - 1;
    for (size_t seen = 0; k > 0 && seen < kMaxListTokens && !colon; --k, ++seen) {
      const text::Token& t = t_[k - 1];
      if (t.kind == text::TokenKind::kPunct) {
        std::string_view p = Tok(k - 1);
        if (p == ":") colon = true;
        else if (p != ",") return false;
      } else if (t.kind != text::TokenKind::kWord) {
        return false;
      }
    }
    // ... and a place of the list found already.
    if (!colon || out.back().span_begin < t_[k].begin) return false;
    size_t end = i;
    PlaceMention pm;
    if (Phonetic(i, /*min_key=*/3, end)) {
      if (end != i) return false;
      pm = SoundMention(i, i, i);
    } else {
      // "كايس، ساندري، نيورو، قانقوتيري، جوجي": an item right after a place of the list that
      // sounds like no place the gazetteer has (or is too short to be told by its sound) is a
      // place it lacks, named as written, in the area of the list's places.
      // (Not a word with a pronoun, "ومحيطها"، "وغيرها"، "وضواحيها", nor a plural noun,
      // "مستودعات"، "ومقرات": what a list of targets goes on with.)
      const std::string_view w = Tok(i);
      if (!NameLike(i, 6) || out.back().span_end != t_[i - 2].end) return false;
      for (std::string_view ending : {kHa, kHum, kAt, kIn, kUn})
        if (w.ends_with(ending)) return false;
      pm = WrittenMention(i, i, i);
      pm.unknown = true;
    }
    pm.coordinated = true;
    // (An item the gazetteer lacks is a place by the list it stands in: it falls back to its area.)
    pm.strong = out.back().strong || pm.unknown;
    pm.has_preposition = out.back().has_preposition;
    Push(std::move(pm), i, out);
    next = i + 1;
    return true;
  }

  // A word that may be (part of) a transliterated name: Arabic, not a cue, stopword or
  // common word.
  bool NameLike(size_t k, size_t min_bytes) {
    if (!IsWord(k) || static_cast<unsigned char>(s_[t_[k].begin]) < 0x80) return false;
    std::string_view w = Tok(k);
    if (w.size() < min_bytes || IsNotAName(w) || g_.IsStopword(w)) return false;
    const Stems& st = CueStems(k);
    for (size_t a = 0; a < st.n; ++a)
      if (cue_words_[a]) return false;
    return true;
  }

  // The places whose Latin name sounds like the name at token j (two tokens first, then
  // one): their ids in phon_ids_, the name's last token in `end`. Keys shorter than min_key
  // consonant classes are not tried.
  bool Phonetic(size_t j, size_t min_key, size_t& end) {
    if (!g_.HasPhonetic() || !NameLike(j, 4)) return false;
    for (size_t n = 2; n >= 1; --n) {
      // ("بلدة باغا سولا": a second word the gazetteer knows elsewhere — سولا, a village in Iraq —
      // may still end the name, when the two words together sound like a place, by a longer key.)
      const bool known_second = n == 2 && MatchAt(j + 1).tokens > 0;
      if (n == 2 && (!NameLike(j + 1, 4) || Letter(Tok(j + 1), 0) == kLWaw)) continue;
      if (n == 1 && Tok(j).size() < 6) return false;
      std::string name(Tok(j));
      if (n == 2) {
        name += ' ';
        name.append(Tok(j + 1));
      }
      if (SoundAlike(name, known_second ? std::max<size_t>(min_key, 3) : min_key)) {
        end = j + n - 1;
        return true;
      }
    }
    return false;
  }

  // Tokens j and j + 1 read together by their sound (Phonetic's two-word reading alone).
  bool PhoneticPair(size_t j, size_t min_key) {
    if (!g_.HasPhonetic() || !NameLike(j, 4) || !NameLike(j + 1, 4) || Letter(Tok(j + 1), 0) == kLWaw ||
        MatchAt(j + 1).tokens)
      return false;
    std::string name(Tok(j));
    name += ' ';
    name.append(Tok(j + 1));
    return SoundAlike(name, min_key);
  }

  // Gazetteer::SoundAlike into phon_ids_.
  bool SoundAlike(std::string_view name, size_t min_key) { return g_.SoundAlike(name, min_key, phon_ids_); }

  const Gazetteer& g_;
  const text::NormalizedText& text_;
  std::string_view s_;
  std::span<const text::Token> t_;  // (a view: no load of the vector's data on each access)
  std::vector<uint32_t> phon_ids_;  // candidates of the last successful Phonetic()
  long last_end_ = -1;     // last token of the previous mention's span
  uint32_t sentence_ = 0;  // newlines and sentence ends passed
  bool conj_ = false;      // the span's first word carries و/ف
  bool plural_ = false;    // the current span's type word is plural or dual (or inherited one)
  bool prev_plural_ = false;
  Stems cue_stems_;
  std::array<const CueWord*, 5> cue_words_{};
  size_t cue_k_ = SIZE_MAX;  // the token cue_stems_ belongs to
  std::string al_buf_;
  std::vector<uint32_t> extra_;  // candidates of the longer reading "type word + name"
  std::string key_;
};

}  // namespace

std::vector<PlaceMention> Geocoder::Find(const text::NormalizedText& text,
                                         const std::vector<text::Token>& tokens) const {
  return Scanner(g_, text, tokens).Run();
}

}  // namespace rasad::geo
