#!/usr/bin/env bash
# Start majlis (the packaged JVM build, prod profile) on the bench database, in the background;
# prints its PID (the java process, for RSS/CPU sampling) once /q/health/ready (on the management port,
# MANAGEMENT_PORT, default PORT+1000) is UP.
# Stop it with: kill <PID>
#   PORT=8090 BENCH_POOL=20 ./peers/majlis.sh
# Production-like and quiet: packaged jar (not quarkus dev), no seed loading, access log off,
# log level WARN, pool size $BENCH_POOL like PostGraphile's. JAVA_OPTS (default: the project's
# scripts/jvm-options, with MALLOC_ARENA_MAX=2, as scripts/run uses them) is passed to java. MAJLIS_DB_PORT overrides the PostgreSQL port (e.g. to go
# through lib/pgcount.cjs, the statement counter). Builds the jar first if it is missing.
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"
PORT="${PORT:-8090}"
MANAGEMENT_PORT="${MANAGEMENT_PORT:-$((PORT + 1000))}"
JAR="$PROJECT_DIR/target/quarkus-app/quarkus-run.jar"
if [ ! -f "$JAR" ]; then
  log "building $JAR (mvn package -DskipTests)"
  (cd "$PROJECT_DIR" && mvn -B -q package -DskipTests) >&2 || die "build failed"
fi
for p in "$PORT" "$MANAGEMENT_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then die "port $p already in use"; fi
done
LOGF="$WORK_DIR/majlis-$PORT.log"
cd "$PROJECT_DIR"
# shellcheck disable=SC2086
MAJLIS_DB_HOST="$PGHOST" MAJLIS_DB_PORT="${MAJLIS_DB_PORT:-$PGPORT}" MAJLIS_DB_NAME="$BENCH_DB" \
MAJLIS_DB_USER="$BENCH_USER" MAJLIS_DB_PASSWORD="$BENCH_PASSWORD" MAJLIS_DB_POOL_SIZE="$BENCH_POOL" \
MAJLIS_SEED_ENABLED=false MAJLIS_HTTP_HOST=127.0.0.1 MAJLIS_HTTP_PORT="$PORT" MAJLIS_MANAGEMENT_PORT="$MANAGEMENT_PORT" MAJLIS_ACCESS_LOG=false \
MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}" \
  nohup java ${JAVA_OPTS:-$(cat "$PROJECT_DIR/scripts/jvm-options")} -Dquarkus.log.level=WARN '-Dquarkus.log.category."org.majlis".level=WARN' \
  -jar "$JAR" >"$LOGF" 2>&1 &
pid=$!
# the first start on an existing database migrates it: a changeset that rewrites a table takes minutes at L
READY_SECONDS="${READY_SECONDS:-1800}"
for _ in $(seq $((READY_SECONDS * 2))); do
  if curl -fs -o /dev/null -m 2 "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready"; then echo "$pid"; exit 0; fi
  kill -0 "$pid" 2>/dev/null || { tail -40 "$LOGF" >&2; die "majlis exited (log: $LOGF)"; }
  sleep 0.5
done
kill "$pid"; die "majlis was not ready on port $PORT within $READY_SECONDS s (log: $LOGF)"
