#!/usr/bin/env bash
# Lighthouse (npm, mobile preset, Debian's Chromium) on every public page type of a running
# server, best of three runs per page: performance, accessibility, best practices, SEO.
# Usage: bench/lighthouse.sh http://127.0.0.1:3200 [PATH...] (the page types below by default)
set -euo pipefail
base=${1:-http://127.0.0.1:3200}
shift || true
paths=("$@")
[ ${#paths[@]} -gt 0 ] || paths=(/ /categories/C7.4 /login /register /forgot)
tools=${TOOLS:-$HOME/.cache/wsis-prizes/tools}
version=12.8.2
lh="$tools/node_modules/.bin/lighthouse"
if ! "$lh" --version 2>/dev/null | grep -qx "$version"; then
  mkdir -p "$tools"
  (cd "$tools" && npm install --no-audit --no-fund --silent "lighthouse@$version" >/dev/null)
fi
out=$(mktemp -d /tmp/wsis-lighthouse.XXXXXX)
trap 'rm -rf "$out"' EXIT
echo "Lighthouse $version, mobile preset, best of 3 runs (performance / accessibility / best practices / SEO)"
for path in "${paths[@]}"; do
  for run in 1 2 3; do
    timeout 180 "$lh" "$base$path" --quiet --chrome-path="${CHROMIUM:-/usr/bin/chromium}" \
      --chrome-flags="--headless --no-sandbox --disable-gpu" \
      --only-categories=performance,accessibility,best-practices,seo \
      --output=json --output-path="$out/$run.json" >/dev/null 2>&1 || true
  done
  node -e '
    const fs = require("fs");
    const [dir, path] = process.argv.slice(1);
    const runs = [1, 2, 3].map((i) => `${dir}/${i}.json`).filter(fs.existsSync)
      .map((f) => JSON.parse(fs.readFileSync(f, "utf8")).categories);
    const best = (k) => Math.max(...runs.map((c) => Math.round((c[k]?.score ?? 0) * 100)));
    console.log(`  ${path.padEnd(18)} ${best("performance")} / ${best("accessibility")} / ${best("best-practices")} / ${best("seo")}   (${runs.length} runs)`);
  ' "$out" "$path"
  rm -f "$out"/*.json
done
