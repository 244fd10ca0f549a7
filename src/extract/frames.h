// Frames: what one sentence says about one incident. A frame starts at an
// event trigger (or, lacking one, at a casualty report with a time or place)
// and collects from the clauses around it: who acted and on whom, the
// casualties and arrests with their numbers, the place, the date, who
// claimed it and whom the article cites. Threats, plans, denials, habits and
// background are not framed; sentences that sum many operations are left to
// the tally reader. A frame naming several places in a list is split into one
// frame per place.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "extract/analysis.h"
#include "extract/dictionary.h"

namespace rasad::extract {

struct Frame {
  size_t sentence = 0;
  TriggerClass cls = TriggerClass::kAttack;
  bool casualty_only = false;                  // no trigger word, a casualty report
  bool own_victims = false;                    // one of a sentence's frames whose clause tells its own dead or hurt
  bool headline = false;                       // from the title: only confirms body events
  bool definite = false;                       // "الغارة"، "الهجوم": a noun with the article, often
                                               // an incident already told
  bool sequel = false;                         // the sentence tells more of the incident before it
                                               // ("وقال المصدر إن الهجوم وقع ليل أمس")
  bool named_again = false;                    // ... naming it with the article ("الهجوم"، "الضحايا")
  uint32_t trigger_begin = 0, trigger_end = 0;
  uint32_t region_begin = 0, region_end = 0;   // the clauses this frame reads
  int actor1 = -1, actor2 = -1;                // Dictionary::actors() indexes
  int claimed_by = -1;
  std::optional<PersonGroup> victims;          // who was hit, from person nouns
  bool on_civilian_site = false;               // the attack was on a village, market, mosque... ("على قرية")
  bool on_force_site = false;                  // ... on a checkpoint, barracks or post ("استهدف نقطة تفتيش أمنية")
  std::optional<int> killed, wounded, killed_or_wounded, arrested;
  int died_of_wounds = 0;                      // of the wounded told before, since dead
  int place = -1;                              // Analysis::places index
  bool place_opens = false;                    // the place opens the sentence ("وفي مدينة أم درمان، ...")
  bool killing_first = false;                  // an abduction told after a killing in its clause
                                               // ("قُتل 17 قروياً وخُطف العشرات"): an attack
  bool on_road = false;                        // placed only at a town a road joins ("أوتوستراد دمشق - درعا")
  int unknown_place = -1;                      // a settlement named but not in the gazetteer
  int said_place = -1;                         // a place named only where the report was made
                                               // ("أعلن المدعي العام في مدينة كومرا ... توقيف 23")
  bool road_named = false;                     // the place names a road ("على طريق معرة النعمان")
                                               // ("بلدة بريهة"), when no known settlement is named
  const parse::DateMention* date = nullptr;
  bool date_announced = false;                 // the date is the announcement's ("أفاد مصدر، اليوم، بمقتل")
  bool date_reported = false;                  // the date is only the report's ("في بيان صدر أمس"): as weak
                                               // as one inferred from the text before
  std::string reported_by;
  bool intervention = false, force = false;    // protests
};

// Sentences that a tally was read from are passed in and produce no frames.
std::vector<Frame> BuildFrames(const Analysis& a, const Dictionary& dict, const std::vector<bool>& tally_sentences);

}  // namespace rasad::extract
