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

    static let cases: [SeedCase] = {
        var fridge = Intake(category: .productQuality)
        fridge.severity = .severe
        fridge.temperament = .emotional
        fridge.expectation = 500  // the lost-work pay they asked for, on top of the return
        fridge.orderValue = 3000
        fridge.daysSinceSale = 30

        var rude = Intake(category: .serviceAttitude)
        rude.temperament = .emotional

        var courier = Intake(category: .logisticsDelay)
        courier.fault = .thirdParty
        courier.temperament = .emotional
        courier.orderValue = 200

        var furniture = Intake(category: .installationDelay)
        furniture.severity = .severe
        furniture.brokenPromises = 2
        furniture.type = .unreasonable
        furniture.temperament = .emotional
        furniture.expectation = 3000
        furniture.bottomLine = 500
        furniture.orderValue = 12000

        let built = Policy.builtIn.forms
        return [
            SeedCase(name: "refrigerator: return plus a 200 coupon", intake: fridge, settlementValue: 200),
            SeedCase(name: "rude agent: 1000 points", intake: rude, settlementValue: 1000 / built.pointsPerCurrencyUnit),
            SeedCase(name: "courier delay: 50 coupon plus express reship", intake: courier, settlementValue: 50 + built.expressReshipValue),
            SeedCase(name: "furniture installation: 500 coupon plus a service visit", intake: furniture, settlementValue: 500 + built.serviceVisitValue),
        ]
    }()

    @Test(arguments: cases)
    func rangeHoldsTheSeedsSettlement(_ seed: SeedCase) throws {
        let advice = try AdviceEngine(policy: .builtIn).advise(seed.intake, language: .en)
        #expect(advice.range.opening <= seed.settlementValue && seed.settlementValue <= advice.range.walkAway,
                "range \(advice.range.opening)–\(advice.range.walkAway) misses \(seed.settlementValue)")
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
        #expect(advice.remedy.statutes.map(\.id) == [.threeGuaranteesReturn])
    }

    @Test func courierDelayOffersTheExpressReship() throws {
        let advice = try AdviceEngine(policy: .builtIn).advise(Self.cases[2].intake, language: .en)
        #expect(advice.offers.contains { $0.form == .expressReship })
    }
}
