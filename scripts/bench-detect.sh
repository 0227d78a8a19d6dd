#!/usr/bin/env bash
# Benchmark: `advisor detect --batch` against `grep -c -F -f` over the same utterances and the same cue list.
#
# Usage: scripts/bench-detect.sh [LINES]   (default 1,000,000)
# Prints each tool's best time of three runs and the ratio advisor/grep, measured side by side in this run,
# so the figure does not depend on how fast this machine happens to be.
set -euo pipefail
cd "$(dirname "$0")/.."
lines=${1:-1000000}

swift build -c release --product advisor >/dev/null
advisor="$(swift build -c release --show-bin-path)/advisor"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The utterances: the labelled evaluation texts, cycled, each line made unique by an order number.
python3 - "$lines" Tests/AdvisorCoreTests/Fixtures/detection-eval.jsonl > "$work/utterances.txt" <<'PY'
import json, sys
count, path = int(sys.argv[1]), sys.argv[2]
texts = [json.loads(l)["text"] for l in open(path, encoding="utf-8") if l.strip()]
out = sys.stdout
for i in range(count):
    out.write(f"{texts[i % len(texts)]} #{i}\n")
PY
"$advisor" detect --list-cues > "$work/cues.txt"
printf 'utterances: %s lines, %s bytes; cues: %s\n' "$lines" "$(wc -c < "$work/utterances.txt")" "$(wc -l < "$work/cues.txt")"

# Output goes to a real file: GNU grep stops at the first match when it sees stdout is /dev/null.
best() {
  local best=""
  for _ in 1 2 3; do
    local start end elapsed
    start=$(date +%s.%N)
    "$@" > "$work/out"
    end=$(date +%s.%N)
    elapsed=$(echo "$end - $start" | bc)
    if [ -z "$best" ] || [ "$(echo "$elapsed < $best" | bc)" = 1 ]; then best=$elapsed; fi
  done
  echo "$best"
}

grep_time=$(best grep -c -F -f "$work/cues.txt" "$work/utterances.txt")
advisor_time=$(best "$advisor" detect --batch "$work/utterances.txt")
printf 'grep -c -F -f:          %.3f s\n' "$grep_time"
printf 'advisor detect --batch: %.3f s\n' "$advisor_time"
printf 'ratio advisor/grep:     %.2f (aim: at most 13, issue 11)\n' "$(echo "$advisor_time / $grep_time" | bc -l)"
