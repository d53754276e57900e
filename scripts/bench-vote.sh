#!/usr/bin/env bash
# The vote path under load, on SQLite and on PostgreSQL, with full durability: votes/s from a
# closed loop of 64 connections (each request a new voter and category), beside the raw
# single-row commit rate of the same database in the same run (SQLite: a scratch file with
# the same settings, WAL grown; PostgreSQL: pgbench, 64 clients inserting one row per
# transaction), the latency at an offered load of 1,000 votes/s from 1,000 voters (open loop,
# bench/open_loop.py), and the server's peak resident memory. Run by `BENCH_ONLY=vote make bench`
# (BENCH_ENGINES=postgres or sqlite for one engine only).
set -euo pipefail
cd "$(dirname "$0")/.."
target=${CARGO_TARGET_DIR:-$PWD/target}
bin="$target/release/wsis-prizes"
site="${LEPTOS_SITE_ROOT:-$target/site}"
port=${BENCH_PORT:-3200}
duration=${BENCH_SECONDS:-10}
voters=${BENCH_VOTERS:-10000}
export WSIS_JWT_SECRET="a benchmark signing secret, never used in production"
export WSIS_VOTES_PER_MINUTE_PER_NETWORK=100000000 WSIS_VOTES_PER_MINUTE_PER_ACCOUNT=1000
export RUST_LOG=warn
pg_port=${WSIS_PG_PORT:-55432}
data=$(mktemp -d /tmp/wsis-vote-bench.XXXXXX)
cleanup() {
  [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null
  rm -rf "$data"
  psql -q -h 127.0.0.1 -p "$pg_port" -U postgres -c "DROP DATABASE IF EXISTS wsis_vote_bench" >/dev/null 2>&1 || true
}
trap cleanup EXIT

run_engine() {
  local engine=$1 url=$2 raw=$3
  rm -rf "$data/$engine" && mkdir -p "$data/$engine"
  export WSIS_DATA_DIR="$data/$engine" DATABASE_URL="$url"
  "$bin" demo --count 300 --voters 0 >/dev/null
  "$bin" bench prepare-vote --voters "$voters" --out "$data/$engine/ballots.tsv" >/dev/null
  LEPTOS_SITE_ADDR="127.0.0.1:$port" LEPTOS_SITE_ROOT="$site" "$bin" serve &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1; do sleep 0.05; done
  local out
  out=$(wrk -t2 -c64 -d"${duration}s" --latency -s bench/vote.lua "http://127.0.0.1:$port" -- "$data/$engine/ballots.tsv" 2)
  local total errors rate p50 p99 peak
  total=$(awk '/requests in/ {print $1}' <<<"$out")
  errors=$(awk '/Non-2xx/ {print $5}' <<<"$out")
  rate=$(awk -v t="$total" -v e="${errors:-0}" -v d="$duration" 'BEGIN {printf "%.0f", (t - e) / d}')
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  # Open loop: 1,000 voters each voting about once a second, on voters the closed loop left.
  local open
  open=$(python3 bench/open_loop.py "http://127.0.0.1:$port" "$data/$engine/ballots.tsv" 1000 "$duration")
  peak=$(awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
  printf '%-10s %8s votes/s acknowledged (p50 %s, p99 %s; %s refused)   raw commits %8s/s   peak memory %s MiB\n' \
    "$engine" "$rate" "$p50" "$p99" "${errors:-0}" "$raw" "$peak"
  printf '%-10s open loop: %s\n' "$engine" "$open"
}

echo "vote path: wrk, 2 threads, 64 connections, ${duration} s; $voters voters × every category of the demo edition"
engines=${BENCH_ENGINES:-sqlite postgres}
# PostgreSQL starts first: its private port lies in the range the system picks client ports
# from, and the SQLite run's thousand connections, lingering in TIME-WAIT, could hold it.
[[ " $engines " == *" postgres "* ]] && scripts/ensure-postgres.sh >/dev/null
if [[ " $engines " == *" sqlite "* ]]; then
  raw=$(WSIS_DATA_DIR="$data" "$bin" bench sqlite-commit-rate --seconds 5)
  run_engine sqlite "sqlite://$data/sqlite/wsis.db?mode=rwc" "$raw"
fi
[[ " $engines " == *" postgres "* ]] || exit 0

psql -q -h 127.0.0.1 -p "$pg_port" -U postgres -c "DROP DATABASE IF EXISTS wsis_vote_bench" >/dev/null
psql -q -h 127.0.0.1 -p "$pg_port" -U postgres -c "CREATE DATABASE wsis_vote_bench" >/dev/null
psql -q -h 127.0.0.1 -p "$pg_port" -U postgres -d wsis_vote_bench \
  -c "CREATE TABLE raw_rows (id bigserial PRIMARY KEY, body text NOT NULL)" >/dev/null
echo "INSERT INTO raw_rows (body) VALUES ('a row of about sixty bytes, like a vote');" >"$data/insert.sql"
raw=$(pgbench -n -h 127.0.0.1 -p "$pg_port" -U postgres -c 64 -j 2 -T 5 -f "$data/insert.sql" wsis_vote_bench 2>/dev/null \
  | awk '/^tps/ {printf "%.0f", $3}')
run_engine postgres "postgres://postgres@127.0.0.1:$pg_port/wsis_vote_bench" "$raw"
