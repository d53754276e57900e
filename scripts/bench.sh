#!/usr/bin/env bash
# Measures, on the release build: time from start to first response; rate and latency of the
# rendered home and category pages under concurrent load, beside the same HTML served as a
# static file by the same server; the size of the wasm bundle. Traffic stays on loopback.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${CARGO_TARGET_DIR:-$PWD/target}
bin="$target/release/wsis-prizes"
site="${LEPTOS_SITE_ROOT:-$target/site}"
port=${BENCH_PORT:-3200}
duration=${BENCH_SECONDS:-10}
connections=${BENCH_CONNECTIONS:-64}
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }

data=$(mktemp -d /tmp/wsis-bench.XXXXXX)
cleanup() { [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null; rm -rf "$data" "$site/bench-static.html"; }
trap cleanup EXIT

start=$(date +%s%N)
WSIS_DATA_DIR="$data" LEPTOS_SITE_ADDR="127.0.0.1:$port" LEPTOS_SITE_ROOT="$site" RUST_LOG=warn "$bin" serve &
pid=$!
until curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1; do sleep 0.01; done
first=$(( ($(date +%s%N) - start) / 1000000 ))
echo "start to first response (fresh database, migrations and seeding included): ${first} ms"

curl -fs "http://127.0.0.1:$port/" -o "$site/bench-static.html"
run() {
  local name=$1 url=$2
  local out
  out=$(wrk -t2 -c"$connections" -d"${duration}s" --latency "$url")
  local rps p50 p90 p99
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p90=$(awk '$1=="90%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  printf '%-28s %10s req/s   p50 %8s   p90 %8s   p99 %8s\n' "$name" "$rps" "$p50" "$p90" "$p99"
}
echo "load: wrk, 2 threads, $connections connections, ${duration} s each"
run "home page (rendered)" "http://127.0.0.1:$port/"
run "category C7.4 (rendered)" "http://127.0.0.1:$port/categories/C7.4"
run "home page as a static file" "http://127.0.0.1:$port/bench-static.html"

wasm="$site/pkg/wsis-prizes.wasm"
raw=$(stat -c %s "$wasm")
gz=$(gzip -9 -c "$wasm" | wc -c)
js=$(stat -c %s "$site/pkg/wsis-prizes.js")
echo "wasm bundle: $((raw / 1024)) KiB raw, $((gz / 1024)) KiB gzip -9; JS glue: $((js / 1024)) KiB"
