// million_incidents [PATH]: makes (or keeps) the 1,000,000-incident benchmark
// database at PATH (default $TMPDIR/rasad-bench-1m.db) and prints its path.
#include <cstdio>

#include "million_incidents.h"

int main(int argc, char** argv) {
  try {
    std::string path = argc > 1 ? rasad::store::MillionIncidents(argv[1]) : rasad::store::MillionIncidents();
    std::printf("%s\n", path.c_str());
    return 0;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "million_incidents: %s\n", e.what());
    return 2;
  }
}
