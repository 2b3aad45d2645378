#!/usr/bin/env bash
# The test set-up under CPU load: runs the whole suite (`CI=true npm test`) several times in a row while
# `stress` keeps every core busy, as on a build machine shared with other work. Stops at the first failure.
# Each run gets its own TMPDIR, so that folders the tests leave behind in it (/tmp/tl-*) are counted.
#   bash scripts/soak-under-load.sh [RUNS]        (default 3; needs Debian's stress, else uses `yes`)
set -euo pipefail
runs=${1:-3}
cd "$(dirname "$0")/.."
mkdir -p .cache
cores=$(nproc)
load_pids=()
if command -v stress >/dev/null; then
  stress --cpu "$cores" >/dev/null 2>&1 &
  load_pids+=($!)
else
  for _ in $(seq 1 "$cores"); do yes >/dev/null & load_pids+=($!); done
fi
# stress leaves its workers running when only it is killed: end them first, by their parent.
stop_load() { for pid in "${load_pids[@]}"; do pkill -P "$pid" 2>/dev/null || true; kill "$pid" 2>/dev/null || true; done; }
trap stop_load EXIT
echo "soak: $runs runs of CI=true npm test with $cores CPU hogs beside them (load before: $(cut -d' ' -f1-3 /proc/loadavg))"
for run in $(seq 1 "$runs"); do
  scratch=$(mktemp -d /tmp/soak-XXXXXX)
  started=$(date +%s)
  status=passed
  TMPDIR="$scratch" CI=true npm test >".cache/soak-$run.log" 2>&1 || status=failed
  left=$(find "$scratch" -maxdepth 1 -name 'tl-*' | wc -l)
  summary=$(grep -hE '^ℹ (pass|fail) |^extension-host: |^ui: [0-9]+ passed' ".cache/soak-$run.log" | tr '\n' ' ')
  echo "soak: run $run $status in $(($(date +%s) - started)) s (load $(cut -d' ' -f1-3 /proc/loadavg)); $summary; tl-* folders left: $left (log: .cache/soak-$run.log)"
  rm -rf "$scratch"
  [ "$status" = passed ] || exit 1
done
