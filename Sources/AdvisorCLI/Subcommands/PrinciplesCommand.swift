import AdvisorCore
import ArgumentParsing
import Knowledge

/// `advisor principles`: the five principles and the ideas around them.
enum PrinciplesCommand: Subcommand {
    static let name = "principles"
    static let synopsis = Bilingual(zh: "principles", en: "principles")
    static let summary = Bilingual(zh: "五项原则、服务守则、信任、需求层次、沟通、谈补偿、投诉是否合理", en: "The five principles, ground rules, trust, needs, communication, settlement and legitimacy")
    static let discussion = Bilingual(zh: "", en: "")

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Int32 {
        try requireAtMost(0, positionals: arguments)
        try context.emit(PrinciplesSheet(language: context.language)) { $0.render() }
        return ExitCode.success
    }
}
