// Generated data for the crash test and the benchmarks (not linked into
// rasad): Arabic articles that the extractor turns into events, and
// pre-extracted submissions whose events repeat across outlets so that
// deduplication has work to do. Deterministic for a seed.
#pragma once

#include <random>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/article.h"
#include "store/store.h"

namespace rasad::store::synthetic {

// Article `i` of a generated corpus: one or two sentences about a strike, a
// bombing or an arrest in a real Syrian or Iraqi town, published on a day of 2024.
inline Article MakeArticle(size_t i) {
  static const char* kTowns[] = {"سرمين", "أريحا", "معرة النعمان", "خان شيخون", "الأتارب", "منبج", "الباب",
                                 "جرابلس", "البوكمال", "الميادين", "هجين", "ذيبان", "الطارمية", "بعقوبة",
                                 "الموصل", "تكريت", "سامراء", "الرمادي", "الفلوجة", "كركوك"};
  static const char* kTemplates[] = {
      "قتل {n} مدنيين وأصيب {m} آخرون في غارة جوية استهدفت مدينة {town}، اليوم.",
      "انفجرت عبوة ناسفة بدورية للجيش قرب مدينة {town}، ما أدى إلى مقتل {n} عناصر وإصابة {m} آخرين.",
      "اعتقلت قوات الأمن {n} مطلوبين في حملة دهم بمدينة {town} أمس.",
      "اندلعت اشتباكات عنيفة بين مسلحين وقوات الجيش في محيط مدينة {town} أسفرت عن مقتل {n} مسلحين.",
  };
  std::mt19937 rng(static_cast<unsigned>(i * 2654435761u + 17));
  const char* town = kTowns[rng() % std::size(kTowns)];
  Article a;
  a.id = fmt::format("gen{:07d}", i);
  a.source = fmt::format("outlet{}.example", i % 7);
  a.url = fmt::format("https://{}/{}", a.source, i);
  a.published = Date{2024, 1, 1}.plus_days(static_cast<long>(i % 360));
  a.text = fmt::format(fmt::runtime(kTemplates[rng() % std::size(kTemplates)]), fmt::arg("n", 2 + rng() % 20),
                       fmt::arg("m", 1 + rng() % 9), fmt::arg("town", town));
  if (rng() % 2)
    a.text += "\n" + fmt::format(fmt::runtime(kTemplates[rng() % std::size(kTemplates)]), fmt::arg("n", 2 + rng() % 20),
                          fmt::arg("m", 1 + rng() % 9), fmt::arg("town", kTowns[rng() % std::size(kTowns)]));
  return a;
}

// The JSON Lines input line of MakeArticle(i).
inline std::string ArticleLine(size_t i) {
  Article a = MakeArticle(i);
  nlohmann::ordered_json j = {
      {"id", a.id}, {"published", a.published->iso()}, {"source", a.source}, {"url", a.url}, {"text", a.text}};
  return j.dump();
}

// One synthetic event: the place, date, type and actors are drawn from
// `key`, so the same key from two articles describes the same incident.
inline Event MakeEvent(size_t key, const std::string& article, int n) {
  static const char* kCountries[][2] = {{"SY", "Syria"}, {"IQ", "Iraq"},  {"YE", "Yemen"},       {"SD", "Sudan"},
                                        {"ML", "Mali"},  {"PS", "Palestine"}, {"BF", "Burkina Faso"}, {"NE", "Niger"},
                                        {"LY", "Libya"}, {"SO", "Somalia"}};
  static const char* kTypes[][2] = {{"Explosions/Remote violence", "Air/drone strike"},
                                    {"Explosions/Remote violence", "Remote explosive/landmine/IED"},
                                    {"Battles", "Armed clash"},
                                    {"Violence against civilians", "Attack"},
                                    {"Strategic developments", "Arrests"},
                                    {"Protests", "Peaceful protest"}};
  std::mt19937_64 rng(key * 0x9E3779B97F4A7C15ull + 1);
  const auto& country = kCountries[rng() % std::size(kCountries)];
  const auto& type = kTypes[rng() % std::size(kTypes)];
  const int admin1 = static_cast<int>(rng() % 20), location = static_cast<int>(rng() % 400);
  Event e;
  e.article_id = article;
  e.event_id = fmt::format("{}:e{}", article, n);
  e.event_date = Date{2020, 1, 1}.plus_days(static_cast<long>(rng() % 1800));
  e.event_type = type[0];
  e.sub_event_type = type[1];
  e.actor1 = fmt::format("Armed Group {} ({})", rng() % 30, country[1]);
  e.actor2 = fmt::format("Civilians ({})", country[1]);
  e.inter1 = 2;
  e.inter2 = 7;
  e.place.country = country[1];
  e.place.country_code = country[0];
  e.place.admin1 = fmt::format("Province {}", admin1);
  e.place.admin2 = fmt::format("District {}-{}", admin1, location % 40);
  e.place.location = fmt::format("Town {}-{}", admin1, location);
  e.place.latitude = 10 + static_cast<double>(rng() % 2000) / 100;
  e.place.longitude = 20 + static_cast<double>(rng() % 2000) / 100;
  e.place.has_coordinates = true;
  e.place.geo_precision = 1;
  e.fatalities = static_cast<int>(rng() % 12);
  e.evidence = fmt::format("حدث رقم {} في {}", key, e.place.location);
  e.evidence_end = e.evidence.size();
  e.source = "outlet.example";
  return e;
}

// Submission `i` of a pre-extracted corpus: two events; about a third of the
// events repeat one reported by an earlier article (another outlet).
inline Submission MakeSubmission(size_t i) {
  Submission s;
  s.article.id = fmt::format("pre{:08d}", i);
  s.article.published = Date{2024, 1, 1}.plus_days(static_cast<long>(i % 360));
  s.article.source = fmt::format("outlet{}.example", i % 7);
  s.fingerprint = fmt::format("fp{}", i);
  for (int n = 1; n <= 2; ++n) {
    size_t key = 2 * i + n;
    if (i > 10 && key % 3 == 0) key = key - 1 - 2 * (key % 7 + 1);  // a repeat of an earlier article's event
    s.events.push_back(MakeEvent(key, s.article.id, n));
  }
  return s;
}

}  // namespace rasad::store::synthetic
