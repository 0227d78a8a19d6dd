import AdvisorCLI
import AdvisorCore
import Foundation
import Testing

/// The advice ids the log at `path` holds now.
func loggedIDs(_ path: String) -> Set<String> {
    let records = (try? AuditLog(path: path).read().records) ?? []
    return Set(records.compactMap { if case let .advice(record) = $0 { record.adviceId } else { nil } })
}

/// The advice ids in JSON lines of batch output; only whole lines count.
func shownIDs(_ output: String) -> [String] {
    output.split(separator: "\n", omittingEmptySubsequences: true).compactMap { line in
        (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["adviceId"] as? String
    }
}

/// `count` intake lines, every seventh one broken, so error records sit between the logged advices.
func intakeFile(_ count: Int) throws -> String {
    let categories = ["billing", "product-quality", "logistics-delay", "service-attitude"]
    let lines = (0..<count).map { i in
        i % 7 == 3 ? "{\"category\": \"shipping\"}" : "{\"category\": \"\(categories[i % categories.count])\", \"expectation\": \(i % 500)}"
    }
    return try temporaryFile(lines.joined(separator: "\n") + "\n", suffix: ".jsonl")
}

private func temporaryLog() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("audit-first-\(UUID().uuidString).log").path
}

/// The batch launched on the built binary, logging to `log`, its output on a pipe the test reads.
func launchBatch(_ input: String, log: String) throws -> (Process, FileHandle) {
    let process = Process()
    process.executableURL = builtAdvisor()
    process.arguments = ["advise", "--batch", input, "--log", log]
    process.environment = ["LANG": "en_US.UTF-8"]
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    try process.run()
    return (process, out.fileHandleForReading)
}

/// The audit log is written before the user sees the advice (docs/DESIGN.md, "Invariants", 7).
@Suite struct AuditFirstTests {
    /// Every time the batch writes output, each advice id in it is already in the log, over several rounds.
    @Test func eachBatchChunkIsLoggedBeforeItsLinesAreWritten() throws {
        let input = try intakeFile(BatchAdvisor.roundLines() * 2 + 40)
        let log = temporaryLog()
        var shown: [String] = []
        var unlogged: [String] = []
        var io = CommandIO(environment: ["LANG": "en_US.UTF-8"], readLine: { nil }, inputIsTerminal: false,
                           writeOutput: { _ in Issue.record("the batch wrote text, not bytes") }, writeError: { _ in })
        io.writeOutputData = { data in
            let logged = loggedIDs(log)
            let ids = shownIDs(String(decoding: data, as: UTF8.self))
            shown += ids
            unlogged += ids.filter { !logged.contains($0) }
        }
        #expect(run(["advisor", "advise", "--batch", input, "--log", log], io: io) == 65, "the broken lines fail")
        #expect(unlogged.isEmpty, "shown before they were logged: \(unlogged.prefix(3))")
        #expect(shown.count == (0..<(BatchAdvisor.roundLines() * 2 + 40)).filter { $0 % 7 != 3 }.count)
        #expect(Set(shown) == loggedIDs(log))
    }

    /// The card, and the JSON, come only after the record is in the log.
    @Test(arguments: [false, true])
    func aSingleAdviceIsLoggedBeforeItIsShown(json: Bool) {
        let log = temporaryLog()
        var recordsWhenShown: [Int] = []
        var io = CommandIO(environment: ["LANG": "en_US.UTF-8"], readLine: { nil }, inputIsTerminal: false,
                           writeOutput: { _ in recordsWhenShown.append(loggedIDs(log).count) }, writeError: { _ in })
        io.writeOutputData = { _ in recordsWhenShown.append(loggedIDs(log).count) }
        let status = run(["advisor", "advise", "--category", "billing", "--log", log] + (json ? ["--json"] : []), io: io)
        #expect(status == 0)
        #expect(!recordsWhenShown.isEmpty && recordsWhenShown.allSatisfy { $0 == 1 }, "records in the log at each write: \(recordsWhenShown)")
    }

    /// The real binary, read by a reader that stops early as `head` does: every id that reached it is in the log.
    @Test func aReaderThatStopsEarlySeesOnlyLoggedIDs() throws {
        let log = temporaryLog()
        let (process, reader) = try launchBatch(try intakeFile(3_000), log: log)
        var received = Data()
        // More than one round, so the batch is stopped in the middle of its work.
        while received.filter({ $0 == 10 }).count < BatchAdvisor.roundLines() + 50 {
            let part = reader.availableData
            if part.isEmpty { break }
            received.append(part)
        }
        try reader.close()
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal, "the batch ran to its end before the reader stopped")
        let text = String(decoding: received, as: UTF8.self)
        let whole = text.hasSuffix("\n") ? text : String(text[..<(text.lastIndex(of: "\n") ?? text.startIndex)])
        let ids = shownIDs(whole)
        #expect(ids.count > BatchAdvisor.roundLines() / 2)
        let logged = loggedIDs(log)
        #expect(ids.allSatisfy(logged.contains), "ids shown but not logged: \(ids.filter { !logged.contains($0) }.prefix(3))")
    }

    /// A log whose folder is a file, so it can be neither opened nor created: the error, and nothing advised.
    /// (A folder that is merely missing is created for the log, 0700: `LogFileSafetyTests`.)
    @Test(arguments: [["advise", "--category", "billing"], ["advise", "--category", "billing", "--json"], ["advise", "--batch"], ["intake"]])
    func anUnopenableLogStopsTheCommandBeforeAnyAdvice(command: [String]) throws {
        let notAFolder = try temporaryFile("not a folder\n", suffix: ".txt")
        let log = notAFolder + "/audit.log"
        let arguments = command == ["advise", "--batch"] ? command + [try intakeFile(5)] : command
        let answers = ["", "1", "", "", "", "", "", "", "", "", "", "", "", "", ""]
        let result = advisor(arguments + ["--log", log], input: answers)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty, "advised anyway: \(result.stdout.prefix(120))")
        #expect(result.stderr.hasPrefix("Error: cannot open the audit log \(log): Not a directory; check that its folder exists"),
                "\(result.stderr)")
        #expect(try String(contentsOfFile: notAFolder, encoding: .utf8) == "not a folder\n")
    }
}
