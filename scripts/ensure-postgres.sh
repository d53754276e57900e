#!/usr/bin/env bash
# Makes sure a PostgreSQL server answers on 127.0.0.1:5432 with trust authentication for the
# user postgres, for the integration tests. Uses the one already running if there is one;
# otherwise installs Debian's server and starts a private cluster (initdb refuses root, so it
# runs as the postgres user).
set -euo pipefail
PORT="${PGPORT:-5432}"
if pg_isready -q -h 127.0.0.1 -p "$PORT" 2>/dev/null; then
  exit 0
fi
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "installing PostgreSQL from Debian's packages"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
# A Debian cluster that exists but is stopped: start it.
if command -v pg_ctlcluster >/dev/null && ls /etc/postgresql/*/main >/dev/null 2>&1; then
  version=$(ls /etc/postgresql | sort -V | tail -n 1)
  pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null || true
  for _ in $(seq 1 30); do
    pg_isready -q -h 127.0.0.1 -p "$PORT" && exit 0
    sleep 0.5
  done
fi
# Otherwise a private cluster with trust authentication on loopback.
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
dir=/var/tmp/wsis-prizes-pg
if [ ! -f "$dir/PG_VERSION" ]; then
  mkdir -p "$dir" && chown postgres:postgres "$dir"
  su postgres -s /bin/sh -c "$bin/initdb -D $dir -U postgres --auth=trust >/dev/null"
fi
su postgres -s /bin/sh -c "$bin/pg_ctl -D $dir -l $dir/server.log -o '-p $PORT -k /tmp -c listen_addresses=127.0.0.1' -w start >/dev/null"
pg_isready -h 127.0.0.1 -p "$PORT"
