#!/usr/bin/env bash
# Throughput with one and with two majlis instances behind HAProxy on this machine, side by side in one
# interleaved run of ./run.sh (the benchmark's Q1-Q3, same data, same 16 connections):
#   direct  one instance, without the balancer
#   one     HAProxy (scripts/cluster-up) in front of that one instance
#   two     HAProxy in front of two instances
# On the bench database (./generate --scale L first; BENCH_DB for another), no seeds loaded. Extra arguments go to
# run.sh, e.g.  ./scale-out.sh --reps 3 --duration 15
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$PROJECT_DIR"
export MAJLIS_DB_NAME="$BENCH_DB" MAJLIS_DB_USER="$BENCH_USER" MAJLIS_DB_PASSWORD="$BENCH_PASSWORD" \
  MAJLIS_SEED_ENABLED=false MAJLIS_ACCESS_LOG=false MAJLIS_LB_HOST=127.0.0.1 MAJLIS_RATE_LIMIT=
cluster() { # NAME COUNT PORT -> scripts/cluster-up or cluster-down with that cluster's directory and ports
  MAJLIS_CLUSTER_DIR=.majlis/scale-$1 MAJLIS_LB_PORT=$3 MAJLIS_CLUSTER_PORT_BASE=$3 \
    MAJLIS_CLUSTER_MANAGEMENT_BASE=$(($3 + 1000)) "$PROJECT_DIR/scripts/cluster-$4" $2 >&2
}
trap 'cluster one 1 8200 down; cluster two 2 8210 down' EXIT
cluster one 1 8200 up
cluster two 2 8210 up
one=$(cat .majlis/scale-one/instance-1.pid)
cd "$BENCH_DIR"
./run.sh --label scale-out --baseline one "$@" \
  "direct=http://127.0.0.1:8201/graphql,pid=$one,dir=queries/majlis,warmup=40" \
  "one=http://127.0.0.1:8200/graphql,pid=$one,dir=queries/majlis,warmup=40" \
  "two=http://127.0.0.1:8210/graphql,dir=queries/majlis,warmup=40"
