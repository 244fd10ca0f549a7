# Sourced by tests/browser/run.sh and bench/serve_bench.sh:
#   start_serve RASAD LOG [serve options...]
# starts `RASAD serve --port 0 ...` in the background with its messages in LOG, waits (up to
# 60 s) for the address it prints, and sets SERVER (its PID) and URL (http://127.0.0.1:PORT/).
# The caller stops it by that PID. Returns 2 when it does not start.
start_serve() {
  local rasad=$1 log=$2
  shift 2
  "$rasad" serve --port 0 "$@" 2> "$log" &
  SERVER=$!
  URL=""
  for _ in $(seq 600); do
    URL=$(grep -o 'http://127.0.0.1:[0-9]*/' "$log" || true)
    [ -n "$URL" ] && return 0
    kill -0 "$SERVER" 2>/dev/null || break
    sleep 0.1
  done
  echo "rasad serve did not start:" >&2
  cat "$log" >&2
  return 2
}
