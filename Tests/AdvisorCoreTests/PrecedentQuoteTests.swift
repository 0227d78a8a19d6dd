import AdvisorCore
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
        let advice = try lowering(Precedent(median: 237.5, count: 6))
        #expect(advice.precedent.amount == 237.5 && advice.precedent.fromLog)
        let text = try #require(advice.lowerExpectation?.precedent)
        #expect(text == "We've settled 6 cases like yours, and the typical settlement was 237.50 yuan.")
    }

    @Test func fewerThanFiveRecordsAreNotQuoted() throws {
        let advice = try lowering(Precedent(median: 237.5, count: 4))
        #expect(advice.precedent.amount == nil && advice.precedent.count == 4)
        #expect(advice.lowerExpectation?.precedent?.contains("cases like yours") != true)
        #expect(advice.renderCard().contains("only 4 similar settled cases, fewer than 5"))
    }

    @Test func aMedianAboveWhatTheReaderMayGiveIsNotSaidAloud() throws {
        let advice = try lowering(Precedent(median: 500, count: 12))
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
