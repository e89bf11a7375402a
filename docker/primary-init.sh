#!/usr/bin/env bash
# The primary's first start (docker-entrypoint-initdb.d): the standby copies and streams from it as `majlis`, a
# superuser here, so replication connections from the compose network are allowed, and a physical slot keeps the
# WAL the standby has not received yet.
set -euo pipefail
echo "host replication all all scram-sha-256" >> "$PGDATA/pg_hba.conf"
psql -v ON_ERROR_STOP=1 -U "$POSTGRES_USER" -d "$POSTGRES_DB" \
  -c "SELECT pg_create_physical_replication_slot('majlis_replica')"
