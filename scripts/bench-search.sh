#!/usr/bin/env bash
# The gallery's search on ten published editions, on SQLite and on PostgreSQL: the data made
# by `wsis-prizes bench prepare-gallery` (the demo's generator, BENCH_SUBMISSIONS submissions
# an edition), then p50/p95 of searches through HTTP (bench/search.py). Run by
# `BENCH_ONLY=search make bench` (BENCH_ENGINES=postgres or sqlite for one engine only).
set -euo pipefail
cd "$(dirname "$0")/.."
target=${CARGO_TARGET_DIR:-$PWD/target}
bin="$target/release/wsis-prizes"
site="${LEPTOS_SITE_ROOT:-$target/site}"
port=${BENCH_PORT:-3210}
editions=${BENCH_EDITIONS:-10}
submissions=${BENCH_SUBMISSIONS:-1000}
requests=${BENCH_REQUESTS:-300}
export WSIS_JWT_SECRET="a benchmark signing secret, never used in production"
export WSIS_SEARCHES_PER_MINUTE=1000000
export RUST_LOG=warn
pg_port=${WSIS_PG_PORT:-55432}
data=$(mktemp -d /tmp/wsis-search-bench.XXXXXX)
cleanup() {
  [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null
  rm -rf "$data"
  psql -q -h 127.0.0.1 -p "$pg_port" -U postgres -c "DROP DATABASE IF EXISTS wsis_search_bench" >/dev/null 2>&1 || true
}
trap cleanup EXIT

run_engine() {
  local engine=$1 url=$2
  mkdir -p "$data/$engine"
  export WSIS_DATA_DIR="$data/$engine" DATABASE_URL="$url"
  local started=$SECONDS
  "$bin" bench prepare-gallery --editions "$editions" --count "$submissions" --voters 200 | tail -1
  echo "$engine: data made in $((SECONDS - started)) s"
  LEPTOS_SITE_ADDR="127.0.0.1:$port" LEPTOS_SITE_ROOT="$site" "$bin" serve &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1; do sleep 0.05; done
  # The first search writes the documents: timed apart.
  local t0=$SECONDS
  curl -fs -o /dev/null -X POST "http://127.0.0.1:$port/api/gallery/search"
  echo "$engine: documents written in about $((SECONDS - t0)) s"
  python3 bench/search.py "http://127.0.0.1:$port" "$requests" | sed "s/^/$engine  /"
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
}

engines=${BENCH_ENGINES:-sqlite postgres}
[[ " $engines " == *" postgres "* ]] && scripts/ensure-postgres.sh >/dev/null
for engine in $engines; do
  case $engine in
    sqlite) run_engine sqlite "sqlite://$data/sqlite/wsis.db?mode=rwc" ;;
    postgres)
      psql -q -h 127.0.0.1 -p "$pg_port" -U postgres -c "DROP DATABASE IF EXISTS wsis_search_bench" >/dev/null
      psql -q -h 127.0.0.1 -p "$pg_port" -U postgres -c "CREATE DATABASE wsis_search_bench" >/dev/null
      run_engine postgres "postgres://postgres@127.0.0.1:$pg_port/wsis_search_bench" ;;
  esac
done
