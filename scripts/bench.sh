#!/usr/bin/env bash
# Measures, on the release build: time from start to first response; rate and latency of the
# rendered home and category pages under concurrent load, beside the same HTML served as a
# static file by the same server and by Debian's nginx (the ceiling), without and with
# brotli; the reset flood; the islands' script size; the pages on an emulated 3G link;
# Lighthouse's scores; and, last (it loads the demo edition), expert review. Traffic stays on loopback.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${CARGO_TARGET_DIR:-$PWD/target}
bin="$target/release/wsis-prizes"
site="${LEPTOS_SITE_ROOT:-$target/site}"
port=${BENCH_PORT:-3200}
duration=${BENCH_SECONDS:-10}
connections=${BENCH_CONNECTIONS:-64}
modules=/usr/lib/nginx/modules
command -v wrk >/dev/null && command -v nginx >/dev/null && [ -f $modules/ngx_http_brotli_filter_module.so ] || {
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx-light libnginx-mod-http-brotli-filter >/dev/null; }

# BENCH_ONLY=vote runs the vote path's benchmark alone (scripts/bench-vote.sh).
if [ "${BENCH_ONLY:-}" = vote ]; then exec scripts/bench-vote.sh; fi
# BENCH_ONLY=search runs the gallery search's benchmark alone (scripts/bench-search.sh).
if [ "${BENCH_ONLY:-}" = search ]; then exec scripts/bench-search.sh; fi

data=$(mktemp -d /tmp/wsis-bench.XXXXXX)
cleanup() {
  [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null
  [ -n "${nginx_pid:-}" ] && kill "$nginx_pid" 2>/dev/null
  rm -rf "$data" "$site/bench-home.html" "$site/bench-category.html"
}
trap cleanup EXIT

start=$(date +%s%N)
export BENCH_SECRETARIAT_PASSWORD="granite orchard lantern 2027"
printf '%s' "$BENCH_SECRETARIAT_PASSWORD" | WSIS_DATA_DIR="$data" "$bin" user create \
  --email secretariat@itu.example --role secretariat --name "WSIS Secretariat" >/dev/null
WSIS_DATA_DIR="$data" LEPTOS_SITE_ADDR="127.0.0.1:$port" LEPTOS_SITE_ROOT="$site" RUST_LOG=warn "$bin" serve &
pid=$!
until curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1; do sleep 0.01; done
first=$(( ($(date +%s%N) - start) / 1000000 ))
echo "start to first response (fresh database, migrations and seeding included): ${first} ms"

# BENCH_ONLY=review skips straight to expert review; BENCH_ONLY=render measures rendering only.
if [ "${BENCH_ONLY:-}" != review ]; then
# The same bytes as static files: served by the platform itself, and by nginx.
nginx_port=$((port + 1))
mkdir -p "$data/nginx/www" "$data/nginx/tmp"
for page in home:/ category:/categories/C7.4; do
  curl -fs "http://127.0.0.1:$port${page#*:}" -o "$site/bench-${page%%:*}.html"
  cp "$site/bench-${page%%:*}.html" "$data/nginx/www/"
done
chmod -R a+rX "$data/nginx"
sed -e "s|@ROOT@|$data/nginx|g" -e "s|@PORT@|$nginx_port|g" -e "s|@MODULES@|$modules|g" \
  bench/nginx.conf >"$data/nginx/nginx.conf"
nginx -c "$data/nginx/nginx.conf" -p "$data/nginx" -g "user $(id -un);" &
nginx_pid=$!
until curl -fs "http://127.0.0.1:$nginx_port/bench-home.html" >/dev/null 2>&1; do sleep 0.05; done

run() {
  local name=$1 url=$2 encoding=$3
  local out
  out=$(wrk -t2 -c"$connections" -d"${duration}s" --latency -H "Accept-Encoding: $encoding" "$url")
  local rps p50 p99
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  printf '  %-34s %10s req/s   p50 %8s   p99 %8s\n' "$name" "$rps" "$p50" "$p99"
}
echo "load: wrk, 2 threads, $connections connections, ${duration} s each; anonymous visitor"
for encoding in identity br; do
  echo "Accept-Encoding: $encoding"
  run "home page, rendered" "http://127.0.0.1:$port/" "$encoding"
  run "home page, static, same server" "http://127.0.0.1:$port/bench-home.html" "$encoding"
  run "home page, static, nginx" "http://127.0.0.1:$nginx_port/bench-home.html" "$encoding"
  run "category C7.4, rendered" "http://127.0.0.1:$port/categories/C7.4" "$encoding"
  run "category C7.4, static, same server" "http://127.0.0.1:$port/bench-category.html" "$encoding"
  run "category C7.4, static, nginx" "http://127.0.0.1:$nginx_port/bench-category.html" "$encoding"
done
kill "$nginx_pid" 2>/dev/null; wait "$nginx_pid" 2>/dev/null || true; nginx_pid=
# BENCH_ONLY=render stops after the rendering table.
[ "${BENCH_ONLY:-}" = render ] && exit 0

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

for kind in wasm js css; do
  file=$(ls "$site"/pkg/wsis-prizes.*."$kind" 2>/dev/null | head -1 || true)
  [ -n "$file" ] || file="$site/pkg/wsis-prizes.$kind"
  raw=$(stat -c %s "$file")
  br=$([ -f "$file.br" ] && stat -c %s "$file.br" || echo "?")
  gz=$(gzip -9 -c "$file" | wc -c)
  printf '%-5s %8s bytes raw, %8s gzip -9, %8s brotli (as sent)\n' "$kind" "$raw" "$gz" "$br"
done

node bench/browser.mjs "http://127.0.0.1:$port"
bench/lighthouse.sh "http://127.0.0.1:$port"
fi

# Expert review on the demo edition: assignment of the whole edition, and the expert's list,
# a score sheet and a category's ranking (p50/p95), through HTTP with signed-in browsers.
echo "expert review on the demo edition ($(WSIS_DATA_DIR="$data" "$bin" demo --voters 0 2>/dev/null | tail -1))"
export BENCH_EXPERT_PASSWORD="basalt heron violet 2031"
printf '%s' "$BENCH_EXPERT_PASSWORD" | WSIS_DATA_DIR="$data" "$bin" user create \
  --email bench-expert@itu.example --role expert --name "Bench Expert" >/dev/null
sleep 1.2 # the instance sees the demo edition within a second
python3 bench/review.py "http://127.0.0.1:$port" "$BENCH_SECRETARIAT_PASSWORD" \
  bench-expert@itu.example "$BENCH_EXPERT_PASSWORD"
