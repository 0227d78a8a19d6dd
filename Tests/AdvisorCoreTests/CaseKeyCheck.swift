import AdvisorCore
import Knowledge
import Testing

/// Checks one plan made under a case key against the advices logged before it (docs/DESIGN.md, "Invariants", 12): the
/// reader's ladder opens no lower than an opening offered before and stops no higher than a walk-away given before,
/// under the same bounds, or the plan says why; and the card shows what came before.
struct CaseKeyCheck {
    let plan: NegotiationPlan
    let advice: Advice
    let history: CaseHistory
    let policy: Policy
    let context: String

    /// Whether an earlier advice saw the bounds this advice shows, worked out here from the two advices' own figures.
    func sameBounds(_ entry: CaseHistory.Entry) -> Bool {
        guard let earlier = entry.bounds, entry.currency == policy.currency else { return false }
        let now = advice.bounds
        func caps(_ bounds: Advice.Bounds) -> [String] { bounds.tierCaps.map { "\($0.tier) \($0.cap) \($0.maxCare)" } }
        return earlier.floor == now.floor && earlier.statutoryFloor == now.statutoryFloor && earlier.standard == now.standard
            && earlier.minCare == now.minCare && caps(earlier) == caps(now)
    }

    func departs(_ matches: (NegotiationPlan.Departure) -> Bool) -> Bool {
        plan.earlier?.departures.contains(where: matches) ?? false
    }

    func run() {
        let unit = plan.currency
        let reader = plan.readerTier
        guard let earlier = plan.earlier else {
            Issue.record("a case history without an earlier part in the plan: \(context)")
            return
        }
        #expect(earlier.advices.count == history.entries.count, "earlier advices not all reported: \(context)")
        let binding = history.entries.filter(sameBounds)
        let offered = binding.compactMap { $0.ladder.flatMap { unit.amount($0.walkAway) > .zero ? unit.amount($0.opening) : nil } }
            .filter { $0 > .zero }.max()
        let held = binding.compactMap { entry -> Amount? in
            guard let ladder = entry.ladder, unit.amount(ladder.walkAway) > .zero, let tier = policy.tierIndex(ladder.tier),
                  tier >= reader else { return nil }
            return max(unit.amount(ladder.walkAway), plan.floor)
        }.min()
        let asked = plan.expectation.source == .given ? max(plan.expectation.amount, plan.floor) : nil
        let promised = offered.map { offered in asked.map { min(offered, $0) } ?? offered }
        // The customer asking less than was offered is the one reason to open lower, and it is said exactly then.
        let asksLess = departs { if case .asksLess = $0 { true } else { false } }
        #expect(asksLess == (offered.map { offered in promised.map { $0 < offered } ?? false } ?? false),
                "asking less said \(asksLess), offered \(String(describing: offered)), now at most \(String(describing: promised)): \(context)")
        if let ladder = plan.ladder {
            if let offered, ladder.opening < offered {
                #expect(asksLess, "opens at \(ladder.opening), under the \(offered) offered before, without saying why: \(context)")
            }
            if let held {
                #expect(ladder.walkAway <= held, "stops at \(ladder.walkAway), above the \(held) given before at this tier or above: \(context)")
            }
            for entry in binding {
                guard let before = entry.ladder, let tier = policy.tierIndex(before.tier), tier < reader,
                      unit.amount(before.walkAway) < ladder.walkAway else { continue }
                #expect(departs { if case .higherTier = $0 { true } else { false } },
                        "stops above a lower tier's earlier \(before.walkAway) without saying why: \(context)")
            }
            for entry in history.entries where !sameBounds(entry) {
                guard let before = entry.ladder,
                      ladder.opening < unit.amount(before.opening) || ladder.walkAway > unit.amount(before.walkAway) else { continue }
                #expect(departs { if case .termsChanged = $0 { true } else { false } },
                        "departs from figures given under other bounds without saying why: \(context)")
            }
        } else if let promised, plan.moneyTalk, promised > min(plan.readerRectangle.cap, held ?? plan.readerRectangle.cap) {
            // No lower offer: the reader hands the case to a tier that can honour what was offered.
            let readerStep = plan.escalation.first { $0.tier == reader }
            #expect(readerStep != nil, "an earlier offer beyond the reader, and no hand-over: \(context)")
        }
        // The card says what was offered before, right under the money plan.
        let card = advice.renderCard().split(separator: "\n").map(String.init)
        let label = advice.language == .zh ? "此前：" : "Earlier: "
        guard let index = card.firstIndex(where: { $0.hasPrefix(label) }) else {
            Issue.record("no earlier line on the card: \(context)")
            return
        }
        let line = card[index...].prefix(3).joined(separator: " ")
        if let last = history.entries.last?.ladder {
            #expect(line.contains(Money.plain(last.opening)) && line.contains(Money.plain(last.walkAway)),
                    "the earlier line lacks the last offer \(last.opening) → \(last.walkAway): \(line) \(context)")
        }
    }
}
