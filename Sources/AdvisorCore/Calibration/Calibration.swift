import Knowledge

/// How a policy's advice compares with real settlements: the remedy, and where the real money falls on the ladders.
public struct Calibration: Codable, Equatable, Sendable {
    var policy: String
    /// The half never used for tuning: the figures to quote.
    public var heldOut: Figures
    /// The half the built-in policy may be tuned on.
    public var tuning: Figures
    public var results: [Result]

    /// Shares over a set of cases, each between 0 and 1.
    public struct Figures: Codable, Equatable, Sendable {
        public var cases: Int
        public var remedyAgrees: Double
        public var insideAgentLadder: Double
        public var insideSomeLadder: Double
        var belowEveryLadder: Double
        var aboveEveryLadder: Double
    }

    /// Where a real compensation falls against the advice.
    public enum Placement: String, Codable, Equatable, Sendable {
        case insideAgentLadder = "inside-agent-ladder"
        case insideHigherLadder = "inside-higher-ladder"
        case betweenLadders = "between-ladders"
        case belowEveryLadder = "below-every-ladder"
        case aboveEveryLadder = "above-every-ladder"
    }

    /// One case against the advice.
    public struct Result: Codable, Equatable, Sendable {
        var id: String
        public var source: String
        public var heldOut: Bool
        var category: ComplaintCategoryID
        var caseRemedies: [RemedyKind]
        public var advisedRemedies: [RemedyKind]
        public var remedyAgrees: Bool
        var compensation: Double
        /// Each tier's ladder as opening and walk-away, lowest tier first; nil where the tier offers no money.
        public var ladders: [Range?]
        public var placement: Placement

        /// One tier's ladder.
        public struct Range: Codable, Equatable, Sendable {
            var tier: String
            public var low: Double
            public var high: Double
        }
    }

    /// Remedies that fix the problem itself; an apology or an explanation comes on top of any of them.
    static let substantive: Set<RemedyKind> = [.repair, .exchange, .returnAndRefund, .reship, .expedite, .correctCharge]

    /// A remedy as published cases name it: they call giving back an unused prepayment a refund.
    static func comparable(_ kind: RemedyKind) -> RemedyKind {
        kind == .refundUnused ? .returnAndRefund : kind
    }

    /// Compares the advice of a policy with each case's real outcome, reading every case as a frontline agent would.
    public init(cases: [CalibrationCase], policy: Policy) {
        self.policy = "\(policy.name) \(policy.version)"
        let engine = AdviceEngine(policy: policy)
        let unit = policy.currencyUnit
        var results: [Result] = []
        for item in cases {
            var ladders: [Result.Range?] = []
            var advised: [RemedyKind] = []
            for (index, tier) in policy.tiers.enumerated() {
                var intake = item.intake
                intake.tier = tier
                guard let plan = try? engine.plan(intake) else { ladders.append(nil); continue }
                if index == 0 { advised = plan.remedies }
                // The loss is paid on its own line, so what the business gives is the loss plus the ladder's amount.
                let loss = plan.owed?.loss ?? .zero
                if let ladder = plan.ladder {
                    ladders.append(Result.Range(tier: tier, low: unit.major(loss + ladder.opening), high: unit.major(loss + ladder.walkAway)))
                } else {
                    ladders.append(loss > .zero ? Result.Range(tier: tier, low: unit.major(loss), high: unit.major(loss)) : nil)
                }
            }
            let given = Set(item.remedies.map(Self.comparable)).intersection(Self.substantive)
            let offered = Set(advised.map(Self.comparable)).intersection(Self.substantive)
            let agrees = given.isEmpty ? offered.isEmpty || item.remedies.isEmpty : !given.isDisjoint(with: offered)
            results.append(Result(id: item.id, source: item.source, heldOut: item.heldOut, category: item.intake.category,
                                  caseRemedies: item.remedies, advisedRemedies: advised, remedyAgrees: agrees,
                                  compensation: item.compensation, ladders: ladders,
                                  placement: Self.place(item.compensation, ladders)))
        }
        self.results = results
        heldOut = Self.figures(results.filter(\.heldOut))
        tuning = Self.figures(results.filter { !$0.heldOut })
    }

    /// Where an amount falls: no money counts as inside a tier that offers none.
    static func place(_ amount: Double, _ ladders: [Result.Range?]) -> Placement {
        // A cent either side is rounding, not a miss.
        func inside(_ range: Result.Range?) -> Bool {
            guard let range else { return amount < 0.005 }
            return range.low - 0.005 <= amount && amount <= range.high + 0.005
        }
        if let first = ladders.first, inside(first) { return .insideAgentLadder }
        if ladders.contains(where: inside) { return .insideHigherLadder }
        let lows = ladders.compactMap { $0?.low }, highs = ladders.compactMap { $0?.high }
        if let low = lows.min(), amount < low { return .belowEveryLadder }
        if amount > (highs.max() ?? 0) { return .aboveEveryLadder }
        return .betweenLadders
    }

    static func figures(_ results: [Result]) -> Figures {
        let count = Double(max(results.count, 1))
        func share(_ test: (Result) -> Bool) -> Double { Double(results.filter(test).count) / count }
        return Figures(cases: results.count, remedyAgrees: share(\.remedyAgrees),
                       insideAgentLadder: share { $0.placement == .insideAgentLadder },
                       insideSomeLadder: share { $0.placement == .insideAgentLadder || $0.placement == .insideHigherLadder },
                       belowEveryLadder: share { $0.placement == .belowEveryLadder },
                       aboveEveryLadder: share { $0.placement == .aboveEveryLadder })
    }
}

extension Calibration {
    private enum Labels {
        static let measure = Bilingual(zh: "指标", en: "measure")
        static let heldOut = Bilingual(zh: "留出一半", en: "held out")
        static let tuning = Bilingual(zh: "调参一半", en: "tuning")
        static let cases = Bilingual(zh: "案例数", en: "cases")
        static let remedy = Bilingual(zh: "补救一致", en: "remedy agrees")
        static let agent = Bilingual(zh: "落在一线客服的阶梯内", en: "inside the agent's ladder")
        static let some = Bilingual(zh: "落在某一级的阶梯内", en: "inside some tier's ladder")
        static let below = Bilingual(zh: "低于所有阶梯", en: "below every ladder")
        static let above = Bilingual(zh: "高于所有阶梯", en: "above every ladder")
        static let misses = Bilingual(zh: "未命中（先列留出的一半）：", en: "Misses (held-out half first):")
        static let noMoney = Bilingual(zh: "不给钱", en: "no money")
        static let remedyDiffers = Bilingual(zh: "补救不同", en: "remedy differs")
        static func heading(_ policy: String, _ count: Int) -> Bilingual {
            Bilingual(zh: "校准：\(count) 个真实案例，政策 \(policy)；引用留出一半的数字",
                      en: "Calibration: \(count) real cases, policy \(policy); quote the held-out figures")
        }
        static func placement(_ placement: Placement) -> Bilingual {
            switch placement {
            case .insideAgentLadder: Bilingual(zh: "在一线客服阶梯内", en: "inside the agent's ladder")
            case .insideHigherLadder: Bilingual(zh: "在更高一级的阶梯内", en: "inside a higher tier's ladder")
            case .betweenLadders: Bilingual(zh: "落在两级阶梯之间", en: "between two tiers' ladders")
            case .belowEveryLadder: Bilingual(zh: "低于所有阶梯", en: "below every ladder")
            case .aboveEveryLadder: Bilingual(zh: "高于所有阶梯", en: "above every ladder")
            }
        }
    }

    /// The figures as a table, then every miss with its ladders, in one language.
    public func render(language: Language) -> String {
        func t(_ text: Bilingual) -> String { text.text(language) }
        func percent(_ share: Double) -> String { FixedPoint.percent(share, digits: 0) }
        let rows: [[String]] = [
            [t(Labels.cases), String(heldOut.cases), String(tuning.cases)],
            [t(Labels.remedy), percent(heldOut.remedyAgrees), percent(tuning.remedyAgrees)],
            [t(Labels.agent), percent(heldOut.insideAgentLadder), percent(tuning.insideAgentLadder)],
            [t(Labels.some), percent(heldOut.insideSomeLadder), percent(tuning.insideSomeLadder)],
            [t(Labels.below), percent(heldOut.belowEveryLadder), percent(tuning.belowEveryLadder)],
            [t(Labels.above), percent(heldOut.aboveEveryLadder), percent(tuning.aboveEveryLadder)],
        ]
        var lines = [t(Labels.heading(policy, results.count))]
        lines += Policy.table([t(Labels.measure), t(Labels.heldOut), t(Labels.tuning)], rows, width: 80)
        let misses = results.filter { !$0.remedyAgrees || ($0.placement != .insideAgentLadder && $0.placement != .insideHigherLadder) }
            .sorted { ($0.heldOut ? 0 : 1, $0.id) < ($1.heldOut ? 0 : 1, $1.id) }
        if !misses.isEmpty { lines.append(t(Labels.misses)) }
        for miss in misses {
            let ladders = miss.ladders.compactMap { $0.map { "\($0.tier) \(Money.plain($0.low))–\(Money.plain($0.high))" } }
            var parts = [Money.plain(miss.compensation) + " " + t(Labels.placement(miss.placement))]
            parts.append(ladders.isEmpty ? t(Labels.noMoney) : ladders.joined(separator: ", "))
            if !miss.remedyAgrees {
                parts.append(t(Labels.remedyDiffers) + ": " + miss.caseRemedies.map(\.rawValue).joined(separator: "+")
                             + " ≠ " + miss.advisedRemedies.map(\.rawValue).joined(separator: "+"))
            }
            lines += TextLayout.wrap("\(miss.id) \(miss.category.rawValue): " + parts.joined(separator: "; "), width: 80, indent: "  ", hangingIndent: "    ")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
