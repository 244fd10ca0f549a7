// For the serve tests: a small store (three articles; a battle in Idlib told
// by two of them, a protest in Aleppo, a battle in Kirkuk and one tally) and
// a page directory with an index.html and an app.js, both removed afterwards.
#pragma once

#include <fstream>
#include <map>
#include <string>

#include "store/store.h"
#include "store/temp_db.h"
#include "store/test_event.h"

namespace rasad::serve {

class ServeFixture {
 public:
  ServeFixture() {
    auto db = store::OpenStore(tmp_.path());
    db->Ingest({Article("a1", "2024-03-10", "قتل 3 مقاتلين في سرمين. تظاهر المئات في منبج.",
                        {Ev("a1:e1", "2024-03-10", "SY", "Idlib", "Sarmin", "Battles", "Islamic State (Syria)", 3,
                            "قتل 3 مقاتلين في سرمين."),
                         Ev("a1:e2", "2024-03-20", "SY", "Aleppo", "Manbij", "Protests", "Protesters (Syria)", {},
                            "تظاهر المئات في منبج.")}),
                Article("a2", "2024-03-11", "أفادت مصادر بمقتل 4 مقاتلين في سرمين أمس.",
                        {Ev("a2:e1", "2024-03-11", "SY", "Idlib", "Sarmin", "Battles", "Islamic State (Syria)", 4,
                            "أفادت مصادر بمقتل 4 مقاتلين في سرمين أمس.")}),
                Article("a3", "2024-04-02", "قتل عنصر في كركوك. وقتل التنظيم 20 عنصرا خلال الشهر.",
                        {Ev("a3:e1", "2024-04-02", "IQ", "Kirkuk", "Kirkuk", "Battles", "Islamic State (Iraq)", 1,
                            "قتل عنصر في كركوك.")},
                        "وقتل التنظيم 20 عنصرا خلال الشهر.")});
    std::filesystem::create_directories(assets_dir());
    std::ofstream(assets_dir() + "/index.html") << "<!doctype html><title>rasad</title>";
    std::ofstream(assets_dir() + "/app.js") << "console.log('rasad');";
  }

  std::string db_path() const { return tmp_.path(); }
  std::string assets_dir() const { return (tmp_.dir() / "web").string(); }
  const std::string& text_of(const std::string& article_id) const { return texts_.at(article_id); }

 private:
  // Event `id` ("a1:e2") with the evidence sentence given.
  static Event Ev(const std::string& id, const char* date, const char* cc, const char* admin1, const char* location,
                  const char* type, const char* actor1, std::optional<int> killed, const std::string& evidence) {
    const size_t colon = id.find(':');
    Event e = store::fixtures::MakeEvent(id.substr(0, colon), std::stoi(id.substr(colon + 2)), date, cc, admin1,
                                         location, type, actor1, killed);
    e.evidence = evidence;
    return e;
  }

  store::Submission Article(const std::string& id, const char* published, const std::string& text,
                            std::vector<Event> events, const std::string& tally_evidence = "") {
    texts_[id] = text;
    store::Submission s;
    s.article.id = id;
    s.article.text = text;
    s.article.published = Date::Parse(published);
    s.fingerprint = "fp-" + id;
    for (auto& e : events) {
      e.evidence_begin = text.find(e.evidence);
      e.evidence_end = e.evidence_begin + e.evidence.size();
    }
    s.events = std::move(events);
    if (!tally_evidence.empty()) {
      rasad::Tally t;
      t.tally_id = id + ":t1";
      t.article_id = id;
      t.place.country_code = "IQ";
      t.fatalities = 20;
      t.evidence = tally_evidence;
      t.evidence_begin = text.find(tally_evidence);
      t.evidence_end = t.evidence_begin + tally_evidence.size();
      s.tallies.push_back(t);
    }
    return s;
  }

  store::TempDb tmp_;
  std::map<std::string, std::string> texts_;
};

}  // namespace rasad::serve
