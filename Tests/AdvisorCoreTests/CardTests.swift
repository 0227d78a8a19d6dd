import AdvisorCore
import Knowledge
import Testing

private func widest(_ text: String) -> Int {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { TextLayout.displayWidth($0) }.max() ?? 0
}

@Suite struct CardTests {
    static let everyTypeInEveryLanguage = KnowledgeBase.types.flatMap { t in Language.allCases.map { (t.id, $0) } }

    @Test(arguments: everyTypeInEveryLanguage)
    func typeCardFits80ColumnsAndShowsEverySection(id: ComplainantTypeID, language: Language) {
        let type = KnowledgeBase.type(id)
        let text = TypeCard(type, language: language).render()
        #expect(widest(text) <= 80)
        #expect(text.contains(type.name.zh) && text.contains(type.name.en))
        for line in type.tactics + type.pitfalls + ConversationStage.allCases.flatMap({ type.script[$0] }) {
            // Wrapping may break a line anywhere, so compare with spaces and line breaks folded away.
            let folded = text.filter { !$0.isWhitespace && $0 != ">" }
            #expect(folded.contains(line.text(language).filter { !$0.isWhitespace }), "missing: \(line.text(language))")
        }
        for stage in ConversationStage.allCases { #expect(text.contains(stage.title.text(language))) }
        for rule in type.escalation { #expect(text.contains(rule.role.title.text(language))) }
    }

    @Test(arguments: Language.allCases)
    func otherSheetsFit80Columns(language: Language) {
        #expect(widest(TypeSummary.renderList(KnowledgeBase.types.map { TypeSummary($0, language: language) }, language: language)) <= 80)
        #expect(widest(PrinciplesSheet(language: language).render()) <= 80)
        #expect(widest(ProcessSheet(language: language).render()) <= 80)
        for t in KnowledgeBase.temperaments { #expect(widest(TemperamentCard(t, language: language).render()) <= 80) }
    }

    @Test func processSheetStatesTheTimeLimits() {
        let en = ProcessSheet(language: .en)
        #expect(en.timeNorms.first { $0.id == "revisit" }?.window == "24–48 h")
        #expect(en.timeNorms.first { $0.id == "first-response" }?.window == "≤ 15 min")
        let zh = ProcessSheet(language: .zh)
        #expect(zh.timeNorms.first { $0.id == "follow-up" }?.window == "≤24小时")
        #expect(zh.timeNorms.first { $0.id == "revisit" }?.window == "24–48小时")
        #expect(zh.sessionStates.first { $0.id == "queued" }?.timers.first?.after == "3分钟")
    }

    @Test func cardsInChineseAreChinese() {
        let card = TypeCard(.nameDropper, language: .zh)
        #expect(card.tactics == ComplainantType.nameDropper.tactics.map(\.zh))
        #expect(card.script["propose"] == ComplainantType.nameDropper.script.propose.map(\.zh))
    }
}
