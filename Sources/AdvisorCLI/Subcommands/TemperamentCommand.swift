import AdvisorCore
import ArgumentParsing
import Knowledge

/// `advisor temperament rational|emotional`: how to talk to each temperament.
enum TemperamentCommand: Subcommand {
    static let name = "temperament"
    static let synopsis = Bilingual(zh: "temperament rational|emotional", en: "temperament rational|emotional")
    static let summary = Bilingual(zh: "理性型与感性型：追求什么、警戒区、怎么说", en: "Rational or emotional: what they pursue, warning zone, what to say")
    static let discussion = Bilingual(
        zh: "理性的客户要结果，感性的客户要过程。不给名称时两张卡片都显示。",
        en: "Rational customers want the result; emotional ones want the process. With no name, both cards are shown."
    )

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Int32 {
        try requireAtMost(1, positionals: arguments)
        let chosen: [Temperament]
        if let query = arguments.positionals.first {
            switch KnowledgeBase.temperamentLookup.find(query) {
            case let .found(id): chosen = [KnowledgeBase.temperament(id)]
            case let .notFound(suggestions): throw AdvisorError.unknownTemperament(query, suggestions: suggestions)
            }
        } else {
            chosen = KnowledgeBase.temperaments
        }
        let cards = chosen.map { TemperamentCard($0, language: context.language) }
        if context.json {
            if cards.count == 1 { try context.printJSON(cards[0]) } else { try context.printJSON(cards) }
        } else {
            context.print(cards.map { $0.render() }.joined(separator: "\n"))
        }
        return ExitCode.success
    }
}
