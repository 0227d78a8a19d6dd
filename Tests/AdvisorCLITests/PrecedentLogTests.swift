import AdvisorCore
import Foundation
import Knowledge
import Testing

/// An audit log built in-process the way `advise` and `outcome` write one, without a command per record.
struct TestLog {
    let path: String
    var log: AuditLog { AuditLog(path: path) }
    var indexPath: String { path + ".precedents" }

    init() {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("precedents-\(UUID().uuidString).log").path
    }

    /// The case every test settles: an inflated ask (900) the agent may meet up to 290 yuan, so the card quotes records.
    static let inflated = ["--category", "product-quality", "--severity", "severe", "--expect", "900"]
    static var inflatedIntake: Intake {
        var intake = Intake(category: .productQuality)
        intake.severity = .severe
        intake.expectation = 900
        return intake
    }

    /// Logs `count` advices for one intake and returns their ids.
    @discardableResult
    func advise(_ intake: Intake, count: Int) throws -> [String] {
        let logger = try AdviceLogger(log, policy: .builtIn)
        let advice = try AdviceEngine(policy: .builtIn).advise(intake, language: .en)
        let recorder = logger.recorder()
        let records = (0..<count).map { _ in recorder.record(advice, intake: intake) }
        try logger.append(records)
        return records.map(\.adviceId)
    }

    /// Unrelated advices with no outcome, enough to pass the size from which an index is kept (about 4.5 KB each).
    func fill(_ count: Int = 300) throws {
        var intake = Intake(category: .billing)
        intake.severity = .minor
        try advise(intake, count: count)
    }

    /// Logs one accepted outcome per amount, each for a new advice of the inflated case; returns the advices' ids.
    @discardableResult
    func settle(_ amounts: [String]) throws -> [String] {
        let ids = try advise(Self.inflatedIntake, count: amounts.count)
        try log.append(zip(ids, amounts).map { id, amount in
            .outcome(LogRecord.OutcomeRecord(time: AuditLog.timestamp(), adviceId: id, settled: try TypedAmount.exact(amount).get(),
                                             form: nil, accepted: true))
        })
        return ids
    }

    /// Replaces the first occurrence of each text with another of the same length, in the file as it is.
    func edit(_ changes: [(String, String)]) throws -> Data {
        var text = try String(contentsOfFile: path, encoding: .utf8)
        for (old, new) in changes {
            let range = try #require(text.range(of: old))
            #expect(old.utf8.count == new.utf8.count)
            text.replaceSubrange(range, with: new)
        }
        return Data(text.utf8)
    }

    /// The card `advise` shows for the inflated case with this log.
    func card() -> Outcome {
        let result = advisor(["advise"] + Self.inflated + ["--log", path])
        #expect(result.status == 0, "\(result.stderr)")
        return result
    }

    /// The card's "Past cases" line.
    func pastCases() -> String {
        card().stdout.split(separator: "\n").first { $0.hasPrefix("Past cases:") }.map(String.init) ?? ""
    }

    /// The index beside the log, if there is one that reads.
    var index: PrecedentIndex? {
        (try? Data(contentsOf: URL(fileURLWithPath: indexPath))).flatMap(PrecedentIndex.init)
    }

    var size: Int { (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0 }

    func remove() {
        for file in [path, indexPath] { try? FileManager.default.removeItem(atPath: file) }
    }
}

/// Outcomes cannot be stuffed: one per advice counts, the last recorded; what the advice did not allow never counts.
@Suite struct OutcomeStuffingTests {
    func adviceID(_ result: Outcome) throws -> String {
        try #require(result.stderr.firstMatch(of: /advice id ([0-9a-f-]+)/).map { String($0.1) })
    }

    @Test func threeOutcomesForOneAdviceCountOnceAndTheLastWins() throws {
        let log = TestLog()
        defer { log.remove() }
        var ids: [String] = []
        for amount in ["100", "150", "200", "250", "280"] {
            let id = try adviceID(log.card())
            ids.append(id)
            #expect(advisor(["outcome", id, "--settled", amount, "--accepted", "--log", log.path]).status == 0)
        }
        #expect(log.pastCases() == "Past cases: 200 — median of 5 similar settled cases")

        // The adversarial run: the same advice settled again and again at a million.
        for _ in 0..<3 {
            let stuffed = advisor(["outcome", ids[0], "--settled", "1000000", "--accepted", "--log", log.path])
            #expect(stuffed.status == 0)
            #expect(stuffed.stderr.contains("note: this replaces the outcome recorded earlier for \(ids[0])"))
            #expect(stuffed.stderr.contains("note: 1000000 is above the 290 this advice allowed (its walk-away or hand-over limit)"))
        }
        // Four left: too few to quote.
        #expect(log.pastCases().hasPrefix("Past cases: only 4 similar settled cases, fewer than 5"))
        let lines = try String(contentsOfFile: log.path, encoding: .utf8).split(separator: "\n")
        #expect(lines.filter { $0.contains(#""aboveAllowed":true"#) && $0.contains(#""settled":1000000"#) }.count == 3, "the history stays")

        // The last outcome recorded is the one that counts: 100 became 260.
        #expect(advisor(["outcome", ids[0], "--settled", "270", "--rejected", "--log", log.path]).status == 0)
        #expect(advisor(["outcome", ids[0], "--settled", "260", "--accepted", "--log", log.path]).status == 0)
        #expect(log.pastCases() == "Past cases: 250 — median of 5 similar settled cases")
    }

    @Test(arguments: ["1e308", "1e3", "0x10", "-5", "+5", "1000000000000.01", "12.34567", "inf", "1,000"])
    func anAmountThatIsNotAPlainDecimalIsRefusedAndNothingIsLogged(amount: String) throws {
        let log = TestLog()
        defer { log.remove() }
        let id = try adviceID(log.card())
        let before = log.size
        let result = advisor(["outcome", id, "--settled", amount, "--accepted", "--log", log.path])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--settled needs an amount in plain digits, like 200 or 49.5, up to a trillion; not '\(amount)'"))
        #expect(log.size == before)
    }

    @Test func moneyOwedOnItsOwnLineIsAllowedOnTopOfTheWalkAway() throws {
        let log = TestLog()
        defer { log.remove() }
        let advised = advisor(["advise"] + TestLog.inflated + ["--loss", "120.5", "--log", log.path, "--json"])
        let advice = try decode(Advice.self, from: advised.stdout)
        #expect(advice.owed != nil)
        let id = try adviceID(advised)
        // The ladder's stop (or the hand-over's) and the 120.50 owed: exactly that is allowed, a fen more is not.
        let allowed = max(advice.range.walkAway, advice.handover?.limit ?? 0) + 120.5
        let text = Money.plain(allowed).replacingOccurrences(of: ".50", with: ".5")
        let within = advisor(["outcome", id, "--settled", text, "--accepted", "--log", log.path])
        #expect(within.status == 0 && !within.stderr.contains("above"), "\(within.stderr)")
        let above = advisor(["outcome", id, "--settled", Money.plain(allowed + 0.01), "--accepted", "--log", log.path])
        #expect(above.stderr.contains("note: \(Money.plain(allowed + 0.01)) is above the \(text) this advice allowed (its walk-away or hand-over limit, plus 120.5 owed on its own line)"),
                "\(above.stderr)")
        let chinese = advisor(["outcome", id, "--settled", "5000", "--accepted", "--log", log.path], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(chinese.stderr.contains("注意：5000 超过了这条建议允许的 \(text)（让步上限或转交上限，加上单列应付的 120.5）"), "\(chinese.stderr)")
    }

    @Test func aSettlementLoggedBeyondAnySaneAmountIsADamagedLineNotAFigure() throws {
        let log = TestLog()
        defer { log.remove() }
        let ids = try log.settle(["100", "150", "200", "250", "280"])
        // What an earlier version wrote for `--settled 1e308`, replacing the 100.
        let handle = try #require(FileHandle(forWritingAtPath: log.path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"kind":"outcome","record":{"accepted":true,"adviceId":"\#(ids[0])","settled":1e+308,"time":"2026-11-30T10:00:00Z"}}"#.utf8 + [0x0A]))
        try handle.close()
        let result = log.card()
        // Line 1 is the log's header.
        #expect(result.stderr.contains("note: skipped damaged line 12 of the log \(log.path)"))
        #expect(result.stdout.contains("Past cases: 200 — median of 5 similar settled cases"))
    }

    /// A line still being written (no newline yet) counts for the advice reading it, and is read again next time.
    @Test func aLastLineWithoutItsNewlineCountsAndIsReadAgainWhenFinished() throws {
        let log = TestLog()
        defer { log.remove() }
        try log.settle(["100", "150", "200", "250"])
        let id = try #require(try log.advise(TestLog.inflatedIntake, count: 1).first)
        let handle = try #require(FileHandle(forWritingAtPath: log.path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"kind":"outcome","record":{"accepted":true,"adviceId":"\#(id)","settled":280,"time":"2026-12-01T10:00:00Z"}}"#.utf8))
        try handle.close()
        // The advice's own record starts on a fresh line, which finishes the one before it.
        #expect(log.pastCases() == "Past cases: 200 — median of 5 similar settled cases")
        #expect(log.pastCases() == "Past cases: 200 — median of 5 similar settled cases")
    }

    @Test func manyDamagedLinesAreCountedAndTheFirstListed() throws {
        let log = TestLog()
        defer { log.remove() }
        let header = #"{"advisorLog":1,"created":"2026-12-01T09:00:00Z","advisor":"0.1.0"}"#
        try (header + "\n" + String(repeating: "not a record\n", count: 25)).write(toFile: log.path, atomically: true, encoding: .utf8)
        #expect(chmod(log.path, 0o600) == 0)
        let result = log.card()
        let first = (2...21).map(String.init).joined(separator: ", ")
        #expect(result.stderr.contains("note: skipped 25 damaged lines of the log \(log.path) (torn by interrupted writes?), the first at lines \(first)\n"),
                "\(result.stderr)")
    }

    /// The median is exact: 200.01 and 200.02 in the middle make 200.015, which rounds half to even, to 200.02.
    @Test func theCardQuotesTheExactMedianOfTheLog() throws {
        let log = TestLog()
        defer { log.remove() }
        try log.settle(["120", "150.5", "200.01", "200.02", "260", "280"])
        let card = log.card().stdout
        #expect(card.contains("Past cases: 200.02 — median of 6 similar settled cases"))
        #expect(card.contains("4. Standard: We've had 6 recent cases close to yours, and they were usually\n   settled at 200.02 yuan."), "\(card)")
        let json = try decode(Advice.self, from: advisor(["advise"] + TestLog.inflated + ["--log", log.path, "--json"]).stdout)
        #expect(json.precedent.amount == 200.02 && json.precedent.count == 6 && json.precedent.fromLog)
    }
}

/// The index beside the log is used only while it is the log's, and is made again whenever it is not.
@Suite struct PrecedentIndexFileTests {
    /// A log past the size from which an index is kept, with five settled cases, and its index.
    func indexedLog(_ amounts: [String] = ["100", "150", "200", "250", "280"], median: String = "200") throws -> TestLog {
        let log = TestLog()
        try log.fill()
        try log.settle(amounts)
        #expect(log.pastCases() == "Past cases: \(median) — median of 5 similar settled cases")
        #expect(log.index != nil)
        return log
    }

    @Test func theIndexIsWrittenPrivatelyBesideTheLogAndWrittenAgainWhenDeleted() throws {
        let log = try indexedLog()
        defer { log.remove() }
        let index = try #require(log.index)
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: log.indexPath)[.posixPermissions] as? Int)
        #expect(mode == 0o600)
        // It covers the log as the advice found it, before its own record.
        #expect(index.coverage.bytes > 1 << 20 && index.coverage.bytes < log.size)
        try FileManager.default.removeItem(atPath: log.indexPath)
        #expect(log.pastCases() == "Past cases: 200 — median of 5 similar settled cases")
        #expect(log.index != nil)
    }

    /// An indexed log with two more outcomes, indexed again; returns it with its size before the two.
    func indexedPastTwoMoreOutcomes() throws -> (log: TestLog, before: Int) {
        let log = try indexedLog()
        let before = log.size
        try log.settle(["290", "290"])
        try FileManager.default.removeItem(atPath: log.indexPath)
        #expect(log.pastCases() == "Past cases: 250 — median of 7 similar settled cases")
        #expect(try #require(log.index).coverage.bytes > before, "the index covers the two outcomes")
        return (log, before)
    }

    /// Cuts a log back to `size` bytes.
    func truncate(_ log: TestLog, to size: Int) throws {
        let handle = try #require(FileHandle(forWritingAtPath: log.path))
        try handle.truncate(atOffset: UInt64(size))
        try handle.close()
    }

    @Test func aTruncatedLogIsReadAgainNotTakenFromTheIndex() throws {
        let (log, before) = try indexedPastTwoMoreOutcomes()
        defer { log.remove() }
        // The log is cut back to before the two: the index covers bytes the log no longer has.
        try truncate(log, to: before)
        #expect(log.pastCases() == "Past cases: 200 — median of 5 similar settled cases")
        #expect(try #require(log.index).coverage.bytes == before)
    }

    @Test func aLogReplacedInPlaceByAnotherOfTheSameLengthIsReadAgain() throws {
        let log = try indexedLog()
        defer { log.remove() }
        let other = try indexedLog(["110", "160", "210", "260", "285"], median: "210")
        defer { other.remove() }
        // Made as long as the first, blank lines making up any difference, and written over it: same file, same length.
        var replacement = try Data(contentsOf: URL(fileURLWithPath: other.path))
        let length = log.size
        try #require(replacement.count <= length)
        if replacement.count < length { replacement.append(contentsOf: [UInt8](repeating: 0x20, count: length - replacement.count - 1) + [0x0A]) }
        let handle = try #require(FileHandle(forWritingAtPath: log.path))
        try handle.write(contentsOf: replacement)
        try handle.close()
        #expect(log.size == length)
        #expect(log.pastCases() == "Past cases: 210 — median of 5 similar settled cases")
    }

    /// A log with its settled cases near the start, after one unrelated advice, then a megabyte of others, and its index.
    func settledFirst() throws -> TestLog {
        let log = TestLog()
        try log.fill(1)
        try log.settle(["100", "150", "200", "250", "280"])
        try log.fill()
        #expect(log.pastCases() == "Past cases: 200 — median of 5 similar settled cases")
        #expect(log.index != nil)
        return log
    }

    static let editedAmounts = [(#""settled":150,"#, #""settled":151,"#), (#""settled":200,"#, #""settled":210,"#)]

    /// As an editor saves: a new file renamed over the old one. Same length, same first line, same last bytes.
    @Test func aLogEditedInTheMiddleAndSavedAsANewFileIsReadAgain() throws {
        let log = try settledFirst()
        defer { log.remove() }
        let edited = try log.edit(Self.editedAmounts)
        let saved = log.path + ".saved"
        try edited.write(to: URL(fileURLWithPath: saved))
        // An editor keeps the file's mode; a log others may read would be refused.
        #expect(chmod(saved, 0o600) == 0)
        #expect(rename(saved, log.path) == 0)
        #expect(log.pastCases() == "Past cases: 210 — median of 5 similar settled cases")
    }

    /// Written over in place: same file, same length, same last bytes; only the first line tells it apart.
    @Test func aLogWhoseFirstLineChangedInPlaceIsReadAgain() throws {
        let log = try settledFirst()
        defer { log.remove() }
        // The first line is the log's header: another log written over this one was created at another time.
        let header = try #require(try String(contentsOfFile: log.path, encoding: .utf8).split(separator: "\n").first)
        let created = try #require(header.firstMatch(of: /"created":"([^"]+)"/).map { String($0.1) })
        let edited = try log.edit([(created, "1999-01-01T00:00:00Z")] + Self.editedAmounts)
        let handle = try #require(FileHandle(forWritingAtPath: log.path))
        try handle.write(contentsOf: edited)
        try handle.close()
        #expect(log.pastCases() == "Past cases: 210 — median of 5 similar settled cases")
    }

    /// Cut back to before outcomes the index holds, then written on past the index's end before any advice read it.
    @Test func aLogTruncatedAndWrittenPastTheIndexIsReadAgain() throws {
        let (log, before) = try indexedPastTwoMoreOutcomes()
        defer { log.remove() }
        let covered = try #require(log.index).coverage.bytes
        try truncate(log, to: before)
        try log.fill()
        #expect(log.size > covered)
        #expect(log.pastCases() == "Past cases: 200 — median of 5 similar settled cases")
    }

    @Test func linesAppendedByAnotherProcessAreReadFromTheTail() throws {
        let log = try indexedLog()
        defer { log.remove() }
        let covered = try #require(log.index).coverage.bytes
        let ids = try log.advise(TestLog.inflatedIntake, count: 2)
        for (id, amount) in zip(ids, ["270", "275"]) {
            let result = try launch(builtAdvisor(), ["outcome", id, "--settled", amount, "--accepted", "--log", log.path])
            #expect(result.status == 0, "\(result.stderr)")
        }
        #expect(log.pastCases() == "Past cases: 250 — median of 7 similar settled cases")
        // A short tail is read on each advice; the index is written again only once a megabyte has piled up.
        #expect(try #require(log.index).coverage.bytes == covered)
        try log.fill()
        #expect(log.pastCases() == "Past cases: 250 — median of 7 similar settled cases")
        #expect(try #require(log.index).coverage.bytes > covered + 1 << 20)
    }

    /// Damage past the header is found where an advice looks: here, in the amounts of the case an outcome changes.
    @Test func damageFoundWhileReadingSendsTheAdviceBackToTheWholeLog() throws {
        let log = try indexedLog()
        defer { log.remove() }
        var index = try Data(contentsOf: URL(fileURLWithPath: log.indexPath))
        // The amounts start after the 128-byte header and 112 case keys of 40 bytes; only one case has any. The middle
        // one, 200, becomes 201.6384: still in order, so only its check can tell.
        index[128 + 112 * 40 + 2 * 8 + 1] ^= 0x40
        try index.write(to: URL(fileURLWithPath: log.indexPath))
        let covered = try #require(log.index).coverage.bytes
        try log.settle(["260"])
        #expect(log.pastCases() == "Past cases: 225 — median of 6 similar settled cases")
        #expect(try #require(log.index).coverage.bytes > covered, "written again from the whole log")
    }

    @Test(arguments: ["junk", "zeros", "torn", "another log's"])
    func anIndexThatDoesNotCheckOutIsWrittenAgainNotTrusted(damage: String) throws {
        let log = try indexedLog()
        defer { log.remove() }
        let other = try indexedLog(["1", "2", "3", "4", "5"], median: "3")
        defer { other.remove() }
        let original = try Data(contentsOf: URL(fileURLWithPath: log.indexPath))
        var generator = SplitMix64(seed: 7)
        let broken: Data = switch damage {
        case "junk": Data((0..<original.count).map { _ in UInt8.random(in: 0...255, using: &generator) })
        case "zeros": Data(count: original.count)
        case "torn": original.prefix(original.count / 2)
        default: try Data(contentsOf: URL(fileURLWithPath: other.indexPath))
        }
        try broken.write(to: URL(fileURLWithPath: log.indexPath))
        #expect(log.pastCases() == "Past cases: 200 — median of 5 similar settled cases")
        let index = try #require(log.index)
        #expect(index.coverage.bytes > 1 << 20)
        #expect(index.coverage.fingerprint != (try #require(other.index)).coverage.fingerprint)
    }

    @Test func anIndexThatCannotBeWrittenLeavesTheAdviceToTheLogWithOneNote() throws {
        let log = TestLog()
        defer { log.remove() }
        try log.fill()
        try log.settle(["100", "150", "200", "250", "280"])
        // A folder where the index would go: it can be neither read nor replaced, whoever runs the test.
        try FileManager.default.createDirectory(atPath: log.indexPath, withIntermediateDirectories: false)
        let result = log.card()
        #expect(result.stdout.contains("Past cases: 200 — median of 5 similar settled cases"))
        let notes = result.stderr.split(separator: "\n").filter { $0.hasPrefix("note: could not write the precedent index \(log.indexPath)") }
        #expect(notes.count == 1, "\(result.stderr)")
    }
}
