#!/usr/bin/env bash
# advisor serve benchmark: advices per second and latency of POST /api/advise at 1 and 16 concurrent clients, beside
# the same advice from the command line, one process per advice, run side by side in this run.
#
# Usage: scripts/bench-serve.sh
#   SERVE_REQUESTS  requests per client count (default 4000)
#   CLI_RUNS        command-line advices per concurrency (default 300)
#
# Both sides are release builds of this tree, with the built-in policy and no audit log (a growing log would make the
# command line read more each time). The load comes from a small client compiled here (Swift, -O): one thread per
# client, each request on a connection of its own, as the server serves them. Benchmarks are not part of the test
# suite; outputs go to real files, never /dev/null.
set -euo pipefail
shopt -s inherit_errexit
cd "$(dirname "$0")/.."
requests=${SERVE_REQUESTS:-4000}
cli_runs=${CLI_RUNS:-300}
unset ADVISOR_POLICY ADVISOR_LOG ADVISOR_TOKEN

work=$(mktemp -d)
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "date:    $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
echo "machine: $(uname -m), $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
echo "swift:   $(swift --version 2>&1 | grep -m1 -i 'swift version' || echo unknown)"

swift build -c release --product advisor >/dev/null
advisor="$(swift build -c release --show-bin-path)/advisor"

intake='{"category": "installation-delay", "severity": "severe", "brokenPromises": 2, "type": "unreasonable", "temperament": "emotional", "expectation": 3000, "bottomLine": 500, "orderValue": 12000, "said": ["我要投诉到消协！"]}'
printf '%s\n' "$intake" > "$work/intake.json"

# The load generator: CLIENTS threads, each sending its share of REQUESTS, printing advices/s and latency percentiles.
cat > "$work/load.swift" <<'SWIFT'
import Foundation
import Glibc

let arguments = CommandLine.arguments
let port = UInt16(arguments[1])!, clients = Int(arguments[2])!, total = Int(arguments[3])!
let body = try! String(contentsOfFile: arguments[4], encoding: .utf8)
let request = Array("POST /api/advise HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nContent-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)".utf8)

func exchange() -> (ok: Bool, seconds: Double) {
    var start = timespec(), end = timespec()
    clock_gettime(CLOCK_MONOTONIC, &start)
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = port.bigEndian
    address.sin_addr.s_addr = in_addr_t(0x7F00_0001).bigEndian
    let connected = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    guard connected == 0 else { return (false, 0) }
    _ = request.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    var head = [UInt8](repeating: 0, count: 12)
    var chunk = [UInt8](repeating: 0, count: 65536)
    var received = 0, first = true
    while true {
        let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        if count <= 0 { break }
        if first { for i in 0..<min(12, count) { head[i] = chunk[i] }; first = false }
        received += count
    }
    clock_gettime(CLOCK_MONOTONIC, &end)
    let ok = String(decoding: head, as: UTF8.self).hasPrefix("HTTP/1.1 200") && received > 1000
    return (ok, Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9)
}

let lock = NSLock()
var latencies: [Double] = []
var failures = 0
let group = DispatchGroup()
var begin = timespec(), finish = timespec()
clock_gettime(CLOCK_MONOTONIC, &begin)
for client in 0..<clients {
    group.enter()
    let share = total / clients + (client < total % clients ? 1 : 0)
    Thread {
        var mine: [Double] = []
        var failed = 0
        for _ in 0..<share {
            let (ok, seconds) = exchange()
            if ok { mine.append(seconds) } else { failed += 1 }
        }
        lock.lock(); latencies += mine; failures += failed; lock.unlock()
        group.leave()
    }.start()
}
group.wait()
clock_gettime(CLOCK_MONOTONIC, &finish)
let elapsed = Double(finish.tv_sec - begin.tv_sec) + Double(finish.tv_nsec - begin.tv_nsec) / 1e9
latencies.sort()
func percentile(_ p: Double) -> Double { latencies.isEmpty ? 0 : latencies[min(latencies.count - 1, Int(Double(latencies.count) * p))] * 1000 }
print(String(format: "%.0f %.2f %.2f %d", Double(latencies.count) / elapsed, percentile(0.5), percentile(0.99), failures))
SWIFT
swiftc -O -o "$work/load" "$work/load.swift" 2>"$work/load-build.log" || { cat "$work/load-build.log" >&2; exit 1; }

# The command line, one process per advice: CLI_RUNS runs, one at a time and 16 at a time.
cli_rate() {
  local parallel=$1 start end
  start=$(date +%s.%N)
  seq "$cli_runs" | xargs -P "$parallel" -I{} sh -c "\"$advisor\" advise --intake \"$work/intake.json\" --json > \"$work/cli-{}.json\""
  end=$(date +%s.%N)
  awk -v n="$cli_runs" -v s="$start" -v e="$end" 'BEGIN { printf "%.0f", n / (e - s) }'
}
cli_one=$(cli_rate 1)
cli_sixteen=$(cli_rate 16)
cmp -s "$work/cli-1.json" "$work/cli-$cli_runs.json" || { echo "the command line's advice differs from run to run" >&2; exit 1; }

"$advisor" serve --port 0 > "$work/serve.out" 2> "$work/serve.err" &
server=$!
for _ in $(seq 100); do grep -q 'http://127.0.0.1:' "$work/serve.out" 2>/dev/null && break; sleep 0.1; done
port=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/serve.out" | head -1 | cut -d: -f3)
[ -n "$port" ] || { echo "advisor serve did not start: $(cat "$work/serve.err")" >&2; exit 1; }

"$work/load" "$port" 4 400 "$work/intake.json" > "$work/warm.txt"   # warm up: pages, caches, the detector's tables
read -r serve_one p50_one p99_one failed_one < <("$work/load" "$port" 1 "$requests" "$work/intake.json")
read -r serve_sixteen p50_sixteen p99_sixteen failed_sixteen < <("$work/load" "$port" 16 "$requests" "$work/intake.json")

printf '\n%-34s %14s %10s %10s\n' "" "advices/s" "p50 ms" "p99 ms"
printf '%-34s %14s %10s %10s\n' "advise --intake, 1 process at once" "$cli_one" "" ""
printf '%-34s %14s %10s %10s\n' "advise --intake, 16 at once" "$cli_sixteen" "" ""
printf '%-34s %14s %10s %10s\n' "POST /api/advise, 1 client" "$serve_one" "$p50_one" "$p99_one"
printf '%-34s %14s %10s %10s\n' "POST /api/advise, 16 clients" "$serve_sixteen" "$p50_sixteen" "$p99_sixteen"
echo
awk -v s="$serve_sixteen" -v c1="$cli_one" -v c16="$cli_sixteen" -v p50="$p50_sixteen" -v p99="$p99_sixteen" 'BEGIN {
  printf "16 clients against the command line: %.1fx one process at a time, %.1fx 16 at a time (aim: at least 20x)\n", s / c1, s / c16
  printf "p99 / median at 16 clients: %.1f (aim: at most 5)\n", p99 / p50 }'
[ "$failed_one" = 0 ] && [ "$failed_sixteen" = 0 ] || { echo "failed requests: $failed_one at 1 client, $failed_sixteen at 16" >&2; exit 1; }
