import AdvisorCore
import Foundation
import Knowledge
import Testing

@Suite struct AdviseCommandTests {
    static let furniture = ["advise", "--category", "installation-delay", "--severity", "severe", "--fault", "own",
                            "--broken-promises", "2", "--type", "unreasonable", "--temperament", "emotional",
                            "--expect", "3000", "--bottom", "500", "--order-value", "12000", "--tier", "agent"]

    @Test(arguments: [Language.en, .zh])
    func adviceCardFitsAnEightyByTwentyFourTerminal(language: Language) {
        let result = advisor(Self.furniture + ["--lang", language.rawValue])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count <= 23, "the first line must stay on screen with the prompt below")
        #expect(lines.allSatisfy { TextLayout.displayWidth($0) <= 80 })
    }

    @Test func jsonDecodesToTheEnginesAdvice() throws {
        let result = advisor(Self.furniture + ["--json"])
        #expect(result.status == 0)
        let decoded = try decode(Advice.self, from: result.stdout)
        // The flags above spell out the furniture seed case, which the case library holds as an intake.
        let intake = try #require(try CaseLibrary.builtIn().trainingCase("furniture-installation")).intake
        #expect(decoded == (try AdviceEngine(policy: .builtIn).advise(intake, language: .en)))
        // The values the agent acts on, not only that the CLI passes the engine's answer through.
        let ladder = try #require(decoded.ladder)
        #expect(ladder.form == .coupon && ladder.opening == 160 && ladder.concessions == [230, 270] && ladder.walkAway == 300)
        #expect(decoded.bounds.cap == 300 && decoded.handover?.tier == "senior")
        let card = advisor(Self.furniture)
        #expect(card.stdout.contains("Money: start at 160 → 230 → 270 → stop at 300 yuan (coupon) · your cap 300 yuan"))
        #expect(card.stdout.contains("↳ past 300 yuan, hand over to the senior agent (can go to 790 yuan)"))
    }

    @Test func nameDropperAndNeutralCustomerGetTheSameRange() throws {
        let facts = ["advise", "--category", "product-quality", "--severity", "severe", "--expect", "800", "--json"]
        let neutral = try decode(Advice.self, from: advisor(facts).stdout)
        let dropper = try decode(Advice.self, from: advisor(facts + ["--type", "name-dropper"]).stdout)
        #expect(dropper.range == neutral.range)
        #expect(dropper.bounds == neutral.bounds)
        #expect(dropper.strategy != neutral.strategy)
    }

    @Test func bottomLineAboveTheAgentsCapHandsOverWithTheReason() throws {
        let advice = try decode(Advice.self, from: advisor(["advise", "--category", "product-quality", "--bottom", "450", "--expect", "500", "--json"]).stdout)
        #expect(advice.escalation.to == "senior")
        #expect(advice.escalation.steps.first?.reason == .bottomLineAboveReach)
        #expect(advice.escalation.steps.first?.text.contains("450") == true)
        #expect(advice.settlement.amount >= 450)
        let handover = try #require(advice.handover)
        #expect(handover.limit >= 450 && handover.limit <= 500)
        // The agent's own plan stops at the agent's cap; the higher amount is the senior's to give.
        #expect(advice.range.walkAway <= advice.bounds.cap)
    }

    @Test func amountAboveEveryCapLowersTheExpectationWithOptions() throws {
        let advice = try decode(Advice.self, from: advisor(["advise", "--category", "billing", "--expect", "90000", "--json"]).stdout)
        let lowering = try #require(advice.lowerExpectation)
        #expect((2...3).contains(advice.offers.count))
        #expect(Set(advice.offers.map(\.form)).count == advice.offers.count, "options in different forms")
        #expect(!lowering.ruleExplained.isEmpty)
        #expect(advice.offers.allSatisfy { $0.value <= advice.range.walkAway && $0.value <= advice.bounds.cap })
    }

    /// The law's 1200 is above the agent's 300 limit for owed payments; the supervisor's 5000 is the first to cover it.
    @Test func statutoryFraudFloorAboveTheAgentsLimitEscalates() throws {
        let advice = try decode(Advice.self, from: advisor(["advise", "--category", "product-quality", "--fraud", "--order-value", "400", "--json"]).stdout)
        #expect(advice.bounds.statutoryFloor == 1200)
        #expect(advice.escalation.steps.map(\.reason) == [.owedAboveLimit, .owedAboveLimit])
        #expect(advice.settlement.tier == "supervisor")
        #expect(advice.settlement.amount >= 1200)
        #expect(advice.ladder == nil, "the agent can pay nothing of an amount above their cap")
        #expect(advice.remedy.statutes.map(\.id) == [.fraud])
    }

    @Test func customersOwnFaultOffersCareNotMoney() throws {
        let advice = try decode(Advice.self, from: advisor(["advise", "--category", "usage-question", "--fault", "customer", "--json"]).stdout)
        #expect(advice.range.walkAway == 0)
        #expect(advice.offers.isEmpty)
        #expect(advice.remedy.kinds == [.explanation])
    }

    @Test(arguments: [
        (["advise"], "missing the category"),
        (["advise", "--category", "nonsense"], "no complaint category is called 'nonsense'"),
        (["advise", "--category", "billing", "--severity", "huge"], "--severity does not take 'huge'"),
        (["advise", "--category", "billing", "--expect", "-3"], "--expect needs an amount in plain digits"),
        (["advise", "--category", "billing", "--expect", "0x10"], "not '0x10'"),
        (["advise", "--category", "billing", "--bottom", "0x1p7"], "--bottom needs an amount in plain digits"),
        (["advise", "--category", "billing", "--expect", "1e160"], "up to a trillion"),
        (["advise", "--category", "billing", "--expect", "abc"], "--expect needs an amount"),
        (["advise", "--category", "billing", "--expect", "10", "--bottom", "20"], "bottom line is above the expectation"),
        (["advise", "--category", "billing", "--tier", "boss"], "the policy has no tier 'boss'"),
        (["advise", "--category", "billing", "--broken-promises", "two"], "--broken-promises does not take 'two'"),
    ])
    func badFlagsAreUsageErrors(arguments: [String], message: String) {
        let result = advisor(arguments)
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains(message), "stderr was: \(result.stderr)")
    }
}

@Suite struct IntakeDialogueTests {
    /// Answers for the furniture case, one per question, Enter taking the default where given.
    /// Said, category, severity, fault, broken promises, type, temperament, expectation, bottom line, order value,
    /// legal facts, loss.
    static let furnitureAnswers = ["", "4", "3", "1", "2", "4", "2", "3000", "500", "12000", "", ""]

    func draftPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("draft-\(UUID().uuidString).json").path
    }

    @Test func answersFromAPipeEndInTheAdviceCard() throws {
        let draft = draftPath()
        let result = advisor(["intake", "--draft", draft, "--json"], input: Self.furnitureAnswers)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let advice = try decode(Advice.self, from: result.stdout)
        #expect(advice.intake.category == .installationDelay)
        #expect(advice.intake.type == .unreasonable)
        let ladder = try #require(advice.handover?.ladder)
        #expect(ladder.opening <= 600 && 600 <= ladder.walkAway)
        #expect(!FileManager.default.fileExists(atPath: draft), "a finished intake leaves no draft")
    }

    @Test func noArgumentsRunsTheIntake() {
        let draft = draftPath()
        let result = advisor([], input: Self.furnitureAnswers, environment: ["LANG": "en_US.UTF-8", "ADVISOR_DRAFT": draft])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Advice · Installation or repair delay"))
    }

    /// End of input at every question exits cleanly, and resuming with the rest gives the same advice.
    @Test func endOfInputAtEveryQuestionKeepsADraftThatResumes() throws {
        let expected = advisor(["intake", "--draft", draftPath(), "--json"], input: Self.furnitureAnswers).stdout
        for cut in 0..<Self.furnitureAnswers.count {
            let draft = draftPath()
            let first = advisor(["intake", "--draft", draft, "--json"], input: Array(Self.furnitureAnswers.prefix(cut)))
            #expect(first.status == 1)
            #expect(first.stdout.isEmpty)
            #expect(first.stderr.hasPrefix("Error: the intake "), "cut \(cut): \(first.stderr)")
            if cut == 0 { continue }
            #expect(first.stderr.contains("advisor intake --resume"))
            let resumed = advisor(["intake", "--draft", draft, "--resume", "--json"], input: Array(Self.furnitureAnswers.dropFirst(cut)))
            #expect(resumed.status == 0, "cut \(cut): \(resumed.stderr)")
            #expect(resumed.stdout == expected, "cut \(cut) resumed to different advice")
        }
    }

    @Test func backGoesToThePreviousQuestionAndQuestionMarkExplains() throws {
        let answers = ["", "4", "1", "b", "3", "?", "1"] + Array(Self.furnitureAnswers.dropFirst(4))
        let result = advisor(["intake", "--draft", draftPath(), "--json"], input: answers)
        let advice = try decode(Advice.self, from: result.stdout)
        #expect(advice.intake.severity == .severe)
        #expect(result.stdout.contains("\"severity\" : \"severe\""))
    }

    @Test func aWrongAnswerIsExplainedAndAskedAgain() throws {
        let answers = [""] + ["9", "four"] + Self.furnitureAnswers.dropFirst()
        let result = advisor(["intake", "--draft", draftPath(), "--json"], input: answers)
        #expect(result.status == 0)
        #expect(result.stderr.contains("type a number from 1 to 7"))
        #expect(try decode(Advice.self, from: result.stdout).intake.category == .installationDelay)
    }

    @Test func answersByNameWork() throws {
        let answers = ["", "installation", "severe", "own", "2", "无理取闹", "emotional", "3000", "500", "12000", "", ""]
        let advice = try decode(Advice.self, from: advisor(["intake", "--draft", draftPath(), "--json"], input: answers).stdout)
        #expect(advice.intake.type == .unreasonable && advice.intake.temperament == .emotional)
    }

    @Test func resumeWithoutADraftIsAUsageError() {
        let result = advisor(["intake", "--resume", "--draft", draftPath()])
        #expect(result.status == 64)
        #expect(result.stderr.contains("no draft to resume"))
    }

    @Test func aDamagedDraftIsBadData() throws {
        let draft = draftPath()
        try Data("{ not json".utf8).write(to: URL(fileURLWithPath: draft))
        let result = advisor(["intake", "--resume", "--draft", draft])
        #expect(result.status == 65)
        #expect(result.stderr.contains(draft))
    }
}

@Suite struct IntakePrefillTests {
    @Test func theCustomersWordsPreselectTheTypeWhichEnterConfirms() throws {
        let answers = ["我认识你们王总，你看着办", "4", "", "", "", "", "", "", "", "", "", ""]
        let draft = FileManager.default.temporaryDirectory.appendingPathComponent("d-\(UUID().uuidString).json").path
        let result = advisor(["intake", "--draft", draft, "--json"], input: answers)
        let advice = try decode(Advice.self, from: result.stdout)
        #expect(advice.intake.type == .nameDropper)
        #expect(advice.intake.said == ["我认识你们王总，你看着办"])
    }

    @Test func theAgentCanOverrideThePreselection() throws {
        let answers = ["我认识你们王总", "4", "", "", "", "0", "", "", "", "", "", ""]
        let draft = FileManager.default.temporaryDirectory.appendingPathComponent("d-\(UUID().uuidString).json").path
        let advice = try decode(Advice.self, from: advisor(["intake", "--draft", draft, "--json"], input: answers).stdout)
        #expect(advice.intake.type == nil)
    }
}
