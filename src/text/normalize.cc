#include "text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

#include <algorithm>
#include <bit>
#include <deque>
#include <mutex>

#include "text/key_cache.h"
#include "text/utf8.h"

namespace rasad::text {
namespace {

constexpr int32_t kDrop = -1;
constexpr int32_t kSpace = -2;

bool IsDropped(int32_t c) {
  return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640 ||
         (c >= 0x06D6 && c <= 0x06ED && c != 0x06E5 && c != 0x06E6) || c == 0x0610 ||
         (c >= 0x0611 && c <= 0x061A) ||
         c == 0x200B || c == 0x200C || c == 0x200D || c == 0x200E || c == 0x200F ||
         c == 0x061C || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) ||
         c == 0xFEFF || c == 0x00AD ||
         c == '"' || c == '\'' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x201F ||
         c == 0x2018 || c == 0x2019 || c == 0x201A || c == 0x201B || c == 0x00AB || c == 0x00BB ||
         c == 0x2039 || c == 0x203A || c == 0x2033 || c == 0x2032 || c == 0x0060 || c == 0x00B4;
}

bool IsHorizontalSpace(int32_t c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f' || c == 0x00A0 ||
         c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F ||
         c == 0x3000 || c == 0x2028;
}

// Maps one code point to its folded form; kDrop to delete, kSpace for blank.
int32_t Fold(int32_t c) {
  if (c < 0) return kSpace;
  if (c < 0x80) {
    if (c >= 'A' && c <= 'Z') return c + 32;
    if (c == '\n') return c;
    if (c < 0x20 || c == 0x7F) return kSpace;  // control characters, NUL included
    if (c == ' ') return kSpace;
    if (IsDropped(c)) return kDrop;
    return c;
  }
  // The bulk of the text, Arabic letters, is never dropped nor blank.
  bool letter = (c >= 0x0621 && c <= 0x063A) || (c >= 0x0641 && c <= 0x064A);
  if (!letter) {
    if (IsDropped(c)) return kDrop;
    if (IsHorizontalSpace(c)) return kSpace;
    if (c == 0x2029 || c == 0x0085) return '\n';
  }
  switch (c) {
    case 0x0622: case 0x0623: case 0x0625: case 0x0671: case 0x0672: case 0x0673: return 0x0627;
    case 0x0624: return 0x0648;
    case 0x0626: return 0x064A;
    case 0x0629: return 0x0647;
    case 0x0649: return 0x064A;
    case 0x06A9: return 0x0643;
    case 0x06CC: return 0x064A;
    case 0x06BE: case 0x06C0: case 0x06C1: return 0x0647;
    case 0x060C: return ',';
    case 0x061B: return ';';
    case 0x061F: return '?';
    case 0x06D4: return '.';
    case 0x066B: return '.';
    case 0x066C: return ',';
    case 0x066A: return '%';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212: return '-';
    case 0x2026: return '.';
    default: break;
  }
  if (c >= 0x0660 && c <= 0x0669) return '0' + (c - 0x0660);
  if (c >= 0x06F0 && c <= 0x06F9) return '0' + (c - 0x06F0);
  if (c >= 0xFF10 && c <= 0xFF19) return '0' + (c - 0xFF10);
  if (c >= 0x00C0 && c <= 0x00DE && c != 0x00D7) return c + 0x20;  // Latin-1 capitals
  return c;
}

bool IsPresentationForm(int32_t c) {
  return (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFC);
}

// As AppendUtf8, into a buffer of 4 bytes; returns the length (0 for a bad code point).
size_t EncodeUtf8(int32_t cp, char* out) {
  uint8_t buf[4];
  int32_t len = 0;
  UBool error = false;
  U8_APPEND(buf, len, 4, cp, error);
  if (error) return 0;
  for (int32_t k = 0; k < len; ++k) out[k] = static_cast<char>(buf[k]);
  return static_cast<size_t>(len);
}

// Fold() of every ASCII byte and of every code point of the Arabic block (U+0600..U+06FF),
// the bulk of an article, computed once from Fold() itself.
struct FoldTables {
  int32_t ascii[0x80];
  int32_t arabic[0x100];
  // By the low bits of a lead byte D8..DB and the byte after it: the UTF-8
  // bytes of the fold when the two make a character of the block that folds to
  // a two-byte letter (most fold to themselves), else {0, 0}.
  char arabic_letter[4][0x100][2] = {};
  FoldTables() {
    for (int32_t c = 0; c < 0x80; ++c) ascii[c] = Fold(c);
    for (int32_t c = 0; c < 0x100; ++c) {
      arabic[c] = Fold(0x0600 + c);
      if (arabic[c] < 0x80 || arabic[c] >= 0x800) continue;
      char* letter = arabic_letter[c >> 6][0x80 | (c & 0x3F)];
      letter[0] = static_cast<char>(0xC0 | (arabic[c] >> 6));
      letter[1] = static_cast<char>(0x80 | (arabic[c] & 0x3F));
    }
  }
};
const FoldTables& Tables() {
  static const FoldTables tables;
  return tables;
}

#if defined(__x86_64__)
// Byte-vector helpers for Writer::VerbatimAvx2.
[[gnu::target("avx2")]] inline __m256i Byte(unsigned char b) { return _mm256_set1_epi8(static_cast<char>(b)); }
[[gnu::target("avx2")]] inline __m256i Is(__m256i v, unsigned char b) { return _mm256_cmpeq_epi8(v, Byte(b)); }
// Signed compare: 0x80..0xFF order below 0x00..0x7F, each range among its own.
[[gnu::target("avx2")]] inline __m256i Within(__m256i v, unsigned char low, unsigned char high) {
  return _mm256_and_si256(_mm256_cmpgt_epi8(v, Byte(low - 1)), _mm256_cmpgt_epi8(Byte(high + 1), v));
}
// Each byte moved one place up (byte k to k + 1), across the two halves.
[[gnu::target("avx2")]] inline __m256i Up(__m256i x) {
  return _mm256_alignr_epi8(x, _mm256_permute2x128_si256(x, x, 0x08), 15);
}
// Eight origins: `from` (eight offsets), minus one where `seconds` (eight
// bytes, 0 or -1) marks a letter's second byte.
[[gnu::target("avx2")]] inline void StoreOrigins(uint32_t* at, __m256i from, __m128i seconds) {
  _mm256_storeu_si256(reinterpret_cast<__m256i*>(at), _mm256_add_epi32(from, _mm256_cvtepi8_epi32(seconds)));
}
// The same sixteen bytes in both halves (a pshufb table).
[[gnu::target("avx2")]] inline __m256i Table(const uint8_t (&t)[16]) {
  return _mm256_broadcastsi128_si256(_mm_loadu_si128(reinterpret_cast<const __m128i*>(t)));
}
// ASCII bytes that fold to themselves, looked up by nibbles: bit h of
// kKeptByLow[l] is set when byte 0xhl is kept (! .. ~ but the capitals and the
// dropped quotes " ' `); kBitOfHigh[h] is that bit (none for h >= 8).
constexpr uint8_t kKeptByLow[16] = {0x98, 0xCC, 0xC8, 0xCC, 0xCC, 0xCC, 0xCC, 0xC8,
                                    0xCC, 0xCC, 0xCC, 0xEC, 0xEC, 0xEC, 0xEC, 0x6C};
constexpr uint8_t kBitOfHigh[16] = {1, 2, 4, 8, 16, 32, 64, 128, 0, 0, 0, 0, 0, 0, 0, 0};
// A letter D8 A0..AF by the low nibble of its second byte: the lead and the
// second byte of its fold (آ أ إ -> ا, ؤ -> و, ئ -> ي, ة -> ه; others keep themselves).
constexpr uint8_t kD8A_Lead[16] = {0xD8, 0xD8, 0xD8, 0xD8, 0xD9, 0xD8, 0xD9, 0xD8,
                                   0xD8, 0xD9, 0xD8, 0xD8, 0xD8, 0xD8, 0xD8, 0xD8};
constexpr uint8_t kD8A_Second[16] = {0xA0, 0xA1, 0xA7, 0xA7, 0x88, 0xA7, 0x8A, 0xA7,
                                     0xA8, 0x87, 0xAA, 0xAB, 0xAC, 0xAD, 0xAE, 0xAF};
#endif

// Appends folded characters to the normalized text and their origins to the map,
// collapsing blanks. Writes through raw pointers into buffers it grows itself (a
// character adds at most four bytes).
class Writer {
 public:
  Writer(NormalizedText& out, size_t expected) : out_(out) { Grow(expected + 32); }  // room for VerbatimAvx2
  ~Writer() {
    out_.text.resize(n_);
    out_.origin.resize(n_);
  }

  // Inlined for the bulk of a text: Arabic letters (two bytes), plain ASCII and
  // blanks; dropped marks, newlines and longer characters go to EmitOther().
  [[gnu::always_inline]] void Emit(int32_t folded, uint32_t from) {
    if (cap_ - n_ < 4) Grow(2 * cap_);
    if (folded >= 0x80 && folded < 0x800) {  // two bytes: Arabic
      text_[n_] = static_cast<char>(0xC0 | (folded >> 6));
      text_[n_ + 1] = static_cast<char>(0x80 | (folded & 0x3F));
      origin_[n_] = origin_[n_ + 1] = from;
      n_ += 2;
      return;
    }
    if (folded > ' ' && folded < 0x80) {
      Put(static_cast<char>(folded), from);
      return;
    }
    if (folded == kSpace) {  // blanks collapse into one space, none at a line's start
      if (n_ > 0 && text_[n_ - 1] != ' ' && text_[n_ - 1] != '\n') Put(' ', from);
      return;
    }
    EmitOther(folded, from);
  }

  // Copies the run at s[i] of characters that normalize to two bytes or one
  // of the same length (the letters of U+0621..U+064A, which either keep
  // themselves or fold to another letter: أ -> ا, ة -> ه...; plain ASCII; one
  // space between words; a newline not after a space: most of an article), 32
  // bytes at a time where the CPU has AVX2, and returns where it ends: at s[i] itself when s[i] is none
  // of them, the first byte of the text or in its last 32, or without AVX2 (the
  // caller's loop takes those). Each byte written comes from the byte at the
  // same place in the run.
  size_t Verbatim(std::string_view s, size_t i) {
#if defined(__x86_64__)
    static const bool avx2 = __builtin_cpu_supports("avx2");
    if (avx2 && i > 0 && i + 33 <= s.size() && MayStartRun(s, i)) return VerbatimAvx2(s, i);
#endif
    return i;
  }

#if defined(__x86_64__)
  // False when s[i] can neither start a run (see Verbatim) nor be a stop that
  // VerbatimAvx2 takes (TakeStop), so it would return at once: a run mostly ends at a character that the caller's loop
  // then takes byte-wise ("،", a quote, a mark), and the next call lands on
  // it. A cheap filter: true may still find no run. Needs i + 1 < s.size().
  static bool MayStartRun(std::string_view s, size_t i) {
    const auto b = static_cast<unsigned char>(s[i]), next = static_cast<unsigned char>(s[i + 1]);
    if (b < 0x80) return b == ' ' || b == '\n' || b == '"' || ((kKeptByLow[b & 0x0F] & kBitOfHigh[b >> 4]) != 0);
    return (b == 0xD8 && ((next >= 0xA1 && next <= 0xBA) || next == 0x8C)) || (b == 0xD9 && next >= 0x81 && next <= 0x9F);
  }

  [[gnu::target("avx2")]] size_t VerbatimAvx2(std::string_view s, size_t i) {
    const char* p = s.data();
    const size_t size = s.size();
    if (cap_ - n_ < size - i + 32) Grow(std::max(2 * cap_, n_ + (size - i) + 32));
    size_t j = i;
    const __m256i low_nibble = Byte(0x0F), kept_by_low = Table(kKeptByLow), bit_of_high = Table(kBitOfHigh);
    const __m256i d8a_lead = Table(kD8A_Lead), d8a_second = Table(kD8A_Second);
    while (j + 33 <= size) {  // reads p[j - 1] .. p[j + 32]
      const __m256i prev = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + j - 1));
      const __m256i cur = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + j));
      const __m256i next = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + j + 1));
      // ASCII kept: the bit of its high nibble among those its low nibble keeps.
      const __m256i ascii_bits =
          _mm256_and_si256(_mm256_shuffle_epi8(kept_by_low, _mm256_and_si256(cur, low_nibble)),
                           _mm256_shuffle_epi8(bit_of_high, _mm256_and_si256(_mm256_srli_epi16(cur, 4), low_nibble)));
      const uint32_t ascii =
          ~static_cast<uint32_t>(_mm256_movemask_epi8(_mm256_cmpeq_epi8(ascii_bits, _mm256_setzero_si256())));
      // A space after anything but a blank (a space or a newline), a newline
      // after anything but a space (which it would take back); the first
      // byte's are decided below, by the text written before.
      const __m256i after_space = Is(prev, ' ');
      const uint32_t spaces = static_cast<uint32_t>(
          _mm256_movemask_epi8(_mm256_andnot_si256(_mm256_or_si256(after_space, Is(prev, '\n')), Is(cur, ' '))));
      const uint32_t newlines =
          static_cast<uint32_t>(_mm256_movemask_epi8(_mm256_andnot_si256(after_space, Is(cur, '\n'))));
      // The lead of a letter D8 A1..BA (ء .. غ) or D9 81..8A (ف .. ي): the
      // letters, without the tatweel, the marks and the digits around them.
      const __m256i d8 = Is(cur, 0xD8), d9 = Is(cur, 0xD9);
      const __m256i lead = _mm256_or_si256(_mm256_and_si256(d8, Within(next, 0xA1, 0xBA)),
                                           _mm256_and_si256(d9, Within(next, 0x81, 0x8A)));
      const uint32_t leads = static_cast<uint32_t>(_mm256_movemask_epi8(lead));
      uint32_t ok = ascii | spaces | newlines | leads | leads << 1;
      if (p[j] == ' ') {
        const bool after_blank = n_ == 0 || text_[n_ - 1] == ' ' || text_[n_ - 1] == '\n';
        ok = after_blank ? ok & ~1u : ok | 1u;
      } else if (p[j] == '\n') {
        ok = n_ > 0 && text_[n_ - 1] == ' ' ? ok & ~1u : ok | 1u;
      }
      size_t run = ok == 0xFFFFFFFFu ? 32 : static_cast<size_t>(std::countr_zero(~ok));
      if (run == 32 && (leads >> 31) != 0) run = 31;  // the last byte's letter goes on past the 32
      // The folds among these letters: D8 A0..AF by table, ى (D9 89) -> ي (D9 8A).
      const __m256i d8a = _mm256_and_si256(d8, Is(_mm256_andnot_si256(low_nibble, next), 0xA0));
      const __m256i nibble = _mm256_and_si256(next, low_nibble);
      const __m256i alif_maqsura = _mm256_and_si256(d9, Is(next, 0x89));
      const __m256i second = _mm256_blendv_epi8(_mm256_shuffle_epi8(d8a_second, nibble), Byte(0x8A), alif_maqsura);
      __m256i out = _mm256_blendv_epi8(cur, _mm256_shuffle_epi8(d8a_lead, nibble), d8a);
      out = _mm256_blendv_epi8(out, Up(second), Up(_mm256_or_si256(d8a, alif_maqsura)));
      // Written whole (there is room); only `run` bytes count.
      _mm256_storeu_si256(reinterpret_cast<__m256i*>(text_ + n_), out);
      // origin: j + k, minus one for a letter's second byte (the byte after a lead).
      const __m256i seconds = Up(lead);
      const __m128i lo = _mm256_castsi256_si128(seconds), hi = _mm256_extracti128_si256(seconds, 1);
      const __m256i base =
          _mm256_add_epi32(_mm256_set1_epi32(static_cast<int>(j)), _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7));
      StoreOrigins(origin_ + n_, base, lo);
      StoreOrigins(origin_ + n_ + 8, _mm256_add_epi32(base, _mm256_set1_epi32(8)), _mm_srli_si128(lo, 8));
      StoreOrigins(origin_ + n_ + 16, _mm256_add_epi32(base, _mm256_set1_epi32(16)), hi);
      StoreOrigins(origin_ + n_ + 24, _mm256_add_epi32(base, _mm256_set1_epi32(24)), _mm_srli_si128(hi, 8));
      n_ += run;
      j += run;
      if (run >= 31) continue;
      // The run stopped at p[j]. The commonest stops are taken here and the
      // run goes on: a dropped quote '"' or mark (D9 8B..9F: tanwin, harakat,
      // shadda, sukun...), and the Arabic comma "،" (D8 8C) written ','.
      if (size_t taken = TakeStop(p + j, static_cast<uint32_t>(j)); taken != 0) {
        j += taken;
        continue;
      }
      break;
    }
    return j;
  }

  // Takes the character at `c` (its first byte at offset `at`) when it is one
  // of the stops VerbatimAvx2 goes past; returns its length, 0 for the others.
  size_t TakeStop(const char* c, uint32_t at) {
    const auto b = static_cast<unsigned char>(c[0]), next = static_cast<unsigned char>(c[1]);
    if (b == '"') return 1;
    if (b == 0xD9 && next >= 0x8B && next <= 0x9F) return 2;
    if (b == 0xD8 && next == 0x8C) {
      Put(',', at);
      return 2;
    }
    return 0;
  }
#endif

  // Writes the run of Arabic-block characters at s[i] that fold to two-byte
  // letters (the bulk of an article) and returns where the run ends. None
  // writes more bytes than it reads, so room is made once for the run.
  size_t ArabicLetters(std::string_view s, size_t i, const FoldTables& fold) {
    if (cap_ - n_ < s.size() - i) Grow(std::max(2 * cap_, n_ + (s.size() - i) + 16));
    // Locals: the compiler cannot keep members in registers across char stores.
    const auto* u = reinterpret_cast<const unsigned char*>(s.data());
    const size_t size = s.size();
    char* text = text_;
    uint32_t* origin = origin_;
    size_t n = n_;
    // U+0600..U+06FF: two bytes, 110110xx 10xxxxxx.
    while (i + 1 < size && (u[i] & 0xFC) == 0xD8) {
      const char* letter = fold.arabic_letter[u[i] & 0x03][u[i + 1]];
      if (letter[0] == 0) break;
      text[n] = letter[0];
      text[n + 1] = letter[1];
      origin[n] = origin[n + 1] = static_cast<uint32_t>(i);
      n += 2;
      i += 2;
    }
    n_ = n;
    return i;
  }

 private:
  [[gnu::noinline]] void EmitOther(int32_t folded, uint32_t from) {
    if (folded == kDrop) return;
    if (folded == '\n') {
      if (n_ > 0 && text_[n_ - 1] == ' ') --n_;
      Put('\n', from);
      return;
    }
    if (folded < 0x80) { Put(static_cast<char>(folded), from); return; }
    char buf[4];
    size_t len = EncodeUtf8(folded, buf);
    for (size_t k = 0; k < len; ++k) Put(buf[k], from);
  }
  void Put(char b, uint32_t from) {
    text_[n_] = b;
    origin_[n_++] = from;
  }
  void Grow(size_t cap) {
    cap_ = cap;
    out_.text.resize(cap_);
    out_.origin.resize(cap_);
    text_ = out_.text.data();
    origin_ = out_.origin.data();
  }
  NormalizedText& out_;
  char* text_ = nullptr;
  uint32_t* origin_ = nullptr;
  size_t n_ = 0, cap_ = 0;
};

}  // namespace

size_t NormalizedText::ToOriginalEnd(size_t n) const {
  if (n == 0) return origin.empty() ? 0 : origin[0];
  size_t start = origin[n - 1];
  // Advance past the original character that produced text[n-1].
  size_t i = start;
  if (i < original.size()) NextCodePoint(original, i);
  return i;
}

NormalizedText Normalize(std::string_view original) {
  NormalizedText out;
  out.original = original;
  {
    Writer w(out, original.size());
    const FoldTables& fold = Tables();
    const icu::Normalizer2* nfkc = nullptr;
    size_t i = 0;
    const size_t size = original.size();
    while (i < size) {
      if (size_t run_end = w.Verbatim(original, i); run_end != i) {
        i = run_end;
        continue;
      }
      uint32_t at = static_cast<uint32_t>(i);
      unsigned char b = static_cast<unsigned char>(original[i]);
      if (b < 0x80) {
        ++i;
        w.Emit(fold.ascii[b], at);
        continue;
      }
      if (size_t run_end = w.ArabicLetters(original, i, fold); run_end != i) {
        i = run_end;
        continue;
      }
      if ((b & 0xFC) == 0xD8 && i + 1 < size && (static_cast<unsigned char>(original[i + 1]) & 0xC0) == 0x80) {
        // U+0600..U+06FF, not folded to a letter: a mark, a digit, punctuation.
        w.Emit(fold.arabic[((b & 0x03) << 6) | (static_cast<unsigned char>(original[i + 1]) & 0x3F)], at);
        i += 2;
        continue;
      }
      int32_t c = NextCodePoint(original, i);
      if (c >= 0 && IsPresentationForm(c)) {
        UErrorCode status = U_ZERO_ERROR;
        if (!nfkc) nfkc = icu::Normalizer2::getNFKCInstance(status);
        if (nfkc && U_SUCCESS(status)) {
          icu::UnicodeString src(c), dst;
          nfkc->normalize(src, dst, status);
          if (U_SUCCESS(status)) {
            for (int32_t k = 0; k < dst.length();) {
              UChar32 d = dst.char32At(k);
              w.Emit(Fold(d), at);
              k += U16_LENGTH(d);
            }
            continue;
          }
        }
      }
      w.Emit(Fold(c), at);
    }
  }
  out.origin.push_back(static_cast<uint32_t>(original.size()));
  return out;
}

std::string NormalizeKey(std::string_view phrase) {
  NormalizedText n = Normalize(phrase);
  std::string out;
  out.reserve(n.text.size());
  for (char c : n.text) {
    if (c == '\n' || c == ' ') {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

namespace key_cache {

const std::string& Insert(const char* raw) {
  static std::mutex mu;
  static std::deque<std::string> keys;  // owns every key; a deque never moves its elements
  std::lock_guard<std::mutex> lock(mu);
  size_t i = Home(raw);
  for (size_t n = 0; n < kSlots; i = (i + 1) & (kSlots - 1), ++n) {
    const char* r = slots[i].raw.load(std::memory_order_acquire);
    if (r == raw) return *slots[i].key.load(std::memory_order_relaxed);
    if (r == nullptr) break;
  }
  keys.push_back(NormalizeKey(raw));
  if (slots[i].raw.load(std::memory_order_relaxed) != nullptr) return keys.back();  // table full: still correct
  slots[i].key.store(&keys.back(), std::memory_order_relaxed);
  slots[i].raw.store(raw, std::memory_order_release);
  return keys.back();
}

}  // namespace key_cache

}  // namespace rasad::text
