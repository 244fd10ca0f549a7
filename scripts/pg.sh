#!/usr/bin/env bash
# A throwaway PostgreSQL 15 + PostGIS server for rasad's tests and benchmarks
# (the packages come from scripts/install-deps.sh; this script installs nothing).
#   scripts/pg.sh start    initdb under /tmp/rasad-pg-$PORT as user postgres, start it on
#                          127.0.0.1:$PORT only, create database "rasad" with PostGIS; prints its URL
#   scripts/pg.sh stop     stops the server by the PID it wrote, removes its directory
#   scripts/pg.sh status   prints the URL and PID and exits 0 when it runs, 1 when not
#   scripts/pg.sh url      prints the URL
# PORT is $RASAD_PG_PORT, default 55432. Authentication is "trust", for 127.0.0.1 only.
set -euo pipefail
PORT=${RASAD_PG_PORT:-55432}
ROOT=/tmp/rasad-pg-$PORT
DATA=$ROOT/data
PIDFILE=$ROOT/server.pid
BIN=/usr/lib/postgresql/15/bin
URL="postgresql://postgres@127.0.0.1:$PORT/rasad"

as_postgres() {
  if [ "$(id -un)" = postgres ]; then "$@"; else runuser -u postgres -- "$@"; fi
}

running_pid() {
  [ -f "$PIDFILE" ] || return 1
  local pid
  pid=$(cat "$PIDFILE")
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

start() {
  if pid=$(running_pid); then
    echo "pg: already running on port $PORT (pid $pid): $URL" >&2
    echo "$URL"
    return 0
  fi
  [ -x "$BIN/postgres" ] || { echo "pg: $BIN/postgres missing: run scripts/install-deps.sh" >&2; exit 2; }
  rm -rf "$ROOT"
  mkdir -p "$DATA"
  chown -R postgres: "$ROOT"
  chmod 700 "$ROOT" "$DATA"
  as_postgres "$BIN/initdb" -D "$DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$ROOT/initdb.log" 2>&1 ||
    { cat "$ROOT/initdb.log" >&2; exit 2; }
  as_postgres "$BIN/pg_ctl" -D "$DATA" -l "$ROOT/server.log" -w -t 60 start \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $ROOT -c max_connections=200" >/dev/null ||
    { cat "$ROOT/server.log" >&2; exit 2; }
  head -1 "$DATA/postmaster.pid" >"$PIDFILE"
  as_postgres "$BIN/psql" -q -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 \
    -c "CREATE DATABASE rasad" >/dev/null
  as_postgres "$BIN/psql" -q -h 127.0.0.1 -p "$PORT" -U postgres -d rasad -v ON_ERROR_STOP=1 \
    -c "CREATE EXTENSION IF NOT EXISTS postgis" >/dev/null
  echo "pg: started on port $PORT (pid $(cat "$PIDFILE")): $URL" >&2
  echo "$URL"
}

stop() {
  if pid=$(running_pid); then
    kill -INT "$pid"  # fast shutdown: roll back open transactions, close connections
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid"; fi
    echo "pg: stopped pid $pid" >&2
  fi
  rm -rf "$ROOT"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status)
    if pid=$(running_pid); then echo "running pid $pid: $URL"; else echo "not running (port $PORT)"; exit 1; fi ;;
  url) echo "$URL" ;;
  *) echo "usage: scripts/pg.sh start|stop|status|url   (port \$RASAD_PG_PORT, default 55432)" >&2; exit 2 ;;
esac
