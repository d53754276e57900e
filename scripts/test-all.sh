#!/usr/bin/env bash
# Runs every check and test in order, keeps going after a failure so that one run shows all
# of them, then prints the total and exits non-zero if anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
log_dir=$(mktemp -d)
passed=0
failed=0
status=0
step() {
  local name=$1; shift
  echo "==> $name"
  if "$@" 2>&1 | tee "$log_dir/$name.log"; then
    :
  else
    echo "FAILED: $name"
    status=1
  fi
  # cargo test: "test result: ok. 12 passed; 0 failed; ..."
  while read -r p f; do
    passed=$((passed + p)); failed=$((failed + f))
  done < <(grep -E '^test result:' "$log_dir/$name.log" | sed -E 's/.* ([0-9]+) passed; ([0-9]+) failed.*/\1 \2/')
  # Playwright: "  5 passed (10.2s)" and "  1 failed"
  if [ "$name" = e2e ]; then
    p=$(grep -Eo '^\s+[0-9]+ passed' "$log_dir/$name.log" | grep -Eo '[0-9]+' | tail -n 1 || true)
    f=$(grep -Eo '^\s+[0-9]+ failed' "$log_dir/$name.log" | grep -Eo '[0-9]+' | tail -n 1 || true)
    passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
  fi
}
step lint make --no-print-directory lint
step unit make --no-print-directory unit
step integration-sqlite make --no-print-directory integration-sqlite
step integration-postgres make --no-print-directory integration-postgres
step e2e make --no-print-directory e2e
echo
echo "tests: $passed passed, $failed failed"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ]; then
  echo "make test: FAILED (see the steps marked FAILED above)"
  exit 1
fi
echo "make test: all green"
