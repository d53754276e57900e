#!/usr/bin/env bash
# Starts the PostgreSQL cluster the integration tests use: a private cluster of this project,
# on its own port and socket folder, with trust authentication on loopback. It never logs in
# to a server it did not set up (a stock Debian cluster on 5432 asks for passwords, and its
# data is not ours to touch). Installs Debian's PostgreSQL server binaries when missing.
#
# Prints nothing on success; the cluster answers at postgres://postgres@127.0.0.1:$WSIS_PG_PORT.
set -euo pipefail
port="${WSIS_PG_PORT:-55432}"
dir="${WSIS_PG_DIR:-/var/tmp/wsis-prizes-pg-$port}"

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "installing PostgreSQL from Debian's packages"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)

# initdb refuses to run as root: the cluster belongs to the postgres user then.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    su postgres -s /bin/sh -c "$*"
  else
    sh -c "$*"
  fi
}

if pg_isready -q -h 127.0.0.1 -p "$port" 2>/dev/null; then
  if [ -f "$dir/PG_VERSION" ]; then
    exit 0
  fi
  echo "port $port answers but is not this project's cluster ($dir); set WSIS_PG_PORT to a free port" >&2
  exit 1
fi

if [ ! -f "$dir/PG_VERSION" ] || [ "$(cat "$dir/PG_VERSION")" != "$(basename "$(dirname "$bin")")" ]; then
  rm -rf "$dir"
  mkdir -p "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir"
  chmod 700 "$dir"
  as_owner "$bin/initdb -D '$dir' -U postgres --auth=trust --no-instructions >/dev/null"
fi
# Tests create and drop many databases; fsync is kept on (the tests check durability paths).
as_owner "$bin/pg_ctl -D '$dir' -l '$dir/server.log' -w -t 60 \
  -o \"-p $port -k '$dir' -c listen_addresses=127.0.0.1 -c max_connections=300\" start >/dev/null"
pg_isready -q -h 127.0.0.1 -p "$port"
