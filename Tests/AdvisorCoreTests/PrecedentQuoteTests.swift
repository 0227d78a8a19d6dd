import AdvisorCore
import Foundation
import Knowledge
import Testing

/// A precedent is said aloud only from enough records, and only when the reader may give that much.
@Suite struct PrecedentQuoteTests {
    static var inflated: Intake {
        var intake = Intake(category: .productQuality)
        intake.severity = .severe
        intake.expectation = 900
        return intake
    }

    func lowering(_ precedent: Precedent?) throws -> Advice {
        try AdviceEngine(policy: .builtIn).advise(Self.inflated, language: .en, precedent: precedent)
    }

    @Test func enoughRecordsWithinTheReadersReachAreQuotedWithTheirCount() throws {
        let advice = try lowering(Precedent(median: Amount(minor: 23_750), count: 6))
        #expect(advice.precedent.amount == 237.5 && advice.precedent.fromLog)
        let text = try #require(advice.lowerExpectation?.precedent)
        #expect(text == "We've had 6 recent cases close to yours, and they were usually settled at 237.50 yuan.")
    }

    @Test func fewerThanFiveRecordsAreNotQuoted() throws {
        let advice = try lowering(Precedent(median: Amount(minor: 23_750), count: 4))
        #expect(advice.precedent.amount == nil && advice.precedent.count == 4)
        #expect(advice.lowerExpectation?.precedent?.contains("cases like yours") != true)
        #expect(advice.renderCard().contains("only 4 similar settled cases, fewer than 5"))
    }

    @Test func aMedianAboveWhatTheReaderMayGiveIsNotSaidAloud() throws {
        let advice = try lowering(Precedent(median: Amount(minor: 50_000), count: 12))
        let walkAway = try #require(advice.ladder?.walkAway)
        #expect(walkAway < 500)
        #expect(advice.lowerExpectation?.precedent?.contains("500") != true)
    }

    @Test func aStandardUnderWhatWasAlreadyOfferedIsNotQuoted() throws {
        var intake = Intake(category: .serviceAttitude)
        intake.expectation = 500
        intake.bottomLine = 200
        intake.tier = "senior"
        let advice = try AdviceEngine(policy: .builtIn).advise(intake, language: .en)
        let ladder = try #require(advice.ladder)
        #expect(advice.bounds.standard < ladder.opening)
        #expect(advice.lowerExpectation != nil && advice.lowerExpectation?.precedent == nil)
    }
}

/// A log written before the advice changed shape still gives its precedents: the intake and the outcomes are what count.
@Suite struct OlderLogTests {
    @Test func adviceRecordsOfAnOlderShapeStillCountAsPrecedents() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("older-\(UUID().uuidString).log").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        var intake = Intake(category: .productQuality)
        intake.severity = .severe
        let intakeJSON = String(decoding: try JSONEncoder().encode(intake), as: UTF8.self)
        var lines: [String] = []
        for (n, settled) in [120, 150, 180, 200, 240].enumerated() {
            // The advice of an earlier version: a range and a bar, none of today's fields.
            lines.append(#"{"kind":"advice","record":{"time":"2026-11-0\#(n + 1)T09:00:00Z","adviceId":"old-\#(n)","intake":\#(intakeJSON),"advice":{"range":{"opening":100,"walkAway":300},"bar":"floor 30"},"policy":{"name":"built-in","version":"2026-11-23","digest":"x"}}}"#)
            lines.append(#"{"kind":"outcome","record":{"time":"2026-11-0\#(n + 1)T10:00:00Z","adviceId":"old-\#(n)","settled":\#(settled),"accepted":true}}"#)
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let contents = try AuditLog(path: path).read()
        #expect(contents.damagedLines.isEmpty)
        let scan = PrecedentScan.reading(try Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(scan.damagedCount == 0)
        let precedent = try #require(try scan.book(for: .builtIn).precedent(for: intake))
        #expect(precedent == Precedent(median: Amount(minor: 18_000), count: 5))
    }
}
