#include "io/record_json.h"

#include <algorithm>
#include <charconv>
#include <cstring>

#include "io/json_text.h"
#include "text/utf8.h"

namespace rasad::io {
namespace {

// The fields of a record, in contract order, are written once (EventFields,
// TallyFields) against a sink: JsonSink builds an ordered_json, LineSink
// writes the JSON Lines text directly (the same bytes as ToLine of the former).

class JsonSink {
 public:
  void Null(const char* key) { j_[key] = nullptr; }
  void String(const char* key, const std::string& v) { j_[key] = v; }
  void Int(const char* key, int64_t v) { j_[key] = v; }
  void Double(const char* key, double v) { j_[key] = v; }
  void Offsets(const char* key, size_t begin, size_t end) { j_[key] = {begin, end}; }
  nlohmann::ordered_json Take() { return std::move(j_); }

 private:
  nlohmann::ordered_json j_;
};

class LineSink {
 public:
  explicit LineSink(std::string& out) : out_(out) { out_ += '{'; }
  // Fields appended to an object already open with at least one field.
  struct Continuing {};
  LineSink(std::string& out, Continuing) : out_(out), first_(false) {}
  void Null(const char* key) { Key(key) += "null"; }
  void String(const char* key, const std::string& v) {
    Key(key);
    Quoted(v);
  }
  void Int(const char* key, int64_t v) {
    Key(key);
    Number(v);
  }
  void Double(const char* key, double v) {
    Key(key);
    AppendJsonDouble(out_, v);  // nlohmann's own float format
  }
  void Offsets(const char* key, size_t begin, size_t end) {
    Key(key) += '[';
    Number(begin);
    out_ += ',';
    Number(end);
    out_ += ']';
  }
  void Close() { out_ += '}'; }

 private:
  // `,"key":` in one append (field names are plain ASCII, and short).
  [[gnu::always_inline]] std::string& Key(const char* key) {
    char field[64];
    const size_t len = std::min(std::strlen(key), sizeof field - 4);  // a literal: its length is known
    field[0] = ',';
    field[1] = '"';
    std::memcpy(field + 2, key, len);
    field[len + 2] = '"';
    field[len + 3] = ':';
    out_.append(first_ ? field + 1 : field, first_ ? len + 3 : len + 4);
    first_ = false;
    return out_;
  }
  template <typename T>
  void Number(T v) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    out_.append(buf, r.ptr);
  }
  // As nlohmann's dump(-1, ' ', false, replace) (see json_text.h).
  void Quoted(const std::string& s) { AppendJsonString(out_, s); }

  std::string& out_;
  bool first_ = true;
};

template <typename Sink>
void Str(Sink& o, const char* key, const std::string& s) {
  if (s.empty()) o.Null(key);
  else o.String(key, s);
}

template <typename Sink>
void Num(Sink& o, const char* key, const std::optional<int>& v) {
  if (!v) o.Null(key);
  else o.Int(key, *v);
}

// A non-zero integer, else null.
template <typename Sink>
void NonZero(Sink& o, const char* key, int64_t v) {
  if (!v) o.Null(key);
  else o.Int(key, v);
}

template <typename Sink>
void Day(Sink& o, const char* key, const std::optional<Date>& d) {
  if (!d) o.Null(key);
  else o.String(key, d->iso());
}

template <typename Sink>
void PlaceFields(Sink& o, const PlaceRef& p) {
  Str(o, "country", p.country);
  Str(o, "country_code", p.country_code);
  Str(o, "admin1", p.admin1);
  Str(o, "admin2", p.admin2);
  Str(o, "location", p.location);
  Str(o, "admin1_ar", p.admin1_ar);
  Str(o, "location_ar", p.location_ar);
  if (p.has_coordinates) {
    o.Double("latitude", p.latitude);
    o.Double("longitude", p.longitude);
  } else {
    o.Null("latitude");
    o.Null("longitude");
  }
  NonZero(o, "geo_precision", p.geo_precision);
}

// An incident repeats its lead event's fields without the record's own: kind,
// ids, evidence offsets and trigger.
enum class EventAs { kRecord, kIncident };

template <typename Sink>
void EventFields(Sink& o, const Event& e, EventAs as = EventAs::kRecord) {
  const bool record = as == EventAs::kRecord;
  if (record) {
    o.String("kind", "event");
    o.String("article_id", e.article_id);
    o.String("event_id", e.event_id);
  }
  Day(o, "event_date", e.event_date);
  if (e.event_date) o.Int("time_precision", static_cast<int>(e.time_precision));
  else o.Null("time_precision");
  Str(o, "event_type", e.event_type);
  Str(o, "sub_event_type", e.sub_event_type);
  Str(o, "actor1", e.actor1);
  Str(o, "actor2", e.actor2);
  NonZero(o, "inter1", e.inter1);
  NonZero(o, "inter2", e.inter2);
  PlaceFields(o, e.place);
  Num(o, "fatalities", e.fatalities);
  Num(o, "wounded", e.wounded);
  Num(o, "killed_or_wounded", e.killed_or_wounded);
  Num(o, "arrested", e.arrested);
  Str(o, "claimed_by", e.claimed_by);
  Str(o, "reported_by", e.reported_by);
  Str(o, "source", e.source);
  o.String("evidence", e.evidence);
  if (record) {
    o.Offsets("evidence_offsets", e.evidence_begin, e.evidence_end);
    Str(o, "trigger", e.trigger);
  }
  NonZero(o, "wof_id", e.place.wof_id);
  NonZero(o, "geonames_id", e.place.geonames_id);
}

template <typename Sink>
void TallyFields(Sink& o, const Tally& t) {
  o.String("kind", "tally");
  o.String("article_id", t.article_id);
  o.String("tally_id", t.tally_id);
  Str(o, "actor", t.actor);
  Str(o, "claimed_by", t.claimed_by);
  Str(o, "region", t.region);
  Str(o, "region_ar", t.region_ar);
  Str(o, "country_code", t.place.country_code);
  Num(o, "operations", t.operations);
  Num(o, "fatalities", t.fatalities);
  Num(o, "wounded", t.wounded);
  Num(o, "killed_or_wounded", t.killed_or_wounded);
  Num(o, "arrested", t.arrested);
  Day(o, "period_start", t.period_start);
  Day(o, "period_end", t.period_end);
  Str(o, "reported_by", t.reported_by);
  Str(o, "source", t.source);
  o.String("evidence", t.evidence);
  o.Offsets("evidence_offsets", t.evidence_begin, t.evidence_end);
}

}  // namespace

nlohmann::ordered_json EventJson(const Event& e) {
  JsonSink o;
  EventFields(o, e);
  return o.Take();
}

nlohmann::ordered_json TallyJson(const Tally& t) {
  JsonSink o;
  TallyFields(o, t);
  return o.Take();
}

std::string ToLine(const nlohmann::ordered_json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void AppendEventLine(std::string& out, const Event& e) {
  LineSink o(out);
  EventFields(o, e);
  o.Close();
}

void AppendIncidentEventFields(std::string& out, const Event& e) {
  LineSink o(out, LineSink::Continuing{});
  EventFields(o, e, EventAs::kIncident);
}

void AppendTallyLine(std::string& out, const Tally& t) {
  LineSink o(out);
  TallyFields(o, t);
  o.Close();
}

}  // namespace rasad::io
