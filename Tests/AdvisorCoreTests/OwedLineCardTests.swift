import AdvisorCore
import Knowledge
import Testing

/// What the agent reads about owed money: the figure, who signs, and the law behind it, in both languages.
@Suite struct OwedLineCardTests {
    func card(_ intake: Intake, _ language: Language, policy: Policy = .builtIn) throws -> String {
        let card = try AdviceEngine(policy: policy).advise(intake, language: language).renderCard()
        // Wrapped lines are joined so a phrase split across two lines still reads whole; Chinese has no spaces to restore.
        return card.replacingOccurrences(of: #"\n +"#, with: language == .zh ? "" : " ", options: .regularExpression)
    }

    func loss(_ amount: Double) -> Intake {
        var intake = Intake(category: .productQuality)
        intake.loss = amount
        intake.productClass = .other
        return intake
    }

    @Test(arguments: [
        (2400.0, Language.en, ["Owed: 2400 yuan in cash, outside the goodwill limits; the supervisor signs (limit 5000 yuan)",
                               "Consumer Rights Protection Law, arts. 49 and 52"]),
        (2400, .zh, ["照付：2400元，付现金，不占补偿额度；需主管审批（额度5000元）", "《消费者权益保护法》第四十九条、第五十二条"]),
        (200, .en, ["Owed: 200 yuan in cash, outside the goodwill limits; yours to sign (limit 300 yuan)"]),
        (200, .zh, ["照付：200元，付现金，不占补偿额度；你可以直接批（额度300元）"]),
        (30000, .en, ["over the top limit of 20000 yuan; the manager takes it further"]),
        (30000, .zh, ["超过最高额度20000元，交经理另行报批"]),
    ])
    func theOwedLineNamesTheFigureAndWhoSigns(amount: Double, language: Language, phrases: [String]) throws {
        let card = try card(loss(amount), language)
        for phrase in phrases { #expect(card.contains(phrase), "missing “\(phrase)” in:\n\(card)") }
    }

    /// The remedy line names only the rules behind the remedy; the loss rules stand behind the owed line.
    @Test func theRemedyIsNotCitedToTheLossRules() throws {
        let card = try card(loss(500), .en)
        let remedy = try #require(card.split(separator: "\n").first { $0.hasPrefix("Remedy:") })
        #expect(!remedy.contains("arts. 49 and 52"))
    }

    /// The script promises the loss in cash, and says who signs when it is not the reader.
    @Test(arguments: [(200.0, "we'll pay back in full, in cash"), (2400, "our supervisor signs it off")])
    func theScriptPromisesTheLoss(amount: Double, phrase: String) throws {
        let advice = try AdviceEngine(policy: .builtIn).advise(loss(amount), language: .en)
        #expect(advice.strategy.steps.contains { $0.spoken && $0.text.contains(phrase) })
    }

    /// Art. 55(2)'s punitive part is the customer's claim, for legal to weigh; the card gives its ceiling.
    @Test func aCourtClaimIsPassedToLegalWithItsCeiling() throws {
        var intake = loss(1000)
        intake.knewDefect = true
        intake.seriousHarm = true
        let advice = try AdviceEngine(policy: .builtIn).advise(intake, language: .zh)
        #expect(advice.notes.contains { $0.contains("最多2000元的惩罚性赔偿") && $0.contains("第五十五条第二款") })
    }

    /// A policy's own currency names reach every amount; without them the known name for the code is used.
    @Test func aPolicysCurrencyNamesReachTheCard() throws {
        var policy = Policy.builtIn
        policy.currency = "SGD"
        policy.currencyNames = Policy.DisplayName(zh: "新加坡元", en: "Singapore dollars")
        let en = try card(loss(200), .en, policy: policy)
        #expect(en.contains("Owed: 200 Singapore dollars in cash"))
        let table = policy.renderTable(language: .zh)
        #expect(table.contains("积分 10/新加坡元"))
    }

    /// A GBP policy's Chinese table names the pound, not the yuan.
    @Test func theChineseTableNamesTheCurrency() {
        var policy = Policy.builtIn
        policy.currency = "GBP"
        policy.jurisdiction = "GB"
        #expect(policy.renderTable(language: .zh).contains("积分 10/英镑"))
    }

    /// Where 三包 might apply and the product is not given, the card asks what it is.
    @Test(arguments: [(Language.en, "Ask what the product is"), (.zh, "先问清是什么商品")])
    func anUnknownProductIsAskedFor(language: Language, phrase: String) throws {
        var intake = Intake(category: .productQuality)
        intake.daysSinceSale = 10
        #expect(try card(intake, language).contains(phrase))
        intake.productClass = .listed
        #expect(try !card(intake, language).contains(phrase))
    }
}
