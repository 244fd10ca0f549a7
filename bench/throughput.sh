#!/usr/bin/env bash
# End-to-end throughput of `rasad extract`, against a multi-pattern grep baseline.
#
# usage: bench/throughput.sh [--mb N] [--rounds N] [--rasad PATH] [--data DIR] [--keep]
#
# Builds a corpus of at least N MB (default 200) in a temporary directory by
# replicating samples/articles.jsonl (and ../shared/eval/dev through
# ../shared/eval/make_input.py when ../shared exists) with fresh ids and
# publication dates shifted by 0..27 days (relative dates still resolve and
# stated dates stay inside the event window), then runs
#   rasad extract -j 1 CORPUS -o /dev/null
#   rasad extract -j 2 CORPUS -o /dev/null
#   grep -F -o -f PHRASES CORPUS | wc -l      (every match counted, LC_ALL=C)
# where PHRASES holds every lexicon phrase: actor aliases and anaphors,
# nationality adjectives, triggers, cues and every Arabic place name of the
# gazetteer and its overrides. Reports MB/s and articles/s per core (wall clock,
# and per CPU-second, which is steadier on a shared machine), peak resident
# memory (/usr/bin/time -v, Debian package `time`), the 1 -> 2 core speed-up and
# the ratio rasad time / grep time. The runs are repeated in --rounds (default 3)
# interleaved rounds and each figure is the best of them.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MB=200
RASAD="${RASAD:-}"
DATA="$ROOT/data"
KEEP=0
ROUNDS=3
while [ $# -gt 0 ]; do
  case "$1" in
    --mb) MB="$2"; shift 2 ;;
    --rasad) RASAD="$2"; shift 2 ;;
    --data) DATA="$2"; shift 2 ;;
    --keep) KEEP=1; shift ;;
    --rounds) ROUNDS="$2"; shift 2 ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
if [ -z "$RASAD" ]; then
  for c in "$ROOT/build/rasad" "$ROOT/build/src/cli/rasad"; do
    if [ -x "$c" ]; then RASAD="$c"; break; fi
  done
fi
if [ -z "$RASAD" ] || [ ! -x "$RASAD" ]; then
  echo "no rasad binary: build first (bash scripts/build.sh) or pass --rasad PATH" >&2
  exit 2
fi
if [ ! -x /usr/bin/time ]; then
  echo "/usr/bin/time is missing: apt-get install time (scripts/install-deps.sh installs it)" >&2
  exit 2
fi

TMP="$(mktemp -d "${TMPDIR:-/tmp}/rasad-throughput.XXXXXX")"
if [ "$KEEP" = 0 ]; then trap 'rm -rf "$TMP"' EXIT; else echo "keeping $TMP"; fi

# --- corpus
SEEDS=("$ROOT/samples/articles.jsonl")
SHARED="$ROOT/../shared"
if [ -d "$SHARED/eval/dev" ] && [ -f "$SHARED/eval/make_input.py" ]; then
  python3 "$SHARED/eval/make_input.py" "$SHARED/eval/dev" > "$TMP/dev.jsonl"
  SEEDS+=("$TMP/dev.jsonl")
fi
python3 - "$TMP/corpus.jsonl" "$MB" "${SEEDS[@]}" <<'PY'
import datetime, json, sys
out_path, mb, seeds = sys.argv[1], float(sys.argv[2]), sys.argv[3:]
articles = []
for p in seeds:
    with open(p, encoding='utf-8') as f:
        for line in f:
            if line.strip():
                articles.append(json.loads(line))
target = int(mb * 1024 * 1024)
written = n = rep = 0
with open(out_path, 'w', encoding='utf-8') as out:
    while written < target:
        shift = datetime.timedelta(days=rep % 28)
        for a in articles:
            b = dict(a)
            b['id'] = f"{a['id']}-{rep}"
            if a.get('published'):
                try:
                    d = datetime.date.fromisoformat(a['published'][:10]) + shift
                    b['published'] = d.isoformat() + a['published'][10:]
                except ValueError:
                    pass
            line = json.dumps(b, ensure_ascii=False) + '\n'
            out.write(line)
            written += len(line.encode('utf-8'))
            n += 1
        rep += 1
print(f"{n} {written}")
PY
read -r ARTICLES BYTES < <(python3 -c "
import sys
n=b=0
for line in open(sys.argv[1],'rb'):
    n+=1; b+=len(line)
print(n,b)" "$TMP/corpus.jsonl")

# --- every lexicon phrase, one a line
python3 - "$DATA" "$TMP/phrases.txt" <<'PY'
import subprocess, sys
data, out_path = sys.argv[1], sys.argv[2]
def rows(path):
    header = None
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            cols = line.split('\t')
            if header is None:
                header = cols
                continue
            yield dict(zip(header, cols))
def split(v):
    return [p.strip() for p in (v or '').split('|') if p.strip()]
phrases = set()
for r in rows(f'{data}/actors.tsv'):
    phrases.update(split(r.get('aliases'))); phrases.update(split(r.get('anaphors')))
for r in rows(f'{data}/actor_adjectives.tsv'):
    phrases.update(split(r.get('adjective')))
for name in ('triggers.tsv', 'cues.tsv'):
    for r in rows(f'{data}/{name}'):
        phrases.update(split(r.get('phrase')))
for r in rows(f'{data}/places_overrides.tsv'):
    phrases.update(split(r.get('names_ar')))
gaz = subprocess.run(['zstd', '-dc', f'{data}/gazetteer.tsv.zst'], capture_output=True, check=True).stdout
header = None
for line in gaz.decode('utf-8').splitlines():
    if not line or line.startswith('#'):
        continue
    cols = line.split('\t')
    if header is None:
        header = cols
        continue
    phrases.update(split(dict(zip(header, cols)).get('names_ar')))
with open(out_path, 'w', encoding='utf-8') as f:
    for p in sorted(phrases):
        f.write(p + '\n')
print(len(phrases), file=sys.stderr)
PY
PHRASES=$(wc -l < "$TMP/phrases.txt")

CPU_MODEL=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
echo "machine: $(nproc) cores, ${CPU_MODEL:-unknown CPU}, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "rasad:   $RASAD"
echo "corpus:  $ARTICLES articles, $(awk -v b="$BYTES" 'BEGIN{printf "%.1f", b/1048576}') MB; $PHRASES phrases"
echo

# run LABEL CMD...: runs under /usr/bin/time -v; sets WALL, CPU (user+sys), RSS (kB).
run() {
  local label="$1"; shift
  /usr/bin/time -v -o "$TMP/$label.time" "$@" > "$TMP/$label.out" 2> "$TMP/$label.err" || {
    echo "$label failed:" >&2; tail -5 "$TMP/$label.err" >&2; exit 1; }
  WALL=$(awk -F': ' '/Elapsed \(wall clock\)/{n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$TMP/$label.time")
  CPU=$(awk -F': ' '/User time/{u=$2} /System time/{s=$2} END{print u+s}' "$TMP/$label.time")
  RSS=$(awk -F': ' '/Maximum resident set size/{print $2}' "$TMP/$label.time")
}

report() {
  local label="$1" cores="$2"
  awk -v l="$label" -v w="$WALL" -v c="$CPU" -v r="$RSS" -v b="$BYTES" -v n="$ARTICLES" -v k="$cores" 'BEGIN{
    mb=b/1048576;
    printf "%-10s %7.1f s wall %7.1f s cpu | per core: %6.2f MB/s %8.0f articles/s | per cpu-s: %6.2f MB %8.0f articles | peak RSS %5.0f MB\n",
      l, w, c, mb/w/k, n/w/k, mb/c, n/c, r/1024 }'
}

# The three runs go in rounds (j1, grep, j2, then again), and each figure is the best of its
# rounds: on a shared or throttled machine the speed of the CPU moves from minute to minute,
# and interleaving keeps rasad and grep measured under the same conditions.
best() { awk -v a="$1" -v b="$2" 'BEGIN{print (b == "" || a < b) ? a : b}'; }
W1=; C1=; R1=0; W2=; C2=; R2=0; WG=; CG=; RG=0
for round in $(seq 1 "$ROUNDS"); do
  run j1 "$RASAD" extract -q -j 1 --data "$DATA" "$TMP/corpus.jsonl" -o /dev/null
  echo "round $round: rasad -j 1 ${WALL} s wall ${CPU} s cpu"
  W1=$(best "$WALL" "$W1"); C1=$(best "$CPU" "$C1"); R1=$((RSS > R1 ? RSS : R1))
  run grep env LC_ALL=C sh -c 'grep -F -o -f "$1" "$2" | wc -l' sh "$TMP/phrases.txt" "$TMP/corpus.jsonl"
  echo "round $round: grep       ${WALL} s wall ${CPU} s cpu"
  WG=$(best "$WALL" "$WG"); CG=$(best "$CPU" "$CG"); RG=$((RSS > RG ? RSS : RG))
  run j2 "$RASAD" extract -q -j 2 --data "$DATA" "$TMP/corpus.jsonl" -o /dev/null
  echo "round $round: rasad -j 2 ${WALL} s wall ${CPU} s cpu"
  W2=$(best "$WALL" "$W2"); C2=$(best "$CPU" "$C2"); R2=$((RSS > R2 ? RSS : R2))
done
echo
echo "best of $ROUNDS rounds:"
WALL=$W1 CPU=$C1 RSS=$R1 report "rasad -j 1" 1
WALL=$W2 CPU=$C2 RSS=$R2 report "rasad -j 2" 2
echo "grep -F -o -f PHRASES | wc -l: $(cat "$TMP/grep.out") matches, ${WG} s wall, ${CG} s cpu, peak RSS $((RG / 1024)) MB"
echo
awk -v w1="$W1" -v w2="$W2" -v c1="$C1" -v wg="$WG" -v cg="$CG" 'BEGIN{
  printf "speed-up 1 -> 2 cores: %.2fx\n", w1/w2;
  printf "rasad -j 1 / grep: %.2f (wall), %.2f (cpu)\n", w1/wg, c1/cg }'
