import AdvisorCore
import ArgumentParsing
import Knowledge

/// `advisor types`: the six complainant types, one line each.
enum TypesCommand: Subcommand {
    static let name = "types"
    static let synopsis = Bilingual(zh: "types", en: "types")
    static let summary = Bilingual(zh: "列出六类投诉者（中英文名与一句话要点）", en: "List the six complainant types (both names and a one-line gist)")
    static let discussion = Bilingual(
        zh: "每行一类：标识、两种语言的名称和要点。用标识、名称或别名查看完整卡片：advisor type <名称>。",
        en: "One line per type: its id, its names in both languages and its gist. Open a full card with advisor type <name>."
    )

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Int32 {
        try requireAtMost(0, positionals: arguments)
        let summaries = KnowledgeBase.types.map { TypeSummary($0, language: context.language) }
        try context.emit(summaries) { TypeSummary.renderList($0, language: context.language) }
        return ExitCode.success
    }
}
