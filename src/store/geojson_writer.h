// GeoJSON export: one FeatureCollection of Point features (RFC 7946,
// [longitude, latitude], WGS 84), written as it goes so memory stays flat.
// Properties are the incident's flat fields (store/incident_json.h without
// the nested sources) plus "article_ids", so GIS tools (QGIS) read them as
// columns. Incidents without coordinates are skipped and counted.
#pragma once

#include <cstddef>
#include <ostream>

#include "store/incident.h"

namespace rasad::store {

class GeoJsonWriter {
 public:
  explicit GeoJsonWriter(std::ostream& out);
  // Returns false (and writes nothing) when the incident has no coordinates.
  bool Add(const Incident& inc);
  // Closes the collection; call once.
  void Finish();
  size_t written() const { return written_; }
  size_t skipped() const { return skipped_; }

 private:
  std::ostream& out_;
  size_t written_ = 0, skipped_ = 0;
};

}  // namespace rasad::store
