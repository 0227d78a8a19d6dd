import AdvisorCore
import ArgumentParsing
import Knowledge

/// `advisor principles`: the five principles and the ideas around them.
enum PrinciplesCommand: Subcommand {
    static let name = "principles"
    static let synopsis = Bilingual(zh: "principles", en: "principles")
    static let summary = Bilingual(zh: "五项原则、服务底线、信任要素、需求层次", en: "The five principles, ground rules, trust, needs and legitimacy")
    static let discussion = Bilingual(zh: "", en: "")

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Int32 {
        try requireAtMost(0, positionals: arguments)
        try context.emit(PrinciplesSheet(language: context.language)) { $0.render() }
        return ExitCode.success
    }
}
