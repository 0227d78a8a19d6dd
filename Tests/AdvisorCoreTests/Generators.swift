import AdvisorCore
import Knowledge

/// Random but valid policies and intakes for the property tests, drawn from a seeded generator.
struct CaseGenerator {
    var random: SplitMix64

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
    mutating func double(_ range: ClosedRange<Double>) -> Double { Double.random(in: range, using: &random) }
    mutating func chance(_ p: Double) -> Bool { double(0...1) < p }
    mutating func pick<T>(_ values: [T]) -> T { values[int(0...values.count - 1)] }
    /// An amount in 0...high, whole half the time; never above `high`.
    mutating func amount(_ high: Double) -> Double { chance(0.5) ? double(0...high).rounded(.down) : double(0...high) }

    /// A policy that passes the policy checker: caps and care never fall up the tiers.
    mutating func policy() -> Policy {
        if chance(0.3) { return .builtIn }
        let tierCount = int(1...5)
        let tiers = (0..<tierCount).map { "tier\($0)" }
        var categories: [String: Policy.CategoryPolicy] = [:]
        for category in ComplaintCategoryID.allCases {
            var cap = chance(0.1) ? 0 : amount(500)
            var care = int(0...2)
            var caps: [String: Double] = [:], maxCare: [String: Int] = [:]
            for tier in tiers {
                caps[tier] = cap
                maxCare[tier] = care
                cap += chance(0.2) ? 0 : amount(2000)
                care = min(4, care + int(0...1))
            }
            let floor = chance(0.3) ? 0 : amount(200)
            categories[category.rawValue] = Policy.CategoryPolicy(
                remedies: [pick(RemedyKind.allCases)], floor: floor, standard: floor + amount(300),
                caps: caps, forms: Array(CompensationForm.allCases.shuffled(using: &random).prefix(int(1...5))),
                minCare: int(0...3), maxCare: maxCare)
        }
        return Policy(
            name: "random", version: "1", currency: pick(["CNY", "USD"]), tiers: tiers,
            ceilingShareOfOrderValue: double(0.5...3),
            forms: .init(pointsPerCurrencyUnit: double(1...100), serviceVisitValue: amount(300), expressReshipValue: amount(50)),
            modifiers: .init(
                severity: Dictionary(uniqueKeysWithValues: Severity.allCases.map { ($0.rawValue, double(0...3)) }),
                fault: Dictionary(uniqueKeysWithValues: Fault.allCases.map { ($0.rawValue, chance(0.2) ? 0 : double(0...1.5)) }),
                perBrokenPromise: double(0...1), maxBrokenPromisesCounted: int(0...6),
                customerValue: Dictionary(uniqueKeysWithValues: CustomerValue.allCases.map { ($0.rawValue, double(0.5...2)) })),
            categories: categories)
    }

    /// An intake valid for `policy`, with each optional field sometimes left blank.
    mutating func intake(for policy: Policy) -> Intake {
        var intake = Intake(category: pick(ComplaintCategoryID.allCases))
        intake.severity = pick(Severity.allCases)
        intake.fault = pick(Fault.allCases)
        intake.brokenPromises = chance(0.6) ? 0 : int(0...8)
        intake.type = chance(0.3) ? nil : pick(ComplainantTypeID.allCases)
        intake.temperament = chance(0.3) ? nil : pick(TemperamentID.allCases)
        let expectation = chance(0.3) ? nil : amount(chance(0.2) ? 50_000 : 3_000)
        intake.expectation = expectation
        if chance(0.6) { intake.bottomLine = expectation.map { amount($0) } ?? amount(2_000) }
        if chance(0.7) { intake.orderValue = amount(chance(0.1) ? 100_000 : 5_000) }
        intake.tier = pick(policy.tiers)
        intake.customerValue = pick(CustomerValue.allCases)
        intake.daysSinceSale = chance(0.5) ? nil : int(0...60)
        intake.failedRepairs = chance(0.8) ? 0 : int(0...3)
        intake.distanceSale = chance(0.3)
        intake.distanceSaleExempt = chance(0.1)
        intake.fraud = chance(0.05)
        intake.foodSafety = chance(0.03)
        return intake
    }
}
