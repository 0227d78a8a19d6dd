import AdvisorCore
import Foundation
import Knowledge
import Testing

/// The ladder, the circle and the rectangle on their own, against oracles that do not share the engine's code.
@Suite struct OfferLadderTests {
    static func yuan(_ value: Int64) -> Amount { Amount(minor: value * 100) }

    @Test func opensPreciseAtTheLeastAndConcedesLessEachTime() {
        let (opening, concessions) = OfferLadder.rungs(least: Self.yuan(150), walkAway: Self.yuan(300), step: Self.yuan(10))
        // 150 is a round figure: one step up is the least precise one.
        #expect(opening == Self.yuan(160))
        #expect(concessions == [Self.yuan(230), Self.yuan(270)])
    }

    @Test func theCustomersOwnMinimumIsNotNudgedUp() {
        let (opening, _) = OfferLadder.rungs(least: Self.yuan(50), walkAway: Self.yuan(98), step: Self.yuan(1), precise: false)
        #expect(opening == Self.yuan(50))
    }

    @Test func aSingleRungWhenThereIsNoRoom() {
        let (opening, concessions) = OfferLadder.rungs(least: Self.yuan(10), walkAway: Self.yuan(10), step: Self.yuan(10))
        #expect(opening == Self.yuan(10) && concessions.isEmpty)
    }

    @Test func ladderPropertiesHoldOverRandomRooms() {
        let seed = UInt64.random(in: 1...UInt64.max)
        var random = SplitMix64(seed: seed)
        for _ in 0..<20_000 {
            let step = Amount(minor: [1, 100, 500, 1000, 5000].randomElement(using: &random)!)
            let walkAway = Amount(minor: Int64.random(in: 0...5_000_000, using: &random))
            let least = Amount(minor: Int64.random(in: 0...walkAway.minor, using: &random))
            let (opening, concessions) = OfferLadder.rungs(least: least, walkAway: walkAway, step: step)
            let rungs = [opening] + concessions + [walkAway]
            #expect(opening <= walkAway, "seed \(seed): opening above walk-away")
            #expect(opening >= min(least, walkAway), "seed \(seed): opening under the least")
            #expect(zip(rungs.dropFirst(), rungs).allSatisfy { $0 >= $1 }, "seed \(seed): \(rungs) does not rise")
            let gaps = zip(rungs.dropFirst(), rungs).map { $0.minor - $1.minor }.filter { $0 > 0 }
            #expect(zip(gaps.dropFirst(), gaps).allSatisfy { $0 <= $1 }, "seed \(seed): gaps grow in \(rungs)")
            #expect(concessions.allSatisfy { $0.isMultiple(of: step) || step.minor == 1 }, "seed \(seed): concession off the step grid")
        }
    }
}

@Suite struct NegotiationCircleTests {
    /// The circle of a 0–100 × 0–4 rectangle, sampled densely: the oracle.
    static let circle = NegotiationCircle(amounts: 0...100, care: 0...4)

    static func onCircle(_ p: NegotiationPoint) -> Bool {
        let x = p.amount / 100, y = p.care / 4
        return (x - 0.5) * (x - 0.5) + (y - 0.5) * (y - 0.5) <= 0.25 + 1e-6
    }

    @Test func anExpectationInsideIsTheSettlementItself() throws {
        let inside = NegotiationPoint(amount: 40, care: 2)
        let point = try #require(Self.circle.settlementPoint(for: inside, bottomLine: nil, weights: .even))
        #expect(point == inside)
    }

    @Test func noSampledPointThatClearsTheBottomLineIsNearer() throws {
        let seed = UInt64.random(in: 1...UInt64.max)
        var random = SplitMix64(seed: seed)
        for _ in 0..<300 {
            let e = NegotiationPoint(amount: Double.random(in: 0...300, using: &random), care: Double.random(in: 0...4, using: &random))
            let b = NegotiationPoint(amount: Double.random(in: 0...60, using: &random), care: Double.random(in: 0...2, using: &random))
            let weights = Bool.random(using: &random) ? AxisWeights.rational : .emotional
            guard let s = Self.circle.settlementPoint(for: e, bottomLine: b, weights: weights) else { continue }
            #expect(Self.onCircle(s), "seed \(seed): settlement off the circle")
            #expect(s.amount >= b.amount - 1e-6 && s.care >= b.care - 1e-6, "seed \(seed): settlement under the bottom line")
            func cost(_ p: NegotiationPoint) -> Double {
                weights.result * pow((p.amount - e.amount) / 100, 2) + weights.process * pow((p.care - e.care) / 4, 2)
            }
            for i in 0..<360 {
                for r in [0.25, 0.5] {
                    let angle = Double(i) / 360 * 2 * .pi
                    let p = NegotiationPoint(amount: 100 * (0.5 + r * cos(angle)), care: 4 * (0.5 + r * sin(angle)))
                    guard p.amount >= b.amount, p.care >= b.care else { continue }
                    #expect(cost(p) >= cost(s) - 1e-6, "seed \(seed): \(p) is nearer \(e) than \(s)")
                }
            }
        }
    }

    /// Straight out along the money axis the nearest point is the circle's rightmost one: the cap at the middle care.
    @Test func anExpectationFarOutSettlesOnTheRimNotBeyondIt() throws {
        let far = NegotiationPoint(amount: 300, care: 2)
        let point = try #require(Self.circle.settlementPoint(for: far, bottomLine: nil, weights: .even))
        #expect(abs(point.amount - 100) < 1e-6 && abs(point.care - 2) < 1e-6, "\(point)")
        #expect(Self.onCircle(point))
    }

    @Test func rationalCustomersSettleNearerTheResultAxis() throws {
        let e = NegotiationPoint(amount: 200, care: 4)
        let rational = try #require(Self.circle.settlementPoint(for: e, bottomLine: nil, weights: .rational))
        let emotional = try #require(Self.circle.settlementPoint(for: e, bottomLine: nil, weights: .emotional))
        #expect(rational.amount > emotional.amount)
        #expect(rational.care < emotional.care)
    }
}

@Suite struct PolicyRectangleTests {
    @Test func eachTiersRectangleComesFromThePolicyAndTheCase() throws {
        var intake = Intake(category: .installationDelay)
        intake.severity = .severe
        intake.brokenPromises = 2
        let plan = try AdviceEngine(policy: .builtIn).plan(intake)
        // Floor 50 × severe 1.5 × (1 + 2 × 0.5) = 150; caps as the policy writes them, in fen.
        #expect(plan.floor == Amount(minor: 15_000))
        // Caps as the policy writes them: with the order value unknown, the higher of share and amount is unknown too.
        #expect(plan.tiers.map(\.cap) == [300, 800, 2000, 5000].map { Amount(minor: $0 * 100) })
        #expect(plan.tiers.map(\.maxCare) == [2, 3, 4, 4])
        #expect(plan.minCare == 2, "category 1 plus one for broken promises")
    }

    @Test func theOrderCeilingLowersEveryCap() throws {
        var intake = Intake(category: .productQuality)
        intake.orderValue = 100
        let plan = try AdviceEngine(policy: .builtIn).plan(intake)
        #expect(plan.tiers.allSatisfy { $0.cap <= Amount(minor: 15_000) })
    }

    /// The circle's tolerance is relative to its width: on a cap of twenty million a bottom line one fen above the cap
    /// passed in floating point, and the advice claimed to meet a bottom line it settled under.
    @Test func aBottomLineOneFenAboveTheCapIsNotMet() throws {
        var policy = Policy.builtIn
        var billing = try #require(policy.categories["billing"])
        billing.caps = ["agent": 20_000_000, "senior": 20_000_000, "supervisor": 20_000_000, "manager": 20_000_000]
        policy.categories["billing"] = billing
        var intake = Intake(category: .billing)
        intake.expectation = 20_000_000.01
        intake.bottomLine = 20_000_000.01
        let plan = try AdviceEngine(policy: policy).plan(intake)
        #expect(!plan.settlement.meetsBottomLine)
        #expect(plan.settlement.amount <= Amount(minor: 2_000_000_000))
    }

    @Test func amountsBeyondOneTrillionAreRefusedNotRounded() {
        var intake = Intake(category: .billing)
        intake.expectation = 2e12
        #expect(throws: AdvisorError.invalidIntake(field: "expectation", problem: .tooLarge)) {
            try AdviceEngine(policy: .builtIn).plan(intake)
        }
    }

    @Test(arguments: [("CNY", 2, "12.50"), ("JPY", 0, "1250"), ("KWD", 3, "1.250")])
    func minorUnitsFollowTheCurrency(code: String, decimals: Int, text: String) {
        let unit = CurrencyUnit(code: code)
        #expect(unit.decimals == decimals)
        #expect(unit.text(Amount(minor: 1250)) == text)
    }
}
