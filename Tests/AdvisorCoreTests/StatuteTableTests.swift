import AdvisorCore
import Knowledge
import Testing

/// Each legal rule's boundaries and amounts, written from the law's own text rather than from the program's output.
@Suite struct StatuteTableTests {
    /// A fault in goods on a given day after the sale, and the rule the law gives for it.
    struct DayCase: Sendable, CustomTestStringConvertible {
        let days: Int
        let statute: StatuteID?
        var testDescription: String { "day \(days)" }
    }

    /// 三包: a performance fault within 7 days gives a return (art. 9), within 15 days an exchange (art. 10), then neither.
    static let threeGuaranteeDays: [DayCase] = [
        DayCase(days: 0, statute: .threeGuaranteesReturn), DayCase(days: 7, statute: .threeGuaranteesReturn),
        DayCase(days: 8, statute: .threeGuaranteesExchange), DayCase(days: 15, statute: .threeGuaranteesExchange),
        DayCase(days: 16, statute: nil),
    ]

    func plan(_ intake: Intake) throws -> NegotiationPlan { try AdviceEngine(policy: .builtIn).plan(intake) }

    @Test(arguments: threeGuaranteeDays)
    func threeGuaranteesFollowTheDaysSinceSale(_ row: DayCase) throws {
        var intake = Intake(category: .productQuality)
        intake.daysSinceSale = row.days
        intake.productClass = .listed
        let statutes = try plan(intake).statutes.filter { $0 != .qualityReturn }
        #expect(statutes == (row.statute.map { [$0] } ?? []))
    }

    /// CRPL art. 24, for any goods: a return within 7 days of receipt; after that only where the defect ends the contract.
    @Test(arguments: [(7, nil as Bool?, true, RemedyKind.returnAndRefund), (8, nil, false, .exchange), (8, true, true, .returnAndRefund),
                      (30, nil, false, .repair), (30, true, true, .returnAndRefund), (30, false, false, .repair)])
    func poorQualityGoodsGoBackWithinSevenDaysOrWhenUnfit(days: Int, unfit: Bool?, applies: Bool, remedy: RemedyKind) throws {
        var intake = Intake(category: .productQuality)
        intake.daysSinceSale = days
        intake.unfitForPurpose = unfit
        intake.productClass = .listed
        let plan = try plan(intake)
        #expect(plan.statutes.contains(.qualityReturn) == applies)
        #expect(plan.remedies.first == remedy, "the strongest remedy any law gives comes first")
    }

    @Test func theCustomersOwnFaultGetsNoThreeGuaranteeRemedy() throws {
        var intake = Intake(category: .productQuality)
        intake.daysSinceSale = 3
        intake.fault = .customer
        #expect(try plan(intake).statutes.isEmpty)
    }

    /// Art. 25: a distance sale may be returned within 7 days of receipt, unless the goods are exempt.
    @Test(arguments: [(7, false, true), (8, false, false), (3, true, false)])
    func distanceSalesReturnWithinSevenDays(days: Int, exempt: Bool, applies: Bool) throws {
        var intake = Intake(category: .billing)
        intake.distanceSale = true
        intake.distanceSaleExempt = exempt
        intake.daysSinceSale = days
        #expect(try plan(intake).statutes.contains(.distanceSaleReturn) == applies)
    }

    /// Art. 55: three times the price, at least 500 yuan. Food Safety Law art. 148: ten times the price, at least 1000.
    @Test(arguments: [
        (StatuteID.fraud, nil as Double?, 500.0), (.fraud, 100, 500), (.fraud, 400, 1200),
        (.foodSafety, nil, 1000), (.foodSafety, 50, 1000), (.foodSafety, 200, 2000),
    ])
    func statutoryAmountsFollowTheLaw(statute: StatuteID, orderValue: Double?, owed: Double) throws {
        var intake = Intake(category: .productQuality)
        intake.orderValue = orderValue
        if statute == .fraud { intake.fraud = true } else { intake.foodSafety = true }
        let plan = try plan(intake)
        #expect(plan.statutoryFloor == Amount(minor: Int64(owed * 100)))
        #expect(plan.floor >= Amount(minor: Int64(owed * 100)))
        // What the law awards is money: no coupon or points option dresses it up.
        #expect(plan.options.allSatisfy { $0.form == .refund })
    }

    /// The issue's own case: fraud on a 100-yuan order with 900 asked, at a tier that can pay the law's 500.
    @Test func theLawsAmountIsOfferedOnlyAsMoney() throws {
        var intake = Intake(category: .productQuality)
        intake.fraud = true
        intake.orderValue = 100
        intake.expectation = 900
        intake.tier = "senior"
        let plan = try plan(intake)
        #expect(!plan.options.isEmpty)
        #expect(plan.options.allSatisfy { $0.form == .refund }, "\(plan.options.map(\.form))")
        #expect(plan.ladder?.form == .refund)
    }

    /// The order-value ceiling: at most one and a half times the order, whatever the tier's cap.
    @Test func theCeilingHoldsEveryCapToTheOrder() throws {
        var intake = Intake(category: .productQuality)
        intake.orderValue = 100
        intake.expectation = 1000
        let plan = try plan(intake)
        #expect(plan.ceiling == Amount(minor: 15_000))
        #expect(plan.ladder.map { $0.walkAway <= Amount(minor: 15_000) } == true)
    }

    /// Broken promises raise the multiplier only up to the policy's maximum count (four in the built-in policy).
    @Test func brokenPromisesCountOnlyUpToThePolicysMaximum() throws {
        var four = Intake(category: .installationDelay)
        four.brokenPromises = 4
        var nine = four
        nine.brokenPromises = 9
        #expect(try plan(four).floor == plan(nine).floor)
        // 50 × (1 + 4 × 0.5) = 150.
        #expect(try plan(four).floor == Amount(minor: 15_000))
    }

    /// Chinese law applies to a policy for China only; elsewhere the card says which law it set aside and why.
    @Test(arguments: [("EUR", nil as String?, false), ("EUR", "DE", false), ("CNY", nil, true), ("USD", "CN", true)])
    func statutesApplyOnlyUnderTheirOwnJurisdiction(currency: String, jurisdiction: String?, applies: Bool) throws {
        var policy = Policy.builtIn
        policy.currency = currency
        policy.jurisdiction = jurisdiction
        var intake = Intake(category: .productQuality)
        intake.fraud = true
        intake.orderValue = 100
        let advice = try AdviceEngine(policy: policy).advise(intake, language: .en)
        #expect((advice.bounds.statutoryFloor != nil) == applies)
        #expect(advice.remedy.statutes.isEmpty == !applies)
        if !applies {
            #expect(advice.notes.contains { $0.contains("Consumer Rights Protection Law, art. 55") && $0.contains("not applied") })
            #expect(!advice.renderCard().contains("500"), "no yuan minimum turned into \(currency)")
        }
    }
}

/// A category that offers goodwill only on request: the remedy is the whole answer until the customer asks for more.
@Suite struct GoodwillOnRequestTests {
    @Test func withoutAnAskTheRemedyIsTheWholeAnswer() throws {
        let plan = try AdviceEngine(policy: .builtIn).plan(Intake(category: .productQuality))
        #expect(plan.waitsToBeAsked && !plan.moneyTalk && plan.ladder == nil && plan.options.isEmpty)
        let card = try AdviceEngine(policy: .builtIn).advise(Intake(category: .productQuality), language: .en).renderCard()
        #expect(card.contains("Money: the fix is the answer: no money unless they ask"))
        #expect(!card.contains("Ask:") && !card.contains("Offer:"))
    }

    @Test func anAskOpensTheLadder() throws {
        var intake = Intake(category: .productQuality)
        intake.expectation = 150
        let plan = try AdviceEngine(policy: .builtIn).plan(intake)
        #expect(!plan.waitsToBeAsked && plan.moneyTalk && plan.ladder != nil)
    }

    @Test func theLawIsNeverWaitingToBeAsked() throws {
        var intake = Intake(category: .productQuality)
        intake.fraud = true
        intake.tier = "supervisor"
        let plan = try AdviceEngine(policy: .builtIn).plan(intake)
        #expect(plan.moneyTalk && plan.ladder?.opening == Amount(minor: 50_000))
    }

    @Test func categoriesWithoutTheSwitchStillOfferGoodwillUnasked() throws {
        let plan = try AdviceEngine(policy: .builtIn).plan(Intake(category: .installationDelay))
        #expect(plan.moneyTalk && plan.ladder != nil)
    }
}
