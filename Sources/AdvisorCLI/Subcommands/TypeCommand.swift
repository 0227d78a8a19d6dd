import AdvisorCore
import ArgumentParsing
import Knowledge

/// `advisor type <name>`: the full card of one complainant type.
enum TypeCommand: Subcommand {
    static let name = "type"
    static let synopsis = Bilingual(zh: "type <名称或别名>", en: "type <name or alias>")
    static let summary = Bilingual(zh: "查看一类投诉者的完整卡片", en: "Show the full card of one complainant type")
    static let discussion = Bilingual(
        zh: "名称可以是标识（name-dropper）、中文或英文名、别名（职业、prof）或唯一前缀。卡片包括特征、常见说法、应做与忌做、各阶段话术、升级规则、补偿立场和性格提示。",
        en: "The name may be the id (name-dropper), the Chinese or English name, an alias (prof, 职业) or a unique prefix. The card holds traits, cues, do and don't, lines for each stage, escalation, the compensation stance and temperament notes."
    )

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Int32 {
        try requireAtMost(1, positionals: arguments)
        guard let query = arguments.positionals.first else {
            throw UsageError.missingArgument(Bilingual(zh: "类型名称（例如 name-dropper 或 职业）", en: "a type name (e.g. name-dropper or 职业)"))
        }
        switch KnowledgeBase.typeLookup.find(query) {
        case let .found(id):
            let card = TypeCard(KnowledgeBase.type(id), language: context.language)
            try context.emit(card) { $0.render() }
            return ExitCode.success
        case let .notFound(suggestions):
            throw AdvisorError.unknownType(query, suggestions: suggestions)
        }
    }
}
