// CSV export in ACLED's layout: ACLED's columns in ACLED's order, then
// rasad's own (casualty ranges, wounded, killed_or_wounded, arrested, claims,
// sources, evidence, article ids). RFC 4180: comma-separated, CRLF line ends,
// fields quoted when they hold a comma, quote or line break, quotes doubled;
// UTF-8. An unknown count is an empty field.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "store/incident.h"

namespace rasad::store {

const std::vector<std::string>& AcledColumns();
// One row for AcledColumns(); the incident's sources fill the source-list columns.
std::vector<std::string> AcledRow(const Incident& inc);

// Writes one RFC 4180 record.
void WriteCsvRow(std::ostream& out, const std::vector<std::string>& fields);

// ACLED's disorder_type for an event type.
std::string DisorderType(const std::string& event_type);

}  // namespace rasad::store
