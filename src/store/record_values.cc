#include "store/record_values.h"

#include <optional>
#include <type_traits>

namespace rasad::store {
namespace {

class Values {
 public:
  Values& Text(const std::string& s) {
    if (s.empty()) values_.emplace_back();
    else values_.emplace_back(s);
    return *this;
  }
  Values& Int(const std::optional<int>& v) {
    if (v) values_.emplace_back(static_cast<int64_t>(*v));
    else values_.emplace_back();
    return *this;
  }
  Values& Count(size_t v) {
    values_.emplace_back(static_cast<int64_t>(v));
    return *this;
  }
  Values& Day(const std::optional<Date>& d) {
    if (d) values_.emplace_back(d->iso());
    else values_.emplace_back();
    return *this;
  }
  Values& Point(const PlaceRef& p) {
    if (p.has_coordinates) {
      values_.emplace_back(p.latitude);
      values_.emplace_back(p.longitude);
    } else {
      values_.emplace_back();
      values_.emplace_back();
    }
    return *this;
  }
  std::vector<ColumnValue> Take() { return std::move(values_); }

 private:
  std::vector<ColumnValue> values_;
};

}  // namespace

std::vector<ColumnValue> RecordValues(const Event& e) {
  std::vector<ColumnValue> out;
  out.reserve(kRecordColumnCount);
  ForEachRecordValue(e, [&](const auto& v) {
    using V = std::decay_t<decltype(v)>;
    if constexpr (std::is_same_v<V, TransientText>) out.emplace_back(v.text);
    else out.emplace_back(v);
  });
  return out;
}

std::vector<ColumnValue> TallyValues(const rasad::Tally& t) {
  Values v;
  v.Text(t.tally_id).Text(t.actor).Text(t.claimed_by).Text(t.region).Text(t.region_ar);
  v.Text(t.place.country).Text(t.place.country_code).Text(t.place.admin1).Point(t.place);
  v.Int(t.operations).Int(t.fatalities).Int(t.wounded).Int(t.killed_or_wounded).Int(t.arrested);
  v.Day(t.period_start).Day(t.period_end).Text(t.reported_by).Text(t.source);
  auto out = v.Count(0).Count(t.evidence_begin).Count(t.evidence_end).Take();
  out[0] = t.tally_id;  // never null
  out[19] = t.evidence;
  return out;
}

}  // namespace rasad::store
