@testable import AdvisorCore
import Knowledge
import Testing

/// An offer made before under a case key is made again, never less, even where it is a sliver of one unit.
@Suite struct EarlierOfferTests {
    /// Found by the invariants' property (seed 4607954688466099614): a senior agent had offered 0.57 yuan and stopped
    /// there; the next advice rounded the ladder to the coupon step of 10 yuan and opened at nothing, below the earlier
    /// offer and without a word why.
    @Test(arguments: [Language.en, .zh])
    func anOfferUnderOneWholeUnitIsMadeAgain(language: Language) throws {
        var intake = Intake(category: .returnExchange)
        intake.severity = .minor
        intake.fault = .unclear
        intake.temperament = .emotional
        intake.tier = "senior"
        intake.caseKey = "case-1"
        let engine = AdviceEngine(policy: .builtIn)
        var entry = CaseHistory.Entry(time: "2026-03-02T09:30:00Z", intake: intake,
                                      advice: try engine.advise(intake, language: .en), samePolicy: true)
        entry.ladder = .init(tier: "senior", opening: 0.57, walkAway: 0.57)
        intake.bottomLine = 0.85
        let history = CaseHistory(entries: [entry])

        let ladder = try #require(try engine.plan(intake, earlier: history).ladder)
        #expect(ladder.opening == Amount(minor: 57))
        #expect(ladder.walkAway == Amount(minor: 57))
        let card = try engine.advise(intake, language: language, earlier: history).renderCard()
        // The money line the agent reads aloud offers the earlier amount again.
        #expect(card.contains(language == .zh ? "金额：只给0.57元（优惠券），不再加" : "Money: offer 0.57 yuan (coupon), no more"), "\(card)")
    }
}
