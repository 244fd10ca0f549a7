#include "lexicon/packed_text.h"

#include <bit>
#include <cstring>

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
  // Per 16-bit lane: continuation + (lead's low bit << 6), then the four low bytes side by side.
  uint64_t lanes = ((w >> 8) & 0x00FF00FF00FF00FFull) + ((w & 0x0001000100010001ull) << 6);
  lanes = (lanes | (lanes >> 8)) & 0x0000FFFF0000FFFFull;
  lanes = (lanes | (lanes >> 16)) & 0x00000000FFFFFFFFull;
  const uint32_t four = static_cast<uint32_t>(lanes);
  std::memcpy(out, &four, sizeof four);
  return true;
}

// Packs s into out (room for s.size() bytes) and returns the packed length;
// *exact (when given) tells whether every character kept its own byte.
size_t PackInto(std::string_view s, char* out, bool* exact) {
  const auto* u = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t i = 0, k = 0;
  bool all_kept = true;
  auto letter = [&](size_t at) { return (u[at] & 0xFE) == 0xD8 && at + 1 < n && (u[at + 1] & 0xC0) == 0x80; };
  while (i < n) {
    // A run of letters (a word), four at a time while they last, then one by one:
    // D8 xx -> xx, D9 xx -> xx + 0x40 (the lead's low bit becomes bit 6).
    if constexpr (std::endian::native == std::endian::little) {
      while (i + 8 <= n && PackFourLetters(Load8(s.data() + i), out + k)) {
        i += 8;
        k += 4;
      }
    }
    while (i < n && letter(i)) {
      out[k++] = static_cast<char>(u[i + 1] + ((u[i] & 1) << 6));
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

// Bytes of w with the high bit set: the packed letters among eight bytes.
unsigned LettersIn(uint64_t w) {
  return static_cast<unsigned>((((w >> 7) & 0x0101010101010101ull) * 0x0101010101010101ull) >> 56);
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
  letters_before_.resize(used);
  uint32_t letters = 0;
  for (size_t b = 0; b < used; ++b) {
    letters_before_[b] = letters;
    for (size_t w = 0; w < kBlock; w += 8) letters += LettersIn(Load8(bytes_.data() + b * kBlock + w));
  }
}

size_t PackedText::NormalizedOffset(size_t k) const {
  size_t letters = letters_before_[k / kBlock];
  size_t at = k - k % kBlock;
  for (; at + 8 <= k; at += 8) letters += LettersIn(Load8(bytes_.data() + at));
  if (at < k) {
    if constexpr (std::endian::native == std::endian::little) {
      // The bytes before k of the last eight: the low ones.
      letters += LettersIn(Load8(bytes_.data() + at) & (~0ull >> (64 - 8 * (k - at))));
    } else {
      for (; at < k; ++at) letters += static_cast<unsigned char>(bytes_[at]) >> 7;
    }
  }
  return k + letters;
}

}  // namespace rasad::lexicon
