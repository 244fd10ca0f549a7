#!/usr/bin/env bash
# Builds rasad and runs the whole test suite with ctest.
#   scripts/test.sh              release build in ./build
#   scripts/test.sh --sanitize   ASan+UBSan build in ./build-asan
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--sanitize" ]; then
  export BUILD_DIR=build-asan BUILD_TYPE=Debug
  bash scripts/build.sh -DRASAD_SANITIZE=ON -DRASAD_BENCH=OFF
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
else
  export BUILD_DIR=build
  bash scripts/build.sh
fi
ctest --test-dir "$BUILD_DIR" --output-on-failure -j "$(nproc)"
