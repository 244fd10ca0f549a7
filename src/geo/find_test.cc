// Geocoder::Find on small sentences: clitics, type words, directions, quotes,
// coordination, stopwords, longest names.
#include <gtest/gtest.h>

#include "geo/test_data.h"

namespace rasad::geo {
namespace {

std::string Key(std::string_view s) { return text::NormalizeKey(s); }

TEST(Find, ProcliticsAndTypeWords) {
  Analysis a = Analyze("قصف مدفعي بريف دير الزور واستهداف والحسكة وهجوم بمدينة منبج.");
  const Analyzed* dz = a.Get("دير الزور");
  ASSERT_NE(dz, nullptr);
  EXPECT_EQ(dz->mention.type_word, Key("ريف"));
  EXPECT_TRUE(dz->mention.countryside);
  EXPECT_TRUE(dz->mention.strong);
  EXPECT_TRUE(dz->mention.has_preposition);  // the ب of بريف
  EXPECT_EQ(a.text.text.substr(dz->mention.span_begin, dz->mention.span_end - dz->mention.span_begin),
            Key("بريف دير الزور"));
  // "والحسكة": the name starts after و.
  const Analyzed* h = a.Get("الحسكة");
  ASSERT_NE(h, nullptr);
  EXPECT_EQ(h->mention.key, Key("الحسكة"));
  const Analyzed* m = a.Get("منبج");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->mention.type_word, Key("مدينة"));
  EXPECT_TRUE(m->mention.has_preposition);
}

TEST(Find, LamLamAndQuotes) {
  // لل = ل + ال; quotes vanish in normalization (لـ"قسد"-style).
  Analysis a = Analyze("وصلت تعزيزات للحسكة، وعاد النازحون إلى مخيم \"الهول\".");
  ASSERT_NE(a.Get("لحسكة"), nullptr);  // the name span starts at the article's ل
  EXPECT_EQ(a.Get("لحسكة")->mention.key, Key("الحسكة"));
  const Analyzed* hol = a.Get("مخيم الهول");
  ASSERT_NE(hol, nullptr);
  ASSERT_EQ(hol->mention.candidates.size(), 1u);
  EXPECT_EQ(TestGazetteer().place(hol->mention.candidates[0]).type, PlaceType::kCamp);
}

TEST(Find, DirectionsBeforeAndAfter) {
  Analysis a = Analyze("غارات شمال غربي إدلب، واشتباكات في ريف درعا الشمالي، وقصف شرقي الحسكة وجنوب حلب.");
  ASSERT_NE(a.Get("إدلب"), nullptr);
  EXPECT_EQ(a.Get("إدلب")->mention.direction, Direction::kNW);
  const Analyzed* d = a.Get("درعا");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->mention.direction, Direction::kN);
  EXPECT_TRUE(d->mention.countryside);
  EXPECT_EQ(a.text.text.substr(d->mention.span_begin, d->mention.span_end - d->mention.span_begin),
            Key("ريف درعا الشمالي"));
  ASSERT_NE(a.Get("الحسكة"), nullptr);
  EXPECT_EQ(a.Get("الحسكة")->mention.direction, Direction::kE);
  ASSERT_NE(a.Get("حلب"), nullptr);
  EXPECT_EQ(a.Get("حلب")->mention.direction, Direction::kS);
}

TEST(Find, TheCapitalIsATypeWord) {
  // "شرق العاصمة حلب": the direction reaches the name over the word for a capital.
  Analysis a = Analyze("اشتباكات في بلدة منبج شرق العاصمة حلب، ووقفة في العاصمة إدلب.");
  const Analyzed* h = a.Get("حلب");
  ASSERT_NE(h, nullptr);
  EXPECT_EQ(h->mention.direction, Direction::kE);
  EXPECT_EQ(h->mention.type_word, Key("مدينة"));
  const Analyzed* i = a.Get("إدلب");
  ASSERT_NE(i, nullptr);
  EXPECT_EQ(i->mention.type_word, Key("مدينة"));
  EXPECT_TRUE(i->mention.strong);
  // "عاصمة X" is the capital of the area X, which keeps its own type word.
  Analysis b = Analyze("قصف على مدينة الحسكة عاصمة الجزيرة السورية.");
  const Analyzed* m = b.Get("الحسكة");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->mention.type_word, Key("مدينة"));
  for (const Analyzed& x : b.items) {
    if (x.mention.begin > m->mention.end) {
      EXPECT_NE(x.mention.type_word, Key("مدينة")) << x.name;
    }
  }
}

TEST(Find, NearQualifiers) {
  Analysis a = Analyze("انفجار عبوة بالقرب من بلدة خبب وعلى أطراف مدينة درعا.");
  ASSERT_NE(a.Get("خبب"), nullptr);
  EXPECT_TRUE(a.Get("خبب")->mention.near);
  EXPECT_EQ(a.Get("خبب")->mention.type_word, Key("بلدة"));
  ASSERT_NE(a.Get("درعا"), nullptr);
  EXPECT_TRUE(a.Get("درعا")->mention.near);
}

TEST(Find, PluralTypeWordsApplyToCoordinatedNames) {
  Analysis a = Analyze("توزعت العمليات بمحافظات الرقة والحسكة ودير الزور.");
  ASSERT_EQ(a.items.size(), 3u);
  for (const Analyzed& x : a.items) EXPECT_EQ(x.mention.type_word, Key("محافظة")) << x.name;
  EXPECT_TRUE(a.items[1].mention.coordinated);
  EXPECT_TRUE(a.items[2].mention.coordinated);
}

TEST(Find, LongestNameWins) {
  Analysis a = Analyze("قصف على ريف دمشق وفي ولاية شمال دارفور وفي شمال شرقي سوريا.");
  ASSERT_NE(a.Get("ريف دمشق"), nullptr);  // the admin1, not ريف + دمشق
  EXPECT_EQ(a.Get("ريف دمشق")->mention.type_word, "");
  ASSERT_NE(a.Get("شمال دارفور"), nullptr);
  EXPECT_EQ(a.Get("شمال دارفور")->mention.type_word, Key("ولاية"));
  ASSERT_NE(a.Get("شمال شرقي سوريا"), nullptr);
}

TEST(Find, StopwordNamesNeedTheirCue) {
  // السلام and السوق are villages and neighbourhoods too.
  Analysis bare = Analyze("دعا إلى السلام بعد انفجار في السوق.");
  // (the gazetteer also has an Iraqi "قرية السلام": the type word is still read as a cue)
  EXPECT_EQ(bare.Get("السلام"), nullptr);
  EXPECT_EQ(bare.Get("السوق"), nullptr);
  Analysis cued = Analyze("اشتباكات في قرية السلام وحي السوق.");
  ASSERT_NE(cued.Get("السلام"), nullptr);
  EXPECT_EQ(cued.Get("السلام")->mention.type_word, Key("قرية"));
  ASSERT_NE(cued.Get("السوق"), nullptr);
  // A common word is not split into proclitic + place ("بيان" is not ب + "يان").
  Analysis w = Analyze("أصدر بيانا وبيان آخر.");
  EXPECT_TRUE(w.items.empty());
}

TEST(Find, ATypeWordWithTheArticleIsNoPlaceEvenAfterATypeWord) {
  // "المدينة" (Medina; "the city"), "المخيم" (a Yemeni village; "the camp"): after a type
  // word they still name the place told before ("أحياء المدينة": the city's neighbourhoods).
  Analysis a = Analyze("قصفت القوات مدينة الفاشر، وسقطت القذائف على أحياء المدينة وعلى منطقة المخيم.");
  ASSERT_NE(a.Get("الفاشر"), nullptr);
  EXPECT_EQ(a.Get("المدينة"), nullptr);
  EXPECT_EQ(a.Get("المخيم"), nullptr);
  // A common-word name that is no type word still takes its type word.
  ASSERT_NE(Analyze("اشتباكات في حي السوق.").Get("السوق"), nullptr);
}

TEST(Find, AnUnknownNameOpenedByAHeadWordAfterTheAreaWord) {
  // "منطقة" + a name that opens with "عين"، "آل"، "جبل": a locality the gazetteer lacks.
  Analysis a = Analyze("اشتباكات في منطقة عين زبرقة جنوب العاصمة طرابلس، وقصف على منطقة آل مسعود.");
  const Analyzed* u = a.Get("عين زبرقة");
  ASSERT_NE(u, nullptr);
  EXPECT_TRUE(u->mention.unknown);
  EXPECT_EQ(u->mention.type_word, Key("منطقة"));
  EXPECT_NE(a.Get("آل مسعود"), nullptr);
  // Without a head word, the area word still takes no unknown name ("منطقة حدودية").
  Analysis plain = Analyze("قصف على منطقة حدودية في محافظة صعدة.");
  EXPECT_EQ(plain.Get("حدودية"), nullptr);
}

TEST(Find, ADualTypeWordOpensAnUnknownName) {
  // "قريتي أم الكيف والدردارة": the dual names two villages, the first one the gazetteer lacks
  // (its head word "أم" alone is no place).
  Analysis a = Analyze("قصفت القوات التركية بالمدفعية الثقيلة قريتي أم الكيف والدردارة شمال غربي الحسكة.");
  const Analyzed* u = a.Get("أم الكيف");
  ASSERT_NE(u, nullptr);
  EXPECT_TRUE(u->mention.unknown);
  EXPECT_EQ(a.Get("أم"), nullptr);
  ASSERT_NE(a.Get("الدردارة"), nullptr);
  // A plural still opens none: "قرى متفرقة".
  EXPECT_EQ(Analyze("قصفت القوات قرى متفرقة في ريف الحسكة.").Get("متفرقة"), nullptr);
}

TEST(Find, NigeriasLocalGovernmentAreaIsADistrict) {
  // "منطقة الحكم المحلي مارو"، "منطقة مارو المحلية": a local government area (admin2), a short
  // name found by its sound.
  for (const char* text : {"هجوم على ثلاث قرى في منطقة الحكم المحلي مارو بولاية زامفارا شمال غربي نيجيريا.",
                           "خطف مسلحون أربعين شخصاً من قرية في منطقة مارو المحلية بولاية زامفارا في نيجيريا."}) {
    Analysis a = Analyze(text);
    const Analyzed* m = a.Get("مارو");
    ASSERT_NE(m, nullptr) << text;
    ASSERT_NE(m->resolution.place, nullptr) << text;
    EXPECT_EQ(m->resolution.place->name_en, "Maru") << text;
  }
}

TEST(Find, ANameWithTheArticleIsThePlaceTheGazetteerWritesWithoutIt) {
  // "بلدة الشحيل": the gazetteer has "شحيل" (Shahil, Deir ez-Zor); trusted as a sound-alike is,
  // so not a namesake outside the area named beside it.
  Analysis a = Analyze("قُتل عنصران من قسد بهجوم على نقطة عسكرية في بلدة الشحيل بريف دير الزور الشرقي.");
  const Analyzed* m = a.Get("الشحيل");
  ASSERT_NE(m, nullptr);
  ASSERT_NE(m->resolution.place, nullptr);
  EXPECT_EQ(m->resolution.place->name_en, "Shahil");
}

TEST(Find, ThatHeIsNoTown) {
  // "بأنه" / "وأنه" normalize to the names of an Iranian city and Iraqi villages.
  Analysis a = Analyze("صرّح المتحدث الأمني بأنه تم القبض على مطلوب في بلدة العوامية، وأنه كان مسلحاً.");
  EXPECT_EQ(a.Get("بأنه"), nullptr);
  EXPECT_EQ(a.Get("وأنه"), nullptr);
  EXPECT_NE(a.Get("العوامية"), nullptr);
}

TEST(Find, AValleyToldByWhereItLiesIsAPlaceOfItsOwn) {
  // "في وادي عومران شرقي مودية": a valley the gazetteer lacks, placed in the area of the town
  // it lies from; not without the direction, nor a known name ("في جبل لبنان").
  Analysis a = Analyze("انفجرت عبوة ناسفة بعربة عسكرية أثناء مرورها في وادي عومران شرقي مودية بمحافظة أبين.");
  const Analyzed* v = a.Get("وادي عومران");
  ASSERT_NE(v, nullptr);
  EXPECT_TRUE(v->mention.unknown);
  ASSERT_NE(v->resolution.place, nullptr);
  EXPECT_EQ(v->resolution.place->name_en, "Abyan");
  EXPECT_EQ(Analyze("انفجرت عبوة ناسفة في وادي عومران أمس.").Get("وادي عومران"), nullptr);
}

TEST(Find, ADistrictToldByItsProvincesCityLiesInThatProvince) {
  // "مديرية حيس جنوبي الحديدة": south of the governorate, whose city shares its name; the district
  // lies far from the city but in its province, so it is not a far namesake.
  Analysis a = Analyze("قُتل طفل، أمس، بانفجار لغم أرضي في أطراف مديرية حيس جنوبي الحديدة.");
  const Analyzed* m = a.Get("حيس");
  ASSERT_NE(m, nullptr);
  ASSERT_NE(m->resolution.place, nullptr);
  EXPECT_EQ(m->resolution.place->name_en, "Hays");
}

TEST(Find, HighlandsAreNamedLikeAnArea) {
  // "بمرتفعات جبل X": the mountain, a locality the gazetteer lacks; "مرتفعات الجولان" the known one.
  Analysis a = Analyze("اشتباك مسلح بمرتفعات جبل البرقوق من ولاية القصرين، وقصف على مرتفعات الجولان.");
  const Analyzed* u = a.Get("جبل البرقوق");
  ASSERT_NE(u, nullptr);
  EXPECT_TRUE(u->mention.unknown);
  ASSERT_NE(a.Get("الجولان"), nullptr);
  EXPECT_FALSE(a.Get("الجولان")->mention.unknown);
}

TEST(Find, AnUnknownNameAfterTheAreaWordWithItsProvinceAfterIt) {
  // "منطقة X بمقاطعة Y"، "منطقة X في ولاية Y": a locality the gazetteer lacks.
  Analysis a = Analyze("هجوم على منطقة كوتاشيم بمقاطعة رمبيك، وكمين في منطقة دولوما في ولاية البحيرات.");
  ASSERT_NE(a.Get("كوتاشيم"), nullptr);
  EXPECT_TRUE(a.Get("كوتاشيم")->mention.unknown);
  ASSERT_NE(a.Get("دولوما"), nullptr);
  // Not an adjective ("منطقة نائية") nor a name with no province after it.
  Analysis adj = Analyze("قصف على منطقة نائية بولاية البحيرات وعلى منطقة كوتاشيم أمس.");
  EXPECT_EQ(adj.Get("نائية"), nullptr);
  EXPECT_EQ(adj.Get("كوتاشيم"), nullptr);
}

TEST(Find, AKnownWordOpeningANameKnownOnlyInLatinScript) {
  // "عدن" is Aden; "بلدة عدن يابال" is the Somali town Aadan Yabaal, read by its sound.
  Analysis a = Analyze("داهمت القوات بلدة عدن يابال بإقليم شبيلي الوسطى، ووصلت تعزيزات إلى مدينة عدن اليمنية.");
  const Analyzed* u = a.Get("عدن يابال");
  ASSERT_NE(u, nullptr);
  EXPECT_TRUE(u->mention.unknown);
  // A known name with no such second word stays itself.
  EXPECT_NE(a.Get("عدن"), nullptr);
}

TEST(Find, UnknownNameAfterASettlementTypeWord) {
  Analysis a = Analyze("هجوم على بلدة زمريتا بريف حلب.");
  const Analyzed* u = a.Get("زمريتا");
  ASSERT_NE(u, nullptr);
  EXPECT_TRUE(u->mention.unknown);
  EXPECT_TRUE(u->mention.candidates.empty());
  // A head word ("بئر") takes the next word into the name, but not a type word ("بولاية").
  Analysis h = Analyze("كمين قرب مدينة بئر بولاية تمبكتو.");
  EXPECT_EQ(h.Get("بئر بولاية"), nullptr);
  EXPECT_NE(h.Get("تمبكتو"), nullptr);
  // Nor is the province the village lies in ("قرية بولاية بورنو": no village "بولاية").
  Analysis v = Analyze("هجوم على قرية بولاية تمبكتو.");
  EXPECT_EQ(v.Get("بولاية"), nullptr);
  EXPECT_NE(v.Get("تمبكتو"), nullptr);
  // "قرية مجاورة" is not a name.
  Analysis b = Analyze("فروا إلى قرية مجاورة.");
  EXPECT_TRUE(b.items.empty());
}

TEST(Find, TypedNamesMayBeReadBySoundLater) {
  // After a type word the name may also be a place known only in Latin script: Resolve looks
  // it up if it needs to; its spelling is kept for that case.
  Analysis a = Analyze("هجوم على بلدة بوسو.");
  const Analyzed* b = a.Get("بوسو");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->mention.sound_min_key, 2);
  EXPECT_EQ(b->mention.written, "بوسو");
  // Not a bare name, nor one with the article.
  EXPECT_EQ(Analyze("هجوم على بوسو.").Get("بوسو")->mention.sound_min_key, 0);
}

TEST(Find, ItemsOfAColonListFoundBySound) {
  // "ساندري" has no Arabic name in the gazetteer (Sandaré, Mali): in a list after a
  // colon that holds a known place, it is looked up by its sound.
  Analysis a = Analyze("استهدفت الهجمات مناطق حدودية، شملت: كايس، ساندري، وجميعها قرب الحدود.");
  const Analyzed* s = a.Get("ساندري");
  ASSERT_NE(s, nullptr);
  EXPECT_TRUE(s->mention.phonetic);
  ASSERT_NE(s->resolution.place, nullptr);
  EXPECT_EQ(s->resolution.place->cc, "ML");
  // No colon, or no known place in the list: no lookup by sound.
  EXPECT_EQ(Analyze("استهدفت الهجمات كايس، ساندري، قرب الحدود.").Get("ساندري"), nullptr);
  EXPECT_EQ(Analyze("قال: فلان، ساندري، وغيرهما.").Get("ساندري"), nullptr);
}

TEST(Find, NamesWrittenAsOneWord) {
  Analysis a = Analyze("قصف بلدة طيرحرفا.");  // the gazetteer writes طير حرفا
  ASSERT_NE(a.Get("طيرحرفا"), nullptr);
  EXPECT_FALSE(a.Get("طيرحرفا")->mention.candidates.empty());
}

TEST(Find, ConjunctionSeparatesNameFromCuesBefore) {
  // "منطقة وادي الشاي" is not "منطقة" + و + "ادي" (a stopword needing a type word).
  Analysis a = Analyze("هجوم في منطقة وادي الشاي جنوب غربي كركوك.");
  EXPECT_EQ(a.Get("ادي"), nullptr);
  ASSERT_NE(a.Get("كركوك"), nullptr);
}

TEST(Find, TypeWordBeforeHeadWordOfUnknownName) {
  // "قرية أم الكيف": the gazetteer lacks the name; the head word "أم" alone is no place.
  Analysis a = Analyze("قتل مدني في قرية أم الكيف بريف الحسكة.");
  EXPECT_EQ(a.Get("ام"), nullptr);
  const Analyzed* u = a.Get("ام الكيف");
  ASSERT_NE(u, nullptr);
  EXPECT_TRUE(u->mention.unknown);
  EXPECT_EQ(u->mention.type_word, Key("قرية"));
}

TEST(Find, TypeWordThatIsAlsoANameIsACue) {
  // "مطار مدينة الأبيض": "مدينة" is the type word of El Obeid, not Medina.
  Analysis a = Analyze("قصفت مسيرة مطار مدينة الأبيض بولاية شمال كردفان.");
  EXPECT_EQ(a.Get("مدينة"), nullptr);
  const Analyzed* o = a.Get("الأبيض");
  ASSERT_NE(o, nullptr);
  EXPECT_EQ(o->mention.type_word, Key("مدينة"));
  EXPECT_EQ(o->ref.country_code, "SD");
}

TEST(Find, CommonWordsAreNotPlaces) {
  // Adjectives and function words that are also village names need their cue.
  Analysis a = Analyze("قالت الخوذ البيضاء وأن أبرز الأضرار طالت الزراعة بصورة واسعة طوال الليل.");
  for (const char* w : {"البيضاء", "وان", "ابرز", "الزراعة", "واسعة", "طوال"}) {
    const Analyzed* m = a.Get(w);
    if (m) {
      EXPECT_EQ(m->resolution.place, nullptr) << w;
    }
  }
  // With a preposition, Al Bayda is a place again.
  Analysis b = Analyze("اشتباكات في البيضاء وسط اليمن.");
  ASSERT_NE(b.Get("البيضاء"), nullptr);
  EXPECT_EQ(b.Get("البيضاء")->ref.country_code, "YE");
}

}  // namespace
}  // namespace rasad::geo
