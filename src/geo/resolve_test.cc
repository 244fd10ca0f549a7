// Geocoder::Resolve and ToPlaceRef on small sentences: context, precision,
// fallbacks, Palestine, countries outside the 19.
#include <gtest/gtest.h>

#include "geo/test_data.h"

namespace rasad::geo {
namespace {

TEST(Resolve, AmbiguousNameByContextBothWays) {
  // سنجار: a district and town in Nineveh (Iraq) and villages in Idlib, Hama, Al-Hasakah.
  Analysis iq = Analyze("هاجم مسلحون قضاء سنجار غربي الموصل في محافظة نينوى.");
  ASSERT_NE(iq.Get("سنجار"), nullptr);
  EXPECT_EQ(iq.Get("سنجار")->ref.country_code, "IQ");
  EXPECT_EQ(iq.Get("سنجار")->ref.admin1, "Nineveh");
  Analysis sy = Analyze("قصفت قوات النظام قرية سنجار بريف إدلب الجنوبي.");
  ASSERT_NE(sy.Get("سنجار"), nullptr);
  EXPECT_EQ(sy.Get("سنجار")->ref.country_code, "SY");
  EXPECT_EQ(sy.Get("سنجار")->ref.admin1, "Idlib");
  EXPECT_EQ(sy.Get("سنجار")->ref.geo_precision, 1);
  // ذيبان: Deir ez-Zor (Syria) or Madaba (Jordan).
  Analysis dz = Analyze("استهدف مسلحون حاجزا في بلدة ذيبان شرقي دير الزور.");
  ASSERT_NE(dz.Get("ذيبان"), nullptr);
  EXPECT_EQ(dz.Get("ذيبان")->ref.admin1, "Deir ez-Zor");
  Analysis jo = Analyze("شهدت بلدة ذيبان في محافظة مادبا احتجاجات.");
  ASSERT_NE(jo.Get("ذيبان"), nullptr);
  EXPECT_EQ(jo.Get("ذيبان")->ref.country_code, "JO");
  // The countries of the actors / source, when the text itself says nothing else.
  ContextHints iq_hint{{{"IQ", 1.0}}}, sy_hint{{{"SY", 1.0}}};
  EXPECT_EQ(Analyze("هجوم في سنجار.", iq_hint).Get("سنجار")->ref.country_code, "IQ");
  EXPECT_EQ(Analyze("هجوم في سنجار.", sy_hint).Get("سنجار")->ref.country_code, "SY");
}

TEST(Resolve, NamesSeenInEarlierArticlesResolveAsTheFirstTime) {
  // The candidates of a name are built once and kept for later articles (per type word).
  const std::string_view text = "قصفت قوات النظام قرية سنجار بريف إدلب الجنوبي، واشتباكات في مدينة حلب.";
  Analysis first = Analyze(text);
  Analysis iq = Analyze("هاجم مسلحون قضاء سنجار غربي الموصل في محافظة نينوى.");
  Analysis again = Analyze(text);
  ASSERT_EQ(first.items.size(), again.items.size());
  for (size_t k = 0; k < first.items.size(); ++k) {
    EXPECT_EQ(first.items[k].resolution.place, again.items[k].resolution.place) << first.items[k].name;
    EXPECT_EQ(first.items[k].resolution.geo_precision, again.items[k].resolution.geo_precision);
    EXPECT_EQ(first.items[k].resolution.confidence, again.items[k].resolution.confidence);
  }
  ASSERT_NE(iq.Get("سنجار"), nullptr);
  EXPECT_EQ(iq.Get("سنجار")->ref.country_code, "IQ");
  // The same name after another type word is another reading.
  Analysis in_city = Analyze("اشتباكات في مدينة إدلب."), in_province = Analyze("اشتباكات في محافظة إدلب.");
  const Analyzed* city = in_city.Get("إدلب");
  const Analyzed* province = in_province.Get("إدلب");
  ASSERT_NE(city, nullptr);
  ASSERT_NE(province, nullptr);
  EXPECT_EQ(city->resolution.place->type, PlaceType::kCity);
  EXPECT_EQ(province->resolution.place->type, PlaceType::kAdmin1);
}

TEST(Resolve, PrecisionFromDirectionsAndCountryside) {
  Analysis a = Analyze("قصف شرقي الحسكة، واشتباكات في ريف درعا الشمالي، وانفجار في محافظة إدلب، وغارة على حلب.");
  const Analyzed* h = a.Get("الحسكة");
  ASSERT_NE(h, nullptr);
  EXPECT_EQ(h->resolution.place->type, PlaceType::kCity);  // near the city
  EXPECT_EQ(h->ref.location, "Al-Hasakah");
  EXPECT_EQ(h->ref.geo_precision, 2);
  const Analyzed* d = a.Get("درعا");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->ref.admin1, "Daraa");
  EXPECT_EQ(d->ref.geo_precision, 3);  // only the province is known
  const Analyzed* i = a.Get("إدلب");
  ASSERT_NE(i, nullptr);
  EXPECT_EQ(i->resolution.place->type, PlaceType::kAdmin1);
  EXPECT_EQ(i->ref.location, "Idlib");
  EXPECT_EQ(i->ref.admin1_ar, "إدلب");
  EXPECT_EQ(i->ref.geo_precision, 3);
  const Analyzed* al = a.Get("حلب");
  ASSERT_NE(al, nullptr);
  EXPECT_EQ(al->resolution.place->type, PlaceType::kCity);  // a bare name is the city
  EXPECT_EQ(al->ref.geo_precision, 1);
  // A region override used by reports.
  Analysis r = Analyze("هجمات في ريف دير الزور الشرقي.");
  ASSERT_EQ(r.items.size(), 1u);
  EXPECT_EQ(r.items[0].ref.admin1, "Deir ez-Zor");
  EXPECT_EQ(r.items[0].ref.geo_precision, 3);
}

TEST(Resolve, CampsAndVillagesWithClitics) {
  Analysis a = Analyze("اعتقال مطلوب من مخيم \"الهول\" شرقي الحسكة، ومقتل عنصر بريف دير الزور في بلدة الصور.");
  const Analyzed* hol = a.Get("مخيم الهول");
  ASSERT_NE(hol, nullptr);
  EXPECT_EQ(hol->ref.country_code, "SY");
  EXPECT_EQ(hol->ref.admin1, "Al-Hasakah");
  EXPECT_EQ(hol->ref.location, "Al-Hol camp");
  EXPECT_EQ(hol->ref.location_ar, "مخيم الهول");
  EXPECT_EQ(hol->ref.geo_precision, 1);
  EXPECT_TRUE(hol->ref.has_coordinates);
  const Analyzed* sour = a.Get("الصور");
  ASSERT_NE(sour, nullptr);
  EXPECT_EQ(sour->ref.admin1, "Deir ez-Zor");
  EXPECT_EQ(sour->ref.geo_precision, 1);
}

TEST(Resolve, AQuarterNamedAfterACityIsInThatCity) {
  // القبة is a village of North Darfur some 190 km from El Fasher; "أحياء القبة"
  // after El Fasher is a quarter of the city.
  Analysis a = Analyze("سقطت قذائف على مدينة الفاشر، وطالت أحياء القبة والسوق الكبير.");
  const Analyzed* q = a.Get("القبة");
  ASSERT_NE(q, nullptr);
  ASSERT_NE(q->resolution.place, nullptr);
  EXPECT_EQ(q->ref.location, "El Fasher");
  // Without a city before it, the village stands.
  Analysis b = Analyze("هاجم مسلحون قرية القبة في ولاية شمال دارفور.");
  const Analyzed* v = b.Get("القبة");
  ASSERT_NE(v, nullptr);
  ASSERT_NE(v->resolution.place, nullptr);
  EXPECT_EQ(v->ref.location, "Al Qubbah");
}

TEST(Resolve, UnknownPlaceFallsBackToTheArea) {
  // Not in the gazetteer at all.
  Analysis a = Analyze("هجوم على بلدة زمريتا بريف حلب الشمالي.");
  const Analyzed* u = a.Get("زمريتا");
  ASSERT_NE(u, nullptr);
  ASSERT_NE(u->resolution.place, nullptr);
  EXPECT_TRUE(u->resolution.fallback);
  EXPECT_EQ(u->ref.country_code, "SY");
  EXPECT_EQ(u->ref.admin1, "Aleppo");
  EXPECT_GE(u->ref.geo_precision, 2);
  // Known only as a village in another country (Yemen): never that village.
  ASSERT_FALSE(TestGazetteer().Lookup(Gazetteer::CanonicalKey("المعقل")).empty());
  Analysis b = Analyze("اشتباكات عنيفة في قرية المعقل بريف دير الزور الغربي بين قسد وخلايا التنظيم.");
  const Analyzed* m = b.Get("المعقل");
  ASSERT_NE(m, nullptr);
  ASSERT_NE(m->resolution.place, nullptr);
  EXPECT_EQ(m->ref.country_code, "SY");
  EXPECT_EQ(m->ref.admin1, "Deir ez-Zor");
  EXPECT_EQ(m->ref.geo_precision, 3);
  EXPECT_TRUE(m->resolution.fallback);
  ASSERT_NE(m->resolution.named, nullptr);
  EXPECT_EQ(m->resolution.named->cc, "YE");
  // The same foreign village without a type word is just dropped.
  Analysis c = Analyze("قال القيادي إن المعقل الرئيسي للتنظيم في دير الزور.");
  const Analyzed* n = c.Get("المعقل");
  if (n) {
    EXPECT_EQ(n->resolution.place, nullptr);
  }
}

TEST(Resolve, CountryOutsideTheCoveredOnes) {
  Analysis a = Analyze("انفجار سيارة مفخخة في مدينة مومباسا الساحلية.");
  const Analyzed* m = a.Get("مومباسا");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->ref.country_code, "KE");
  EXPECT_EQ(m->ref.country, "Kenya");
  EXPECT_EQ(m->ref.geo_precision, 3);
  EXPECT_TRUE(m->resolution.fallback);
  EXPECT_EQ(m->resolution.named->name_en, "Mombasa");
  Analysis t = Analyze("قصف تركي انطلاقا من مدينة كلس الحدودية.", ContextHints{{{"SY", 1.0}}});
  ASSERT_NE(t.Get("كلس"), nullptr);
  EXPECT_EQ(t.Get("كلس")->ref.country_code, "TR");
  EXPECT_EQ(t.Get("كلس")->ref.geo_precision, 3);
}

TEST(Resolve, StopwordWithoutCueIsIgnoredWithCueKept) {
  // النصر: a common word ("victory") and a village in Aleppo.
  Analysis bare = Analyze("أعلن الجيش النصر في معارك ريف حلب.");
  const Analyzed* b = bare.Get("النصر");
  if (b) {
    EXPECT_EQ(b->resolution.place, nullptr);
  }
  Analysis cued = Analyze("قصف مدفعي على قرية النصر بريف حلب.");
  const Analyzed* c = cued.Get("النصر");
  ASSERT_NE(c, nullptr);
  ASSERT_NE(c->resolution.place, nullptr);
  EXPECT_EQ(c->ref.country_code, "SY");
  EXPECT_EQ(c->ref.admin1, "Aleppo");
  // A stopword mention built by hand without its cue is dropped by Resolve too.
  Geocoder geo(TestGazetteer());
  PlaceMention m;
  m.key = Gazetteer::CanonicalKey("النصر");
  auto ids = TestGazetteer().Lookup(m.key);
  m.candidates.assign(ids.begin(), ids.end());
  EXPECT_EQ(geo.Resolve({m}, {})[0].place, nullptr);
}

TEST(Resolve, PalestineAdminConvention) {
  Analysis a = Analyze("اقتحمت قوات الاحتلال مدينة الخليل واعتقلت شابين من محافظة جنين، وقصفت خان يونس جنوب قطاع غزة.");
  const Analyzed* h = a.Get("الخليل");
  ASSERT_NE(h, nullptr);
  EXPECT_EQ(h->ref.country, "Palestine");
  EXPECT_EQ(h->ref.admin1, "West Bank");
  EXPECT_EQ(h->ref.admin1_ar, "الضفة الغربية");
  EXPECT_EQ(h->ref.admin2, "Hebron");
  EXPECT_EQ(h->ref.location, "Hebron");
  EXPECT_EQ(h->ref.geo_precision, 1);
  const Analyzed* j = a.Get("جنين");
  ASSERT_NE(j, nullptr);
  EXPECT_EQ(j->resolution.place->type, PlaceType::kAdmin2);  // a governorate
  EXPECT_EQ(j->ref.admin1, "West Bank");
  EXPECT_EQ(j->ref.admin2, "Jenin");
  EXPECT_EQ(j->ref.geo_precision, 2);
  const Analyzed* k = a.Get("خان يونس");
  ASSERT_NE(k, nullptr);
  EXPECT_EQ(k->ref.admin1, "Gaza Strip");
  EXPECT_EQ(k->ref.admin2, "Khan Yunis");
  EXPECT_EQ(k->ref.geo_precision, 1);
}

TEST(Resolve, RegionsAndTheWorld) {
  Analysis a = Analyze("خلفت هجماته حول العالم 170 قتيلا، وتصدرت ولاية غرب إفريقيا العمليات، تلتها البادية السورية.");
  const Analyzed* w = a.Get("حول العالم");
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->ref.location, "World");
  EXPECT_EQ(w->ref.country_code, "");
  EXPECT_FALSE(w->ref.has_coordinates);
  EXPECT_EQ(w->ref.geo_precision, 3);
  const Analyzed* wa = a.Get("غرب إفريقيا");
  ASSERT_NE(wa, nullptr);
  EXPECT_EQ(wa->mention.type_word, text::NormalizeKey("ولاية"));
  EXPECT_EQ(wa->ref.location, "West Africa");
  EXPECT_EQ(wa->resolution.place->type, PlaceType::kRegion);
  const Analyzed* b = a.Get("البادية السورية");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->ref.country_code, "SY");
  EXPECT_EQ(b->ref.location, "Syrian Badia");
}

TEST(Resolve, WeakVillageNamesNeedSupport) {
  // "منزله" (his house) normalizes like the village منزلة; nothing supports a village there.
  Analysis a = Analyze("داهمت دورية منزله في دمشق واعتقلته.");
  const Analyzed* m = a.Get("منزله");
  if (m) {
    EXPECT_EQ(m->resolution.place, nullptr);
  }
  ASSERT_NE(a.Get("دمشق"), nullptr);
  EXPECT_EQ(a.Get("دمشق")->ref.location, "Damascus");
}

TEST(Resolve, UnknownVillageFallsBackToTheCountrysideRegionNextToIt) {
  // "قرية X بريف دير الزور الغربي": the unknown village lies in the region named after it.
  Analysis a = Analyze("عملية أمنية في قرية الحصان بريف دير الزور الغربي.");
  const Analyzed* u = a.Get("الحصان");
  ASSERT_NE(u, nullptr);
  ASSERT_TRUE(u->mention.unknown);
  ASSERT_NE(u->resolution.place, nullptr);
  EXPECT_TRUE(u->resolution.fallback);
  EXPECT_EQ(u->resolution.place->type, PlaceType::kRegion);
  EXPECT_EQ(u->ref.admin1, "Deir ez-Zor");
  EXPECT_EQ(u->resolution.geo_precision, 2);
}

TEST(Resolve, AnUnknownPlaceFallsBackToTheAreaOfTheMentionsFinallyChosen) {
  // "شفق" (an outlet's name) is also a village the article does not support: it is no
  // witness of the area "منطقة وادي الشاي" lies in, the province named before it is.
  Analysis a = Analyze("أفاد مصدر أمني في محافظة كركوك، اليوم الثلاثاء، بمقتل ضابط برتبة ملازم وجندي من الجيش وإصابة "
                       "ثلاثة آخرين بهجوم شنه مسلحون على نقطة عسكرية في منطقة وادي الشاي جنوب غربي المحافظة. وقال "
                       "المصدر لوكالة شفق نيوز إن المهاجمين انسحبوا.");
  const Analyzed* u = a.Get("وادي الشاي");
  ASSERT_NE(u, nullptr);
  ASSERT_TRUE(u->mention.unknown);
  ASSERT_NE(u->resolution.place, nullptr);
  EXPECT_EQ(u->ref.admin1, "Kirkuk");
}

TEST(Resolve, ACapitalNamedAfterACountryIsTheCity) {
  // "العاصمة عمان" is Amman; a bare "عمان" stays Oman.
  Analysis a = Analyze("تجمع محتجون قرب السفارة في العاصمة عمان.");
  ASSERT_NE(a.Get("عمان"), nullptr);
  EXPECT_EQ(a.Get("عمان")->ref.location, "Amman");
  Analysis bare = Analyze("وصل الوفد إلى عمان أمس.");
  ASSERT_NE(bare.Get("عمان"), nullptr);
  EXPECT_EQ(bare.Get("عمان")->ref.country_code, "OM");
}

TEST(Resolve, AVillageNamedWithTheWordVillageIsReportedByItsName) {
  // The sources call it "Qaryat ad Dabbiyah" / "قرية الضبية": reported as its name.
  Analysis a = Analyze("قتل مدني بقصف على قرية الضبية بريف حمص.");
  const Analyzed* v = a.Get("قرية الضبية");
  ASSERT_NE(v, nullptr);
  EXPECT_EQ(v->ref.location, "ad Dabbiyah");
  EXPECT_EQ(v->ref.location_ar, "الضبية");
}

TEST(Resolve, EmptyInput) {
  Geocoder geo(TestGazetteer());
  EXPECT_TRUE(geo.Resolve({}, {}).empty());
  PlaceRef ref = geo.ToPlaceRef(Resolution{});
  EXPECT_EQ(ref.geo_precision, 0);
  EXPECT_TRUE(ref.country.empty());
}


// "ود" (son of) heads Sudanese village names: the two words are one name, read by their
// sound even when the second alone names a place elsewhere (الحداد, a village in Egypt).
TEST(Resolve, AWadNameIsOneNameBySound) {
  Analysis a = Analyze("أحرقت قوات الدعم السريع منازل في قرية ود الحداد بولاية الجزيرة في السودان.");
  const Analyzed* w = a.Get("ود الحداد");
  ASSERT_NE(w, nullptr);
  EXPECT_TRUE(w->mention.phonetic);
  ASSERT_NE(w->resolution.place, nullptr);
  EXPECT_EQ(w->ref.country_code, "SD");
  EXPECT_EQ(w->ref.location, "Wad al Haddad");
}

// Source rows with no Arabic name, named by places_overrides.tsv (their coordinates the source's).
TEST(Resolve, OverridesNameLatinOnlyRows) {
  // A name the same in two countries: the Tunis suburb and the Damascus neighbourhood.
  Analysis tn = Analyze("فرقت الشرطة محتجين في حي التضامن غربي العاصمة تونس.");
  ASSERT_NE(tn.Get("حي التضامن"), nullptr);
  EXPECT_EQ(tn.Get("حي التضامن")->ref.country_code, "TN");
  EXPECT_EQ(tn.Get("حي التضامن")->ref.location, "Ettadhamen");
  EXPECT_EQ(tn.Get("حي التضامن")->ref.admin1, "Ariana");
  Analysis sy = Analyze("سقطت قذيفة على حي التضامن في دمشق.");
  ASSERT_NE(sy.Get("حي التضامن"), nullptr);
  EXPECT_EQ(sy.Get("حي التضامن")->ref.country_code, "SY");
  // Too short to be found by its sound (one consonant class after the article).
  Analysis sd = Analyze("نزح السكان من بلدة الخوي في ولاية غرب كردفان.");
  ASSERT_NE(sd.Get("الخوي"), nullptr);
  EXPECT_EQ(sd.Get("الخوي")->ref.location, "Al-Khuwei");
  EXPECT_EQ(sd.Get("الخوي")->ref.admin1, "West Kordofan");
}

// Places the sources name only in Latin script, found by the sound of their Arabic spelling.
TEST(Resolve, LatinOnlyPlacesBySound) {
  Analysis a = Analyze("أحرق مسلحون مخازن الحبوب في قرية كومبوري التابعة لمقاطعة كوسي غربي بوركينا فاسو.");
  const Analyzed* k = a.Get("كومبوري");
  ASSERT_NE(k, nullptr);
  EXPECT_TRUE(k->mention.phonetic);
  ASSERT_NE(k->resolution.place, nullptr);
  EXPECT_EQ(k->ref.country_code, "BF");
  EXPECT_EQ(k->ref.location, "Kombori");
  EXPECT_EQ(k->ref.location_ar, "كومبوري");  // the article's spelling: the sources have none
  EXPECT_EQ(k->ref.geo_precision, 1);
  EXPECT_LT(k->resolution.confidence, 0.7);
  // After an admin type word, a spelling variant of a province (غ/ج).
  Analysis p = Analyze("قتل مسلحون عشرة مدنيين في مقاطعة كولبيلوجو جنوب شرقي بوركينا فاسو.");
  const Analyzed* kp = p.Get("كولبيلوجو");
  ASSERT_NE(kp, nullptr);
  ASSERT_NE(kp->resolution.place, nullptr);
  EXPECT_EQ(kp->resolution.place->type, PlaceType::kAdmin2);
  EXPECT_EQ(kp->ref.admin1, "Centre-Est");
}

TEST(Resolve, SoundReadingReplacesANamesakeInAnotherCountry) {
  // "بوسو" is the Arabic name of a town in Chad; in an article about Niger it is Bosso (Diffa),
  // which the sources have only in Latin script.
  Analysis a = Analyze("في النيجر، خطف مسلحون ثلاث نساء من قرية قرب بلدة بوسو في منطقة ديفا.");
  const Analyzed* b = a.Get("بوسو");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->ref.country_code, "NE");
  EXPECT_EQ(b->ref.admin1, "Diffa");
  EXPECT_EQ(b->ref.location, "Bosso");
  // The same name in an article about Chad keeps its Arabic-name place.
  Analysis td = Analyze("في تشاد، هاجم مسلحون بلدة بوسو جنوبي البلاد.");
  ASSERT_NE(td.Get("بوسو"), nullptr);
  EXPECT_EQ(td.Get("بوسو")->ref.country_code, "TD");
  EXPECT_FALSE(td.Get("بوسو")->resolution.place == nullptr);
}

TEST(Resolve, SoundMatchesNeedTheArticlesCountryAndArea) {
  // A village that sounds like a Sahel village, in an article about Syria: not that village.
  Analysis sy = Analyze("قصفت قوات النظام قرية كومبوري بريف إدلب الجنوبي.");
  const Analyzed* k = sy.Get("كومبوري");
  ASSERT_NE(k, nullptr);
  EXPECT_NE(k->ref.location, "Kombori");
  if (k->resolution.place) {
    EXPECT_EQ(k->ref.country_code, "SY");
  }
  // The only sound-alike lies in another province than the one the sentence names: the province.
  Analysis ml = Analyze("وفي ولاية غاو شرقي مالي، دارت اشتباكات بين الجماعتين قرب بلدة تين هاما.");
  const Analyzed* t = ml.Get("تين هاما");
  ASSERT_NE(t, nullptr);
  ASSERT_NE(t->resolution.place, nullptr);
  EXPECT_TRUE(t->resolution.fallback);
  EXPECT_EQ(t->ref.admin1, "Gao");
  // A province named in the next sentence is where the next incident was, not this town's area.
  Analysis bf = Analyze("هاجم مسلحون مدينة تيتاو في بوركينا فاسو.. وقتل خمسة في إقليم بوكل دو موهون");
  const Analyzed* kb = bf.Get("تيتاو");
  ASSERT_NE(kb, nullptr);
  ASSERT_NE(kb->resolution.place, nullptr);
  EXPECT_FALSE(kb->resolution.fallback);
  EXPECT_EQ(kb->ref.location, "Titao");
  // A common word after a preposition is never looked up by sound.
  Analysis w = Analyze("نفذ مسلحون كمينا قرب الطريق في مالي، وقتل جنود في هجوم على المعسكر.");
  for (const Analyzed& x : w.items) EXPECT_FALSE(x.mention.phonetic) << x.name;
}

}  // namespace
}  // namespace rasad::geo
