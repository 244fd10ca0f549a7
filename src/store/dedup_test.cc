// The pure deduplication rules: compatibility, clustering, reconciliation.
#include "store/dedup.h"

#include <algorithm>
#include <random>

#include <gtest/gtest.h>

namespace rasad::store {
namespace {

PlaceRef Village(const std::string& name, const std::string& admin2 = "Idlib", const std::string& admin1 = "Idlib") {
  PlaceRef p;
  p.country = "Syria";
  p.country_code = "SY";
  p.admin1 = admin1;
  p.admin2 = admin2;
  p.location = name;
  p.geo_precision = 1;
  p.has_coordinates = true;
  return p;
}

PlaceRef Province(const std::string& admin1 = "Idlib") {
  PlaceRef p = Village(admin1, "", admin1);
  p.geo_precision = 3;
  return p;
}

Event Strike(const std::string& id, const char* date, PlaceRef place, std::optional<int> killed = std::nullopt) {
  Event e;
  e.event_id = id + ":e1";
  e.article_id = id;
  e.event_date = Date::Parse(date);
  e.event_type = "Explosions/Remote violence";
  e.sub_event_type = "Air/drone strike";
  e.actor1 = "Military Forces of Russia (2000-)";
  e.actor2 = "Civilians (Syria)";
  e.place = std::move(place);
  e.fatalities = killed;
  e.source = id + ".example";
  return e;
}

Source Src(Event e, const char* published = nullptr) {
  Source s;
  s.event = std::move(e);
  if (published) s.published = Date::Parse(published);
  return s;
}

TEST(Dedup, DatesWithinTheirPrecision) {
  Event a = Strike("a", "2024-03-10", Village("Sarmin")), b = Strike("b", "2024-03-11", Village("Sarmin"));
  EXPECT_TRUE(CompatibleDates(a, b));
  b.event_date = Date::Parse("2024-03-12");
  EXPECT_FALSE(CompatibleDates(a, b));
  b.time_precision = TimePrecision::kWeek;  // "earlier this week"
  EXPECT_TRUE(CompatibleDates(a, b));
  b.event_date = Date::Parse("2024-03-20");
  EXPECT_FALSE(CompatibleDates(a, b));
  b.time_precision = TimePrecision::kMonth;
  b.event_date = Date::Parse("2024-03-01");
  EXPECT_TRUE(CompatibleDates(a, b));
  b.event_date = Date::Parse("2024-04-01");
  EXPECT_FALSE(CompatibleDates(a, b));
  b.event_date.reset();
  EXPECT_FALSE(CompatibleDates(a, b));
}

TEST(Dedup, PlacesNeverTwoLocations) {
  Event a = Strike("a", "2024-03-10", Village("Sarmin"));
  EXPECT_TRUE(CompatiblePlaces(a, Strike("b", "2024-03-10", Village("Sarmin"))));
  EXPECT_FALSE(CompatiblePlaces(a, Strike("b", "2024-03-10", Village("Al-Nayrab"))));   // same admin2
  EXPECT_TRUE(CompatiblePlaces(a, Strike("b", "2024-03-10", Province("Idlib"))));       // vaguer side
  EXPECT_FALSE(CompatiblePlaces(a, Strike("b", "2024-03-10", Province("Aleppo"))));
  PlaceRef district = Village("Idlib", "Idlib");
  district.geo_precision = 2;  // the admin2 itself
  EXPECT_TRUE(CompatiblePlaces(a, Strike("b", "2024-03-10", district)));
  EXPECT_FALSE(CompatiblePlaces(a, Strike("b", "2024-03-10", Village("Sarmin", "Ariha"))));
  PlaceRef country = Province();
  country.location = country.country;
  country.admin1.clear();
  EXPECT_FALSE(CompatiblePlaces(a, Strike("b", "2024-03-10", country)));  // a country says too little
  Event c = Strike("c", "2024-03-10", Village("Sarmin")), d = Strike("d", "2024-03-10", Village("Sarmin"));
  c.place.wof_id = 1;
  d.place.wof_id = 2;  // two places of one name
  EXPECT_FALSE(CompatiblePlaces(c, d));
}

TEST(Dedup, ActorsCompatibleOrConflicting) {
  Event a = Strike("a", "2024-03-10", Village("Sarmin")), b = a;
  b.article_id = "b";
  b.actor1 = "Unidentified Military Forces";
  EXPECT_TRUE(CompatibleActors(a, b));
  b.actor1 = "Military Forces of Syria";
  EXPECT_FALSE(CompatibleActors(a, b));
  b.actor1 = "Military Forces of Russia";  // era-neutral name of the same force
  EXPECT_TRUE(CompatibleActors(a, b));
  b.actor2.clear();
  EXPECT_TRUE(CompatibleActors(a, b));

  Event x = a, y = a;
  x.event_type = y.event_type = "Battles";
  x.actor1 = "QSD: Syrian Democratic Forces";
  x.actor2 = "Islamic State (Syria)";
  y.actor1 = x.actor2;
  y.actor2 = x.actor1;
  EXPECT_TRUE(CompatibleActors(x, y));  // a battle's sides in either order
  y.actor2 = "Arab Ethnic Militia (Syria)";
  EXPECT_FALSE(CompatibleActors(x, y));
  x.event_type = y.event_type = "Violence against civilians";
  y.actor2 = x.actor1;
  EXPECT_FALSE(CompatibleActors(x, y));  // attacker and victim are not interchangeable
}

TEST(Dedup, TypesAndSubTypes) {
  Event a = Strike("a", "2024-03-10", Village("Sarmin")), b = Strike("b", "2024-03-10", Village("Sarmin"));
  b.sub_event_type = "Shelling/artillery/missile attack";
  EXPECT_TRUE(CompatibleTypes(a, b));
  b.sub_event_type = "Remote explosive/landmine/IED";
  EXPECT_FALSE(CompatibleTypes(a, b));
  b.sub_event_type.clear();
  EXPECT_TRUE(CompatibleTypes(a, b));
  b.event_type = "Battles";
  EXPECT_FALSE(CompatibleTypes(a, b));
}

TEST(Dedup, NeverTwoEventsOfOneArticle) {
  Event a = Strike("a", "2024-03-10", Village("Sarmin")), b = a;
  b.event_id = "a:e2";
  EXPECT_FALSE(SameIncident(a, b));
  b.article_id = "b";
  EXPECT_TRUE(SameIncident(a, b));
}

TEST(Dedup, ReconcileKeepsRangeAndMostFrequentValue) {
  std::vector<Source> s = {Src(Strike("a", "2024-03-10", Village("Sarmin")), "2024-03-10"),
                           Src(Strike("b", "2024-03-10", Village("Sarmin")), "2024-03-11"),
                           Src(Strike("c", "2024-03-10", Village("Sarmin")), "2024-03-11"),
                           Src(Strike("d", "2024-03-10", Village("Sarmin")), "2024-03-12")};
  Casualties c = Reconcile({5, 6, 6, std::nullopt}, s);
  EXPECT_EQ(c.low, 5);
  EXPECT_EQ(c.best, 6);
  EXPECT_EQ(c.high, 6);
  // A tie goes to the most recently published source…
  EXPECT_EQ(Reconcile({5, 7, std::nullopt, 9}, s).best, 9);
  // …then to the one that leads (the most precise).
  EXPECT_EQ(Reconcile({std::nullopt, 7, 8, std::nullopt}, s).best, 7);
  EXPECT_EQ(Reconcile({std::nullopt, std::nullopt, std::nullopt, std::nullopt}, s), Casualties{});
}

TEST(Dedup, VagueReportJoinsTheIncidentItAgreesWith) {
  std::vector<Source> s = {Src(Strike("a", "2024-03-10", Village("Sarmin"), 6)),
                           Src(Strike("b", "2024-03-10", Village("Al-Nayrab"), 2)),
                           Src(Strike("c", "2024-03-10", Province(), 6))};
  auto groups = Cluster(s);
  ASSERT_EQ(groups.size(), 2u);
  EXPECT_EQ(groups[0], (std::vector<size_t>{0, 2}));
  EXPECT_EQ(groups[1], (std::vector<size_t>{1}));
  // Equally close to both: kept apart rather than guessed.
  s[2].event.fatalities.reset();
  EXPECT_EQ(Cluster(s).size(), 3u);
}

TEST(Dedup, LoneReportADayOffJoinsButCorroboratedDaysStayApart) {
  // Two outlets on the 12th, two on the 13th: two strikes on consecutive days.
  std::vector<Source> s = {Src(Strike("a", "2024-02-12", Village("Rafah"), 67)),
                           Src(Strike("b", "2024-02-12", Village("Rafah"), 70)),
                           Src(Strike("c", "2024-02-13", Village("Rafah"), 5)),
                           Src(Strike("d", "2024-02-13", Village("Rafah"), 5))};
  EXPECT_EQ(Cluster(s).size(), 2u);
  // A lone report dated the 11th (a relative date read one day off) joins the 12th.
  s.push_back(Src(Strike("e", "2024-02-11", Village("Rafah"), 67)));
  auto groups = Cluster(s);
  ASSERT_EQ(groups.size(), 2u);
  size_t with_e = 0;
  for (const auto& g : groups)
    if (std::find(g.begin(), g.end(), 4u) != g.end()) with_e = g.size();
  EXPECT_EQ(with_e, 3u);
}

TEST(Dedup, ClusteringDoesNotDependOnInputOrder) {
  std::vector<Source> s;
  const char* days[] = {"2024-03-09", "2024-03-10", "2024-03-10", "2024-03-11", "2024-03-12", "2024-03-13"};
  const char* places[] = {"Sarmin", "Al-Nayrab", "Sarmin"};
  for (int i = 0; i < 18; ++i) {
    PlaceRef p = i % 5 == 4 ? Province() : Village(places[i % 3]);
    s.push_back(Src(Strike("art" + std::to_string(i), days[i % 6], p, i % 4), "2024-03-14"));
  }
  auto canonical = [](const std::vector<Source>& v) {
    std::vector<std::vector<std::string>> out;
    for (const auto& g : Cluster(v)) {
      std::vector<std::string> ids;
      for (size_t i : g) ids.push_back(v[i].event.event_id);
      out.push_back(ids);
    }
    std::sort(out.begin(), out.end());
    return out;
  };
  auto expected = canonical(s);
  std::mt19937 rng(7);
  for (int round = 0; round < 20; ++round) {
    std::shuffle(s.begin(), s.end(), rng);
    EXPECT_EQ(canonical(s), expected);
  }
}

TEST(Dedup, IncidentTakesTheMostPreciseFieldsAndEveryOutlet) {
  Event vague = Strike("a", "2024-03-10", Province(), 6);
  vague.actor1 = "Unidentified Military Forces";
  Event precise = Strike("b", "2024-03-10", Village("Sarmin"), 5);
  precise.actor2.clear();
  Incident inc = MakeIncident({Src(precise, "2024-03-10"), Src(vague, "2024-03-11")});
  EXPECT_EQ(inc.incident_id, "b:e1");
  EXPECT_EQ(inc.record.place.location, "Sarmin");
  EXPECT_EQ(inc.record.actor1, "Military Forces of Russia (2000-)");
  EXPECT_EQ(inc.record.actor2, "Civilians (Syria)");
  EXPECT_EQ(inc.record.fatalities, 6);  // a tie: the later report wins
  EXPECT_EQ(inc.fatalities.low, 5);
  EXPECT_EQ(inc.fatalities.high, 6);
  EXPECT_EQ(inc.record.source, "b.example; a.example");
  EXPECT_EQ(inc.sources_count, 2);
}

}  // namespace
}  // namespace rasad::store
