import AdvisorCore
import ArgumentParsing
import Knowledge

/// `advisor log prune`: keeps the audit log's customer words no longer than the retention period.
enum LogCommand: Subcommand {
    static let name = "log"
    static let synopsis = Bilingual(zh: "log prune --words-older-than <天数> [--log <文件>]", en: "log prune --words-older-than DAYS [--log FILE]")
    static let summary = Bilingual(zh: "删去审计日志里过期的客户原话，金额和记录一条不少（主管用）",
                                   en: "Drop old customer words from the audit log; every figure stays")
    static let discussion = Bilingual(
        zh: "prune 删去早于指定天数的建议记录里保存的客户原话（用 --keep-words 记下的，以及旧版本照原样记下的），其余每个字节不变：金额、编号、时间、识别出的类型和风险标记都保留，记录条数不变，并注明原话已删。日志经同一文件夹里的临时文件（权限 0600）整体改写、落盘后替换，中途出错则原日志不变；日志不是普通文件（如符号链接）时拒绝执行。最好在没有坐席写日志时运行：改写期间写入的记录会补进新日志，但一直打开旧日志的批量任务之后写的记录会落在被替换的文件里。",
        en: "prune drops the customer's words kept in advice records older than the given number of days (kept with --keep-words, or verbatim by earlier versions) and changes no other byte: amounts, ids, times, the type and flags read from the words all stay, the count of records stays, and each record notes that its words were dropped. The log is rewritten whole through a temporary file (mode 0600) in its own folder, synced and renamed over it, so a failure leaves it as it was; a log that is not a regular file (a symbolic link, say) is refused. Run it while no agent is logging: records appended during the rewrite are carried over, but a batch that keeps the old log open past it would write into the replaced file."
    )
    static let options: [(spec: OptionSpec, help: Bilingual)] = [
        (.value("words-older-than"), Bilingual(zh: "prune：删去早于这么多天的记录里的原话（整数，0 表示全部）",
                                               en: "prune: drop the words of records older than this many days (a whole number; 0 for all)")),
        (.value("log"), Bilingual(zh: "要改写的审计日志（默认取 ADVISOR_LOG）", en: "the audit log to rewrite (default: ADVISOR_LOG)")),
    ]

    static let actions = ["prune"]

    /// The longest retention the command takes, about 270 years: beyond it the figure is a typo.
    static let mostDays = 100_000

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Int32 {
        guard let action = arguments.positionals.first else {
            throw UsageError.missingArgument(Bilingual(zh: "动作：prune", en: "an action: prune"))
        }
        guard action == "prune" else { throw UsageError.unknownCommand("log \(action)", suggestions: actions.map { "log \($0)" }) }
        try requireAtMost(1, positionals: arguments)
        guard let text = arguments.value("words-older-than") else {
            throw UsageError.missingArgument(Bilingual(zh: "--words-older-than <天数>", en: "--words-older-than DAYS"))
        }
        guard let days = Int(text), (0...mostDays).contains(days) else {
            throw UsageError.invalidValue(option: "--words-older-than", value: text, allowed: ["0", "30", "90", "…", String(mostDays)])
        }
        guard let log = LogSource.log(arguments, context) else {
            throw UsageError.missingArgument(Bilingual(zh: "审计日志：--log <文件> 或 ADVISOR_LOG", en: "the audit log: --log FILE or ADVISOR_LOG"))
        }
        let report = try log.pruneWords(olderThan: days)
        try context.emit(report) { LogCommandPhrases.pruned($0, days: days, path: log.path).text(context.language) }
        return ExitCode.success
    }
}
