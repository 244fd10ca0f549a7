// Test helper: the real committed gazetteer, loaded once per test binary.
#pragma once

#include "geo/gazetteer.h"

namespace rasad::geo {

inline const Gazetteer& TestGazetteer() {
  static const std::unique_ptr<Gazetteer> g = Gazetteer::Load(RASAD_SOURCE_DIR "/data");
  return *g;
}

}  // namespace rasad::geo
