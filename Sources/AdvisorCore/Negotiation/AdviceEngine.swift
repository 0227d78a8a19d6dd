import Knowledge

/// Turns an intake into advice under one policy: remedy, bounds, settlement, escalation and strategy.
///
/// The engine is a pure function of policy and intake: no clock, no randomness, so the same input gives
/// the same advice (docs/DESIGN.md, "Invariants", 4).
public struct AdviceEngine: Sendable {
    let policy: Policy

    /// Creates an engine for a policy that `PolicyReader` has accepted.
    /// - Parameter policy: The policy whose bounds the advice keeps.
    public init(policy: Policy) {
        self.policy = policy
    }

    /// The case as the policy sees it, in minor units: floors, standard, ceiling and each tier's rectangle.
    struct CaseBounds {
        var floor: Amount
        var statutoryFloor: Amount?
        var standard: Amount
        var ceiling: Amount?
        var caps: [Amount]
        var minCare: Int
        var maxCare: [Int]
        var compensable: Bool
        var limits: [NegotiationPlan.Limit]
        /// The actual loss owed in full as money, outside goodwill; zero when none is owed.
        var lossOwed: Amount = .zero
        /// Each tier's limit for owed payments, where it is the reason the tier cannot settle a statutory amount.
        var owedBlocked: [Int: Amount] = [:]
        /// Each tier's limit for owed payments (losses and the law's amounts); nil for the top tier without a limit.
        var owedLimits: [Amount?] = []
        /// The loss plus the law's amount: what someone must sign for.
        var owedTotal: Amount { lossOwed + (statutoryFloor ?? .zero) }
        /// What earlier advice under the case key holds the case to.
        var hold = EarlierHold.none
    }

    /// Advises on one intake in one language: the plan, then its words.
    /// - Parameters:
    ///   - intake: The facts and the customer.
    ///   - language: The language of every text in the advice.
    ///   - precedent: How similar cases settled, from the audit log; nil when there is no log.
    ///   - readWords: Whether to take type and temperament from the customer's words where the intake leaves them out.
    ///   - earlier: The advices the audit log holds under the intake's case key; nil when it has none.
    /// - Returns: The advice.
    /// - Throws: `AdvisorError` when the intake names a tier or category the policy lacks, or holds impossible values.
    public func advise(_ intake: Intake, language: Language, precedent: Precedent? = nil, readWords: Bool = false,
                       earlier: CaseHistory? = nil) throws(AdvisorError) -> Advice {
        try advise(readWords ? WordsReading.read(intake) : WordsReading(intake: intake, summary: nil), language: language, precedent: precedent,
                   earlier: earlier)
    }

    /// Advises on an intake whose words were read already, as `advise(_:language:precedent:readWords:)` does after reading them.
    ///
    /// The batch reads the words of many lines before it advises on any, so the detector's tables stay in the cache.
    /// - Parameters:
    ///   - reading: The intake with what its words showed.
    ///   - language: The language of every text in the advice.
    ///   - precedent: How similar cases settled, from the audit log; nil when there is no log.
    ///   - earlier: The advices the audit log holds under the intake's case key; nil when it has none.
    /// - Returns: The advice.
    /// - Throws: `AdvisorError` when the intake names a tier or category the policy lacks, or holds impossible values.
    public func advise(_ reading: WordsReading, language: Language, precedent: Precedent? = nil,
                earlier: CaseHistory? = nil) throws(AdvisorError) -> Advice {
        let plan = try plan(reading.intake, precedent: precedent, earlier: earlier)
        return AdviceWriter(policy: policy, language: language).advice(plan, intake: reading.intake, reading: reading.summary)
    }

    /// The negotiation for one intake, as numbers and reasons with no words.
    /// - Parameters:
    ///   - intake: The facts and the customer.
    ///   - precedent: How similar cases settled, from the audit log; nil when there is no log.
    ///   - earlier: The advices the audit log holds under the intake's case key: the ladder opens no lower than an
    ///     opening offered before and stops no higher than a walk-away given before, unless the plan says why.
    /// - Returns: The plan every writer and renderer reads.
    /// - Throws: `AdvisorError` when the intake names a tier or category the policy lacks, or holds impossible values.
    public func plan(_ intake: Intake, precedent: Precedent? = nil, earlier: CaseHistory? = nil) throws(AdvisorError) -> NegotiationPlan {
        try validate(intake)
        guard let categoryPolicy = policy.category(intake.category) else {
            throw .categoryNotInPolicy(intake.category.rawValue, policy: policy.name)
        }
        guard let reader = policy.tierIndex(intake.tier) else {
            throw .unknownTier(intake.tier, known: policy.tiers)
        }
        let unit = policy.currencyUnit
        let statutes = applicableStatutes(intake)
        var bounds = caseBounds(intake, categoryPolicy, statutes)
        let setAside = statutesForFacts(intake).filter { !statutes.contains($0) }
        if !setAside.isEmpty { bounds.limits.append(.statutesOutsideJurisdiction(setAside)) }
        if let loss = intake.loss, loss > 0, intake.fault == .unclear, policy.effectiveJurisdiction != nil {
            bounds.limits.append(.lossAwaitsFault(unit.amount(loss, rounding: .down)))
        }
        let weights: AxisWeights = switch intake.temperament {
        case .rational: .rational
        case .emotional: .emotional
        case nil: .even
        }
        let (expectation, bottomLine) = customerMarks(intake, bounds, startTier: reader)
        let given = expectation.source == .given ? expectation.amount : nil
        if let earlier { bounds.hold = hold(earlier, bounds, given: given) }
        // Money is talked about when something is owed, when the customer asks, when the category offers goodwill unasked,
        // or when money was offered before under the case key.
        let unasked = categoryPolicy.goodwill != .onRequest && bounds.standard > .zero
        let moneyTalk = bounds.compensable && (bounds.statutoryFloor != nil || unasked || (given ?? .zero) > .zero || bounds.hold.offered != nil)

        var steps: [NegotiationPlan.EscalationStep] = []
        var settled: (tier: Int, amount: Amount, care: Int)? = nil
        var readerPoint: (amount: Amount, care: Int)? = nil
        for tier in reader..<policy.tiers.count {
            let outcome = settle(at: tier, bounds, expectation, bottomLine, weights, given: given)
            switch outcome {
            case .settles(let amount, let care):
                settled = (tier, amount, care)
                if tier == reader { readerPoint = (amount, care) }
            case .blocked(let step, let reach):
                steps.append(step)
                if tier == reader { readerPoint = reach }
            }
            if settled != nil { break }
        }
        let meetsBottomLine = settled != nil
        var limits = bounds.limits
        let settlement: NegotiationPlan.Settlement
        if let settled {
            settlement = .init(tier: settled.tier, amount: settled.amount, care: settled.care, meetsBottomLine: true)
        } else if !bounds.compensable {
            // Nothing is owed at any tier (their own doing): sending the case up would only pass on a refusal, so the
            // reader keeps it, with care and explanation, and the card says the bottom line is not met.
            settlement = .init(tier: reader, amount: .zero, care: readerPoint?.care ?? bounds.minCare, meetsBottomLine: false)
            steps.removeAll { $0.reason == .bottomLineAboveReach || $0.reason == .floorAboveCap }
        } else {
            // No tier clears the bottom line: the top tier goes as far toward it as it may.
            let top = policy.tiers.count - 1
            let reach = furthest(at: top, toward: bottomLine, bounds, weights, given: given)
            let amount = reach.map { bounds.hold.raised($0.amount, tier: top, cap: bounds.caps[top]) } ?? bounds.floor
            settlement = .init(tier: top, amount: amount, care: reach?.care ?? bounds.minCare, meetsBottomLine: false)
        }
        if let given, given < settlement.amount || (readerPoint.map { given < $0.amount } ?? false) {
            limits.append(.heldToExpectation(given))
        }

        // The ladder is spoken in the first form that is counted in money; a service is worth one fixed amount.
        let moneyForms: [CompensationForm] = [.coupon, .refund, .points]
        let primaryForm: CompensationForm = bounds.statutoryFloor != nil ? .refund
            : (categoryPolicy.forms.first { moneyForms.contains($0) } ?? categoryPolicy.forms.first ?? .refund)
        func ladder(at tier: Int, walkAway: Amount, care: Int) -> OfferLadder? {
            guard moneyTalk, walkAway > .zero else { return nil }
            let step = policy.roundingStep(primaryForm, in: unit)
            let circle = circleAt(tier, bounds)
            // In whole units: a sliver above zero from the circle's arithmetic is no reason to offer one yuan.
            let lowest = circle.lowestAmount(withCareAtLeast: Double(care) - 0.5, amountAtLeast: Double(bounds.floor.minor))
                .map { wholeUnits($0) } ?? bounds.floor
            var least = max(bounds.floor, lowest)
            var atTheirMinimum = false
            if bottomLine.source == .given, bottomLine.amount <= walkAway, bottomLine.amount >= least {
                least = bottomLine.amount
                atTheirMinimum = true
            }
            // An opening offered before under the case key is said again as it was, never less and never nudged. Where
            // the tier can reach no whole unit more (a held walk-away of 0.57 yuan), the earlier offer is still the least.
            var atEarlierOffer = false
            if let promised = bounds.hold.promised, promised <= walkAway, promised >= min(least, walkAway) {
                least = promised
                atEarlierOffer = true
            }
            // The walk-away keeps to the step where it can without falling under what the case requires.
            var stop = walkAway.roundedDown(to: step)
            let required = max(bounds.floor, bottomLine.source == .given && bottomLine.amount <= walkAway ? bottomLine.amount : .zero,
                               atEarlierOffer ? least : .zero)
            if stop < required { stop = required.roundedUp(to: step) <= walkAway ? required.roundedUp(to: step) : walkAway }
            // Never past where this tier, or one above it, stopped before under the case key: that is the same ladder.
            if let most = bounds.hold.walkAway[tier], stop > most { stop = most }
            // What the law sets is owed to the fen and said as it is; a precise nudge above it would misquote the law.
            let owedByLaw = bounds.statutoryFloor.map { least <= $0 } ?? false
            let (opening, concessions) = OfferLadder.rungs(least: min(least, stop), walkAway: stop, step: step,
                                                           precise: !atTheirMinimum && !owedByLaw && !atEarlierOffer)
            return OfferLadder(tier: tier, form: primaryForm, step: step, opening: opening, concessions: concessions,
                               walkAway: stop, care: care)
        }
        let readerLadder = readerPoint.flatMap { ladder(at: reader, walkAway: $0.amount, care: $0.care) }
        // The reader's reach, as the hand-over reason states it, is where their own ladder stops.
        if let stop = readerLadder?.walkAway, let index = steps.firstIndex(where: { $0.tier == reader && $0.reason == .bottomLineAboveReach }) {
            steps[index].reach = stop
        }
        var handover: NegotiationPlan.Handover? = nil
        if settlement.tier != reader {
            let next = ladder(at: settlement.tier, walkAway: settlement.amount, care: settlement.care)
            handover = .init(tier: settlement.tier, limit: next?.walkAway ?? settlement.amount, ladder: next)
        }

        var lowering: NegotiationPlan.LoweringReason? = nil
        if let given, moneyTalk || !meetsBottomLine {
            if !meetsBottomLine {
                lowering = .bottomLineUnreachable
            } else if given > bounds.caps[bounds.caps.count - 1] {
                lowering = .aboveEveryCap(topCap: bounds.caps[bounds.caps.count - 1])
            } else if case let most = handover?.limit ?? readerLadder?.walkAway ?? settlement.amount, given > most {
                // The figure the agent sees is the one they or the next tier stop at, not the unrounded point.
                lowering = .aboveSettlement(settlement: most)
            }
        }
        let optionValue = readerLadder?.walkAway ?? .zero
        let unclear = expectation.source == .estimated
        let options = moneyTalk && (lowering != nil || unclear) && optionValue > .zero
            ? optionPlans(optionValue, forms: bounds.statutoryFloor != nil ? [.refund] : categoryPolicy.forms, unit: unit) : []
        let basis: NegotiationPlan.PrecedentBasis
        if let precedent, precedent.count >= NegotiationPlan.minimumPrecedentRecords {
            basis = .records(median: precedent.median, count: precedent.count)
        } else {
            basis = .tooFew(count: precedent?.count ?? 0)
        }
        var plan = NegotiationPlan(
            currency: unit,
            tiers: policy.tiers.indices.map { .init(tier: policy.tiers[$0], cap: bounds.caps[$0], maxCare: max(bounds.minCare, bounds.maxCare[$0])) },
            floor: bounds.floor, statutoryFloor: bounds.statutoryFloor, standard: bounds.standard, ceiling: bounds.ceiling,
            minCare: bounds.minCare, compensable: bounds.compensable, moneyTalk: moneyTalk,
            waitsToBeAsked: bounds.compensable && !moneyTalk && categoryPolicy.goodwill == .onRequest,
            expectation: expectation, bottomLine: bottomLine, readerTier: reader, settlement: settlement,
            ladder: readerLadder, handover: handover, escalation: steps, options: options, precedent: basis,
            lowering: lowering, remedies: remedies(intake, statutes, categoryPolicy), statutes: statutes, limits: limits,
            owed: owedPayment(intake, bounds, statutes), missingFacts: missingFacts(intake))
        if let earlier, !earlier.entries.isEmpty {
            plan.earlier = earlierCase(earlier, bounds, intake: intake, reader: reader, readerLadder: readerLadder)
        }
        return plan
    }

    /// The owed line: the loss and the law's amount, who signs for them, and what a court may add.
    func owedPayment(_ intake: Intake, _ bounds: CaseBounds, _ statutes: [StatuteID]) -> NegotiationPlan.OwedPayment? {
        guard bounds.lossOwed > .zero else { return nil }
        let total = bounds.owedTotal
        let approver = bounds.owedLimits.indices.first { bounds.owedLimits[$0].map { $0 >= total } ?? true }
        let limit = approver.map { bounds.owedLimits[$0] } ?? bounds.owedLimits.last
        let upTo = statutes.compactMap { KnowledgeBase.statute($0).lossMultipleUpTo }.max()
            .map { policy.currencyUnit.amount(((intake.loss ?? 0) * $0).saturated, rounding: .down) }
        return .init(loss: bounds.lossOwed, statutory: bounds.statutoryFloor ?? .zero, approver: approver,
                     limit: limit ?? nil, claimableUpTo: upTo)
    }

    /// What one tier can do with the case.
    private enum TierOutcome {
        /// The tier settles at this amount and care.
        case settles(Amount, Int)
        /// The tier cannot settle; `reach` is how far it can go toward the customer, when it can give anything.
        case blocked(NegotiationPlan.EscalationStep, reach: (amount: Amount, care: Int)?)
    }

    /// Whether a tier can settle the case, and at what point of its circle.
    private func settle(at tier: Int, _ bounds: CaseBounds, _ expectation: NegotiationPlan.CustomerMark,
                        _ bottom: NegotiationPlan.CustomerMark, _ weights: AxisWeights, given: Amount?) -> TierOutcome {
        let cap = bounds.caps[tier]
        let maxCare = max(bounds.minCare, bounds.maxCare[tier])
        let neededCare = max(bounds.minCare, Int(bottom.care.rounded(.up)))
        func step(_ reason: NegotiationPlan.EscalationReason, needed: Amount, reach: Amount) -> NegotiationPlan.EscalationStep {
            .init(tier: tier, reason: reason, needed: needed, neededCare: neededCare, reach: reach, reachCare: bounds.maxCare[tier])
        }
        if let limit = bounds.owedBlocked[tier] {
            return .blocked(step(.owedAboveLimit, needed: bounds.owedTotal, reach: limit), reach: nil)
        }
        if bounds.floor > cap {
            return .blocked(step(.floorAboveCap, needed: bounds.floor, reach: cap), reach: nil)
        }
        if bounds.minCare > bounds.maxCare[tier] || bottom.care > Double(bounds.maxCare[tier]) {
            return .blocked(step(.careAboveTier, needed: bottom.amount, reach: cap), reach: nil)
        }
        // Under a case key the tier reaches no further than it, or a tier above it, stopped before; an opening already
        // offered that it cannot reach goes to a tier that can, rather than being undercut.
        let reachable = bounds.hold.reachable(tier, cap: cap)
        if let promised = bounds.hold.promised, promised > reachable {
            return .blocked(step(.earlierOfferAboveReach, needed: promised, reach: reachable), reach: nil)
        }
        // A bottom line the customer states is held to that reach; a guessed one is not, or a repeat call would climb.
        let most = bottom.source == .given ? reachable : cap
        let circle = circleAt(tier, bounds)
        let banded = NegotiationPoint(amount: Double(bottom.amount.minor), care: bottom.care - 0.5)
        let target = NegotiationPoint(amount: Double(expectation.amount.minor), care: expectation.care)
        // The circle works in floating point; whether the bottom line is met is decided again in whole minor units.
        if bottom.amount <= most, let point = circle.settlementPoint(for: target, bottomLine: banded, weights: weights) {
            var amount = wholeUnits(point.amount)
            amount = min(max(amount, bounds.floor, bottom.amount), cap)
            if let given { amount = min(amount, max(given, bounds.floor)) }
            let care = min(max(Int(point.care.rounded()), bounds.minCare, Int(bottom.care.rounded(.up))), maxCare)
            return .settles(bounds.hold.raised(amount, tier: tier, cap: cap), care)
        }
        let reach = furthest(at: tier, toward: expectation, bounds, weights, given: given, minimumCare: bottom.care - 0.5)
            .map { (amount: bounds.hold.raised(min($0.amount, reachable), tier: tier, cap: cap), care: $0.care) }
        let highest = circle.highestAmount(withCareAtLeast: bottom.care - 0.5).map { wholeUnits($0, rounding: .down) } ?? cap
        return .blocked(step(.bottomLineAboveReach, needed: bottom.amount, reach: reach?.amount ?? min(highest, reachable)), reach: reach)
    }

    /// A point of the circle, in minor units, as a whole number of major units: people settle on 798, not 797.90.
    private func wholeUnits(_ minor: Double, rounding rule: FloatingPointRoundingRule = .toNearestOrAwayFromZero) -> Amount {
        let scale = Double(policy.currencyUnit.scale)
        let whole = (minor / scale).rounded(rule) * scale
        guard whole.isFinite, whole > 0 else { return .zero }
        return whole >= Double(Amount.limit.minor) ? .limit : Amount(minor: Int64(whole))
    }

    /// The point of a tier's circle nearest a target when the bottom line's amount cannot be met.
    private func furthest(at tier: Int, toward target: NegotiationPlan.CustomerMark, _ bounds: CaseBounds, _ weights: AxisWeights,
                          given: Amount?, minimumCare: Double? = nil) -> (amount: Amount, care: Int)? {
        let cap = bounds.caps[tier]
        guard bounds.floor <= cap else { return nil }
        let circle = circleAt(tier, bounds)
        let point = NegotiationPoint(amount: Double(target.amount.minor), care: target.care)
        let limit = minimumCare.map { NegotiationPoint(amount: -.infinity, care: $0) }
        guard let found = circle.settlementPoint(for: point, bottomLine: limit, weights: weights)
                ?? circle.settlementPoint(for: point, bottomLine: nil, weights: weights) else { return nil }
        var amount = min(max(wholeUnits(found.amount), bounds.floor), cap)
        if let given, amount > max(given, bounds.floor) { amount = max(given, bounds.floor) }
        let care = min(max(Int(found.care.rounded()), bounds.minCare), max(bounds.minCare, bounds.maxCare[tier]))
        return (amount, care)
    }

    /// The same value in up to three forms, each rounded down to its own step.
    func optionPlans(_ value: Amount, forms: [CompensationForm], unit: CurrencyUnit) -> [NegotiationPlan.OptionPlan] {
        var result: [NegotiationPlan.OptionPlan] = []
        for form in forms where result.count < 3 {
            let step = policy.roundingStep(form, in: unit)
            switch form {
            case .refund, .coupon:
                let amount = value.roundedDown(to: step)
                guard amount > .zero else { continue }
                result.append(.init(form: form, quantity: amount.minor, value: amount, couponRest: .zero))
            case .points:
                let amount = value.roundedDown(to: step)
                let points = (unit.major(amount) * policy.forms.pointsPerCurrencyUnit).rounded(.down)
                guard amount > .zero, points >= 1, points < 1e15 else { continue }
                result.append(.init(form: form, quantity: Int64(points), value: amount, couponRest: .zero))
            case .freeServiceVisit, .expressReship:
                let worth = unit.amount(form == .freeServiceVisit ? policy.forms.serviceVisitValue : policy.forms.expressReshipValue)
                guard worth > .zero, worth <= value else { continue }
                let rest = (value - worth).roundedDown(to: policy.roundingStep(.coupon, in: unit))
                result.append(.init(form: form, quantity: 1, value: worth + rest, couponRest: rest))
            }
        }
        return result
    }

    /// The remedies the case calls for: the statutes' first, else the category's usual one, with an apology where we failed.
    func remedies(_ intake: Intake, _ statutes: [StatuteID], _ category: Policy.CategoryPolicy) -> [RemedyKind] {
        // Where several laws apply, the customer gets the strongest remedy any of them gives; all are still cited.
        let strength: [RemedyKind] = [.returnAndRefund, .refundUnused, .exchange, .repair]
        var kinds: [RemedyKind] = statutes.compactMap { KnowledgeBase.statute($0).remedy }
            .sorted { (strength.firstIndex(of: $0) ?? strength.count) < (strength.firstIndex(of: $1) ?? strength.count) }
            .prefix(1).map { $0 }
        if kinds.isEmpty {
            // Money paid ahead for what was never delivered goes back under the contract, whoever changed their mind.
            kinds = intake.prepaid == true ? [.refundUnused]
                : intake.fault == .customer ? [.explanation] : Array(category.remedies.prefix(1))
        }
        if intake.fault != .customer && (intake.brokenPromises > 0 || intake.category == .serviceAttitude) {
            kinds.append(.apology)
        }
        // The rules give the customer the choice of any fix up to the strongest they allow (三包 art. 9, CRPL art. 24), and a
        // customer may always take less; without a rule, the category's usual fix is the most they are offered.
        if let wants = intake.wants, let strongest = kinds.first,
           let wanted = Self.choosableRemedies.firstIndex(of: wants), let allowed = Self.choosableRemedies.firstIndex(of: strongest),
           wanted >= allowed {
            kinds[0] = wants
        }
        var unique: [RemedyKind] = []
        for kind in kinds where !unique.contains(kind) { unique.append(kind) }
        return unique
    }

    /// The fixes a customer may ask for, strongest first.
    public static let choosableRemedies: [RemedyKind] = [.returnAndRefund, .exchange, .repair]

    /// The flexibility circle of a tier for this case.
    ///
    /// Care comes in whole levels, so each level is a band one unit wide (level 2 spans 1.5 to 2.5).
    /// Were the levels the rectangle's edges, the top and bottom levels would touch the circle at a
    /// single point and allow only the middle amount, however wide the money side.
    func circleAt(_ tier: Int, _ bounds: CaseBounds) -> NegotiationCircle {
        NegotiationCircle(amounts: Double(bounds.floor.minor)...Double(max(bounds.floor, bounds.caps[tier]).minor),
                          care: (Double(bounds.minCare) - 0.5)...(Double(max(bounds.minCare, bounds.maxCare[tier])) + 0.5))
    }

    /// The largest amount an intake may state, in major units.
    static let largestAmount: Double = 1_000_000_000_000

    private func validate(_ intake: Intake) throws(AdvisorError) {
        func check(_ value: Double?, _ field: String) throws(AdvisorError) {
            guard let value else { return }
            if !value.isFinite { throw .invalidIntake(field: field, problem: .notFinite) }
            if value < 0 { throw .invalidIntake(field: field, problem: .negative) }
            // Beyond this no compensation is real, and minor units of larger amounts stop being exact.
            if value > Self.largestAmount { throw .invalidIntake(field: field, problem: .tooLarge) }
        }
        try check(intake.expectation, "expectation")
        try check(intake.bottomLine, "bottomLine")
        try check(intake.orderValue, "orderValue")
        try check(intake.loss, "loss")
        if intake.brokenPromises < 0 { throw .invalidIntake(field: "brokenPromises", problem: .negative) }
        if intake.failedRepairs < 0 { throw .invalidIntake(field: "failedRepairs", problem: .negative) }
        if let days = intake.daysSinceSale, days < 0 { throw .invalidIntake(field: "daysSinceSale", problem: .negative) }
        if let e = intake.expectation, let b = intake.bottomLine, b > e {
            throw .invalidIntake(field: "bottomLine", problem: .bottomLineAboveExpectation)
        }
    }

    /// The statutes that apply under the policy's jurisdiction, in the order of the law's strength.
    func applicableStatutes(_ intake: Intake) -> [StatuteID] {
        // A law binds only where it is law: a policy for another country, or one that names none, applies none of these.
        statutesForFacts(intake).filter { KnowledgeBase.statute($0).jurisdiction == policy.effectiveJurisdiction }
    }

    /// The statutes the intake's facts call for, wherever the policy is.
    func statutesForFacts(_ intake: Intake) -> [StatuteID] {
        var result: [StatuteID] = []
        let goods = intake.category.isAboutGoods
        let faultIsTheGoods = intake.fault != .customer
        // 三包 covers only the goods its regulations name; cars have a regulation of their own the advisor does not apply.
        let underThreeGuarantees = intake.productClass.map(Self.underThreeGuarantees) ?? false
        if goods && faultIsTheGoods && underThreeGuarantees, let days = intake.daysSinceSale {
            if days <= 7 { result.append(.threeGuaranteesReturn) } else if days <= 15 { result.append(.threeGuaranteesExchange) }
        }
        // The repairs rule runs only inside the warranty, which for the whole unit of these goods is one year.
        let insideWarranty = intake.daysSinceSale.map { $0 <= Self.wholeUnitWarrantyDays } ?? true
        if goods && faultIsTheGoods && underThreeGuarantees && insideWarranty && intake.failedRepairs >= 2 {
            result.append(.threeGuaranteesRepairs)
        }
        // Art. 24 covers all goods, not only those the 三包 list names: a return within 7 days of receipt, later only
        // where the defect is serious enough to end the contract.
        if goods && faultIsTheGoods, (intake.daysSinceSale.map { $0 <= 7 } ?? false) || intake.unfitForPurpose == true {
            result.append(.qualityReturn)
        }
        if intake.distanceSale && !intake.distanceSaleExempt, let days = intake.daysSinceSale, days <= 7 {
            result.append(.distanceSaleReturn)
        }
        // A prepayment is the law's business only where we failed to deliver; a change of mind follows the contract.
        if intake.prepaid == true && intake.fault == .own { result.append(.prepaidRefund) }
        let delay = intake.category == .logisticsDelay || intake.category == .installationDelay
        if delay && faultIsTheGoods && intake.unfitForPurpose == true { result.append(.contractEnded) }
        if intake.fraud { result.append(.fraud) }
        if intake.foodSafety { result.append(.foodSafety) }
        if (intake.loss ?? 0) > 0 && Self.owesLoss(intake.fault) { result.append(.lossOwed) }
        if intake.knewDefect == true && intake.seriousHarm == true && faultIsTheGoods { result.append(.knowingDefectHarm) }
        return result
    }

    /// Whether the three-guarantees regulations cover a product class: listed goods, phones and computers.
    ///
    /// A switch rather than a set: the first set of a type makes the runtime search every conformance in the process,
    /// a noticeable part of a single advice's start-up.
    static func underThreeGuarantees(_ productClass: ProductClass) -> Bool {
        switch productClass {
        case .listed, .phone, .computer: true
        case .car, .other: false
        }
    }

    /// The whole-unit warranty of the listed goods, phones and computers, in days.
    static let wholeUnitWarrantyDays = 365

    /// Whether a loss is ours to pay: our fault, or a third party's, since the seller pays first and recovers it later.
    static func owesLoss(_ fault: Fault) -> Bool { fault == .own || fault == .thirdParty }

    /// The facts a statute would need that the intake leaves out, where a rule might apply.
    func missingFacts(_ intake: Intake) -> [NegotiationPlan.MissingFact] {
        let goods = intake.category.isAboutGoods
        guard goods && intake.fault != .customer else { return [] }
        let windowOpen = (intake.daysSinceSale.map { $0 <= 15 } ?? false) || intake.failedRepairs >= 2
        return intake.productClass == nil && windowOpen ? [.productClass] : []
    }

    func caseBounds(_ intake: Intake, _ category: Policy.CategoryPolicy, _ statutes: [StatuteID]) -> CaseBounds {
        let unit = policy.currencyUnit
        let m = policy.modifiers
        let faultFactor = m.fault[intake.fault.rawValue] ?? 1
        let multiplier = (m.severity[intake.severity.rawValue] ?? 1) * faultFactor
            * (1 + m.perBrokenPromise * Double(min(intake.brokenPromises, m.maxBrokenPromisesCounted)))
            * (m.customerValue[intake.customerValue.rawValue] ?? 1)
        let loss = statutes.contains(.lossOwed) ? unit.amount(intake.loss ?? 0, rounding: .down) : .zero
        let statutory = statutes.compactMap { KnowledgeBase.statute($0).floor(orderValue: intake.orderValue, loss: intake.loss) }.max()
            .map { unit.amount($0, rounding: .up) }
        // Where the customer caused the problem, or the category carries no compensation, none is owed:
        // the result side of the rectangle has no width and the advice offers care and explanation.
        let compensable = faultFactor > 0 && category.caps.values.contains { unit.amount($0, rounding: .down) > .zero }
        var limits: [NegotiationPlan.Limit] = []
        var floor = compensable ? unit.amount((category.floor * multiplier).saturated, rounding: .up) : .zero
        let topCap = unit.amount(category.caps[policy.tiers.last ?? ""] ?? 0, rounding: .down)
        if floor > topCap {
            limits.append(.scaledFloorAboveTopCap(scaled: floor, used: topCap))
            floor = topCap
        }
        if let statutory { floor = max(floor, statutory) }
        let ceiling = ceiling(category, orderValue: intake.orderValue).map { max($0, floor) }
        let owedTotal = loss + (statutory ?? .zero)
        // Without limits for owed payments, a tier signs what its own cap in this category allows; the top tier any sum.
        let owedLimits: [Amount?] = policy.tiers.indices.map { index in
            let tier = policy.tiers[index]
            if let limit = policy.owedLimits?[tier] { return unit.amount(limit, rounding: .down) }
            return index == policy.tiers.count - 1 ? nil : unit.amount(category.caps[tier] ?? 0, rounding: .down)
        }
        var owedBlocked: [Int: Amount] = [:]
        var caps = policy.tiers.indices.map { index -> Amount in
            let tier = policy.tiers[index]
            guard compensable || statutory != nil else { return .zero }
            let goodwillCap = unit.amount(category.caps[tier] ?? 0, rounding: .down)
            let cap = min(goodwillCap, ceiling ?? goodwillCap)
            // The law's amount is owed money, not goodwill: a tier that may sign for it may pay it whatever its cap.
            guard let statutory else { return cap }
            if let limit = owedLimits[index], limit < owedTotal {
                if policy.owedLimits != nil { owedBlocked[index] = limit }
                return min(cap, statutory - Amount(minor: 1))
            }
            return max(cap, statutory)
        }
        // The law's floor is always within someone's authority: the top tier's cap rises to meet it.
        if let statutory, let last = caps.indices.last, caps[last] < statutory {
            caps[last] = statutory
            owedBlocked[last] = nil
            limits.append(.statutoryAboveEveryCap(statutory))
        }
        if let last = owedLimits.last, let top = last, owedTotal > top {
            limits.append(.owedAboveEveryLimit(owed: owedTotal, topLimit: top))
        }
        let brokenPromiseCare = intake.brokenPromises > 0 ? 1 : 0
        let criticalCare = intake.severity == .critical ? 1 : 0
        let minCare = min(category.minCare + brokenPromiseCare + criticalCare, 4)
        let maxCare = policy.tiers.map { category.maxCare[$0] ?? 0 }
        let scaledStandard = unit.amount((category.standard * multiplier).saturated)
        let standard = compensable ? min(max(scaledStandard, floor), max(floor, caps.last ?? floor)) : floor
        return CaseBounds(floor: floor, statutoryFloor: statutory, standard: standard, ceiling: ceiling, caps: caps,
                          minCare: minCare, maxCare: maxCare, compensable: compensable || statutory != nil, limits: limits,
                          lossOwed: loss, owedBlocked: owedBlocked, owedLimits: owedLimits)
    }

    /// The category's ceiling for this order: its share of the order value, its fixed amount, or the higher of the two.
    func ceiling(_ category: Policy.CategoryPolicy, orderValue: Double?) -> Amount? {
        let unit = policy.currencyUnit
        let rule = category.ceiling ?? Policy.CeilingRule(orderShare: policy.ceilingShareOfOrderValue)
        // The higher of the two is unknown while the order value is: only a fixed ceiling binds such a case.
        if rule.orderShare != nil && orderValue == nil { return nil }
        let byShare = rule.orderShare.flatMap { share in orderValue.map { unit.amount(($0 * share).saturated, rounding: .down) } }
        let fixed = rule.amount.map { unit.amount($0, rounding: .down) }
        switch (byShare, fixed) {
        case let (share?, amount?): return max(share, amount)
        case let (share?, nil): return share
        case let (nil, amount?): return amount
        case (nil, nil): return nil
        }
    }

    /// The customer's expectation and bottom line: as entered, or estimated from the case and the temperament.
    ///
    /// The care side is always estimated, so it is held within what the agent's own tier may give:
    /// a guess alone must never send a case up the tiers.
    func customerMarks(_ intake: Intake, _ bounds: CaseBounds, startTier: Int) -> (NegotiationPlan.CustomerMark, NegotiationPlan.CustomerMark) {
        let unit = policy.currencyUnit
        let (expectedCare, estimatedBottomCare): (Double, Double) = switch intake.temperament {
        case .emotional: (3, 2)
        case .rational: (1, 0)
        case nil: (2, 1)
        }
        let bottomCare = min(estimatedBottomCare, Double(max(bounds.minCare, bounds.maxCare[startTier])))
        // A customer owed a statutory amount expects what the law says; otherwise about twice the usual amount.
        // A customer already passed up the tiers has turned down what the tier below could give, so a higher tier's reader
        // should expect to be asked for as much as it may give; the estimate must not pin every tier to the same range.
        let passedUp = startTier > 0 ? bounds.caps[startTier] : .zero
        let estimatedExpectation = !bounds.compensable ? .zero
            : bounds.statutoryFloor != nil ? bounds.floor : max(bounds.floor, bounds.standard + bounds.standard, passedUp)
        let estimatedBottom = bounds.compensable ? max(bounds.floor, Amount(minor: bounds.standard.minor / 2)) : .zero
        // The customer's figures cover everything they ask; the loss is paid on its own line, so the ladder bargains
        // only over the rest.
        let givenExpectation = intake.expectation.map { unit.amount($0).remaining(after: bounds.lossOwed) }
        let givenBottom = intake.bottomLine.map { unit.amount($0).remaining(after: bounds.lossOwed) }
        let expectation = givenExpectation ?? max(estimatedExpectation, givenBottom ?? .zero)
        let bottom = givenBottom ?? min(estimatedBottom, expectation)
        return (.init(amount: expectation, care: expectedCare, source: givenExpectation == nil ? .estimated : .given),
                .init(amount: bottom, care: bottomCare, source: givenBottom == nil ? .estimated : .given))
    }
}
