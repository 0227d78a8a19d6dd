#!/usr/bin/env bash
# Benchmark: how fast the readers refuse hostile large files, as a ratio to Python's json module on the same bytes.
#
# Usage: scripts/bench-large-inputs.sh [MEGABYTES]   (default 100)
# The tests check that a 100 MB line, a long member name and a long number are refused with a clear message; this
# script checks that it happens in about the time it takes to read the file, so a reader that turns quadratic shows
# up here, measured against a baseline timed in the same run, and never as a flaky time limit in the suite.
set -euo pipefail
cd "$(dirname "$0")/.."
megabytes=${1:-100}

swift build -c release --product advisor >/dev/null
advisor="$(swift build -c release --show-bin-path)/advisor"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$megabytes" "$work" <<'PY'
import sys
size, work = int(sys.argv[1]) << 20, sys.argv[2]
open(f"{work}/string.json", "w").write('{"name": "' + "a" * size + '"}')
open(f"{work}/member.json", "w").write('{"' + "a" * size + '": 1}')
open(f"{work}/number.json", "w").write('{"version": 1' + "0" * size + '}')
PY

best() {
  local best=""
  for _ in 1 2 3; do
    local start end elapsed
    start=$(date +%s.%N)
    "$@" > /dev/null 2>&1 || true
    end=$(date +%s.%N)
    elapsed=$(echo "$end - $start" | bc)
    if [ -z "$best" ] || [ "$(echo "$elapsed < $best" | bc)" = 1 ]; then best=$elapsed; fi
  done
  echo "$best"
}

printf '%-8s %12s %12s %8s\n' shape advisor python3 ratio
worst=0
for shape in string member number; do
  file="$work/$shape.json"
  a=$(best "$advisor" policy check "$file")
  p=$(best python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$file")
  ratio=$(echo "$a / $p" | bc -l)
  printf '%-8s %10.3f s %10.3f s %7.2f×\n' "$shape" "$a" "$p" "$ratio"
  if [ "$(echo "$ratio > $worst" | bc)" = 1 ]; then worst=$ratio; fi
done
printf 'worst ratio: %.2f× (aim: at most 3×, issue 12: no reader slower than a few file reads)\n' "$worst"
