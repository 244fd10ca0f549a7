// Phonetic forms and matching (phonetic.h), with the table in data/.
#include "geo/phonetic.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

#include "geo/test_data.h"
#include "geo/zstd_file.h"
#include "text/normalize.h"

namespace rasad::geo {
namespace {

const PhoneticTable& Table() {
  static const PhoneticTable t = PhoneticTable::Parse(
      "phonetic_classes.tsv", ReadTextFile(RASAD_SOURCE_DIR "/data/phonetic_classes.tsv"));
  return t;
}

std::vector<std::string> Forms(std::string_view arabic) { return Table().ArabicForms(text::NormalizeKey(arabic)); }

bool Has(const std::vector<std::string>& v, std::string_view s) { return std::find(v.begin(), v.end(), s) != v.end(); }

TEST(PhoneticTest, CanonicalFormAndKey) {
  EXPECT_EQ(CanonicalForm("KuuLLBiLuGu"), "KuLBiLuGu");
  EXPECT_EQ(CanonicalForm("TiLia"), "TiLai");  // the vowels of a gap are a sorted set
  EXPECT_EQ(PhoneticKey("KuLBiLuGu"), "KLBLG");
  std::string out = "L";
  AppendCanonicalForm("LLuvai", out);  // merges repeats of its own symbols only
  EXPECT_EQ(out, "LLaiuv");
  EXPECT_EQ(PhoneticKey("aGiNLai"), "GNL");
}

TEST(PhoneticTest, ArabicForms) {
  // ج and غ are one class; ق reads as K or G; silent ح ه ع.
  EXPECT_TRUE(Has(Forms("كولبيلوجو"), "KuLBiLuGu"));
  EXPECT_TRUE(Has(Forms("كولبيلوغو"), "KuLBiLuGu"));
  auto q = Forms("قوسي");
  EXPECT_TRUE(Has(q, "KuSi"));
  EXPECT_TRUE(Has(q, "GuSi"));
  // The initial alef carries any vowel; an initial waw is a consonant.
  EXPECT_TRUE(Has(Forms("أغ انلهي"), "vGvNLi"));
  EXPECT_TRUE(Has(Forms("واغادوغو"), "WaGaDuGu"));
  // The article is dropped.
  EXPECT_TRUE(Has(Forms("المخيرف"), "MKiRF"));
}

TEST(PhoneticTest, VowelsMustAgree) {
  // Arabic writes long vowels only: each must have a Latin vowel of its class in the same gap.
  EXPECT_EQ(VowelMismatches("KauNGu", "KauNGu"), 0);
  EXPECT_EQ(VowelMismatches("KNGu", "KauNGu"), 0);   // short vowels unwritten
  EXPECT_EQ(VowelMismatches("KaNGu", "KuNGu"), 1);   // كانغو is not Kongo
  EXPECT_EQ(VowelMismatches("vGvNLi", "aGiNLai"), 0);
  EXPECT_EQ(VowelMismatches("vGN", "GaN"), 1);        // an initial alef needs an initial vowel
  EXPECT_EQ(VowelMismatches("KaNG", "KaNGL"), -1);    // different keys
}

TEST(PhoneticTest, VowelBitsAgreeExactlyWhenNoVowelMisses) {
  // Every pair of forms on the skeleton K_N_G with gaps drawn from these vowel sets.
  const char* gaps[] = {"", "a", "i", "u", "v", "ai", "au", "iu", "aiu", "av"};
  std::vector<std::string> forms;
  for (const char* g0 : gaps)
    for (const char* g1 : gaps)
      for (const char* g3 : gaps) forms.push_back(std::string(g0) + "K" + g1 + "NG" + g3);
  size_t agree = 0;
  for (const auto& a : forms)
    for (const auto& l : forms) {
      ASSERT_EQ(VowelsAgree(VowelBits(a), VowelBits(l)), VowelMismatches(a, l) == 0) << a << " vs " << l;
      agree += VowelMismatches(a, l) == 0;
    }
  EXPECT_GT(agree, forms.size());  // both outcomes occur
  EXPECT_LT(agree, forms.size() * forms.size());
  EXPECT_EQ(VowelBits("KLBLGDRSTMNHQWYZ"), kNoVowelBits);  // too many gaps: the caller walks the strings
  EXPECT_NE(VowelBits("KLBLGDRSTMNHQW"), kNoVowelBits);
}

TEST(PhoneticTest, BadTableRowsAreReported) {
  EXPECT_THROW(PhoneticTable::Parse("t.tsv", "K\tكك\tk\n"), std::runtime_error);
  EXPECT_THROW(PhoneticTable::Parse("t.tsv", "?\tك\tk\n"), std::runtime_error);
  EXPECT_THROW(PhoneticTable::Parse("t.tsv", "K\tk\tk\n"), std::runtime_error);
  try {
    PhoneticTable::Parse("t.tsv", "# c\nK\tك\tk\nK\n");
    FAIL();
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("t.tsv:3"), std::string::npos);
  }
}

}  // namespace
}  // namespace rasad::geo
