// Phonetic matching of Arabic transliterations against Latin place names.
//
// Many places of the Sahel, Sudan, Somalia or Libya have only Latin names in the sources;
// Arabic news spells them by ear ("كولبيلوجو" = Koulpelogo, "كاونجو" = Kaongo). Both
// spellings are reduced to a *form*: consonant classes in upper case (B T D S C=ش K G F M N
// L R W Y), and between two consonants the set of vowels written there (a i u, sorted; v =
// any vowel, the initial alef or ain). Silent letters are dropped and a consonant class
// repeated without a vowel between is written once. The *key* of a form is its consonants.
// "Koulpelogo" -> "KuLBiLuGu", key "KLBLG"; "كولبيلوجو" -> "KuLBiLuGu" too.
//
// An Arabic form matches a Latin form with the same key when every vowel Arabic writes (its
// long vowels ا و ي) has a Latin vowel of its class between the same consonants; Latin short
// vowels need not be written. The classes come from data/phonetic_classes.tsv (its Arabic
// column here; tools/build_gazetteer.py reads the Latin column and stores the Latin forms in
// the gazetteer). Thread-safe after Parse (read-only).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rasad::geo {

class PhoneticTable {
 public:
  // Parses the table's content; throws std::runtime_error "<path>:<line>: <reason>".
  static PhoneticTable Parse(const std::string& path, std::string_view content);

  // Up to `max_forms` distinct forms of a normalized Arabic name (text::NormalizeKey form,
  // without clitics; a leading article ال is dropped). Letters outside the table are skipped.
  std::vector<std::string> ArabicForms(std::string_view name, size_t max_forms = 8) const;

  bool empty() const { return letters_ == 0; }

 private:
  struct Reading {
    std::string classes;  // "" = silent
    bool initial = false; // only at the start of a word
  };
  static constexpr uint32_t kFirst = 0x0600;                 // the table's letters are U+0600..U+06FF
  std::array<std::vector<Reading>, 0x100> readings_;         // code point - kFirst -> readings
  size_t letters_ = 0;                                       // letters with readings
};

// Vowels sorted and merged per gap, silent letters dropped, repeated consonants merged.
std::string CanonicalForm(std::string_view symbols);
// The same, appended to `out`.
void AppendCanonicalForm(std::string_view symbols, std::string& out);
// The consonant classes of a form ("KuLBiLuGu" -> "KLBLG").
std::string PhoneticKey(std::string_view form);
// How many vowels of the Arabic form have no Latin vowel of their class between the same
// consonants of the Latin form; -1 when the keys differ.
int VowelMismatches(std::string_view arabic_form, std::string_view latin_form);

// The vowels of a form gap by gap, four bits a gap (a, i, u, any vowel), for forms of
// at most kMaxVowelGaps gaps; kNoVowelBits for longer ones. For two forms of one key
// whose bits are known, VowelMismatches(arabic, latin) == 0 exactly when
// VowelsAgree(VowelBits(arabic), VowelBits(latin)): a comparison of two words instead of
// a walk over both strings.
inline constexpr size_t kMaxVowelGaps = 15;
inline constexpr uint64_t kNoVowelBits = ~uint64_t{0};
uint64_t VowelBits(std::string_view form);
inline bool VowelsAgree(uint64_t arabic_bits, uint64_t latin_bits) { return (arabic_bits & ~latin_bits) == 0; }

}  // namespace rasad::geo
