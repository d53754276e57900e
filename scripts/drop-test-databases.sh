#!/usr/bin/env bash
# Drops the databases the PostgreSQL integration tests create (one per test, named
# wsis_test_*), so that runs do not pile them up on the server. Run it when no test runs.
set -euo pipefail
base=${WSIS_TEST_POSTGRES:-postgres://postgres@127.0.0.1:5432}
psql "$base/postgres" -Atc "select datname from pg_database where datname like 'wsis\_test\_%'" |
  while read -r name; do
    psql "$base/postgres" -qc "drop database if exists \"$name\" with (force)" >/dev/null
  done
