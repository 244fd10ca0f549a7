// The form of normalized text that the matcher scans: every letter of
// U+0600..U+067F (two bytes in UTF-8, the bulk of Arabic text) is written as
// one byte, so the scan reads about half the bytes and each byte tells the
// letter apart. ASCII stays as it is; every byte of any other character
// becomes kOther, a control byte that normalized text never holds.
//   ASCII b -> b;  D8 xx -> xx (0x80..0xBF);
//   D9 xx -> ((xx + kD9Turn) ^ 1) | 0x40 (0xC0..0xFF: xx 0x80..0xBF turned
//   by kD9Turn, its low bit flipped)
// The turn keeps the frequent letters apart in their five low bits (unturned,
// ه و ي of D9 share them with ا ب ت of D8, and ف with ء, and ن with the
// space), which vectorscan's literal matcher hashes: it confirms fewer false
// candidates (6% less scan work over the benchmark corpus).
// A phrase packed the same way is found in packed text exactly where it stands
// in the normalized text, when the phrase itself has no character of the
// kOther kind (Pack() says so); other phrases need a check in the normalized text.
#pragma once

#include <array>
#include <bit>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/normalize.h"

namespace rasad::lexicon {

// The turn of D9 letters within 0xC0..0xFF (above). With 24 and the flip the
// D9 letters ف ق ك ل م ن ه و ي land on low bits 24, 27, 26, 29, 28, 31, 30,
// 1, 3, which the space (0) and the D8 letters of normalized text (ا ب ت..غ:
// 7, 8, 10..26) do not use but for the rare ظ (24) and ء (1).
inline constexpr unsigned kD9Turn = 24;

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
  // view() back to front: what the matcher scans (matcher.cc says why).
  std::string_view backwards() const { return {backwards_.data(), size_}; }
  // The normalized offset of packed offset k (0 <= k <= size): k plus the
  // letters before it, each of which was two bytes.
  // Inline and without a loop: the matcher asks it for every match.
  size_t NormalizedOffset(size_t k) const {
    const Block& b = blocks_[k / kBlock];
    const unsigned before = b.letters & ((1u << (k % kBlock)) - 1);
    return k + b.letters_before + kBitCount[before & 0xFF] + kBitCount[before >> 8];
  }

 private:
  static constexpr size_t kBlock = 16;  // packed bytes per Block
  struct Block {
    uint32_t letters_before;  // letters before its first byte
    uint16_t letters;         // bit i: byte i is a letter
  };
  static constexpr auto kBitCount = [] {
    std::array<uint8_t, 256> t{};
    for (unsigned i = 0; i < 256; ++i) t[i] = static_cast<uint8_t>(std::popcount(i));
    return t;
  }();
  std::vector<char> bytes_;             // the packed text, zero-padded to whole blocks
  size_t size_ = 0;
  std::vector<char> backwards_;
  std::vector<Block> blocks_;
};

}  // namespace rasad::lexicon
