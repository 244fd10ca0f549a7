// Which events an article yields and of what type: one event per incident,
// none for what did not happen here and now. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract/extract_test_util.h"

namespace rasad::extract {
namespace {

TEST(Events, ADatelineIsNotWhereItHappened) {
  // 2024-03-14 is a Thursday.
  for (const char* text : {"(عمّان) – قتل ثلاثة مدنيين، أمس الأربعاء، في قصف مدفعي على بلدة سرمين بريف إدلب.",
                           "وكالة الأنباء – بيروت – قتل ثلاثة مدنيين، أمس الأربعاء، في قصف مدفعي على بلدة سرمين بريف إدلب.",
                           "القاهرة (رويترز) – قتل ثلاثة مدنيين، أمس الأربعاء، في قصف مدفعي على بلدة سرمين بريف إدلب."}) {
    auto r = ExtractText(text);
    ASSERT_EQ(r.events.size(), 1u) << text;
    EXPECT_EQ(r.events[0].place.country_code, "SY") << text;
    EXPECT_EQ(r.events[0].place.admin1, "Idlib") << text;
  }
}

TEST(Events, ATollThatGrewIsTheIncidentToldBefore) {
  auto r = ExtractText("عنوان\nقتل 4 مدنيين وأصيب 10 آخرون، أمس، في قصف مدفعي على بلدة سرمين بريف إدلب.\n\n"
                       "وفي وقت لاحق، ارتفع عدد القتلى إلى 6 والجرحى إلى 13، بحسب الدفاع المدني.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].fatalities, 6);
  EXPECT_EQ(r.events[0].wounded, 13);
  auto strike = ExtractText("عنوان\nقتل 3 مدنيين في غارة جوية على بلدة سرمين بريف إدلب. وقالت مصادر طبية إن حصيلة "
                            "الغارة ارتفعت إلى 5 قتلى.");
  ASSERT_EQ(strike.events.size(), 1u);
  EXPECT_EQ(strike.events[0].fatalities, 5);
  // A sentence telling only the grown toll (no trigger, place or day) updates it too.
  auto bare = ExtractText("عنوان\nقتل مدني في غارة جوية على بلدة سرمين بريف إدلب.\n\nوأفاد مراسلنا لاحقا بأن حصيلة "
                          "الغارة ارتفعت إلى أربعة قتلى.");
  ASSERT_EQ(bare.events.size(), 1u);
  EXPECT_EQ(bare.events[0].fatalities, 4);
  // A smaller count is another incident, whatever the verb.
  auto other = ExtractText("عنوان\nقتل 9 مدنيين في غارة جوية على بلدة سرمين بريف إدلب. وفي بلدة بنش، ارتفع عدد "
                           "قتلى الغارات إلى 4.");
  EXPECT_EQ(other.events.size(), 2u);
}

// "وقف إطلاق النار"، "شديدة الانفجار": phrases that hold a trigger word but tell of no incident.
TEST(Events, ACeasefireIsNotGunfire) {
  auto r = ExtractText("وأعلنت لجنة الوساطة، اليوم الخميس، التوصل إلى وقف لإطلاق النار في مدينة الزاوية بعد ليلة من التوتر.");
  EXPECT_TRUE(r.events.empty());
  r = ExtractText("قتل مدني، أمس الأربعاء، برصاص قناص في مدينة تعز رغم إعلان وقف إطلاق النار.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].fatalities, 1);
  r = ExtractText("شنت طائرات حربية، أمس الأربعاء، غارات بصواريخ شديدة الانفجار على أطراف بلدة كفرنبل.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Air/drone strike");
}

TEST(Events, ABattleThatEndedInArrestsIsABattle) {
  auto r = ExtractText("خاضت قوات الأمن، فجر اليوم، اشتباكاً مسلحاً مع مهربين قرب بلدة الرويشد، أسفر عن مقتل مهرب "
                       "وإصابة جندي والقبض على خمسة من المهربين.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Armed clash");
  EXPECT_EQ(r.events[0].arrested, 5);
  // "بادر بإطلاق النار ... الرد عليه بالمثل": an exchange of fire.
  r = ExtractText("وعند محاولة القبض على المطلوب في بلدة العوامية، أمس الأربعاء، بادر بإطلاق النار على الدورية، "
                  "ما اقتضى الرد عليه بالمثل، ونتج عن ذلك مقتله.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Armed clash");
}

TEST(Events, AnArrestWithNoOneHurtStaysAnArrest) {
  // A clash or an ambush on the way to an arrest, and no one hurt: the arrest.
  auto r = ExtractText("اعتقلت قوات الأمن، أمس الأربعاء، قيادياً في التنظيم بعد أن اشتبكت معه لنحو ساعة في بلدة الشحيل.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Arrests");
  // "بينهم مشاركون في الاشتباكات": clashes told before.
  r = ExtractText("دهم الجيش، أمس الأربعاء، منازل في بلدة بريتال واعتقل ستة أشخاص بينهم مشاركون في الاشتباكات التي أوقعت قتيلين.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Arrests");
}

TEST(Events, StormingAPlaceIsNotAnArrest) {
  auto r = ExtractText("اقتحمت قوات الاحتلال، فجر اليوم، بلدة عزون شرق قلقيلية وانتشرت في شوارعها.");
  for (const auto& e : r.events) EXPECT_NE(e.sub_event_type, "Arrests");
}

// Rulings, charges, obituaries and incidents weeks or years before are on record,
// not incidents of the day.
TEST(Events, WhatIsOnRecordIsNotAnIncidentOfTheDay) {
  for (const char* text :
       {"وفي بغداد، قضت محكمة الجنايات، أمس الأربعاء، بالسجن المؤبد على متهمين بالمشاركة في تفجير استهدف سوقاً شعبياً، أسفر حينها عن مقتل 9 أشخاص.",
        "ونعت «سرايا القدس»، اليوم، المقاتل أحمد ناصر من مخيم بلاطة، وقالت إنه ارتقى شهيداً خلال اشتباك مع قوات الاحتلال.",
        "ويأتي ذلك بعد أشهر من سيطرة الجيش على مدينة ود مدني أواخر الشهر الماضي.",
        "وتعيد هذه الأحداث إلى الأذهان مواجهات دامية شهدتها مدينة الزاوية وأسفرت عن مقتل 12 شخصاً."}) {
    auto r = ExtractText(text);
    EXPECT_TRUE(r.events.empty()) << text << " -> " << r.events[0].sub_event_type;
  }
  // The arrest before the charge is an event; the charge is not.
  auto r = ExtractText("اعتقلت قوات الأمن، أمس الأربعاء، شاباً في مدينة الموصل بتهمة المشاركة في هجوم على نقطة للجيش.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Arrests");
}

TEST(Events, ArrestsForACrimeAreNotConflictEvents) {
  for (const char* text : {"أوقفت مفارز الجيش، أمس الأربعاء، 14 تاجر مخدرات في ولاية تمنراست.",
                           "وأعلنت الشرطة، اليوم، توقيف 60 مهاجراً غير شرعي قرب مدينة وهران.",
                           "اعتقلت الشرطة، أمس الأربعاء، عصابة متخصصة في سرقة السيارات في مدينة البصرة."}) {
    EXPECT_TRUE(ExtractText(text).events.empty()) << text;
  }
}

// "أعلن الجيش، مساء اليوم الخميس، ... أمس الأربعاء": the announcement's day and the incident's.
TEST(Events, TheIncidentsDayNotTheAnnouncements) {
  // 2024-03-14 is a Thursday.
  auto r = ExtractText("أعلنت وزارة الدفاع، في بيان مساء اليوم الخميس، مقتل سبعة جنود في هجوم على نقطة عسكرية، "
                       "أمس الأربعاء، قرب بلدة ميناكا.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].event_date->iso(), "2024-03-13");
  // The day of another incident the sentence recalls is not the arrests'.
  r = ExtractText("أعلنت الشرطة، اليوم الخميس، اعتقال خمسة مشتبه بهم على خلفية الهجوم الذي استهدف، الإثنين، "
                  "حاجزاً في مدينة الموصل.");
  ASSERT_FALSE(r.events.empty());
  EXPECT_EQ(r.events[0].sub_event_type, "Arrests");
  EXPECT_EQ(r.events[0].event_date->iso(), "2024-03-14");
  // Opening a paragraph with no other date, the statement's day, not the paragraph before's.
  r = ExtractText("عنوان الخبر\n\nنفذت طائرات الجيش، مساء الأحد، ضربة جوية على مضافة للمسلحين في جزيرة سامراء.\n\n"
                  "وفي بيان منفصل صدر أمس، أعلنت الخلية أن مفارز الاستخبارات ألقت القبض على ثلاثة مطلوبين في قضاء الخالص.");
  ASSERT_EQ(r.events.size(), 2u);
  EXPECT_EQ(r.events[1].sub_event_type, "Arrests");
  EXPECT_EQ(r.events[1].event_date->iso(), "2024-03-13");
}

TEST(Events, HabitsAreNotIncidents) {
  for (const char* text : {"وتشهد قرى ريف حماة الشرقي هجمات لخلايا التنظيم بين الحين والآخر.",
                           "وفي ولاية كاتسينا، تنشط عصابات مسلحة تمارس الخطف مقابل فدية."})
    EXPECT_TRUE(ExtractText(text).events.empty()) << text;
}

// The sentence after an incident's that tells more of it is that incident.
TEST(Events, ASentenceThatTellsMoreOfAnIncidentIsThatIncident) {
  // 2024-03-14 is a Thursday.
  auto r = ExtractText("عنوان الخبر\n\nقُتل جنديان، صباح اليوم الخميس، في تفجير انتحاري بسيارة مفخخة استهدف حاجزاً "
                       "للجيش في مدينة الرمادي.\n\nوقال ضابط في الشرطة إن السيارة اقتحمت الحاجز وانفجرت بعد أن حاول "
                       "الجنود إيقافها.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Suicide bomb");
  // Named again with the article and dated: the announcement's day gives way.
  r = ExtractText("عنوان الخبر\n\nأفاد مصدر أمني، اليوم الخميس، بمقتل جنديين بهجوم مسلح على ربيئة للجيش في قضاء "
                  "الخالص.\n\nوقال المصدر إن الهجوم وقع قرابة منتصف ليل أمس، وتبادل المهاجمون إطلاق النار مع "
                  "القوة لنحو ساعة.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].event_date->iso(), "2024-03-13");
  EXPECT_EQ(r.events[0].place.admin1, "Diyala");
  // Every trigger of that sentence: "استخدموا عبوات ناسفة وطائرات مسيّرة".
  r = ExtractText("عنوان الخبر\n\nقُتل 12 جندياً، أمس الأربعاء، في كمين نصبه مسلحون لدورية للجيش قرب بلدة ميناكا.\n\n"
                  "وأوضح البيان أن المهاجمين استخدموا عبوات ناسفة وطائرات مسيّرة خلال الاشتباك.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Armed clash");
  // Another incident, even told by the same source, stands alone: "كذلك"، "وفي ..."، another place.
  r = ExtractText("عنوان الخبر\n\nقُتل جنديان، صباح اليوم الخميس، بانفجار عبوة ناسفة استهدفت دورية للجيش في مدينة "
                  "الرمادي.\n\nوأضاف المصدر أن مسلحين استهدفوا كذلك بقذائف الهاون مقراً للجيش في مدينة الفلوجة.");
  EXPECT_EQ(r.events.size(), 2u);
}

// A title tells of the lead incident and only confirms what the body says.
TEST(Events, ATitleOnlyConfirmsTheLeadIncident) {
  auto r = ExtractText("مقتل 6 بقصف على تعز\n\nقُتل طفل، اليوم الخميس، برصاص قناص في حي الروضة بمدينة تعز.\n\n"
                       "وفي وقت لاحق، قُتل خمسة مدنيين بقصف مدفعي على سوق في مدينة مأرب.");
  ASSERT_EQ(r.events.size(), 2u);
  EXPECT_EQ(r.events[0].sub_event_type, "Attack");
  EXPECT_EQ(r.events[0].fatalities, 1);
  EXPECT_EQ(r.events[1].fatalities, 5);
  // A title's specific word does not recast a vague one in the body.
  r = ExtractText("خطف العشرات في زامفارا وتفجير في بورنو\n\nهاجم مسلحون، ليل الإثنين، قاعدة عسكرية في بلدة دامبوا بولاية "
                  "بورنو، ما أسفر عن مقتل خمسة جنود.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Armed clash");
}

// Two villages the gazetteer lacks, each with its own toll, are two incidents even when the
// second sentence tells more from a source.
TEST(Events, TwoUnknownVillagesAreTwoIncidents) {
  auto r = ExtractText("وأغار مسلحون الاثنين على قرية كاونجو، مما أسفر عن مقتل 11 شخصًا.\n\n"
                       "وقال مسؤول محلي إن مسلحين استهدفوا قرية بيلغيمدوري مما أسفر عن مقتل عشرة أشخاص.",
                       "2023-05-22");
  ASSERT_EQ(r.events.size(), 2u);
  EXPECT_EQ(r.events[0].fatalities, 11);
  EXPECT_EQ(r.events[1].fatalities, 10);
  EXPECT_NE(r.events[0].place.location_ar, r.events[1].place.location_ar);
}

// A sentence whose two clauses each tell their own victims by their own means tells two
// incidents: a sniper's killing is not absorbed by the shelling told after it.
TEST(Events, TwoClausesWithTheirOwnVictimsAreTwoIncidents) {
  auto r = ExtractText("قُتل طفل برصاص قناص حوثي في حي عصيفرة، وأصيبت امرأتان بقذيفة هاون في حي الجحملية بمدينة تعز، اليوم.",
                       "2021-03-07");
  ASSERT_EQ(r.events.size(), 2u);
  EXPECT_EQ(r.events[0].sub_event_type, "Attack");
  EXPECT_EQ(r.events[0].fatalities, 1);
  EXPECT_EQ(r.events[0].wounded, std::nullopt);
  EXPECT_EQ(r.events[1].sub_event_type, "Shelling/artillery/missile attack");
  EXPECT_EQ(r.events[1].wounded, 2);
  EXPECT_EQ(r.events[1].fatalities, std::nullopt);
  // One clause with its victims and a weapon in another clause stay one incident.
  r = ExtractText("قُتل ثلاثة جنود، اليوم، في هجوم مسلح على حاجز للجيش قرب مدينة درعا، استخدم فيه المهاجمون قذائف الهاون.",
                  "2021-03-07");
  EXPECT_EQ(r.events.size(), 1u);
}

// "خمس غارات على X، وثلاث أخرى على Y": the count of "others" repeats the strike at
// another place, an incident of its own.
TEST(Events, OtherStrikesCountedAtAnotherPlaceAreAnIncident) {
  // (In a sentence that tells more of a strike told before: the others are not that one.)
  auto r = ExtractText(
      "قُتل ثلاثة مدنيين، مساء أمس، في غارة على مدينة الحديدة.\n\n"
      "وأفادت مصادر بأن المقاتلات شنت ضربات على بنى تحتية للمياه، بالإضافة إلى ثلاث غارات على محافظة حجة، "
      "وثلاث أخرى على محافظة صعدة.",
      "2024-03-14");
  ASSERT_GE(r.events.size(), 2u);
  EXPECT_EQ(r.events[0].fatalities, 3);
  EXPECT_EQ(r.events.back().place.location, "Saada");
  EXPECT_EQ(r.events.back().sub_event_type, "Air/drone strike");
  // "others" of no count is no incident ("مواقع أخرى").
  r = ExtractText("شن الطيران الحربي، مساء أمس، غارات على مدينة معرة النعمان ومواقع أخرى في ريفها.", "2024-03-14");
  EXPECT_EQ(r.events.size(), 1u);
}

// "الغارات لم تقتصر على X، بل طالت Y": the background is the clause that says it; the
// strikes the sentence then tells, at other places, are incidents.
TEST(Events, NotOnlyHereButThereTellsTheStrikesThere) {
  auto r = ExtractText(
      "قُتل ثلاثة مدنيين، مساء أمس، في غارة على مدينة الحديدة.\n\n"
      "وأفادت مصادر محلية بأن الغارات لم تقتصر على الحديدة، بل طالت محافظات أخرى، حيث شنت المقاتلات غارتين على "
      "مدينة حجة، وثلاثاً أخرى على مدينة صعدة.",
      "2024-03-14");
  ASSERT_EQ(r.events.size(), 3u);
  std::vector<std::string> places;
  for (const auto& e : r.events) places.push_back(e.place.location);
  EXPECT_NE(std::find(places.begin(), places.end(), "Hajjah"), places.end());
  EXPECT_NE(std::find(places.begin(), places.end(), "Saada"), places.end());
}

// A short first line that ends with a full stop is the lead sentence, not a title: its
// incident stands on its own.
TEST(Events, AShortFirstLineEndingWithAStopIsNoTitle) {
  auto r = ExtractText("قصفت المدفعية الإسرائيلية أطراف بلدة كفرشوبا في جنوب لبنان.\n\nوقال مصدر محلي إن الأهالي غادروا منازلهم.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Shelling/artillery/missile attack");
  // Without the stop the same line is a title, and nothing in the body confirms it.
  r = ExtractText("قصف مدفعي إسرائيلي على أطراف بلدة كفرشوبا في جنوب لبنان\n\nوقال مصدر محلي إن الطقس كان ماطرا.");
  EXPECT_TRUE(r.events.empty());
}

// "شمالي X"، "قرب X": a reference point beside the place named outright, wherever it stands.
TEST(Events, APlaceAfterADirectionWordIsAReferencePoint) {
  auto r = ExtractText("وفي محلية كبكابية غربي الفاشر، شنّ الطيران الحربي، أمس الأربعاء، غارات جوية على السوق الرئيسي.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].place.location_ar.find("الفاشر"), std::string::npos) << r.events[0].place.location_ar;
  // Places after "بالقرب من" are landmarks, not a place named outright.
  r = ExtractText("قُتل 12 مدنياً، أمس الأربعاء، في شرق بوركينا فاسو بالقرب من توغو وبنين.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].place.country_code, "BF");
  // "قرب الحدود مع نيجيريا": the country across the border.
  r = ExtractText("قُتل خمسة جنود، أمس الأربعاء، في هجوم على موقع عسكري في جزر بحيرة تشاد قرب الحدود مع نيجيريا.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_NE(r.events[0].place.country_code, "NG");
  // "بلدة X التابعة لمنطقة Y": the area the town belongs to.
  r = ExtractText("اعتقلت قوى الأمن، أمس الأربعاء، خمسة أشخاص خلال حملة مداهمات في بلدة الحوايج التابعة لمنطقة ذيبان.");
  ASSERT_EQ(r.events.size(), 1u);
}

// "لم تشهد أي عمليات لنزع الألغام": operations denied do not make the sentence a summary.
TEST(Events, DeniedOperationsDoNotMakeASummary) {
  auto r = ExtractText("قُتل طفلان، أمس الأربعاء، بانفجار لغم أرضي قرب قرية الصور بريف دير الزور، في منطقة لم تشهد أي "
                       "عمليات لنزع الألغام منذ سنوات.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Remote explosive/landmine/IED");
}

// Trigger families news use for arrests, projectiles and protests.
TEST(Events, MoreTriggerFamilies) {
  auto r = ExtractText("أعلنت وزارة الداخلية، في بلاغ، إيقاف عنصر تكفيري، أمس الأربعاء، بمدينة القصرين.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Arrests");
  r = ExtractText("سقط مقذوف أُطلق من داخل الأراضي اليمنية، مساء أمس، على قرية في محافظة صامطة بمنطقة جازان.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Shelling/artillery/missile attack");
  for (const char* text : {"نظّم المئات، أمس الأربعاء، وقفة أمام مقر الأمم المتحدة في مدينة بورتسودان.",
                           "انطلقت مسيرة حاشدة، أمس الأربعاء، من أمام المسجد الكبير في مدينة إربد."}) {
    r = ExtractText(text);
    ASSERT_EQ(r.events.size(), 1u) << text;
    EXPECT_EQ(r.events[0].event_type, "Protests") << text;
  }
  // A stop or an arrest told as a time or an attempt is no new arrest.
  for (const char* text : {"توفي شاب في مركز للشرطة بمدينة نواكشوط، أمس الأربعاء، بعد توقيفه بيومين.",
                           "انفجرت سيارة مفخخة، أمس الأربعاء، عند حاجز للجيش في مدينة الرمادي بعد أن حاول الجنود إيقافها."}) {
    for (const auto& e : ExtractText(text).events) EXPECT_NE(e.sub_event_type, "Arrests") << text;
  }
  EXPECT_TRUE(ExtractText("وطالب المجتمعون بإيقاف الحرب في السودان فوراً.").events.empty());
}

// A protest's demands and banners name what it is about, not where it is held nor who met it.
TEST(Events, WhatAProtestIsAboutIsNotWhereItIsHeld) {
  auto r = ExtractText("نظّم المئات، أمس الأربعاء، وقفة احتجاجية في مدينة بورتسودان، طالبوا فيها بتصنيف قوات الدعم السريع "
                       "منظمة إرهابية، ورفعوا صوراً لضحايا الانتهاكات في ولاية الجزيرة.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].place.admin1, "Red Sea");
  EXPECT_TRUE(r.events[0].actor2.empty()) << r.events[0].actor2;
  // The force that met it, in the clause after the demand, still did.
  r = ExtractText("شارك العشرات في مسيرة سلمية، أمس الأربعاء، في بلدة بيت دجن شرق نابلس رفضاً للاستيطان، قمعتها قوات "
                  "الاحتلال بقنابل الغاز.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_FALSE(r.events[0].actor2.empty());
}

// The weapon an interception stopped is not an attack of its own; nor is a purpose.
TEST(Events, WhatWasStoppedOrIsMeantIsNoAttack) {
  auto r = ExtractText("أعلن التحالف، اليوم الخميس، اعتراض وتدمير طائرة دون طيار مفخخة أطلقت باتجاه مدينة جازان.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Disrupted weapons use");
  EXPECT_TRUE(ExtractText("وأكد المتحدث أن القيادة تتخذ الإجراءات اللازمة لحماية المدنيين في جازان من الهجمات العدائية.")
                  .events.empty());
}

// Common words that name villages somewhere are not places here.
TEST(Events, CommonWordsAreNotPlaces) {
  auto r = ExtractText("قُتل مدني، أمس الأربعاء، برصاص مسلحين في قرية المشاهدة بقضاء الطارمية، أصابه في الرأس قبل أن يفر "
                       "المهاجمون باتجاه بساتين المنطقة.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].place.admin1, "Baghdad");
}

// location_ar is the place's name as the article spells it, not another spelling the
// gazetteer holds; an area reported for a place inside it keeps the area's own name.
TEST(Events, ThePlaceIsNamedInArabicAsTheArticleSpellsIt) {
  auto r = ExtractText("اعترضت الدفاعات الجوية السعودية، أمس الأحد، صاروخاً باليستياً أطلقه الحوثيون باتجاه مدينة جازان.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].place.location_ar, "جازان");  // the gazetteer: "جيزان"
  r = ExtractText("اختطف مسلحون مجهولون، أمس الأحد، شاباً في بلدة خربة غزالة بريف درعا الشرقي.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].place.location, "Khirbat Ghazalah");
  EXPECT_EQ(r.events[0].place.location_ar, "خربة غزالة");  // the gazetteer: "خربة الغزالة"
  // (Quote marks and diacritics are not part of the name.)
  r = ExtractText("اعتقلت قوات سوريا الديمقراطية، أمس الأحد، خمسة أشخاص في مخيم \"الهول\" شرقي الحسكة.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].place.location_ar, "مخيم الهول");
  r = ExtractText("خرجت مظاهرة، أمس الأحد، في بلدة القريّا جنوبي السويداء.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].place.location_ar, "القريا");
  // A quarter coded at its city: the city's name.
  r = ExtractText("أصيبت طفلة بجروح، مساء أمس الأحد، برصاص قناص حوثي في حي الروضة شمالي مدينة تعز.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].place.location, "Taiz");
  EXPECT_EQ(r.events[0].place.location_ar, "تعز");
}

// A missile or drone stopped is the interception alone, also when its object is told after
// the day between commas.
TEST(Events, TheWeaponStoppedAfterTheDayIsPartOfTheInterception) {
  auto r = ExtractText("اعترضت الدفاعات الجوية السعودية، أمس الأحد، صاروخاً باليستياً أطلقه الحوثيون باتجاه مدينة جازان.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Disrupted weapons use");
  EXPECT_EQ(r.events[0].actor2, "Houthi Movement");
  EXPECT_EQ(r.events[0].place.admin1, "Jazan");
  // (A second clause of its own is another incident.)
  r = ExtractText("اعترضت الدفاعات الجوية السعودية، أمس الأحد، صاروخاً باليستياً فوق مدينة جازان، فيما سقطت قذائف "
                  "أطلقها الحوثيون على قرية في محافظة صامطة.");
  EXPECT_EQ(r.events.size(), 2u);
}

// The force that met a protest is its second actor, also when the protesters it hurt were
// read as the side hit; suppressing or dispersing it is an intervention.
TEST(Events, TheForceThatSuppressedAProtestIsItsSecondActor) {
  auto r = ExtractText("أصيب عدد من المواطنين بالاختناق، أمس الجمعة، خلال قمع قوات الاحتلال المسيرة الأسبوعية السلمية في "
                       "بلدة كفر قدوم.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Protest with intervention");
  EXPECT_EQ(r.events[0].actor1, "Protesters (Palestine)");
  EXPECT_EQ(r.events[0].actor2, "Military Forces of Israel (2022-)");
  r = ExtractText("فرّقت قوات الأمن، أمس الجمعة، وقفة احتجاجية أمام مبنى المحافظة في مدينة الخليل.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Protest with intervention");
}

// "حافلة نقل": "transport" after a vehicle is no report verb, and the place after it is where
// it happened, not where a report came from.
TEST(Events, ATransportBusIsNoReport) {
  auto r = ExtractText("وفي منطقة موبتي، اختطف مسلحون مجهولون، مساء الثلاثاء، 14 راكباً كانوا على متن حافلة نقل على بعد "
                       "نحو 20 كيلومتراً جنوب مدينة باندياغارا.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].place.location, "Bandiagara");
}

// "ومن دون وقوع خسائر": no losses of any kind, so no one killed or hurt; a warship with its
// country's adjective is that country's forces; the seas off Yemen are places of their own.
TEST(Events, AnInterceptionWithoutLossesAtSea) {
  auto r = ExtractText("قالت القيادة المركزية الأميركية إن إحدى المدمرات الأميركية أسقطت، مساء الأربعاء، صاروخاً مضاداً "
                       "للسفن أطلقه الحوثيون باتجاه ناقلة تجارية في خليج عدن.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].actor1, "Military Forces of the United States");
  EXPECT_EQ(r.events[0].actor2, "Houthi Movement");
  EXPECT_EQ(r.events[0].place.location, "Gulf of Aden");
  EXPECT_EQ(r.events[0].place.country_code, "YE");
  r = ExtractText("تصدت المضادات الأرضية للجيش، فجر اليوم، لعدد من المسيرات التي أطلقتها قوات الدعم السريع باتجاه مدينة "
                  "شندي، بحسب مصدر عسكري أكد أن المسيرات أسقطت قبل وصولها إلى أهدافها، ومن دون وقوع خسائر.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].fatalities, 0);
  EXPECT_EQ(r.events[0].wounded, 0);
  // ("في البحر الأحمر" is the sea; with its type word, the Sudanese state.)
  r = ExtractText("أعلنت جماعة الحوثي، اليوم، استهداف سفينة تجارية في البحر الأحمر بصواريخ بحرية.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].place.location, "Red Sea");
  r = ExtractText("قتل ثلاثة أشخاص، اليوم، في قصف بمسيرة على مدينة سواكن في ولاية البحر الأحمر.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].place.country_code, "SD");
}

// "شملت: كايس، ساندري، نيورو، قانقوتيري": an item of a list of places that the gazetteer lacks
// is a place of its own, named as written, in the area of the list's places.
TEST(Events, AListedPlaceTheGazetteerLacksIsAPlaceOfItsOwn) {
  auto r = ExtractText("أعلنت جماعة نصرة الإسلام والمسلمين تنفيذ هجمات على مواقع للجيش في مالي، شملت: كايس، ساندري، نيورو، "
                       "قانقوتيري.");
  ASSERT_EQ(r.events.size(), 4u);
  EXPECT_EQ(r.events[3].place.location_ar, "قانقوتيري");
  EXPECT_EQ(r.events[3].place.country_code, "ML");
  EXPECT_EQ(r.events[3].place.admin1, "Kayes");
  // (A word with the article is no such item, nor one with a pronoun or a plural noun.)
  r = ExtractText("أعلنت جماعة نصرة الإسلام والمسلمين تنفيذ هجمات على مواقع للجيش في مالي، شملت: كايس، ساندري، "
                  "المعسكرات.");
  EXPECT_EQ(r.events.size(), 2u);
  r = ExtractText("قصفت قوات النظام، أمس، مناطق عدة في ريف إدلب، شملت: كفرنبل، معرتحرمة، ومحيطها.");
  EXPECT_EQ(r.events.size(), 2u);
  r = ExtractText("شنت طائرات حربية، أمس، غارات على أهداف في محافظة حلب، شملت: مطار حلب، مستودعات، ومقرات عسكرية.");
  EXPECT_EQ(r.events.size(), 1u);
}

// "وفي مدينة أم درمان، ..." turns to another incident: a town that opens a sentence is where
// it happened (not an area for a place named later in a background clause), and the protesters
// named again with the article there are another crowd.
TEST(Events, ASentenceThatOpensWithAnotherTownTellsAnotherIncident) {
  auto r = ExtractText("قُتل متظاهر برصاص قوات الأمن، اليوم الخميس، خلال تفريق مواكب مناهضة للحكم العسكري في مدينة الخرطوم "
                       "بحري.\n\nوفي مدينة أم درمان، أطلقت قوات الشرطة الغاز المسيل للدموع لتفريق آلاف المتظاهرين الذين "
                       "حاولوا الوصول إلى مبنى البرلمان، بعد أن أغلقت السلطات الجسور الرابطة بين مدن العاصمة.");
  ASSERT_EQ(r.events.size(), 2u);
  EXPECT_EQ(r.events[0].place.location, "Khartoum North");
  EXPECT_EQ(r.events[1].place.location, "Omdurman");
  EXPECT_EQ(r.events[1].sub_event_type, "Protest with intervention");
}

// A local militia of other countries is a description where it does not act: "وهي ميليشيا
// مدنية" of Burkina Faso's volunteers is not Nigeria's vigilante force.
TEST(Events, AForeignLocalMilitiaIsADescription) {
  auto r = ExtractText("قُتل ما لا يقل عن 15 من «متطوعي الدفاع عن الوطن»، وهي ميليشيا مدنية تقاتل إلى جانب جيش بوركينا "
                       "فاسو، أمس، في هجوم استهدف موقعاً لهم قرب مدينة جيبو شمال البلاد.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].actor1.find("Nigeria"), std::string::npos) << r.events[0].actor1;
  EXPECT_EQ(r.events[0].actor2, "VDP: Volunteers for the Defense of the Homeland (Burkina Faso)");
  // (In its own country, the name stands.)
  r = ExtractText("هاجمت ميليشيا مدنية، أمس، مسلحين من بوكو حرام قرب مدينة مايدوغوري، ما أدى إلى مقتل خمسة منهم.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].actor1, "Vigilante Joint Task Force (Nigeria)");
}

// "على طريق جوبا - نمولي قرب بلدة نمولي": a town the road joins that is named near the incident
// is where it happened, not the road's first town; and "كميناً" is an ambush, not "ك" + Minna.
TEST(Events, TheTownNearTheIncidentOnARoadIsItsPlace) {
  auto r = ExtractText("قتل سائق شاحنة برصاص مسلحين مجهولين نصبوا كميناً على طريق جوبا - نمولي قرب بلدة نمولي بولاية شرق "
                       "الاستوائية مساء الأحد.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].place.location, "Nimule");
  EXPECT_EQ(r.events[0].place.country_code, "SS");
  // (A road alone is placed at its first town.)
  r = ExtractText("قتل سائق شاحنة برصاص مسلحين مجهولين نصبوا كميناً على طريق جوبا - نمولي مساء الأحد.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].place.location, "Juba road");
}

// Houthi media: "طيران العدوان" told after "العدوان الأمريكي البريطاني" is the American strikes;
// with nothing named before it, the Saudi-led coalition's. "يستهدف السيادة اليمنية" names no side.
TEST(Events, TheAggressorsAviationIsTheOneNamedBefore) {
  auto r = ExtractText("شن طيران العدوان الأمريكي البريطاني، اليوم، ثلاث غارات على مديرية اللحية بمحافظة الحديدة.\n\nكما شن "
                       "طيران العدوان غارتين على جزيرة كمران، مساء أمس، في تصعيد جديد يستهدف السيادة اليمنية.");
  ASSERT_EQ(r.events.size(), 2u);
  EXPECT_EQ(r.events[1].actor1, "Military Forces of the United States");
  EXPECT_EQ(r.events[1].actor2, "");
  r = ExtractText("شن طيران العدوان، مساء أمس، غارتين على جزيرة كمران بمحافظة الحديدة.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].actor1, "Operation Restoring Hope (Saudi-led)");
}

// An anti-tank round fired at troops or their vehicles is direct fire, a battle; a guided
// missile from afar stays a missile attack.
TEST(Events, AnAntiTankRoundAtTroopsIsABattle) {
  auto r = ExtractText("أعلنت كتائب القسام، الجناح العسكري لحركة حماس، أن مقاتليها استهدفوا اليوم ناقلة جند إسرائيلية بقذيفة "
                       "\"الياسين 105\" في محيط مخيم جباليا شمالي القطاع.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Armed clash");
  EXPECT_EQ(r.events[0].actor1, "Al Qassam Brigades (Hamas)");
  EXPECT_EQ(r.events[0].actor2, "Military Forces of Israel (2022-)");
  r = ExtractText("أعلن حزب الله، اليوم، قصفه بصاروخين موجهين قوة إسرائيلية في محيط موقع المالكية.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Shelling/artillery/missile attack");
}

// An attack on civilians stays one when the next sentence tells of the residents who stood up
// to it ("الأهالي الذين تصدوا للهجوم").
TEST(Events, TheResidentsWhoStoodUpToAnAttackMakeNoBattle) {
  auto r = ExtractText("هاجم مستوطنون، مساء أمس، قرية المغير شمال شرقي رام الله، وأضرموا النار في مركبتين، ما أدى إلى إصابة "
                       "ثلاثة مواطنين برضوض، وفق ما أفاد به رئيس مجلس قروي المغير.\n\nوأضاف أن المستوطنين هاجموا القرية تحت "
                       "حماية جنود الاحتلال، الذين أطلقوا قنابل الغاز باتجاه الأهالي الذين تصدوا للهجوم.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Attack");
  EXPECT_EQ(r.events[0].wounded, 3);
}

// "مسيرة حاشدة دعت إليها الجماعة تضامناً مع قطاع غزة ورفضاً للضربات الأميركية": a call for the
// protest told is no plan; what the protest is about is no incident; a peaceful protest has no
// second actor.
TEST(Events, WhoCalledAProtestAndWhatItIsAboutAreNotIncidents) {
  auto r = ExtractText("شهدت العاصمة صنعاء، يوم الجمعة الماضي، مسيرة حاشدة دعت إليها جماعة الحوثي تضامناً مع قطاع غزة "
                       "ورفضاً للضربات الأميركية.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Peaceful protest");
  EXPECT_EQ(r.events[0].place.location, "Sanaa");
  EXPECT_EQ(r.events[0].actor2, "");
  // (A square named after a district is a spot in the city told beside it: one event, in Sanaa.)
  r = ExtractText("شهدت العاصمة صنعاء، يوم الجمعة الماضي، مسيرة حاشدة في ميدان السبعين دعت إليها جماعة الحوثي.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].place.location, "Sanaa");
  // (A call for what is to come still is: "دعت الجماعة إلى مسيرة حاشدة يوم الجمعة المقبل".)
  EXPECT_TRUE(ExtractText("دعت جماعة الحوثي إلى مسيرة حاشدة في العاصمة صنعاء يوم الجمعة المقبل.").events.empty());
}

// "الأجهزة الأمنية التابعة للمجلس الانتقالي": a state's generic forces said to belong to a group
// are that group, not the police and the group as two sides.
TEST(Events, GenericForcesOfAGroupAreThatGroup) {
  auto r = ExtractText("اشتبكت الأجهزة الأمنية التابعة للمجلس الانتقالي الجنوبي، فجر اليوم، مع مسلحين من تنظيم القاعدة في "
                       "مديرية المحفد بمحافظة أبين.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].actor1, "STC: Southern Transitional Council");
  EXPECT_EQ(r.events[0].actor2, "AQAP: Al Qaeda in the Arabian Peninsula");
}

// "تفجير انتحاري ... استهدف نقطة تفتيش أمنية": a force's post hit names the state's forces as hit;
// a title's "وحركة الشباب تتبنى" (present tense) is a claim, not the side hit.
TEST(Events, ACheckpointHitIsTheStatesForces) {
  auto r = ExtractText("مقديشو.. تفجير انتحاري يضرب نقطة تفتيش وحركة الشباب تتبنى\n\nقُتل ستة أشخاص، بينهم جنديان، وأصيب 11 "
                       "آخرون، صباح اليوم الأربعاء، في تفجير انتحاري بسيارة مفخخة استهدف نقطة تفتيش أمنية في مديرية حودن "
                       "بالعاصمة الصومالية مقديشو.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sub_event_type, "Suicide bomb");
  EXPECT_EQ(r.events[0].actor1, "Al Shabaab");
  EXPECT_EQ(r.events[0].actor2, "Military Forces of Somalia");
  // (An attack on a village stays an attack on civilians.)
  r = ExtractText("قتل مسلحون مجهولون، أمس، خمسة أشخاص في هجوم على قرية قرب مدينة جوهر.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].actor2, "Civilians (Somalia)");
}

}  // namespace
}  // namespace rasad::extract
