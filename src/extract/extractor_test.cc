// End-to-end extraction on short articles written for these tests.
#include "extract/extract_test_util.h"

#include <gtest/gtest.h>

namespace rasad::extract {
namespace {

TEST(Extractor, AirStrikeWithCasualtiesPlaceAndDate) {
  // 2024-03-14 is a Thursday.
  auto r = ExtractText("قتل ثلاثة مدنيين وأصيب خمسة آخرون، أمس الأربعاء، في غارة جوية إسرائيلية استهدفت منزلا في بلدة كفركلا جنوبي لبنان.");
  ASSERT_EQ(r.events.size(), 1u);
  const Event& e = r.events[0];
  EXPECT_EQ(e.event_type, "Explosions/Remote violence");
  EXPECT_EQ(e.sub_event_type, "Air/drone strike");
  EXPECT_EQ(e.event_date->iso(), "2024-03-13");
  EXPECT_EQ(e.fatalities, 3);
  EXPECT_EQ(e.wounded, 5);
  EXPECT_EQ(e.place.country_code, "LB");
  EXPECT_NE(e.actor1.find("Israel"), std::string::npos);
  EXPECT_NE(e.actor2.find("Civilians"), std::string::npos);
  EXPECT_TRUE(r.tallies.empty());
}

TEST(Extractor, WeeklyClaimsAreATallyNotEvents) {
  auto r = ExtractText("أعلن تنظيم داعش مسؤوليته عن تنفيذ سبع هجمات في العراق خلال الأسبوع، أسفرت عن مقتل وإصابة 23 عنصرا.");
  EXPECT_TRUE(r.events.empty());
  ASSERT_EQ(r.tallies.size(), 1u);
  EXPECT_EQ(r.tallies[0].operations, 7);
  EXPECT_EQ(r.tallies[0].killed_or_wounded, 23);
}

TEST(Extractor, IncidentsCountedOverAQuarterAreATally) {
  auto r = ExtractText("عنوان\nوقالت المنظمة في تقريرها الصادر الأسبوع الماضي إن 120 مدنيا قتلوا وأصيب 80 آخرون في 95 "
                       "حادثة عنف خلال الربع الأخير من عام 2023.");
  EXPECT_TRUE(r.events.empty());
  ASSERT_EQ(r.tallies.size(), 1u);
  EXPECT_EQ(r.tallies[0].operations, 95);
  EXPECT_EQ(r.tallies[0].fatalities, 120);
  EXPECT_EQ(r.tallies[0].period_start->iso(), "2023-10-01");
  EXPECT_EQ(r.tallies[0].period_end->iso(), "2023-12-31");
  auto first = ExtractText("عنوان\nسجلت البعثة 40 حادثا أمنيا قتل فيها 61 شخصا في الربع الأول من العام الجاري.");
  ASSERT_EQ(first.tallies.size(), 1u);
  EXPECT_EQ(first.tallies[0].period_start->iso(), "2024-01-01");
  EXPECT_EQ(first.tallies[0].period_end->iso(), "2024-03-31");
}

TEST(Extractor, TheDayAnAgreementHeldSinceIsNoPeriodOfAToll) {
  auto r = ExtractText("عنوان\nقتل شخصان، مساء الأربعاء، بغارة نفذتها مسيرة إسرائيلية على دراجة نارية في بلدة الخيام "
                       "جنوب لبنان، في خرق جديد لوقف إطلاق النار الساري منذ نوفمبر الماضي.");
  EXPECT_TRUE(r.tallies.empty());
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].fatalities, 2);
  // A toll since a day is still a tally.
  auto since = ExtractText("عنوان\nقتل أكثر من 300 شخص بغارات إسرائيلية على جنوب لبنان منذ نوفمبر الماضي.");
  EXPECT_EQ(since.tallies.size(), 1u);
}

TEST(Extractor, AnAirAggressionIsAnAirStrike) {
  // State media's "عدوان جوي": an air strike; "عدوان" is no village named "عدوان".
  auto r = ExtractText("عنوان\nاستشهد ثلاثة مدنيين جراء عدوان جوي إسرائيلي استهدف فجر اليوم موقعا في محيط بلدة "
                       "السفيرة بريف حلب.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Air/drone strike");
  EXPECT_EQ(r.events[0].place.admin1, "Aleppo");
  EXPECT_EQ(r.events[0].fatalities, 3);
}

TEST(Extractor, ACapitalNamedForItsGovernmentIsNoPlace) {
  // "الموالية لأنقرة": Turkey's government, not the Syrian village أنقرة near Hasakah.
  auto r = ExtractText("عنوان\nقتل ثلاثة مقاتلين في اشتباكات بين قوات سوريا الديمقراطية وفصائل الجيش الوطني السوري "
                       "الموالية لأنقرة قرب بلدة تل تمر بريف الحسكة.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].place.location_ar, "تل تمر");
}

TEST(Extractor, ASudaneseDisplacementCampIsAMuaskar) {
  auto r = ExtractText("عنوان\nقتل خمسة نازحين وأصيب عشرة آخرون في قصف مدفعي على معسكر زمزم للنازحين جنوبي مدينة "
                       "الفاشر.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].place.location, "Zamzam camp");
  EXPECT_EQ(r.events[0].place.admin1, "North Darfur");
}

TEST(Extractor, AnIncidentPlacedNowhereElseIsInTheReportingOfficialsTown) {
  auto r = ExtractText("عنوان\nوأعلن المدعي العام في مدينة الأبيض، أمس، توقيف 14 شخصاً على خلفية الاشتباكات.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].place.admin1, "North Kordofan");
  EXPECT_EQ(r.events[0].arrested, 14);
  // A place of its own wins: the source's city stays the source's.
  auto own = ExtractText("عنوان\nوأفاد مصدر أمني في مدينة الأبيض باعتقال 14 شخصاً في مدينة كادوقلي.");
  ASSERT_EQ(own.events.size(), 1u);
  EXPECT_EQ(own.events[0].place.admin1, "South Kordofan");
}

TEST(Extractor, ArrestsInTheBankAreTheWestBanks) {
  auto r = ExtractText("عنوان\nوارتفع عدد حالات الاعتقال في الضفة منذ مطلع العام الجاري إلى نحو 4 آلاف و200 حالة، "
                       "وفق نادي الأسير.");
  EXPECT_TRUE(r.events.empty());
  ASSERT_EQ(r.tallies.size(), 1u);
  EXPECT_EQ(r.tallies[0].arrested, 4200);
  EXPECT_EQ(r.tallies[0].region, "West Bank");
}

TEST(Extractor, BracketedCountsOfAWeeklyBalance) {
  auto r = ExtractText("عنوان\nتمكنت مفارز للجيش خلال الفترة الممتدة من 03 إلى 09 مارس 2024، من القضاء على إرهابيين "
                       "(03) ثلاثة وتوقيف (11) عنصر دعم للجماعات الإرهابية في عمليات متفرقة عبر التراب الوطني.");
  EXPECT_TRUE(r.events.empty());
  ASSERT_EQ(r.tallies.size(), 1u);
  EXPECT_EQ(r.tallies[0].fatalities, 3);
  EXPECT_EQ(r.tallies[0].arrested, 11);
}

TEST(Extractor, PublicSecurityIsTheForceOfTheCountryWhereItActs) {
  // "الأمن العام": Jordan's police in Amman, Syria's General Security in Homs.
  auto jo = ExtractText("عنوان\nفرّقت قوات الأمن العام، مساء الأربعاء، مئات المحتجين الذين تجمعوا قرب السفارة في العاصمة عمان.");
  ASSERT_EQ(jo.events.size(), 1u);
  EXPECT_EQ(jo.events[0].actor2, "Police Forces of Jordan");
  auto sy = ExtractText("عنوان\nاعتقلت قوات الأمن العام، مساء الأربعاء، خمسة مطلوبين في مدينة حمص.");
  ASSERT_EQ(sy.events.size(), 1u);
  EXPECT_EQ(sy.events[0].actor1, "Police Forces of Syria (2024-)");
}

TEST(Extractor, TheSameDayIsTheLastDayToldNotAMonth) {
  // "صباح اليوم نفسه" is the Wednesday, not "منذ نوفمبر الماضي" told after it (background).
  auto r = ExtractText("عنوان\nقتل شخص، ظهر الأربعاء، بغارة نفذتها مسيرة إسرائيلية على سيارة في بلدة الخيام جنوب "
                       "لبنان، في خرق لوقف إطلاق النار الساري منذ نوفمبر الماضي.\n\nوكانت مسيرة إسرائيلية قد ألقت "
                       "صباح اليوم نفسه قنبلة صوتية قرب مزارعين في بلدة كفركلا، من دون أن تسفر عن إصابات.",
                       "2025-05-22");
  ASSERT_EQ(r.events.size(), 2u);
  EXPECT_EQ(r.events[1].event_date->iso(), "2025-05-21");
}

TEST(Extractor, ThreatsAreNotEvents) {
  auto r = ExtractText("توعد الرئيس بشن هجوم واسع على مواقع المسلحين في ريف إدلب خلال الأيام المقبلة.");
  EXPECT_TRUE(r.events.empty());
}

TEST(Extractor, AJournalistArrestedAfterTheNightIsOne) {
  // "صحافيا" (the Maghrebi and Levantine spelling) counts itself, past "، ليل الجمعة،".
  auto r = ExtractText("عنوان\nاعتقل عناصر من المخابرات، ليل الجمعة، صحافيا من منزله في مدينة الأبيض.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].arrested, 1);
  EXPECT_EQ(r.events[0].event_date->iso(), "2024-03-08");
}

TEST(Extractor, ArrestWithWrittenNumber) {
  auto r = ExtractText("اعتقلت قوات الأمن العراقية خمسة عشر مطلوبا في حملة دهم بمدينة الموصل اليوم.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Arrests");
  EXPECT_EQ(r.events[0].arrested, 15);
  EXPECT_EQ(r.events[0].event_date->iso(), "2024-03-14");
  EXPECT_EQ(r.events[0].place.country_code, "IQ");
}

TEST(Extractor, OldBackgroundIsNotAnEvent) {
  auto r = ExtractText("وكان انفجار سيارة مفخخة قد قتل 12 شخصا في المدينة في 3 آذار 2021.");
  EXPECT_TRUE(r.events.empty());
}

TEST(Extractor, EvidenceIsAVerbatimSpan) {
  Article a;
  a.id = "v";
  a.published = Date::Parse("2024-03-14");
  a.text = "عنوان\nانفجرت عبوة ناسفة بدورية للجيش قرب بلدة خبب في ريف درعا الشمالي، ما أدى إلى إصابة جنديين.";
  auto r = X().Extract(a);
  ASSERT_EQ(r.events.size(), 1u);
  const Event& e = r.events[0];
  EXPECT_EQ(a.text.substr(e.evidence_begin, e.evidence_end - e.evidence_begin), e.evidence);
  EXPECT_EQ(e.sub_event_type, "Remote explosive/landmine/IED");
  EXPECT_EQ(e.wounded, 2);
}

TEST(Extractor, APeriodsSummaryIsNotAnEvent) {
  EXPECT_TRUE(ExtractText("وقالت الهيئة إن قوات الاحتلال اعتقلت خلال شهر شباط الماضي 420 فلسطينيا من الضفة الغربية.").events.empty());
  EXPECT_TRUE(ExtractText("وثق المرصد مقتل 61 مدنيا في سوريا خلال كانون الثاني.").events.empty());
  // A town named: an incident within the period.
  EXPECT_EQ(ExtractText("قتل مدنيان خلال الشهر الجاري بانفجار لغم في بلدة خبب.").events.size(), 1u);
}

TEST(Extractor, LamAfterANounOfActionNamesTheAttacker) {
  auto r = ExtractText("قتلت امرأة جراء قصف مدفعي لقوات النظام على بلدة كفرنبل أمس.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_NE(r.events[0].actor1.find("Syria"), std::string::npos) << r.events[0].actor1;
  EXPECT_NE(r.events[0].actor2.find("Civilians"), std::string::npos) << r.events[0].actor2;
}

TEST(Extractor, APlaceRightAfterAnotherTellsWhereItLies) {
  auto r = ExtractText("قتل شاب في قصف استهدف حي الشجاعية بمدينة غزة فجر اليوم.");
  ASSERT_EQ(r.events.size(), 1u);
  // A list is one event per place.
  auto l = ExtractText("شنت طائرات حربية غارات على بلدتي كفرنبل ومعرة النعمان في ريف إدلب اليوم.");
  EXPECT_EQ(l.events.size(), 2u);
}

TEST(Extractor, TheTownsARoadJoinsAreNotWhereItHappened) {
  auto r = ExtractText("أصيب ثلاثة عناصر من الشرطة بانفجار عبوة ناسفة قرب بلدة خربة غزالة على أوتوستراد دمشق - درعا اليوم.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].place.admin1, "Daraa");
}

TEST(Extractor, APlaceReadOffARoadGivesWayToOneNamedOutright) {
  auto r = ExtractText("عنوان\nأصيب 15 عنصرا من الشرطة بانفجار عبوة ناسفة استهدفت حافلتهم على أوتوستراد دمشق - درعا أمس. "
                       "وقال مصدر إن 15 عنصرا أصيبوا بانفجار عبوة ناسفة قرب بلدة خربة غزالة.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].place.admin1, "Daraa");
  EXPECT_EQ(r.events[0].wounded, 15);
}

TEST(Extractor, TheDayOfTheReportIsNotTheDayOfTheIncident) {
  // 2024-03-14 is a Thursday; the attack was on Tuesday, reported on Wednesday.
  auto r = ExtractText("عنوان\nهاجم مسلحون قرية في شرق بوركينا فاسو الثلاثاء. وقتل 15 مدنيا في شرق بوركينا فاسو بالقرب من توغو وبنين، "
                       "حسبما أفادت مصادر أمنية وكالة فرانس برس الأربعاء.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].event_date->iso(), "2024-03-12");
  EXPECT_EQ(r.events[0].place.country_code, "BF");
  EXPECT_EQ(r.events[0].fatalities, 15);
}

TEST(Extractor, ATollForTheClashToldAboveCompletesIt) {
  auto r = ExtractText("عنوان\nاندلعت اشتباكات عنيفة، مساء أمس، بين مجموعتين مسلحتين في مدينة الزاوية. "
                       "وأعلن مركز الطوارئ، في بيان اليوم، مقتل ثلاثة أشخاص وإصابة تسعة جراء الاشتباكات.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].fatalities, 3);
  EXPECT_EQ(r.events[0].wounded, 9);
  EXPECT_EQ(r.events[0].event_date->iso(), "2024-03-13");
}

TEST(Extractor, AGroupsBoastIsNotTheToll) {
  auto r = ExtractText("عنوان\nقتل ستة أشخاص في انفجار سيارة مفخخة في مدينة مقديشو اليوم. "
                       "وتبنت حركة الشباب التفجير في بيان، زاعمة أنها قتلت أكثر من 15 من عناصر الأمن.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].fatalities, 6);
  EXPECT_NE(r.events[0].actor1.find("Shabaab"), std::string::npos) << r.events[0].actor1;
}

TEST(Extractor, ASourceNamedAgainAsAPartyTakesThatRole) {
  auto r = ExtractText("عنوان\nقال مصدر في قيادة عمليات الجزيرة إن طيران الجيش العراقي قصف أمس تجمعا لعناصر داعش في وادي حوران، "
                       "ما أسفر عن مقتل أربعة منهم.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_NE(r.events[0].actor1.find("Iraq"), std::string::npos) << r.events[0].actor1;
  // Members of a group, then what befell them: the group was hit.
  auto hit = ExtractText("عنوان\nوقال مصدر في قيادة شرطة درعا إن 15 عنصرا من قوى الأمن الداخلي أصيبوا بانفجار عبوة ناسفة قرب بلدة خربة غزالة.");
  ASSERT_EQ(hit.events.size(), 1u);
  EXPECT_EQ(hit.events[0].actor1.rfind("Unidentified", 0), 0u) << hit.events[0].actor1;
  EXPECT_EQ(hit.events[0].wounded, 15);
}

TEST(Extractor, ProtestsRiotsAndForce) {
  // A crowd that storms and burns: a riot, the crowd first.
  auto riot = ExtractText("اقتحم محتجون مبنى المحافظة في مدينة الناصرية وأضرموا النار فيه اليوم.");
  ASSERT_EQ(riot.events.size(), 1u);
  EXPECT_EQ(riot.events[0].sub_event_type, "Violent demonstration");
  EXPECT_EQ(riot.events[0].actor1.rfind("Rioters", 0), 0u) << riot.events[0].actor1;
  // Settlers who attack a village and burn cars: an attack.
  auto attack = ExtractText("هاجم مستوطنون قرية ترمسعيا وأضرموا النار في مركبات المواطنين اليوم.");
  ASSERT_EQ(attack.events.size(), 1u);
  EXPECT_EQ(attack.events[0].event_type, "Violence against civilians");
  // Shooting at a demonstration: excessive force, protesters first.
  auto force = ExtractText("قتل متظاهر برصاص قوات الأمن خلال تفريق تظاهرة في مدينة أم درمان اليوم.");
  ASSERT_EQ(force.events.size(), 1u);
  EXPECT_EQ(force.events[0].sub_event_type, "Excessive force against protesters");
  EXPECT_EQ(force.events[0].actor1.rfind("Protesters", 0), 0u) << force.events[0].actor1;
  // One demonstration told in three sentences is one event.
  auto one = ExtractText("تظاهر المئات في بغداد اليوم احتجاجا على البطالة. وأطلقت الشرطة الغاز المسيل للدموع لتفريق المتظاهرين. "
                         "وحاول المتظاهرون عبور جسر إلى المنطقة الخضراء في بغداد.");
  ASSERT_EQ(one.events.size(), 1u);
  EXPECT_EQ(one.events[0].place.location, "Baghdad");
}

TEST(Extractor, TheCityASentenceRefersBackTo) {
  auto r = ExtractText("شهدت مدينة الفاشر اليوم اشتباكات عنيفة. وقصفت قوات الدعم السريع مقر الشرطة وسط المدينة.");
  ASSERT_FALSE(r.events.empty());
  for (const auto& e : r.events) EXPECT_EQ(e.place.location, "El Fasher") << e.sub_event_type;
}

TEST(Extractor, BetweenXAndYNamesBothSides) {
  auto r = ExtractText("اندلع قصف مدفعي متبادل بين الجيش السوداني وقوات الدعم السريع في مدينة الفاشر اليوم.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_NE(r.events[0].actor1.find("Sudan"), std::string::npos) << r.events[0].actor1;
  EXPECT_NE(r.events[0].actor2.find("Rapid Support"), std::string::npos) << r.events[0].actor2;
}

TEST(Extractor, LinksToOtherStoriesAreNotNews) {
  auto r = ExtractText("عنوان\nتظاهر العشرات في مدينة السويداء اليوم.\nاقرأ أيضاً: مقتل شاب برصاص مسلحين في ريف درعا");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].event_type, "Protests");
}

TEST(Extractor, AProtestNobodyDispersedIsPeaceful) {
  auto r = ExtractText("وخرجت مظاهرة في مدينة عطبرة اليوم، من دون أن تتدخل السلطات لتفريقها.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Peaceful protest");
}

TEST(Extractor, AStrikeToldAgainIsOneEvent) {
  auto r = ExtractText("قتل عنصران في غارة جوية أمريكية استهدفت موقعا لكتائب حزب الله في منطقة جرف النصر اليوم. "
                       "وقالت وزارة الدفاع الأمريكية إن الغارة جاءت ردا على الهجمات على قواتها.");
  EXPECT_EQ(r.events.size(), 1u);
}

TEST(Extractor, WithoutAPublicationDateTheDatelineDates) {
  auto r = ExtractText("عنوان\nالقاهرة – الإثنين 28 يونيو 2021\nقتل ضابط ومجندان وأصيب 4 آخرون، أمس الأحد، في انفجار عبوة ناسفة "
                       "جنوب مدينة بئر العبد بمحافظة شمال سيناء.", nullptr);
  ASSERT_EQ(r.events.size(), 1u);
  ASSERT_TRUE(r.events[0].event_date);
  EXPECT_EQ(r.events[0].event_date->iso(), "2021-06-27");
  EXPECT_EQ(r.events[0].fatalities, 3);  // an officer and two conscripts
  EXPECT_EQ(r.events[0].wounded, 4);
}

TEST(Extractor, AnAgencysDatelineDatesItsTodayAndYesterday) {
  // Published Saturday 2024-03-16, filed Friday 2024-03-15: "اليوم" and "أمس" are the dateline's,
  // and the dateline's city is where the report was filed, not an incident's place.
  auto r = ExtractText("عنوان\nالخرطوم 15 مارس 2024 (شينخوا) قتل ثلاثة مدنيين اليوم (الجمعة) في قصف مدفعي على "
                       "مدينة الأبيض. وقتل جنديان أمس في كمين نصبه مسلحون قرب مدينة كادوقلي.",
                       "2024-03-16");
  ASSERT_EQ(r.events.size(), 2u);
  EXPECT_EQ(r.events[0].event_date->iso(), "2024-03-15");
  EXPECT_EQ(r.events[0].place.admin1, "North Kordofan");
  EXPECT_EQ(r.events[1].event_date->iso(), "2024-03-14");
  // A date opening a line that is the incident's, not a dateline's, changes nothing.
  auto lead = ExtractText("عنوان\nفي 15 مارس 2024 قتل ثلاثة مدنيين في قصف على مدينة الأبيض. وقتل جنديان أمس في "
                          "كمين نصبه مسلحون قرب مدينة كادوقلي.",
                          "2024-03-16");
  ASSERT_EQ(lead.events.size(), 2u);
  EXPECT_EQ(lead.events[1].event_date->iso(), "2024-03-15");
}

TEST(Extractor, TheDayTheIncidentHappenedOnOutranksTheStatements) {
  // 2024-03-14 is a Thursday: the ambush was on Monday, the statement on Wednesday.
  auto r = ExtractText("عنوان\nقتل 4 جنود في كمين نصبه مسلحون لدورية عسكرية قرب قرية في منطقة تيلابيري، وفق بيان "
                       "للجيش. وأوضح البيان الذي بثه التلفزيون مساء الأربعاء أن الكمين وقع يوم الإثنين الماضي، "
                       "وأصيب فيه جنديان آخران.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].event_date->iso(), "2024-03-11");
  EXPECT_EQ(r.events[0].wounded, 2);
}

TEST(Extractor, ARiotAndTheProtestItGrewFromAreOneEvent) {
  auto r = ExtractText("عنوان\nاقتحم محتجون غاضبون مبنى المحافظة في مدينة الناصرية اليوم وأضرموا النار فيه. "
                       "وتدخلت قوات مكافحة الشغب لتفريق المحتجين في المدينة.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Violent demonstration");
  EXPECT_EQ(r.events[0].actor1.rfind("Rioters", 0), 0u) << r.events[0].actor1;
}

TEST(Extractor, TheWeaponsOfAClashAreNotAnotherEvent) {
  auto r = ExtractText("اندلعت اشتباكات بالأسلحة الرشاشة والقذائف الصاروخية بين عشيرتين في بلدة بريتال اليوم.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Armed clash");
}

TEST(Extractor, AVillageTheGazetteerLacksKeepsItsNameInItsProvince) {
  auto r = ExtractText("قتل ثلاثة مدنيين برصاص مسلحين مجهولين في قرية زنبلوقة بريف دير الزور الشرقي اليوم.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].place.location_ar, "زنبلوقة");
  EXPECT_EQ(r.events[0].place.admin1, "Deir ez-Zor");
  EXPECT_GE(r.events[0].place.geo_precision, 2);
}

TEST(Extractor, AnUnknownVillageEastOfACityIsNotTheCity) {
  // "شرقي دير الزور" names the area east of the city; the village is the place, and
  // a report of the same attack told earlier without it takes it.
  auto r = ExtractText(
      "قتل عنصر من قسد في هجوم مسلح بريف دير الزور أمس.\n"
      "وقالت مصادر محلية إن الهجوم استهدف حاجزاً في بلدة زنبلوقة شرقي دير الزور.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].place.location_ar, "زنبلوقة");
  EXPECT_EQ(r.events[0].place.admin1, "Deir ez-Zor");
  EXPECT_EQ(r.events[0].place.geo_precision, 2);
}

TEST(Extractor, ATownKnownOnlyInLatinScriptIsReportedByItsEnglishName) {
  // The sources name Bankass (Mali) only in Latin script: found by its sound, the place
  // keeps its English name and the article's spelling.
  auto r = ExtractText("قتل أربعة جنود في هجوم شنه مسلحون على بلدة بانكاس بمنطقة موبتي في مالي أمس.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].place.location, "Bankass");
  EXPECT_EQ(r.events[0].place.location_ar, "بانكاس");
  EXPECT_EQ(r.events[0].place.admin1, "Mopti");
}

TEST(Extractor, ARoadNamedAfterATownIsTheRoad) {
  auto r = ExtractText("انفجرت عبوة ناسفة بسيارة عسكرية على طريق سراقب في ريف إدلب اليوم، ما أدى إلى إصابة جنديين.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].place.location, "Saraqib road");
  EXPECT_EQ(r.events[0].place.location_ar, "طريق سراقب");
  EXPECT_EQ(r.events[0].place.admin1, "Idlib");
  EXPECT_EQ(r.events[0].place.geo_precision, 2);
  EXPECT_EQ(r.events[0].wounded, 2);
  // In the town itself it is the town.
  auto t = ExtractText("انفجرت عبوة ناسفة بسيارة عسكرية في مدينة سراقب بريف إدلب اليوم.");
  ASSERT_EQ(t.events.size(), 1u);
  EXPECT_EQ(t.events[0].place.location, "Saraqib");
}

TEST(Extractor, AQuarterOfACityIsTheCityNotAVillageElsewhere) {
  // There is a village القبة in North Darfur, far from El Fasher.
  auto r = ExtractText("قصفت قوات الدعم السريع بالمدفعية مدينة الفاشر اليوم.\n"
                       "وسقطت القذائف على أحياء القبة والسوق الكبير وسط المدينة.");
  ASSERT_FALSE(r.events.empty());
  for (const auto& e : r.events) EXPECT_EQ(e.place.location, "El Fasher") << e.evidence;
}

TEST(Extractor, AnIncidentToldWithoutAPlaceHappenedWhereTheSentenceSays) {
  auto r = ExtractText("قصف الجيش بالمدفعية الثقيلة مواقع الدعم السريع في شرق الفاشر صباح اليوم، "
                       "لكن الدفاعات الجوية تصدت لطائرات مسيرة أطلقتها قوات الدعم السريع.");
  ASSERT_EQ(r.events.size(), 2u);
  EXPECT_EQ(r.events[1].sub_event_type, "Disrupted weapons use");
  EXPECT_EQ(r.events[1].place.admin1, "North Darfur");
  // Not across paragraphs.
  auto t = ExtractText("معارك في دارفور\n"
                       "قصف الجيش بالمدفعية الثقيلة مواقع الدعم السريع في شرق الفاشر صباح اليوم.\n"
                       "وفي سياق آخر، تصدت الدفاعات الجوية لطائرات مسيرة أطلقتها قوات الدعم السريع.");
  ASSERT_EQ(t.events.size(), 2u);
  EXPECT_TRUE(t.events[1].place.admin1.empty()) << t.events[1].place.admin1;
}

TEST(Extractor, AReconnaissanceFlightIsNotAnAirStrike) {
  auto r = ExtractText("قصفت المدفعية الإسرائيلية أطراف بلدة كفرشوبا صباح اليوم، فيما حلّق الطيران الاستطلاعي "
                       "الإسرائيلي فوق قرى القطاع الشرقي.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Shelling/artillery/missile attack");
}

TEST(Extractor, MembersHitByAnExplosionAreItsTarget) {
  auto r = ExtractText("أصيب خمسة منتسبين في الحشد الشعبي بانفجار عبوة ناسفة استهدفت عجلتهم قرب قضاء طوز خورماتو اليوم.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].wounded, 5);
  EXPECT_EQ(r.events[0].actor2.rfind("PMF", 0), 0u) << r.events[0].actor2;
  EXPECT_EQ(r.events[0].actor1.rfind("PMF", 0), std::string::npos) << r.events[0].actor1;
  auto t = ExtractText("قتل جندي وأصيب 3 آخرون من أفراد الجيش العراقي بانفجار عبوة ناسفة في قضاء الحويجة اليوم.");
  ASSERT_EQ(t.events.size(), 1u);
  EXPECT_NE(t.events[0].actor2.find("Military Forces of Iraq"), std::string::npos) << t.events[0].actor2;
}

TEST(Extractor, WhoseDronesWereStoppedIsTheSecondActor) {
  auto r = ExtractText("تصدت الدفاعات الجوية للجيش السوداني فجر اليوم لمسيرات أطلقتها قوات الدعم السريع باتجاه مدينة كوستي.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Disrupted weapons use");
  EXPECT_NE(r.events[0].actor1.find("Military Forces of Sudan"), std::string::npos) << r.events[0].actor1;
  EXPECT_EQ(r.events[0].actor2.rfind("RSF", 0), 0u) << r.events[0].actor2;
}

TEST(Extractor, TheAbductedAreTheSecondActor) {
  auto r = ExtractText("هاجم مسلحون قرية قرب بلدة بوسو في منطقة ديفا ليل أمس وخطفوا أربع نساء وطفلاً.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Abduction/forced disappearance");
  EXPECT_NE(r.events[0].actor2.find("Civilians"), std::string::npos) << r.events[0].actor2;
}

TEST(Extractor, ATownInAnAreaNamedAfterAnotherTownStaysTheTown) {
  // "منطقة ديفا" is the area; its name also matches the city of Diffa, 100 km away.
  auto r = ExtractText("قتل مسلحون ثلاثة مدنيين في قرية قرب بلدة بوسو في منطقة ديفا جنوب شرقي النيجر فجر اليوم.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].place.location, "Bosso");
  EXPECT_EQ(r.events[0].place.admin1, "Diffa");
  EXPECT_EQ(r.events[0].fatalities, 3);  // "قتل مسلحون ثلاثة": the subject, then the victims
}

TEST(Extractor, ABareStrikeOnACarIsADroneStrike) {
  auto r = ExtractText("قتل شخصان في قصف إسرائيلي استهدف سيارة في بلدة كفركلا جنوبي لبنان اليوم.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Air/drone strike");
  auto t = ExtractText("قتل شخصان في قصف إسرائيلي استهدف أطراف بلدة كفركلا جنوبي لبنان اليوم.");
  ASSERT_EQ(t.events.size(), 1u);
  EXPECT_EQ(t.events[0].sub_event_type, "Shelling/artillery/missile attack");
  auto u = ExtractText("قتل شخصان في قصف مدفعي إسرائيلي استهدف سيارة في بلدة كفركلا جنوبي لبنان اليوم.");
  ASSERT_EQ(u.events.size(), 1u);
  EXPECT_EQ(u.events[0].sub_event_type, "Shelling/artillery/missile attack");  // artillery, said outright
}

TEST(Extractor, ForcesNamedWithACountrysAdjectiveAreThatCountrys) {
  // "حرس الحدود" alone would be the forces of the event's country (Syria).
  auto r = ExtractText("قُتل شاب بنيران حرس الحدود التركي أثناء محاولته اجتياز الحدود قرب بلدة حارم بريف إدلب أمس.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Attack");
  EXPECT_EQ(r.events[0].actor1, "Military Forces of Turkey");  // "بنيران X": X fired
  EXPECT_NE(r.events[0].actor2.find("Civilians"), std::string::npos) << r.events[0].actor2;
  // A qualifier of the forces may stand between.
  auto t = ExtractText("أعلن حزب الله اليوم قصفه بصاروخين موجهين قوة استخبارات عسكرية إسرائيلية قرب بلدة المطلة.");
  ASSERT_EQ(t.events.size(), 1u);
  EXPECT_NE(t.events[0].actor2.find("Israel"), std::string::npos) << t.events[0].actor2;
}

TEST(Extractor, AVillageKnownOnlyInOtherProvincesKeepsItsNameInItsOwn) {
  // The gazetteer's villages called الحمرا lie in Aleppo, Al-Hasakah and Idlib.
  auto r = ExtractText("قتل طفلان بانفجار لغم أرضي قرب قرية الحمرا بريف حماة الشرقي أمس.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].place.location_ar, "الحمرا");
  EXPECT_EQ(r.events[0].place.admin1, "Hama");
  EXPECT_GE(r.events[0].place.geo_precision, 2);
}

TEST(Extractor, ABreakdownOfVictimsIsNotAnIncident) {
  auto r = ExtractText("وبين التقرير أن ستة من الضحايا قتلوا بانفجار ألغام، وأربعة برصاص مجهولين، فيما قضى الباقون جراء القصف.");
  EXPECT_TRUE(r.events.empty());
}

TEST(Extractor, AirDefencesAreTheStatesForces) {
  auto r = ExtractText("أسقطت وسائط الدفاع الجوي طائرتين مسيرتين أطلقتها التنظيمات الإرهابية باتجاه ريف حماة الشمالي فجر اليوم.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Disrupted weapons use");
  EXPECT_EQ(r.events[0].actor1.rfind("Military Forces of Syria", 0), 0u) << r.events[0].actor1;
  EXPECT_EQ(r.events[0].actor2.rfind("Unidentified Armed Group", 0), 0u) << r.events[0].actor2;
}

TEST(Extractor, ASingularOrDualCasualtyNounCountsItself) {
  auto r = ExtractText("اندلعت اشتباكات عنيفة بين عائلتين في بلدة بريتال اليوم، ما أدى إلى سقوط قتيل وأربعة جرحى.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].fatalities, 1);
  EXPECT_EQ(r.events[0].wounded, 4);
  auto t = ExtractText("استهدفت مسيرة إسرائيلية دراجة نارية في بلدة عيتا الشعب اليوم، ما أدى إلى سقوط شهيدين.");
  ASSERT_EQ(t.events.size(), 1u);
  EXPECT_EQ(t.events[0].fatalities, 2);
}

TEST(Extractor, ArrestsCountedAfterDuringWhich) {
  auto r = ExtractText("شنت قوات الأمن حملة دهم في بلدة الشحيل فجر اليوم، اعتقلت خلالها أحد عشر شخصاً.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].arrested, 11);
}

TEST(Extractor, PositionsOfAForceAreItsTargetUnlessFireComesFromThem) {
  auto r = ExtractText("شن الطيران الحربي للجيش اليوم غارات على تجمعات وارتكازات لقوات الدعم السريع في مدينة ود مدني.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].actor2.rfind("RSF", 0), 0u) << r.events[0].actor2;
  auto t = ExtractText("أصيب ثلاثة مدنيين بقصف مدفعي مصدره مواقع قوات النظام استهدف بلدة كفرنبل اليوم.");
  ASSERT_EQ(t.events.size(), 1u);
  EXPECT_NE(t.events[0].actor1.find("Military Forces of Syria"), std::string::npos) << t.events[0].actor1;
  EXPECT_NE(t.events[0].actor2.find("Civilians"), std::string::npos) << t.events[0].actor2;
}

TEST(Extractor, KinAfterACasualtyVerbCountOne) {
  // "زوجته": the ta marbuta written ت before the pronoun.
  auto r = ExtractText("قتل رجل وأصيبت زوجته بجروح في قصف مدفعي استهدف منزلهما في بلدة معرة مصرين بريف إدلب اليوم.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].fatalities, 1);
  EXPECT_EQ(r.events[0].wounded, 1);
}

TEST(Extractor, ARegionCountedInAListIsAPlaceOfItsOwn) {
  auto r = ExtractText("اعتقلت قوات الاحتلال الإسرائيلي 9 فلسطينيين من مدينة نابلس، وشاباً من الأغوار الشمالية، فجر اليوم.");
  ASSERT_EQ(r.events.size(), 2u);
  EXPECT_EQ(r.events[0].place.location, "Nablus");
  EXPECT_EQ(r.events[0].arrested, 9);
  EXPECT_EQ(r.events[1].place.location, "Northern Jordan Valley");
  EXPECT_EQ(r.events[1].arrested, 1);
}

TEST(Extractor, TwoNearPlacesEachCountingItsOwnDetaineesAreTwoPlaces) {
  auto r = ExtractText("واعتقلت قوات الاحتلال، فجر اليوم، ستة مواطنين من مدينة الخليل، وأربعة آخرين من بلدة بيت أمر "
                       "شمالها، عقب دهم منازل ذويهم.");
  ASSERT_EQ(r.events.size(), 2u);
  EXPECT_EQ(r.events[0].place.location, "Hebron");
  EXPECT_EQ(r.events[0].arrested, 6);
  EXPECT_EQ(r.events[1].place.location, "Beit Ummar");
  EXPECT_EQ(r.events[1].arrested, 4);
}

TEST(Extractor, AClauseOpeningAnotherIncidentPartsTheNumbersOfTwoPlaces) {
  // "فيما" between two places: each place keeps its own dead, and the villagers hit in the
  // first are not the side hit in the second.
  auto r = ExtractText("قتل مسلحون خمسة مزارعين في ولاية كادونا، فيما قتل تسعة جنود في هجوم على ثكنة في منطقة تيلابيري.");
  ASSERT_EQ(r.events.size(), 2u);
  EXPECT_EQ(r.events[0].place.country_code, "NG");
  EXPECT_EQ(r.events[0].fatalities, 5);
  EXPECT_EQ(r.events[1].place.country_code, "NE");
  EXPECT_EQ(r.events[1].fatalities, 9);
  EXPECT_EQ(r.events[1].actor2.find("Civilians"), std::string::npos) << r.events[1].actor2;
  // A casualty verb joined by "و" opens the second incident too.
  auto s = ExtractText("قتل أربعة مدنيين في قصف على بلدة سرمين وقتل جنديان في قصف على بلدة كفرنبل.");
  ASSERT_EQ(s.events.size(), 2u);
  EXPECT_EQ(s.events[0].fatalities, 4);
  EXPECT_EQ(s.events[1].fatalities, 2);
  EXPECT_EQ(s.events[1].actor2.find("Civilians"), std::string::npos) << s.events[1].actor2;
}

TEST(Extractor, MembersCountedOutOfAGroupAfterAKillWordAreTheSideHit) {
  auto r = ExtractText("قتل سبعة من مقاتلي حركة الشباب في كمين نصبه الجيش الصومالي قرب بلدة جلب.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_NE(r.events[0].actor1.find("Somalia"), std::string::npos) << r.events[0].actor1;
  EXPECT_EQ(r.events[0].actor2, "Al Shabaab");
  EXPECT_EQ(r.events[0].fatalities, 7);
  // With no one else named, the attacker is not known; the group is still the side hit.
  auto s = ExtractText("أسفر الهجوم عن مقتل ثلاثة من عناصر قوات الدعم السريع قرب مدينة الفاشر.");
  ASSERT_EQ(s.events.size(), 1u);
  EXPECT_EQ(s.events[0].actor2, "RSF: Rapid Support Forces");
}

TEST(Extractor, TheWordOfBelongingReadsAlikeInEveryRule) {
  // A unit (plural "تابعون"), a weapon and a weapon stopped: the same words of belonging.
  auto unit = ExtractText("هاجم مسلحون تابعون لحركة الشباب قاعدة للجيش الصومالي في بلدة جلب.");
  ASSERT_EQ(unit.events.size(), 1u);
  EXPECT_EQ(unit.events[0].actor1, "Al Shabaab");
  auto stopped = ExtractText("أسقطت الدفاعات الجوية مسيرات تابعة لقوات الدعم السريع فوق مدينة الأبيض.");
  ASSERT_EQ(stopped.events.size(), 1u);
  EXPECT_EQ(stopped.events[0].sub_event_type, "Disrupted weapons use");
  EXPECT_EQ(stopped.events[0].actor2, "RSF: Rapid Support Forces");
}

TEST(Extractor, NumbersPastAnotherIncidentsOpenerAtAnUnknownPlaceAreNotThisPlaces) {
  // The second place is not in the gazetteer: one event, with its own dead only.
  auto r = ExtractText("قتل مسلحون خمسة مزارعين في ولاية كادونا، فيما قتل تسعة جنود في هجوم على ثكنة في قرية زبروكالي.");
  ASSERT_GE(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].place.admin1, "Kaduna");
  EXPECT_EQ(r.events[0].fatalities, 5);
  // Both sides of one battle, with no other place named, still add up.
  auto b = ExtractText("قتل خمسة جنود في هجوم على حاجز في بلدة سرمين، فيما أعلن الجيش مقتل 11 من المهاجمين.");
  ASSERT_EQ(b.events.size(), 1u);
  EXPECT_EQ(b.events[0].fatalities, 16);
}

TEST(Extractor, APlaceNearByPastAnotherIncidentsOpenerIsThatIncidents) {
  // "قرب" names a landmark for the place before it, but not across "بينما": there it is where
  // the second incident happened.
  auto r = ExtractText("قتل مسلحون أربعة رعاة في قرية سرمين بينما قتل ستة جنود في كمين قرب بلدة كفرنبل.");
  ASSERT_EQ(r.events.size(), 2u);
  EXPECT_EQ(r.events[0].place.location, "Sarmin");
  EXPECT_EQ(r.events[0].fatalities, 4);
  EXPECT_EQ(r.events[1].place.location, "Kafr Nabl");
  EXPECT_EQ(r.events[1].fatalities, 6);
  // The ambush is the second incident's: the herders were killed in an attack.
  EXPECT_EQ(r.events[0].sub_event_type, "Attack");
  EXPECT_EQ(r.events[1].sub_event_type, "Armed clash");
}

TEST(Extractor, PlacesJoinedByWawShareNoOneHurt) {
  auto r = ExtractText("سقطت قذائف على أطراف بلدتي سرمين وكفرنبل دون وقوع إصابات.");
  ASSERT_EQ(r.events.size(), 2u);
  for (const Event& e : r.events) {
    EXPECT_EQ(e.fatalities, 0) << e.place.location;
    EXPECT_EQ(e.wounded, 0) << e.place.location;
  }
}

TEST(Extractor, TheWeaponsNationalityOrSourceIsTheAttacker) {
  auto r = ExtractText("قُتل عنصران من قسد، أمس الأربعاء، بضربة من طائرة مسيّرة تركية استهدفت سيارة عسكرية قرب بلدة تل تمر.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_NE(r.events[0].actor1.find("Turkey"), std::string::npos);
  EXPECT_EQ(r.events[0].fatalities, 2);
}

TEST(Extractor, MembersCountedOutOfAGroupBeforeTheirVerb) {
  auto r = ExtractText("وأصيب 5 من عناصر الشرطة بجروح، أمس الأربعاء، خلال مواجهات مع محتجين في مدينة الناصرية.");
  ASSERT_FALSE(r.events.empty());
  EXPECT_EQ(r.events[0].wounded, 5);
}

TEST(Extractor, TheOwnerOfTheWeaponAttacksTheOwnerOfTheVehicleIsHit) {
  auto drone = ExtractText("استهدفت طائرة مسيّرة تابعة للجيش السوداني، فجر أمس، تجمعاً لقوات الدعم السريع قرب مدينة نيالا.");
  ASSERT_EQ(drone.events.size(), 1u);
  EXPECT_NE(drone.events[0].actor1.find("Sudan"), std::string::npos);
  EXPECT_NE(drone.events[0].actor2.find("Rapid Support"), std::string::npos);
  auto vehicle = ExtractText("انفجرت عبوة ناسفة، أمس الأربعاء، بعربة عسكرية تابعة للجيش العراقي قرب مدينة بعقوبة.");
  ASSERT_EQ(vehicle.events.size(), 1u);
  EXPECT_NE(vehicle.events[0].actor2.find("Iraq"), std::string::npos);
}

TEST(Extractor, TheAccusedIsTheAttackerUnlessTheAccusationIsDenied) {
  auto r = ExtractText("قُتل خمسة مدنيين في تفجير انتحاري بسوق مدينة مافا أمس، واتهمت السلطات جماعة بوكو حرام بالوقوف وراءه.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_NE(r.events[0].actor1.find("Boko Haram"), std::string::npos);
  auto denied = ExtractText(
      "قُتل خمسة مدنيين بانفجار سيارة مفخخة في مدينة الباب أمس، واتهمت الحكومة المؤقتة قسد بالوقوف وراءه، وهو ما نفته قسد.");
  ASSERT_EQ(denied.events.size(), 1u);
  EXPECT_EQ(denied.events[0].actor1.find("Syrian Democratic"), std::string::npos);
}

TEST(Extractor, WhatTheStrikesVerbTargetsIsItsObject) {
  auto r = ExtractText("أعلنت القوات الأمريكية تنفيذ غارة جوية، أمس الأربعاء، استهدفت عناصر من حركة الشباب قرب مدينة كيسمايو.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_NE(r.events[0].actor1.find("United States"), std::string::npos);
  EXPECT_NE(r.events[0].actor2.find("Shabaab"), std::string::npos);
}

TEST(Extractor, ANameInBracketsOrSharingWordsIsOneActor) {
  auto bracket = ExtractText("اعتقلت قوى الأمن الداخلي (الأسايش) خمسة أشخاص في بلدة الحوايج بريف دير الزور أمس.");
  ASSERT_EQ(bracket.events.size(), 1u);
  EXPECT_NE(bracket.events[0].actor1.find("Asayish"), std::string::npos);
  EXPECT_EQ(bracket.events[0].actor2.find("Asayish"), std::string::npos);
  auto overlap = ExtractText("شن طيران العدوان الأمريكي البريطاني، أمس الأربعاء، غارات على مديرية اللحية بمحافظة الحديدة.");
  ASSERT_EQ(overlap.events.size(), 1u);
  EXPECT_NE(overlap.events[0].actor1.find("United States"), std::string::npos);
}

TEST(Extractor, TheAbductedArePastTheKidnappers) {
  auto r = ExtractText("اختطف مسلحون مجهولون، أمس الأربعاء، تاجراً من أبناء بلدة طفس بريف درعا.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_NE(r.events[0].actor2.find("Civilians"), std::string::npos);
}

TEST(Extractor, WhoClaimsAnAttackDidIt) {
  auto same = ExtractText(
      "قُتل ثلاثة جنود، أمس الأربعاء، بانفجار عبوة ناسفة استهدفت مدرعة غربي مدينة العريش، وتبنى تنظيم ولاية سيناء الهجوم.");
  ASSERT_EQ(same.events.size(), 1u);
  EXPECT_NE(same.events[0].actor1.find("Islamic State"), std::string::npos);
  EXPECT_EQ(same.events[0].actor1, same.events[0].claimed_by);
  EXPECT_EQ(same.events[0].actor2.find("Islamic State"), std::string::npos);
  auto later = ExtractText(
      "قُتل ستة أشخاص، أمس الأربعاء، في تفجير انتحاري بسيارة مفخخة استهدف نقطة تفتيش في مديرية حودن بمقديشو.\n\n"
      "وقال ضابط في الشرطة إن الانفجار دمر عدداً من المحال التجارية.\n\n"
      "وتبنت حركة الشباب التفجير في بيان.");
  ASSERT_FALSE(later.events.empty());
  EXPECT_NE(later.events[0].actor1.find("Shabaab"), std::string::npos);
  EXPECT_NE(later.events[0].claimed_by.find("Shabaab"), std::string::npos);
}

TEST(Extractor, ADeniedClaimClaimsNothing) {
  auto r = ExtractText(
      "وقال الجيش إن منظومة القبة الحديدية اعترضت، أمس الأربعاء، صاروخين أطلقا من شمال القطاع باتجاه مدينة سديروت، دون أن تعلن أي جهة مسؤوليتها عن إطلاقهما.");
  ASSERT_FALSE(r.events.empty());
  EXPECT_TRUE(r.events[0].claimed_by.empty());
  EXPECT_NE(r.events[0].actor1.find("Israel"), std::string::npos);
}

TEST(Extractor, AClanFightHasAClanOnEitherSide) {
  auto r = ExtractText(
      "قُتل ثلاثة أشخاص، فجر اليوم، في نزاع عشائري اندلع بين عشيرتين في ناحية الدير شمالي البصرة، قبل أن تتدخل قوة من الجيش.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Armed clash");
  EXPECT_NE(r.events[0].actor1.find("Clan Militia"), std::string::npos);
  EXPECT_EQ(r.events[0].actor1, r.events[0].actor2);
}

TEST(Extractor, AGroupSayingItsFightersDidItClaimsIt) {
  auto r = ExtractText(
      "وقالت هيئة تحرير الشام إن مقاتليها استهدفوا، أمس الأربعاء، تجمعاً لقوات النظام على محور كبانة بريف اللاذقية.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_NE(r.events[0].actor1.find("Tahrir"), std::string::npos);
}

TEST(Extractor, BetweenTheMembersOfOneGroupAndAnother) {
  auto r = ExtractText("اندلعت، أمس الأربعاء، معارك عنيفة بين مقاتلي حركة الشباب ومسلحين من العشائر قرب مدينة عيل طير.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_NE(r.events[0].actor1.find("Shabaab"), std::string::npos);
  EXPECT_NE(r.events[0].actor2.find("Clan Militia"), std::string::npos);
}

// ---- Tallies broken down ----

// The tally in `r` over `region` (English), or nullptr.
const Tally* TallyIn(const Extraction& r, const std::string& region) {
  for (const auto& t : r.tallies)
    if (t.region == region) return &t;
  return nullptr;
}

TEST(Tallies, ATollBrokenDownByPartyGivesOneTallyPerParty) {
  auto r = ExtractText(
      "وذكر المرصد في تقريره الشهري أن قوات النظام قتلت 12 مدنياً، فيما قتل تنظيم داعش خمسة مدنيين، "
      "في حين قُتل 9 مدنيين على يد جهات لم تحدد.");
  EXPECT_TRUE(r.events.empty());
  ASSERT_EQ(r.tallies.size(), 3u);
  EXPECT_EQ(r.tallies[0].fatalities, 12);
  EXPECT_NE(r.tallies[0].actor.find("Syria"), std::string::npos);
  EXPECT_EQ(r.tallies[1].fatalities, 5);
  EXPECT_NE(r.tallies[1].actor.find("Islamic State"), std::string::npos);
  EXPECT_EQ(r.tallies[2].fatalities, 9);
  EXPECT_NE(r.tallies[2].actor.find("Unidentified"), std::string::npos);
}

TEST(Tallies, APartysShareOfTheTotalIsATallyOfItsOwn) {
  auto r = ExtractText("وسجل المرصد 120 حالة اعتقال خلال الشهر الماضي، كانت قوات النظام مسؤولة عن 70 منها.");
  EXPECT_TRUE(r.events.empty());
  ASSERT_EQ(r.tallies.size(), 2u);
  EXPECT_EQ(r.tallies[0].arrested, 120);
  EXPECT_TRUE(r.tallies[0].actor.empty());
  EXPECT_EQ(r.tallies[1].arrested, 70);
  EXPECT_FALSE(r.tallies[1].actor.empty());
}

TEST(Tallies, AProvinceRankingGivesEachProvinceItsToll) {
  auto r = ExtractText(
      "وخلال الشهر الماضي، تصدرت محافظة حلب قائمة المحافظات بـ15 قتيلاً، تلتها حمص (9)، ثم حماة (6)، "
      "فيما توزع الباقون على محافظات أخرى.");
  EXPECT_TRUE(r.events.empty());
  const Tally* aleppo = TallyIn(r, "Aleppo");
  const Tally* homs = TallyIn(r, "Homs");
  const Tally* hama = TallyIn(r, "Hama");
  ASSERT_TRUE(aleppo && homs && hama);
  EXPECT_EQ(aleppo->fatalities, 15);
  EXPECT_EQ(homs->fatalities, 9);
  EXPECT_EQ(hama->fatalities, 6);
}

TEST(Tallies, BareNumbersInBracketsSplitTheTotalBeforeThem) {
  auto r = ExtractText(
      "وأعلنت وزارة الداخلية العراقية القبض على 60 مطلوباً خلال الأسبوع، توزعوا على محافظات البصرة (25) "
      "وديالى (20) وبابل (15).");
  EXPECT_TRUE(r.events.empty());
  const Tally* iraq = TallyIn(r, "Iraq");
  const Tally* basra = TallyIn(r, "Basra");
  ASSERT_TRUE(iraq && basra);
  EXPECT_EQ(iraq->arrested, 60);
  EXPECT_EQ(basra->arrested, 25);
  EXPECT_FALSE(basra->operations.has_value());
  ASSERT_TRUE(TallyIn(r, "Diyala"));
  EXPECT_EQ(TallyIn(r, "Diyala")->arrested, 20);
}

TEST(Tallies, ACountOverAListOfCountriesIsOneRegion) {
  auto r = ExtractText("أعلنت الجماعة تنفيذ 12 عملية في النيجر ومالي خلال الأسبوع، أسفرت عن مقتل 30 جندياً.");
  EXPECT_TRUE(r.events.empty());
  ASSERT_EQ(r.tallies.size(), 1u);
  EXPECT_EQ(r.tallies[0].region, "Niger and Mali");
  EXPECT_EQ(r.tallies[0].region_ar, "النيجر ومالي");
  EXPECT_EQ(r.tallies[0].operations, 12);
  EXPECT_EQ(r.tallies[0].fatalities, 30);
}

TEST(Tallies, ACountOverProvincesOfOneCountryIsThatCountry) {
  auto r = ExtractText(
      "ونفذت القوات الأمنية 20 عملية نوعية في محافظات نينوى وكركوك والأنبار خلال الشهر الماضي، أسفرت عن مقتل 15 "
      "إرهابياً.");
  EXPECT_TRUE(r.events.empty());
  ASSERT_EQ(r.tallies.size(), 1u);
  EXPECT_EQ(r.tallies[0].region, "Iraq");
  EXPECT_NE(r.tallies[0].region_ar.find("نينوى وكركوك والأنبار"), std::string::npos);
  EXPECT_EQ(r.tallies[0].operations, 20);
  EXPECT_EQ(r.tallies[0].fatalities, 15);
}

TEST(Tallies, AProvinceOfTheGroupNamedBeforeItsCountIsTheRegion) {
  auto r = ExtractText(
      "وتصدرت ولاية غرب إفريقيا قائمة الهجمات بـ8 هجمات في نيجيريا خلّفت 20 قتيلاً وجريحاً، تلتها ولاية وسط "
      "إفريقيا بست هجمات في الكونغو الديمقراطية (15 قتيلاً وجريحاً)، ثم الصومال والعراق (3 هجمات لكل منهما).");
  EXPECT_TRUE(r.events.empty());
  const Tally* west = TallyIn(r, "West Africa");
  const Tally* central = TallyIn(r, "Central Africa");
  ASSERT_TRUE(west && central);
  EXPECT_EQ(west->operations, 8);
  EXPECT_EQ(west->killed_or_wounded, 20);
  EXPECT_EQ(central->operations, 6);
  EXPECT_EQ(central->killed_or_wounded, 15);
  ASSERT_TRUE(TallyIn(r, "Somalia") && TallyIn(r, "Iraq"));
  EXPECT_EQ(TallyIn(r, "Somalia")->operations, 3);
  EXPECT_EQ(TallyIn(r, "Iraq")->operations, 3);
  EXPECT_FALSE(TallyIn(r, "Nigeria"));
}

TEST(Tallies, ANumberWrittenOntoAConjunctionCounts) {
  auto r = ExtractText("وأعلن التنظيم تنفيذ 20 هجوماً خلال الأسبوع، 11 منها في سوريا و9 في العراق.");
  ASSERT_TRUE(TallyIn(r, "Syria") && TallyIn(r, "Iraq"));
  EXPECT_EQ(TallyIn(r, "Syria")->operations, 11);
  EXPECT_EQ(TallyIn(r, "Iraq")->operations, 9);
}

TEST(Tallies, ACountOfCountriesIsTheWorld) {
  auto r = ExtractText("وتبنى التنظيم 25 هجوماً في سبع دول خلال الأسبوع الماضي.");
  ASSERT_EQ(r.tallies.size(), 1u);
  EXPECT_EQ(r.tallies[0].region, "World");
  EXPECT_EQ(r.tallies[0].region_ar, "سبع دول");
  EXPECT_EQ(r.tallies[0].operations, 25);
}

TEST(Tallies, ThePreviousMonthsTollIsATally) {
  auto r = ExtractText("وجاءت حصيلة الشهر أعلى من حصيلة شهر آذار، الذي قُتل فيه 40 مدنياً في سوريا.", "2024-05-02");
  EXPECT_TRUE(r.events.empty());
  ASSERT_EQ(r.tallies.size(), 1u);
  EXPECT_EQ(r.tallies[0].fatalities, 40);
  EXPECT_TRUE(r.tallies[0].actor.empty());
}

TEST(Tallies, PeopleCountedByWhereTheyAreFromBreakDownTheTallyBefore) {
  auto r = ExtractText(
      "واعتقلت قوات الاحتلال خلال الشهر الماضي 300 فلسطيني من الضفة الغربية. وأوضح النادي أن قوات الاحتلال "
      "اعتقلت 90 مواطناً من القدس، و45 من محافظة نابلس، و30 من محافظة طولكرم.");
  EXPECT_TRUE(r.events.empty());
  ASSERT_TRUE(TallyIn(r, "East Jerusalem") && TallyIn(r, "Nablus") && TallyIn(r, "Tulkarm"));
  EXPECT_EQ(TallyIn(r, "East Jerusalem")->arrested, 90);
  EXPECT_EQ(TallyIn(r, "Nablus")->arrested, 45);
  EXPECT_EQ(TallyIn(r, "Tulkarm")->arrested, 30);
}

TEST(Tallies, WhereTheVictimsCameFromIsNotTheRegion) {
  auto r = ExtractText("ووثق المرصد خلال الشهر الماضي اعتقال 35 شخصاً في سوريا، بينهم لاجئون عائدون من لبنان.");
  ASSERT_EQ(r.tallies.size(), 1u);
  EXPECT_EQ(r.tallies[0].region, "Syria");
  EXPECT_EQ(r.tallies[0].arrested, 35);
}

TEST(Tallies, PeriodsRunOverTheWholeMonthOrUpToTheReport) {
  // Published 2024-03-14.
  auto month = ExtractText("ووثق المكتب خلال شهر شباط الماضي مقتل 25 شخصاً في هجمات متفرقة في محافظة حمص.");
  ASSERT_EQ(month.tallies.size(), 1u);
  EXPECT_EQ(month.tallies[0].period_start->iso(), "2024-02-01");
  EXPECT_EQ(month.tallies[0].period_end->iso(), "2024-02-29");
  auto year = ExtractText("وقتل 40 مدنياً في هجمات المسلحين في محافظة حمص منذ مطلع العام الجاري.");
  ASSERT_EQ(year.tallies.size(), 1u);
  EXPECT_EQ(year.tallies[0].period_start->iso(), "2024-01-01");
  EXPECT_EQ(year.tallies[0].period_end->iso(), "2024-03-14");
  auto since = ExtractText("وقتل 90 عنصراً من المسلحين منذ انطلاق العملية العسكرية في كانون الأول الماضي، بحسب الجيش.");
  ASSERT_EQ(since.tallies.size(), 1u);
  EXPECT_EQ(since.tallies[0].period_start->iso(), "2023-12-01");
  EXPECT_EQ(since.tallies[0].period_end->iso(), "2024-03-14");
  auto day = ExtractText("وسجلت المستشفيات 30 قتيلاً و70 جريحاً في القطاع خلال الساعات الأربع والعشرين الماضية.");
  ASSERT_FALSE(day.tallies.empty());
  EXPECT_EQ(day.tallies[0].period_start->iso(), "2024-03-13");
}

TEST(Extractor, TheRebelsAreSudansRsfOnlyInSudan) {
  // "المتمردين" in a South Sudan story is whoever rebels there, not Sudan's RSF: the army
  // spokesman's count belongs to the clash told just before.
  auto ss = ExtractText(
      "وفي ولاية أعالي النيل، اندلعت أمس الأربعاء اشتباكات عنيفة بين قوات دفاع شعب جنوب السودان وقوات "
      "الجيش الشعبي لتحرير السودان في المعارضة، في محيط مدينة الناصر. وقال المتحدث باسم الجيش إن قواته قتلت 13 من المتمردين.",
      "2026-06-25");
  ASSERT_EQ(ss.events.size(), 1u);
  EXPECT_EQ(ss.events[0].place.country_code, "SS");
  EXPECT_EQ(ss.events[0].fatalities, 13);
  for (const auto& e : ss.events) EXPECT_EQ(e.actor2.find("RSF"), std::string::npos) << e.actor2;
  // In Sudan the army's word for the RSF still names it.
  auto sd = ExtractText("وقال الجيش السوداني إن قواته صدت هجوماً للمتمردين على مدينة الأبيض، أمس، وقتلت 20 منهم.",
                        "2026-06-25");
  ASSERT_EQ(sd.events.size(), 1u);
  EXPECT_EQ(sd.events[0].actor1, "RSF: Rapid Support Forces");  // the attack was theirs
}

TEST(Extractor, TheDatedExampleOfASummaryIsAnIncident) {
  // "attacks over the past weeks, namely ... early this month on El Obeid airport": the
  // example, with a day of its own and its own agent, is an incident.
  auto r = ExtractText(
      "وتعرضت مدن عدة خاضعة لسيطرة الجيش لهجمات مماثلة خلال الأسابيع الماضية، إذ استهدفت مسيّرات الدعم السريع "
      "مطلع الشهر الجاري مطار مدينة الأبيض بولاية شمال كردفان.",
      "2025-05-07");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Air/drone strike");
  EXPECT_EQ(r.events[0].actor1, "RSF: Rapid Support Forces");
  EXPECT_EQ(r.events[0].place.location, "El Obeid");
  // Without a day of its own, the clause after "إذ" tells the summary's outcome.
  auto sum = ExtractText("وشنت القوات هجمات على مواقع التنظيم خلال الأسبوع الماضي، إذ قتلت 20 مسلحا.", "2025-05-07");
  EXPECT_TRUE(sum.events.empty());
}

TEST(Tallies, AYearIsNoCountAndATotalSinceLongAgoIsBackground) {
  auto r = ExtractText("ويخوض الجيش منذ أيار 2021 عملية عسكرية في المنطقة، قُتل خلالها أكثر من 300 مسلح.");
  EXPECT_TRUE(r.tallies.empty());
  EXPECT_TRUE(r.events.empty());
  auto war = ExtractText("وقتل أكثر من 500 ألف شخص منذ اندلاع الحرب في آذار 2011.");
  EXPECT_TRUE(war.tallies.empty());
  EXPECT_TRUE(war.events.empty());
}

TEST(Tallies, ARunningTollUpdatedIsATallyHoweverOldItsStart) {
  // The toll since a ceasefire of two years ago, updated today: news, not background.
  auto r = ExtractText(
      "استهدفت المدفعية الإسرائيلية بقذيفتين أطراف بلدة كفرشوبا.\n\n"
      "وبحسب وزارة الصحة اللبنانية، ارتفع عدد الشهداء جراء الاعتداءات الإسرائيلية منذ وقف إطلاق النار في "
      "27 تشرين الثاني 2024 إلى 331 شهيداً.",
      "2026-11-03");
  ASSERT_EQ(r.tallies.size(), 1u);
  EXPECT_EQ(r.tallies[0].fatalities, 331);
  EXPECT_EQ(r.tallies[0].period_start->iso(), "2024-11-27");
  ASSERT_EQ(r.events.size(), 1u);  // the shelling is still told
  EXPECT_EQ(r.events[0].fatalities, std::nullopt);
  // "ما يرفع حصيلة الشهداء ... إلى": the same update, told with the transitive verb.
  auto gaza = ExtractText(
      "وأعلنت وزارة الصحة أن المستشفيات استقبلت شهيدين، ما يرفع حصيلة الشهداء منذ سريان وقف إطلاق النار في "
      "العاشر من تشرين الأول 2025 إلى 362 شهيداً.",
      "2026-11-19");
  ASSERT_FALSE(gaza.tallies.empty());
  EXPECT_EQ(gaza.tallies.back().fatalities, 362);
}

TEST(Tallies, PartOfAnAreaIsItsOwnRegion) {
  // Two tolls: one for the north of the country, one for its east ("بشرق بوركينا فاسو"), in
  // separate attacks: the second is no repeat of the first.
  auto r = ExtractText(
      "وقالت مصادر إن نحو 20 شخصا قتلوا في سلسلة غارات الخميس على قرى في شمال بوركينا فاسو.\n\n"
      "وكانت هناك تقارير، الجمعة، عن مقتل 20 شخصاً آخرين في هجمات منفصلة بشرق بوركينا فاسو.",
      "2023-05-22");
  ASSERT_EQ(r.tallies.size(), 2u);
  EXPECT_EQ(r.tallies[0].region, "Northern Burkina Faso");
  EXPECT_EQ(r.tallies[1].region, "Eastern Burkina Faso");
  EXPECT_EQ(r.tallies[1].region_ar, "بوركينا فاسو");
  EXPECT_TRUE(r.events.empty());
}

TEST(Tallies, TheFiercestSinceWeeksComparesItDoesNotSum) {
  auto r = ExtractText("وصدت القوات هجوماً على البلدة يعد الأعنف منذ أسابيع، وقتلت 12 من المهاجمين، أمس الأربعاء.");
  EXPECT_TRUE(r.tallies.empty());
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].fatalities, 12);
}

// One operation claimed is an incident ("تبنى التنظيم هجوماً على قرية"); so is an example of a
// summary told on its day, while "these operations" told after it are the summary's outcome.
TEST(Tallies, OneOperationClaimedIsAnIncident) {
  auto r = ExtractText("وفي مالي، تبنى التنظيم هجوماً على قرية في منطقة موبتي، قال إنه قتل فيه ثلاثة جنود.");
  EXPECT_TRUE(r.tallies.empty());
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].fatalities, 3);
  r = ExtractText("أعلن تنظيم داعش تنفيذ 38 هجوماً في ثماني دول خلال الأسبوع الماضي، قال إنها أسفرت عن مقتل وإصابة 147 "
                  "شخصاً.\n\nومن أبرز الهجمات التي تبناها التنظيم، هجوم على قرية في منطقة موبتي وسط مالي يوم الإثنين، قال "
                  "إنه أسفر عن مقتل 11 شخصاً.");
  ASSERT_EQ(r.tallies.size(), 1u);
  EXPECT_EQ(r.tallies[0].operations, 38);
  EXPECT_EQ(r.tallies[0].killed_or_wounded, 147);
  EXPECT_FALSE(r.tallies[0].fatalities);
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].fatalities, 11);
  EXPECT_EQ(r.events[0].event_date->iso(), "2024-03-11");
  r = ExtractText("نفذ تنظيم داعش 12 هجوماً في العراق خلال الأسبوع الماضي.\n\nوأسفرت هذه الهجمات عن مقتل 20 شخصاً.");
  EXPECT_TRUE(r.events.empty());
  ASSERT_EQ(r.tallies.size(), 1u);
  EXPECT_EQ(r.tallies[0].fatalities, 20);
}

TEST(Tallies, TheLinesOfAListedTollAreTalliesNotIncidents) {
  auto r = ExtractText(
      "ووثقت الشبكة مقتل 120 شخصاً في العراق خلال شهر شباط الماضي، وتوزعت الحصيلة على النحو التالي:\n"
      "- 30 مدنياً قُتلوا برصاص مسلحين مجهولين في محافظة ديالى.\n"
      "- 12 من عناصر الجيش قُتلوا في هجمات لتنظيم داعش في محافظة الأنبار.\n");
  EXPECT_TRUE(r.events.empty());
  const Tally* diyala = TallyIn(r, "Diyala");
  const Tally* anbar = TallyIn(r, "Anbar");
  ASSERT_TRUE(diyala && anbar);
  EXPECT_EQ(diyala->fatalities, 30);
  EXPECT_EQ(diyala->period_end->iso(), "2024-02-29");
  EXPECT_EQ(anbar->fatalities, 12);
  EXPECT_NE(anbar->actor.find("Islamic State"), std::string::npos);
}

TEST(Tallies, ARunningTollSplitsByThePeriodEachClauseNames) {
  // Published 2024-03-14.
  auto r = ExtractText(
      "وأعلنت وزارة الصحة أن المستشفيات استقبلت 40 شهيداً و90 إصابة خلال الساعات الأربع والعشرين الماضية، "
      "لترتفع حصيلة العدوان على مدينة رفح منذ السابع من تشرين الأول الماضي إلى 5000 شهيد و9000 إصابة.");
  EXPECT_TRUE(r.events.empty());
  ASSERT_EQ(r.tallies.size(), 2u);
  EXPECT_EQ(r.tallies[0].fatalities, 40);
  EXPECT_EQ(r.tallies[0].wounded, 90);
  EXPECT_EQ(r.tallies[0].period_start->iso(), "2024-03-13");
  EXPECT_EQ(r.tallies[1].fatalities, 5000);
  EXPECT_EQ(r.tallies[1].wounded, 9000);
  EXPECT_EQ(r.tallies[1].period_start->iso(), "2023-10-07");
  // The period before the counts, in hours by digits, and a count added in a clause of its own.
  r = ExtractText(
      "وأعلنت وزارة الصحة أن المستشفيات استقبلت خلال الساعات الـ48 الماضية سبعة شهداء وسبع إصابات، ما يرفع "
      "حصيلة الشهداء منذ السابع من تشرين الأول الماضي إلى 5000 شهيد، إضافة إلى 9000 إصابة.");
  ASSERT_EQ(r.tallies.size(), 2u);
  EXPECT_EQ(r.tallies[0].fatalities, 7);
  EXPECT_EQ(r.tallies[0].wounded, 7);
  EXPECT_EQ(r.tallies[0].period_start->iso(), "2024-03-12");
  EXPECT_EQ(r.tallies[1].fatalities, 5000);
  EXPECT_EQ(r.tallies[1].wounded, 9000);
}

TEST(Tallies, AMonthSpannedIsATallyAndTheThirdOfItsKindSinceIsAnIncident) {
  auto month = ExtractText("وقُتل أكثر من 200 شخص في هجمات العصابات في ولايتي كادونا والنيجر خلال كانون الثاني الماضي.");
  ASSERT_EQ(month.tallies.size(), 1u);
  EXPECT_EQ(month.tallies[0].fatalities, 200);
  auto third = ExtractText(
      "وقُتل مدني، أمس الأربعاء، برصاص مسلحين مجهولين قرب بلدة طفس، في حادثة هي الثالثة من نوعها منذ مطلع العام.");
  EXPECT_TRUE(third.tallies.empty());
  ASSERT_EQ(third.events.size(), 1u);
  EXPECT_EQ(third.events[0].fatalities, 1);
}

TEST(Extractor, APlaceOpeningTheSentenceGivesWayToTheIncidentsOwnPlace) {
  // "وفي درعا، ... قرب بلدة طفس": the opening names the area; the town is where it happened.
  auto r = ExtractText("وفي درعا، انفجرت عبوة ناسفة، صباح اليوم، بسيارة عسكرية قرب بلدة طفس، ما أدى إلى إصابة جنديين.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].place.location, "Tafas");
  EXPECT_EQ(r.events[0].wounded, 2);
  // Without the opening comma the sentence is no area-then-place report: nothing changes
  // for a list of two towns ("في بلدتي X وY").
  auto list = ExtractText("قصفت قوات النظام، أمس، بلدتي كفرنبل وحاس في ريف إدلب الجنوبي.");
  EXPECT_EQ(list.events.size(), 2u);
}

TEST(Extractor, ThePlaceBesideTheCapitalIsWhereItHappened) {
  // "في مدينة جنزور غرب العاصمة طرابلس": one event, at the town.
  auto r = ExtractText("أصيب ثلاثة عناصر من الشرطة، أمس الأربعاء، في هجوم مسلح على مركز أمني في مدينة جنزور غرب العاصمة طرابلس.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].place.location, "Janzur");
  EXPECT_EQ(r.events[0].place.country_code, "LY");
}

TEST(Extractor, ACeasefireAPlanAndAnAnniversaryAreNoIncidents) {
  // "وقف شامل لإطلاق النار" is a truce; "يستهدف توفير" an aim; "الذكرى" a memory.
  EXPECT_TRUE(ExtractText("وبحث الوسيط الدولي، أمس، في عمّان سبل التوصل إلى وقف شامل لإطلاق النار في السودان.").events.empty());
  EXPECT_TRUE(ExtractText("وأطلقت الوزارة، اليوم، مشروعاً يستهدف توفير مياه الشرب لسكان محافظة الحسكة.").events.empty());
  // The vigil is an event; the bombing it remembers is not.
  auto vigil =
      ExtractText("نظّم أهالي بلدة الشيخ مسكين، اليوم، وقفة احتجاجية في الذكرى الخامسة للتفجير الذي استهدف سوق البلدة وأسفر عن مقتل 20 شخصاً.");
  ASSERT_EQ(vigil.events.size(), 1u);
  EXPECT_EQ(vigil.events[0].event_type, "Protests");
  auto r = ExtractText("أحيا أهالي مدينة الباب، اليوم الخميس، الذكرى الثالثة لتفجير سيارة مفخخة في سوق المدينة أودى بحياة 40 مدنياً.");
  EXPECT_TRUE(r.events.empty());
}

TEST(Extractor, WhatAGroupSaysItAchievedIsNotAnotherIncident) {
  // "زاعماً أنه سيطر على الثكنة": the claim's boast does not make the attack a capture.
  auto r = ExtractText("هاجم مسلحون، فجر اليوم، ثكنة للجيش في بلدة تل تمر، وتبنى تنظيم داعش الهجوم، زاعماً أنه سيطر على الثكنة لساعات.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Armed clash");
}

TEST(Extractor, TheBodyDoesNotReferToATownOnlyTheTitleNames) {
  // The title sums two incidents; "مدخل المدينة" in the body is not the title's town.
  auto r = ExtractText(
      "اشتباكات في درعا.. وقصف على مدينة إنخل\n"
      "قُتل خمسة جنود من قوات النظام، فجر اليوم، في كمين نصبه مسلحون لدورية عسكرية عند مدخل المدينة.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].fatalities, 5);
  EXPECT_NE(r.events[0].place.location, "Inkhil");
}

TEST(Extractor, AShellFiredInABattleIsOneOfItsWeapons) {
  auto r = ExtractText(
      "قال مصدر عسكري إن مقاتلين استهدفوا، الثلاثاء، آلية عسكرية بقذيفة مضادة للدروع في بلدة جباليا، واشتبكوا مع "
      "جنود كانوا يرافقونها، ما أسفر عن مقتل جنديين.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Armed clash");
  EXPECT_EQ(r.events[0].fatalities, 2);
}

TEST(Extractor, WhereAttackersWithdrewToIsNotWhereTheyAttacked) {
  auto r = ExtractText("هاجم مسلحون، فجر اليوم، نقطة للجيش في بلدة الصور بريف دير الزور، قبل أن ينسحبوا باتجاه بلدة البصيرة.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].place.location, "Al-Sour");
}

TEST(Extractor, WhatADetaineeIsAccusedOfIsNoIncident) {
  auto r = ExtractText("اعتقلت قوات الأمن، اليوم، ثلاثة أشخاص في مدينة الموصل، بينهم مطلوب متهم بالتورط في تفجير سيارة مفخخة.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Arrests");
  EXPECT_EQ(r.events[0].arrested, 3);
}

TEST(Extractor, AWoundInTheChestIsNoPlace) {
  auto r = ExtractText("أصيب شاب بطلق ناري في الصدر، أمس، خلال مواجهات مع الشرطة في مدينة الناصرية.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].place.location, "Nasiriyah");
}

TEST(Extractor, ADateAfterUntilEndsASpanItDoesNotDateTheIncident) {
  // 2024-03-14 is a Thursday.
  auto r = ExtractText(
      "اندلعت اشتباكات، أمس الأربعاء، بين مسلحين وقوات الجيش في بلدة الشحيل بريف دير الزور.\n"
      "ودارت اشتباكات عنيفة بين الطرفين، وفرض الجيش حظراً للتجوال في البلدة حتى صباح اليوم.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].event_date->iso(), "2024-03-13");
}

TEST(Extractor, AnOutletsNameIsNoPlace) {
  // "مراسل «شبكة حلب»": the outlet; "محيط البلدة" is the village told before.
  auto r = ExtractText(
      "هاجم مسلحون، أمس، حاجزاً للجيش في بلدة الشحيل بريف دير الزور.\n"
      "وأفاد مراسل «حلب اليوم» بأن الاشتباكات استمرت ساعة قبل أن ينسحب المهاجمون من محيط البلدة.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].place.admin1, "Deir ez-Zor");
}

TEST(Extractor, CameroonsFarNorthAndTheSambisaForestArePlaces) {
  auto r = ExtractText("قُتل خمسة مدنيين، ليل الأحد، في هجوم شنّه مسلحون من جماعة بوكو حرام على قرية في إقليم أقصى الشمال بالكاميرون.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].place.country_code, "CM");
  EXPECT_EQ(r.events[0].place.admin1, "Far North");
  auto s = ExtractText("نفذ سلاح الجو النيجيري، الأحد، غارات على مخابئ لجماعة بوكو حرام في غابة سامبيسا بولاية بورنو.");
  ASSERT_EQ(s.events.size(), 1u);
  EXPECT_EQ(s.events[0].place.location, "Sambisa Forest");
  // "أقصى الشمال" of another country is no place of Cameroon.
  auto t = ExtractText("قصفت الطائرات الروسية، أمس، مواقع في أقصى الشمال السوري، ما أدى إلى مقتل مدنيين اثنين.");
  for (const Event& e : t.events) EXPECT_NE(e.place.country_code, "CM");
}

TEST(Extractor, ACityWordBeforeANameLetsTheArticleChooseTheNamesake) {
  // "مدينة زنجبار" is Zanzibar's full name in the gazetteer, and Zinjibar is Abyan's capital.
  auto r = ExtractText(
      "قُتل جنديان من قوات الحزام الأمني، أمس، بانفجار عبوة ناسفة في مديرية مودية بمحافظة أبين. وفي مدينة زنجبار، "
      "اعتقلت القوات، اليوم، ثلاثة مطلوبين.");
  ASSERT_EQ(r.events.size(), 2u);
  EXPECT_EQ(r.events[1].place.country_code, "YE");
  EXPECT_EQ(r.events[1].place.location, "Zinjibar");
  auto s = ExtractText("انفجرت عبوة ناسفة، اليوم، في سوق شعبي بمدينة الصدر شرقي بغداد، ما أدى إلى إصابة أربعة مدنيين.");
  ASSERT_EQ(s.events.size(), 1u);
  EXPECT_EQ(s.events[0].place.location, "Sadr City");
}

TEST(Extractor, AKillingDuringLootingIsAnAttack) {
  auto r = ExtractText("هاجم مسلحون، أمس، قرية في ريف مدينة الفاشر، ما أدى إلى مقتل ثلاثة مدنيين حاولوا التصدي لنهب مواشيهم.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Attack");
  EXPECT_EQ(r.events[0].fatalities, 3);
  // With no one hurt, looting stays looting.
  auto s = ExtractText("اقتحم مسلحون، أمس، قرية في ريف مدينة الفاشر، وعمدوا إلى نهب المواشي والمحاصيل.");
  ASSERT_EQ(s.events.size(), 1u);
  EXPECT_EQ(s.events[0].sub_event_type, "Looting/property destruction");
}

TEST(Extractor, AUnitBelongingToAGroupActsForIt) {
  // The group a unit belongs to ("قوة تابعة لـ...") is the subject of the verb before the unit.
  auto r = ExtractText(
      "اندلعت اشتباكات، أمس، في مدينة الزاوية بعد أن هاجمت مجموعة تابعة لـ«قوة الردع» نقطة تفتيش يتمركز فيها "
      "عناصر من «اللواء 444»، ما أدى إلى مقتل عنصرين.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_NE(r.events[0].actor1.find("Rada"), std::string::npos);
  EXPECT_NE(r.events[0].actor2.find("444"), std::string::npos);
}

TEST(Extractor, KidnappersNamedBeforeTheirVictimAreTheActors) {
  // "أسرته" (his family) is no capture; the kidnappers stand between the verb and the victim.
  auto r = ExtractText(
      "خطف مسلحون مجهولون، مساء أمس، سائقاً في مدينة سبها، بحسب ما أفادت به أسرته.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Abduction/forced disappearance");
  EXPECT_NE(r.events[0].actor1.find("Unidentified"), std::string::npos);
  EXPECT_NE(r.events[0].actor2.find("Civilians"), std::string::npos);
}

TEST(Extractor, AKillingAndAnAbductionToldApartAreTwoEvents) {
  // One subject for both verbs; "إلى جهة مجهولة" is where the abducted were taken, no group.
  auto r = ExtractText(
      "اقتحم مسلحو حركة الشباب، أمس، قرية في إقليم شبيلي السفلى، وقتلوا ثلاثة مزارعين، كما اختطفوا خمسة "
      "رعاة واقتادوهم إلى جهة مجهولة.");
  ASSERT_EQ(r.events.size(), 2u);
  EXPECT_EQ(r.events[0].sub_event_type, "Attack");
  EXPECT_EQ(r.events[0].fatalities, 3);
  EXPECT_EQ(r.events[1].sub_event_type, "Abduction/forced disappearance");
  for (const Event& e : r.events) {
    EXPECT_NE(e.actor1.find("Shabaab"), std::string::npos);
    EXPECT_NE(e.actor2.find("Civilians"), std::string::npos);
  }
}

TEST(Extractor, MembersOfAGroupWhoKilledOthersAreTheAttackers) {
  // Members, then a kill verb with people of another kind counted after it: the verb is active.
  auto r = ExtractText("قالت مصادر محلية إن عناصر من حركة الشباب قتلوا، فجر اليوم، أربعة مدنيين في بلدة أفجوي.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Attack");
  EXPECT_NE(r.events[0].actor1.find("Shabaab"), std::string::npos);
  // Members, then what befell them: the group is the target.
  auto s = ExtractText("قالت مصادر محلية إن عناصر من حركة الشباب قتلوا، فجر اليوم، في غارة جوية على بلدة أفجوي.");
  ASSERT_EQ(s.events.size(), 1u);
  EXPECT_NE(s.events[0].actor2.find("Shabaab"), std::string::npos);
}

TEST(Extractor, AForceThatSaysItStruckIsTheAttacker) {
  // "قالت X إنها شنت": the group said its own act; it is no mere source.
  auto r = ExtractText(
      "قالت القيادة العسكرية الأمريكية لإفريقيا إنها شنت، أمس، غارة جوية استهدفت مسلحين من حركة الشباب قرب بلدة "
      "جلب في إقليم جوبا الوسطى، ما أدى إلى مقتل اثنين منهم.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_NE(r.events[0].actor1.find("United States"), std::string::npos);
  EXPECT_NE(r.events[0].actor2.find("Shabaab"), std::string::npos);
}

TEST(Extractor, TheSideThatRepelledAnAttackIsItsTarget) {
  auto r = ExtractText(
      "صدت قوات الجيش الصومالي، فجر اليوم، هجوماً شنه مسلحون من حركة الشباب على معسكر في مدينة بلدوين، وأسفرت "
      "الاشتباكات عن مقتل خمسة مسلحين.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_NE(r.events[0].actor1.find("Shabaab"), std::string::npos);
  EXPECT_NE(r.events[0].actor2.find("Military Forces of Somalia"), std::string::npos);
}

TEST(Extractor, WhoFiredTheWeaponDidIt) {
  // "أطلقته X": the launcher is the attacker; "أعلن X اعتراض": the announcer stopped it.
  auto r = ExtractText(
      "سقط صاروخ أطلقته جماعة الحوثي، مساء أمس، على حي سكني في مدينة جازان، ما أدى إلى إصابة ثلاثة مدنيين.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_NE(r.events[0].actor1.find("Houthi"), std::string::npos);
  EXPECT_NE(r.events[0].actor2.find("Civilians"), std::string::npos);
  auto s = ExtractText("أعلن تحالف دعم الشرعية، اليوم، اعتراض صاروخ باليستي أطلقته جماعة الحوثي باتجاه مدينة جازان.");
  ASSERT_EQ(s.events.size(), 1u);
  EXPECT_EQ(s.events[0].sub_event_type, "Disrupted weapons use");
  EXPECT_NE(s.events[0].actor1.find("Saudi"), std::string::npos);
  EXPECT_NE(s.events[0].actor2.find("Houthi"), std::string::npos);
}

TEST(Extractor, ArrestsAndInjuriesToldAfterARiotAreItsOwn) {
  auto r = ExtractText(
      "رشق شبان غاضبون، مساء أمس، أعوان الأمن بالحجارة وأضرموا النار في العجلات خلال أعمال شغب بمدينة القصرين. "
      "وأفادت وزارة الداخلية بإيقاف خمسة أشخاص شاركوا في أعمال الشغب، وإصابة عونين بجروح طفيفة.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].event_type, "Riots");
  EXPECT_EQ(r.events[0].arrested, 5);
  EXPECT_EQ(r.events[0].wounded, 2);
}

TEST(Extractor, AForcesHomeBaseIsNotWhereItActed) {
  // "بصفاقس" after the force's name is its base; the town named after is where it acted.
  auto r = ExtractText(
      "أوقفت دورية للشرطة بصفاقس، فجر اليوم، أربعة مطلوبين في مدينة المحرس.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].arrested, 4);
  EXPECT_EQ(r.events[0].place.location, "Mahares");
}

TEST(Extractor, ArrestsThatEndedAProtestAreItsOwn) {
  auto r = ExtractText(
      "فضت قوات الأمن، ظهر اليوم، وقفة احتجاجية نظمها عمال مصنع أمام مقر المحافظة في مدينة الكرك، واعتقلت ستة منهم.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].event_type, "Protests");
  EXPECT_EQ(r.events[0].arrested, 6);
}

TEST(Extractor, AHospitalsTollOfAProtestFiredOnIsNoClash) {
  auto r = ExtractText(
      "أصيب خمسة متظاهرين، مساء أمس، بعد أن أطلقت قوات الأمن الرصاص الحي لتفريق محتجين في مدينة الناصرية. "
      "وقال مصدر طبي إن المستشفى استقبل خمسة جرحى مصابين بطلقات نارية.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Excessive force against protesters");
}

TEST(Extractor, TheSameDayIsTheDayToldBefore) {
  // 2024-03-14 is a Thursday: "الثلاثاء" is 03-12, and "مساء اليوم نفسه" is that day too.
  auto r = ExtractText(
      "عبوة ناسفة واعتقالات في صلاح الدين\n\n"
      "انفجرت عبوة ناسفة، صباح الثلاثاء، بدورية للجيش قرب مدينة تكريت، ما أدى إلى إصابة جنديين.\n\n"
      "وفي مساء اليوم نفسه، اعتقلت قوة أمنية ثلاثة مطلوبين في قضاء الشرقاط.");
  ASSERT_EQ(r.events.size(), 2u);
  EXPECT_EQ(r.events[1].sub_event_type, "Arrests");
  EXPECT_EQ(r.events[1].event_date->iso(), "2024-03-12");
  EXPECT_EQ(r.events[1].arrested, 3);
}

TEST(Extractor, AForceThatAnnouncesItArrestedIsTheArrester) {
  auto r = ExtractText("أعلنت قوات الحزام الأمني، اليوم، أنها ألقت القبض فجر اليوم على ستة أشخاص في مدينة زنجبار.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].arrested, 6);
  EXPECT_NE(r.events[0].actor1.find("Security Belt"), std::string::npos);
}

TEST(Extractor, ACrowdThatBeatsSomeoneToDeathIsMobViolence) {
  // "حشد من الأهالي" is a crowd, not the Popular Mobilization Forces ("الحشد").
  auto r = ExtractText(
      "قتل رجل، مساء أمس، بعد أن انهال عليه حشد من الأهالي ضرباً بالعصي في سوق مدينة الفاشر إثر اتهامه بالسرقة، "
      "قبل أن تتدخل الشرطة.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].event_type, "Riots");
  EXPECT_EQ(r.events[0].sub_event_type, "Mob violence");
  EXPECT_NE(r.events[0].actor1.find("Rioters"), std::string::npos);
  EXPECT_EQ(r.events[0].actor2.find("Police"), std::string::npos);
  EXPECT_EQ(r.events[0].actor2.find("Popular Mobilization"), std::string::npos);
}

TEST(Extractor, ABareNounIsNotTheGroupNamedWithTheArticle) {
  // "الحشد" names the Popular Mobilization Forces; "حشد من الشبان" is a crowd of young men.
  auto r = ExtractText("هاجم حشد من الشبان، مساء أمس، مقراً حزبياً في مدينة الناصرية وأضرموا فيه النار.");
  for (const Event& e : r.events) {
    EXPECT_EQ(e.actor1.find("Popular Mobilization"), std::string::npos);
    EXPECT_EQ(e.actor2.find("Popular Mobilization"), std::string::npos);
  }
  auto s = ExtractText("قصفت طائرة مسيرة، فجر اليوم، مقراً لقوات الحشد في قضاء القائم غربي الأنبار.");
  ASSERT_EQ(s.events.size(), 1u);
  EXPECT_NE(s.events[0].actor2.find("Popular Mobilization"), std::string::npos);
}

TEST(Extractor, ADetachmentThatKilledTerroristsFoughtThem) {
  // The Algerian communique formula, with a seizure told after the dead.
  auto r = ExtractText(
      "قضت مفرزة للجيش الوطني الشعبي، يوم الإثنين، على ثلاثة إرهابيين خلال عملية تمشيط قرب مدينة تيبازة، فيما تم "
      "استرجاع ثلاثة مسدسات رشاشة.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Armed clash");
  EXPECT_EQ(r.events[0].fatalities, 3);
  EXPECT_NE(r.events[0].actor1.find("Algeria"), std::string::npos);
  EXPECT_EQ(r.events[0].actor1.find("Unidentified"), std::string::npos);
}

TEST(Extractor, MoreOnTheAttacksASummaryCountedIsNoIncident) {
  auto r = ExtractText(
      "حصيلة شهرية\n\n"
      "وثقت الشبكة خلال شهر آب الماضي 120 هجوماً على مناطق ريف حلب الغربي، أسفرت عن مقتل 30 مدنياً.\n\n"
      "وأوضحت الشبكة أن الهجمات استهدفت تسع مدارس وأربعة مشاف وعدداً من الأسواق.");
  EXPECT_TRUE(r.events.empty());
  EXPECT_FALSE(r.tallies.empty());
}

TEST(Extractor, PeopleKilledAndTakenInOneClauseAreOneAttack) {
  // Killed, then taken, in one clause of one raid: one attack with its dead (the abduction is
  // part of it); told apart in clauses of their own ("، كما اختطفوا"), two events.
  auto r = ExtractText(
      "قُتل خمسة مزارعين وخُطف ثلاثة أطفال، فجر الأحد، في هجوم شنه مسلحون من جماعة بوكو حرام على قرية في ولاية بورنو.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Attack");
  EXPECT_EQ(r.events[0].fatalities, 5);
  EXPECT_NE(r.events[0].actor1.find("Boko Haram"), std::string::npos);
  EXPECT_EQ(r.events[0].place.admin1, "Borno");
  // Taken first, and some killed after: the abduction, with its dead.
  r = ExtractText("اختطف مسلحون، ليل الأحد، نحو أربعين شخصاً من قرية في ولاية زامفارا، وقتلوا اثنين من السكان.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Abduction/forced disappearance");
  EXPECT_EQ(r.events[0].fatalities, 2);
}

TEST(Extractor, ADroneThatDroppedAStunGrenadeStruck) {
  // A date between commas parts the drone from what it dropped.
  auto r = ExtractText(
      "ألقت طائرة مسيّرة إسرائيلية، بعد ظهر اليوم، قنبلة صوتية على مزارعين في أطراف بلدة كفرشوبا، من دون تسجيل إصابات.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Air/drone strike");
  EXPECT_NE(r.events[0].actor1.find("Israel"), std::string::npos);
}

TEST(Extractor, MenThoughtToBelongToAGroupActForIt) {
  // "يُعتقد أنهم من جماعة X": the group is the kidnappers'; a river named after a
  // state ("نهر ... يوبي") is no second place.
  auto r = ExtractText(
      "خطف مسلحون يُعتقد أنهم من جماعة «بوكو حرام»، فجر الأحد، خمسة صيادين من قرية قريبة من بلدة بوسو على ضفاف نهر "
      "كومادوغو يوبي.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Abduction/forced disappearance");
  EXPECT_NE(r.events[0].actor1.find("Boko Haram"), std::string::npos);
  EXPECT_NE(r.events[0].actor2.find("Civilians"), std::string::npos);
}

TEST(Extractor, TheSahelInTheIslamicStatesNameIsNoPlace) {
  auto r = ExtractText(
      "قُتل خمسة جنود، أمس، في هجوم شنه مسلحون من تنظيم «الدولة الإسلامية في الساحل» على موقع عسكري قرب بلدة "
      "أيورو في إقليم تيلابيري.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].place.country_code, "NE");
  EXPECT_EQ(r.events[0].place.admin1, "Tillaberi");
  EXPECT_NE(r.events[0].actor1.find("Sahel"), std::string::npos);
}

TEST(Extractor, NajranIsTheSaudiCityEvenWithYemenNamedBefore) {
  auto r = ExtractText(
      "أطلقت جماعة الحوثي من داخل الأراضي اليمنية، صباح اليوم، صاروخاً باليستياً سقط في حي سكني بمدينة نجران، ما أدى "
      "إلى إصابة ثلاثة مدنيين.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].place.country_code, "SA");
  EXPECT_EQ(r.events[0].place.admin1, "Najran");
}

TEST(Extractor, ArrestsAcrossTheCountrysProvincesAreANationalTally) {
  auto r = ExtractText(
      "حصيلة أسبوعية\n\n"
      "أوقفت مفارز للجيش الوطني الشعبي خلال الفترة الممتدة من 3 إلى 9 مارس 2024، سبعة عناصر دعم للجماعات الإرهابية "
      "في عمليات متفرقة عبر مختلف ولايات الوطن، كما سلّم إرهابي نفسه للسلطات العسكرية.");
  EXPECT_TRUE(r.events.empty());
  ASSERT_EQ(r.tallies.size(), 1u);
  EXPECT_EQ(r.tallies[0].arrested, 7);
  EXPECT_EQ(r.tallies[0].region, "Algeria");
}

TEST(Extractor, PositionsTakenAroundATownAreNoTerritoryTaken) {
  // "سيطرت على مواقع" (took positions) is fighting, not the town overtaken; Babanusa lies in
  // West Kordofan.
  auto r = ExtractText(
      "هاجمت قوات الدعم السريع، فجر اليوم، مدينة بابنوسة بولاية غرب كردفان، وسيطرت على مواقع متقدمة في محيطها، "
      "ما أدى إلى مقتل 12 جندياً.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Armed clash");
  EXPECT_EQ(r.events[0].place.location, "Babanusa");
  EXPECT_EQ(r.events[0].place.admin1, "West Kordofan");
}

TEST(Extractor, AVillageAttackThatClaimedLivesIsAnAttackOnCivilians) {
  // "أودى هجوم ... بحياة N شخصا": the people killed, told after the verb's subject, are the
  // toll; "أودى" is the verb, no village of that name.
  auto r = ExtractText("أودى هجوم شنه مسلحون على قرية في ولاية كادونا النيجيرية أمس بحياة 23 شخصا.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Attack");
  EXPECT_EQ(r.events[0].fatalities, 23);
  EXPECT_EQ(r.events[0].place.admin1, "Kaduna");
}

TEST(Extractor, AVillageInAProvinceIsPlacedInTheProvince) {
  // "قرية بولاية زمفارة": the province's type word is no village name; "زمفارة" is Zamfara
  // spelled without the alef.
  auto r = ExtractText("قتل 14 شخصا في هجوم شنه مسلحون على قرية بولاية زمفارة النيجيرية أمس.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].place.admin1, "Zamfara");
  EXPECT_EQ(r.events[0].place.location, "Zamfara");
}

TEST(Extractor, ASubjectThenACountInDigitsAreTheKillersAndTheKilled) {
  // "قتل مسلحون 12 مدنيا": the count after the plural subject, in digits as in words.
  for (const char* text : {"قتل مسلحون 12 مدنيا في هجوم على قرية في ولاية كادونا أمس.",
                           "قتل مسلحون مجهولون أمس 7 قرويين في هجوم على قرية بولاية كادونا.",
                           "قتل مسلحون سبعة قرويين في هجوم على قرية بولاية كادونا أمس."}) {
    auto r = ExtractText(text);
    ASSERT_EQ(r.events.size(), 1u) << text;
    EXPECT_EQ(r.events[0].sub_event_type, "Attack") << text;
    EXPECT_TRUE(r.events[0].fatalities.has_value()) << text;
    EXPECT_EQ(r.events[0].actor2.rfind("Civilians", 0), 0u) << text;
  }
  // A named force, then civilians counted right past its name: the force killed them.
  auto f = ExtractText("قتلت قوات الدعم السريع 9 مدنيين في هجوم على قرية بولاية الجزيرة أمس.");
  ASSERT_EQ(f.events.size(), 1u);
  EXPECT_EQ(f.events[0].sub_event_type, "Attack");
  EXPECT_EQ(f.events[0].actor1.rfind("RSF", 0), 0u) << f.events[0].actor1;
  EXPECT_EQ(f.events[0].actor2.rfind("Civilians", 0), 0u) << f.events[0].actor2;
}

TEST(Extractor, NigerStateIsInNigeria) {
  // "ولاية النيجر" is Nigeria's Niger State; "النيجر" alone the country.
  auto r = ExtractText("قتل مسلحون 20 قرويا في هجوم على قرية بولاية النيجر في شمال وسط نيجيريا أمس.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].place.country, "Nigeria");
  EXPECT_EQ(r.events[0].place.admin1, "Niger");
  auto n = ExtractText("قتل 12 جنديا في هجوم على موقع للجيش في منطقة تيلابيري غربي النيجر أمس.");
  ASSERT_EQ(n.events.size(), 1u);
  EXPECT_EQ(n.events[0].place.country, "Niger");
}

TEST(Extractor, ACampNamedWithItsTypeWordNeedsNoOtherContext) {
  // "مخيم النصيرات" is the gazetteer's whole name: as typed as "بلدة" + a name, so it stands
  // without its country named elsewhere — and the striker's nationality ("إسرائيلية") does
  // not move the event to the striker's country.
  auto r = ExtractText("قتل أربعة أشخاص بينهم طفلان في غارة إسرائيلية على مخيم النصيرات فجر اليوم.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].place.location, "Nuseirat Camp");
  EXPECT_EQ(r.events[0].place.country, "Palestine");
  auto s = ExtractText("أصيب ثلاثة عناصر من قوى الأمن الداخلي في هجوم على حاجز عند مدخل مخيم الهول مساء أمس.");
  ASSERT_EQ(s.events.size(), 1u);
  EXPECT_EQ(s.events[0].place.admin1, "Al-Hasakah");
  // A village named without any type word still needs its country pointed to.
  auto v = ExtractText("قتل شخصان في هجوم على الجديدة أمس.");
  ASSERT_EQ(v.events.size(), 1u);
  EXPECT_TRUE(v.events[0].place.location.empty());
}

TEST(Extractor, ArmedMensAttackOnAVillageIsOnCivilians) {
  auto one = [](const std::string& text) {
    auto r = ExtractText(text);
    EXPECT_EQ(r.events.size(), 1u) << text;
    return r.events.empty() ? std::pair<std::string, std::optional<int>>{}
                            : std::pair<std::string, std::optional<int>>{r.events[0].sub_event_type, r.events[0].fatalities};
  };
  using Seen = std::pair<std::string, std::optional<int>>;
  // The dead unnamed ("30 قتيلاً"), the attack on a village or a market is on civilians ...
  EXPECT_EQ(one("خلف هجوم شنه مسلحون على قرية بولاية كاتسينا النيجيرية أمس 30 قتيلا."), Seen("Attack", 30));
  EXPECT_EQ(one("ارتفع عدد قتلى الهجوم الذي استهدف سوقا في مدينة مايدوغوري النيجيرية أمس إلى 31."), Seen("Attack", 31));
  // ... but not when those killed were fighters.
  EXPECT_EQ(one("أسفر هجوم على قرية بولاية بورنو النيجيرية أمس عن مقتل 5 مسلحين."), Seen("Armed clash", 5));
}

TEST(Extractor, TheForceThatReportsASuicideBombingIsItsSource) {
  // "فجر نفسه": the reflexive is the bomber, not a pronoun for the police named before.
  auto r = ExtractText("وقالت الشرطة إن المهاجم فجر نفسه عند مدخل سوق بلدة غوزا بولاية بورنو صباح أمس.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Suicide bomb");
  EXPECT_EQ(r.events[0].actor1.find("Police"), std::string::npos);
}

TEST(Extractor, MembersCountedWithAHedgeAndTheGroupListedWithThemAreHit) {
  // "لقي ما لا يقل عن 9 من عناصر X و«Y» مصرعهم": X counted out behind a hedge is hit, and so
  // is Y, listed with it by "و".
  auto r = ExtractText("لقي ما لا يقل عن 9 من عناصر الجيش المالي و\"ميليشيات الدفاع الذاتي\" مصرعهم أمس في هجوم على موقعهم قرب بلدة بوني.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].fatalities, 9);
  EXPECT_EQ(r.events[0].actor1.find("Military Forces"), std::string::npos);
  EXPECT_EQ(r.events[0].actor1.find("Pro-Government"), std::string::npos);
  EXPECT_NE(r.events[0].actor2.find("Military Forces of Mali"), std::string::npos);
}

TEST(Extractor, AClashBetweenFarmersAndHerdersIsBetweenCommunalMilitias) {
  // People who are no force, named as the sides of a clash, fought as communities.
  auto r = ExtractText("قتل ثمانية أشخاص أمس في اشتباكات اندلعت بين مزارعين ورعاة ماشية في قرية قرب مدينة لافيا بولاية نصراوة النيجيرية.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Armed clash");
  EXPECT_EQ(r.events[0].actor1, "Clan Militia (Nigeria)");
  EXPECT_EQ(r.events[0].actor2, "Clan Militia (Nigeria)");
  // (Forces told of in a later clause came after it: the deployment that followed.)
  auto later = ExtractText("قتل ثمانية أشخاص أمس في اشتباكات اندلعت بين مزارعين ورعاة ماشية في قرية قرب مدينة لافيا، بحسب "
                           "الحاكم الذي أكد انتشار قوات الأمن في المنطقة.");
  ASSERT_EQ(later.events.size(), 1u);
  EXPECT_EQ(later.events[0].actor1, "Clan Militia (Nigeria)");
  // With a force named as a side, civilians killed in the clash stay civilians.
  auto f = ExtractText("قتل مدنيان أمس في اشتباكات بين الجيش ومسلحين في قرية قرب مدينة لافيا بولاية نصراوة النيجيرية.");
  ASSERT_EQ(f.events.size(), 1u);
  EXPECT_EQ(f.events[0].actor1.find("Clan"), std::string::npos);
  EXPECT_EQ(f.events[0].actor2.find("Clan"), std::string::npos);
}

TEST(Extractor, TheForceNamedBeforeRepelIsTheTargetOfTheAttack) {
  // "الجيش صد هجوما شنته X": the attacker is X, the force that repelled it is hit.
  auto r = ExtractText("وقال مصدر عسكري إن الجيش صد فجر اليوم هجوما شنته حركة الشباب على مواقعه قرب بلدة عيل طير بإقليم غلغدود، وقتل خمسة من المهاجمين.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].actor1, "Al Shabaab");
  EXPECT_NE(r.events[0].actor2.find("Military Forces of Somalia"), std::string::npos);
}

// One event per text, with these actors.
struct ActorCase {
  const char* text;
  const char* actor1;
  const char* actor2;
};
void ExpectActors(std::initializer_list<ActorCase> cases) {
  for (const ActorCase& c : cases) {
    auto r = ExtractText(c.text);
    ASSERT_EQ(r.events.size(), 1u) << c.text;
    EXPECT_EQ(r.events[0].actor1, c.actor1) << c.text;
    EXPECT_EQ(r.events[0].actor2, c.actor2) << c.text;
  }
}

TEST(Extractor, WhichSideOfAClashBeganIt) {
  ExpectActors({
      // "بين قوة تابعة لـX ومجموعة مسلحة تابعة لـY": each side is the group its unit belongs to.
      {"اندلعت اشتباكات عنيفة أمس بين قوة تابعة لهيئة تحرير الشام ومجموعة مسلحة تابعة لفصائل الجيش الوطني السوري في قرية قرب مدينة عفرين.",
       "Hayat Tahrir al-Sham", "SNA: Syrian National Army"},
      // "مواجهات بين X وY إثر هجوم شنه Y": Y, named second, began it.
      {"اندلعت مواجهات عنيفة فجر أمس بين القوات الحكومية ومقاتلي حركة الشباب قرب مدينة بلدوين وسط الصومال، إثر هجوم شنه مقاتلو حركة الشباب على مواقع الجيش.",
       "Al Shabaab", "Military Forces of Somalia"},
      // "بين X وY من جهة، وZ من جهة أخرى": X and Y one side, Z the other ...
      {"تجددت أمس الاشتباكات بين الجيش وكتائب البراء بن مالك من جهة، وقوات الدعم السريع من جهة أخرى، في محيط مدينة ود مدني بولاية الجزيرة.",
       "Military Forces of Sudan", "RSF: Rapid Support Forces"},
      // ... and "إثر هجوم شنته الأخيرة": the latter began it.
      {"تجددت أمس الاشتباكات بين الجيش وكتائب البراء بن مالك من جهة، وقوات الدعم السريع من جهة أخرى، في محيط مدينة ود مدني بولاية الجزيرة، إثر هجوم شنته الأخيرة على مواقع الجيش.",
       "RSF: Rapid Support Forces", "Military Forces of Sudan"},
  });
}

TEST(Extractor, TheForceSearchingForTheAbductedIsNotTheirAbductor) {
  // "راعيي أغنام": a dual in construct counts civilians; the security forces of the next
  // sentence went after the gunmen, they do not name them.
  auto r = ExtractText("اختطف مسلحون مجهولون راعيي أغنام فجر أمس قرب ناحية جلولاء بمحافظة ديالى. وأضاف المصدر أن قوات الأمن باشرت عمليات بحث واسعة لتحرير المختطفين.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].actor1, "Unidentified Armed Group (Iraq)");
  EXPECT_EQ(r.events[0].actor2, "Civilians (Iraq)");
}

TEST(Extractor, AForceNamedAlikeInTwoCountriesIsTheLeadingCountrys) {
  // "قوات الأمن العام" in Amman, with Syria only mentioned: Jordan's police, not Syria's.
  auto r = ExtractText("فرقت قوات الأمن العام مساء أمس مئات المحتجين الذين تجمعوا قرب مبنى السفارة في منطقة الرابية بالعاصمة عمان. وتشهد الحدود مع سوريا محاولات تهريب متكررة من الأراضي السورية.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].actor2, "Police Forces of Jordan");
}

TEST(Extractor, TheOwnerOfAnAircraftNamedByItsModelStruck) {
  // "طائرات «إف-16» تابعة لـX": the model in quotes between the aircraft and "تابعة".
  for (const char* text :
       {"أعلنت قيادة العمليات المشتركة أن طائرات «إف-16» تابعة للقوة الجوية العراقية نفذت، مساء أمس، ضربتين جويتين على أوكار لعناصر تنظيم داعش في سلسلة جبال حمرين بمحافظة صلاح الدين.",
        "أعلنت قيادة العمليات المشتركة أن طائرات \"إف-16\" تابعة للقوة الجوية العراقية نفذت، مساء أمس، ضربتين جويتين على أوكار لعناصر تنظيم داعش في سلسلة جبال حمرين بمحافظة صلاح الدين."}) {
    auto r = ExtractText(text);
    ASSERT_EQ(r.events.size(), 1u) << text;
    EXPECT_EQ(r.events[0].sub_event_type, "Air/drone strike");
    EXPECT_EQ(r.events[0].actor1, "Military Forces of Iraq (2022-)") << text;
    EXPECT_EQ(r.events[0].actor2, "Islamic State (Iraq)") << text;
  }
}

TEST(Extractor, TheAnswerToldAfterAnAttackDoesNotNameItsTarget) {
  // The army's reply "في صفوف الإرهابيين" is on the attackers; the soldiers killed were the army.
  auto r = ExtractText("قتل ثلاثة جنود مساء أمس جراء هجوم شنه مقاتلو حركة الشباب بقذائف الهاون على قاعدة عسكرية في مدينة بلدوين وسط الصومال. وأوضح مصدر عسكري أن الجيش رد على مصادر النيران واستهدفها بالمدفعية، محققا إصابات مباشرة في صفوف الإرهابيين.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].actor1, "Al Shabaab");
  EXPECT_EQ(r.events[0].actor2, "Military Forces of Somalia");
}

TEST(Extractor, TheArmyHitIsNotMadeTheAttackerByItsOwnUnitsToldAfter) {
  // "الجيش المالي" (Mali's own row) is hit; "تابعة للجيش" (the generic army) in the next
  // sentence is the same state's forces: the claim names the attacker.
  auto r = ExtractText(
      "مالي: هجوم دام على ثكنة في نيونو\n\n"
      "لقي 11 من جنود الجيش المالي مصرعهم، الجمعة، في هجوم استهدف ثكنتهم في مدينة نيونو وسط البلاد، حسب مصادر محلية.\n\n"
      "وقالت المصادر إن \"عشرات المسلحين\" اقتحموا المدينة من محاور عدة، واشتبكوا مع القوات المتمركزة فيها، قبل أن "
      "تتدخل مروحيات تابعة للجيش لإجبارهم على التراجع.\n\n"
      "وتبنت جماعة \"نصرة الإسلام والمسلمين\"، فرع تنظيم القاعدة في منطقة الساحل، الهجوم في بيان.",
      "2024-05-06");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].actor1, "JNIM: Jama'at Nusrat al-Islam wal-Muslimin");
  EXPECT_EQ(r.events[0].actor2, "Military Forces of Mali (2021-)");
}

TEST(Extractor, ArmedMenSaidToBelongToAGroupActForIt) {
  ExpectActors({
      {"اختطف مسلحون يشتبه في انتمائهم لجماعة بوكو حرام عشرة مزارعين أمس قرب بلدة غوزا بولاية بورنو.",
       "JAS: Jama'atu Ahlis Sunna Lidda'awati wal-Jihad (Boko Haram)", "Civilians (Nigeria)"},
      {"اختطف مسلحون ينتمون إلى جماعة بوكو حرام عشرة مزارعين أمس قرب بلدة غوزا بولاية بورنو.",
       "JAS: Jama'atu Ahlis Sunna Lidda'awati wal-Jihad (Boko Haram)", "Civilians (Nigeria)"},
      // "يعرفون محلياً بـX": the name they go by.
      {"خطف مسلحون يعرفون محليا بقطاع الطرق أكثر من 15 شخصا أمس في هجوم على قرية في ولاية زمفارا شمال غربي نيجيريا.",
       "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)"},
      // Suspects counted after an arrest verb are those arrested.
      {"اعتقلت قوات الأمن 7 مشتبها بانتمائهم لحركة الشباب أمس في مدينة بلدوين وسط الصومال.",
       "Police Forces of Somalia", "Al Shabaab"},
  });
}

TEST(Extractor, TheGroupAnAttackIsAscribedToDidIt) {
  // "نسبت الشرطة الهجوم إلى X": X did it; the police ascribe it (a source).
  ExpectActors({{"قتل خمسة أشخاص أمس في انفجار عبوة ناسفة في سوق بلدة بنيشيخ بولاية بورنو. ونسبت الشرطة الهجوم إلى جماعة بوكو حرام.",
                 "JAS: Jama'atu Ahlis Sunna Lidda'awati wal-Jihad (Boko Haram)", "Civilians (Nigeria)"}});
}

TEST(Extractor, AJournalistSpelledEitherWayIsACivilian) {
  // "صحافيا" as "صحفيا": the one arrested, a civilian (the members that arrested him act).
  ExpectActors({{"أفادت مصادر بأن عناصر من جهاز المخابرات اعتقلوا صحافيا من منزله في مدينة الموصل.",
                 "Police Forces of Iraq", "Civilians (Iraq)"}});
}

TEST(Extractor, ASpokesmansPrincipalIsASourceAndABaseOfTheArmyIsHit) {
  ExpectActors({
      // "المتحدث باسم وزارة الدفاع": the ministry speaks, it does not act.
      {"أعلنت السلطات، في بيان تلاه مساء أمس المتحدث باسم وزارة الدفاع عبر التلفزيون الرسمي، مقتل 12 جنديا في كمين نصبه مسلحون مجهولون قرب بلدة أيورو غربي النيجر.",
       "Unidentified Armed Group (Niger)", "Military Forces of Niger"},
      // "أعلن المتحدث باسم X أن مقاتليها هاجموا ... قاعدة للجيش": X claims it; "للجيش" is the
      // owner of the base hit, not a subject of the verb.
      {"أعلن المتحدث باسم حركة الشباب أن مقاتليها هاجموا أمس قاعدة للجيش في بلدة جلب بإقليم جوبا الوسطى.",
       "Al Shabaab", "Military Forces of Somalia"},
  });
}

TEST(Extractor, ABattleWithOneSideNamedHasTheOtherItsUsualFoe) {
  ExpectActors({
      // A group's attack on military positions: the country's army.
      {"أعلنت جماعة نصرة الإسلام والمسلمين، في بيان أمس، تنفيذ هجوم على مواقع عسكرية في مدينة نيورو غربي مالي.",
       "JNIM: Jama'at Nusrat al-Islam wal-Muslimin", "Military Forces of Mali (2021-)"},
      // State forces that clashed with armed men left unnamed.
      {"اشتبكت قوات الأمن مع مسلحين أمس في قرية قرب مدينة الرمادي غربي العراق.", "Police Forces of Iraq",
       "Unidentified Armed Group (Iraq)"},
  });
}

TEST(Extractor, ViolenceAgainstCiviliansIsOnCivilians) {
  ExpectActors({
      // A victim the dictionary has no word for ("معلماً").
      {"اختطف مسلحون مجهولون، مساء أمس، معلماً من منزله في مدينة الزاوية غرب طرابلس، واقتادوه إلى جهة غير معلومة.",
       "Unidentified Armed Group (Libya)", "Civilians (Libya)"},
      // The army only named in the charge.
      {"أفادت مصادر محلية بأن عناصر من الدعم السريع اختطفوا أمس أربعة شبان من منازلهم في مدينة أم درمان بتهمة التعاون مع الجيش.",
       "RSF: Rapid Support Forces", "Civilians (Sudan)"},
      // "راكباً": a passenger.
      {"اختطف مسلحون مجهولون أمس راكبا من حافلة على الطريق بين مدينتي موبتي وسيفاري وسط مالي.",
       "Unidentified Armed Group (Mali)", "Civilians (Mali)"},
  });
}

TEST(Extractor, TheGroupNamedBeatsTheGenericWordForItsMen) {
  // "مقتل ثلاثة إرهابيين ... على أوكار لعصابات داعش": the men hit are the named group's.
  ExpectActors({{"أعلنت خلية الإعلام الأمني مقتل ثلاثة إرهابيين بضربة جوية نفذتها طائرات عراقية أمس على أوكار لعصابات داعش في وادي الشاي بمحافظة كركوك.",
                 "Military Forces of Iraq (2022-)", "Islamic State (Iraq)"}});
}

TEST(Extractor, AGroupInASinceClauseIsNoParty) {
  // "منذ طرد تنظيم داعش منها": the past, not the one the mine hit.
  ExpectActors({{"قتل راع أمس بانفجار لغم أرضي قرب قرية الصور في ريف دير الزور، في منطقة لم تشهد أي عمليات لنزع الألغام منذ طرد تنظيم داعش منها.",
                 "Unidentified Armed Group (Syria)", "Civilians (Syria)"}});
}

TEST(Extractor, ASentenceTellingMoreOfOneOfTwoIncidentsFollowsUpTheOneOfItsKind) {
  // 2024-10-21: the first sentence tells a drone strike and, after "في حين", a clash; the next
  // tells more of the drone strike, not of the clash told last.
  auto r = ExtractText("عنوان\nقتل جنديان، أمس، في ضربة بطائرة مسيرة تركية على سيارة قرب مدينة عامودا، في حين شهدت بلدة "
                       "منبج اشتباكات بين قسد والجيش الوطني.\nوقال مسؤول إن المسيرة أطلقت صاروخين على السيارة، ما أدى "
                       "إلى مقتل الجنديين وإصابة ثالث.");
  ASSERT_EQ(r.events.size(), 2u);
  EXPECT_EQ(r.events[0].sub_event_type, "Air/drone strike");
  EXPECT_EQ(r.events[0].fatalities, 2);
  EXPECT_EQ(r.events[0].wounded, 1);
  EXPECT_EQ(r.events[1].sub_event_type, "Armed clash");
  EXPECT_FALSE(r.events[1].wounded);
  EXPECT_FALSE(r.events[1].fatalities);
}

TEST(Extractor, AClaimOfTheAttackToldBeforeNamesItsDoerNotANewEvent) {
  // 2024-08-12: "صباح اليوم" is when the group claimed it; the attack was the evening before.
  auto r = ExtractText("عنوان\nقتل ثلاثة جنود، مساء أمس، في هجوم شنه مسلحون على حاجز في بلدة سرمين.\nوتبنى تنظيم داعش "
                       "الهجوم، صباح اليوم، مدعيا أن عناصره قتلوا خمسة جنود.",
                       "2024-08-12");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].event_date->iso(), "2024-08-11");
  EXPECT_EQ(r.events[0].fatalities, 3);
  EXPECT_NE(r.events[0].claimed_by.find("Islamic State"), std::string::npos);
}

TEST(Extractor, AKillingToldBeforeARaidOrArrestsIsAnAttackOfItsOwn) {
  auto r = ExtractText("عنوان\nاستشهد شاب برصاص قوات الاحتلال، صباح اليوم، خلال اقتحامها بلدة قباطية جنوب جنين، فيما شنت "
                       "قوات الاحتلال حملة اعتقالات في محافظة الخليل.");
  ASSERT_EQ(r.events.size(), 2u);
  EXPECT_EQ(r.events[0].sub_event_type, "Attack");
  EXPECT_EQ(r.events[0].fatalities, 1);
  EXPECT_EQ(r.events[0].place.location, "Qabatiya");
  EXPECT_EQ(r.events[1].sub_event_type, "Arrests");
  EXPECT_FALSE(r.events[1].fatalities);
  // A killing joined to the arrests by "و" is the same operation.
  auto one = ExtractText("عنوان\nقتلت قوات الأمن قياديا في التنظيم واعتقلت ثمانية آخرين، أمس، في مداهمة ببلدة سرمين.");
  ASSERT_EQ(one.events.size(), 1u);
  EXPECT_EQ(one.events[0].sub_event_type, "Arrests");
  EXPECT_EQ(one.events[0].arrested, 8);
}

TEST(Extractor, ATriggerAtAnUnknownPlaceBeforeAnotherIncidentsOpenerIsItsOwnIncident) {
  // "كرمشين" is no place the gazetteer knows; the killing after "فيما" is at Kafr Nabl.
  auto r = ExtractText("عنوان\nقتل جنديان وأصيب ثالث، مساء أمس، إثر هجوم شنه مسلحون على حاجز في بلدة كرمشين، فيما قتل "
                       "مدني برصاص مجهولين في بلدة كفرنبل.");
  ASSERT_EQ(r.events.size(), 2u);
  EXPECT_EQ(r.events[0].sub_event_type, "Armed clash");
  EXPECT_EQ(r.events[0].fatalities, 2);
  EXPECT_EQ(r.events[0].wounded, 1);
  EXPECT_EQ(r.events[1].sub_event_type, "Attack");
  EXPECT_EQ(r.events[1].place.location, "Kafr Nabl");
  EXPECT_EQ(r.events[1].fatalities, 1);
  EXPECT_FALSE(r.events[1].wounded);
}

TEST(Extractor, ARunningTollSinceLongAgoGrowsNoIncident) {
  // The ministry's toll since a ceasefire months before sums many incidents: not the raid's.
  auto r = ExtractText("عنوان\nقتل شاب، أمس، في غارة إسرائيلية على بلدة بريتال. وبحسب وزارة الصحة، ارتفع عدد "
                       "الشهداء جراء الاعتداءات الإسرائيلية منذ وقف إطلاق النار في 27 تشرين الثاني 2023 إلى 331 "
                       "شهيداً، إضافة إلى أكثر من 900 جريح.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].fatalities, 1);
  EXPECT_FALSE(r.events[0].wounded);
  // A toll that grew the same day is the incident's.
  auto grew = ExtractText("عنوان\nقتل شاب، أمس، في غارة إسرائيلية على بلدة بريتال. وفي وقت لاحق ارتفع عدد القتلى "
                          "منذ الصباح إلى ثلاثة.");
  ASSERT_EQ(grew.events.size(), 1u);
  EXPECT_EQ(grew.events[0].fatalities, 3);
}

TEST(Extractor, ADatelineWithADayOfTheMonthAndTheAgencyPlacesNothing) {
  // "عمان 4 أيار (بترا) -": the filing place, its day (no year) and the agency (Petra is
  // also a town) are the dateline; the clash happened elsewhere, unnamed.
  auto r = ExtractText(
      "عمان 4 أيار (بترا) - قال مصدر عسكري إن المنطقة العسكرية الشرقية أحبطت، فجر اليوم الاثنين، محاولة تسلل "
      "وتهريب، واشتبكت مع المهربين.",
      "2026-05-04");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].place.location, "");
  EXPECT_EQ(r.events[0].place.country_code, "JO");
}

TEST(Extractor, AQuarterIsCodedAtTheCampNamedRightAfterIt) {
  // "حارة المنشية بمخيم نور شمس": the quarter (a village of that name elsewhere) is in the
  // camp named after it, not in the city the dateline names.
  auto r = ExtractText(
      "معا - طولكرم\n\nاستشهد ثلاثة شبان، فجر اليوم الأحد، في قصف نفذته مسيّرة إسرائيلية في حارة المنشية بمخيم نور "
      "شمس شرق مدينة طولكرم.",
      "2024-11-10");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].place.location, "Nur Shams");
}

TEST(Extractor, ACommonWordIsNoProvinceOfAnotherCountry) {
  // "ولايات الشمال الغربي" in Nigeria: the north-west, not Burkina Faso's Nord or Lebanon's North.
  auto r = ExtractText(
      "خطف مسلحون 30 قروياً في ولاية زامفارا شمال غربي نيجيريا، أمس.\n\n"
      "وبحسب منظمة العفو الدولية، قُتل أكثر من 1300 شخص في هجمات العصابات المسلحة في ولايات الشمال الغربي منذ مطلع "
      "العام الجاري.",
      "2026-09-29");
  ASSERT_EQ(r.tallies.size(), 1u);
  EXPECT_EQ(r.tallies[0].place.country_code, "NG");
  EXPECT_EQ(r.tallies[0].region.find("Nord"), std::string::npos) << r.tallies[0].region;
}

TEST(Extractor, APlaceToldByWhereItLiesFromAnotherLiesNearIt) {
  // "منطقة الرابية غربي العاصمة عمّان": the gazetteer's only Ar Rabiyah lies 300 km away, by
  // Aqaba; the quarter is west of Amman, which is the place best told.
  auto r = ExtractText("فرّقت قوات الدرك، مساء الجمعة، مئات المحتجين قرب السفارة الإسرائيلية في منطقة الرابية غربي العاصمة عمّان.",
                       "2023-12-18");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].place.location, "Amman");
  EXPECT_EQ(r.events[0].place.geo_precision, 2);
}

TEST(Extractor, MembersCountedInAGroupAreTheSideHit) {
  // "بمقتل منتسبَين اثنين في الحشد الشعبي": a number between the members and their group.
  auto r = ExtractText("أفاد مصدر أمني بمقتل منتسبين اثنين في الحشد الشعبي بانفجار عبوة ناسفة استهدفت عجلتهم جنوبي كركوك.",
                       "2026-11-10");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].actor2, "PMF: Popular Mobilization Forces");
  EXPECT_EQ(r.events[0].fatalities, 2);
}

TEST(Extractor, AWoundedManWhoDiedLeavesTheWounded) {
  // "ارتفاع حصيلة الضحايا إلى ثلاثة قتلى بعد وفاة أحد الجرحى" with no new count of the wounded:
  // 2 dead and 3 wounded become 3 dead and 2 wounded.
  auto r = ExtractText(
      "أفاد مصدر أمني بمقتل منتسبين اثنين في الحشد الشعبي وإصابة ثلاثة آخرين بانفجار عبوة ناسفة استهدفت عجلتهم جنوبي "
      "كركوك، صباح اليوم.\n\nوفي تحديث لاحق، أكد المصدر ذاته ارتفاع حصيلة الضحايا إلى ثلاثة قتلى، بعد وفاة أحد الجرحى "
      "متأثراً بإصابته البليغة.",
      "2026-11-10");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].fatalities, 3);
  EXPECT_EQ(r.events[0].wounded, 2);
}

TEST(Extractor, SeizingPeopleIsAnArrestSeizingWeaponsIsNot) {
  auto people = ExtractText("ضبطت قوات الأمن ستة مطلوبين في مدينة درعا، أمس.", "2024-03-14");
  ASSERT_EQ(people.events.size(), 1u);
  EXPECT_EQ(people.events[0].sub_event_type, "Arrests");
  EXPECT_EQ(people.events[0].arrested, 6);
  EXPECT_TRUE(ExtractText("ضبطت قوات الأمن كمية من الأسلحة في مدينة درعا، أمس.", "2024-03-14").events.empty());
  // The weapons seized after a battle do not make it an arrest.
  auto battle = ExtractText(
      "هاجم مسلحون، ليل الثلاثاء، موقعاً للجيش قرب بلدة نغوبوا، ما أسفر عن مقتل تسعة جنود.\n\nوأوضح البيان أن القوات "
      "تمكنت من صد الهجوم وضبط أسلحة وذخائر.",
      "2026-07-15");
  ASSERT_EQ(battle.events.size(), 1u);
  EXPECT_EQ(battle.events[0].sub_event_type, "Armed clash");
  EXPECT_TRUE(ExtractText("ودعا الجيش الطرفين إلى ضبط النفس.", "2024-03-14").events.empty());
}

TEST(Extractor, AnArmysOwnDefencesAndWhereTheTargetCameFrom) {
  // "قال الجيش الإسرائيلي إن دفاعاته الجوية اعترضت": its own air defences, not Lebanon's army;
  // "عبر من لبنان" is where the target came from, not where it was stopped.
  auto r = ExtractText("وقال الجيش الإسرائيلي إن دفاعاته الجوية اعترضت، بعد ظهر اليوم، هدفاً جوياً مشبوهاً عبر من لبنان "
                       "باتجاه منطقة الجليل الأعلى، دون تسجيل إصابات.",
                       "2024-03-14");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Disrupted weapons use");
  EXPECT_EQ(r.events[0].actor1, "Military Forces of Israel (2022-)");
  EXPECT_NE(r.events[0].place.location, "Lebanon");
}

TEST(Extractor, AirStrikesInSupportOfABattleArePartOfIt) {
  auto r = ExtractText("صدّ الجيش، فجر اليوم، هجوماً شنّه مسلحون على قاعدة عسكرية في بلدة مونغونو، بمساندة غارات جوية نفذها "
                       "سلاح الجو، ما أسفر عن مقتل 14 من المهاجمين.",
                       "2024-02-27");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Armed clash");
  // Strikes told on their own are still strikes.
  auto air = ExtractText("شن سلاح الجو غارات جوية على مواقع للمسلحين قرب بلدة مونغونو، فجر اليوم.", "2024-02-27");
  ASSERT_EQ(air.events.size(), 1u);
  EXPECT_EQ(air.events[0].sub_event_type, "Air/drone strike");
}

TEST(Extractor, ATwoWordNameKnownOnlyInLatinScriptWhoseSecondWordNamesAVillageElsewhere) {
  // "بلدة باغا سولا": Baga Sola has no Arabic name in the gazetteer, and "سولا" alone is a
  // village in Iraq; the two words read together by their sound are the town.
  auto r = ExtractText("قُتل ثلاثة جنود، فجر أمس، في هجوم على موقع للجيش قرب بلدة باغا سولا في إقليم البحيرة غربي تشاد.",
                       "2024-03-14");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].place.location, "Baga Sola");
}

TEST(Extractor, AmmanInAReportFromJordanIsNotOman) {
  auto r = ExtractText(
      "فرقت قوات الدرك، مساء الجمعة، مئات المحتجين في مدينة الزرقاء. وكانت مسيرة حاشدة قد انطلقت في اليوم ذاته "
      "من أمام المسجد الحسيني في عمّان تضامناً مع قطاع غزة، بدعوة من أحزاب أردنية.",
      "2023-12-18");
  ASSERT_EQ(r.events.size(), 2u);
  EXPECT_EQ(r.events[1].place.location, "Amman");
  EXPECT_EQ(r.events[1].place.country_code, "JO");
  // A country named in a story from elsewhere is still the country.
  auto oman = ExtractText("وصل وفد حوثي إلى عمان، فيما شنت مقاتلات التحالف غارات على مدينة صعدة، أمس.", "2023-12-18");
  ASSERT_EQ(oman.events.size(), 1u);
  EXPECT_EQ(oman.events[0].place.location, "Saada");
}

TEST(Extractor, ASentenceThatRunsIntoADashIsNoDateline) {
  auto r = ExtractText("شهدت العاصمة طرابلس ليل الجمعة - السبت اشتباكات مسلحة بين «جهاز الردع» و«اللواء 444 قتال».");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].place.location, "Tripoli");
  EXPECT_EQ(r.events[0].place.country_code, "LY");
  // A dateline stays one: "طرابلس - " opens the report, the clash is in Janzour.
  auto filed = ExtractText("طرابلس - اندلعت اشتباكات مسلحة، الجمعة، بين مجموعتين مسلحتين في مدينة جنزور.");
  ASSERT_EQ(filed.events.size(), 1u);
  EXPECT_NE(filed.events[0].place.location, "Tripoli");
}

TEST(Extractor, ACondemnationTellsNoIncident) {
  auto r = ExtractText("عنوان\nودانت وزارة الخارجية السورية في بيان الاعتداءات الإسرائيلية المتكررة على السيادة "
                       "السورية، مطالبة مجلس الأمن بتحمل مسؤولياته.");
  EXPECT_TRUE(r.events.empty());
}

TEST(Extractor, ShellingWithNoOneHurtCountsZero) {
  auto r = ExtractText("قصفت المدفعية الإسرائيلية، أمس، بعدة قذائف تلالاً زراعية غربي بلدة تسيل، من دون أن تُسجَّل "
                       "إصابات، بحسب ناشطين محليين.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].fatalities, 0);
  EXPECT_EQ(r.events[0].wounded, 0);
}

TEST(Extractor, TheDeadOfARaidAreCountedOnce) {
  auto r = ExtractText("قُتل 17 قروياً وخُطف العشرات، ليل الأحد، في هجوم شنه مسلحون على قرية في ولاية زامفارا.");
  int dead = 0;
  for (const Event& e : r.events) dead += e.fatalities.value_or(0);
  EXPECT_EQ(dead, 17);  // counted once
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Attack");
}

TEST(Extractor, AGroupsBoastOfItsTollIsNoIncident) {
  auto r = ExtractText("عنوان\nشن مقاتلو حركة الشباب، أمس، هجوماً على قاعدة للجيش في بلدة أودحيغلي، ما أدى إلى "
                       "معارك عنيفة. في المقابل، زعمت الحركة عبر إذاعة الأندلس أنها قتلت 17 جندياً.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_FALSE(r.events[0].fatalities);
}

TEST(Extractor, AnotherSourcesTollOfTheAttackKeepsTheLowerFigure) {
  auto r = ExtractText("عنوان\nأعلنت الجماعة مسؤوليتها عن كمين استهدف أمس قافلة للجيش قرب بلدة ديما، وقالت إن "
                       "مقاتليها قتلوا 12 عسكرياً. في المقابل، أكدت مصادر أمنية وقوع الهجوم، مشيرة إلى مقتل ثلاثة "
                       "جنود.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].fatalities, 3);
}

TEST(Extractor, AnAirportInItsCityIsOnePlace) {
  auto r = ExtractText("سقطت عدة قذائف هاون ليل الأربعاء على حي سكني قريب من مطار آدم عدي الدولي في مقديشو، "
                       "وأصابت ثلاثة مدنيين بجروح.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].wounded, 3);
}

TEST(Extractor, ShellingNoOneClaimedIsNotTheArticlesUsualStrikers) {
  auto r = ExtractText("عنوان\nأعلنت القيادة الأمريكية في أفريقيا أنها نفذت غارة جوية قرب مدينة جلب. وفي العاصمة، "
                       "سقطت عدة قذائف هاون ليل الأربعاء على حي سكني في مقديشو، وأصابت ثلاثة مدنيين بجروح. ولم "
                       "تتبن أي جهة القصف حتى الآن.");
  ASSERT_EQ(r.events.size(), 2u);
  EXPECT_NE(r.events[0].actor1.find("United States"), std::string::npos);
  EXPECT_NE(r.events[1].actor1.find("Unidentified"), std::string::npos);
}

TEST(Extractor, AForceNamedByItsCountrysAdjectiveActs) {
  auto r = ExtractText("توغلت قوة إسرائيلية، صباح اليوم، في محيط بلدة جباتا الخشب بريف القنيطرة، واعتقلت ثلاثة "
                       "رعاة أغنام من أبناء البلدة.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Arrests");
  EXPECT_NE(r.events[0].actor1.find("Israel"), std::string::npos);
  EXPECT_EQ(r.events[0].arrested, 3);
}

TEST(Extractor, AGroupNamedInWhatAReportTellsIsNoSource) {
  // "أعلنت X إحباط محاولة تسلل لمسلحي الحوثي": the infiltration is the content, not who told it.
  auto r = ExtractText("أعلنت قوات الجيش الوطني إحباط محاولة تسلل لمسلحي الحوثي في جبهة مقبنة فجر اليوم.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Armed clash");
  EXPECT_NE(r.events[0].actor1.find("Houthi"), std::string::npos);
}

TEST(Extractor, TheGroupANamedOneIsTiedToIsNoParty) {
  auto r = ExtractText("عنوان\nقتل سبعة أشخاص، أمس، في تفجير داخل مقهى بمقديشو. وأعلنت حركة الشباب المرتبطة بتنظيم "
                       "القاعدة مسؤوليتها عن التفجير.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].actor1, "Al Shabaab");
  EXPECT_EQ(r.events[0].actor2.find("Qaeda"), std::string::npos);
}

TEST(Extractor, TheGroupTheBomberBelongsToDidIt) {
  auto r = ExtractText("عنوان\nقُتل ستة أشخاص وأصيب 19 آخرون، الأحد، في تفجير انتحاري استهدف سوقاً شعبية في بلدة "
                       "كوندوغا بولاية بورنو. وقال مسؤولون أمنيون إن الانتحارية تنتمي إلى جماعة بوكو حرام.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_NE(r.events[0].actor1.find("Boko Haram"), std::string::npos);
  EXPECT_NE(r.events[0].actor2.find("Civilians"), std::string::npos);
}

TEST(Extractor, AGroupCountedOutOfAfterAKillingWasHit) {
  auto r = ExtractText("قُتل ما لا يقل عن 15 من «متطوعي الدفاع عن الوطن»، أمس، في هجوم استهدف موقعاً لهم قرب مدينة "
                       "جيبو.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_NE(r.events[0].actor2.find("VDP"), std::string::npos);
  EXPECT_EQ(r.events[0].actor1.find("VDP"), std::string::npos);
}

TEST(Extractor, AGrownTollIsReadWhateverDatesTheArticleHoldsElsewhere) {
  // A long date mention later in the article once made "إلى تسعة" look like part of a day.
  const std::string incident =
      "عنوان\nقالت مصادر محلية إن سبعة مدنيين لقوا حتفهم جراء قصف مدفعي شنته قوات الدعم السريع على أحياء "
      "سكنية في مدينة الدلنج، مساء الأربعاء. وأفاد مصدر طبي بأن حصيلة القتلى ارتفعت صباح الخميس إلى تسعة، بعد "
      "وفاة اثنين من المصابين.";
  for (const std::string& more :
       {std::string(), std::string("\nومنذ سيطرة الدعم السريع على مدينة الفاشر في تشرين الأول/أكتوبر 2023، انتقل "
                                   "ثقل المعارك إلى إقليم كردفان.")}) {
    auto r = ExtractText(incident + more);
    ASSERT_EQ(r.events.size(), 1u) << more;
    EXPECT_EQ(r.events[0].fatalities, 9) << more;
  }
}

TEST(Extractor, TheWoundedWhoDiedJoinTheDead) {
  // "بعد وفاة أحد الجرحى" counts no wounded; the toll grew to three, and the one who died is
  // no longer among the three wounded (one person is not counted twice).
  auto r = ExtractText("عنوان\nقتل شخصان وأصيب ثلاثة آخرون بانفجار عبوة ناسفة في بلدة داقوق أمس. وأكد المصدر "
                       "ارتفاع حصيلة الضحايا إلى ثلاثة قتلى، بعد وفاة أحد الجرحى متأثراً بإصابته.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].fatalities, 3);
  EXPECT_EQ(r.events[0].wounded, 2);
  // When it does, the dead are no longer among the wounded.
  auto told = ExtractText("عنوان\nقتل أربعة أشخاص وأصيب تسعة آخرون في اشتباكات بقرية المزرعة أمس. وأعلنت مديرية "
                          "الصحة ارتفاع عدد القتلى إلى ستة، بعد وفاة اثنين من المصابين. وقالت إن سبعة مصابين "
                          "يتلقون العلاج.");
  ASSERT_GE(told.events.size(), 1u);
  EXPECT_EQ(told.events[0].fatalities, 6);
}

TEST(Extractor, TheDatelinesDayIsTheFilingsAndATollGrownNextDayIsTheSameBombing) {
  auto r = ExtractText("مقديشو 14 مارس 2024 (شينخوا) قُتل ما لا يقل عن سبعة أشخاص، مساء أمس (الأربعاء)، عندما فجر "
                       "انتحاري حزاماً ناسفاً داخل مقهى في مقديشو.\nوفي وقت لاحق اليوم (الخميس)، أفاد مدير مستشفى "
                       "في مقديشو بأن عدد القتلى ارتفع إلى تسعة، بعد وفاة اثنين من الجرحى.",
                       "2024-03-14");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].event_date->iso(), "2024-03-13");
  EXPECT_EQ(r.events[0].fatalities, 9);
}

TEST(Extractor, TheFightingThatWonATownBackIsTheBattleOfItsTaking) {
  auto r = ExtractText("أعلن الجيش السوداني، أمس، استعادة السيطرة على بلدة أم صميمة غربي مدينة الأبيض، بعد معارك "
                       "عنيفة مع قوات الدعم السريع.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Government regains territory");
  EXPECT_NE(r.events[0].actor2.find("RSF"), std::string::npos);
}

TEST(Extractor, AGroupInAClauseOfHabitIsTheSettingNoParty) {
  auto r = ExtractText("أصيب جنديان بجروح أمس، إثر انفجار عبوة ناسفة بمركبتهما قرب مدينة ديفا، في منطقة ينشط فيها "
                       "مسلحو جماعة \"بوكو حرام\".");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].actor2.find("Boko Haram"), std::string::npos);
  EXPECT_EQ(r.events[0].actor1.find("Boko Haram"), std::string::npos);
}

TEST(Extractor, AGroupsPressOfficeSpeaksForIt) {
  auto r = ExtractText("أعلن المركز الإعلامي لـ\"قسد\" أن قواتها نفذت فجر اليوم عملية أمنية داخل مخيم \"الهول\" بريف "
                       "الحسكة الشرقي، أسفرت عن القبض على خمسة أشخاص.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_NE(r.events[0].actor1.find("QSD"), std::string::npos);
  EXPECT_EQ(r.events[0].arrested, 5);
}

TEST(Extractor, TheArtilleryNamedWithTheArticleIsNoIncidentToldAgain) {
  auto r = ExtractText("عنوان\nاستشهد مواطن، بعد ظهر اليوم، جراء غارة نفذتها مسيّرة إسرائيلية على سيارة على الطريق بين "
                       "بلدتي بنت جبيل وعيترون.\nونعى حزب الله في وقت لاحق الشهيد.\nوبالتزامن، استهدفت المدفعية "
                       "الإسرائيلية بقذيفتين أطراف بلدة كفرشوبا، كما ألقت مسيّرة إسرائيلية قنبلة صوتية قرب رعاة ماشية "
                       "في خراج البلدة.");
  ASSERT_EQ(r.events.size(), 3u);
  EXPECT_EQ(r.events[0].place.location, "Bint Jbeil");
  EXPECT_EQ(r.events[0].fatalities, 1);
  EXPECT_EQ(r.events[1].sub_event_type, "Shelling/artillery/missile attack");
  EXPECT_FALSE(r.events[2].fatalities.value_or(0));
}

TEST(Extractor, TheGroupThatMournsTheDeadWasTheSideHit) {
  auto r = ExtractText("عنوان\nاستهدفت مسيّرة إسرائيلية، بعد ظهر اليوم، دراجة نارية في بلدة كفركلا، ما أدى إلى استشهاد "
                       "شخص كان يقودها.\nونعى «حزب الله» في بيان لاحق «المجاهد علي حسن فقيه».");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].actor2, "Hezbollah");
  // No one mourned: the dead man is a civilian as far as the text tells.
  auto plain = ExtractText("عنوان\nاستهدفت مسيّرة إسرائيلية، بعد ظهر اليوم، دراجة نارية في بلدة كفركلا، ما أدى إلى "
                           "استشهاد مواطن كان يقودها.");
  ASSERT_EQ(plain.events.size(), 1u);
  EXPECT_NE(plain.events[0].actor2, "Hezbollah");
}

TEST(Extractor, ClanFightersAndMilitiasOfTwoClansAreClanMilitias) {
  auto r = ExtractText("اندلعت ليل أمس اشتباكات بين مسلحين من عشائر البدو وآخرين محليين في قرية المزرعة بريف السويداء.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_NE(r.events[0].actor1.find("Clan Militia"), std::string::npos);
  auto two = ExtractText("قُتل ستة أشخاص في اشتباكات اندلعت يوم الجمعة بين ميليشيات عشيرتين متنافستين قرب مدينة بلدوين.");
  ASSERT_EQ(two.events.size(), 1u);
  EXPECT_NE(two.events[0].actor1.find("Clan Militia"), std::string::npos);
  EXPECT_NE(two.events[0].actor2.find("Clan Militia"), std::string::npos);
}

TEST(Extractor, AnOfficialWithALongTitleTellsMoreOfTheStrikeAnnounced) {
  // The ministry announces the strike today; the official says it hit a car yesterday.
  auto r = ExtractText("عنوان\nأعلنت وزارة الدفاع التركية، اليوم، \"تحييد\" عنصرين من حزب العمال الكوردستاني في غارة "
                       "جوية نفذتها طائرة مسيّرة في منطقة سيدكان شمالي العراق.\nوقال مدير ناحية سيدكان التابعة لقضاء "
                       "سوران في محافظة أربيل، لشبكة رووداو الإعلامية، إن طائرة مسيّرة تركية قصفت عصر أمس سيارة كانت "
                       "تسير على الطريق، ما أسفر عن مقتل الشخصين اللذين كانا بداخلها.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].event_date->iso(), "2024-03-13");
  EXPECT_EQ(r.events[0].fatalities, 2);
}

TEST(Extractor, SudansResistanceCommitteesAreNoPalestinianFighters) {
  auto r = ExtractText("ارتفعت حصيلة الهجوم الذي شنته قوات الدعم السريع على قرية أربجي بولاية الجزيرة إلى 41 قتيلا، "
                       "بعد أن كانت لجان المقاومة المحلية قد أعلنت مقتل 25 شخصا.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].actor2.find("Palestine"), std::string::npos);
  EXPECT_EQ(r.events[0].fatalities, 41);
}

TEST(Extractor, TheRestWhoFledAreNoBreakdownOfVictims) {
  // "وفرار البقية": the others fled; only "قضى الباقون جراء ..." sums victims by cause.
  auto r = ExtractText("عنوان\nأحبطت قوات حرس الحدود فجر اليوم محاولة تسلل قرب الرويشد، وجرى تطبيق قواعد الاشتباك، ما "
                       "أدى إلى مقتل ثلاثة من المهربين وفرار البقية إلى العمق السوري.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].fatalities, 3);
}

TEST(Extractor, TheDirectionAStrikeCameFromIsNotWhereItHit) {
  auto r = ExtractText("شن العدو الإسرائيلي عدواناً جوياً من اتجاه جنوب شرق مدينة خناصر، مستهدفاً عدداً من المواقع في "
                       "محيط بلدة السفيرة بريف حلب الجنوبي الشرقي، ما أدى إلى استشهاد سبعة.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].place.location_ar, "السفيرة");
}

TEST(Extractor, ForcesThatNeutralisedFightersKilledThem) {
  // "حيّد" (neutralised) counts the dead like "تحييد"; over a week and many regions, a tally.
  auto r = ExtractText("عنوان\nأعلن الجيش أنه حيّد أكثر من 60 إرهابياً خلال الأسبوع الماضي في عمليات جوية وبرية متفرقة "
                       "في أقاليم الساحل والشرق.");
  EXPECT_TRUE(r.events.empty());
  ASSERT_EQ(r.tallies.size(), 1u);
  EXPECT_EQ(r.tallies[0].fatalities, 60);
}

TEST(Extractor, TheSameNightIsTheNightToldBefore) {
  auto r = ExtractText("عنوان\nأطلق مسلحون النار مساء أمس، الأربعاء، على حاجز لقسد عند مدخل بلدة ذيبان، ما أدى إلى مقتل "
                       "أحد العناصر.\nوقبيل منتصف الليلة ذاتها، انفجرت عبوة ناسفة بسيارة عسكرية تابعة لقسد قرب بلدة "
                       "البصيرة، ما أسفر عن إصابة عنصرين.");
  ASSERT_EQ(r.events.size(), 2u);
  EXPECT_EQ(r.events[1].event_date->iso(), "2024-03-13");
}

TEST(Extractor, TheSameNightIsTheNightToldBeforeNotTheMorningsStatement) {
  // Published Monday: the shooting was Sunday evening, the claim came Monday morning.
  auto r = ExtractText("عنوان\nأطلق مسلحون النار مساء أمس، الأحد، على حاجز لقسد عند مدخل بلدة ذيبان، ما أدى إلى مقتل "
                       "أحد العناصر.\nوتبنى تنظيم داعش الهجوم في بيان صباح اليوم، الإثنين.\nوقبيل منتصف الليلة ذاتها، "
                       "انفجرت عبوة ناسفة بسيارة عسكرية تابعة لقسد قرب بلدة البصيرة، ما أسفر عن إصابة عنصرين.",
                       "2024-03-11");
  ASSERT_EQ(r.events.size(), 2u);
  EXPECT_EQ(r.events[0].event_date->iso(), "2024-03-10");
  EXPECT_EQ(r.events[1].event_date->iso(), "2024-03-10");
}

TEST(Extractor, ACrowdsHomeTownIsWhereItGatheredWhenNoOtherPlaceIsTold) {
  auto r = ExtractText("عنوان\nنظّم العشرات من أبناء مدينة السويداء، صباح اليوم، وقفة احتجاجية أمام مبنى المحافظة "
                       "للمطالبة بالإفراج عن المعتقلين.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].place.location, "As-Suwayda");
  // Killed elsewhere than where he came from: the origin is no place of the incident.
  r = ExtractText("عنوان\nقُتل شاب من أبناء مدينة نوى، أمس، برصاص مسلحين مجهولين قرب بلدة طفس.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].place.location, "Tafas");
}

TEST(Extractor, WhoReportedItIsTheSourceNotWhatItSaid) {
  auto r = ExtractText("عنوان\nقُتل سبعة جنود، فجر أمس، في هجوم على موقع عسكري قرب بلدة ليوا في إقليم البحيرة، فيما أعلن "
                       "الجيش مقتل 14 من المهاجمين.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].reported_by, "الجيش");
  r = ExtractText("عنوان\nقُتل مدنيان، أمس، بقصف مدفعي على بلدة كفرنبل، وفق ما أفاد به مسؤول محلي.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].reported_by, "مسؤول محلي");
  r = ExtractText("عنوان\nقالت منظمة «هيومن رايتس ووتش» اليوم إن مسلحين قتلوا ثلاثة مدنيين في قرية قرب مدينة كومرا.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].reported_by.find("اليوم"), std::string::npos);
}

TEST(Extractor, WhatAnAircraftStruckItStruckFromTheAir) {
  // ("طائرة" alone names an aircraft, as "طائرات" does: one air strike, not a shelling beside it.)
  auto r = ExtractText("عنوان\nوكانت طائرة تابعة للجيش قد قصفت، الثلاثاء، مواقع في مقاطعة مايوت المجاورة، وقال المتحدث "
                       "باسم المعارضة إن الغارة أودت بحياة ثلاثة مدنيين.",
                       "2026-06-25");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Air/drone strike");
  EXPECT_EQ(r.events[0].fatalities, 3);
  r = ExtractText("عنوان\nقتلت طائرة تابعة للجيش، أمس، ثلاثة رعاة قرب بلدة كودوك.", "2026-06-25");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Air/drone strike");
}

TEST(Extractor, TheOtherSidesDeadToldAfterAddToTheToll) {
  auto r = ExtractText("عنوان\nقُتل 5 جنود وأصيب 8 آخرون، ليل الثلاثاء، في هجوم شنّه مسلحو جماعة \"بوكو حرام\" على موقع "
                       "للجيش في بلدة بول بإقليم البحيرة.\nوأضاف المتحدث أن القوات تمكنت من صد الهجوم وقتلت 12 من "
                       "المهاجمين.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].fatalities, 17);
  // The same side's dead told again are no more dead.
  r = ExtractText("عنوان\nقُتل 5 جنود، ليل الثلاثاء، في هجوم شنّه مسلحو جماعة \"بوكو حرام\" على موقع للجيش في بلدة "
                  "بول.\nوأضاف المتحدث أن خمسة جنود قُتلوا في الهجوم.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].fatalities, 5);
}

TEST(Extractor, ACountOfOneSideAndANounOfTheOtherJoinedByAndAddUp) {
  for (const char* dead : {"9 من المهاجمين وجنديين", "9 مهاجمين وجنديين", "9 مهاجماً وجنديين"}) {
    auto r = ExtractText(std::string("عنوان\nصدّ الجيش، فجر اليوم، هجوماً شنّه مسلحون على قاعدة عسكرية في بلدة ديكوا، ما "
                                     "أسفر عن مقتل ") + dead + ".");
    ASSERT_EQ(r.events.size(), 1u) << dead;
    EXPECT_EQ(r.events[0].fatalities, 11) << dead;
  }
}

TEST(Extractor, AnAreaTheGazetteerLacksToldByWhereItLiesIsAPlaceOfItsOwn) {
  auto r = ExtractText("عنوان\nاندلعت اشتباكات عنيفة، مساء أمس، بين مجموعتين مسلحتين في منطقة الجويبية شرقي مدينة "
                       "الزاوية، استُخدمت فيها الأسلحة المتوسطة.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].place.location_ar, "الجويبية");
  EXPECT_EQ(r.events[0].place.admin1, "Az Zawiyah");
  // (An adjective after the area word names no place: "منطقة حدودية شرقي".)
  r = ExtractText("عنوان\nاندلعت اشتباكات عنيفة، مساء أمس، بين مجموعتين مسلحتين في منطقة حدودية شرقي مدينة الزاوية.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].place.location, "Zawiya");
}

TEST(Extractor, TheCapitalUnnamedIsTheArticleCountrys) {
  auto r = ExtractText("عنوان\nقُتل ثلاثة مدنيين، أمس، في قصف مدفعي لقوات الدعم السريع على أحياء مدينة الفاشر بولاية "
                       "شمال دارفور.\nوفي العاصمة، فرّقت الشرطة بالغاز المسيل للدموع، اليوم، مظاهرة لعشرات الطلاب أمام "
                       "مقر الجامعة.");
  ASSERT_EQ(r.events.size(), 2u);
  EXPECT_EQ(r.events[1].place.location, "Khartoum");
  EXPECT_EQ(r.events[1].place.country_code, "SD");
  // A capital told by name or by what it is ("المؤقتة") is that city.
  r = ExtractText("عنوان\nاغتال مسلحون مجهولون، اليوم، ضابطاً في الجيش اليمني في العاصمة المؤقتة عدن.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].place.location, "Aden");
}

}  // namespace
}  // namespace rasad::extract
