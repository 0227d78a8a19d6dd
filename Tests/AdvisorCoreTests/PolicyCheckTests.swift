import AdvisorCore
import Foundation
import JSON
import Knowledge
import Testing

/// The built-in policy as a mutable JSON tree, so each broken case changes one thing.
private func builtInTree() throws -> [String: Any] {
    let data = try JSONEncoder().encode(Policy.builtIn)
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
}

private func problems(after change: (inout [String: Any]) -> Void) throws -> [DataProblem] {
    var tree = try builtInTree()
    change(&tree)
    let data = try JSONSerialization.data(withJSONObject: tree, options: [.prettyPrinted, .sortedKeys])
    do {
        _ = try PolicyReader.read(data, file: "policy.json")
        return []
    } catch {
        return error.problems
    }
}

/// Sets a value deep in a JSON tree by its keys.
private func set(_ tree: inout [String: Any], _ keys: [String], _ value: Any?) {
    guard let first = keys.first else { return }
    if keys.count == 1 {
        tree[first] = value
        return
    }
    var child = tree[first] as? [String: Any] ?? [:]
    set(&child, Array(keys.dropFirst()), value)
    tree[first] = child
}

@Suite struct PolicyCheckTests {
    struct BrokenCase: Sendable, CustomTestStringConvertible {
        let name: String
        let keys: [String]
        /// The replacement value; nil removes the field.
        let value: (@Sendable () -> Any?)
        let path: String
        let kind: @Sendable (DataProblem.Kind) -> Bool
        var testDescription: String { name }
    }

    static let corpus: [BrokenCase] = [
        BrokenCase(name: "floor above standard", keys: ["categories", "billing", "floor"], value: { 90 },
                   path: "$.categories.billing.floor", kind: { if case .minAboveMax = $0 { true } else { false } }),
        BrokenCase(name: "negative cap", keys: ["categories", "billing", "caps", "agent"], value: { -5 },
                   path: "$.categories.billing.caps.agent", kind: { $0 == .negative(-5) }),
        BrokenCase(name: "cap falls up the tiers", keys: ["categories", "product-quality", "caps", "supervisor"], value: { 100 },
                   path: "$.categories[\"product-quality\"].caps.supervisor", kind: { if case .fallsUpTiers = $0 { true } else { false } }),
        BrokenCase(name: "care falls up the tiers", keys: ["categories", "billing", "maxCare", "manager"], value: { 1 },
                   path: "$.categories.billing.maxCare.manager", kind: { if case .fallsUpTiers = $0 { true } else { false } }),
        BrokenCase(name: "unknown category", keys: ["categories", "shipping"], value: { [String: Any]() },
                   path: "$.categories.shipping", kind: { if case .unknownName("shipping", _) = $0 { true } else { false } }),
        BrokenCase(name: "missing category", keys: ["categories", "billing"], value: { nil },
                   path: "$.categories.billing", kind: { $0 == .missing }),
        BrokenCase(name: "unknown tier in caps", keys: ["categories", "billing", "caps", "director"], value: { 100 },
                   path: "$.categories.billing.caps.director", kind: { if case .unknownName("director", _) = $0 { true } else { false } }),
        BrokenCase(name: "missing tier in caps", keys: ["categories", "billing", "caps", "manager"], value: { nil },
                   path: "$.categories.billing.caps.manager", kind: { $0 == .missing }),
        BrokenCase(name: "unknown form", keys: ["categories", "billing", "forms"], value: { ["refund", "cash-gift"] },
                   path: "$.categories.billing.forms[1]", kind: { if case .unknownName("cash-gift", _) = $0 { true } else { false } }),
        BrokenCase(name: "unknown remedy", keys: ["categories", "billing", "remedies"], value: { ["miracle"] },
                   path: "$.categories.billing.remedies[0]", kind: { if case .unknownName("miracle", _) = $0 { true } else { false } }),
        BrokenCase(name: "duplicate form", keys: ["categories", "billing", "forms"], value: { ["refund", "refund"] },
                   path: "$.categories.billing.forms[1]", kind: { $0 == .duplicate("refund") }),
        BrokenCase(name: "empty forms", keys: ["categories", "billing", "forms"], value: { [String]() },
                   path: "$.categories.billing.forms", kind: { $0 == .empty }),
        BrokenCase(name: "missing currency", keys: ["currency"], value: { nil }, path: "$.currency", kind: { $0 == .missing }),
        BrokenCase(name: "wrong type for floor", keys: ["categories", "billing", "floor"], value: { "ten" },
                   path: "$.categories.billing.floor", kind: { $0 == .wrongType(expected: .number, found: "string") }),
        BrokenCase(name: "wrong type for tiers", keys: ["tiers"], value: { "agent" },
                   path: "$.tiers", kind: { $0 == .wrongType(expected: .array, found: "string") }),
        BrokenCase(name: "duplicate tier", keys: ["tiers"], value: { ["agent", "senior", "senior", "manager"] },
                   path: "$.tiers[2]", kind: { $0 == .duplicate("senior") }),
        BrokenCase(name: "care above four", keys: ["categories", "billing", "minCare"], value: { 7 },
                   path: "$.categories.billing.minCare", kind: { $0 == .outOfRange(7, range: 0...4) }),
        BrokenCase(name: "fractional care", keys: ["categories", "billing", "maxCare", "agent"], value: { 1.5 },
                   path: "$.categories.billing.maxCare.agent", kind: { $0 == .notWhole(1.5) }),
        BrokenCase(name: "misspelt field", keys: ["categories", "billing", "standrad"], value: { 30 },
                   path: "$.categories.billing.standrad", kind: { $0 == .unknownField(suggestion: "standard") }),
        BrokenCase(name: "missing severity factor", keys: ["modifiers", "severity", "critical"], value: { nil },
                   path: "$.modifiers.severity.critical", kind: { $0 == .missing }),
        BrokenCase(name: "zero ceiling share", keys: ["ceilingShareOfOrderValue"], value: { 0 },
                   path: "$.ceilingShareOfOrderValue", kind: { if case .outOfRange = $0 { true } else { false } }),
        BrokenCase(name: "floor above the top cap", keys: ["categories", "usage-question", "floor"], value: { 500 },
                   path: "$.categories[\"usage-question\"].floor", kind: { if case .minAboveMax(_, _, "caps.manager", _) = $0 { true } else { false } }),
        BrokenCase(name: "blank name", keys: ["name"], value: { "  " }, path: "$.name", kind: { $0 == .blank }),
        BrokenCase(name: "least care above the top tier's most care", keys: ["categories", "billing", "maxCare"],
                   value: { ["agent": 0, "senior": 0, "supervisor": 0, "manager": 0] },
                   path: "$.categories.billing.minCare", kind: { if case .minAboveMax(_, 1, "maxCare.manager", 0) = $0 { true } else { false } }),
        BrokenCase(name: "zero rounding step", keys: ["forms", "roundingSteps", "coupon"], value: { 0 },
                   path: "$.forms.roundingSteps.coupon", kind: { if case .outOfRange = $0 { true } else { false } }),
        BrokenCase(name: "rounding step for an unknown form", keys: ["forms", "roundingSteps", "voucher"], value: { 10 },
                   path: "$.forms.roundingSteps.voucher", kind: { if case .unknownField = $0 { true } else { false } }),
        BrokenCase(name: "name for an unknown tier", keys: ["tierNames", "director"], value: { ["zh": "总监", "en": "director"] },
                   path: "$.tierNames.director", kind: { if case .unknownField = $0 { true } else { false } }),
        BrokenCase(name: "tier name without Chinese", keys: ["tierNames", "agent"], value: { ["en": "frontline agent"] },
                   path: "$.tierNames.agent.zh", kind: { $0 == .missing }),
        BrokenCase(name: "unknown goodwill mode", keys: ["categories", "billing", "goodwill"], value: { "sometimes" },
                   path: "$.categories.billing.goodwill", kind: { if case .unknownName("sometimes", _) = $0 { true } else { false } }),
        BrokenCase(name: "jurisdiction not a country code", keys: ["jurisdiction"], value: { "china" },
                   path: "$.jurisdiction", kind: { $0 == .notACountryCode("china") }),
        BrokenCase(name: "blank tier name", keys: ["tierNames", "senior"], value: { ["zh": " ", "en": "senior agent"] },
                   path: "$.tierNames.senior.zh", kind: { $0 == .blank }),
        BrokenCase(name: "owed limits falling up the tiers", keys: ["owedLimits", "senior"], value: { 100 },
                   path: "$.owedLimits.senior", kind: { if case .fallsUpTiers = $0 { true } else { false } }),
        BrokenCase(name: "owed limit for an unknown tier", keys: ["owedLimits", "director"], value: { 100 },
                   path: "$.owedLimits.director", kind: { if case .unknownName("director", _) = $0 { true } else { false } }),
        BrokenCase(name: "currency name without English", keys: ["currencyNames"], value: { ["zh": "元"] },
                   path: "$.currencyNames.en", kind: { $0 == .missing }),
        BrokenCase(name: "empty ceiling", keys: ["categories", "billing", "ceiling"], value: { [String: Any]() },
                   path: "$.categories.billing.ceiling.orderShare", kind: { $0 == .missing }),
        BrokenCase(name: "negative ceiling amount", keys: ["categories", "billing", "ceiling"], value: { ["amount": -5] },
                   path: "$.categories.billing.ceiling.amount", kind: { if case .negative = $0 { true } else { false } }),
        BrokenCase(name: "ceiling share of zero", keys: ["categories", "billing", "ceiling"], value: { ["orderShare": 0] },
                   path: "$.categories.billing.ceiling.orderShare", kind: { if case .outOfRange = $0 { true } else { false } }),
    ]

    /// A policy's own tier names reach the card; a tier without one is named by its rank in Chinese, never by its id.
    @Test func tierNamesFromThePolicyFileReachTheCard() throws {
        var tree = try builtInTree()
        set(&tree, ["tierNames", "agent"], ["zh": "热线专员", "en": "hotline specialist"])
        set(&tree, ["tierNames", "senior"], nil)
        set(&tree, ["tiers"], ["agent", "lead", "supervisor", "manager"])
        for (id, category) in (tree["categories"] as? [String: Any]) ?? [:] {
            var category = category as? [String: Any] ?? [:]
            for field in ["caps", "maxCare"] {
                var values = category[field] as? [String: Any] ?? [:]
                values["lead"] = values.removeValue(forKey: "senior")
                category[field] = values
            }
            set(&tree, ["categories", id], category)
        }
        var owed = tree["owedLimits"] as? [String: Any] ?? [:]
        owed["lead"] = owed.removeValue(forKey: "senior")
        set(&tree, ["owedLimits"], owed)
        let data = try JSONSerialization.data(withJSONObject: tree, options: [.sortedKeys])
        let policy = try PolicyReader.read(data, file: "policy.json")
        var intake = Intake(category: .productQuality)
        intake.bottomLine = 450
        intake.expectation = 500
        func flat(_ card: String) -> String { card.replacingOccurrences(of: #"\n +"#, with: " ", options: .regularExpression) }
        let zh = flat(try AdviceEngine(policy: policy).advise(intake, language: .zh).renderCard())
        #expect(zh.contains("热线专员") && zh.contains("第2级审批人"))
        #expect(!zh.contains("lead"))
        let en = flat(try AdviceEngine(policy: policy).advise(intake, language: .en).renderCard())
        #expect(en.contains("hotline specialist") && en.contains("the lead"))
    }

    @Test func builtInPolicyRoundTripsThroughTheChecker() throws {
        let data = try JSONEncoder().encode(Policy.builtIn)
        #expect(try PolicyReader.read(data, file: "built-in.json") == Policy.builtIn)
    }

    @Test(arguments: corpus)
    func brokenPolicyNamesTheProblemAtItsPath(_ broken: BrokenCase) throws {
        let found = try problems { set(&$0, broken.keys, broken.value()) }
        #expect(found.contains { $0.path == broken.path && broken.kind($0.kind) },
                "expected a problem at \(broken.path); got \(found.map { "\($0.path): \($0.kind)" })")
        #expect(found.allSatisfy { $0.position != nil }, "every problem has a line and column")
    }

    @Test func everyProblemInOneFileIsListed() throws {
        let found = try problems {
            for broken in Self.corpus.prefix(8) where broken.keys != ["categories", "billing"] {
                set(&$0, broken.keys, broken.value())
            }
        }
        #expect(found.count >= 6, "got \(found.count): \(found.map(\.path))")
    }

    @Test func positionsPointAtTheOffendingValue() throws {
        var text = String(decoding: try JSONEncoder().encode(Policy.builtIn), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"currency\":\"CNY\"", with: "\n\n  \"currency\": 42")
        #expect(throws: InvalidDataFile.self) { try PolicyReader.read(Data(text.utf8), file: "p.json") }
        do {
            _ = try PolicyReader.read(Data(text.utf8), file: "p.json")
        } catch {
            let problem = try #require(error.problems.first { $0.path == "$.currency" })
            #expect(problem.position == TextPosition(line: 3, column: 15))
            #expect(problem.message(in: .en, file: "p.json") == "p.json:3:15: $.currency: expected a string, found number")
        }
    }

    @Test(arguments: ["", "{", "[1, 2]", "{\"name\": 1e400}", "\u{FF}\u{FE}"])
    func textThatIsNotAPolicyIsBadDataNotACrash(_ text: String) {
        #expect(throws: InvalidDataFile.self) { try PolicyReader.read(Data(text.utf8), file: "p.json") }
    }
}

/// Valid policies that would still upset everyday handling are warned about, each with its path and what follows.
@Suite struct PolicyWarningTests {
    @Test func theBuiltInPolicyHasNoWarning() {
        #expect(PolicyWarning.check(.builtIn).isEmpty)
    }

    @Test func aCapUnderTheFloorMeansEveryCaseGoesPastThatTier() throws {
        var policy = Policy.builtIn
        policy.categories["logistics-delay"]?.caps["agent"] = 5
        let warnings = PolicyWarning.check(policy)
        #expect(warnings == [PolicyWarning(path: "$.categories[\"logistics-delay\"].caps.agent", kind: .capBelowFloor(tier: "agent", cap: 5, floor: 10))])
        #expect(warnings[0].message(in: .en).contains("every case of this category goes past agent"))
    }

    @Test func aStandardAboveEveryCapCanNeverBePaid() throws {
        var policy = Policy.builtIn
        policy.categories["return-exchange"]?.standard = 2500
        #expect(PolicyWarning.check(policy) == [PolicyWarning(path: "$.categories[\"return-exchange\"].standard",
                                                              kind: .standardAboveEveryCap(standard: 2500, topCap: 2000))])
    }

    @Test func capsThatStopRisingMakeAHandOverPointless() throws {
        var policy = Policy.builtIn
        policy.categories["billing"]?.caps["senior"] = 100
        #expect(PolicyWarning.check(policy) == [PolicyWarning(path: "$.categories.billing.caps.senior",
                                                              kind: .capStopsRising(lowerTier: "agent", tier: "senior", cap: 100))])
    }
}
