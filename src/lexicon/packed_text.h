// The form of normalized text that the matcher scans: every letter of
// U+0600..U+067F (two bytes in UTF-8, the bulk of Arabic text) is written as
// one byte, so the scan reads about half the bytes and each byte tells the
// letter apart. ASCII stays as it is; every byte of any other character
// becomes kOther, a control byte that normalized text never holds.
//   ASCII b -> b;  D8 xx -> xx (0x80..0xBF);  D9 xx -> xx + 0x40 (0xC0..0xFF)
// A phrase packed the same way is found in packed text exactly where it stands
// in the normalized text, when the phrase itself has no character of the
// kOther kind (Pack() says so); other phrases need a check in the normalized text.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "text/normalize.h"

namespace rasad::lexicon {

// Not 0x00: vectorscan takes no phrase that starts with it.
inline constexpr char kOther = 0x01;

// A packed byte of one Arabic letter (two bytes in normalized text).
inline bool IsPackedLetter(char b) { return static_cast<unsigned char>(b) >= 0x80; }
// A packed byte of a word (text::IsWordByte of the bytes it stands for).
inline bool IsPackedWordByte(char b) { return b == kOther || text::IsWordByte(static_cast<unsigned char>(b)); }

// The packed form of a normalized phrase; *exact is false when it has a
// character written as kOther, so that a match may stand for another phrase.
std::string Pack(std::string_view normalized, bool* exact);

// Packed text, with the way back to normalized offsets. Reusable: Assign()
// keeps the buffers of the last text.
class PackedText {
 public:
  void Assign(std::string_view normalized);
  std::string_view view() const { return {bytes_.data(), size_}; }
  // The normalized offset of packed offset k (0 <= k <= size): k plus the
  // letters before it, each of which was two bytes.
  // Inline: the matcher asks it for every match.
  size_t NormalizedOffset(size_t k) const {
    size_t letters = letters_before_[k / kBlock];
    size_t at = k - k % kBlock;
    for (; at + 8 <= k; at += 8) letters += LettersIn(Load8(at));
    if (at < k) {
      if constexpr (std::endian::native == std::endian::little) {
        // The bytes before k of the last eight: the low ones.
        letters += LettersIn(Load8(at) & (~0ull >> (64 - 8 * (k - at))));
      } else {
        for (; at < k; ++at) letters += IsPackedLetter(bytes_[at]);
      }
    }
    return k + letters;
  }

 private:
  uint64_t Load8(size_t at) const {
    uint64_t w;
    std::memcpy(&w, bytes_.data() + at, sizeof w);
    return w;
  }
  // Bytes of w with the high bit set: the packed letters among eight bytes.
  static unsigned LettersIn(uint64_t w) {
    return static_cast<unsigned>((((w >> 7) & 0x0101010101010101ull) * 0x0101010101010101ull) >> 56);
  }

  static constexpr size_t kBlock = 16;  // packed bytes per count of letters before
  std::vector<char> bytes_;             // the packed text, zero-padded to whole blocks
  size_t size_ = 0;
  std::vector<uint32_t> letters_before_;  // per block: letters before its first byte
};

}  // namespace rasad::lexicon
