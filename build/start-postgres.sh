#!/usr/bin/env bash
# Installs (if missing) and starts a local PostgreSQL server for the store's PostgreSQL tests, and creates the
# role and database they use. Idempotent: safe to run on every CI run. Needs root.
# Afterwards: export SITREP_TEST_PG='jdbc:postgresql://127.0.0.1:5432/sitrep?user=sitrep&password=sitrep'
set -euo pipefail

if ! command -v pg_ctlcluster >/dev/null || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q postgresql
fi

version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | awk '{print $1, $2}' | grep -qx "$version main"; then
  pg_createcluster "$version" main
fi
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $4}' | grep -qx online; then
  pg_ctlcluster "$version" main start
fi

for _ in $(seq 1 30); do
  su postgres -c "pg_isready -q -h 127.0.0.1" && break
  sleep 1
done

su postgres -c "psql -v ON_ERROR_STOP=1 -q" <<'SQL'
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sitrep') THEN
    CREATE ROLE sitrep LOGIN PASSWORD 'sitrep';
  END IF;
END
$$;
SQL
if ! su postgres -c "psql -tAc \"SELECT 1 FROM pg_database WHERE datname = 'sitrep'\"" | grep -q 1; then
  su postgres -c "createdb -O sitrep sitrep"
fi
echo "PostgreSQL $version is up; database sitrep (user sitrep) is ready"
