import AdvisorCore
import Foundation
import Knowledge
import Testing

/// DESIGN.md's invariants over seeded random policies and intakes; every failure message carries the seed.
@Suite struct InvariantPropertyTests {
    static let runs = 10_000

    /// Every amount the advice tells the agent to offer.
    func advisedAmounts(_ advice: Advice) -> [Double] {
        [advice.range.opening, advice.range.walkAway, advice.settlement.amount]
            + advice.offers.map(\.value) + (advice.lowerExpectation?.options.map(\.value) ?? [])
    }

    /// The bounds the policy sets for the case, leaving out which tier the advice ends up addressed to.
    func policyBounds(_ advice: Advice) -> [Double?] {
        [advice.bounds.floor, advice.bounds.statutoryFloor, advice.bounds.standard, advice.bounds.ceiling, Double(advice.bounds.minCare)]
            + advice.bounds.tierCaps.flatMap { [$0.cap, Double($0.maxCare)] }
    }

    /// The cap of a tier for a case, computed from the policy and the statutes by hand, not by the engine.
    func policyCap(_ policy: Policy, _ intake: Intake, tier: String, statutoryFloor: Double?) -> Double {
        let category = policy.categories[intake.category.rawValue]!
        var cap = (category.caps[tier] ?? 0).rounded(.down)
        if let statutoryFloor, tier == policy.tiers.last { cap = max(cap, statutoryFloor) }
        return cap
    }

    @Test func invariantsHoldOnRandomCases() throws {
        let seed = UInt64.random(in: 1...UInt64.max)
        var generator = CaseGenerator(seed: seed)
        var escalations = 0, unmet = 0, lowered = 0
        for run in 0..<Self.runs {
            let policy = generator.policy()
            let intake = generator.intake(for: policy)
            let engine = AdviceEngine(policy: policy)
            let language: Language = run % 2 == 0 ? .en : .zh
            let context = "seed \(seed), run \(run): \(intake)"
            let advice: Advice
            do {
                advice = try engine.advise(intake, language: language)
            } catch {
                Issue.record("\(error) for a valid intake: \(context)")
                continue
            }

            // 1. Nothing above the addressed tier's cap, nothing below the floor.
            let cap = policyCap(policy, intake, tier: advice.settlement.tier, statutoryFloor: advice.bounds.statutoryFloor)
            #expect(advice.bounds.cap <= cap, "cap above policy: \(context)")
            for amount in advisedAmounts(advice) {
                #expect(amount <= advice.bounds.cap + 1e-9, "\(amount) above cap \(advice.bounds.cap): \(context)")
                #expect(amount >= advice.bounds.floor - 1e-9, "\(amount) below floor \(advice.bounds.floor): \(context)")
            }
            if let statutory = advice.bounds.statutoryFloor {
                #expect(advice.bounds.floor >= statutory, "statutory floor lost: \(context)")
            }
            #expect(advice.range.opening <= advice.range.walkAway, "range reversed: \(context)")
            #expect(advice.settlement.care >= advice.bounds.minCare && advice.settlement.care <= advice.bounds.maxCare, "care out of bounds: \(context)")

            // 2. The settlement clears the bottom line, or the advice says in words that it cannot.
            if advice.settlement.meetsBottomLine {
                #expect(advice.settlement.amount >= advice.bottomLine.amount - 1e-9, "below bottom line: \(context)")
                #expect(Double(advice.settlement.care) >= advice.bottomLine.care - 1e-9, "care below bottom line: \(context)")
            } else {
                unmet += 1
                #expect(advice.settlement.tier == policy.tiers.last, "unmet before the top tier: \(context)")
                #expect(advice.lowerExpectation != nil, "unmet bottom line without lowering advice: \(context)")
                #expect(!advice.notes.isEmpty, "unmet bottom line without a note: \(context)")
            }
            if advice.escalation.needed {
                escalations += 1
                #expect(advice.escalation.steps.allSatisfy { !$0.text.isEmpty }, "escalation without a reason: \(context)")
                #expect(advice.escalation.steps.first?.tier == intake.tier, "escalation does not start at the agent's tier: \(context)")
            }
            if advice.lowerExpectation != nil { lowered += 1 }
            // Where no money is owed, none is offered.
            if (policy.modifiers.fault[intake.fault.rawValue] ?? 1) == 0, advice.bounds.statutoryFloor == nil {
                #expect(advice.range.walkAway == 0 && advice.offers.isEmpty, "money offered where none is owed: \(context)")
            }

            // 3. Type and temperament never move the policy bounds; type alone never moves the range.
            var other = intake
            other.type = generator.pick(ComplainantTypeID.allCases)
            let retyped = try engine.advise(other, language: language)
            #expect(policyBounds(retyped) == policyBounds(advice), "type moved the bounds: \(context)")
            #expect(retyped.range == advice.range && retyped.settlement == advice.settlement, "type moved the range: \(context)")
            other.temperament = generator.pick(TemperamentID.allCases)
            #expect(policyBounds(try engine.advise(other, language: language)) == policyBounds(advice), "temperament moved the bounds: \(context)")

            // 4. The same input gives the same advice.
            #expect(try engine.advise(intake, language: language) == advice, "not deterministic: \(context)")
        }
        // The generator must reach the interesting branches, or the properties above prove little.
        #expect(escalations > Self.runs / 20, "seed \(seed): only \(escalations) escalations")
        #expect(unmet > 20, "seed \(seed): only \(unmet) unmet bottom lines")
        #expect(lowered > Self.runs / 20, "seed \(seed): only \(lowered) lowered expectations")
    }

    /// 5. Impossible intake values are refused with the field named, never advised on.
    @Test(arguments: [
        ("expectation", -1.0), ("bottomLine", -5.0), ("orderValue", -0.01), ("expectation", Double.infinity), ("orderValue", Double.nan),
    ])
    func impossibleValuesAreRefused(field: String, value: Double) {
        var intake = Intake(category: .billing)
        switch field {
        case "expectation": intake.expectation = value
        case "bottomLine": intake.bottomLine = value
        default: intake.orderValue = value
        }
        #expect(throws: AdvisorError.self) { try AdviceEngine(policy: .builtIn).advise(intake, language: .en) }
        do {
            _ = try AdviceEngine(policy: .builtIn).advise(intake, language: .en)
        } catch {
            #expect(error.message(in: .en).contains(field))
        }
    }

    @Test func bottomLineAboveExpectationIsRefusedNotSwapped() {
        var intake = Intake(category: .billing)
        intake.expectation = 100
        intake.bottomLine = 300
        #expect(throws: AdvisorError.invalidIntake(field: "bottomLine", problem: .bottomLineAboveExpectation)) {
            try AdviceEngine(policy: .builtIn).advise(intake, language: .en)
        }
    }

    @Test func unknownTierIsRefusedWithTheTiersListed() {
        var intake = Intake(category: .billing)
        intake.tier = "director"
        #expect(throws: AdvisorError.unknownTier("director", known: Policy.builtIn.tiers)) {
            try AdviceEngine(policy: .builtIn).advise(intake, language: .en)
        }
    }
}
