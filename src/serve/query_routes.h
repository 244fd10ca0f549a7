// The read side of the HTTP API (docs/api.md, openapi.json):
//   GET /api/events           incidents matching the filters, a page at a time, with the total
//   GET /api/events/{id}      one incident with every source and its evidence span
//   GET /api/tallies          stored tally records matching the filters
//   GET /api/stats            incidents and casualties per ISO week x admin1 or country
//   GET /api/articles/{id}    an article's text with its evidence spans marked
// Each request leases its own store connection from the pool.
#pragma once

#include <httplib.h>

#include "serve/request_filter.h"
#include "serve/store_pool.h"

namespace rasad::serve {

void AddQueryRoutes(httplib::Server& server, StorePool& stores, PageLimits limits = {});

}  // namespace rasad::serve
