import Knowledge

/// What earlier advice under a case key holds a new plan to, in exact amounts (docs/DESIGN.md, "A case key").
///
/// Only advice given under the same bounds holds: the same floor, standard, least care and every tier's cap and care,
/// in the same currency. Then the case is the same case to the policy, whatever the customer now asks.
struct EarlierHold: Sendable {
    /// The highest opening offered before; nil when none was.
    var offered: Amount?
    /// The offer to honour now: `offered`, or what the customer now asks when that is less (never under the floor).
    var promised: Amount?
    /// By tier index, the lowest walk-away given before at that tier or a higher one.
    var walkAway: [Int: Amount] = [:]

    static let none = EarlierHold()

    /// The most a tier may go to: its cap, or less where it, or a tier above it, stopped before.
    func reachable(_ tier: Int, cap: Amount) -> Amount {
        walkAway[tier].map { min($0, cap) } ?? cap
    }

    /// An amount raised to the offer to honour, where the tier can reach that offer.
    func raised(_ amount: Amount, tier: Int, cap: Amount) -> Amount {
        guard let promised, promised <= reachable(tier, cap: cap) else { return amount }
        return max(amount, promised)
    }
}

extension AdviceEngine {
    /// Whether an earlier advice saw the bounds this case has now, in this currency: only then do its figures hold.
    func sameBounds(_ entry: CaseHistory.Entry, _ bounds: CaseBounds) -> Bool {
        guard let earlier = entry.bounds, entry.currency == policy.currency, earlier.tierCaps.count == policy.tiers.count else {
            return false
        }
        let major = policy.currencyUnit.major
        let capsMatch = zip(earlier.tierCaps, policy.tiers.indices).allSatisfy { cap, index in
            cap.tier == policy.tiers[index] && cap.cap == major(bounds.caps[index])
                && cap.maxCare == max(bounds.minCare, bounds.maxCare[index])
        }
        return capsMatch && earlier.floor == major(bounds.floor) && earlier.statutoryFloor == bounds.statutoryFloor.map(major)
            && earlier.standard == major(bounds.standard) && earlier.minCare == bounds.minCare
    }

    /// What the earlier advice under the case key holds this case to.
    /// - Parameter given: The expectation the customer states now, after any loss owed; nil when they state none.
    func hold(_ history: CaseHistory, _ bounds: CaseBounds, given: Amount?) -> EarlierHold {
        let unit = policy.currencyUnit
        var hold = EarlierHold()
        for entry in history.entries where sameBounds(entry, bounds) {
            // A ladder that stopped at nothing offered nothing, so it holds nothing either.
            guard let ladder = entry.ladder, unit.amount(ladder.walkAway) > .zero, let tier = policy.tierIndex(ladder.tier) else { continue }
            // A walk-away under the floor is from no plan of these bounds (a hand-edited log, say): the floor still holds.
            let opening = unit.amount(ladder.opening), walkAway = max(unit.amount(ladder.walkAway), bounds.floor)
            if opening > .zero { hold.offered = max(hold.offered ?? opening, opening) }
            // Where a tier stopped binds it and every tier under it; a tier above may go further, and the card says why.
            for below in 0...tier { hold.walkAway[below] = min(hold.walkAway[below] ?? walkAway, walkAway) }
        }
        // A customer who now asks for less than was offered gets what they ask: the offer is not pressed on them.
        hold.promised = hold.offered.map { offered in given.map { min(offered, max($0, bounds.floor)) } ?? offered }
        return hold
    }

    /// The earlier advices as the plan reports them, and why the plan departs from their figures where it does.
    func earlierCase(_ history: CaseHistory, _ bounds: CaseBounds, intake: Intake, reader: Int,
                     readerLadder: OfferLadder?) -> NegotiationPlan.EarlierCase {
        let unit = policy.currencyUnit
        var advices: [NegotiationPlan.EarlierAdvice] = []
        var policyChanged = false, unbound = false
        var facts = Set<CaseFact>()
        var lowerTierStop: (tier: Int, walkAway: Amount)? = nil
        for entry in history.entries {
            let binding = sameBounds(entry, bounds)
            let tier = policy.tierIndex(entry.ladder?.tier ?? entry.intake.tier)
            advices.append(.init(time: entry.time, tier: tier, opening: entry.ladder?.opening, walkAway: entry.ladder?.walkAway,
                                 binding: binding, outcomes: entry.outcomes))
            guard let ladder = entry.ladder else { continue }
            if !binding {
                unbound = true
                policyChanged = policyChanged || !entry.samePolicy
                facts.formUnion(CaseFact.changed(from: entry.intake, to: intake))
            } else if let tier, tier < reader, let stop = readerLadder?.walkAway, unit.amount(ladder.walkAway) < stop,
                      unit.amount(ladder.walkAway) < lowerTierStop?.walkAway ?? .limit {
                lowerTierStop = (tier, unit.amount(ladder.walkAway))
            }
        }
        var departures: [NegotiationPlan.Departure] = []
        if let offered = bounds.hold.offered, let promised = bounds.hold.promised, promised < offered {
            departures.append(.asksLess(asked: promised, offered: offered))
        }
        if let lowerTierStop { departures.append(.higherTier(tier: lowerTierStop.tier, walkAway: lowerTierStop.walkAway)) }
        if unbound { departures.append(.termsChanged(policy: policyChanged, facts: CaseFact.allCases.filter(facts.contains))) }
        return .init(advices: advices, openAtLeast: bounds.hold.promised, walkAwayAtMost: bounds.hold.walkAway[reader],
                     departures: departures)
    }
}
