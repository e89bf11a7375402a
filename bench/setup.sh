#!/usr/bin/env bash
# Idempotent: the load tools and the peer. wrk and pgbench (apt), PostGraphile 4.14.1 +
# postgraphile-plugin-connection-filter 2.3.0 (npm ci into ./node_modules, ignored by git).
# The database is made by ./generate, majlis is built by Maven (peers/majlis.sh builds if needed).
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
need=()
command -v wrk >/dev/null || need+=(wrk)
command -v pgbench >/dev/null || need+=(postgresql-client)
[ -x /usr/bin/time ] || need+=(time)
command -v jq >/dev/null || need+=(jq)
if [ ${#need[@]} -gt 0 ]; then
  log "installing ${need[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
if [ ! -x "$BENCH_DIR/node_modules/.bin/postgraphile" ]; then
  log "installing PostGraphile into $BENCH_DIR/node_modules"
  (cd "$BENCH_DIR" && npm ci --no-audit --no-fund --loglevel=error)
fi
log "tools ready: $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2), $(pgbench --version), PostGraphile $(node -p 'require("'"$BENCH_DIR"'/node_modules/postgraphile/package.json").version')"
