#!/usr/bin/env bash
# Shows that `make test` passes on a machine where Debian's `postgresql` package created its
# own cluster: it creates such a cluster on 127.0.0.1:5432 with pg_createcluster (password
# authentication, scram-sha-256, for TCP connections), checks that it refuses a login without
# a password, runs `make test`, then drops the cluster. A cluster already listening on 5432 is
# stopped for the run and started again afterwards. Run as root on Debian.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v pg_createcluster >/dev/null || {
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
}
version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
name=wsis_stock_proof
previous=$(pg_lsclusters --no-header | awk '$3 == 5432 && $4 ~ /online/ {print $1 " " $2}')
restore() {
  pg_dropcluster --stop "$version" "$name" 2>/dev/null || true
  if [ -n "$previous" ]; then
    # shellcheck disable=SC2086
    pg_ctlcluster $previous start || true
  fi
}
trap restore EXIT
if [ -n "$previous" ]; then
  echo "stopping the cluster on 5432 for the proof: $previous"
  # shellcheck disable=SC2086
  pg_ctlcluster $previous stop
fi
pg_dropcluster --stop "$version" "$name" 2>/dev/null || true
pg_createcluster "$version" "$name" --port 5432 --start -- \
  --auth-host=scram-sha-256 --auth-local=peer >/dev/null
if PGCONNECT_TIMEOUT=5 psql "postgres://postgres@127.0.0.1:5432/postgres" -c 'select 1' </dev/null >/dev/null 2>&1; then
  echo "the stock cluster let postgres in without a password: not the case to prove" >&2
  exit 1
fi
echo "a stock cluster answers on 5432 and asks for a password; running make test"
make test
