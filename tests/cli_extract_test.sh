#!/usr/bin/env bash
# End-to-end checks of `rasad extract` as a user runs it:
#   - the same input gives byte-identical output at -j 1, 2 and 4;
#   - bad records are named on stderr (file:line), the exit status is 1, and
#     every good record still comes out;
#   - --help documents every option.
set -euo pipefail
RASAD=$1
SRC=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

in="$SRC/samples/articles.jsonl"
for j in 1 2 4; do "$RASAD" extract -q -j $j "$in" -o "$tmp/out$j.jsonl"; done
cmp -s "$tmp/out1.jsonl" "$tmp/out2.jsonl" || fail "-j 2 output differs from -j 1"
cmp -s "$tmp/out1.jsonl" "$tmp/out4.jsonl" || fail "-j 4 output differs from -j 1"
[ -s "$tmp/out1.jsonl" ] || fail "no output on the samples"

head -n 2 "$in" > "$tmp/mixed.jsonl"
echo 'not json at all' >> "$tmp/mixed.jsonl"
echo '{"id":"x1"}' >> "$tmp/mixed.jsonl"
sed -n 3p "$in" >> "$tmp/mixed.jsonl"
set +e
"$RASAD" extract "$tmp/mixed.jsonl" -o "$tmp/mixed.out" 2> "$tmp/err"
rc=$?
set -e
[ $rc -eq 1 ] || fail "exit status $rc, expected 1 for rejected records"
grep -q "mixed.jsonl:3" "$tmp/err" || fail "line 3 not named on stderr"
grep -q "mixed.jsonl:4 (id x1)" "$tmp/err" || fail "line 4 (id x1) not named on stderr"
good=$(python3 -c 'import json,sys; print(len({json.loads(l)["article_id"] for l in open(sys.argv[1])}))' "$tmp/mixed.out" 2>/dev/null || echo 0)
want=$(head -n 3 "$tmp/out1.jsonl" >/dev/null; python3 -c '
import json,sys
ids=[json.loads(l)["id"] for l in open(sys.argv[1])][:3]
out={json.loads(l)["article_id"] for l in open(sys.argv[2])}
print(len([i for i in ids if i in out]))' "$in" "$tmp/out1.jsonl")
[ "$good" = "$want" ] || fail "good records lost: $good articles out, expected $want"

"$RASAD" extract --help > "$tmp/help"
for opt in --output --published --data --jobs --quiet; do grep -q -- "$opt" "$tmp/help" || fail "--help lacks $opt"; done
set +e
"$RASAD" extract --published 2024-13-01 "$in" > /dev/null 2>&1
rc=$?
set -e
[ $rc -eq 2 ] || fail "a bad --published date must exit 2, got $rc"
echo "cli_extract_test: all checks passed"
