#!/usr/bin/env bash
# The mobile app's card list over GET by its persisted hash (clients/mobile/MeetingCards.graphql, first page):
# full answers against 304 revalidations (If-None-Match with the answer's ETag), interleaved, one wrk each round.
#   ./mobile-get.sh URL [--reps 3] [--duration 15] [--connections 16]
#   ./mobile-get.sh http://127.0.0.1:8090/graphql
# Prints one line per round and a median per kind; the revalidation must get 304 (checked first).
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
URL="${1:?usage: ./mobile-get.sh URL [--reps N] [--duration S] [--connections C]}"; shift
REPS=3; DURATION=15; CONN=16
while [ $# -gt 0 ]; do
  case "$1" in
    --reps) REPS="$2"; shift 2;;
    --duration) DURATION="$2"; shift 2;;
    --connections) CONN="$2"; shift 2;;
    *) die "unknown option $1";;
  esac
done
hash=$(sha256sum "$PROJECT_DIR/clients/mobile/MeetingCards.graphql" | cut -d' ' -f1)
extensions=$(node -e 'console.log(encodeURIComponent(JSON.stringify({persistedQuery: {version: 1, sha256Hash: process.argv[1]}})))' "$hash")
get="$URL?operationName=MeetingCards&extensions=$extensions"
etag=$(curl -fsS -D - -o /dev/null "$get" | awk 'tolower($1) == "etag:" {print $2}' | tr -d '\r')
[ -n "$etag" ] || die "no ETag from $get"
status=$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" "$get")
[ "$status" = 304 ] || die "revalidation got $status, not 304"
declare -A rates
for rep in $(seq "$REPS"); do
  for kind in full revalidation; do
    header=(); [ "$kind" = revalidation ] && header=(-H "If-None-Match: $etag")
    rate=$(wrk -t1 -c"$CONN" -d"${DURATION}s" "${header[@]}" "$get" | awk '/Requests\/sec/ {print $2}')
    log "rep $rep $kind: $rate req/s"
    rates[$kind]="${rates[$kind]:-} $rate"
  done
done
for kind in full revalidation; do
  median=$(printf '%s\n' ${rates[$kind]} | sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}')
  echo "$kind: median $median req/s (${rates[$kind]# })"
done
