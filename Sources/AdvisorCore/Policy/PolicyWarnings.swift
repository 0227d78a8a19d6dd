import JSON
import Knowledge

/// Something a valid policy allows that would make everyday handling misbehave, with where it is and what follows.
public struct PolicyWarning: Equatable, Sendable {
    /// The JSON path of the value to look at.
    var path: String
    var kind: Kind

    /// Creates a warning.
    public init(path: String, kind: Kind) {
        self.path = path
        self.kind = kind
    }

    /// The ways a valid policy can still misbehave.
    public enum Kind: Equatable, Sendable {
        /// A tier's cap is under the category's floor: every case of the category goes past that tier.
        case capBelowFloor(tier: String, cap: Double, floor: Double)
        /// The usual amount is above what even the top tier may give.
        case standardAboveEveryCap(standard: Double, topCap: Double)
        /// A tier may give no more than the one below it: handing a case up gains the customer nothing.
        case capStopsRising(lowerTier: String, tier: String, cap: Double)
        /// A fixed ceiling at or under the cap of the tier below: this tier can never give more, whatever the case.
        case ceilingMakesTierUnreachable(tier: String, lowerTier: String, ceiling: Double)
    }

    /// The warnings of a policy the reader accepted, category by category in the policy's order of tiers.
    public static func check(_ policy: Policy) -> [PolicyWarning] {
        var warnings: [PolicyWarning] = []
        for category in ComplaintCategoryID.allCases {
            guard let bounds = policy.category(category) else { continue }
            let base = JSONPath.root.appending("categories").appending(category.rawValue)
            for tier in policy.tiers {
                let cap = bounds.caps[tier] ?? 0
                if bounds.floor > 0 && cap < bounds.floor {
                    warnings.append(PolicyWarning(path: base.appending("caps").appending(tier).description, kind: .capBelowFloor(tier: tier, cap: cap, floor: bounds.floor)))
                }
            }
            let topCap = policy.tiers.last.flatMap { bounds.caps[$0] } ?? 0
            if bounds.standard > topCap {
                warnings.append(PolicyWarning(path: base.appending("standard").description, kind: .standardAboveEveryCap(standard: bounds.standard, topCap: topCap)))
            }
            for (lower, tier) in zip(policy.tiers, policy.tiers.dropFirst()) {
                let cap = bounds.caps[tier] ?? 0
                if cap > 0 && cap == bounds.caps[lower] {
                    warnings.append(PolicyWarning(path: base.appending("caps").appending(tier).description, kind: .capStopsRising(lowerTier: lower, tier: tier, cap: cap)))
                }
                // Only a fixed ceiling binds every case; a share of the order rises with the order.
                if let ceiling = bounds.ceiling, ceiling.orderShare == nil, let amount = ceiling.amount,
                   cap > (bounds.caps[lower] ?? 0), amount <= (bounds.caps[lower] ?? 0) {
                    warnings.append(PolicyWarning(path: base.appending("ceiling").appending("amount").description,
                                                  kind: .ceilingMakesTierUnreachable(tier: tier, lowerTier: lower, ceiling: amount)))
                }
            }
        }
        return warnings
    }

    /// The warning in one language: what is set, and what it does to the calls.
    public func message(in language: Language) -> String {
        let text: Bilingual = switch kind {
        case let .capBelowFloor(tier, cap, floor):
            Bilingual(zh: "\(tier) 的上限 \(Money.plain(cap)) 低于下限 \(Money.plain(floor))：这一类的每个案子都会越过 \(tier) 往上转",
                      en: "\(tier) may give \(Money.plain(cap)), under the floor of \(Money.plain(floor)): every case of this category goes past \(tier)")
        case let .standardAboveEveryCap(standard, topCap):
            Bilingual(zh: "标准金额 \(Money.plain(standard)) 高于最高层级的上限 \(Money.plain(topCap))：实际按上限给，标准形同虚设",
                      en: "the standard of \(Money.plain(standard)) is above the top tier's cap of \(Money.plain(topCap)): it can never be paid as written")
        case let .capStopsRising(lower, tier, cap):
            Bilingual(zh: "\(tier) 的上限和 \(lower) 一样，都是 \(Money.plain(cap))：转给 \(tier) 不会多给客户任何东西",
                      en: "\(tier) may give no more than \(lower) (\(Money.plain(cap))): handing a case up gains the customer nothing")
        case let .ceilingMakesTierUnreachable(tier, lower, ceiling):
            Bilingual(zh: "封顶金额 \(Money.plain(ceiling)) 不高于 \(lower) 的上限：\(tier) 在这一类永远给不到比 \(lower) 更多",
                      en: "the ceiling of \(Money.plain(ceiling)) is no higher than \(lower)'s cap: \(tier) can never give more than \(lower) in this category")
        }
        return "\(path): " + text.text(language)
    }
}
