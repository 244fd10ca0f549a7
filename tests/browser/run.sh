#!/usr/bin/env bash
# The dashboard in a real browser: builds a fixture database from
# samples/articles.jsonl with `rasad ingest`, serves it with `rasad serve` on a
# free loopback port, and runs dashboard.test.mjs (node's test runner driving
# Debian's chromium through playwright-core). Leaves the screenshot in
# $BUILD_DIR/browser/dashboard.png.
#   tests/browser/run.sh [BUILD_DIR]     (default: build; needs web/dist: scripts/build-web.sh)
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD_DIR=${1:-build}
OUT="$BUILD_DIR/browser"
RASAD="$BUILD_DIR/rasad"
[ -x "$RASAD" ] || { echo "no $RASAD: build first (scripts/build.sh)" >&2; exit 2; }
[ -f web/dist/index.html ] || { echo "no web/dist: run scripts/build-web.sh" >&2; exit 2; }
[ -d web/node_modules/playwright-core ] || { echo "no web/node_modules: run scripts/build-web.sh" >&2; exit 2; }
mkdir -p "$OUT"
rm -f "$OUT"/fixture.db* "$OUT/dashboard.png"
"$RASAD" ingest samples/articles.jsonl --db "$OUT/fixture.db" -q > "$OUT/ingest.log" || [ $? -eq 1 ]

. scripts/serve-lib.sh
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
start_serve "$RASAD" "$OUT/serve.log" --db "$OUT/fixture.db" --assets web/dist || exit 2

RASAD_URL="$URL" SCREENSHOT="$OUT/dashboard.png" timeout 300 node --test --test-reporter=spec tests/browser/dashboard.test.mjs
echo "screenshot: $OUT/dashboard.png"
