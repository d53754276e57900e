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

# The reset flood: 64 connections post the password-reset form with a garbage token and a
# strong password for 10 s, while one client fetches the home page ten times a second. The
# home page's p95 during the flood, and the server's peak memory, are reported.
flood() {
  local label=$1
  cat >"$data/reset.lua" <<'LUA'
wrk.method = "POST"
wrk.body = "token=" .. string.rep("f", 43) .. "&password=copper%20meadow%20violin%20lantern%2055"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
LUA
  local latencies="$data/home-latencies.txt"
  : >"$latencies"
  wrk -t2 -c64 -d10s -s "$data/reset.lua" "http://127.0.0.1:$port/api/accounts/reset-password" >"$data/flood.txt" 2>&1 &
  local wrk_pid=$!
  for _ in $(seq 1 100); do
    curl -s -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$port/" >>"$latencies" || echo 99 >>"$latencies"
    sleep 0.1
  done
  wait "$wrk_pid" || true
  local p95 rps peak
  p95=$(sort -n "$latencies" | awk '{a[NR]=$1} END {i=int(NR*0.95); if (i<1) i=1; printf "%.1f", a[i]*1000}')
  rps=$(awk '/Requests\/sec/ {print $2}' "$data/flood.txt")
  peak=$(awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$pid/status")
  printf '%-40s home p95 %6s ms   flood %8s req/s   server peak memory %5s MiB\n' "$label" "$p95" "$rps" "$peak"
}
echo "reset flood: wrk, 64 connections, 10 s, garbage token; home page fetched every 100 ms"
flood "reset flood (default limits)"
kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
# The same flood with the link limit out of the way: the token check alone must be cheap.
WSIS_DATA_DIR="$data" LEPTOS_SITE_ADDR="127.0.0.1:$port" LEPTOS_SITE_ROOT="$site" RUST_LOG=warn \
  WSIS_LINKS_PER_HOUR=100000000 "$bin" serve &
pid=$!
until curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1; do sleep 0.01; done
flood "reset flood (no rate limit)"

wasm="$site/pkg/wsis-prizes.wasm"
raw=$(stat -c %s "$wasm")
gz=$(gzip -9 -c "$wasm" | wc -c)
js=$(stat -c %s "$site/pkg/wsis-prizes.js")
echo "wasm bundle: $((raw / 1024)) KiB raw, $((gz / 1024)) KiB gzip -9; JS glue: $((js / 1024)) KiB"
