import AdvisorCore
import Foundation
import Testing

/// `advisor log prune`: old records lose their words and nothing else; the log is replaced whole, 0600, never a record lost.
@Suite struct LogPruneTests {
    static let header = #"{"advisorLog":1,"created":"2020-01-01T00:00:00Z"}"#

    /// A log as agents leave it over time: a header, old records with words kept masked and kept verbatim by an earlier
    /// version, an outcome, a line torn by a crash, and a record from today.
    static func buildLog() throws -> (path: String, lines: [String]) {
        let engine = AdviceEngine(policy: .builtIn)
        let stamp = AuditLog.stamp(.builtIn)
        func record(_ said: [String], time: String, id: String, keep: Bool?) throws -> LogRecord {
            var intake = Intake(category: .productQuality)
            intake.severity = .severe
            intake.expectation = 900
            intake.said = said
            let advice = try engine.advise(intake, language: .en, readWords: true)
            guard let keep else {
                return .advice(LogRecord.AdviceRecord(time: time, adviceId: id, intake: intake, advice: advice, policy: stamp))
            }
            return .advice(LogRecord.AdviceRecord(time: time, adviceId: id, intake: intake, advice: advice, policy: stamp, keepingWords: keep))
        }
        let records = [
            try record(["电话13800138000，我要投诉到消协"], time: "2020-03-01T09:30:00Z", id: "old-masked", keep: true),
            try record(["I know your CEO, call me on 020 7946 0958"], time: "2020-03-02T09:30:00Z", id: "old-verbatim", keep: nil),
            LogRecord.outcome(.init(time: "2020-03-02T10:00:00Z", adviceId: "old-verbatim", settled: DecimalAmount(tenThousandths: 2_375_000)!, form: .coupon, accepted: true)),
            try record(["又没到！"], time: "2020-03-03T09:30:00Z", id: "old-left-out", keep: false),
            try record(["今天又打了13900139000"], time: AuditLog.timestamp(), id: "today", keep: true),
        ]
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("prune-\(UUID().uuidString).jsonl").path
        try Data((header + "\n").utf8).write(to: URL(fileURLWithPath: path))
        // A log others may read is refused; the advisor creates its own 0600.
        #expect(chmod(path, 0o600) == 0)
        try AuditLog(path: path).append(Array(records.prefix(3)))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("{\"kind\":\"advice\",\"record\":{\"adviceId\":\"torn\n".utf8))
        try handle.close()
        try AuditLog(path: path).append(Array(records.dropFirst(3)))
        chmod(path, 0o644)
        return (path, try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
    }

    /// A record with its words and the note about them taken out, to compare what must not change.
    static func withoutWords(_ record: LogRecord) -> LogRecord {
        guard case var .advice(advice) = record else { return record }
        advice.intake.said = []
        advice.advice?.intake.said = []
        advice.words = nil
        return .advice(advice)
    }

    @Test func oldWordsGoAndEveryRecordAndFigureStays() throws {
        let (log, before) = try Self.buildLog()
        let recordsBefore = try AuditLog(path: log).read()
        let result = advisor(["log", "prune", "--words-older-than", "30", "--log", log])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("dropped the words of 2 records older than 30 days; 5 records, none lost"), "\(result.stdout)")
        #expect(result.stdout.contains("line 5 is not a whole record and was kept as it was"))
        let after = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(after.count == before.count)
        #expect(after[0] == Self.header, "the header is kept as it is")
        let text = after.joined(separator: "\n")
        // The cue phrases that counted stay (they are the cue lists' own words); what the customer said goes.
        #expect(!text.contains("电话13800138000") && !text.contains("call me on") && !text.contains("0958"), "old words are gone")
        #expect(text.contains("13900139000") == false && text.contains("今天又打了[phone]"), "today's record keeps its masked words")
        // Line by line: the old advice records changed only where their words were, everything else byte for byte.
        for index in before.indices {
            let old = before[index], new = after[index]
            if old.contains("\"adviceId\":\"old-masked\"") || old.contains("\"adviceId\":\"old-verbatim\"") && old.contains("\"kind\":\"advice\"") {
                #expect(new != old)
                #expect(new.hasSuffix(",\"words\":{\"kept\":\"pruned\",\"lines\":1}}}"), "\(new.suffix(60))")
                #expect(Self.occurrences("\"said\":[]", in: new) == 2)
            } else {
                #expect(new == old, "line \(index + 1) changed")
            }
        }
        let recordsAfter = try AuditLog(path: log).read()
        #expect(recordsAfter.records.count == recordsBefore.records.count)
        #expect(recordsAfter.damagedLines == recordsBefore.damagedLines)
        #expect(recordsAfter.records.map(Self.withoutWords) == recordsBefore.records.map(Self.withoutWords), "a figure changed")
        var status = stat()
        #expect(stat(log, &status) == 0 && status.st_mode & 0o777 == 0o600, "mode \(String(status.st_mode & 0o777, radix: 8))")
        let folder = (log as NSString).deletingLastPathComponent
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains((log as NSString).lastPathComponent + ".prune") }
        #expect(leftovers.isEmpty, "temporary files left behind: \(leftovers)")
        // Pruning again finds nothing more to drop and leaves the file alone.
        let again = advisor(["log", "prune", "--words-older-than", "30", "--log", log, "--lang", "zh"])
        #expect(again.status == 0)
        #expect(again.stdout.contains("早于 30 天的记录里没有要删的原话，日志未改动（共 5 条记录）"), "\(again.stdout)")
    }

    /// A batch or the server opened the log before the prune: what it writes afterwards goes into the new log, not into
    /// the file the prune replaced, where nobody would read it again.
    @Test(arguments: [false, true])
    func aWriterThatOpenedTheLogBeforeThePruneWritesIntoTheNewLog(inTheBackground: Bool) throws {
        let (log, _) = try Self.buildLog()
        #expect(chmod(log, 0o600) == 0)
        let appender = try AuditLog.Appender(AuditLog(path: log))
        let result = advisor(["log", "prune", "--words-older-than", "30", "--log", log])
        #expect(result.status == 0, "\(result.stderr)")
        let outcome = LogRecord.outcome(.init(time: AuditLog.timestamp(), adviceId: "today", settled: DecimalAmount(tenThousandths: 1_500_000)!,
                                              form: .coupon, accepted: true))
        if inTheBackground {
            try appender.appendStartingSync([outcome]).wait()
        } else {
            try appender.append([outcome])
        }
        let records = try AuditLog(path: log).read().records
        #expect(records.count == 6, "the outcome written after the prune is in the log at the path")
        #expect(records.last == outcome)
        let text = try String(contentsOfFile: log, encoding: .utf8)
        #expect(text.hasPrefix(Self.header + "\n"), "one header, still first")
        #expect(Self.occurrences("advisorLog", in: text) == 1)
    }

    static func occurrences(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test func aLogThatIsNotARegularFileIsRefused() throws {
        let (log, before) = try Self.buildLog()
        let link = log + ".link"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: log)
        let viaLink = advisor(["log", "prune", "--words-older-than", "0", "--log", link])
        #expect(viaLink.status == 1)
        #expect(viaLink.stderr.contains("is a symbolic link, not a regular file, so it is not rewritten"), "\(viaLink.stderr)")
        #expect(try String(contentsOfFile: log, encoding: .utf8) == before.joined(separator: "\n"), "the log behind the link is untouched")
        let folder = advisor(["log", "prune", "--words-older-than", "0", "--log", FileManager.default.temporaryDirectory.path], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(folder.status == 1)
        #expect(folder.stderr.contains("是文件夹，不是普通文件，不能改写"), "\(folder.stderr)")
        let missing = advisor(["log", "prune", "--words-older-than", "0", "--log", log + ".missing"])
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("there is no audit log at"))
    }

    @Test(arguments: [["--words-older-than", "-1"], ["--words-older-than", "thirty"], [], ["--words-older-than", "30", "extra"]])
    func badArgumentsAreUsageErrors(arguments: [String]) {
        let result = advisor(["log", "prune"] + arguments + ["--log", "/nonexistent/log"])
        #expect(result.status == 64, "\(arguments): \(result.stderr)")
    }
}
