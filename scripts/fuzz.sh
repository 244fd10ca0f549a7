#!/usr/bin/env bash
# Builds the libFuzzer targets in fuzz/ with clang (ASan + UBSan) and runs each
# for a bounded time, seeded with fuzz/corpus/<target> and fuzz/regressions/<target>.
#   scripts/fuzz.sh [SECONDS] [TARGET...]   SECONDS per target, default 60; all targets by default
# New corpus entries go to $BUILD_DIR/corpus/<target>, crash inputs and logs to
# $BUILD_DIR/artifacts/<target>/. Exits non-zero when any target crashed,
# leaked, hit a sanitizer, timed out on one input or ran out of memory: turn
# the input into a regression (fuzz/regressions/<target>/) and fix the bug.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET=${1:-60}
shift || true
BUILD_DIR=${FUZZ_BUILD_DIR:-build-fuzz}
TARGETS=("$@")
if [ ${#TARGETS[@]} -eq 0 ]; then TARGETS=(jsonl text parse html feed warc input extract); fi

CC=${CC:-clang} CXX=${CXX:-clang++} cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DRASAD_FUZZ=ON -DRASAD_BENCH=OFF >/dev/null
build=()
for t in "${TARGETS[@]}"; do build+=(--target "fuzz_$t"); done
cmake --build "$BUILD_DIR" -j "$(nproc)" "${build[@]}"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
failed=()
for t in "${TARGETS[@]}"; do
  work="$BUILD_DIR/corpus/$t"
  artifacts="$BUILD_DIR/artifacts/$t"
  mkdir -p "$work" "$artifacts"
  seeds=("fuzz/corpus/$t")
  [ -d "fuzz/regressions/$t" ] && seeds+=("fuzz/regressions/$t")
  log="$artifacts/fuzz.log"
  # The extraction target loads the dictionaries and gazetteer once: give it room.
  rss=2560; [ "$t" = extract ] && rss=6144
  if "$BUILD_DIR/fuzz/fuzz_$t" -max_total_time="$SECONDS_PER_TARGET" -timeout=30 -rss_limit_mb="$rss" \
      -max_len=65536 -print_final_stats=1 -artifact_prefix="$artifacts/" "$work" "${seeds[@]}" >"$log" 2>&1; then
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
    echo "fuzz_$t: ok, $runs executions in ${SECONDS_PER_TARGET}s"
  else
    echo "fuzz_$t: FAILED (see $log; inputs in $artifacts/)" >&2
    grep -E 'ERROR: |SUMMARY: |runtime error' "$log" | head -5 >&2 || true
    failed+=("$t")
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: ${#failed[@]} target(s) failed: ${failed[*]}" >&2
  exit 1
fi
echo "fuzz: ${#TARGETS[@]} targets, no crash"
