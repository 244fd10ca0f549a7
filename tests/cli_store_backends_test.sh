#!/usr/bin/env bash
# `rasad ingest/query/tally/export` give the same output on SQLite and on PostgreSQL
# ($RASAD_TEST_PG, a libpq URL; skipped with exit 77 when it is not set), for the
# sample articles and for the dedup set's records (incidents with several sources).
#   cli_store_backends_test.sh RASAD SOURCE_DIR
set -euo pipefail
rasad=$1 src=$2
if [ -z "${RASAD_TEST_PG:-}" ]; then
  echo "RASAD_TEST_PG is not set: PostgreSQL CLI test skipped (scripts/test.sh starts a server and sets it)"
  exit 77
fi
work=$(mktemp -d)
schema="rasad_cli_$$_$RANDOM"
cleanup() { psql -q "$RASAD_TEST_PG" -c "DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
psql -q "$RASAD_TEST_PG" -v ON_ERROR_STOP=1 -c "CREATE SCHEMA $schema" >/dev/null
case "$RASAD_TEST_PG" in *\?*) sep='&' ;; *) sep='?' ;; esac
pg="$RASAD_TEST_PG${sep}options=-csearch_path%3D$schema%2Cpublic"
sqlite="$work/rasad.db"

for db in "$sqlite" "$pg"; do
  "$rasad" ingest "$src/samples/articles.jsonl" --db "$db" --data "$src/data" >/dev/null 2>&1
  "$rasad" ingest --records "$src/tests/fixtures/dedup/records.jsonl" --db "$db" >/dev/null 2>&1
done
# The rebuild time differs between the two runs; everything else must not.
strip_time() { sed -E 's/"(updated_at|timestamp)":[0-9]+//g; s/,[0-9]{10},/,T,/g'; }
failed=0 compared=0
for cmd in "query --output-format jsonl" "query --country SY --from 2024-01-01 --to 2024-12-31 --output-format jsonl" \
           "tally --by month --per country --output-format jsonl" "tally --by week --per actor --output-format jsonl" \
           "export --format csv" "export --format geojson" "export --format jsonl" "export --kind tallies --format jsonl"; do
  # shellcheck disable=SC2086
  "$rasad" $cmd --db "$sqlite" 2>&1 | strip_time >"$work/sqlite.out"
  # shellcheck disable=SC2086
  "$rasad" $cmd --db "$pg" 2>&1 | strip_time >"$work/pg.out"
  compared=$((compared + 1))
  if [ ! -s "$work/sqlite.out" ] || ! diff -q "$work/sqlite.out" "$work/pg.out" >/dev/null; then
    echo "FAIL: rasad $cmd differs between SQLite and PostgreSQL (or is empty):"
    diff "$work/sqlite.out" "$work/pg.out" | head -10
    failed=$((failed + 1))
  fi
done
multi=$("$rasad" query --db "$pg" --output-format jsonl | grep -c '"sources_count":[2-9]' || true)
if [ "$multi" -lt 10 ]; then echo "FAIL: only $multi incidents with several sources in PostgreSQL"; failed=$((failed + 1)); fi
echo "cli_store_backends: $compared outputs compared, $failed different"
[ "$failed" -eq 0 ]
