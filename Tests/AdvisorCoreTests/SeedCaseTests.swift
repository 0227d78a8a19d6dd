import AdvisorCore
import Knowledge
import Testing

/// The seed cases of the training material, entered as an agent would, against the built-in policy.
@Suite struct SeedCaseTests {
    struct SeedCase: CustomTestStringConvertible, Sendable {
        let name: String
        let intake: Intake
        /// The seed's own settlement, valued in currency by the built-in policy.
        let settlementValue: Double
        var testDescription: String { name }
    }

    /// The four seed cases as the case library holds them: intake and settlement from one source.
    static let cases: [SeedCase] = ["refrigerator", "rude-agent", "courier-delay", "furniture-installation"].map { id in
        let trainingCase = try! CaseLibrary.builtIn().trainingCase(id)!
        return SeedCase(name: trainingCase.title.en, intake: trainingCase.intake, settlementValue: trainingCase.settlement.value)
    }

    @Test(arguments: cases)
    func ladderOfTheSettlingTierHoldsTheSeedsSettlement(_ seed: SeedCase) throws {
        let advice = try AdviceEngine(policy: .builtIn).advise(seed.intake, language: .en)
        let ladder = try #require(advice.handover?.ladder ?? advice.ladder)
        #expect(ladder.tier == advice.settlement.tier)
        #expect(ladder.opening <= seed.settlementValue && seed.settlementValue <= ladder.walkAway,
                "ladder \(ladder.opening)–\(ladder.walkAway) at \(ladder.tier) misses \(seed.settlementValue)")
    }

    @Test func furnitureCaseEscalatesToSeniorForItsBottomLineAndLowersTheExpectation() throws {
        let advice = try AdviceEngine(policy: .builtIn).advise(Self.cases[3].intake, language: .en)
        #expect(advice.escalation.needed)
        #expect(advice.escalation.to == "senior")
        #expect(advice.escalation.steps.map(\.reason) == [.bottomLineAboveReach])
        #expect(advice.settlement.meetsBottomLine)
        #expect(advice.lowerExpectation != nil)
        #expect(advice.bounds.minCare >= 2, "two broken promises call for a named handler and updates")
        #expect(advice.offers.contains { $0.form == .freeServiceVisit })
    }

    @Test func refrigeratorWithinSevenDaysGetsTheStatutoryReturn() throws {
        var intake = Self.cases[0].intake
        intake.daysSinceSale = 5
        let advice = try AdviceEngine(policy: .builtIn).advise(intake, language: .zh)
        #expect(advice.remedy.kinds.first == .returnAndRefund)
        #expect(advice.remedy.statutes.map(\.id) == [.threeGuaranteesReturn, .qualityReturn])
    }

    @Test func courierDelayOffersTheExpressReship() throws {
        let advice = try AdviceEngine(policy: .builtIn).advise(Self.cases[2].intake, language: .en)
        #expect(advice.offers.contains { $0.form == .expressReship })
    }
}
