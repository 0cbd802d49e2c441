#!/usr/bin/env bash
# Build-time overhead of the plugin at 1,000 and 5,000 posts (cold and warm),
# using the shared synthetic-site generator and build benchmark. Not part of CI.
#   scripts/bench_build.sh [RUNS] [SIZES...]     (defaults: 3 runs, 1000 5000)
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED:-../shared}
runs=${1:-3}; shift || true
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1000 5000)
export PYTHON=${PYTHON:-$PWD/.venv/bin/python}
export PATH="$(dirname "$PYTHON"):$PATH"
for n in "${sizes[@]}"; do
  site=$(mktemp -d)
  python3 "$shared/bench/make_site.py" "$site/site" --posts "$n" --seed 1
  echo "== $n posts"
  bash "$shared/bench/bench_build.sh" "$site/site" "$runs"
  rm -rf "$site"
done
