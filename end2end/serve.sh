#!/usr/bin/env bash
# Starts the release server for the browser journeys: a fresh data folder, a secretariat
# account made with the command line, mail captured (no SMTP), on the given port
# (E2E_DEMO=N loads the demo edition with N submissions first).
set -euo pipefail
port=${1:-3100}
here=$(cd "$(dirname "$0")" && pwd)
target=${CARGO_TARGET_DIR:-$here/../target}
bin="$target/release/wsis-prizes"
data=$(mktemp -d /tmp/wsis-e2e.XXXXXX)
export WSIS_DATA_DIR="$data"
export DATABASE_URL="sqlite://$data/wsis.db?mode=rwc"
export LEPTOS_SITE_ADDR="127.0.0.1:$port"
export LEPTOS_SITE_ROOT="${LEPTOS_SITE_ROOT:-$target/site}"
export WSIS_PUBLIC_URL="http://127.0.0.1:$port"
export RUST_LOG="${RUST_LOG:-warn}"
# Every journey signs in from 127.0.0.1: the per-address quotas are raised for the tests.
export WSIS_LOGIN_PER_MINUTE=500 WSIS_REGISTER_PER_HOUR=500 WSIS_RESET_PER_HOUR=500
unset WSIS_SMTP_URL
printf '%s' "${E2E_SECRETARIAT_PASSWORD:-granite orchard lantern 2027}" \
  | "$bin" user create --email secretariat@itu.example --role secretariat --name "WSIS Secretariat" >/dev/null
# A journey that needs a whole edition (nominees in every category) starts its own server
# with the demo edition loaded first.
if [ -n "${E2E_DEMO:-}" ]; then "$bin" demo --count "$E2E_DEMO" >/dev/null; fi
exec "$bin" serve
