import AdvisorCLI
import AdvisorCore
import Foundation
import Knowledge
import Testing

/// The cases issue 9 found on the card, each read as the agent reads it: the card's own words.
@Suite struct AdviceCardWordsTests {
    static let furniture = AdviseCommandTests.furniture

    func card(_ arguments: [String], _ language: Language = .en) -> String {
        let result = advisor(arguments + ["--lang", language.rawValue])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    /// The card's lines that start with a label, e.g. "Money: ".
    func line(_ card: String, _ label: String) -> String? {
        card.split(separator: "\n").first { $0.hasPrefix(label) }.map(String.init)
    }

    /// Every sum of money said aloud in the steps of the card.
    func scriptedAmounts(_ advice: Advice) -> [Double] {
        let spoken = advice.strategy.steps.filter(\.spoken).map(\.text) + advice.offers.map(\.text)
        return spoken.flatMap { text in
            text.matches(of: #/([0-9]+(?:\.[0-9]+)?) ?(元|yuan)/#).compactMap { Double($0.1) }
        }
    }

    @Test func furnitureAtTheAgentsTierScriptsNothingAboveTheAgentsCap() throws {
        let text = card(Self.furniture)
        let money = try #require(line(text, "Money: "))
        #expect(money.hasPrefix("Money: start at 160 → 230 → 270 → stop at 300 yuan (coupon)"))
        #expect(text.contains("past 300 yuan, hand over to the senior agent (can go to 790 yuan)"))
        // An inflated demand gets choices of equal value in different forms, on the card itself.
        let options = try #require(line(text, "Options: "))
        #expect(options.hasPrefix("Options: A a coupon worth 300 yuan; B a free service visit (worth 100 yuan)"))
        let advice = try decode(Advice.self, from: advisor(Self.furniture + ["--json"]).stdout)
        #expect(scriptedAmounts(advice).allSatisfy { $0 <= 300 }, "\(scriptedAmounts(advice))")
        let handover = try #require(advice.strategy.steps.first { $0.stage == .handover })
        #expect(handover.text.contains("senior agent") && handover.text.contains("this time tomorrow"))
        #expect(!handover.text.contains("790") && !handover.text.contains("798"), "the hand-over promises a time, not the higher amount")
    }

    @Test func theOpeningComesFirstAndTheOfferStepSpeaksIt() throws {
        let advice = try decode(Advice.self, from: advisor(Self.furniture + ["--json"]).stdout)
        let ladder = try #require(advice.ladder)
        #expect(ladder.opening < ladder.walkAway)
        let offer = try #require(advice.strategy.steps.first { $0.stage == .propose })
        #expect(offer.text.contains("a coupon worth 160 yuan"))
        #expect(!offer.text.contains("300"))
        // Points are never read as money: the cash value sits beside them.
        #expect(advice.offers.contains { $0.text == "3000 points (worth 300 yuan)" })
        // On the card the offer step is never cut before its amount.
        let text = card(Self.furniture)
        let step = try #require(text.range(of: "Offer: "))
        #expect(text[step.lowerBound...].prefix(160).contains("160 yuan"), "\(text)")
    }

    @Test(arguments: [Language.en, .zh])
    func neverMoreThanTheCustomerAsked(language: Language) throws {
        let arguments = ["advise", "--category", "logistics-delay", "--expect", "10", "--bottom", "0"]
        let advice = try decode(Advice.self, from: advisor(arguments + ["--json"]).stdout)
        #expect(advice.ladder?.walkAway == 10 && advice.ladder?.opening == 10)
        #expect(scriptedAmounts(advice).allSatisfy { $0 <= 10 })
        let text = card(arguments, language)
        #expect(text.contains(language == .zh ? "只给10元（优惠券），不再加" : "offer 10 yuan (coupon), no more"))
        #expect(!text.contains("18"))
        #expect(!text.contains("├"), "a one-rung plan draws no scale whose marks would sit on one another")
    }

    @Test func anEstimatedExpectationIsAskedForNotArguedWith() throws {
        let arguments = ["advise", "--category", "logistics-delay"]
        let advice = try decode(Advice.self, from: advisor(arguments + ["--json"]).stdout)
        #expect(advice.lowerExpectation == nil)
        #expect(advice.strategy.steps.contains { $0.stage == .ask && $0.text.contains("what would you like to see happen") })
        let text = card(arguments)
        #expect(!text.contains("expectation of 120") && !text.contains("High ask"))
        #expect(text.contains("E ~120"), "the scale marks the guess as a guess")
    }

    @Test(arguments: [Language.en, .zh])
    func noRecordsNoPrecedentClaim(language: Language) throws {
        let text = card(Self.furniture, language)
        #expect(!text.contains("most were closed at around") && !text.contains("大多数在"))
        #expect(text.contains(language == .zh ? "同类案例：没有记录" : "Past cases: none on record"))
    }

    @Test(arguments: [Language.en, .zh])
    func everyScriptedStepIsASentence(language: Language) throws {
        let advice = try decode(Advice.self, from: advisor(Self.furniture + ["--json", "--lang", language.rawValue]).stdout)
        for step in advice.strategy.steps where step.spoken {
            let last = try #require(step.text.last)
            #expect("。！？.!?”".contains(last), "“\(step.text)” does not end as a sentence")
        }
        // The remedy is said as what we will do, never a bare label glued after a sentence.
        let product = try decode(Advice.self, from: advisor(["advise", "--category", "product-quality", "--json", "--lang", language.rawValue]).stdout)
        let remedy = try #require(product.strategy.steps.first { $0.stage == .remedy })
        #expect(remedy.text == (language == .zh ? "我们这边会免费为您维修。" : "To put this right, we'll repair it free of charge."))
    }

    @Test func chineseCardsCarryNoEnglishIds() throws {
        for arguments in [Self.furniture, ["advise", "--category", "product-quality", "--fraud", "--order-value", "400"],
                          ["advise", "--category", "usage-question", "--fault", "customer", "--temperament", "emotional"]] {
            let text = card(arguments, .zh)
            #expect(text.firstMatch(of: #/[a-z][a-z-]{2,}/#) == nil, "\(text)")
            #expect(!text.contains("senior") && !text.contains("agent"))
        }
    }

    @Test(arguments: [Language.en, .zh])
    func saidWordsAreReadLikeTheIntakeReadsThem(language: Language) throws {
        let arguments = ["advise", "--category", "billing", "--said", "I know your CEO personally, I will call the media"]
        let advice = try decode(Advice.self, from: advisor(arguments + ["--json"]).stdout)
        #expect(advice.intake.type == .nameDropper)
        #expect(advice.customer.words?.flags.contains(.threat) == true && advice.customer.words?.flags.contains(.statusClaim) == true)
        let text = card(arguments, language)
        let words = try #require(line(text, language == .zh ? "原话：" : "Words: "))
        #expect(words.contains(language == .zh ? "搬出关系型" : "Name-dropper") || words.contains(KnowledgeBase.type(.nameDropper).name.text(language)))
        #expect(words.contains("I know your CEO"))
        // A type the agent gives wins over the words.
        let kept = try decode(Advice.self, from: advisor(arguments + ["--type", "time-killer", "--json"]).stdout)
        #expect(kept.intake.type == .timeKiller)
    }

    @Test(arguments: [Language.en, .zh])
    func aUsageQuestionGetsExplanationAndNoMoneyTalk(language: Language) throws {
        let arguments = ["advise", "--category", "usage-question", "--fault", "customer", "--temperament", "emotional"]
        let advice = try decode(Advice.self, from: advisor(arguments + ["--json", "--lang", language.rawValue]).stdout)
        #expect(advice.ladder == nil && advice.offers.isEmpty && advice.lowerExpectation == nil)
        #expect(!advice.strategy.steps.contains { $0.stage == .propose || $0.stage == .ask })
        #expect(advice.strategy.steps.contains { $0.stage == .explain })
        #expect(!advice.care.name.lowercased().contains("apolog") && !advice.care.name.contains("致歉"))
        let text = card(arguments, language)
        #expect(text.contains(language == .zh ? "金额：不谈补偿" : "Money: no compensation"))
        #expect(!text.contains("Paying out strictly by the book") && !text.contains("照章赔付"))
        #expect(text.contains(language == .zh ? "只顾照规定解释" : "Reciting the rules"))
    }

    /// Where the policy's floor is zero, the opening is the fix alone, not a token yuan.
    @Test(arguments: [Language.en, .zh])
    func aZeroFloorOpensWithTheFixAlone(language: Language) throws {
        let arguments = ["advise", "--category", "billing", "--expect", "90000", "--bottom", "5000", "--tier", "manager"]
        let text = card(arguments, language)
        let money = try #require(line(text, language == .zh ? "金额：" : "Money: "))
        #expect(money.hasPrefix(language == .zh ? "金额：先只做补救 → " : "Money: start with the fix only → "), "\(money)")
        let advice = try decode(Advice.self, from: advisor(arguments + ["--json"]).stdout)
        #expect(!advice.strategy.steps.contains { $0.stage == .propose }, "no token offer is scripted")
    }

    /// The law's amount is said exactly as the law sets it, and the ladder opens there.
    @Test(arguments: [Language.en, .zh])
    func theStatutoryAmountIsQuotedExactly(language: Language) throws {
        let arguments = ["advise", "--category", "product-quality", "--fraud", "--tier", "senior", "--expect", "600"]
        let advice = try decode(Advice.self, from: advisor(arguments + ["--json", "--lang", language.rawValue]).stdout)
        #expect(advice.ladder?.opening == 500)
        let offer = try #require(advice.strategy.steps.first { $0.stage == .propose })
        #expect(offer.text.contains(language == .zh ? "500元" : "500 yuan") && !offer.text.contains("501"))
    }

    @Test func aTimeKillerGetsATimeBoxFirst() throws {
        let advice = try decode(Advice.self, from: advisor(["advise", "--category", "billing", "--type", "time-killer", "--json"]).stdout)
        #expect(advice.strategy.steps.first?.stage == .timeBox)
    }

    @Test func theCardUsesAWiderTerminalUpTo120Columns() {
        let advice = try? AdviceEngine(policy: .builtIn).advise(
            IntakeReaderFixture.furniture, language: .en)
        let wide = advice?.renderCard(width: 120) ?? ""
        #expect(wide.split(separator: "\n").contains { TextLayout.displayWidth(String($0)) > 100 })
        #expect(wide.split(separator: "\n").allSatisfy { TextLayout.displayWidth(String($0)) <= 120 })
        var io = CommandIO(environment: [:], readLine: { nil }, inputIsTerminal: false, writeOutput: { _ in }, writeError: { _ in })
        #expect(io.cardWidth == 80)
        io.outputColumns = 160
        #expect(io.cardWidth == 120)
        io.outputColumns = 60
        #expect(io.cardWidth == 80)
    }
}

/// The furniture seed case as an intake.
enum IntakeReaderFixture {
    static var furniture: Intake {
        var intake = Intake(category: .installationDelay)
        intake.severity = .severe
        intake.brokenPromises = 2
        intake.type = .unreasonable
        intake.temperament = .emotional
        intake.expectation = 3000
        intake.bottomLine = 500
        intake.orderValue = 12000
        return intake
    }
}
