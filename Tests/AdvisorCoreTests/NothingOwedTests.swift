import AdvisorCore
import Knowledge
import Testing

/// A customer whose own doing caused the problem asks for money nobody owes: no tier pays it, so no tier gets it.
@Suite struct NothingOwedTests {
    @Test(arguments: [ComplaintCategoryID.productQuality, .billing, .logisticsDelay], [Language.en, .zh])
    func theirOwnFaultWithABottomLineStaysWithTheAgent(category: ComplaintCategoryID, language: Language) throws {
        var intake = Intake(category: category)
        intake.fault = .customer
        intake.expectation = 100
        intake.bottomLine = 50
        let advice = try AdviceEngine(policy: .builtIn).advise(intake, language: language)
        #expect(advice.handover == nil, "handed to \(advice.handover?.tier ?? "")")
        #expect(!advice.escalation.needed)
        #expect(advice.settlement.tier == "agent" && advice.settlement.amount == 0 && !advice.settlement.meetsBottomLine)
        let card = advice.renderCard()
        #expect(!card.contains("↳"), "the card still hands over:\n\(card)")
        let note = language == .en ? "Nothing is owed here, at any tier" : "这次不在补偿范围内，哪一级都不会付这笔钱"
        #expect(card.replacingOccurrences(of: "\n   ", with: " ").contains(note))
    }
}
