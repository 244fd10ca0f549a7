#include "parse/numbers.h"

#include <gtest/gtest.h>

#include "text/normalize.h"

namespace rasad::parse {
namespace {

struct Parsed {
  std::optional<long> value;
  Qualifier q;
  bool ok;
};

Parsed P(const std::string& raw) {
  std::string s = text::NormalizeKey(raw);
  auto toks = text::Tokenize(s);
  auto r = ParseQuantity(s, toks, 0);
  if (!r) return {std::nullopt, Qualifier::kExact, false};
  return {r->value, r->qualifier, true};
}

long V(const std::string& raw) {
  auto p = P(raw);
  return p.ok && p.value ? *p.value : -1;
}

TEST(Numbers, Digits) {
  EXPECT_EQ(V("170 بين قتيل"), 170);
  EXPECT_EQ(V("١٥ عنصرا"), 15);
  EXPECT_EQ(V("1,500 شخص"), 1500);
  EXPECT_EQ(V("10 آلاف"), 10000);
  EXPECT_EQ(V("3.5 كم"), 3);
  EXPECT_EQ(V("و١٢ جريحا"), 12);  // Arabic-Indic digits written onto the conjunction
}

TEST(Numbers, DigitsWrittenOntoAProclitic) {
  EXPECT_EQ(V("و12 في العراق"), 12);
  EXPECT_EQ(V("بـ27 قتيلاً"), 27);
  EXPECT_EQ(V("لـ66 هجوماً"), 66);
  EXPECT_EQ(V("وب1500 دولار"), 1500);
  EXPECT_FALSE(P("الـ24").ok && P("الـ24").value);  // the article is no proclitic
  EXPECT_FALSE(P("بيت").ok);
}

TEST(Numbers, ATeenAfterHundreds) {
  EXPECT_EQ(V("مائتين وثلاثة عشر قتيلاً"), 213);
  EXPECT_EQ(V("مئة وسبعة عشر قتيلاً"), 117);
  EXPECT_EQ(V("ثلاثة عشر"), 13);
  EXPECT_EQ(V("عشرين عشر"), 20);
}

TEST(Numbers, WordsWithGenderAndCase) {
  EXPECT_EQ(V("ثلاثة عناصر"), 3);
  EXPECT_EQ(V("ثلاث غارات"), 3);
  EXPECT_EQ(V("ستة قتلى"), 6);
  EXPECT_EQ(V("خمس عمليات"), 5);
  EXPECT_EQ(V("ثمانية آخرين"), 8);
  EXPECT_EQ(V("عشرة أشخاص"), 10);
  EXPECT_EQ(V("ثلاثين مدنيا"), 30);
  EXPECT_EQ(V("وخمسة"), 5);
  EXPECT_EQ(V("بخمسة"), 5);
}

TEST(Numbers, Compounds) {
  EXPECT_EQ(V("خمسة عشر"), 15);
  EXPECT_EQ(V("ثلاثة وعشرين"), 23);
  EXPECT_EQ(V("اثنا عشر"), 12);
  EXPECT_EQ(V("مئة وعشرون"), 120);
  EXPECT_EQ(V("مائتين"), 200);
  EXPECT_EQ(V("ثلاث مئة"), 300);
  EXPECT_EQ(V("ثلاثمائة وخمسين"), 350);
  EXPECT_EQ(V("ألف"), 1000);
  EXPECT_EQ(V("ثلاثة آلاف"), 3000);
  EXPECT_EQ(V("ألفين"), 2000);
  // Digits and words: "39 ألفا و445"، "نحو 10 آلاف و900".
  EXPECT_EQ(V("39 ألفا و445 شهيدا"), 39445);
  EXPECT_EQ(V("10 آلاف و900 حالة"), 10900);
  EXPECT_EQ(V("3 آلاف وعشرات"), 3000);
  // Digits in brackets, perhaps said again in words: "(06) عناصر"، "(02) اثنين".
  EXPECT_EQ(V("(06) عناصر"), 6);
  EXPECT_EQ(V("(02) اثنين"), 2);
  EXPECT_EQ(V("(19 عاما)"), -1);
  EXPECT_EQ(V("(28) وبغداد (19)"), -1);
}

TEST(Numbers, Qualifiers) {
  auto p = P("أكثر من 170");
  EXPECT_EQ(*p.value, 170);
  EXPECT_EQ(p.q, Qualifier::kAtLeast);
  EXPECT_EQ(V("ما يزيد عن عشرين"), 20);
  EXPECT_EQ(V("ما لا يقل عن 11"), 11);
  EXPECT_EQ(V("نحو 15"), 15);
  EXPECT_EQ(V("قرابة ثلاثين"), 30);
  EXPECT_EQ(V("حوالى 15"), 15);
  EXPECT_EQ(P("نحو 15").q, Qualifier::kApprox);
}

TEST(Numbers, VagueQuantitiesHaveNoValue) {
  for (const char* s : {"عشرات الجنود", "عدد من الأشخاص", "مئات", "العديد من", "عدة قرى"}) {
    auto p = P(s);
    EXPECT_TRUE(p.ok) << s;
    EXPECT_FALSE(p.value.has_value()) << s;
    EXPECT_EQ(p.q, Qualifier::kVague) << s;
  }
}

TEST(Numbers, NotANumber) {
  EXPECT_FALSE(P("عناصر").ok);
  EXPECT_FALSE(P("الخمسة").ok);
  EXPECT_FALSE(P("").ok);
}

TEST(Numbers, OrdinalDays) {
  auto day = [](const std::string& raw) {
    std::string s = text::NormalizeKey(raw);
    auto toks = text::Tokenize(s);
    size_t next = 0;
    return ParseOrdinalDay(s, toks, 0, &next);
  };
  EXPECT_EQ(day("الأول من يوليو"), 1);
  EXPECT_EQ(day("الخامس عشر من"), 15);
  EXPECT_EQ(day("الحادي والعشرين"), 21);
  EXPECT_EQ(day("العشرين"), 20);
  EXPECT_EQ(day("الجيش"), -1);
}

}  // namespace
}  // namespace rasad::parse
