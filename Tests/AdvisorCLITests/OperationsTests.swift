import AdvisorCore
import Foundation
import Testing

private func temporaryPath(_ name: String) -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)").path
}

@Suite struct BatchAdviceTests {
    @Test func brokenLinesYieldAnErrorRecordInPlaceAndTheExitStatusSaysSo() throws {
        let input = [
            "{\"category\": \"billing\"}",
            "{\"category\": \"shipping\"}",
            "not json at all",
            "",
            "{\"category\": \"installation-delay\", \"severity\": \"severe\", \"expectation\": 3000, \"bottomLine\": 500}",
            "{\"category\": \"billing\", \"expectation\": -1}",
        ]
        let path = try temporaryFile(input.joined(separator: "\n") + "\n", suffix: ".jsonl")
        let result = advisor(["advise", "--batch", path])
        #expect(result.status == 65)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == input.count, "one output line per input line")
        let objects = try lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(objects.map { $0["line"] as? Int } == [1, 2, 3, 4, 5, 6])
        let failed = objects.map { $0["error"] != nil }
        #expect(failed == [false, true, true, true, false, true])
        let second = try #require(objects[1]["error"] as? [String: Any])
        #expect(second["field"] as? String == "$.category")
        #expect((objects[4]["advice"] as? [String: Any])?["settlement"] != nil)
        #expect(result.stderr.contains("4 line(s) got no advice"))
    }

    /// A pipe is a file too (`advise --batch <(jq -c … cases.json)`): its lines are read as it is written.
    @Test func aBatchReadsAPipe() throws {
        let fifo = FileManager.default.temporaryDirectory.appendingPathComponent("batch-\(UUID().uuidString).fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        defer { unlink(fifo) }
        let writer = Thread {
            // Opening for writing waits until the batch opens the pipe for reading.
            guard let handle = FileHandle(forWritingAtPath: fifo) else { return }
            for i in 0..<3 { handle.write(Data("{\"category\": \"billing\", \"expectation\": \(100 * i)}\n".utf8)) }
            try? handle.close()
        }
        writer.start()
        let result = advisor(["advise", "--batch", fifo])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { $0.contains("\"advice\":") })
    }

    @Test func batchAdviceMatchesSingleAdvice() throws {
        let path = try temporaryFile("{\"category\": \"product-quality\", \"severity\": \"severe\", \"expectation\": 500}\n", suffix: ".jsonl")
        let line = try #require(advisor(["advise", "--batch", path]).stdout.split(separator: "\n").first)
        let batch = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        let single = try decode(Advice.self, from: advisor(["advise", "--category", "product-quality", "--severity", "severe", "--expect", "500", "--json"]).stdout)
        let advice = try JSONSerialization.data(withJSONObject: batch?["advice"] as Any)
        #expect(try JSONDecoder().decode(Advice.self, from: advice) == single)
    }
}

@Suite struct AuditLogTests {
    @Test func eachAdviceIsLoggedWithItsPolicyStampAndAnOutcomeBecomesAPrecedent() throws {
        let log = temporaryPath("log")
        let first = advisor(["advise", "--category", "product-quality", "--severity", "severe", "--expect", "900", "--log", log, "--json"])
        #expect(first.status == 0)
        let noPrecedent = try decode(Advice.self, from: first.stdout)
        #expect(!noPrecedent.precedent.fromLog)
        let id = try #require(first.stderr.firstMatch(of: /advice id ([0-9a-f-]+)/).map { String($0.1) })
        #expect(advisor(["outcome", id, "--settled", "237.5", "--form", "coupon", "--accepted", "--log", log]).status == 0)
        let second = try decode(Advice.self, from: advisor(["advise", "--category", "product-quality", "--severity", "severe", "--expect", "900",
                                                            "--log", log, "--json"]).stdout)
        // One record is too few to quote: the card explains the standard and says so.
        #expect(second.precedent.amount == nil && second.precedent.count == 1 && !second.precedent.fromLog)
        #expect(second.lowerExpectation?.precedent?.contains("237.5") != true)
        #expect(second.bounds == noPrecedent.bounds, "a precedent never moves the bounds")
        let contents = try AuditLog(path: log).read()
        guard case let .advice(record) = try #require(contents.records.first) else { Issue.record("first record is not an advice"); return }
        #expect(record.policy.name == "built-in")
        #expect(record.policy.digest == AuditLog.stamp(.builtIn).digest)
        #expect(record.policy.digest.hasPrefix("sha256:"))
    }

    @Test func outcomeForAnUnknownAdviceIsRefused() {
        let log = temporaryPath("log")
        _ = advisor(["advise", "--category", "billing", "--log", log])
        let result = advisor(["outcome", "no-such-id", "--settled", "10", "--accepted", "--log", log])
        #expect(result.status == 1)
        #expect(result.stderr.contains("holds no advice no-such-id"))
        #expect(advisor(["outcome", "x", "--settled", "10", "--log", log]).status == 64, "accepted or rejected is required")
    }

    @Test func theVariableNamesTheLog() throws {
        let log = temporaryPath("log")
        _ = advisor(["advise", "--category", "billing"], environment: ["LANG": "en_US.UTF-8", "ADVISOR_LOG": log])
        #expect(try AuditLog(path: log).read().records.count == 1)
    }

    /// Eight processes logging a thousand advices each at once leave eight thousand whole lines.
    ///
    /// The test proves something only if the writers really overlap, so it checks that all eight were alive at once:
    /// each gets enough work to outlast the launching of the others, and a run where one finished first fails.
    @Test func concurrentAgentsNeverInterleaveLines() throws {
        let log = temporaryPath("shared-log")
        let intakes = (0..<1000).map { i in "{\"category\": \"billing\", \"expectation\": \(i % 300)}" }.joined(separator: "\n")
        let input = try temporaryFile(intakes, suffix: ".jsonl")
        let processes = try (0..<8).map { _ -> Process in
            let process = Process()
            process.executableURL = builtAdvisor()
            process.arguments = ["advise", "--batch", input, "--log", log]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }
        let aliveTogether = processes.filter(\.isRunning).count
        for process in processes { process.waitUntilExit() }
        #expect(aliveTogether == 8, "only \(aliveTogether) of 8 writers were running at once: they did not overlap")
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })
        let text = try String(contentsOfFile: log, encoding: .utf8)
        let lines = text.split(separator: "\n")
        // Eight writers found the log missing or empty, and exactly one of them wrote its header, first.
        #expect(lines.count == 8001)
        #expect(lines.first?.hasPrefix("{\"advisorLog\":1,") == true)
        #expect(lines.dropFirst().allSatisfy { !$0.hasPrefix("{\"advisorLog\"") })
        let contents = try AuditLog(path: log).read()
        #expect(contents.records.count == 8000)
        #expect(contents.damagedLines.isEmpty)
        let ids = Set(contents.records.compactMap { if case let .advice(r) = $0 { r.adviceId } else { nil } })
        #expect(ids.count == 8000)
    }

    @Test func aTornLastLineIsReportedAndSkippedAndTheNextRecordStartsOnItsOwnLine() throws {
        let log = temporaryPath("torn-log")
        _ = advisor(["advise", "--category", "billing", "--log", log])
        let handle = try #require(FileHandle(forWritingAtPath: log))
        handle.seekToEndOfFile()
        handle.write(Data("{\"kind\":\"advice\",\"record\":{\"adviceId\":\"half".utf8))
        handle.closeFile()
        let next = advisor(["advise", "--category", "billing", "--log", log])
        #expect(next.status == 0)
        // Line 1 is the log's header, line 2 the first record.
        #expect(next.stderr.contains("skipped damaged line 3"))
        let contents = try AuditLog(path: log).read()
        #expect(contents.records.count == 2)
        #expect(contents.damagedLines == [3])
    }
}

/// The precedent is the median of similar accepted settlements, however many the log holds.
@Suite struct PrecedentTests {
    /// Logs one advice for the arguments and returns its id.
    func advise(_ arguments: [String], log: String) throws -> String {
        let result = advisor(["advise"] + arguments + ["--log", log])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        return try #require(result.stderr.firstMatch(of: /advice id ([0-9a-f-]+)/).map { String($0.1) })
    }

    func settle(_ id: String, _ amount: String, accepted: Bool = true, log: String) {
        #expect(advisor(["outcome", id, "--settled", amount, accepted ? "--accepted" : "--rejected", "--log", log]).status == 0)
    }

    /// The precedents the whole log gives, in the built-in policy's yuan.
    func precedent(_ log: String, for intake: Intake) throws -> Precedent? {
        try PrecedentScan.reading(try Data(contentsOf: URL(fileURLWithPath: log))).book(for: .builtIn).precedent(for: intake)
    }

    @Test func theMedianOfSeveralOutcomesIgnoresRejectedAndDissimilarCases() throws {
        let log = temporaryPath("precedent-log")
        // The agent may go to 290 yuan on these: every settlement below is within what the advice allowed.
        let similar = ["--category", "product-quality", "--severity", "severe", "--expect", "900"]
        // Settled out of order, so neither the first nor the lowest logged is the median.
        for amount in ["280", "100", "237.5"] { settle(try advise(similar, log: log), amount, log: log) }
        settle(try advise(similar, log: log), "200", accepted: false, log: log)
        settle(try advise(["--category", "billing", "--severity", "severe", "--expect", "900"], log: log), "99", log: log)
        settle(try advise(similar + ["--fault", "third-party"], log: log), "88", log: log)

        let contents = try AuditLog(path: log).read()
        guard case let .advice(first) = try #require(contents.records.first) else { Issue.record("first record is not an advice"); return }
        #expect(try precedent(log, for: first.intake) == Precedent(median: Amount(minor: 23_750), count: 3))

        // An even count takes the mean of the middle two, exactly: (237.50 + 250) / 2.
        settle(try advise(similar, log: log), "250", log: log)
        #expect(try precedent(log, for: first.intake) == Precedent(median: Amount(minor: 24_375), count: 4))
    }
}

@Suite struct SimulationTests {
    @Test func simulateAgainstPrintsBothPoliciesCostsSideBySide() throws {
        var generous = advisor(["policy", "init"]).stdout
        generous = generous.replacingOccurrences(of: "\"name\" : \"built-in\"", with: "\"name\" : \"generous\"")
        generous = generous.replacingOccurrences(of: "\"agent\" : 300,", with: "\"agent\" : 600,")
        let other = try temporaryFile(generous)
        let past = try temporaryFile((0..<40).map { i in
            "{\"category\": \"product-quality\", \"severity\": \"severe\", \"expectation\": \(200 + i * 20)}"
        }.joined(separator: "\n"), suffix: ".jsonl")
        let result = advisor(["policy", "simulate", past, "--against", other])
        #expect(result.status == 0, "\(result.stderr)")
        let header = try #require(result.stdout.split(separator: "\n").first)
        #expect(header.contains("current") && header.contains("against") && header.contains("against − current"))
        #expect(result.stdout.contains("current = built-in\nagainst = generous (\(other))"))
        #expect(result.stdout.contains("total cost CNY"))
        let runs = try JSONDecoder().decode([PolicySimulation].self, from: Data(advisor(["policy", "simulate", past, "--against", other, "--json"]).stdout.utf8))
        #expect(runs.count == 2)
        #expect(runs[1].totalCost > runs[0].totalCost, "a higher agent cap costs more over the same cases")
        #expect(runs[0].cases == 40)
        // The difference column is the compared policy minus the current one, on the total and on each category.
        let total = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("total cost") })
        let difference = Money.plain((runs[1].totalCost - runs[0].totalCost).rounded())
        #expect(total.hasSuffix("+" + difference), "\(total)")
        let category = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("  product-quality") })
        #expect(category.hasSuffix("+" + difference))
        #expect(result.stdout.contains("Cost assumes each case settles at the walk-away"))
    }

    /// Two copies of one policy (as `policy init` makes them) are told apart by their files.
    @Test func columnsAreNamedByFileAndSkippedLinesAreCounted() throws {
        let copy = try temporaryFile(advisor(["policy", "init"]).stdout)
        let past = try temporaryFile("{\"category\": \"billing\"}\nnot json\n", suffix: ".jsonl")
        let result = advisor(["policy", "simulate", past, "--policy", copy, "--against", copy])
        #expect(result.status == 65, "a skipped line is bad data")
        #expect(result.stdout.contains("current = built-in (\(copy))\nagainst = built-in (\(copy))"))
        #expect(result.stdout.split(separator: "\n").contains { $0.hasPrefix("input lines skipped") && $0.contains("1") })
    }

    @Test func simulateReadsAnAuditLogToo() throws {
        let log = temporaryPath("log")
        for expectation in ["100", "400", "900"] {
            _ = advisor(["advise", "--category", "installation-delay", "--expect", expectation, "--log", log])
        }
        let runs = try JSONDecoder().decode([PolicySimulation].self, from: Data(advisor(["policy", "simulate", log, "--json"]).stdout.utf8))
        #expect(runs.first?.cases == 3)
    }

    /// The log's header and its outcomes hold no case; an advice whose intake holds an amount no case is worth is a
    /// skipped line, never a cost.
    @Test func simulateSkipsTheHeaderAndRefusesAnAmountBeyondAnyCase() throws {
        let log = temporaryPath("log")
        _ = advisor(["advise", "--category", "installation-delay", "--expect", "400", "--log", log])
        let record = try #require(try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n").first { $0.contains(#""kind":"advice""#) })
        let huge = record.replacingOccurrences(of: #""expectation":400"#, with: #""expectation":1e+308"#)
        #expect(huge != record)
        let outcome = #"{"kind":"outcome","record":{"accepted":true,"adviceId":"x","settled":100,"time":"2026-12-01T10:00:00Z"}}"#
        let lines = [#"{"advisorLog":{"version":1}}"#, String(record), outcome, huge]
        try (lines.joined(separator: "\n") + "\n").write(toFile: log, atomically: true, encoding: .utf8)
        #expect(chmod(log, 0o600) == 0)
        let result = advisor(["policy", "simulate", log])
        #expect(result.status == 65)
        #expect(result.stderr.contains("line 4: $.record.intake.expectation: 1e+308 is out of range"), "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").contains { $0.hasPrefix("cases") && $0.hasSuffix(" 1") })
        #expect(result.stdout.split(separator: "\n").contains { $0.hasPrefix("input lines skipped") && $0.hasSuffix(" 1") })
    }

    /// Costs add up in fen and are shown to the fen: a loss of 12.34 owed on three cases is 37.02 more, not 37.
    @Test func costsAreShownToTheMinorUnit() throws {
        let without = try temporaryFile(String(repeating: #"{"category":"product-quality","severity":"severe"}"# + "\n", count: 3), suffix: ".jsonl")
        let with = try temporaryFile(String(repeating: #"{"category":"product-quality","severity":"severe","loss":12.34}"# + "\n", count: 3), suffix: ".jsonl")
        func total(_ past: String) throws -> String {
            let result = advisor(["policy", "simulate", past])
            #expect(result.status == 0, "\(result.stderr)")
            let row = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("total cost") })
            return String(try #require(row.split(separator: " ").last))
        }
        let base = try #require(Decimal(string: try total(without)))
        #expect(try total(with) == "\(base + Decimal(string: "37.02")!)")
    }
}
