// From frames to events: an ACLED type for each frame (its trigger family
// and the kind of actors on either side), default actors where the text
// leaves them implicit (unidentified armed group, civilians, state forces),
// then one event per incident: frames that agree on type, date, place and
// actors (a missing value agrees with anything, a province with a village in
// it) are merged, the more precise value and the larger count kept. Events
// dated more than 60 days before publication are background and dropped.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/event.h"
#include "extract/analysis.h"
#include "extract/frames.h"

namespace rasad::extract {

// Generic actor rows that the rules fall back to (indexes, -1 when absent).
struct GenericActors {
  int civilians = -1, protesters = -1, rioters = -1, unidentified = -1, military = -1, police = -1;
  // A country's own army row ("Military Forces of Mali (2021-)"), by country code; the
  // generic "Military Forces of {country}" (`military`) where it has none.
  std::map<std::string, int, std::less<>> army_of;
  int ArmyOf(std::string_view cc) const {
    auto it = army_of.find(cc);
    return it == army_of.end() ? military : it->second;
  }
  static GenericActors From(const Dictionary& d);
};

std::vector<Event> BuildEvents(const Analysis& a, const Dictionary& d, const geo::Geocoder& geocoder,
                               const GenericActors& generic, std::vector<Frame> frames);

// Actor name for output, with "{country}" replaced by the country's English name.
std::string ActorName(const Actor& actor, const std::string& country);

}  // namespace rasad::extract
