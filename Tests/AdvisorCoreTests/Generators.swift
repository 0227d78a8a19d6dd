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
    /// A huge or a tiny amount, within what the readers accept.
    mutating func extreme() -> Double { chance(0.5) ? double(1e9...TypedAmount.largest) : double(0...1) }

    mutating func amount(_ high: Double) -> Double { chance(0.5) ? double(0...high).rounded(.down) : double(0...high) }

    /// A policy that `PolicyReader` accepts, built to its rules: caps and care never fall up the tiers, the floor is
    /// at most the standard and the top tier's cap, and the least care at most the top tier's most care.
    mutating func policy() -> Policy {
        if chance(0.2) { return .builtIn }
        let tiers = tierIDs(int(1...5))
        let currency = pick(["CNY", "USD", "EUR", "JPY"])
        // Amounts are drawn in yuan and scaled, so a dollar or euro policy has smaller numbers and a yen one larger;
        // yen have no minor unit, so yen amounts are whole.
        let scale = ["CNY": 1, "USD": 0.15, "EUR": 0.13, "JPY": 20][currency]!
        func money(_ high: Double) -> Double {
            let value = amount(high) * scale
            return currency == "JPY" ? value.rounded(.down) : value
        }
        var categories: [String: Policy.CategoryPolicy] = [:]
        for category in ComplaintCategoryID.allCases {
            // Some categories give no money at any tier, as usage questions do in the built-in policy.
            let noMoney = chance(0.05)
            var cap = noMoney || chance(0.1) ? 0 : money(500)
            var care = int(0...3)
            var caps: [String: Double] = [:], maxCare: [String: Int] = [:]
            for tier in tiers {
                caps[tier] = cap
                maxCare[tier] = care
                if !noMoney && !chance(0.2) { cap += money(2000) }
                care = min(4, care + int(0...1))
            }
            let topCap = caps[tiers.last!]!, topCare = maxCare[tiers.last!]!
            let floor = chance(0.3) ? 0 : min(money(200), topCap)
            categories[category.rawValue] = Policy.CategoryPolicy(
                remedies: Array(RemedyKind.allCases.shuffled(using: &random).prefix(int(1...3))),
                floor: floor, standard: floor + money(300), caps: caps,
                forms: Array(CompensationForm.allCases.shuffled(using: &random).prefix(int(1...CompensationForm.allCases.count))),
                minCare: int(0...topCare), maxCare: maxCare)
        }
        return Policy(
            name: "random", version: "1", currency: currency, tiers: tiers,
            ceilingShareOfOrderValue: double(0.5...3),
            forms: .init(pointsPerCurrencyUnit: double(1...100) / scale, serviceVisitValue: money(300), expressReshipValue: money(50)),
            modifiers: .init(
                severity: Dictionary(uniqueKeysWithValues: Severity.allCases.map { ($0.rawValue, double(0...3)) }),
                fault: Dictionary(uniqueKeysWithValues: Fault.allCases.map { ($0.rawValue, chance(0.2) ? 0 : double(0...1.5)) }),
                perBrokenPromise: double(0...1), maxBrokenPromisesCounted: int(0...6),
                customerValue: Dictionary(uniqueKeysWithValues: CustomerValue.allCases.map { ($0.rawValue, double(0.5...2)) })),
            categories: categories)
    }

    /// `count` distinct tier ids, lowest first: role names, sometimes numbered or in Chinese, as policies name them.
    mutating func tierIDs(_ count: Int) -> [String] {
        let roles = ["agent", "senior", "lead", "supervisor", "manager", "director", "desk", "escalations", "一线", "组长", "主管", "经理"]
        var ids: [String] = []
        while ids.count < count {
            let role = pick(roles)
            let id = chance(0.5) ? role : "\(role)-\(int(1...9))"
            if !ids.contains(id) { ids.append(id) }
        }
        return ids
    }

    /// An intake valid for `policy`, with each optional field sometimes left blank.
    mutating func intake(for policy: Policy) -> Intake {
        var intake = Intake(category: pick(ComplaintCategoryID.allCases))
        intake.severity = pick(Severity.allCases)
        intake.fault = pick(Fault.allCases)
        intake.brokenPromises = chance(0.6) ? 0 : int(0...8)
        intake.type = chance(0.3) ? nil : pick(ComplainantTypeID.allCases)
        intake.temperament = chance(0.3) ? nil : pick(TemperamentID.allCases)
        // One case in twenty asks for an extreme: up to the largest amount a reader accepts, or a few fen.
        let expectation = chance(0.3) ? nil : chance(0.05) ? extreme() : amount(chance(0.2) ? 50_000 : 3_000)
        intake.expectation = expectation
        if chance(0.6) { intake.bottomLine = expectation.map { amount($0) } ?? (chance(0.05) ? extreme() : amount(2_000)) }
        if chance(0.7) { intake.orderValue = amount(chance(0.1) ? 100_000 : 5_000) }
        intake.tier = pick(policy.tiers)
        intake.customerValue = pick(CustomerValue.allCases)
        intake.daysSinceSale = chance(0.5) ? nil : int(0...60)
        intake.failedRepairs = chance(0.8) ? 0 : int(0...3)
        intake.distanceSale = chance(0.3)
        intake.distanceSaleExempt = chance(0.1)
        intake.fraud = chance(0.05)
        intake.foodSafety = chance(0.03)
        intake.productClass = chance(0.3) ? nil : pick(ProductClass.allCases)
        if chance(0.15) { intake.loss = amount(chance(0.1) ? 200_000 : 5_000) }
        intake.prepaid = chance(0.1) ? true : nil
        intake.seriousHarm = chance(0.05) ? true : nil
        intake.knewDefect = chance(0.05) ? true : nil
        intake.unfitForPurpose = chance(0.1) ? true : nil
        return intake
    }

    /// Earlier advice under a case key for `intake`, as the log would hold it, in one run of three: the same case
    /// advised before with other asks, tiers and temperaments, each under the ones before it or not; now and then after
    /// a fact changed, under another policy's stamp, with figures made by hand, or with an outcome.
    mutating func history(for intake: Intake, policy: Policy) -> CaseHistory? {
        guard chance(0.3) else { return nil }
        let engine = AdviceEngine(policy: policy)
        var entries: [CaseHistory.Entry] = []
        for n in 0..<int(1...3) {
            var before = intake
            before.expectation = chance(0.4) ? nil : chance(0.05) ? extreme() : amount(chance(0.2) ? 50_000 : 3_000)
            before.bottomLine = before.expectation.flatMap { chance(0.5) ? amount($0) : nil }
            before.temperament = chance(0.3) ? nil : pick(TemperamentID.allCases)
            before.tier = pick(policy.tiers)
            if chance(0.15) { before.severity = pick(Severity.allCases) }
            if chance(0.1) { before.orderValue = amount(5_000) }
            let held = chance(0.5) && !entries.isEmpty ? CaseHistory(entries: entries) : nil
            guard let advice = try? engine.advise(before, language: .en, earlier: held) else { continue }
            var entry = CaseHistory.Entry(time: "2026-03-0\(n + 1)T09:30:00Z", intake: before, advice: advice, samePolicy: !chance(0.1))
            if chance(0.15), let ladder = entry.ladder, let bounds = entry.bounds {
                let top = max(bounds.tierCaps.last?.cap ?? ladder.walkAway, 1)
                let opening = amount(top * 1.2), walkAway = amount(top * 1.2)
                entry.ladder = .init(tier: ladder.tier, opening: min(opening, walkAway), walkAway: max(opening, walkAway))
            }
            if chance(0.3) {
                entry.outcomes = [.init(time: "2026-03-0\(n + 1)T10:00:00Z", settled: amount(2_000), accepted: chance(0.5))]
            }
            entries.append(entry)
        }
        return entries.isEmpty ? nil : CaseHistory(entries: entries)
    }
}
