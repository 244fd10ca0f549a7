#!/usr/bin/env bash
# Builds rasad and runs the whole test suite with ctest.
#   scripts/test.sh              release build in ./build
#   scripts/test.sh --sanitize   ASan+UBSan build in ./build-asan
# ($BUILD_DIR overrides the directory.) The store tests also run against PostgreSQL: a
# throwaway server from scripts/pg.sh on 127.0.0.1:$RASAD_PG_PORT (default 55432), stopped
# by its PID when this script exits, whatever the tests did. A server already running on
# that port is used and left running.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--sanitize" ]; then
  export BUILD_DIR=${BUILD_DIR:-build-asan} BUILD_TYPE=Debug
  bash scripts/build.sh -DRASAD_SANITIZE=ON -DRASAD_BENCH=OFF
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
else
  export BUILD_DIR=${BUILD_DIR:-build}
  bash scripts/build.sh
fi
export RASAD_PG_PORT=${RASAD_PG_PORT:-55432}
if bash scripts/pg.sh status >/dev/null 2>&1; then
  RASAD_TEST_PG=$(bash scripts/pg.sh url)
else
  trap 'bash scripts/pg.sh stop' EXIT
  RASAD_TEST_PG=$(bash scripts/pg.sh start)
fi
export RASAD_TEST_PG
ctest --test-dir "$BUILD_DIR" --output-on-failure -j "$(nproc)"
