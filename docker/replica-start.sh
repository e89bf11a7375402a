#!/usr/bin/env bash
# The standby: on its first start a base backup of the primary with -R (standby.signal and primary_conninfo, over
# the slot the primary made for it), then PostgreSQL as a hot standby. Run as the postgres user; PGDATA,
# PRIMARY_HOST (default postgres), PRIMARY_USER (majlis) and arguments for postgres let it run outside the container.
set -euo pipefail
data=${PGDATA:-/var/lib/postgresql/data}
primary=${PRIMARY_HOST:-postgres}
user=${PRIMARY_USER:-majlis}
if [ ! -s "$data/PG_VERSION" ]; then
  # the primary is healthy before this starts, but its init script may still be restarting it
  until pg_basebackup -h "$primary" -U "$user" -D "$data" -R -X stream -S majlis_replica; do
    rm -rf "${data:?}"/*
    sleep 2
  done
  chmod 0700 "$data"
fi
exec postgres -D "$data" -c hot_standby=on "$@"
