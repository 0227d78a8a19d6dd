import AdvisorCore
import Foundation
import Testing

/// Writes text to a fresh temporary file and returns its path.
func temporaryFile(_ text: String, suffix: String = ".json") throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("advisor-\(UUID().uuidString)\(suffix)")
    try Data(text.utf8).write(to: url)
    return url.path
}

@Suite struct PolicyCommandTests {
    @Test func initPrintsAPolicyThatChecksValidAndDecodes() throws {
        let printed = advisor(["policy", "init"])
        #expect(printed.status == 0)
        #expect(try decode(Policy.self, from: printed.stdout) == Policy.builtIn)
        let path = try temporaryFile(printed.stdout)
        let checked = advisor(["policy", "check", path])
        #expect(checked.status == 0)
        #expect(checked.stdout.contains("valid policy"))
    }

    @Test func checkListsEveryProblemWithItsPathAndExits65() throws {
        var text = advisor(["policy", "init"]).stdout
        text = text.replacingOccurrences(of: "\"agent\" : 300,", with: "\"agent\" : -300,")
        text = text.replacingOccurrences(of: "\"currency\" : \"CNY\",", with: "\"currency\" : 7,")
        let path = try temporaryFile(text)
        let result = advisor(["policy", "check", path])
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("$.currency: expected a string, found number"))
        #expect(result.stderr.contains("$.categories[\"installation-delay\"].caps.agent: must not be negative"))
        #expect(result.stderr.contains("$.categories[\"product-quality\"].caps.agent: must not be negative"))
        #expect(result.stderr.contains("\(path):"))
    }

    @Test func checkWithJSONPrintsTheReportAndStillExits65() throws {
        let path = try temporaryFile("{\"name\": \"x\"}")
        let result = advisor(["policy", "check", path, "--json"])
        #expect(result.status == 65)
        let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(report?["valid"] as? Bool == false)
        #expect(((report?["problems"] as? [Any])?.count ?? 0) >= 5)
    }

    @Test func syntaxErrorsGiveLineAndColumn() throws {
        let path = try temporaryFile("{\n  \"name\": \"x\",\n  oops\n}")
        let result = advisor(["policy", "check", path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("line 3"))
    }

    @Test func missingFileIsNamed() {
        let result = advisor(["policy", "check", "/nonexistent/policy.json"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("cannot read /nonexistent/policy.json"))
    }

    @Test func showPrintsTheTableInEightyColumns() {
        let result = advisor(["policy", "show"])
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").allSatisfy { TextLayout.displayWidth($0) <= 80 })
        // The supervisor reads the caps off the table: each row's figures, in tier order.
        let rows = result.stdout.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        let row = { (category: String) in rows.first { $0.first == category } ?? [] }
        #expect(row("installation-delay") == ["installation-delay", "50", "150", "300", "800", "2000", "5000"])
        #expect(row("usage-question") == ["usage-question", "0", "0", "0", "0", "50", "100"])
        #expect(row("owed-payment") == ["owed-payment", "limit", "300", "1000", "5000", "20000"])
    }

    @Test func policyFileAndVariableChangeTheAdvice() throws {
        var text = advisor(["policy", "init"]).stdout
        text = text.replacingOccurrences(of: "\"name\" : \"built-in\"", with: "\"name\" : \"strict\"")
        let path = try temporaryFile(text)
        let byOption = try decode(Advice.self, from: advisor(["advise", "--category", "billing", "--policy", path, "--json"]).stdout)
        #expect(byOption.policy.name == "strict")
        let byVariable = try decode(Advice.self, from: advisor(["advise", "--category", "billing", "--json"],
                                                              environment: ["LANG": "en_US.UTF-8", "ADVISOR_POLICY": path]).stdout)
        #expect(byVariable.policy.name == "strict")
        let broken = try temporaryFile("{}")
        let refused = advisor(["advise", "--category", "billing"], environment: ["LANG": "en_US.UTF-8", "ADVISOR_POLICY": broken])
        #expect(refused.status == 65)
    }

    @Test func unknownActionIsAUsageError() {
        let result = advisor(["policy", "publish"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("policy show"))
    }
}

@Suite struct IntakeFileTests {
    @Test func intakeFileGivesTheSameAdviceAsTheFlags() throws {
        let path = try temporaryFile("""
        {"category": "installation-delay", "severity": "severe", "brokenPromises": 2, "type": "unreasonable",
         "temperament": "emotional", "expectation": 3000, "bottomLine": 500, "orderValue": 12000}
        """)
        let fromFile = advisor(["advise", "--intake", path, "--json"])
        #expect(fromFile.status == 0, "\(fromFile.stderr)")
        let fromFlags = advisor(AdviseCommandTests.furniture + ["--json"])
        #expect(try decode(Advice.self, from: fromFile.stdout) == decode(Advice.self, from: fromFlags.stdout))
    }

    @Test func flagsOverrideTheFile() throws {
        let path = try temporaryFile("{\"category\": \"billing\", \"expectation\": 50}")
        let advice = try decode(Advice.self, from: advisor(["advise", "--intake", path, "--expect", "80", "--json"]).stdout)
        #expect(advice.intake.expectation == 80)
    }

    @Test func badIntakeFileListsItsProblemsAndExits65() throws {
        let path = try temporaryFile("{\"category\": \"shipping\", \"expectation\": -1, \"tpye\": \"vip\"}")
        let result = advisor(["advise", "--intake", path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("$.category: unknown name 'shipping'"))
        #expect(result.stderr.contains("$.expectation: must not be negative"))
        #expect(result.stderr.contains("$.tpye: no such field; did you mean 'type'?"))
    }
}

/// `policy check` on a valid policy that would still misbehave.
@Suite struct PolicyCheckCommandTests {
    @Test func warningsAreListedAndOnlyStrictFailsOnThem() throws {
        var policy = Policy.builtIn
        policy.categories["billing"]?.caps["senior"] = 100
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("warned-\(UUID().uuidString).json").path
        try JSONEncoder().encode(policy).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let plain = advisor(["policy", "check", path])
        #expect(plain.status == 0)
        #expect(plain.stdout.contains("1 warning:") && plain.stdout.contains("$.categories.billing.caps.senior"))
        #expect(advisor(["policy", "check", path, "--strict"]).status == 65)
        let report = try JSONSerialization.jsonObject(with: Data(advisor(["policy", "check", path, "--json"]).stdout.utf8)) as? [String: Any]
        #expect((report?["warnings"] as? [String])?.count == 1)
    }

    /// A supervisor reading the table in Chinese sees names, with the ids only beside the tiers, and the policy's own currency.
    @Test func theChineseTableNamesTiersAndCategoriesAndTheCurrency() throws {
        var policy = Policy.builtIn
        policy.currency = "GBP"
        policy.jurisdiction = nil
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("gbp-\(UUID().uuidString).json").path
        try JSONEncoder().encode(policy).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let table = advisor(["policy", "show", path, "--lang", "zh"]).stdout
        #expect(table.contains("积分 10/英镑") && !table.contains("/元"))
        #expect(table.contains("一线客服（agent）"))
        #expect(table.contains("未写适用地区，不套用任何法条"))
        let rows = table.split(separator: "\n").drop { !$0.hasPrefix("类别") }.prefix(8)
        #expect(rows.first?.contains("一线客服") == true && rows.contains { $0.hasPrefix("产品质量") })
        #expect(!rows.contains { $0.contains("agent") || $0.contains("product-quality") })
    }
}
