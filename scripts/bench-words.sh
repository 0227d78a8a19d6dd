#!/usr/bin/env bash
# Words benchmark: `advisor advise --batch` over intakes that carry the customer's words, logging to a fresh audit log,
# with the words left out of the log (the default) and kept masked (--keep-words). Best of five runs of each.
#
# Usage: scripts/bench-words.sh
#   WORDS_INTAKES  intakes in the batch file (default 20000)
#   RUNS           runs of each, the best counted (default 5)
#   ADVISOR_BIN    an advisor binary to measure instead of building this tree's release binary (say, an older build,
#                  to compare before and after); a binary without --keep-words is measured without it
#   INSTRUCTIONS   1 to count the instructions of one run of each under valgrind's callgrind as well: on a shared
#                  machine the wall time of one build varies by half from run to run, the count by under one per cent
# Benchmarks are not part of the test suite. The words are made up here: digits drawn at random in the shapes of
# phones, identity and card numbers, e-mail addresses and amounts, never copied from real data.
set -euo pipefail
shopt -s inherit_errexit
cd "$(dirname "$0")/.."
intakes=${WORDS_INTAKES:-20000}
unset ADVISOR_POLICY ADVISOR_LOG ADVISOR_KEEP_WORDS

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ -n "${ADVISOR_BIN:-}" ]; then
  advisor=$ADVISOR_BIN
else
  swift build -c release --product advisor >/dev/null
  advisor="$(swift build -c release --show-bin-path)/advisor"
fi
echo "date:    $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
echo "machine: $(uname -m), $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
echo "advisor: $advisor"

python3 - "$intakes" > "$work/intakes.jsonl" <<'PY'
import json, random, sys
random.seed(13)
def digits(n): return "".join(random.choice("0123456789") for _ in range(n))
def mobile(): return "1" + random.choice("3456789") + digits(9)
def spaced(m): return m[:3] + " " + m[3:7] + " " + m[7:]
def fullwidth(text): return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in text)
def luhn_card():
    body = "4" + digits(14)
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        total += d
    return body + str((10 - total % 10) % 10)
pieces = [
    lambda: f"我的电话是{mobile()}，退{random.randint(20, 900)}元就行",
    lambda: f"打我手机 +86 {spaced(mobile())}，我要投诉到消协！",
    lambda: f"身份证号 {digits(17)}X，快递三天没到",
    lambda: f"card {luhn_card()[:4]} {luhn_card()[4:8]} {luhn_card()[8:12]} {luhn_card()[12:]} was charged twice, refund {random.randint(10, 500)} yuan",
    lambda: f"email me at user{digits(3)}@example.com, I know your CEO personally",
    lambda: f"订单号{digits(18)}，师傅说好今天来，又没来。",
    lambda: f"座机 0{digits(2)}-{digits(8)}，我要三倍赔偿",
    lambda: fullwidth(f"电话{mobile()}，给我退{random.randint(50, 300)}元"),
    lambda: "Just put me through to your boss, this is the third time nobody came",
    lambda: "商品有质量问题，三包期内，我要退货退款",
]
categories = ["billing", "product-quality", "logistics-delay", "installation-delay", "service-attitude"]
for i in range(int(sys.argv[1])):
    said = [random.choice(pieces)() for _ in range(random.randint(1, 3))]
    print(json.dumps({"category": categories[i % len(categories)], "expectation": random.randint(0, 900), "said": said},
                     ensure_ascii=False))
PY
echo "input:   $intakes intakes, $(du -h "$work/intakes.jsonl" | cut -f1) with words"

keeps=false
if "$advisor" advise --help 2>/dev/null | grep -q -- '--keep-words'; then keeps=true; fi

# Best of RUNS (default 5), each into a fresh log, output to a real file. The machine may be shared, so the CPU time
# (user + system, both cores) is given beside the wall time: it moves much less when other work competes for the cores.
runs=${RUNS:-5}
measure() {
  local label=$1; shift
  local best="" best_cpu="" run wall cpu
  for run in $(seq "$runs"); do
    rm -f "$work/log.jsonl"
    { TIMEFORMAT='%R %U %S'; time "$advisor" advise --batch "$work/intakes.jsonl" --log "$work/log.jsonl" "$@" > "$work/out.jsonl"; } 2> "$work/time"
    read -r wall user system < "$work/time"
    cpu=$(echo "$user + $system" | bc)
    if [ -z "$best" ] || [ "$(echo "$wall < $best" | bc)" = 1 ]; then best=$wall; fi
    if [ -z "$best_cpu" ] || [ "$(echo "$cpu < $best_cpu" | bc)" = 1 ]; then best_cpu=$cpu; fi
  done
  printf '%-26s wall %6.2f s  %7.0f intakes/s  cpu %6.2f s  log %s\n' "$label" "$best" "$(echo "$intakes / $best" | bc -l)" \
    "$best_cpu" "$(du -h "$work/log.jsonl" | cut -f1)"
}
# One run under callgrind, which counts the instructions executed: slow (about 80 times), but steady.
count() {
  local label=$1; shift
  rm -f "$work/log.jsonl"
  valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" "$advisor" advise --batch "$work/intakes.jsonl" \
    --log "$work/log.jsonl" "$@" > "$work/out.jsonl" 2> "$work/valgrind.err"
  printf '%-26s %s instructions\n' "$label" "$(sed -n 's/.*Collected : //p' "$work/valgrind.err")"
}
if $keeps; then
  measure "words left out (default)"
  measure "--keep-words (masked)" --keep-words
else
  measure "words logged as given"
fi
if [ "${INSTRUCTIONS:-0}" = 1 ] && command -v valgrind >/dev/null 2>&1; then
  if $keeps; then
    count "words left out (default)"
    count "--keep-words (masked)" --keep-words
  else
    count "words logged as given"
  fi
fi
