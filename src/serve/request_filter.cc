#include "serve/request_filter.h"

#include <charconv>
#include <set>

#include <fmt/format.h>

namespace rasad::serve {
namespace {

Date ReadDay(const std::string& name, const std::string& value) {
  std::optional<Date> day = Date::Parse(value);
  if (!day || value.size() != 10) throw RequestError(fmt::format("{} must be a date YYYY-MM-DD, not '{}'", name, value));
  return *day;
}

size_t ReadCount(const std::string& name, const std::string& value, size_t min, size_t max) {
  size_t n = 0;
  auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
  if (ec != std::errc() || end != value.data() + value.size() || n < min || n > max)
    throw RequestError(fmt::format("{} must be a whole number from {} to {}, not '{}'", name, min, max, value));
  return n;
}

}  // namespace

store::IncidentFilter ReadFilter(const httplib::Request& req, PageLimits limits,
                                 std::initializer_list<const char*> extra) {
  static const std::set<std::string> kKnown = {"from", "to", "country", "admin1", "actor", "type", "limit", "offset"};
  store::IncidentFilter f;
  f.limit = limits.default_limit;
  std::set<std::string> seen;
  for (const auto& [name, value] : req.params) {
    if (!seen.insert(name).second) throw RequestError(fmt::format("parameter '{}' is given more than once", name));
    if (!kKnown.contains(name)) {
      bool known = false;
      for (const char* e : extra) known = known || name == e;
      if (!known) throw RequestError(fmt::format("unknown parameter '{}'", name));
      continue;
    }
    if (value.empty()) continue;
    if (name == "from") f.from = ReadDay(name, value);
    else if (name == "to") f.to = ReadDay(name, value);
    else if (name == "country") f.country = value;
    else if (name == "admin1") f.admin1 = value;
    else if (name == "actor") f.actor = value;
    else if (name == "type") f.type = value;
    else if (name == "limit") f.limit = ReadCount(name, value, 1, limits.max_limit);
    else if (name == "offset") f.offset = ReadCount(name, value, 0, 1'000'000'000);
  }
  return f;
}

}  // namespace rasad::serve
