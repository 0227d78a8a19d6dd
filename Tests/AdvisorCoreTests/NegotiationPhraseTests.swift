import AdvisorCore
import Knowledge
import Testing

/// Every negotiation phrase of the knowledge base is said in some situation, each picked by what it is written for.
@Suite struct NegotiationPhraseTests {
    /// The longest run of a phrase's words between its placeholders: what any filling of it must show.
    static func fixedHead(_ phrase: String) -> String {
        var runs: [String] = [""]
        var inSlot = false
        for character in phrase {
            if character == "{" { inSlot = true; runs.append("") } else if character == "}" { inSlot = false } else if !inSlot { runs[runs.count - 1].append(character) }
        }
        return runs.max { $0.count < $1.count } ?? ""
    }

    /// Everything an advice has the agent say: the steps, the lowering lines and the Say line.
    static func spoken(_ advice: Advice) -> [String] {
        advice.strategy.steps.map(\.text) + advice.strategy.say
            + [advice.lowerExpectation?.precedent, advice.lowerExpectation?.ruleExplained].compactMap { $0 }
    }

    /// Intakes across what picks a phrase: temperament, type, category, fault, what was asked, and the records.
    static func situations() -> [(Intake, Precedent?)] {
        var result: [(Intake, Precedent?)] = []
        let money: [(Double?, Double?)] = [(nil, nil), (900, 100), (100_000, 90_000)]
        for category in ComplaintCategoryID.allCases {
            for temperament in [nil, TemperamentID.rational, .emotional] {
                for type in [nil, ComplainantTypeID.lacksCommonSense, .unreasonable] {
                    for fault in [Fault.own, .customer] {
                        for (expectation, bottom) in money {
                            var intake = Intake(category: category)
                            intake.temperament = temperament
                            intake.type = type
                            intake.fault = fault
                            intake.expectation = expectation
                            intake.bottomLine = bottom
                            // Inside seven days the law gives the remedy; otherwise our own rules do.
                            if category == .productQuality && temperament == .rational { intake.daysSinceSale = 5 }
                            result.append((intake, nil))
                            result.append((intake, Precedent(median: Amount(minor: 15_000), count: 8)))
                        }
                    }
                }
            }
        }
        // Fraud sets a statutory amount, paid only as money: one option, read by a tier that may pay it.
        var fraud = Intake(category: .productQuality)
        fraud.fraud = true
        fraud.orderValue = 100
        fraud.tier = "senior"   // whose cap covers the law's 500
        result.append((fraud, nil))
        return result
    }

    @Test(arguments: Language.allCases)
    func everyPhraseIsSaidInSomeSituation(language: Language) throws {
        let engine = AdviceEngine(policy: .builtIn)
        var said: [String] = []
        for (intake, precedent) in Self.situations() {
            said += Self.spoken(try engine.advise(intake, language: language, precedent: precedent))
        }
        let all = KnowledgeBase.negotiationPhrases.all
        #expect(all.count == 24)
        for phrase in all {
            let head = Self.fixedHead(phrase.text(language))
            #expect(head.count >= 4 && said.contains { $0.contains(head) }, "never said: \(phrase.text(language))")
        }
    }

    @Test(arguments: [(TemperamentID?.none, "That's more than I can approve myself"),
                      (.rational, "To get you the best answer possible"),
                      (.emotional, "I've given our manager everything you told me")])
    func theHandOverIsSaidForTheTemperament(temperament: TemperamentID?, words: String) throws {
        var intake = Intake(category: .billing)
        intake.temperament = temperament
        intake.expectation = 2000
        intake.bottomLine = 1000
        let advice = try AdviceEngine(policy: .builtIn).advise(intake, language: .en)
        let handover = advice.strategy.steps.filter { $0.stage == .handover }.map(\.text)
        #expect(handover.contains { $0.contains(words) }, "\(handover)")
    }

    @Test func severalMoneyOptionsAreIntroducedByTheirForms() throws {
        var intake = Intake(category: .billing)
        intake.expectation = 900
        intake.bottomLine = 50
        let advice = try AdviceEngine(policy: .builtIn).advise(intake, language: .en)
        let options = try #require(advice.strategy.steps.first { $0.stage == .options })
        #expect(options.text.hasPrefix("We can make this up to you as a refund, points or a coupon. Which would you prefer? A "), "\(options.text)")
    }
}
