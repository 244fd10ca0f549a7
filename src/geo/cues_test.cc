// The cue tables: lookups of type words and directions, and the quick tests before them.
#include "geo/cues.h"

#include <gtest/gtest.h>

#include <string>

#include "text/normalize.h"

namespace rasad::geo {
namespace {

std::string Key(std::string_view s) { return text::NormalizeKey(s); }

TEST(Cues, EveryTypeWordMayEndAWord) {
  for (std::string_view form : SettlementTypeWordForms()) EXPECT_TRUE(MayEndWithTypeWord(form)) << form;
  for (std::string_view form : AdminTypeWordForms()) EXPECT_TRUE(MayEndWithTypeWord(form)) << form;
  // Plurals, other classes, and type words after proclitics.
  for (std::string_view w : {"بلدات", "بمحافظات", "وريف", "للمخيمات", "احياء", "بحي", "مطار", "سجن"})
    EXPECT_TRUE(MayEndWithTypeWord(Key(w))) << w;
  // Words that end in no type word's last two letters.
  for (std::string_view w : {"قصف", "الجيش", "هجوم", "اشتباك"}) EXPECT_FALSE(MayEndWithTypeWord(Key(w))) << w;
  EXPECT_FALSE(MayEndWithTypeWord(Key("ب")));  // too short for any
}

TEST(Cues, EveryCueMayEndAWord) {
  for (std::string_view w : {"مدينه", "بلدات", "شمال", "شرقي", "وسط", "الشمالي", "الاوسط", "في", "القرب", "قرب",
                             "ضواحي", "طريق", "علي", "من"}) {
    EXPECT_NE(LookupCue(Key(w)), nullptr) << w;
    EXPECT_TRUE(MayEndWithCue(Key(w))) << w;
  }
  for (std::string_view w : {"بالقرب", "وشرقي", "بمدينة"}) EXPECT_TRUE(MayEndWithCue(Key(w))) << w;
  for (std::string_view w : {"قصف", "الجيش", "مقتل", "اشتباك"}) EXPECT_FALSE(MayEndWithCue(Key(w))) << w;
  EXPECT_TRUE(MayEndWithCue(Key("هجوم")));  // as تخوم: a test before the lookup, not an answer
}

TEST(Cues, DirectionsAfterANameCarryTheArticle) {
  EXPECT_EQ(LookupDirectionAfter(Key("الشمالي")), Direction::kN);
  EXPECT_EQ(LookupDirectionAfter(Key("الغربية")), Direction::kW);
  EXPECT_EQ(LookupDirectionAfter(Key("شمالي")), Direction::kNone);  // a direction before a name
  EXPECT_EQ(LookupDirectionAfter(Key("المدينة")), Direction::kNone);
}

}  // namespace
}  // namespace rasad::geo
