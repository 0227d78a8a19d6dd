import AdvisorCore
import Knowledge
import Testing

/// Money the law makes owed, held to figures worked out by hand from the statutes' text, not from the program's output.
@Suite struct OwedMoneyTests {
    func plan(_ intake: Intake, policy: Policy = .builtIn) throws -> NegotiationPlan {
        try AdviceEngine(policy: policy).plan(intake)
    }

    func yuan(_ amount: Double) -> Amount { Amount(minor: Int64((amount * 100).rounded())) }

    /// Food Safety Law art. 148: ten times the price or three times the loss, whichever is more, and never under 1000.
    @Test(arguments: [
        (50.0, nil as Double?, 1000.0),   // 10 × 50 = 500, under the minimum
        (200, nil, 2000),                 // 10 × 200
        (50, 400, 1200),                  // 3 × 400 beats 10 × 50 and the minimum
        (100, 300, 1000),                 // 10 × 100 = 1000 beats 3 × 300 = 900
        (100, 334, 1002),                 // 3 × 334 = 1002 beats 10 × 100
    ])
    func foodSafetyTakesTheLargerOfTenTimesThePriceAndThreeTimesTheLoss(price: Double, loss: Double?, owed: Double) throws {
        var intake = Intake(category: .productQuality)
        intake.foodSafety = true
        intake.orderValue = price
        intake.loss = loss
        #expect(try plan(intake).statutoryFloor == yuan(owed))
    }

    /// CRPL art. 55(1): three times the price, never under 500; the boundary sits at a price of 500 / 3.
    @Test(arguments: [(100.0, 500.0), (166.0, 500.0), (167.0, 501.0), (200.0, 600.0)])
    func fraudPaysThreeTimesThePriceAndAtLeastFiveHundred(price: Double, owed: Double) throws {
        var intake = Intake(category: .productQuality)
        intake.fraud = true
        intake.orderValue = price
        #expect(try plan(intake).statutoryFloor == yuan(owed))
    }

    /// CRPL arts. 49/52: the loss is owed in full when the fault is ours or a third party's (we pay first, then recover).
    @Test(arguments: [(Fault.own, true), (.thirdParty, true), (.unclear, false), (.customer, false)])
    func aLossIsOwedWhereTheFaultIsNotTheCustomers(fault: Fault, owed: Bool) throws {
        var intake = Intake(category: .productQuality)
        intake.fault = fault
        intake.loss = 800
        let plan = try plan(intake)
        #expect((plan.owed?.loss == yuan(800)) == owed)
        #expect(plan.statutes.contains(.lossOwed) == owed)
        #expect(plan.limits.contains(.lossAwaitsFault(yuan(800))) == (fault == .unclear))
    }

    /// A loss three times the order is owed in full: no goodwill cap and no share-of-order ceiling touches it.
    @Test func aLossIsNeverHeldToTheCeiling() throws {
        var intake = Intake(category: .productQuality)
        intake.orderValue = 100
        intake.loss = 300
        let plan = try plan(intake)
        #expect(plan.owed?.loss == yuan(300))
        #expect(plan.payout >= yuan(300))
        #expect(plan.ceiling == yuan(150), "the ceiling still bounds goodwill")
    }

    /// Owed money goes to the lowest tier whose limit covers it: the built-in limits are 300, 1000, 5000 and 20000.
    @Test(arguments: [(300.0, 0 as Int?), (300.01, 1), (1000, 1), (1000.01, 2), (20000, 3), (20000.01, nil)])
    func theLowestTierWhoseLimitCoversTheLossSignsForIt(loss: Double, approver: Int?) throws {
        var intake = Intake(category: .productQuality)
        intake.loss = loss
        let plan = try plan(intake)
        #expect(plan.owed?.approver == approver)
        let aboveEveryLimit = plan.limits.contains { if case .owedAboveEveryLimit = $0 { true } else { false } }
        #expect(aboveEveryLimit == (approver == nil))
    }

    /// With the law's amount as well, the two together decide who signs: fraud 500 plus a loss of 600 is 1100.
    @Test func theLawsAmountAndTheLossAreSignedForTogether() throws {
        var intake = Intake(category: .productQuality)
        intake.fraud = true
        intake.orderValue = 100
        intake.loss = 600
        let plan = try plan(intake)
        #expect(plan.owed?.total == yuan(1100))
        #expect(plan.owed?.approver == 2)
        #expect(plan.settlement.tier == 2, "the senior's 1000 limit does not cover 1100")
    }

    /// CRPL art. 55(2): knowingly sold, and someone seriously harmed: the loss, and up to twice the loss for a court.
    @Test(arguments: [(true, true, true), (true, false, false), (false, true, false)])
    func knowingDefectThatHarmsAddsUpToTwiceTheLoss(knew: Bool, harm: Bool, applies: Bool) throws {
        var intake = Intake(category: .productQuality)
        intake.loss = 1000
        intake.knewDefect = knew
        intake.seriousHarm = harm
        let plan = try plan(intake)
        #expect(plan.statutes.contains(.knowingDefectHarm) == applies)
        #expect(plan.owed?.claimableUpTo == (applies ? yuan(2000) : nil))
        #expect(plan.owed?.loss == yuan(1000))
    }

    /// The expectation covers everything the customer asks; the ladder bargains only over what is left after the loss.
    @Test func theLadderBargainsOnlyOverWhatTheLossLeaves() throws {
        var intake = Intake(category: .productQuality)
        intake.loss = 500
        intake.expectation = 600
        let plan = try plan(intake)
        #expect(plan.expectation.amount == yuan(100))
        #expect(plan.ladder.map { $0.walkAway <= yuan(100) } ?? true)
    }

    /// Outside China none of this is law: no owed line, and the card says the statutes were set aside.
    @Test func aLossUnderAnotherJurisdictionIsNotOwedByThesesStatutes() throws {
        var policy = Policy.builtIn
        policy.currency = "EUR"
        policy.jurisdiction = "DE"
        var intake = Intake(category: .productQuality)
        intake.loss = 800
        let plan = try plan(intake, policy: policy)
        #expect(plan.owed == nil)
        #expect(plan.limits.contains(.statutesOutsideJurisdiction([.lossOwed])))
    }
}

/// Remedies that depend on facts beyond the days: the product's class, a prepayment, a delay that ends the contract.
@Suite struct RemedyFactTests {
    func plan(_ intake: Intake) throws -> NegotiationPlan { try AdviceEngine(policy: .builtIn).plan(intake) }

    /// 三包 covers only the catalogue's goods, phones and computers; each is cited under its own regulation.
    @Test(arguments: [
        (ProductClass.listed as ProductClass?, true, "《部分商品修理更换退货责任规定》第九条"),
        (.phone, true, "《移动电话机商品修理更换退货责任规定》第十一条"),
        (.computer, true, "《微型计算机商品修理更换退货责任规定》第十一条"),
        (.car, false, ""), (.other, false, ""), (nil, false, ""),
    ])
    func threeGuaranteesCoverOnlyTheirProducts(product: ProductClass?, applies: Bool, citation: String) throws {
        var intake = Intake(category: .productQuality)
        intake.daysSinceSale = 3
        intake.productClass = product
        let plan = try plan(intake)
        #expect(plan.statutes.contains(.threeGuaranteesReturn) == applies)
        #expect(plan.statutes.contains(.qualityReturn), "art. 24 covers all goods")
        #expect(plan.missingFacts.contains(.productClass) == (product == nil))
        if applies {
            let advice = try AdviceEngine(policy: .builtIn).advise(intake, language: .zh)
            #expect(advice.remedy.statutes.map(\.citation).contains(citation))
            #expect(advice.remedy.text.contains(citation))
        }
    }

    /// 三包 art. 9 and CRPL art. 24 let the customer pick any fix up to the strongest the rule gives, and less is always
    /// theirs to take; more than the rule or the policy's usual fix is not given for the asking.
    @Test(arguments: [
        (ComplaintCategoryID.productQuality, 3 as Int?, RemedyKind.exchange, RemedyKind.exchange),
        (.productQuality, 3, .repair, .repair),
        (.productQuality, 10, .returnAndRefund, .exchange),
        (.productQuality, 30, .exchange, .repair),
        (.returnExchange, nil, .exchange, .exchange),
        (.returnExchange, nil, .returnAndRefund, .returnAndRefund),
    ])
    func theCustomersChoiceWithinWhatTheRulesAllow(category: ComplaintCategoryID, days: Int?, wants: RemedyKind, given: RemedyKind) throws {
        var intake = Intake(category: category)
        intake.productClass = .listed
        intake.daysSinceSale = days
        intake.wants = wants
        #expect(try plan(intake).remedies.first == given)
    }

        /// The repairs rule runs inside the one-year whole-unit warranty: day 365 yes, day 366 no.
    @Test(arguments: [(365, true), (366, false)])
    func twoFailedRepairsCountOnlyInsideTheWarranty(days: Int, applies: Bool) throws {
        var intake = Intake(category: .productQuality)
        intake.productClass = .listed
        intake.failedRepairs = 2
        intake.daysSinceSale = days
        #expect(try plan(intake).statutes.contains(.threeGuaranteesRepairs) == applies)
    }

    /// CRPL art. 53 where we failed to deliver; a change of mind still gets the unused part back, under the contract.
    @Test(arguments: [(Fault.own, true), (.customer, false), (.unclear, false)])
    func anUnusedPrepaymentGoesBack(fault: Fault, statute: Bool) throws {
        var intake = Intake(category: .returnExchange)
        intake.prepaid = true
        intake.fault = fault
        let plan = try plan(intake)
        #expect(plan.remedies.first == .refundUnused)
        #expect(plan.statutes.contains(.prepaidRefund) == statute)
    }

    /// Civil Code art. 563: a delay that defeats the contract's purpose ends it, and the money goes back.
    @Test(arguments: [(true as Bool?, true), (nil, false)])
    func aDelayThatDefeatsThePurposeEndsTheContract(unfit: Bool?, ends: Bool) throws {
        var intake = Intake(category: .logisticsDelay)
        intake.unfitForPurpose = unfit
        let plan = try plan(intake)
        #expect(plan.statutes.contains(.contractEnded) == ends)
        #expect((plan.remedies.first == .returnAndRefund) == ends)
    }
}

/// The policy's shape follows the harm: fixed ceilings where the price says nothing about it, and wider ranges up the tiers.
@Suite struct CeilingShapeTests {
    /// An insult over a 30-yuan order is not capped at 45: service attitude has a fixed ceiling, not a share of the order.
    @Test func aSmallOrderDoesNotCapAnInsult() throws {
        var intake = Intake(category: .serviceAttitude)
        intake.orderValue = 30
        intake.tier = "manager"
        intake.expectation = 1000
        let plan = try AdviceEngine(policy: .builtIn).plan(intake)
        #expect(plan.ceiling == Amount(minor: 150_000))
        #expect(plan.tiers.map(\.cap) == [200, 400, 800, 1500].map { Amount(minor: $0 * 100) })
    }

    /// With both a share and an amount, the higher holds: a 100-yuan installation may still reach 1000. With the order
    /// value unknown the higher of the two is unknown, so only a fixed ceiling would bind.
    @Test(arguments: [(100.0 as Double?, 1000.0 as Double?), (1000, 1500), (nil, nil)])
    func theHigherOfShareAndAmountHolds(order: Double?, ceiling: Double?) throws {
        var intake = Intake(category: .installationDelay)
        intake.orderValue = order
        let plan = try AdviceEngine(policy: .builtIn).plan(intake)
        #expect(plan.ceiling == ceiling.map { Amount(minor: Int64($0 * 100)) })
    }

    /// A customer's expectation nobody stated must not pin every tier to the same range: higher tiers reach further.
    @Test func escalationWidensTheRangeWhenTheExpectationIsEstimated() throws {
        var intake = Intake(category: .logisticsDelay)
        intake.orderValue = 1000
        intake.brokenPromises = 1
        let engine = AdviceEngine(policy: .builtIn)
        let stops = try Policy.builtIn.tiers.map { tier -> Amount in
            intake.tier = tier
            return try #require(engine.plan(intake).ladder?.walkAway)
        }
        #expect(zip(stops, stops.dropFirst()).allSatisfy { $0 < $1 }, "\(stops)")
    }

    /// A fixed ceiling at or under a lower tier's cap makes the tiers above it pointless; `policy check` says so.
    @Test func aCeilingUnderALowerCapIsWarnedAbout() {
        var policy = Policy.builtIn
        policy.categories["service-attitude"]?.ceiling = Policy.CeilingRule(amount: 400)
        #expect(PolicyWarning.check(policy) == [
            PolicyWarning(path: "$.categories[\"service-attitude\"].ceiling.amount",
                          kind: .ceilingMakesTierUnreachable(tier: "supervisor", lowerTier: "senior", ceiling: 400)),
            PolicyWarning(path: "$.categories[\"service-attitude\"].ceiling.amount",
                          kind: .ceilingMakesTierUnreachable(tier: "manager", lowerTier: "supervisor", ceiling: 400)),
        ])
    }
}

/// Amounts typed with decimals keep every minor unit, whichever way the engine rounds them.
@Suite struct DirectedRoundingTests {
    @Test(arguments: [(20000.01, FloatingPointRoundingRule.down, 2_000_001 as Int64), (19.99, .up, 1999), (0.1 + 0.2, .up, 30),
                      (10.005, .down, 1000), (10.005, .up, 1001)])
    func typedDecimalsAreKept(major: Double, rule: FloatingPointRoundingRule, minor: Int64) {
        #expect(CurrencyUnit(code: "CNY").amount(major, rounding: rule) == Amount(minor: minor))
    }
}

/// What a policy would cost counts the loss it must pay in full, not only the goodwill it chooses to give.
@Suite struct SimulationOwedTests {
    @Test func aLossOwedIsPartOfTheCost() {
        var withLoss = Intake(category: .productQuality)
        withLoss.loss = 800
        let without = Intake(category: .productQuality)
        let costWith = PolicySimulation(policy: .builtIn, intakes: [withLoss]).totalCost
        let costWithout = PolicySimulation(policy: .builtIn, intakes: [without]).totalCost
        #expect(costWith - costWithout == 800)
    }
}
