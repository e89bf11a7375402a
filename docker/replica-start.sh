#!/usr/bin/env bash
# The standby: on its first start a base backup of the primary with -R (standby.signal and primary_conninfo, over
# the slot the primary made for it), then PostgreSQL as a hot standby. Run as the postgres user; PGDATA and
# PRIMARY_HOST (default postgres) and arguments for postgres let it run outside the container too.
set -euo pipefail
data=${PGDATA:-/var/lib/postgresql/data}
primary=${PRIMARY_HOST:-postgres}
if [ ! -s "$data/PG_VERSION" ]; then
  # the primary is healthy before this starts, but its init script may still be restarting it
  until pg_basebackup -h "$primary" -U majlis -D "$data" -R -X stream -S majlis_replica; do
    rm -rf "${data:?}"/*
    sleep 2
  done
  chmod 0700 "$data"
fi
exec postgres -D "$data" -c hot_standby=on "$@"
