# Sourced by scripts/chaos and scripts/soak: reloads of the seed data while instances serve, as a curator's release
# is loaded: a separate run of the packaged jar against the same database, with another seed folder, that loads it
# at start-up (one transaction) and is stopped once ready. Needs MAJLIS_DB_* of the database the instances use.

# seed_revision DIR N: DIR becomes a copy of seeds/ whose meeting icmpd-review-2020 has a summary that names
# revision N (a new dataset version each time N changes; the soak checks every answer's data against its version)
seed_revision() {
  rm -rf "$1" && cp -r seeds "$1"
  sed -i "s/On 20 January 2020 ICMPD/On 20 January 2020 (revision $2) ICMPD/" "$1"/documents/002_3c0063343cd7b98a.yaml
  grep -q "(revision $2)" "$1"/documents/002_3c0063343cd7b98a.yaml
}

# seed_broken DIR: a copy of seeds/ whose annotation file of one document is no longer valid YAML
seed_broken() {
  rm -rf "$1" && cp -r seeds "$1"
  printf 'meetings: [\n' >> "$1"/documents/002_3c0063343cd7b98a.yaml
}

source scripts/lib/free-port

# start_loader DIR LOG: starts the loader in the background on free ports; its pid in $loader_pid, its management
# port in $loader_management
start_loader() {
  loader_management=$(free_port)
  MAJLIS_SEED_ENABLED=true MAJLIS_SEED_DIR="$1" MAJLIS_HTTP_HOST=127.0.0.1 MAJLIS_HTTP_PORT=$(free_port) \
    MAJLIS_MANAGEMENT_PORT=$loader_management MAJLIS_SHUTDOWN_DELAY=0S MAJLIS_ACCESS_LOG=false \
    java $(cat scripts/jvm-options) -jar target/quarkus-app/quarkus-run.jar > "$2" 2>&1 &
  loader_pid=$!
}

# run_loader DIR LOG: loads DIR; status 0 once the loader is ready (loaded) and stopped, 1 if it exited (refused)
run_loader() {
  start_loader "$1" "$2"
  for _ in $(seq 1 240); do
    if curl -fs -o /dev/null -m 2 "http://127.0.0.1:$loader_management/q/health/ready"; then
      kill -TERM "$loader_pid"; wait "$loader_pid" || true; return 0
    fi
    kill -0 "$loader_pid" 2>/dev/null || { wait "$loader_pid" || true; return 1; }
    sleep 0.25
  done
  kill -KILL "$loader_pid"; echo "reload: the loader neither loaded nor failed within 60 s (log: $2)" >&2; return 2
}

# fingerprint: one digest of every row of every table the data lives in (the schema's bookkeeping aside)
fingerprint() {
  local db=(psql -X -Atq -v ON_ERROR_STOP=1 -h "${MAJLIS_DB_HOST:-127.0.0.1}" -p "${MAJLIS_DB_PORT:-5432}" -U "${MAJLIS_DB_USER:-majlis}" -d "$MAJLIS_DB_NAME")
  PGPASSWORD=${MAJLIS_DB_PASSWORD:-majlis} "${db[@]}" -c "SELECT format('SELECT %L || '' '' || md5(coalesce(string_agg(t::text, E''\n'' ORDER BY t::text), '''')) FROM %I t;', tablename, tablename)
      FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE 'databasechangelog%' ORDER BY tablename" \
    | PGPASSWORD=${MAJLIS_DB_PASSWORD:-majlis} "${db[@]}" | md5sum | cut -d' ' -f1
}
