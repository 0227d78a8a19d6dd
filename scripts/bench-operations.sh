#!/usr/bin/env bash
# Operations benchmark: time to advice, batch throughput and peak memory, each as a ratio to a baseline
# measured side by side in this run, so the figures do not depend on how fast this machine happens to be.
#
# Usage: scripts/bench-operations.sh
#   BATCH_INTAKES  intakes in the batch file (default 100000)
#   STARTUP_RUNS   runs of each program for the time to advice (default 200)
#
# 1. Time to advice: one `advisor advise` (text out) against a Foundation "hello" built the same way
#    (release, this toolchain), alternated run by run; the best run of each (the median and CPU time alongside).
#    Then the same with both linked statically (`--static-swift-stdlib`, as `.ci/run` builds the copyable binary).
# 2. `advisor advise --batch` against `jq -c .` over the same intake file: best of three, intakes per second;
#    then the batch writing a new audit log, each record synced before its line is shown (best of three, each
#    run on a fresh log, so no run reads the precedents of the one before).
# 3. Peak memory (max RSS) of one `advise` against the hello program: least of three fresh measurements.
# Benchmarks are not part of the test suite. Outputs go to a real file, never /dev/null, which some
# tools (GNU grep among them) treat specially.
set -euo pipefail
shopt -s inherit_errexit
cd "$(dirname "$0")/.."
intakes=${BATCH_INTAKES:-100000}
startup_runs=${STARTUP_RUNS:-200}

# No policy or log from the environment, a scratch folder in $work, the run's header, the release build in $advisor.
source scripts/bench-lib.sh
# The copyable binary the README and .ci/run build: the Swift runtime and FoundationEssentials linked in.
static_build=.build/static
swift build -c release --static-swift-stdlib --product advisor --build-path "$static_build" >/dev/null
advisor_static="$(swift build -c release --static-swift-stdlib --build-path "$static_build" --show-bin-path)/advisor"

# The baseline program that issue 12 names: Foundation loaded and used, built exactly as the advisor is. The advisor
# itself links FoundationEssentials only (docs/DESIGN.md, "Time to advice"), so a second hello that does the same is
# timed beside them: against it, the ratio is the advisor's own work.
mkdir -p "$work/hello/Sources/hello"
cat > "$work/hello/Package.swift" <<'SWIFT'
// swift-tools-version:6.0
import PackageDescription
let package = Package(name: "hello", targets: [.executableTarget(name: "hello")])
SWIFT
cat > "$work/hello/Sources/hello/main.swift" <<'SWIFT'
import Foundation
// Reading the environment makes Foundation load and initialise.
let environment = ProcessInfo.processInfo.environment
print(environment.isEmpty ? "hello" : "hello")
SWIFT
if ! (cd "$work/hello" && swift build -c release > "$work/hello-build.log" 2>&1); then
  cat "$work/hello-build.log" >&2
  exit 1
fi
hello="$(cd "$work/hello" && swift build -c release --show-bin-path)/hello"
if ! (cd "$work/hello" && swift build -c release --static-swift-stdlib --build-path .build-static >> "$work/hello-build.log" 2>&1); then
  cat "$work/hello-build.log" >&2
  exit 1
fi
hello_static="$(cd "$work/hello" && swift build -c release --static-swift-stdlib --build-path .build-static --show-bin-path)/hello"
mkdir -p "$work/hello-essentials/Sources/hello"
cp "$work/hello/Package.swift" "$work/hello-essentials/Package.swift"
sed 's/^import Foundation$/import FoundationEssentials/' "$work/hello/Sources/hello/main.swift" > "$work/hello-essentials/Sources/hello/main.swift"
if ! (cd "$work/hello-essentials" && swift build -c release >> "$work/hello-build.log" 2>&1); then
  cat "$work/hello-build.log" >&2
  exit 1
fi
hello_essentials="$(cd "$work/hello-essentials" && swift build -c release --show-bin-path)/hello"

# jq is the batch baseline; install it when we can.
if ! command -v jq >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y jq > "$work/apt.log" 2>&1 || { apt-get update >> "$work/apt.log" 2>&1 && apt-get install -y jq >> "$work/apt.log" 2>&1; } || true
fi
if command -v jq >/dev/null 2>&1; then jq_version=$(jq --version 2>&1); else jq_version=""; fi

case "${LC_ALL:-${LC_MESSAGES:-${LANG:-}}}" in zh*|ZH*) language=zh ;; *) language=en ;; esac
echo "advisor: $advisor (output language $language)"
echo "jq:      ${jq_version:-missing}"
echo

# The harness. It runs with python3 -I -S and only os, resource and time, to keep its own memory small:
# a child's max RSS includes the parent's resident memory, which the child shares until it calls exec, so
# the harness's own size is a floor under every memory figure; the script measures it with `true` and prints it.
cat > "$work/harness.py" <<'PY'
import os, resource, sys, time

def spawn(cmd, out):
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        start = time.perf_counter_ns()
        pid = os.posix_spawnp(cmd[0], cmd, os.environ, file_actions=[(os.POSIX_SPAWN_DUP2, fd, 1)])
        _, status, usage = os.wait4(pid, 0)
        wall = (time.perf_counter_ns() - start) / 1e9
    finally:
        os.close(fd)
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"{' '.join(cmd[:3])}…: exit status {code}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss

def commands(args):
    """Splits `-- cmd … -- cmd …` into commands."""
    groups, current = [], None
    for a in args:
        if a == "--":
            current = []
            groups.append(current)
        else:
            current.append(a)
    return groups

mode, out = sys.argv[1], sys.argv[2]
if mode == "best":
    # best OUT RUNS -- CMD…: the best wall time of RUNS runs, that run's CPU time and its max RSS in KiB.
    runs = int(sys.argv[3])
    (cmd,) = commands(sys.argv[4:])
    print("%.6f %.6f %d" % min(spawn(cmd, out) for _ in range(runs)))
elif mode == "startup":
    # startup OUT RUNS -- A… -- B…: RUNS runs of each, alternated run by run (the order flipping each
    # round) so that both see the same machine; per program the best run, the median run and the median
    # CPU time (user + system) per run.
    runs = int(sys.argv[3])
    cmds = commands(sys.argv[4:])
    for cmd in cmds:  # warm the page cache and the dynamic loader's files
        for _ in range(5):
            spawn(cmd, out)
    walls = [[] for _ in cmds]
    cpus = [[] for _ in cmds]
    for r in range(runs):
        for i in (range(len(cmds)) if r % 2 == 0 else reversed(range(len(cmds)))):
            wall, cpu, _ = spawn(cmds[i], out)
            walls[i].append(wall)
            cpus[i].append(cpu)
    def median(xs):
        xs = sorted(xs)
        return xs[len(xs) // 2] if len(xs) % 2 else (xs[len(xs) // 2 - 1] + xs[len(xs) // 2]) / 2
    for i in range(len(cmds)):
        print("%.9f %.9f %.9f" % (min(walls[i]), median(walls[i]), median(cpus[i])))
elif mode == "rss":
    # rss OUT -- CMD…: run once, print the children's max RSS in KiB. Use a fresh process per figure:
    # RUSAGE_CHILDREN keeps the largest child seen so far.
    (cmd,) = commands(sys.argv[3:])
    spawn(cmd, out)
    print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
PY
harness() { python3 -I -S "$work/harness.py" "$@"; }
calc() { python3 -c "print($1)"; }

advise_args=(advise --category installation-delay --severity severe --fault own --broken-promises 2
             --type unreasonable --temperament emotional --expect 3000 --bottom 500 --order-value 12000)

# 1. Time to advice.
echo "1. time to advice: $startup_runs runs of each, alternated run by run"
startup=$(harness startup "$work/out" "$startup_runs" -- "$hello" -- "$advisor" "${advise_args[@]}" -- "$hello_essentials")
read -r hello_best hello_median hello_cpu advisor_best advisor_median advisor_cpu ehello_best ehello_median ehello_cpu \
  <<< "$(tr '\n' ' ' <<< "$startup")"
printf '   hello (Foundation):  best %6.2f ms, median %6.2f ms, median CPU %6.2f ms\n' \
  "$(calc "$hello_best*1e3")" "$(calc "$hello_median*1e3")" "$(calc "$hello_cpu*1e3")"
printf '   advisor advise:      best %6.2f ms, median %6.2f ms, median CPU %6.2f ms\n' \
  "$(calc "$advisor_best*1e3")" "$(calc "$advisor_median*1e3")" "$(calc "$advisor_cpu*1e3")"
printf '   ratio advisor/hello: best %.2f, median %.2f, median CPU %.2f (aim: at most 1.15, on the best)\n' \
  "$(calc "$advisor_best/$hello_best")" "$(calc "$advisor_median/$hello_median")" "$(calc "$advisor_cpu/$hello_cpu")"
printf '   hello (FoundationEssentials, as the advisor links): best %6.2f ms, median %6.2f ms; advisor against it: best %.2f, median %.2f\n' \
  "$(calc "$ehello_best*1e3")" "$(calc "$ehello_median*1e3")" "$(calc "$advisor_best/$ehello_best")" "$(calc "$advisor_median/$ehello_median")"

echo "   the same, both linked statically (--static-swift-stdlib, the copyable binary)"
startup_static=$(harness startup "$work/out" "$startup_runs" -- "$hello_static" -- "$advisor_static" "${advise_args[@]}")
read -r shello_best shello_median shello_cpu sadvisor_best sadvisor_median sadvisor_cpu <<< "$(tr '\n' ' ' <<< "$startup_static")"
printf '   hello (Foundation):  best %6.2f ms, median %6.2f ms, median CPU %6.2f ms\n' \
  "$(calc "$shello_best*1e3")" "$(calc "$shello_median*1e3")" "$(calc "$shello_cpu*1e3")"
printf '   advisor advise:      best %6.2f ms, median %6.2f ms, median CPU %6.2f ms\n' \
  "$(calc "$sadvisor_best*1e3")" "$(calc "$sadvisor_median*1e3")" "$(calc "$sadvisor_cpu*1e3")"
printf '   ratio advisor/hello: best %.2f, median %.2f, median CPU %.2f; static advisor against the dynamic hello: best %.2f\n' \
  "$(calc "$sadvisor_best/$shello_best")" "$(calc "$sadvisor_median/$shello_median")" "$(calc "$sadvisor_cpu/$shello_cpu")" \
  "$(calc "$sadvisor_best/$hello_best")"
echo

# 2. Batch throughput. The intakes: a seeded, realistic mix; a third carry the customer's words
# (the labelled evaluation utterances), so detection runs on them too.
python3 - "$intakes" Tests/AdvisorCoreTests/Fixtures/detection-eval.jsonl > "$work/intakes.jsonl" <<'PY'
import json, random, sys
count, eval_path = int(sys.argv[1]), sys.argv[2]
rng = random.Random(20260101)
said = [json.loads(l)["text"] for l in open(eval_path, encoding="utf-8") if l.strip()]
categories = {"product-quality": 30, "logistics-delay": 20, "installation-delay": 12, "service-attitude": 12,
              "return-exchange": 12, "billing": 9, "usage-question": 5}
severities = {"minor": 30, "moderate": 40, "severe": 22, "critical": 8}
faults = {"own": 50, "third-party": 20, "customer": 10, "unclear": 20}
types = {None: 35, "lacks-common-sense": 15, "shows-off-knowledge": 10, "professional-complainer": 8,
         "unreasonable": 15, "name-dropper": 10, "time-killer": 7}
def pick(weighted):
    return rng.choices(list(weighted), weights=list(weighted.values()))[0]
out = sys.stdout
for _ in range(count):
    order = rng.choice([49, 99, 199, 399, 899, 1599, 2999, 4999, 8999, 12000])
    x = {"category": pick(categories), "severity": pick(severities), "fault": pick(faults)}
    if rng.random() < 0.3: x["brokenPromises"] = rng.choice([1, 1, 2, 3, 5])
    t = pick(types)
    if t: x["type"] = t
    if rng.random() < 0.7: x["temperament"] = rng.choice(["rational", "emotional"])
    if rng.random() < 0.8: x["orderValue"] = order
    if rng.random() < 0.6:  # otherwise the advisor estimates the expectation
        x["expectation"] = round(order * rng.choice([0.05, 0.1, 0.2, 0.5, 1, 2]))
        if rng.random() < 0.5: x["bottomLine"] = round(x["expectation"] * rng.choice([0, 0.2, 0.5, 0.8]))
    if rng.random() < 0.15: x["tier"] = rng.choice(["senior", "supervisor"])
    if rng.random() < 0.2: x["customerValue"] = rng.choice(["valued", "key"])
    if rng.random() < 0.35: x["said"] = rng.sample(said, rng.choice([1, 1, 2, 3]))
    if rng.random() < 0.2: x["daysSinceSale"] = rng.randint(0, 400)
    if rng.random() < 0.1: x["failedRepairs"] = rng.randint(0, 3)
    if rng.random() < 0.25: x["distanceSale"] = True
    if rng.random() < 0.01: x["fraud"] = True
    out.write(json.dumps(x, ensure_ascii=False, separators=(",", ":")) + "\n")
PY
echo "2. batch: $intakes intakes, $(wc -c < "$work/intakes.jsonl") bytes; best of three"
batch=$(harness best "$work/out" 3 -- "$advisor" advise --batch "$work/intakes.jsonl")
read -r batch_time batch_cpu batch_rss <<< "$batch"
batch_out_bytes=$(wc -c < "$work/out")
batch_rate=$(calc "$intakes/$batch_time")
printf '   advisor advise --batch: %8.3f s (CPU %.3f s), %9.0f intakes/s, %s bytes out, peak RSS %.1f MiB\n' \
  "$batch_time" "$batch_cpu" "$batch_rate" "$batch_out_bytes" "$(calc "$batch_rss/1024")"
if [ -n "$jq_version" ]; then
  jq_best=$(harness best "$work/out" 3 -- jq -c . "$work/intakes.jsonl")
  read -r jq_time jq_cpu _ <<< "$jq_best"
  jq_rate=$(calc "$intakes/$jq_time")
  batch_ratio=$(calc "$batch_rate/$jq_rate")
  printf '   jq -c .:                %8.3f s (CPU %.3f s), %9.0f intakes/s, %s bytes out\n' \
    "$jq_time" "$jq_cpu" "$jq_rate" "$(wc -c < "$work/out")"
  printf '   ratio advisor/jq throughput: %.2f (aim: at least 0.3)\n' "$batch_ratio"
else
  echo "   jq missing: skipped"
fi
logged_best=""
for _ in 1 2 3; do
  rm -f "$work/audit.log"
  read -r t _ _ <<< "$(harness best "$work/out" 1 -- "$advisor" advise --batch "$work/intakes.jsonl" --log "$work/audit.log")"
  if [ -z "$logged_best" ] || [ "$(calc "$t < $logged_best")" = True ]; then logged_best=$t; fi
done
printf '   batch with a new audit log (synced): %8.3f s, %9.0f intakes/s, %s bytes of log, %.2f× the time without\n' \
  "$logged_best" "$(calc "$intakes/$logged_best")" "$(wc -c < "$work/audit.log")" "$(calc "$logged_best/$batch_time")"
rm -f "$work/audit.log"
echo

# 3. Peak memory: the least of three fresh measurements each (max RSS barely varies), and the harness's floor.
least_rss() { local best="" v; for _ in 1 2 3; do v=$(harness rss "$work/out" -- "$@"); if [ -z "$best" ] || [ "$v" -lt "$best" ]; then best=$v; fi; done; echo "$best"; }
floor_rss=$(least_rss true)
hello_rss=$(least_rss "$hello")
advisor_rss=$(least_rss "$advisor" "${advise_args[@]}")
echo "3. peak memory (max RSS), least of three"
printf '   hello (Foundation):  %6d KiB (%.1f MiB)\n' "$hello_rss" "$(calc "$hello_rss/1024")"
printf '   advisor advise:      %6d KiB (%.1f MiB) (aim: at most 25 MiB)\n' "$advisor_rss" "$(calc "$advisor_rss/1024")"
printf '   ratio advisor/hello: %.2f\n' "$(calc "$advisor_rss/$hello_rss")"
printf '   harness floor (true): %5d KiB; figures at or below it are the harness, not the program\n' "$floor_rss"
echo

# The table for the README.
python3 - "$hello_best" "$advisor_best" "$intakes" "$batch_rate" "${jq_rate:-}" "$hello_rss" "$advisor_rss" \
  "$shello_best" "$sadvisor_best" <<'PY'
import sys
hello_t, advisor_t, intakes, batch_rate = float(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
jq_rate = float(sys.argv[5]) if sys.argv[5] else None
hello_rss, advisor_rss = int(sys.argv[6]), int(sys.argv[7])
shello_t, sadvisor_t = float(sys.argv[8]), float(sys.argv[9])
rows = [
    ("Time to advice (`advise`, text out)", f"{advisor_t * 1e3:.2f} ms", f"{hello_t * 1e3:.2f} ms (Foundation hello)",
     f"{advisor_t / hello_t:.2f}×", "≤ 1.15×"),
    ("Time to advice, both linked statically", f"{sadvisor_t * 1e3:.2f} ms", f"{shello_t * 1e3:.2f} ms (static hello)",
     f"{sadvisor_t / shello_t:.2f}×", "–"),
    (f"Batch advice (`advise --batch`, {intakes:,} intakes)", f"{batch_rate:,.0f} intakes/s",
     f"{jq_rate:,.0f} intakes/s (`jq -c .`)" if jq_rate else "jq missing: skipped",
     f"{batch_rate / jq_rate:.2f}×" if jq_rate else "–", "≥ 0.3×"),
    ("Peak memory of one `advise` (max RSS)", f"{advisor_rss / 1024:.1f} MiB", f"{hello_rss / 1024:.1f} MiB (Foundation hello)",
     f"{advisor_rss / hello_rss:.2f}×", "≤ 25 MiB"),
]
print("| figure | measured | baseline | ratio | aim |")
print("|---|---|---|---|---|")
for row in rows:
    print("| " + " | ".join(row) + " |")
PY
