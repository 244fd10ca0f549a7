#!/usr/bin/env bash
# wrk against `rasad serve` over 1,000,000 stored incidents (bench/million_incidents):
# requests/s and latency percentiles of /api/events for a filtered page (one country,
# one month, 50 per page), an unfiltered first page and a deep page. Loopback only;
# each run is bounded in time. Results in docs/api.md.
#   bench/serve_bench.sh [BUILD_DIR] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${1:-build}
SECONDS_PER_RUN=${2:-20}
CONNECTIONS=${CONNECTIONS:-16}
command -v wrk >/dev/null || { echo "wrk is missing (apt-get install wrk)" >&2; exit 2; }
DB=$("$BUILD_DIR/bench/million_incidents" "${RASAD_BENCH_DB:-${TMPDIR:-/tmp}/rasad-bench-1m.db}")
LOG=$(mktemp)
. scripts/serve-lib.sh
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true; rm -f "$LOG"' EXIT
start_serve "$BUILD_DIR/rasad" "$LOG" --db "$DB" --rate-limit 0 --assets web || exit 2
fetch() { python3 -c 'import sys, urllib.request; r = urllib.request.urlopen(sys.argv[1]); b = r.read(); print(r.status, len(b), "bytes", b[:60].decode())' "$1"; }
echo "database: $DB"
fetch "${URL}api/events?limit=1"
for path in "api/events?country=SY&from=2022-03-01&to=2022-03-31&limit=50" \
            "api/events?limit=50" \
            "api/events?type=Battles&limit=50&offset=5000"; do
  echo "== GET /$path  (wrk -t1 -c$CONNECTIONS -d${SECONDS_PER_RUN}s)"
  fetch "$URL$path"
  wrk -t1 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency "$URL$path" | grep -E "Requests/sec|Latency |50%|90%|99%|requests in|Non-2xx"
done
