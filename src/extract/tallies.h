// Tallies: sentences that sum many operations — a group's weekly claims
// ("five operations in Syria leaving six killed and wounded"), a breakdown by
// province ("الرقة (10 عمليات)"), a monitor's toll over a period or over
// "separate attacks". Each becomes a Tally record, never an event; the
// sentences it was read from are marked so that no event comes from them.
// A later sentence that only adds outcomes ("وأسفرت هذه العمليات عن ...")
// completes the tally it refers to.
#pragma once

#include <vector>

#include "core/tally.h"
#include "extract/analysis.h"
#include "extract/events.h"

namespace rasad::extract {

std::vector<Tally> ReadTallies(const Analysis& a, const Dictionary& d, const geo::Geocoder& geocoder,
                               const GenericActors& generic, std::vector<bool>* tally_sentences);

}  // namespace rasad::extract
