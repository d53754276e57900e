#!/usr/bin/env bash
# Drops the databases the PostgreSQL integration tests create (one per test, named
# wsis_test_*) on the project's private cluster, so that runs do not pile them up.
# Run it when no test runs.
set -euo pipefail
base=${WSIS_TEST_POSTGRES:-postgres://postgres@127.0.0.1:${WSIS_PG_PORT:-55432}}
psql "$base/postgres" -Atc "select datname from pg_database where datname like 'wsis\_test\_%'" |
  while read -r name; do
    psql "$base/postgres" -qc "drop database if exists \"$name\" with (force)" >/dev/null
  done
