#include "geo/overrides.h"

#include <charconv>
#include <stdexcept>

#include "geo/tsv.h"

namespace rasad::geo {
namespace {

[[noreturn]] void Fail(const std::string& path, int line, const std::string& why) {
  throw std::runtime_error(path + ":" + std::to_string(line) + ": " + why);
}

bool IsUpperAlpha2(std::string_view s) {
  return s.size() == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z';
}

constexpr const char* kColumns[] = {"names_ar", "name_en", "type", "cc", "admin1", "admin2",
                                    "lat", "lon", "precision", "radius_km", "amends", "note"};
constexpr size_t kNumColumns = sizeof(kColumns) / sizeof(kColumns[0]);

}  // namespace

std::vector<OverrideRow> ParseOverrides(const std::string& path, std::string_view content) {
  std::vector<OverrideRow> rows;
  bool header_seen = false;
  int line_no = 0;
  ForEachLine(content, [&](std::string_view line) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') return;
    std::vector<std::string_view> f = SplitTabs(line);
    if (!header_seen) {
      header_seen = true;
      if (f.size() < kNumColumns - 1) Fail(path, line_no, "header must list the columns names_ar..amends[,note]");
      for (size_t i = 0; i + 1 < kNumColumns; ++i)
        if (f[i] != kColumns[i])
          Fail(path, line_no, "header column " + std::to_string(i + 1) + " must be '" + kColumns[i] + "'");
      return;
    }
    if (f.size() < kNumColumns - 1 || f.size() > kNumColumns)
      Fail(path, line_no, "expected " + std::to_string(kNumColumns - 1) + " or " + std::to_string(kNumColumns) +
                              " tab-separated fields, found " + std::to_string(f.size()));
    OverrideRow r;
    r.line = line_no;
    for (std::string_view n : SplitOn(f[0], '|')) {
      n = Trim(n);
      if (!n.empty()) r.names_ar.emplace_back(n);
    }
    r.name_en = std::string(Trim(f[1]));
    std::string_view type = Trim(f[2]);
    if (!type.empty()) {
      r.type = ParsePlaceType(type);
      if (!r.type) Fail(path, line_no, "unknown type '" + std::string(type) + "'");
    }
    for (std::string_view cc : SplitOn(Trim(f[3]), ',')) {
      cc = Trim(cc);
      if (cc.empty()) continue;
      if (!IsUpperAlpha2(cc)) Fail(path, line_no, "bad country code '" + std::string(cc) + "'");
      r.ccs.emplace_back(cc);
    }
    r.admin1 = std::string(Trim(f[4]));
    r.admin2 = std::string(Trim(f[5]));
    auto parse_coord = [&](std::string_view s, double lo, double hi, const char* what) -> std::optional<double> {
      s = Trim(s);
      if (s.empty()) return std::nullopt;
      double v = 0;
      auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
      if (ec != std::errc() || p != s.data() + s.size() || v < lo || v > hi)
        Fail(path, line_no, std::string("bad ") + what + " '" + std::string(s) + "'");
      return v;
    };
    r.lat = parse_coord(f[6], -90, 90, "lat");
    r.lon = parse_coord(f[7], -180, 180, "lon");
    std::string_view prec = Trim(f[8]);
    if (!prec.empty()) {
      if (prec.size() != 1 || prec[0] < '1' || prec[0] > '3')
        Fail(path, line_no, "precision must be 1, 2 or 3, not '" + std::string(prec) + "'");
      r.precision = prec[0] - '0';
    }
    std::string_view radius = Trim(f[9]);
    if (!radius.empty()) {
      double v = 0;
      auto [p, ec] = std::from_chars(radius.data(), radius.data() + radius.size(), v);
      if (ec != std::errc() || p != radius.data() + radius.size() || v <= 0 || v > 5000)
        Fail(path, line_no, "bad radius_km '" + std::string(radius) + "' (kilometres, 0 < r <= 5000)");
      r.radius_km = v;
    }
    std::string_view amends = Trim(f[10]);
    if (!amends.empty()) {
      int64_t sign = 0;
      if (amends.substr(0, 4) == "wof:") sign = 1;
      else if (amends.substr(0, 3) == "gn:") sign = -1;
      else Fail(path, line_no, "amends must be 'wof:<id>' or 'gn:<id>', not '" + std::string(amends) + "'");
      std::string_view num = amends.substr(sign > 0 ? 4 : 3);
      int64_t id = 0;
      auto [p, ec] = std::from_chars(num.data(), num.data() + num.size(), id);
      if (ec != std::errc() || p != num.data() + num.size() || id <= 0)
        Fail(path, line_no, "bad id in amends '" + std::string(amends) + "'");
      r.amends = sign * id;
    } else {
      if (r.names_ar.empty()) Fail(path, line_no, "names_ar is empty");
      if (r.name_en.empty()) Fail(path, line_no, "name_en is empty");
      if (!r.type) Fail(path, line_no, "type is empty");
      if (r.lat.has_value() != r.lon.has_value()) Fail(path, line_no, "give both lat and lon, or neither");
      if (!r.lat && r.ccs.size() == 1 && *r.type != PlaceType::kRegion)
        Fail(path, line_no, "lat/lon are required for a place in one country");
      if (r.ccs.size() > 1 && *r.type != PlaceType::kRegion)
        Fail(path, line_no, "several countries are only allowed for type region");
      if (r.ccs.empty() && *r.type != PlaceType::kRegion)
        Fail(path, line_no, "an empty cc (the world) is only allowed for type region");
    }
    if (r.radius_km > 0 && (!r.lat || (r.type && *r.type != PlaceType::kRegion)))
      Fail(path, line_no, "radius_km is for a region with lat/lon");
    if (!r.admin2.empty() && r.admin1.empty()) Fail(path, line_no, "admin2 given without admin1");
    if (!r.admin1.empty() && r.ccs.size() != 1) Fail(path, line_no, "admin1 needs exactly one country");
    rows.push_back(std::move(r));
  });
  if (!header_seen) Fail(path, line_no == 0 ? 1 : line_no, "missing header line");
  return rows;
}

}  // namespace rasad::geo
