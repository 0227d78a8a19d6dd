import AdvisorCore
import ArgumentParsing
import Knowledge

/// `advisor process`: the handling flow, its time limits and the session timers.
enum ProcessCommand: Subcommand {
    static let name = "process"
    static let synopsis = Bilingual(zh: "process", en: "process")
    static let summary = Bilingual(zh: "处理流程、时限、请求类别、优先级、分级升级与会话计时", en: "The handling flow, time limits, kinds of request, priority, escalation and the session timers")
    static let discussion = Bilingual(zh: "", en: "")

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Int32 {
        try requireAtMost(0, positionals: arguments)
        try context.emit(ProcessSheet(language: context.language)) { $0.render() }
        return ExitCode.success
    }
}
