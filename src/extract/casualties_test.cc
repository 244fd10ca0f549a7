// ReadCasualties on sentences written for these tests (no places or triggers needed).
#include "extract/casualties.h"

#include <gtest/gtest.h>

#include "extract/extractor.h"

namespace rasad::extract {
namespace {

struct Read {
  Article article;
  Analysis analysis;
  Casualties cas;
};

Read CasualtiesOf(const std::string& text) {
  static const Extractor* x = new Extractor(RASAD_SOURCE_DIR "/data");
  static geo::Geocoder geocoder(x->gazetteer());
  Read r;
  r.article.id = "t";
  r.article.text = text;
  r.analysis = Analyze(r.article, x->dictionary(), geocoder);
  r.cas = ReadCasualties(r.analysis, x->dictionary(), 0, static_cast<uint32_t>(r.analysis.norm.text.size()));
  return r;
}

TEST(Casualties, NumbersAfterVerbsAndBeforeNouns) {
  auto r = CasualtiesOf("قتل ثلاثة مدنيين وأصيب خمسة آخرون.");
  EXPECT_EQ(r.cas.killed, 3);
  EXPECT_EQ(r.cas.wounded, 5);
  EXPECT_EQ(r.cas.victims, PersonGroup::kCivilian);
  auto n = CasualtiesOf("ما أسفر عن سقوط 4 قتلى و6 جرحى.");
  EXPECT_EQ(n.cas.killed, 4);
  EXPECT_EQ(n.cas.wounded, 6);
}

TEST(Casualties, VerbsOfDyingAreFatalities) {
  auto parted = CasualtiesOf("فارق شرطي الحياة متأثرا بجراح أصيب بها.");
  EXPECT_EQ(parted.cas.killed, 1);
  EXPECT_EQ(parted.cas.victims, PersonGroup::kPolice);
  EXPECT_EQ(CasualtiesOf("قضى أربعة صيادين غرقا بعد استهداف قاربهم.").cas.killed, 4);
  EXPECT_EQ(CasualtiesOf("لقي ستة أشخاص حتفهم.").cas.killed, 6);
  EXPECT_EQ(CasualtiesOf("توفيت امرأة متأثرة بجروحها.").cas.killed, 1);
  // A number of years counts time, not people.
  EXPECT_FALSE(CasualtiesOf("قضى المعارض 12 عاما في السجن.").cas.killed);
  EXPECT_FALSE(CasualtiesOf("وكان قد قضى ثماني سنوات في المعتقل.").cas.killed);
}

// Another source's count of the same dead, "فيما أكدت مصادر محلية مقتل تسعة": ACLED keeps the
// more conservative figure. (Counts of two groups still add up.)
TEST(Casualties, AnotherSourcesCountOfTheDeadKeepsTheLower) {
  EXPECT_EQ(CasualtiesOf("قال التنظيم إنه أسفر عن مقتل 11 شخصاً، فيما أكدت مصادر محلية مقتل تسعة مدنيين على الأقل.").cas.killed,
            9);
  EXPECT_EQ(CasualtiesOf("قال التنظيم إنه أسفر عن مقتل 7 أشخاص، بينما ذكرت مصادر طبية مقتل عشرة.").cas.killed, 7);
  EXPECT_EQ(CasualtiesOf("قتل 6 جنود و20 مسلحاً في الاشتباكات.").cas.killed, 26);
}

// "أعدموا رمياً بالرصاص، الأسبوع الماضي، رجلين": the executed are dead, counted past how and when.
TEST(Casualties, TheExecutedAreDead) {
  EXPECT_EQ(CasualtiesOf("أعدم مسلحو الحركة، أمس، رجلين بتهمة التجسس.").cas.killed, 2);
  auto r = CasualtiesOf("أفادت مصادر محلية بأن مسلحي الحركة أعدموا رمياً بالرصاص، الأسبوع الماضي، رجلين اتهمتهما بالتجسس.");
  EXPECT_EQ(r.cas.killed, 2);
  EXPECT_EQ(r.cas.victims, PersonGroup::kCivilian);
}

TEST(Casualties, CiviliansNamedAmongTheDeadMakeThemCivilians) {
  auto r = CasualtiesOf("ما أدى إلى سقوط 6 شهداء بينهم طفلان.");
  EXPECT_EQ(r.cas.killed, 6);
  EXPECT_EQ(r.cas.victims, PersonGroup::kCivilian);
  EXPECT_EQ(CasualtiesOf("ارتقى 11 شهيدا، بينهم نساء وأطفال.").cas.victims, PersonGroup::kCivilian);
  EXPECT_EQ(CasualtiesOf("استشهد 8 بينهم 3 أطفال.").cas.victims, PersonGroup::kCivilian);
  // Not when those named among them are fighters.
  EXPECT_NE(CasualtiesOf("سقوط 7 قتلى بينهم قيادي في الحركة.").cas.victims, PersonGroup::kCivilian);
}

TEST(Casualties, ANounJoinedToATollIsCountedByItsOwnNumber) {
  auto r = CasualtiesOf("وارتفعت حصيلة الضحايا إلى 5 قتلى، وارتفع عدد القتلى إلى 7 والجرحى إلى 20.");
  EXPECT_EQ(r.cas.killed, 7);
  EXPECT_EQ(r.cas.wounded, 20);
  // (Not a noun that a number before it counts: "سقوط 4 قتلى و6 جرحى".)
  EXPECT_EQ(CasualtiesOf("ما أدى إلى سقوط 3 قتلى والجرحى إلى المستشفى.").cas.wounded, std::nullopt);
}

TEST(Casualties, ArrestsCountedAfterTheirToll) {
  EXPECT_EQ(CasualtiesOf("وارتفع عدد حالات الاعتقال منذ مطلع العام إلى نحو 4 آلاف و200 حالة.").cas.arrested, 4200);
  EXPECT_EQ(CasualtiesOf("وارتفع عدد حالات الاعتقال خلال الأسبوع إلى 75.").cas.arrested, 75);
}

TEST(Casualties, CountedNounsCountThemselves) {
  EXPECT_EQ(CasualtiesOf("مقتل عنصر من الشرطة.").cas.killed, 1);
  EXPECT_EQ(CasualtiesOf("إصابة شخصين بجروح.").cas.wounded, 2);
  EXPECT_EQ(CasualtiesOf("أدى إلى سقوط شهيدين.").cas.killed, 2);
  EXPECT_EQ(CasualtiesOf("استشهد ضابط ومجندان.").cas.killed, 3);
}

TEST(Casualties, OneNumberOverKilledAndWounded) {
  auto r = CasualtiesOf("سقط 15 شخصاً بين قتيل وجريح.");
  EXPECT_EQ(r.cas.killed_or_wounded, 15);
  EXPECT_FALSE(r.cas.killed);
  EXPECT_EQ(CasualtiesOf("سقط خمسة عشر شخصاً بين قتيل وجريح.").cas.killed_or_wounded, 15);  // not "عشر"
  EXPECT_EQ(CasualtiesOf("ما أسفر عن 4 قتلى و6 جرحى.").cas.wounded, 6);
}

TEST(Casualties, VagueNumbersAreStatedButNotCounted) {
  auto r = CasualtiesOf("أصيب العشرات بحالات اختناق.");
  EXPECT_FALSE(r.cas.wounded);
}

TEST(Casualties, NoOneHurtIsZero) {
  auto r = CasualtiesOf("سقطت قذيفة دون وقوع إصابات.");
  EXPECT_EQ(r.cas.killed, 0);
  EXPECT_EQ(r.cas.wounded, 0);
}

TEST(Casualties, ArrestsCountTheirNumber) {
  EXPECT_EQ(CasualtiesOf("اعتقلت خلالها أحد عشر شخصاً.").cas.arrested, 11);
  EXPECT_EQ(CasualtiesOf("القبض على 7 مطلوبين.").cas.arrested, 7);
}

TEST(Casualties, DualsCountTwo) {
  EXPECT_EQ(CasualtiesOf("أصيب مدنيان بجروح طفيفة.").cas.wounded, 2);
  EXPECT_EQ(CasualtiesOf("أسفرت الغارة عن مقتل مسلحين اثنين.").cas.killed, 2);
  EXPECT_EQ(CasualtiesOf("قُتل مدنيَّين في القصف.").cas.killed, 2);  // vowelled as a dual
  EXPECT_FALSE(CasualtiesOf("قُتل مدنيين في القصف.").cas.killed);     // a plural, no number
  EXPECT_EQ(CasualtiesOf("ضرب المهاجمون راعيين ما أدى إلى إصابتهما برضوض.").cas.wounded, 2);
}

TEST(Casualties, NumberAfterAsidesAndNotAWeekday) {
  // The date between the verb and its number; "الأحد" is Sunday, not "one of them".
  EXPECT_EQ(CasualtiesOf("اعتقلت الشرطة، صباح الأحد، ستة أشخاص في البلدة.").cas.arrested, 6);
  EXPECT_EQ(CasualtiesOf("اعتقلت قوات الأمن (الشرطة)، فجر اليوم، ثلاثة أشخاص.").cas.arrested, 3);
}

TEST(Casualties, JoinedCountsAddUp) {
  EXPECT_EQ(CasualtiesOf("قُتل ضابط برتبة رائد وثلاثة جنود في الهجوم.").cas.killed, 4);
  EXPECT_EQ(CasualtiesOf("مقتل 4 مدنيين و3 عسكريين.").cas.killed, 7);
  // Some of them, not more; and a count with its own casualty word.
  EXPECT_EQ(CasualtiesOf("قتل 11 شخصاً بينهم امرأتان وطفلان.").cas.killed, 11);
  auto r = CasualtiesOf("قتل جندي وأصيب 3 آخرون.");
  EXPECT_EQ(r.cas.killed, 1);
  EXPECT_EQ(r.cas.wounded, 3);
}

TEST(Casualties, ANounOfTheVerbCountedBeforeIt) {
  auto r = CasualtiesOf("وصل إلى المستشفيات 12 شهيداً و30 إصابة.");
  EXPECT_EQ(r.cas.killed, 12);
  EXPECT_EQ(r.cas.wounded, 30);
}

TEST(Casualties, BothSidesDeadAddUpTheSameSideDoesNot) {
  EXPECT_EQ(CasualtiesOf("قُتل خمسة جنود في الهجوم، فيما أعلن الجيش مقتل 11 من المهاجمين.").cas.killed, 16);
  EXPECT_EQ(CasualtiesOf("مقتل اثنين من عناصر الفصيلين، إضافة إلى مقتل مدني برصاصة طائشة.").cas.killed, 3);
  EXPECT_EQ(CasualtiesOf("قُتل 6 مدنيين في الغارة التي أدت أيضاً إلى مقتل 4 مدنيين من عائلة واحدة.").cas.killed, 6);
}

TEST(Casualties, TheCountTheLosingSideAdmitsOverTheClaim) {
  auto r = CasualtiesOf("قالت الجماعة إن مقاتليها قتلوا 20 جندياً، في حين أقرت قيادة الجيش بمقتل ثلاثة جنود.");
  EXPECT_EQ(r.cas.killed, 3);
}

TEST(Casualties, ThePluralSubjectThenItsVictims) {
  EXPECT_EQ(CasualtiesOf("قتل مسلحون يعتقد أنهم من عناصر العصابة خمسة مدنيين في القرية.").cas.killed, 5);
}

TEST(Casualties, TwoOthersAreTwo) {
  EXPECT_EQ(CasualtiesOf("قُتل جندي وأصيب آخران بجروح.").cas.wounded, 2);
}

TEST(Casualties, ATaMarbutaIsNoPronoun) {
  // "أسرة" (family) normalizes like "أسره" (his capture).
  EXPECT_FALSE(CasualtiesOf("وطالبت أسرة الضحية بالتحقيق في ظروف الوفاة.").cas.arrested);
}

TEST(Casualties, KilledOrWoundedWithoutANumberIsNoCount) {
  auto r = CasualtiesOf("أعلنت الكتائب أنها أوقعت طاقم الدبابة بين قتيل وجريح.");
  EXPECT_FALSE(r.cas.killed);
  EXPECT_FALSE(r.cas.wounded);
}

TEST(Casualties, LivesClaimedAreTheKilled) {
  // "أودى ... بحياة N" with the subject between, "حصد أرواح N", "راح ضحيته N", "ارتقى N".
  auto lives = CasualtiesOf("أودى القصف المدفعي على الحي بحياة سبعة مدنيين.");
  EXPECT_EQ(lives.cas.killed, 7);
  EXPECT_EQ(lives.cas.victims, PersonGroup::kCivilian);
  EXPECT_EQ(CasualtiesOf("أودت الغارة بحياة أربعين شخصا.").cas.killed, 40);
  EXPECT_EQ(CasualtiesOf("حصدت المعارك في المدينة أرواح 14 مدنيا.").cas.killed, 14);
  auto victims = CasualtiesOf("شن مسلحون هجوما على القرية راح ضحيته 12 قرويا.");
  EXPECT_EQ(victims.cas.killed, 12);
  EXPECT_EQ(victims.cas.victims, PersonGroup::kCivilian);
  EXPECT_EQ(CasualtiesOf("ارتقى 3 فلسطينيين برصاص الاحتلال.").cas.killed, 3);
  EXPECT_EQ(CasualtiesOf("وأفاد المستشفى بأن 3 أطفال فارقوا الحياة متأثرين بجروحهم.").cas.killed, 3);
  // ("تهدد حياة 3 ملايين شخص" is no toll: the article-less "حياة" is not the cue.)
  EXPECT_FALSE(CasualtiesOf("وقالت المنظمة إن الجوع يهدد حياة 30 ألف طفل.").cas.killed);
}

TEST(Casualties, ARunningTollIsCountedAfterIt) {
  // "ارتفع عدد القتلى ... إلى N"، "بلغ عدد القتلى ... N شخصا": the incident's dead.
  EXPECT_EQ(CasualtiesOf("وارتفع عدد القتلى في التفجير الذي ضرب السوق إلى 31.").cas.killed, 31);
  auto toll = CasualtiesOf("ارتفعت حصيلة ضحايا القصف على الحي إلى 33 شخصا.");
  EXPECT_EQ(toll.cas.killed, 33);
  EXPECT_EQ(CasualtiesOf("وبلغ عدد القتلى في الهجوم على القرية 27 شخصا.").cas.killed, 27);
  EXPECT_EQ(CasualtiesOf("وارتفع عدد الجرحى إلى 40.").cas.wounded, 40);
  // (A day after "إلى" is no count, nor a vague number.)
  EXPECT_FALSE(CasualtiesOf("لم يحدد التنظيم عدد القتلى في الهجمات التي وقعت في الفترة من 16 إلى 22 نوفمبر.").cas.killed);
  EXPECT_FALSE(CasualtiesOf("وارتفع عدد القتلى إلى العشرات.").cas.killed);
}

}  // namespace
}  // namespace rasad::extract
