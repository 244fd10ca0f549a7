// Reads the query parameters of /api/events, /api/tallies and /api/stats
// into a store filter. Recognized: from, to (YYYY-MM-DD), country, admin1,
// actor, type, limit (1..max_limit, default default_limit), offset, plus the
// names in `extra` (read by the caller). Anything else, a malformed date or
// number is a RequestError (answered 400), so a typo never silently widens a query.
#pragma once

#include <initializer_list>
#include <stdexcept>
#include <string>

#include <httplib.h>

#include "store/store.h"

namespace rasad::serve {

class RequestError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct PageLimits {
  size_t default_limit = 100;
  size_t max_limit = 5000;
};

store::IncidentFilter ReadFilter(const httplib::Request& req, PageLimits limits,
                                 std::initializer_list<const char*> extra = {});

}  // namespace rasad::serve
