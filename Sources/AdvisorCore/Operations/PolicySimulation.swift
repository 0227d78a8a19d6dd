import Foundation
import Knowledge

/// What a policy would have advised over past cases: cost, escalation and unmet bottom lines.
public struct PolicySimulation: Codable, Equatable, Sendable {
    public var policy: String
    public var cases: Int
    public var totalCost: Double
    public var perCategory: [CategoryCost]
    /// How many cases each tier would have had to settle, lowest tier first.
    public var perTier: [TierLoad]
    /// Share of cases that had to go above the tier the agent asked from.
    public var escalationRate: Double
    public var unmetBottomLines: Int
    /// Cases the policy could not advise on at all (say, a tier it lacks), with why.
    public var refused: [String]

    /// One category's cost.
    public struct CategoryCost: Codable, Equatable, Sendable {
        public var category: String
        public var cases: Int
        public var cost: Double
    }

    /// One tier's share of the settlements.
    public struct TierLoad: Codable, Equatable, Sendable {
        public var tier: String
        public var cases: Int
        public var share: Double
    }

    /// Runs a policy over intakes.
    /// - Parameters:
    ///   - policy: The policy to try.
    ///   - intakes: Past cases.
    public init(policy: Policy, intakes: [Intake]) {
        self.policy = "\(policy.name) \(policy.version)"
        let engine = AdviceEngine(policy: policy)
        let unit = policy.currencyUnit
        // Costs add up in minor units, so a total over thousands of cases carries no rounding drift.
        var costs: [ComplaintCategoryID: (Int, Amount)] = [:]
        var tiers: [String: Int] = [:]
        var escalated = 0, unmet = 0, advised = 0
        var total = Amount.zero
        var refused: [String] = []
        for (index, intake) in intakes.enumerated() {
            do {
                let plan = try engine.plan(intake)
                advised += 1
                total = total + plan.settlement.amount
                costs[intake.category, default: (0, .zero)].0 += 1
                costs[intake.category, default: (0, .zero)].1 = costs[intake.category, default: (0, .zero)].1 + plan.settlement.amount
                tiers[plan.tiers[plan.settlement.tier].tier, default: 0] += 1
                if plan.handover != nil { escalated += 1 }
                if !plan.settlement.meetsBottomLine { unmet += 1 }
            } catch {
                refused.append("case \(index + 1): " + error.message(in: .en))
            }
        }
        cases = advised
        totalCost = unit.major(total)
        perCategory = ComplaintCategoryID.allCases.compactMap { id in
            costs[id].map { CategoryCost(category: id.rawValue, cases: $0.0, cost: unit.major($0.1)) }
        }
        perTier = policy.tiers.map { TierLoad(tier: $0, cases: tiers[$0, default: 0], share: advised == 0 ? 0 : Double(tiers[$0, default: 0]) / Double(advised)) }
        escalationRate = advised == 0 ? 0 : Double(escalated) / Double(advised)
        unmetBottomLines = unmet
        self.refused = refused
    }

    /// Reads past cases from JSON lines: intakes, or audit-log records (whose advices carry their intakes).
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - file: The name for messages.
    /// - Returns: The intakes, and a problem per line that was neither.
    public static func intakes(from data: Data, file: String) -> (intakes: [Intake], problems: [String]) {
        var intakes: [Intake] = []
        var problems: [String] = []
        let decoder = JSONDecoder()
        for (index, line) in data.split(separator: 10, omittingEmptySubsequences: false).enumerated() {
            if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
            if let record = try? decoder.decode(LogRecord.self, from: Data(line)) {
                if case let .advice(advice) = record { intakes.append(advice.intake) }
                continue
            }
            do {
                intakes.append(try IntakeReader.read(Data(line), file: "\(file) line \(index + 1)"))
            } catch {
                problems.append(error.problems.map { "\(file) line \(index + 1): \($0.path): \($0.problem(in: .en))" }.joined(separator: "; "))
            }
        }
        return (intakes, problems)
    }

    /// One simulation, or two side by side, as a table in at most 80 columns.
    public static func render(_ runs: [PolicySimulation], currency: String, language: Language) -> String {
        let zh = language == .zh
        var rows: [[String]] = [[zh ? "指标" : "measure"] + runs.map(\.policy)]
        func row(_ label: String, _ value: (PolicySimulation) -> String) { rows.append([label] + runs.map(value)) }
        row(zh ? "案例数" : "cases") { String($0.cases) }
        row((zh ? "总成本 " : "total cost ") + currency) { Money.plain($0.totalCost.rounded()) }
        for category in ComplaintCategoryID.allCases.map(\.rawValue) where runs.contains(where: { $0.perCategory.contains { $0.category == category } }) {
            row("  " + category) { run in Money.plain((run.perCategory.first { $0.category == category }?.cost ?? 0).rounded()) }
        }
        row(zh ? "升级比例" : "escalation rate") { String(format: "%.1f%%", $0.escalationRate * 100) }
        var tierNames: [String] = []
        for run in runs { for load in run.perTier where !tierNames.contains(load.tier) { tierNames.append(load.tier) } }
        for tier in tierNames {
            row((zh ? "  由 " : "  settled by ") + tier) { run in
                run.perTier.first { $0.tier == tier }.map { "\($0.cases) (" + String(format: "%.1f%%", $0.share * 100) + ")" } ?? "—"
            }
        }
        row(zh ? "底线无法满足" : "bottom lines not met") { String($0.unmetBottomLines) }
        row(zh ? "无法给出建议" : "could not advise") { String($0.refused.count) }
        if runs.count == 2 {
            rows[0].append(zh ? "差额" : "difference")
            rows[2].append(Money.plain((runs[1].totalCost - runs[0].totalCost).rounded()))
            for index in rows.indices where rows[index].count < 4 { rows[index].append("") }
        }
        return Policy.table(rows[0], Array(rows.dropFirst()), width: 80).joined(separator: "\n") + "\n"
    }
}
