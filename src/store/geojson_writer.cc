#include "store/geojson_writer.h"

#include "io/record_json.h"
#include "store/incident_json.h"

namespace rasad::store {

GeoJsonWriter::GeoJsonWriter(std::ostream& out) : out_(out) {
  out_ << "{\"type\":\"FeatureCollection\",\"features\":[\n";
}

bool GeoJsonWriter::Add(const Incident& inc) {
  const PlaceRef& p = inc.record.place;
  if (!p.has_coordinates) {
    ++skipped_;
    return false;
  }
  nlohmann::ordered_json f;
  f["type"] = "Feature";
  f["id"] = inc.incident_id;
  f["geometry"] = {{"type", "Point"}, {"coordinates", {p.longitude, p.latitude}}};
  nlohmann::ordered_json props = IncidentJson(inc, false);
  std::string ids;
  for (const Source& s : inc.sources) ids += (ids.empty() ? "" : "; ") + s.event.article_id;
  props["article_ids"] = ids;
  f["properties"] = std::move(props);
  out_ << (written_ ? ",\n" : "") << io::ToLine(f);
  ++written_;
  return true;
}

void GeoJsonWriter::Finish() { out_ << "\n]}\n"; }

}  // namespace rasad::store
