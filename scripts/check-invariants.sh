#!/usr/bin/env bash
# The negotiation invariants (docs/DESIGN.md, "Invariants") over many more seeded random cases than `swift test` runs.
#
# Usage: scripts/check-invariants.sh [RUNS] [SEED]   (default 100,000 runs, a random seed)
# Runs InvariantPropertyTests in a release build with PROPERTY_RUNS cases, one in twenty of them with a huge or tiny
# expectation or bottom line; a failure prints its seed, which SEED replays. The closing line is "N passed, 0 failed".
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-100000}
export PROPERTY_RUNS=$runs
if [ -n "${2:-}" ]; then export PROPERTY_SEED=$2; fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
swift test -c release --filter InvariantPropertyTests >"$log" 2>&1 || status=$?
grep -E "property runs:|seed [0-9]+" "$log" | head -20 || true
failed=$(grep -c "recorded an issue" "$log" || true)
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ]; then
  tail -20 "$log"
  echo "$((runs - failed)) passed, $failed failed"
  exit 1
fi
echo "$runs passed, 0 failed"
