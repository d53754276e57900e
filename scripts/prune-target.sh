#!/usr/bin/env bash
# Removes the build cache's own artifacts of this workspace's crates (never its
# dependencies'): a clean clone rebuilds them anyway, and without pruning every run would
# leave gigabytes of stale test binaries and incremental state in the shared target folder
# until the disk is full.
set -euo pipefail
target=${1:?the target folder}
for profile in debug release; do
  deps="$target/$profile/deps"
  [ -d "$deps" ] || continue
  for crate in app server migration frontend api wsis_prizes; do
    rm -f "$deps/$crate"-* "$deps/lib$crate"-*
  done
  rm -rf "$target/$profile/incremental"
done
for wasm in "$target"/wasm32-unknown-unknown/*/deps "$target"/front/wasm32-unknown-unknown/*/deps; do
  [ -d "$wasm" ] || continue
  for crate in app frontend; do
    rm -f "$wasm/$crate"-* "$wasm/lib$crate"-*
  done
done
