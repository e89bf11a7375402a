#!/usr/bin/env bash
# The data package at scale: starts the packaged service (target/quarkus-app, scripts/jvm-options) on DB with the
# seed load off, downloads /data/latest's zip once (the first request builds it), and prints the wall time of that
# request, the zip's size and the service's peak resident memory (VmHWM of its JVM) over the whole run.
#   ./export.sh DB [PORT]        e.g. ./export.sh majlis_bench_export 8182
# The zip is built into a fresh temporary MAJLIS_EXPORT_DIR, removed at the end with the service.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
DB="${1:?usage: ./export.sh DB [PORT]}"; PORT="${2:-8182}"
cd "$PROJECT_DIR"
[ -f target/quarkus-app/quarkus-run.jar ] || die "build first: mvn -B package -DskipTests"
exports=$(mktemp -d)
chmod a+rwx "$exports"   # scripts/serve runs the service as the user majlis when started as root
log=$(mktemp)
MAJLIS_DB_NAME="$DB" MAJLIS_SEED_ENABLED=false MAJLIS_HTTP_PORT="$PORT" MAJLIS_MANAGEMENT_PORT="$((PORT + 1000))" MAJLIS_HTTP_HOST=127.0.0.1 \
  MAJLIS_EXPORT_DIR="$exports" MAJLIS_ACCESS_LOG=false scripts/serve >"$log" 2>&1 &
service=$!
trap 'kill "$service" 2>/dev/null || true; wait "$service" 2>/dev/null || true; rm -rf "$exports" "$log"' EXIT
for _ in $(seq 120); do
  curl -fs -o /dev/null "http://127.0.0.1:$((PORT + 1000))/q/health/ready" && break
  sleep 1
done
curl -fs -o /dev/null "http://127.0.0.1:$((PORT + 1000))/q/health/ready" || { cat "$log"; die "the service did not start"; }
java_pid=$(pgrep -P "$service" java || echo "$service")
rss_before=$(awk '/VmHWM/ {print $2}' "/proc/$java_pid/status")
zip="$exports/download.zip"
seconds=$(curl -fsSL -o "$zip" -w '%{time_total}' "http://127.0.0.1:$PORT/data/latest")
peak=$(awk '/VmHWM/ {print $2}' "/proc/$java_pid/status")
again=$(curl -fsSL -o /dev/null -w '%{time_total}' "http://127.0.0.1:$PORT/data/latest")
echo "database $DB: first download (build + send) ${seconds} s, zip $(stat -c %s "$zip") bytes, a second download ${again} s"
echo "service peak RSS: $((rss_before / 1024)) MB after start-up, $((peak / 1024)) MB after the export"
unzip -l "$zip" | tail -n +4 | head -n -2 | awk '{printf "  %12d  %s\n", $1, $4}'
