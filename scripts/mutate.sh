#!/usr/bin/env bash
# The long robustness run: many more mutants than `swift test` makes, then the hostile inputs through the
# release binary, as a user would give them.
#
#   scripts/mutate.sh                      200,000 mutants per kind (policy, case, intake), then the binary checks
#   MUTATIONS=20000 scripts/mutate.sh      fewer mutants
#   ADVISOR_MUTATION_SEED=N scripts/mutate.sh   repeat the mutants of an earlier run (the seed is in every failure)
#   SKIP_MUTANTS=1 scripts/mutate.sh       only the binary checks
#
# Every check must end without a signal; a refused input must exit 65 with "Error:" on stderr and a message of a
# readable size. Prints "N passed, M failed" and exits 1 if any failed.
set -u
cd "$(dirname "$0")/.."

# The built-in policy and no audit log: a policy file or log in the environment would change what is checked.
unset ADVISOR_POLICY ADVISOR_LOG

MUTATIONS=${MUTATIONS:-200000}
LIMIT=${LIMIT:-300}             # seconds any one binary check may take
passed=0
failed=0
failures=()

pass() { passed=$((passed + 1)); printf '  ok    %s\n' "$1"; }
fail() { failed=$((failed + 1)); failures+=("$1: $2"); printf '  FAIL  %s: %s\n' "$1" "$2"; }

work=$(mktemp -d "${TMPDIR:-/tmp}/advisor-mutate.XXXXXX")
trap 'rm -rf "$work"' EXIT

# 1. The mutation tests, scaled up.
if [ -z "${SKIP_MUTANTS:-}" ]; then
    echo "== MutationTests with $MUTATIONS mutants per kind"
    start=$(date +%s)
    if ADVISOR_MUTATIONS=$MUTATIONS swift test --filter MutationTests >"$work/mutants.log" 2>&1; then
        pass "MutationTests, $MUTATIONS mutants per kind ($(( $(date +%s) - start )) s)"
    else
        status=$?
        grep -E 'seed|mutant [0-9]+|Fatal error|error:' "$work/mutants.log" | head -40
        fail "MutationTests, $MUTATIONS mutants per kind" "swift test exited $status (log above)"
    fi
fi

# 2. The release binary on hostile files.
echo "== release build"
if ! swift build -c release --product advisor >"$work/build.log" 2>&1; then
    tail -20 "$work/build.log"
    fail "release build" "swift build -c release failed"
    echo "$passed passed, $failed failed"
    exit 1
fi
advisor="$(swift build -c release --show-bin-path)/advisor"

# run NAME EXPECTED-STATUS ARGS...: runs the binary with stdout and stderr in $work/out and $work/err, and checks
# that it ended by itself (no signal, no time-out), with the status expected.
run() {
    local name=$1 expected=$2
    shift 2
    timeout "$LIMIT" "$advisor" "$@" --lang en >"$work/out" 2>"$work/err"
    status=$?
    if [ "$status" -eq 124 ]; then fail "$name" "still running after $LIMIT s"; return 1; fi
    if [ "$status" -ge 128 ]; then fail "$name" "killed by signal $((status - 128)): $(head -c 300 "$work/err")"; return 1; fi
    if grep -q "Fatal error" "$work/err"; then fail "$name" "Fatal error: $(grep -m1 'Fatal error' "$work/err")"; return 1; fi
    if [ "$status" -ne "$expected" ]; then fail "$name" "exit $status, expected $expected: $(head -c 300 "$work/err")"; return 1; fi
    return 0
}

# refused NAME ARGS...: the command must exit 65 with a readable "Error:" message.
refused() {
    local name=$1
    shift
    run "$name" 65 "$@" || return
    local size
    size=$(wc -c <"$work/err")
    if ! head -c 200 "$work/err" | grep -q "^Error: "; then fail "$name" "no 'Error:' on stderr: $(head -c 300 "$work/err")"; return; fi
    if [ "$size" -gt 65536 ]; then fail "$name" "the error message is $size bytes"; return; fi
    pass "$name"
}

echo "== generating hostile files in $work"
mb=100
a100() { head -c $((mb << 20)) /dev/zero | tr '\0' a; }
{ printf '{"category": "'; a100; printf '"}\n'; } >"$work/long-category.json"
{ printf '{"'; a100; printf '": 1}\n'; } >"$work/long-key.json"
{ printf '{"name": "'; a100; printf '"}\n'; } >"$work/long-name.json"
{ printf '{"category": "billing", "expectation": 1'; head -c $((mb << 20)) /dev/zero | tr '\0' 0; printf '}\n'; } >"$work/long-number.json"
{ printf '{"category": "billing"}\n'; cat "$work/long-category.json"; printf '{"category": "logistics-delay", "expectation": 50}\n'; } >"$work/batch-long-line.jsonl"
python3 - "$work" <<'EOF'
import random, sys
work = sys.argv[1]
def write(name, data):
    with open(f"{work}/{name}", "wb") as f:
        f.write(data)
write("empty.json", b"")
write("blank.json", b" \n\t\r\n ")
write("deep-arrays.json", b"[" * 10000 + b"]" * 10000)
write("deep-objects.json", b'{"a":' * 10000 + b"1" + b"}" * 10000)
write("deep-unclosed.json", b"[" * 10000)
write("utf8-top.json", b"\xff\xfe")
write("utf8-overlong.json", b'{"name": "\xc0\xaf"}')
write("utf8-truncated.json", b'{"name": "\xe4\xb8"}')
write("utf8-surrogate.json", b'{"name": "\xed\xa0\x80"}')
random.seed(20240601)
for n in range(5):
    write(f"junk-{n}.bin", bytes(random.randrange(256) for _ in range(4096)))
write("intake-1e400.json", b'{"category":"billing","expectation":1e400}')
write("intake-utf8.json", b'{"category":"bill\xc0\xafing"}')
write("intake-huge-order.json", b'{"category":"billing","orderValue":1.7976931348623157e308}')
write("intake-huge-fraud.json", b'{"category":"product-quality","fraud":true,"orderValue":1e16}')
import json, os
case = json.load(open("Knowledge/Cases/air-conditioner-queue.json", encoding="utf-8"))
case["id"] = "huge-order"
case["intake"] = {"category": "product-quality", "fraud": True, "orderValue": 1e16}
os.makedirs(f"{work}/cases")
write("cases/huge-order.json", json.dumps(case, ensure_ascii=False).encode())
EOF
"$advisor" policy init >"$work/policy.json"
sed 's/"ceilingShareOfOrderValue" *: *[0-9.]*/"ceilingShareOfOrderValue" : 1e400/' "$work/policy.json" >"$work/policy-1e400.json"
sed '0,/"floor" *: *[0-9.]*/s//"floor" : -1e400/' "$work/policy.json" >"$work/policy-minus-1e400.json"
sed 's/"serviceVisitValue" *: *[0-9.]*/"serviceVisitValue" : 1e-400/' "$work/policy.json" >"$work/policy-1e-400.json"

echo "== advise --batch with a $mb MB line"
if run "advise --batch, one $mb MB line" 65 advise --batch "$work/long-category.json"; then
    lines=$(wc -l <"$work/out")
    if [ "$lines" -ne 1 ]; then fail "advise --batch, one $mb MB line" "$lines output lines, expected 1"
    elif ! grep -q '"error"' "$work/out" || ! grep -q '"line":1' "$work/out"; then fail "advise --batch, one $mb MB line" "not an error record: $(head -c 300 "$work/out")"
    elif [ "$(wc -c <"$work/out")" -gt 4096 ]; then fail "advise --batch, one $mb MB line" "the error record is $(wc -c <"$work/out") bytes"
    else pass "advise --batch, one $mb MB line: one error record"; fi
fi
if run "advise --batch, a $mb MB line between two intakes" 65 advise --batch "$work/batch-long-line.jsonl"; then
    advice=$(grep -c '"advice"' "$work/out")
    errors=$(grep -c '"error"' "$work/out")
    if [ "$(wc -l <"$work/out")" -eq 3 ] && [ "$advice" -eq 2 ] && [ "$errors" -eq 1 ] && sed -n 2p "$work/out" | grep -q '"line":2'; then
        pass "advise --batch, a $mb MB line between two intakes: 2 advice, 1 error record"
    else
        fail "advise --batch, a $mb MB line between two intakes" "$(wc -l <"$work/out") lines, $advice advice, $errors errors"
    fi
fi

echo "== policy check on hostile files"
refused "policy check, empty file" policy check "$work/empty.json"
refused "policy check, whitespace only" policy check "$work/blank.json"
refused "policy check, $mb MB string value" policy check "$work/long-name.json"
refused "policy check, $mb MB member name" policy check "$work/long-key.json"
refused "policy check, $mb MB category (intake as policy)" policy check "$work/long-category.json"
refused "policy check, $mb MB number" policy check "$work/long-number.json"
refused "policy check, arrays 10,000 deep" policy check "$work/deep-arrays.json"
refused "policy check, objects 10,000 deep" policy check "$work/deep-objects.json"
refused "policy check, 10,000 unclosed arrays" policy check "$work/deep-unclosed.json"
refused "policy check, 0xFF 0xFE" policy check "$work/utf8-top.json"
refused "policy check, overlong UTF-8 in a string" policy check "$work/utf8-overlong.json"
refused "policy check, truncated UTF-8 in a string" policy check "$work/utf8-truncated.json"
refused "policy check, encoded surrogate" policy check "$work/utf8-surrogate.json"
for n in 0 1 2 3 4; do refused "policy check, 4 KB binary junk #$n" policy check "$work/junk-$n.bin"; done
refused "policy check, ceilingShareOfOrderValue 1e400" policy check "$work/policy-1e400.json"
grep -q "1e400" "$work/err" || fail "policy check, 1e400 named" "the message does not name 1e400: $(head -c 300 "$work/err")"
refused "policy check, a floor of -1e400" policy check "$work/policy-minus-1e400.json"
refused "policy check, intake with expectation 1e400" policy check "$work/intake-1e400.json"
run "policy check, serviceVisitValue 1e-400 reads as 0" 0 policy check "$work/policy-1e-400.json" && pass "policy check, serviceVisitValue 1e-400 reads as 0"
run "policy check, the built-in policy" 0 policy check "$work/policy.json" && pass "policy check, the built-in policy"

echo "== advise --intake on hostile files"
refused "advise --intake, $mb MB category" advise --intake "$work/long-category.json"
refused "advise --intake, $mb MB member name" advise --intake "$work/long-key.json"
refused "advise --intake, expectation 1e400" advise --intake "$work/intake-1e400.json"
refused "advise --intake, invalid UTF-8" advise --intake "$work/intake-utf8.json"
refused "advise --intake, arrays 10,000 deep" advise --intake "$work/deep-arrays.json"
refused "advise --intake, 4 KB binary junk" advise --intake "$work/junk-0.bin"
# Found by the mutation tests: amounts whose products overflow gave infinite amounts, which JSON cannot hold.
run "advise --json, order value 1.8e308" 0 advise --intake "$work/intake-huge-order.json" --json && pass "advise --json, order value 1.8e308"
run "advise, fraud on an order of 1e16" 0 advise --intake "$work/intake-huge-fraud.json" && pass "advise, fraud on an order of 1e16"
run "case --handout md, fraud on an order of 1e16" 0 case huge-order --cases "$work/cases" --handout md && pass "case --handout md, fraud on an order of 1e16"

echo
if [ "$failed" -gt 0 ]; then
    echo "Failures:"
    printf '  %s\n' "${failures[@]}"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
