import FoundationEssentials
import JSON
import Knowledge

/// What a policy would have advised over past cases: cost, escalation and unmet bottom lines.
public struct PolicySimulation: Codable, Equatable, Sendable {
    var policy: String
    public var cases: Int
    public var totalCost: Double
    var perCategory: [CategoryCost]
    /// How many cases each tier would have had to settle, lowest tier first.
    var perTier: [TierLoad]
    /// Share of cases that had to go above the tier the agent asked from.
    var escalationRate: Double
    var unmetBottomLines: Int
    /// Cases the policy could not advise on at all (say, a tier it lacks), with why.
    var refused: [String]

    /// One category's cost.
    struct CategoryCost: Codable, Equatable, Sendable {
        var category: String
        var cases: Int
        var cost: Double
    }

    /// One tier's share of the settlements.
    struct TierLoad: Codable, Equatable, Sendable {
        var tier: String
        var cases: Int
        var share: Double
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
                total += plan.payout
                costs[intake.category, default: (0, .zero)].0 += 1
                costs[intake.category, default: (0, .zero)].1 += plan.payout
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
    ///
    /// Lines are read by the project's strict parser. An advice record's intake is checked as an intake file is, so an
    /// amount beyond what any case is worth is a skipped line, not a cost; outcome records and the log's header line
    /// carry no case.
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - file: The name for messages.
    /// - Returns: The intakes, and a problem per line that was neither.
    public static func intakes(from data: Data, file: String) -> (intakes: [Intake], problems: [String]) {
        var intakes: [Intake] = []
        var problems: [String] = []
        for (index, line) in data.split(separator: 10, omittingEmptySubsequences: false).enumerated() {
            if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) || (index == 0 && LogHeader.isHeader(line)) { continue }
            let place = "\(file) line \(index + 1)"
            func report(_ found: [DataProblem]) {
                problems.append(found.map { "\(place): \($0.path): \($0.problem(in: .en))" }.joined(separator: "; "))
            }
            if let node = try? JSONParser.parse(Data(line)) {
                if let kind = node["kind"]?.string, let record = node["record"], ["advice", "outcome"].contains(kind) {
                    guard kind == "advice" else { continue }
                    let path = JSONPath.root.appending("record").appending("intake")
                    var reader = SchemaReader()
                    if let intake = record["intake"].flatMap({ IntakeReader.check($0, &reader) }), reader.problems.isEmpty {
                        intakes.append(intake)
                    } else {
                        var nested = SchemaReader()
                        nested.absorb(reader.problems.isEmpty ? [DataProblem(path: "$", position: record.position, kind: .missing)] : reader.problems,
                                      under: path)
                        report(nested.problems)
                    }
                    continue
                }
            }
            do {
                intakes.append(try IntakeReader.read(Data(line), file: place))
            } catch {
                report(error.problems)
            }
        }
        return (intakes, problems)
    }

    /// One simulation, or two side by side, as a table in at most 80 columns, with what the figures assume.
    /// - Parameters:
    ///   - runs: The current policy's run, then the one it is compared against, if any.
    ///   - sources: Where each run's policy came from (its name and file), so two copies of one policy are told apart.
    ///   - skipped: Input lines that were neither an intake nor a log record.
    ///   - currency: The currency of the amounts.
    ///   - language: The language of the labels.
    public static func render(_ runs: [PolicySimulation], sources: [String], skipped: Int, currency: String, language: Language) -> String {
        typealias P = SimulationPhrases
        func t(_ text: Bilingual) -> String { text.text(language) }
        let comparing = runs.count == 2
        // Short column heads keep the table in 80 columns; the legend under it says which file each one is.
        let headings = (comparing ? [P.current, P.against] : [P.current]).map(t)
        var rows: [[String]] = [[t(P.measure)] + headings + (comparing ? [t(P.againstMinusCurrent)] : [])]
        // Costs were summed in minor units and are shown to the minor unit; the difference is taken there too.
        let unit = CurrencyUnit(code: currency)
        func money(_ value: Double) -> String { unit.text(unit.amount(value)) }
        func signed(_ current: Double, _ against: Double) -> String {
            let (a, b) = (unit.amount(current), unit.amount(against))
            return b > a ? "+" + unit.text(b - a) : b < a ? "-" + unit.text(a - b) : "0"
        }
        func row(_ label: String, difference: ((PolicySimulation) -> Double)? = nil, _ value: (PolicySimulation) -> String) {
            var cells = [label] + runs.map(value)
            if comparing { cells.append(difference.map { signed($0(runs[0]), $0(runs[1])) } ?? "") }
            rows.append(cells)
        }
        row(t(P.cases)) { String($0.cases) }
        row(t(P.totalCost(currency: currency)), difference: \.totalCost) { money($0.totalCost) }
        for category in ComplaintCategoryID.allCases.map(\.rawValue) where runs.contains(where: { $0.perCategory.contains { $0.category == category } }) {
            let cost = { (run: PolicySimulation) in run.perCategory.first { $0.category == category }?.cost ?? 0 }
            row("  " + category, difference: cost) { money(cost($0)) }
        }
        row(t(P.escalationRate)) { FixedPoint.percent($0.escalationRate, digits: 1) }
        var tierNames: [String] = []
        for run in runs { for load in run.perTier where !tierNames.contains(load.tier) { tierNames.append(load.tier) } }
        for tier in tierNames {
            row(t(P.settledBy(tier: tier))) { run in
                run.perTier.first { $0.tier == tier }.map { "\($0.cases) (" + FixedPoint.percent($0.share, digits: 1) + ")" } ?? "—"
            }
        }
        row(t(P.bottomLinesNotMet)) { String($0.unmetBottomLines) }
        row(t(P.couldNotAdvise)) { String($0.refused.count) }
        if skipped > 0 { row(t(P.inputLinesSkipped)) { _ in String(skipped) } }
        let legend = zip(headings, sources).flatMap { TextLayout.wrap("\($0) = \($1)", width: 80, indent: "", hangingIndent: "  ") }
        return Policy.table(rows[0], Array(rows.dropFirst()), width: 80).joined(separator: "\n") + "\n"
            + legend.joined(separator: "\n") + "\n"
            + TextLayout.wrap(t(P.costAssumption), width: 80, indent: "", hangingIndent: "").joined(separator: "\n") + "\n"
    }
}
