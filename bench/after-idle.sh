#!/usr/bin/env bash
# The tail latency of the first seconds of load after a quiet spell, A/B: two majlis JVMs on the bench database,
# each started by peers/majlis.sh with its own environment, the same query driven at both in turn.
#   ./after-idle.sh [--reps 5] [--idle 60] [--duration 10] [--query Q2] 'A=ENV=V ...' 'B=ENV=V ...'
# Each rep, for A then B: --idle seconds with no load on either, then two consecutive runs of --duration seconds
# (wrk, 16 connections, lib/wrk.lua): "after idle" and "next". A warm-up of 40 s per JVM comes first. Each JVM
# logs its collections and safepoints (-Xlog:gc,safepoint) to .work/after-idle-NAME.gc.log.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
REPS=5 IDLE=60 DURATION=10 QUERY=Q2 CONN=16
while [ $# -gt 0 ]; do
  case "$1" in
    --reps) REPS="$2"; shift 2;;
    --idle) IDLE="$2"; shift 2;;
    --duration) DURATION="$2"; shift 2;;
    --query) QUERY="$2"; shift 2;;
    *=*) break;;
    *) die "unknown option $1";;
  esac
done
[ $# -ge 1 ] || die "usage: $0 [options] 'A=ENV=V ...' ['B=ENV=V ...']"
read_bench_meta
NAMES=() PIDS=() PORTS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT
port=8190
for spec in "$@"; do
  name="${spec%%=*}" env_list="${spec#*=}"
  gc="$WORK_DIR/after-idle-$name.gc.log"
  # shellcheck disable=SC2086
  pid=$(env $env_list PORT=$port JAVA_OPTS="$(cat "$PROJECT_DIR/scripts/jvm-options") -Xlog:gc,safepoint:file=$gc:uptime" \
        "$BENCH_DIR/peers/majlis.sh")
  NAMES+=("$name") PIDS+=("$pid") PORTS+=("$port")
  log "$name: pid $pid, port $port, env: $env_list"
  port=$((port + 1))
done
drive() { # index seconds seed -> "req/s p50 p99"
  wrk -t1 -c"$CONN" -d"$2s" --timeout 10s -s "$BENCH_DIR/lib/wrk.lua" "http://127.0.0.1:${PORTS[$1]}/graphql" -- \
    "$BENCH_DIR/queries/majlis/$QUERY.graphql" "$BENCH_DIR/queries/majlis/$QUERY.vars.json" "$QUERY" "$3" "$HOT" "$MEETINGS" \
    | sed -n 's/^WRKJSON //p' | tail -1 | jq -r '"\(.rps|floor) req/s  p50 \(.p50_ms) ms  p99 \(.p99_ms) ms  errors \(.errors)"'
}
for i in "${!NAMES[@]}"; do log "${NAMES[$i]} warm-up 40 s: $(drive "$i" 40 7)"; done
for rep in $(seq "$REPS"); do
  for i in "${!NAMES[@]}"; do
    sleep "$IDLE"
    log "rep $rep ${NAMES[$i]} after ${IDLE} s idle: $(drive "$i" "$DURATION" $((100 + rep)))"
    log "rep $rep ${NAMES[$i]} next:              $(drive "$i" "$DURATION" $((200 + rep)))"
  done
done
for i in "${!NAMES[@]}"; do
  log "${NAMES[$i]}: RSS $(( $(awk '/VmRSS/ {print $2}' "/proc/${PIDS[$i]}/status") / 1024 )) MB, GC log $WORK_DIR/after-idle-${NAMES[$i]}.gc.log"
done
