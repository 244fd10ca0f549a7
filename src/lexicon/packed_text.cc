#include "lexicon/packed_text.h"

#include <bit>
#include <cstring>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace rasad::lexicon {
namespace {

uint64_t Load8(const char* p) {
  uint64_t w;
  std::memcpy(&w, p, sizeof w);
  return w;
}

// Four letters at once: w holds eight bytes of text (little-endian); when they
// are four letters with leads D8/D9, writes their four packed bytes and
// returns true.
bool PackFourLetters(uint64_t w, char* out) {
  // Leads (even bytes) D8 or D9, continuation bytes (odd) 10xxxxxx.
  if ((w & 0xC0FEC0FEC0FEC0FEull) != 0x80D880D880D880D8ull) return false;
  // Per 16-bit lane: the continuation, turned and given bit 6 when the lead is D9
  // (its low bit set), then the four low bytes side by side.
  const uint64_t d9 = w & 0x0001000100010001ull;
  uint64_t lanes = ((((w >> 8) & 0x00FF00FF00FF00FFull) + d9 * kD9Turn) ^ d9) | (d9 << 6);
  lanes = (lanes | (lanes >> 8)) & 0x0000FFFF0000FFFFull;
  lanes = (lanes | (lanes >> 16)) & 0x00000000FFFFFFFFull;
  const uint32_t four = static_cast<uint32_t>(lanes);
  std::memcpy(out, &four, sizeof four);
  return true;
}

#if defined(__x86_64__)
// For eight bytes of which those of set bits are kept: the pshufb indices that
// move them to the front, and how many they are.
struct Compaction {
  uint64_t shuffle[256];
  uint8_t count[256];
};
constexpr Compaction MakeCompaction() {
  Compaction c{};
  for (unsigned keep = 0; keep < 256; ++keep) {
    unsigned k = 0;
    for (unsigned lane = 0; lane < 8; ++lane)
      if (keep >> lane & 1) c.shuffle[keep] |= uint64_t{lane} << (8 * k++);
    c.count[keep] = static_cast<uint8_t>(k);
  }
  return c;
}
constexpr Compaction kCompaction = MakeCompaction();

// The packing of PackInto, sixteen bytes at a time (SSSE3, for the pshufb that
// drops the leads): from s[*i] while seventeen bytes are left; advances *i and
// *k, clears *all_kept on a byte written as kOther.
[[gnu::target("ssse3")]] void PackSixteens(std::string_view s, char* out, size_t* i, size_t* k, bool* all_kept) {
  const char* p = s.data();
  const __m128i zero = _mm_setzero_si128();
  auto byte = [](unsigned char b) { return _mm_set1_epi8(static_cast<char>(b)); };
  size_t at = *i, written = *k;
  bool others = false;
  while (at + 17 <= s.size()) {  // reads p[at] .. p[at + 16]
    const __m128i cur = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + at));
    const __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + at + 1));
    // A letter: lead D8/D9, then 10xxxxxx; its second byte is the byte after a lead.
    const __m128i lead = _mm_and_si128(_mm_cmpeq_epi8(_mm_and_si128(cur, byte(0xFE)), byte(0xD8)),
                                       _mm_cmpeq_epi8(_mm_and_si128(next, byte(0xC0)), byte(0x80)));
    const __m128i second = _mm_slli_si128(lead, 1);
    const __m128i ascii = _mm_cmpgt_epi8(cur, _mm_set1_epi8(-1));
    // The second bytes of D9 letters (after a lead whose low bit is set).
    const __m128i d9 = _mm_cmpeq_epi8(_mm_and_si128(_mm_slli_si128(cur, 1), byte(0x01)), byte(0x01));
    const __m128i other = _mm_andnot_si128(_mm_or_si128(_mm_or_si128(lead, second), ascii), _mm_cmpeq_epi8(zero, zero));
    const __m128i letter = _mm_xor_si128(
        _mm_or_si128(_mm_add_epi8(cur, _mm_and_si128(d9, byte(kD9Turn))), _mm_and_si128(d9, byte(0x40))),
        _mm_and_si128(d9, byte(0x01)));
    const __m128i packed = _mm_or_si128(
        _mm_or_si128(_mm_and_si128(second, letter), _mm_and_si128(ascii, cur)),
        _mm_and_si128(other, byte(static_cast<unsigned char>(kOther))));
    const unsigned leads = static_cast<unsigned>(_mm_movemask_epi8(lead));
    // A letter whose second byte is past the sixteen starts the next round.
    const unsigned lanes = leads >> 15 ? 0x7FFF : 0xFFFF;
    const unsigned keep = ~leads & lanes;
    if (static_cast<unsigned>(_mm_movemask_epi8(other)) & lanes) others = true;
    const __m128i order = _mm_set_epi64x(static_cast<int64_t>(kCompaction.shuffle[keep >> 8] + 0x0808080808080808ull),
                                         static_cast<int64_t>(kCompaction.shuffle[keep & 0xFF]));
    const __m128i front = _mm_shuffle_epi8(packed, order);
    _mm_storel_epi64(reinterpret_cast<__m128i*>(out + written), front);
    written += kCompaction.count[keep & 0xFF];
    _mm_storel_epi64(reinterpret_cast<__m128i*>(out + written), _mm_unpackhi_epi64(front, front));
    written += kCompaction.count[keep >> 8];
    at += lanes == 0xFFFF ? 16 : 15;
  }
  *i = at;
  *k = written;
  if (others) *all_kept = false;
}

// The same, thirty-two bytes at a time (AVX2): from s[*i] while thirty-three
// bytes are left. vpshufb moves bytes only within each half of sixteen, so
// the compaction is PackSixteens' four times over eight bytes.
[[gnu::target("avx2")]] inline __m256i Bytes32(unsigned char b) { return _mm256_set1_epi8(static_cast<char>(b)); }

// v moved up one byte across its halves, zero in the first.
[[gnu::target("avx2")]] inline __m256i UpOneByte(__m256i v) {
  return _mm256_alignr_epi8(v, _mm256_permute2x128_si256(v, v, 0x08), 15);
}

[[gnu::target("avx2")]] void PackThirtyTwos(std::string_view s, char* out, size_t* i, size_t* k, bool* all_kept) {
  const char* p = s.data();
  const auto byte = Bytes32;
  const auto up_one = UpOneByte;
  size_t at = *i, written = *k;
  bool others = false;
  while (at + 33 <= s.size()) {  // reads p[at] .. p[at + 32]
    const __m256i cur = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + at));
    const __m256i next = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + at + 1));
    const __m256i lead = _mm256_and_si256(_mm256_cmpeq_epi8(_mm256_and_si256(cur, byte(0xFE)), byte(0xD8)),
                                          _mm256_cmpeq_epi8(_mm256_and_si256(next, byte(0xC0)), byte(0x80)));
    const __m256i second = up_one(lead);
    const __m256i ascii = _mm256_cmpgt_epi8(cur, byte(0xFF));
    const __m256i d9 = _mm256_cmpeq_epi8(_mm256_and_si256(up_one(cur), byte(0x01)), byte(0x01));
    const __m256i other = _mm256_andnot_si256(_mm256_or_si256(_mm256_or_si256(lead, second), ascii), byte(0xFF));
    const __m256i letter = _mm256_xor_si256(
        _mm256_or_si256(_mm256_add_epi8(cur, _mm256_and_si256(d9, byte(kD9Turn))), _mm256_and_si256(d9, byte(0x40))),
        _mm256_and_si256(d9, byte(0x01)));
    const __m256i packed = _mm256_or_si256(
        _mm256_or_si256(_mm256_and_si256(second, letter), _mm256_and_si256(ascii, cur)),
        _mm256_and_si256(other, byte(static_cast<unsigned char>(kOther))));
    const auto leads = static_cast<uint32_t>(_mm256_movemask_epi8(lead));
    // A letter whose second byte is past the thirty-two starts the next round.
    const uint32_t lanes = leads >> 31 ? 0x7FFFFFFFu : 0xFFFFFFFFu;
    const uint32_t keep = ~leads & lanes;
    if (static_cast<uint32_t>(_mm256_movemask_epi8(other)) & lanes) others = true;
    const unsigned k0 = keep & 0xFF, k1 = keep >> 8 & 0xFF, k2 = keep >> 16 & 0xFF, k3 = keep >> 24;
    const __m256i order = _mm256_set_epi64x(static_cast<int64_t>(kCompaction.shuffle[k3] + 0x0808080808080808ull),
                                            static_cast<int64_t>(kCompaction.shuffle[k2]),
                                            static_cast<int64_t>(kCompaction.shuffle[k1] + 0x0808080808080808ull),
                                            static_cast<int64_t>(kCompaction.shuffle[k0]));
    const __m256i front = _mm256_shuffle_epi8(packed, order);
    const __m128i low = _mm256_castsi256_si128(front), high = _mm256_extracti128_si256(front, 1);
    _mm_storel_epi64(reinterpret_cast<__m128i*>(out + written), low);
    written += kCompaction.count[k0];
    _mm_storel_epi64(reinterpret_cast<__m128i*>(out + written), _mm_unpackhi_epi64(low, low));
    written += kCompaction.count[k1];
    _mm_storel_epi64(reinterpret_cast<__m128i*>(out + written), high);
    written += kCompaction.count[k2];
    _mm_storel_epi64(reinterpret_cast<__m128i*>(out + written), _mm_unpackhi_epi64(high, high));
    written += kCompaction.count[k3];
    at += lanes == 0xFFFFFFFFu ? 32 : 31;
  }
  *i = at;
  *k = written;
  if (others) *all_kept = false;
}

// Copies n bytes from `from` to `to` back to front, thirty-two at a time;
// returns how many it copied (the first ones of `from`, the last of `to`).
[[gnu::target("avx2")]] size_t CopyBackwardsAvx2(const char* from, size_t n, char* to) {
  // Each half of sixteen back to front, then the halves swapped.
  const __m256i back = _mm256_setr_epi8(15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0,
                                        15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0);
  size_t i = 0;
  for (; i + 32 <= n; i += 32) {
    const __m256i v = _mm256_shuffle_epi8(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(from + i)), back);
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(to + n - i - 32), _mm256_permute2x128_si256(v, v, 1));
  }
  return i;
}

bool HasSsse3() {
  static const bool has = __builtin_cpu_supports("ssse3");
  return has;
}

bool HasAvx2() {
  static const bool has = __builtin_cpu_supports("avx2");
  return has;
}
#endif

// Packs s into out (room for s.size() bytes) and returns the packed length;
// *exact (when given) tells whether every character kept its own byte.
size_t PackInto(std::string_view s, char* out, bool* exact) {
  const auto* u = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t i = 0, k = 0;
  bool all_kept = true;
#if defined(__x86_64__)
  // Write at most eight bytes past what they pack, never past s.size(); the
  // sixteens take what the thirty-twos leave.
  if (HasAvx2()) PackThirtyTwos(s, out, &i, &k, &all_kept);
  if (HasSsse3()) PackSixteens(s, out, &i, &k, &all_kept);
#endif
  auto letter = [&](size_t at) { return (u[at] & 0xFE) == 0xD8 && at + 1 < n && (u[at + 1] & 0xC0) == 0x80; };
  while (i < n) {
    // A run of letters (a word), four at a time while they last, then one by one:
    // D8 xx -> xx, D9 xx -> ((xx + kD9Turn) ^ 1) | 0x40 (the lead's low bit tells D9).
    if constexpr (std::endian::native == std::endian::little) {
      while (i + 8 <= n && PackFourLetters(Load8(s.data() + i), out + k)) {
        i += 8;
        k += 4;
      }
    }
    while (i < n && letter(i)) {
      const unsigned d9 = u[i] & 1;
      out[k++] = static_cast<char>(((u[i + 1] + d9 * kD9Turn) ^ d9) | (d9 << 6));
      i += 2;
    }
    if (i == n) break;
    // Then one other character's byte: ASCII as it is, the rest kOther.
    if (u[i] < 0x80) {
      out[k++] = static_cast<char>(u[i]);
    } else {
      out[k++] = kOther;
      all_kept = false;
    }
    ++i;
  }
  if (exact) *exact = all_kept;
  return k;
}

// `to` holds the n bytes of `from` back to front.
void CopyBackwards(const char* from, size_t n, char* to) {
  size_t i = 0;
#if defined(__x86_64__)
  if (HasAvx2()) i = CopyBackwardsAvx2(from, n, to);
#endif
  for (; i < n; ++i) to[n - 1 - i] = from[i];
}

// Bit i set when p[i] is a packed letter (high bit set), for sixteen bytes.
uint16_t LetterMask(const char* p) {
#if defined(__x86_64__)
  return static_cast<uint16_t>(_mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p))));
#else
  uint16_t mask = 0;
  for (unsigned i = 0; i < 16; ++i) mask |= static_cast<uint16_t>(IsPackedLetter(p[i])) << i;
  return mask;
#endif
}

}  // namespace

std::string Pack(std::string_view normalized, bool* exact) {
  std::string out(normalized.size(), '\0');
  out.resize(PackInto(normalized, out.data(), exact));
  return out;
}

void PackedText::Assign(std::string_view normalized) {
  const size_t blocks = normalized.size() / kBlock + 1;
  if (bytes_.size() < blocks * kBlock) bytes_.resize(blocks * kBlock);  // grows only: no refill per text
  size_ = PackInto(normalized, bytes_.data(), nullptr);
  const size_t used = size_ / kBlock + 1;
  std::memset(bytes_.data() + size_, 0, used * kBlock - size_);  // the last block's tail holds no letter
  if (backwards_.size() < size_) backwards_.resize(bytes_.size());
  CopyBackwards(bytes_.data(), size_, backwards_.data());
  blocks_.resize(used);
  uint32_t letters = 0;
  for (size_t b = 0; b < used; ++b) {
    const uint16_t mask = LetterMask(bytes_.data() + b * kBlock);
    blocks_[b] = {letters, mask};
    letters += kBitCount[mask & 0xFF] + kBitCount[mask >> 8];
  }
}

}  // namespace rasad::lexicon
