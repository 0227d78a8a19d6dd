#!/usr/bin/env bash
# Precedent benchmark: the time to one advice with a large audit log, as a ratio to the same advice with an empty log,
# measured side by side in this run, so the figures do not depend on how fast this machine happens to be.
#
# Usage: scripts/bench-precedents.sh
#   PRECEDENT_SIZES  log sizes in records (default "10000 100000 1000000")
#   PRECEDENT_RUNS   timed runs of each advice per size (default 15)
#
# 1. Templates: the advisor itself advises 300 varied intakes, in English and in Chinese, into a log: 600 real advice
#    records (about 4.5 KB each).
# 2. Logs: for each size, a seeded mix of two advices to one outcome. Each advice is a template with a fresh id;
#    each outcome answers a recent advice (now and then an older one again, which replaces its first outcome), mostly
#    accepted, settled within what the advice allowed and 3% above it (marked, as `outcome` marks them).
# 3. Timing: `advisor advise … --log LOG` (release build, text out). The first run finds no index and reads the whole
#    log to write one: timed once. Then the same advice with the index present and with an empty log (a fresh file
#    each run), alternated run by run: the best run of each (and the median), and their ratio.
# Each timed advice appends its own record, so later runs also bring the index up to date from the log's tail.
# 4. Last, 250 new advice records (1.1 MiB) are appended and one advice timed: it reads them and writes the index again,
#    as one advice in a few hundred does.
# Benchmarks are not part of the test suite. The logs (about 3 GB at a million records) live in a temporary folder
# removed at the end.
set -euo pipefail
shopt -s inherit_errexit
cd "$(dirname "$0")/.."
sizes=${PRECEDENT_SIZES:-"10000 100000 1000000"}
runs=${PRECEDENT_RUNS:-15}

export LANG=en_US.UTF-8
# No policy or log from the environment, a scratch folder in $work, the run's header, the release build in $advisor.
source scripts/bench-lib.sh
echo "advisor: $advisor"
echo

# 1. Templates.
python3 - 300 > "$work/intakes.jsonl" <<'PY'
import json, random, sys
count = int(sys.argv[1])
rng = random.Random(20261202)
categories = {"product-quality": 30, "logistics-delay": 20, "installation-delay": 12, "service-attitude": 12,
              "return-exchange": 12, "billing": 9, "usage-question": 5}
severities = {"minor": 30, "moderate": 40, "severe": 22, "critical": 8}
faults = {"own": 55, "third-party": 20, "customer": 5, "unclear": 20}
said = ["我要投诉到消协！你们必须赔偿", "东西坏了，这是第二次了", "Just put me through to your boss",
        "快递又没到，我等了三天", "I want a refund and an apology"]
def pick(weighted):
    return rng.choices(list(weighted), weights=list(weighted.values()))[0]
for _ in range(count):
    order = rng.choice([99, 199, 399, 899, 1599, 2999, 4999])
    x = {"category": pick(categories), "severity": pick(severities), "fault": pick(faults), "orderValue": order,
         "expectation": round(order * rng.choice([0.05, 0.1, 0.2, 0.5, 1]))}
    if rng.random() < 0.5: x["bottomLine"] = round(x["expectation"] * rng.choice([0, 0.2, 0.5]))
    if rng.random() < 0.3: x["temperament"] = rng.choice(["rational", "emotional"])
    if rng.random() < 0.3: x["said"] = [rng.choice(said)]
    if rng.random() < 0.1: x["loss"] = rng.choice([50, 120, 300])
    if rng.random() < 0.15: x["tier"] = "senior"
    print(json.dumps(x, ensure_ascii=False, separators=(",", ":")))
PY
"$advisor" advise --batch "$work/intakes.jsonl" --log "$work/templates.log" > "$work/out"
"$advisor" advise --batch "$work/intakes.jsonl" --lang zh --log "$work/templates.log" > "$work/out"

# 2. The log generator: TEMPLATES COUNT OUT.
cat > "$work/generate.py" <<'PY'
import json, random, sys, uuid
templates_path, count, out_path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
rng = random.Random(count)
templates = []
for line in open(templates_path, encoding="utf-8"):
    record = json.loads(line)["record"]
    advice = record.get("advice") or {}
    # What the advice allowed: the hand-over limit or the walk-away, plus a loss owed on its own line.
    allowed = max(advice.get("range", {}).get("walkAway", 0), (advice.get("handover") or {}).get("limit", 0))
    if advice.get("owed"):
        allowed += record["intake"].get("loss", 0)
    head, tail = line.rstrip("\n").split(record["adviceId"])
    templates.append((head, tail, allowed))
advices = []
lines = []
with open(out_path, "w", encoding="utf-8") as out:
    for _ in range(count):
        if advices and rng.random() < 1 / 3:
            recent = rng.random() < 0.9
            advice_id, allowed = advices[rng.randrange(max(0, len(advices) - 500), len(advices))] if recent else rng.choice(advices)
            accepted = rng.random() < 0.85
            if allowed > 0 and rng.random() < 0.97:
                settled = round(allowed * rng.choice([0.3, 0.5, 0.6, 0.8, 1.0]), rng.choice([0, 0, 0, 2]))
            else:
                settled = rng.choice([50, 100, 200, 500])
            record = {"accepted": accepted, "adviceId": advice_id, "settled": settled,
                      "time": "2026-11-%02dT%02d:%02d:00Z" % (rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59))}
            if accepted and settled > allowed:
                record = {"aboveAllowed": True, **record}
            lines.append(json.dumps({"kind": "outcome", "record": record}, separators=(",", ":")))
        else:
            head, tail, allowed = templates[rng.randrange(len(templates))]
            advice_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
            advices.append((advice_id, allowed))
            lines.append(head + advice_id + tail)
        if len(lines) >= 10000:
            out.write("\n".join(lines) + "\n")
            lines = []
    if lines:
        out.write("\n".join(lines) + "\n")
PY

# 3. The harness: `first LOG -- CMD…` times one run; `pair RUNS LOG EMPTY -- CMD…` alternates CMD with LOG and with
# EMPTY (removed, with its index, before each run), the order flipping each round, and prints per log the best and
# the median wall time.
cat > "$work/harness.py" <<'PY'
import os, sys, time

def spawn(cmd):
    out = os.open(os.devnull, os.O_WRONLY)
    try:
        start = time.perf_counter_ns()
        pid = os.posix_spawnp(cmd[0], cmd, os.environ, file_actions=[(os.POSIX_SPAWN_DUP2, out, 1), (os.POSIX_SPAWN_DUP2, out, 2)])
        _, status = os.waitpid(pid, 0)
        wall = (time.perf_counter_ns() - start) / 1e9
    finally:
        os.close(out)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(cmd)}: exit status {os.waitstatus_to_exitcode(status)}")
    return wall

def with_log(cmd, log):
    return cmd + ["--log", log]

mode = sys.argv[1]
if mode == "first":
    log, cmd = sys.argv[2], sys.argv[4:]
    print("%.6f" % spawn(with_log(cmd, log)))
elif mode == "pair":
    runs, log, empty, cmd = int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[6:]
    def fresh():
        for path in (empty, empty + ".precedents"):
            if os.path.exists(path):
                os.remove(path)
    walls = {log: [], empty: []}
    for _ in range(3):  # warm the page cache and the dynamic loader's files
        spawn(with_log(cmd, log)); fresh(); spawn(with_log(cmd, empty))
    for r in range(runs):
        order = (log, empty) if r % 2 == 0 else (empty, log)
        for path in order:
            if path == empty:
                fresh()
            walls[path].append(spawn(with_log(cmd, path)))
    def median(xs):
        xs = sorted(xs)
        return xs[len(xs) // 2] if len(xs) % 2 else (xs[len(xs) // 2 - 1] + xs[len(xs) // 2]) / 2
    print("%.9f %.9f %.9f %.9f" % (min(walls[log]), median(walls[log]), min(walls[empty]), median(walls[empty])))
PY
harness() { python3 -I -S "$work/harness.py" "$@"; }
calc() { python3 -c "print($1)"; }

advise_args=(advise --category product-quality --severity severe --fault own --expect 900)
summary=()
worst=0
for size in $sizes; do
  log="$work/log-$size.jsonl"
  python3 "$work/generate.py" "$work/templates.log" "$size" "$log"
  bytes=$(wc -c < "$log")
  echo "$size records, $(calc "round($bytes/1048576)") MiB:"
  first=$(harness first "$log" -- "$advisor" "${advise_args[@]}")
  index_bytes=$(wc -c < "$log.precedents")
  printf '   first advice (reads the whole log, writes the index of %.1f MiB): %.3f s\n' "$(calc "$index_bytes/1048576")" "$first"
  read -r log_best log_median empty_best empty_median <<< "$(harness pair "$runs" "$log" "$work/empty.jsonl" -- "$advisor" "${advise_args[@]}")"
  ratio=$(calc "round($log_best/$empty_best, 2)")
  printf '   with the index:  best %6.2f ms, median %6.2f ms\n' "$(calc "$log_best*1e3")" "$(calc "$log_median*1e3")"
  printf '   empty log:       best %6.2f ms, median %6.2f ms\n' "$(calc "$empty_best*1e3")" "$(calc "$empty_median*1e3")"
  printf '   ratio:           best %.2f, median %.2f\n' "$ratio" "$(calc "$log_median/$empty_median")"
  # Past a megabyte of new lines the advice that reads them writes the index again: the cost now and then.
  head -n 250 "$work/templates.log" >> "$log"
  rewrite=$(harness first "$log" -- "$advisor" "${advise_args[@]}")
  printf '   an advice that writes the index again (after 250 new advices, %.1f MiB): %.1f ms\n' \
    "$(calc "$(head -n 250 "$work/templates.log" | wc -c)/1048576")" "$(calc "$rewrite*1e3")"
  summary+=("$size records: $ratio× (first advice $(printf '%.2f' "$first") s)")
  worst=$(calc "max($worst, $ratio)")
  rm -f "$log" "$log.precedents"
  echo
done
echo "time to advice against an empty log: ${summary[*]}"
echo "largest ratio $worst (aim: at most 1.2 at a million records)"
