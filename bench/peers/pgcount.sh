#!/usr/bin/env bash
# Start the statement counter (lib/pgcount.cjs) in the background; prints its PID.
#   LISTEN=6433 HTTP=6434 ./peers/pgcount.sh
# Then start a target through it (MAJLIS_DB_PORT=6433 ./peers/majlis.sh, or
# PGPORT=6433 ./peers/postgraphile.sh) on another port and run
#   ./check.sh --stmts majlis=http://127.0.0.1:8091/graphql,pgcount=http://127.0.0.1:6434
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"
LISTEN="${LISTEN:-6433}"; HTTP="${HTTP:-6434}"
nohup node "$BENCH_DIR/lib/pgcount.cjs" --listen "$LISTEN" --http "$HTTP" --upstream "$PGHOST:$PGPORT" \
  >"$WORK_DIR/pgcount-$LISTEN.log" 2>&1 &
pid=$!
for _ in $(seq 20); do
  curl -fs -o /dev/null "http://127.0.0.1:$HTTP/stats" && { echo "$pid"; exit 0; }
  sleep 0.25
done
kill "$pid"; die "pgcount did not start (log: $WORK_DIR/pgcount-$LISTEN.log)"
