import Foundation
import Knowledge

/// Turns an intake into advice under one policy: remedy, bounds, settlement, escalation and strategy.
///
/// The engine is a pure function of policy and intake: no clock, no randomness, so the same input gives
/// the same advice (DESIGN.md invariant 4).
public struct AdviceEngine: Sendable {
    public let policy: Policy

    /// Creates an engine for a policy that `PolicyReader` has accepted.
    /// - Parameter policy: The policy whose bounds the advice keeps.
    public init(policy: Policy) {
        self.policy = policy
    }

    /// The case as the policy sees it: multiplier, floors and each tier's rectangle.
    struct CaseBounds {
        var floor: Double
        var statutoryFloor: Double?
        var standard: Double
        var ceiling: Double?
        var caps: [Double]
        var minCare: Int
        var maxCare: [Int]
        var compensable: Bool
        var notes: [Bilingual]
    }

    /// Advises on one intake.
    /// - Parameters:
    ///   - intake: The facts and the customer.
    ///   - language: The language of every text in the advice.
    ///   - precedent: How similar cases settled, from the audit log; nil falls back to the policy's standard amount.
    /// - Returns: The advice.
    /// - Throws: `AdvisorError` when the intake names a tier or category the policy lacks, or holds impossible values.
    public func advise(_ intake: Intake, language: Language, precedent: Precedent? = nil) throws(AdvisorError) -> Advice {
        try validate(intake)
        guard let categoryPolicy = policy.category(intake.category) else {
            throw .categoryNotInPolicy(intake.category.rawValue, policy: policy.name)
        }
        guard let startTier = policy.tierIndex(intake.tier) else {
            throw .unknownTier(intake.tier, known: policy.tiers)
        }
        let statutes = applicableStatutes(intake)
        let bounds = caseBounds(intake, categoryPolicy, statutes)
        let weights: AxisWeights = switch intake.temperament {
        case .rational: .rational
        case .emotional: .emotional
        case nil: .even
        }
        let (expectation, bottomLine, estimated) = customerPoints(intake, bounds, startTier: startTier)

        var steps: [Advice.EscalationStep] = []
        var addressed: Int? = nil
        var settlement: NegotiationPoint? = nil
        let bandedBottom = NegotiationPoint(amount: bottomLine.amount, care: bottomLine.care - 0.5)
        for tier in startTier..<policy.tiers.count {
            let circle = circleAt(tier, bounds)
            if bounds.floor > bounds.caps[tier] {
                steps.append(step(tier, .floorAboveCap, bounds, bottomLine, circle, language))
                continue
            }
            if bounds.minCare > bounds.maxCare[tier] || bottomLine.care > Double(bounds.maxCare[tier]) {
                steps.append(step(tier, .careAboveTier, bounds, bottomLine, circle, language))
                continue
            }
            if let point = circle.settlementPoint(for: expectation, bottomLine: bandedBottom, weights: weights) {
                addressed = tier
                settlement = point
                break
            }
            steps.append(step(tier, .bottomLineAboveReach, bounds, bottomLine, circle, language))
        }
        let meetsBottomLine = addressed != nil
        let tier = addressed ?? policy.tiers.count - 1
        let circle = circleAt(tier, bounds)
        // No tier clears the bottom line: go as far toward it as the top tier may.
        let point = settlement
            ?? circle.settlementPoint(for: bottomLine, bottomLine: nil, weights: weights)
            ?? NegotiationPoint(amount: bounds.floor, care: Double(bounds.minCare))
        let cap = bounds.caps[tier]
        var amount = (point.amount).rounded()
        if meetsBottomLine { amount = max(amount, bottomLine.amount.rounded(.up)) }
        amount = min(max(amount, bounds.floor), cap)
        var care = Int(point.care.rounded())
        if meetsBottomLine { care = max(care, Int(bottomLine.care.rounded(.up))) }
        care = min(max(care, bounds.minCare), max(bounds.minCare, bounds.maxCare[tier]))

        let lowest = circle.lowestAmount(withCareAtLeast: Double(care) - 0.5,
                                         amountAtLeast: meetsBottomLine ? bottomLine.amount : bounds.floor) ?? amount
        let opening = min(amount, max(lowest.rounded(.up), bounds.standard.rounded(), bounds.floor))

        let writer = AdviceWriter(policy: policy, language: language)
        let lowering: Advice.ExpectationLowering? = {
            let aboveEveryTier = expectation.amount > bounds.caps.last ?? 0
            guard !meetsBottomLine || (expectation.amount > amount && (aboveEveryTier || expectation.amount > cap)) else { return nil }
            return writer.lowering(intake: intake, bounds: bounds, precedent: precedent, expectation: expectation, settlement: amount, care: care,
                                   cap: cap, maxCare: max(bounds.minCare, bounds.maxCare[tier]), aboveEveryTier: aboveEveryTier, meetsBottomLine: meetsBottomLine,
                                   forms: categoryPolicy.forms)
        }()
        var notes = bounds.notes
        if estimated.expectation { notes.append(Bilingual(zh: "客户期望值为估算（按类别、严重程度与性格）；问清后重新计算。", en: "Expectation estimated from category, severity and temperament; ask, then advise again.")) }
        if estimated.bottomLine { notes.append(Bilingual(zh: "客户底线为估算；问清后重新计算。", en: "Bottom line estimated; ask for it, then advise again.")) }
        if !meetsBottomLine { notes.append(Bilingual(zh: "任何层级都达不到客户底线：降低期望并请客户在方案中选择。", en: "No tier can meet the bottom line: lower the expectation and let the customer choose an option.")) }

        return writer.advice(
            intake: intake, bounds: bounds, statutes: statutes, categoryPolicy: categoryPolicy,
            expectation: expectation, bottomLine: bottomLine, estimated: estimated,
            settlement: Advice.Settlement(amount: amount, care: care, tier: policy.tiers[tier], meetsBottomLine: meetsBottomLine),
            range: Advice.OfferRange(opening: opening, walkAway: amount),
            addressedTier: tier, escalationSteps: steps, lowering: lowering, precedent: precedent,
            notes: notes.map { $0.text(language) })
    }

    /// The flexibility circle of a tier for this case.
    ///
    /// Care comes in whole levels, so each level is a band one unit wide (level 2 spans 1.5 to 2.5).
    /// Were the levels the rectangle's edges, the top and bottom levels would touch the circle at a
    /// single point and allow only the middle amount, however wide the money side.
    func circleAt(_ tier: Int, _ bounds: CaseBounds) -> NegotiationCircle {
        NegotiationCircle(amounts: bounds.floor...max(bounds.floor, bounds.caps[tier]),
                          care: (Double(bounds.minCare) - 0.5)...(Double(max(bounds.minCare, bounds.maxCare[tier])) + 0.5))
    }

    private func validate(_ intake: Intake) throws(AdvisorError) {
        func check(_ value: Double?, _ field: String) throws(AdvisorError) {
            guard let value else { return }
            if !value.isFinite { throw .invalidIntake(field: field, problem: .notFinite) }
            if value < 0 { throw .invalidIntake(field: field, problem: .negative) }
        }
        try check(intake.expectation, "expectation")
        try check(intake.bottomLine, "bottomLine")
        try check(intake.orderValue, "orderValue")
        if intake.brokenPromises < 0 { throw .invalidIntake(field: "brokenPromises", problem: .negative) }
        if intake.failedRepairs < 0 { throw .invalidIntake(field: "failedRepairs", problem: .negative) }
        if let days = intake.daysSinceSale, days < 0 { throw .invalidIntake(field: "daysSinceSale", problem: .negative) }
        if let e = intake.expectation, let b = intake.bottomLine, b > e {
            throw .invalidIntake(field: "bottomLine", problem: .bottomLineAboveExpectation)
        }
    }

    /// The statutes the intake says apply, in the order of the law's strength.
    func applicableStatutes(_ intake: Intake) -> [StatuteID] {
        var result: [StatuteID] = []
        let goods = intake.category == .productQuality || intake.category == .returnExchange
        let faultIsTheGoods = intake.fault != .customer
        if goods && faultIsTheGoods, let days = intake.daysSinceSale {
            if days <= 7 { result.append(.threeGuaranteesReturn) } else if days <= 15 { result.append(.threeGuaranteesExchange) }
        }
        if goods && faultIsTheGoods && intake.failedRepairs >= 2 { result.append(.threeGuaranteesRepairs) }
        if intake.distanceSale && !intake.distanceSaleExempt, let days = intake.daysSinceSale, days <= 7 {
            result.append(.distanceSaleReturn)
        }
        if intake.fraud { result.append(.fraud) }
        if intake.foodSafety { result.append(.foodSafety) }
        return result
    }

    func caseBounds(_ intake: Intake, _ category: Policy.CategoryPolicy, _ statutes: [StatuteID]) -> CaseBounds {
        let m = policy.modifiers
        let faultFactor = m.fault[intake.fault.rawValue] ?? 1
        let multiplier = (m.severity[intake.severity.rawValue] ?? 1) * faultFactor
            * (1 + m.perBrokenPromise * Double(min(intake.brokenPromises, m.maxBrokenPromisesCounted)))
            * (m.customerValue[intake.customerValue.rawValue] ?? 1)
        let statutory = statutes.compactMap { KnowledgeBase.statute($0).floor(orderValue: intake.orderValue) }.max()
        // Where the customer caused the problem, or the category carries no compensation, none is owed:
        // the result side of the rectangle has no width and the advice offers care and explanation.
        let compensable = faultFactor > 0 && category.caps.values.contains { $0 > 0 }
        var notes: [Bilingual] = []
        var floor = compensable ? (category.floor * multiplier).rounded(.up).saturated : 0
        let topCap = (category.caps[policy.tiers.last ?? ""] ?? 0).rounded(.down)
        if floor > topCap {
            notes.append(Bilingual(zh: "按案情放大后的政策下限 \(Money.plain(floor)) 高于最高层级上限，按 \(Money.plain(topCap)) 计；请主管核对政策。",
                                   en: "The policy floor scaled to this case, \(Money.plain(floor)), is above the top tier's cap; \(Money.plain(topCap)) is used. Ask the policy owner."))
            floor = topCap
        }
        if let statutory { floor = max(floor, statutory) }
        let ceiling = intake.orderValue.map { max(($0 * policy.ceilingShareOfOrderValue).rounded(.down).saturated, floor) }
        var caps = policy.tiers.map { tier -> Double in
            guard compensable || statutory != nil else { return 0 }
            let cap = (category.caps[tier] ?? 0).rounded(.down)
            return min(cap, ceiling ?? cap)
        }
        // The law's floor is always within someone's authority: the top tier's cap rises to meet it.
        if let statutory, let last = caps.indices.last, caps[last] < statutory {
            caps[last] = statutory
            notes.append(Bilingual(zh: "法定赔偿 \(Money.plain(statutory)) 高于各层级上限，须由最高层级按法律处理。",
                                   en: "The statutory amount \(Money.plain(statutory)) is above every tier's cap; the top tier settles it as the law requires."))
        }
        let brokenPromiseCare = intake.brokenPromises > 0 ? 1 : 0
        let criticalCare = intake.severity == .critical ? 1 : 0
        let minCare = min(category.minCare + brokenPromiseCare + criticalCare, 4)
        let maxCare = policy.tiers.map { category.maxCare[$0] ?? 0 }
        let standard = compensable ? min(max((category.standard * multiplier).rounded(), floor), max(floor, caps.last ?? floor)) : floor
        return CaseBounds(floor: floor, statutoryFloor: statutory, standard: standard, ceiling: ceiling, caps: caps,
                          minCare: minCare, maxCare: maxCare, compensable: compensable || statutory != nil, notes: notes)
    }

    /// The customer's expectation and bottom line: as entered, or estimated from the case and the temperament.
    ///
    /// The care side is always estimated, so it is held within what the agent's own tier may give:
    /// a guess alone must never send a case up the tiers.
    func customerPoints(_ intake: Intake, _ bounds: CaseBounds, startTier: Int) -> (NegotiationPoint, NegotiationPoint, Advice.Estimated) {
        let (expectedCare, estimatedBottomCare): (Double, Double) = switch intake.temperament {
        case .emotional: (3, 2)
        case .rational: (1, 0)
        case nil: (2, 1)
        }
        let bottomCare = min(estimatedBottomCare, Double(max(bounds.minCare, bounds.maxCare[startTier])))
        // A customer owed a statutory amount expects what the law says; otherwise about twice the usual amount.
        let estimatedExpectation = !bounds.compensable ? 0
            : bounds.statutoryFloor != nil ? bounds.floor : max(bounds.floor, (bounds.standard * 2).saturated)
        let estimatedBottom = bounds.compensable ? max(bounds.floor, (bounds.standard * 0.5).rounded()) : 0
        let expectation = intake.expectation ?? max(estimatedExpectation, intake.bottomLine ?? 0)
        let bottom = intake.bottomLine ?? min(estimatedBottom, expectation)
        return (NegotiationPoint(amount: expectation, care: expectedCare),
                NegotiationPoint(amount: bottom, care: bottomCare),
                Advice.Estimated(expectation: intake.expectation == nil, bottomLine: intake.bottomLine == nil))
    }

    private func step(_ tier: Int, _ reason: Advice.EscalationReason, _ bounds: CaseBounds, _ bottom: NegotiationPoint,
                      _ circle: NegotiationCircle, _ language: Language) -> Advice.EscalationStep {
        let name = policy.tiers[tier]
        let cap = Money.plain(bounds.caps[tier])
        let text: Bilingual
        switch reason {
        case .floorAboveCap:
            let floor = Money.plain(bounds.floor)
            text = Bilingual(zh: "应给的下限 \(floor) 高于 \(name) 的上限 \(cap)",
                             en: "the floor owed, \(floor), is above the \(name) cap of \(cap)")
        case .careAboveTier:
            let needed = max(bounds.minCare, Int(bottom.care.rounded(.up)))
            text = Bilingual(zh: "需要的关怀级别 \(needed) 超过 \(name) 可给的 \(bounds.maxCare[tier])",
                             en: "care level \(needed) is needed; \(name) may give up to \(bounds.maxCare[tier])")
        case .bottomLineAboveReach:
            let reach = circle.highestAmount(withCareAtLeast: bottom.care - 0.5).map { Money.plain($0.rounded(.down)) } ?? cap
            text = Bilingual(zh: "客户底线 \(Money.plain(bottom.amount)) 超出 \(name) 可给的 \(reach)",
                             en: "the bottom line \(Money.plain(bottom.amount)) is beyond what \(name) can reach, \(reach)")
        }
        return Advice.EscalationStep(tier: name, reason: reason, text: text.text(language))
    }
}

extension Double {
    /// The value, or the largest finite one where it overflowed: amounts and policy values may each be as large as a
    /// `Double` holds, so their products can overflow, and advice must never show an infinite amount.
    var saturated: Double { Swift.min(self, .greatestFiniteMagnitude) }
}

/// Plain amounts for text: whole numbers without decimals, others with two.
public enum Money {
    /// The amount as people write it: 200, not 200.0.
    public static func plain(_ amount: Double) -> String {
        if amount.isFinite && amount == amount.rounded() && abs(amount) < 1e15 {
            return String(Int64(amount))
        }
        return String(format: "%.2f", amount)
    }
}

extension Statute {
    /// The compensation this statute requires at least: the price times its multiple, never under its
    /// minimum; nil when it sets no amount (it grants a remedy only).
    func floor(orderValue: Double?) -> Double? {
        guard priceMultiple != nil || minimumAmount != nil else { return nil }
        let byPrice = ((priceMultiple ?? 0) * (orderValue ?? 0)).saturated
        return max(byPrice, minimumAmount ?? 0).rounded(.up)
    }
}
