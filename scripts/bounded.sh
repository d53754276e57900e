#!/usr/bin/env bash
# bounded.sh SECONDS COMMAND [ARGS...]
#
# Runs COMMAND with a time bound that really ends it. The command and everything it starts
# (cargo, the test binary, servers the tests start) run in a process group of their own. Past
# the bound the whole group gets SIGTERM, then SIGKILL 15 s later (a test binary may take
# SIGTERM and go on: only SIGKILL is sure). Exits with the command's status, or 124 when the
# bound ended it.
set -uo pipefail
limit=$1
shift
setsid "$@" &
pid=$!
marker=$(mktemp)
(
  for ((i = 0; i < limit; i++)); do
    sleep 1
    kill -0 "$pid" 2>/dev/null || exit 0
  done
  echo "bounded.sh: '$*' ran over ${limit} s; stopping it" >&2
  echo timeout >"$marker"
  kill -TERM -- "-$pid" 2>/dev/null
  for ((i = 0; i < 15; i++)); do
    sleep 1
    kill -0 "$pid" 2>/dev/null || exit 0
  done
  kill -KILL -- "-$pid" 2>/dev/null
) &
watchdog=$!
wait "$pid"
status=$?
kill "$watchdog" 2>/dev/null
wait "$watchdog" 2>/dev/null
# Whatever the command left running in its group goes with it.
kill -KILL -- "-$pid" 2>/dev/null
if [ -s "$marker" ]; then
  status=124
fi
rm -f "$marker"
exit "$status"
