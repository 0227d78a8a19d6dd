import AdvisorCore
import Foundation
import Knowledge
import Testing

/// Random audit logs, written as the picker reads them, with what their precedents must come to by the rules.
private struct RandomLog {
    /// The kinds of case the log is about: a few, so that each gets many outcomes.
    static let cases: [Intake] = [
        (ComplaintCategoryID.productQuality, Severity.severe, Fault.own), (.productQuality, .severe, .thirdParty),
        (.billing, .minor, .own), (.logisticsDelay, .critical, .unclear),
    ].map { category, severity, fault in
        var intake = Intake(category: category)
        intake.severity = severity
        intake.fault = fault
        return intake
    }

    var lines: [String] = []
    /// Per case, the settled amount (ten-thousandths) that counts for each advice, by the rules worked out here.
    var counted: [[String: Int64]] = Array(repeating: [:], count: cases.count)
    /// Per advice id: its case, what it allowed in all (nil: not known), whether it has an outcome, and settled amounts
    /// at the edge of what it allowed (the loss's fraction of a fen left in, which takes them just over).
    var advices: [String: (caseIndex: Int, allowed: Int64?, hasOutcome: Bool, edges: [Int64])] = [:]
    var ids: [String] = []
    var adviceLines: [String] = []
    var damaged: [Int] = []

    init(_ generator: inout SplitMix64, records: Int) {
        if Int.random(in: 0..<3, using: &generator) == 0 {
            lines.append(#"{"advisorLog":{"version":1,"created":"2026-12-01T00:00:00Z"}}"#)
        }
        for _ in 0..<records {
            switch Int.random(in: 0..<20, using: &generator) {
            case 0: damage(&generator)
            case 1: lines.append(Bool.random(using: &generator) ? "" : "  ")
            case 2...8: advise(&generator)
            default: settle(&generator)
            }
        }
    }

    /// An amount in ten-thousandths, written in one of the ways JSON may write it.
    static func write(_ tenThousandths: Int64, _ generator: inout SplitMix64) -> String {
        let text = DecimalAmount(tenThousandths: tenThousandths)!.text
        guard tenThousandths % 10_000 == 0 else { return text }
        let whole = tenThousandths / 10_000
        // JSON allows no leading zero, so zero has no hundredths form.
        return [text, "\(whole).0", whole == 0 ? "0e5" : "\(whole)00e-2", "\(whole)E0"][Int.random(in: 0..<4, using: &generator)]
    }

    mutating func damage(_ generator: inout SplitMix64) {
        let junk = [#"{"kind":"advice","record":{"adviceId":"torn"#, "not json", #"{"kind":"outcome","record":{"adviceId":"x","settled":1e308,"accepted":true}}"#,
                    #"{"kind":"refund","record":{}}"#, #"{"kind":"outcome","record":{"adviceId":"x","settled":-5,"accepted":true}}"#]
        lines.append(junk[Int.random(in: 0..<junk.count, using: &generator)])
        damaged.append(lines.count)
    }

    mutating func advise(_ generator: inout SplitMix64) {
        // Now and then a line copied whole: the first advice under an id is the one that counts.
        if !adviceLines.isEmpty, Int.random(in: 0..<15, using: &generator) == 0 {
            lines.append(adviceLines[Int.random(in: 0..<adviceLines.count, using: &generator)])
            return
        }
        let id = Int.random(in: 0..<8, using: &generator) == 0 ? "legacy-\(ids.count)" : UUID().uuidString.lowercased()
        let caseIndex = Int.random(in: 0..<Self.cases.count, using: &generator)
        let intake = Self.cases[caseIndex]
        var intakeJSON = #"{"category":"\#(intake.category.rawValue)","severity":"\#(intake.severity.rawValue)","fault":"\#(intake.fault.rawValue)""#
        var allowed: Int64?
        var edges: [Int64] = []
        var advice = ""
        switch Int.random(in: 0..<6, using: &generator) {
        case 0:
            // An advice of an older shape: nothing to hold its outcomes to.
            advice = #","advice":{"bar":"floor 30"}"#
        case 1:
            advice = ""
        default:
            let walkAway = Int64.random(in: 0...400, using: &generator) * 10_000
            var limit = walkAway
            var handover = ""
            if Bool.random(using: &generator) {
                limit = walkAway + Int64.random(in: 0...400, using: &generator) * 10_000
                handover = #","handover":{"limit":\#(Self.write(limit, &generator)),"tier":"senior"}"#
            }
            var owed = ""
            var loss: Int64 = 0
            if Int.random(in: 0..<3, using: &generator) == 0 {
                // A loss to four decimals; the card, and so what was allowed, rounds it down to the fen.
                loss = Int64.random(in: 0...2_000_000, using: &generator)
                intakeJSON += #","loss":\#(DecimalAmount(tenThousandths: loss)!.text)"#
                owed = #","owed":"\#(loss) owed""#
            } else if Bool.random(using: &generator) {
                intakeJSON += #","loss":12.5"#
            }
            allowed = limit + (loss - loss % 100)
            edges = [limit + loss, limit + (loss - loss % 100), limit + (loss - loss % 100) + 1]
            advice = #","advice":{"range":{"opening":10,"walkAway":\#(Self.write(walkAway, &generator))}\#(handover)\#(owed),"policy":{"currency":"CNY"}}"#
        }
        lines.append(#"{"kind":"advice","record":{"adviceId":"\#(id)","intake":\#(intakeJSON)}\#(advice),"time":"2026-12-01T09:00:00Z"}}"#)
        adviceLines.append(lines[lines.count - 1])
        ids.append(id)
        advices[id] = (caseIndex, allowed, false, edges)
    }

    mutating func settle(_ generator: inout SplitMix64) {
        let known = !ids.isEmpty && Int.random(in: 0..<12, using: &generator) != 0
        let id = known ? ids[Int.random(in: max(0, ids.count - 30)..<ids.count, using: &generator)] : "unknown-\(lines.count)"
        var settled = Int64.random(in: 0...900, using: &generator) * 10_000
        if Bool.random(using: &generator) { settled += Int64.random(in: 0...9_999, using: &generator) }
        if let edges = advices[id]?.edges, !edges.isEmpty, Bool.random(using: &generator) {
            settled = edges[Int.random(in: 0..<edges.count, using: &generator)]
        }
        let accepted = Int.random(in: 0..<5, using: &generator) != 0
        let flagged = accepted && Int.random(in: 0..<10, using: &generator) == 0
        let line = #"{"kind":"outcome","record":{\#(flagged ? #""aboveAllowed":true,"# : "")"accepted":\#(accepted),"adviceId":"\#(id)","settled":\#(Self.write(settled, &generator)),"time":"2026-12-01T10:00:00Z"}}"#
        lines.append(line)
        guard let advice = advices[id] else { return }
        counted[advice.caseIndex][id] = nil
        if accepted, !flagged, advice.allowed.map({ settled <= $0 }) ?? true {
            counted[advice.caseIndex][id] = settled
        }
        advices[id]?.hasOutcome = true
    }

    /// The precedent of one case by the rules: the median of the amounts that count, rounded half to even to the fen.
    func expected(_ caseIndex: Int) -> Precedent? {
        let amounts = counted[caseIndex].values.sorted()
        guard !amounts.isEmpty else { return nil }
        let sum = amounts[(amounts.count - 1) / 2] + amounts[amounts.count / 2]
        let (quotient, rest) = (sum / 200, sum % 200)
        let median = quotient + (rest > 100 || (rest == 100 && quotient % 2 == 1) ? 1 : 0)
        return Precedent(median: Amount(minor: median), count: amounts.count)
    }

    var text: String { lines.joined(separator: "\n") + "\n" }
}

/// The index beside a log gives what the whole log gives, wherever it was cut and however the rest was appended.
@Suite struct PrecedentIndexTests {
    static let fingerprint = LogFingerprint(device: 1, inode: 2, firstLine: 3, end: 4)

    /// What a scan says about every case and every id, for comparing two scans.
    static func summary(_ scan: PrecedentScan, ids: [String]) throws -> String {
        let book = try scan.book(for: .builtIn)
        var lines = RandomLog.cases.map { "\(CaseKeyText($0)): \(String(describing: book.precedent(for: $0)))" }
        for id in ids { lines.append("\(id): \(String(describing: try scan.standing(of: id)))") }
        lines.append("damaged \(scan.damagedCount): \(scan.damagedLines)")
        return lines.joined(separator: "\n")
    }

    static func CaseKeyText(_ intake: Intake) -> String {
        "\(intake.category.rawValue)/\(intake.severity.rawValue)/\(intake.fault.rawValue)"
    }

    /// The precedents of the log's first `end` bytes, read whole, a last unfinished line included.
    static func whole(_ log: [UInt8], _ end: Int) -> PrecedentScan {
        PrecedentScan.reading(Data(log[0..<end]))
    }

    @Test func theIndexGivesWhatTheWholeLogGivesOverRandomLogsAndAppendPoints() throws {
        let seed = ProcessInfo.processInfo.environment["PROPERTY_SEED"].flatMap { UInt64($0) } ?? UInt64.random(in: 1...UInt64.max)
        var generator = SplitMix64(seed: seed)
        for run in 0..<60 {
            let log = RandomLog(&generator, records: Int.random(in: 0...300, using: &generator))
            let bytes = Array(log.text.utf8)
            // Where the log stood each time an advice read it: anywhere, mid-line too, and at its end last.
            let cuts = ((0..<Int.random(in: 0...5, using: &generator)).map { _ in Int.random(in: 0...bytes.count, using: &generator) } + [bytes.count]).sorted()
            var index: PrecedentIndex? = nil
            for cut in cuts {
                var scan = PrecedentScan(from: index)
                let used = try bytes.withUnsafeBufferPointer { try scan.read(UnsafeBufferPointer(rebasing: $0[scan.coveredBytes..<cut])) }
                #expect(scan.coveredBytes - used == (index?.coverage.bytes ?? 0))
                var answer = scan
                try bytes.withUnsafeBufferPointer { try answer.readUnfinished(UnsafeBufferPointer(rebasing: $0[scan.coveredBytes..<cut])) }
                let context = "seed \(seed), run \(run), cut \(cut) of \(bytes.count)"
                let expected = try Self.summary(Self.whole(bytes, cut), ids: log.ids)
                let found = try Self.summary(answer, ids: log.ids)
                guard found == expected else {
                    Issue.record("\(context)\nfrom the index:\n\(found)\nfrom the whole log:\n\(expected)")
                    return
                }
                let data = try #require(try scan.index(fingerprint: Self.fingerprint), "\(context)")
                index = try #require(PrecedentIndex(data), "\(context): the index written does not read back")
                #expect(index?.coverage.bytes == scan.coveredBytes, "\(context)")
            }
            // And the whole log gives what the rules give.
            let book = try Self.whole(bytes, bytes.count).book(for: .builtIn)
            for (caseIndex, intake) in RandomLog.cases.enumerated() {
                #expect(book.precedent(for: intake) == log.expected(caseIndex), "seed \(seed), run \(run), \(Self.CaseKeyText(intake))")
            }
            let scan = Self.whole(bytes, bytes.count)
            #expect(scan.damagedLines == log.damaged, "seed \(seed), run \(run)")
            for id in log.ids {
                let standing = try scan.standing(of: id)
                #expect(standing?.hasOutcome == log.advices[id]?.hasOutcome, "seed \(seed), run \(run), \(id)")
            }
        }
    }

    /// A log with precedents for the first case, and the index of all of it.
    static func indexed() throws -> (log: [UInt8], data: Data) {
        var lines: [String] = []
        for n in 0..<7 {
            let id = "a-\(n)"
            lines.append(#"{"kind":"advice","record":{"adviceId":"\#(id)","intake":{"category":"product-quality","severity":"severe","fault":"own"},"advice":{"range":{"walkAway":300}}}}"#)
            lines.append(#"{"kind":"outcome","record":{"accepted":true,"adviceId":"\#(id)","settled":\#(100 + 10 * n)}}"#)
        }
        let log = Array((lines.joined(separator: "\n") + "\n").utf8)
        var scan = PrecedentScan(from: nil)
        try log.withUnsafeBufferPointer { _ = try scan.read($0) }
        return (log, try #require(try scan.index(fingerprint: fingerprint)))
    }

    @Test func anIndexWithAByteChangedInWhatEveryAdviceReadsIsNotRead() throws {
        let (_, data) = try Self.indexed()
        #expect(PrecedentIndex(data) != nil)
        // The header, every case's count and middle amounts, and the damaged lines are read on every advice.
        let keyTable = 128 + 112 * 40
        for offset in stride(from: 0, to: keyTable, by: 7) {
            var changed = data
            changed[offset] ^= 0x10
            #expect(PrecedentIndex(changed) == nil, "byte \(offset)")
        }
        #expect(PrecedentIndex(data.prefix(data.count - 1)) == nil, "a torn index")
        #expect(PrecedentIndex(Data(count: data.count)) == nil, "a page of zeros")
        #expect(PrecedentIndex(data + Data([0])) == nil)
    }

    @Test func damageWhereAnAdviceLooksIsFoundThereAndNeverComputedWith() throws {
        let (log, data) = try Self.indexed()
        let amountsStart = 128 + 112 * 40
        // The first case's amounts: an outcome after the index changes that case, so its amounts are read and checked.
        var changed = data
        changed[amountsStart + 3] ^= 0x01
        let index = try #require(PrecedentIndex(changed))
        var scan = PrecedentScan(from: index)
        let more = Array(#"{"kind":"outcome","record":{"accepted":true,"adviceId":"a-0","settled":150}}"#.utf8) + [0x0A]
        #expect(throws: PrecedentIndex.Damage.self) {
            try more.withUnsafeBufferPointer { _ = try scan.read($0) }
            _ = try scan.book(for: .builtIn)
        }
        // A row of the id table: looking its advice up finds the damage.
        var row = data
        row[row.count - 48 + 20] ^= 0x01
        let rows = try #require(PrecedentIndex(row))
        let ids = (0..<7).map { "a-\($0)" }
        let failures = ids.filter { id in (try? PrecedentScan(from: rows).standing(of: id)) == nil }
        #expect(failures.count == 1)
        #expect(!log.isEmpty)
    }
}
