import AdvisorCore
import ArgumentParsing
import Knowledge

/// `advisor advise`: advice for one complaint, from flags or an intake file.
enum AdviseCommand: Subcommand {
    static let name = "advise"
    static let synopsis = Bilingual(zh: "advise --category <类别> [接诉选项…] | --intake <文件>",
                                    en: "advise --category <category> [intake options…] | --intake FILE")
    static let summary = Bilingual(zh: "给出策略、补救和可给的补偿范围", en: "Strategy, remedy and the compensation range you may offer")
    static let discussion = Bilingual(
        zh: "每个接诉字段一个选项。卡片先给你的让步计划：从多少开口、怎么让、最多给到哪里，全部在你这一级的额度之内；需要上级时，写明超过多少转给谁、对方最多能给多少、为什么。客户没说的期望和底线会按案情估算并注明，估算的期望只问不驳。--said 的原话会像接诉问答那样读出类型、性格和风险标记。",
        en: "One option per intake field. The card leads with your money plan: where to open, how to concede and where to stop, all within your own tier's cap; when the case needs a higher tier it says past which amount to hand over, to whom, what they may give and why. An expectation or bottom line left out is estimated from the case and marked; an estimated expectation is asked for, never argued with. Words given with --said are read as the intake reads them: type, temperament and warning flags."
    )
    static let options: [(spec: OptionSpec, help: Bilingual)] = IntakeOptions.all + [
        (.value("intake"), Bilingual(zh: "从 JSON 文件读取接诉信息（选项可覆盖其中字段）", en: "read the intake from a JSON file (flags override its fields)")),
        PolicySource.option,
        (.value("svg"), Bilingual(zh: "把谈判图写入 SVG 文件", en: "write the negotiation picture to an SVG file")),
        (.value("batch"), Bilingual(zh: "每行一个 JSON 接诉的文件（- 为标准输入），每行输出一个 JSON 建议", en: "file of one JSON intake per line (- for stdin); one JSON advice per line out")),
        LogSource.option,
        LogSource.keepWordsOption,
    ]

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Int32 {
        try requireAtMost(0, positionals: arguments)
        let policy = try PolicySource.load(arguments, context)
        let log = LogSource.log(arguments, context)
        if let path = arguments.value("batch") {
            return try BatchAdvice.run(path: path, policy: policy, log: log, keepWords: LogSource.keepsWords(arguments, context), context: context)
        }
        // The log is opened before anything is advised: one that cannot be opened stops the command first.
        let logger = try LogSource.logger(arguments, context, policy: policy)
        let base = try arguments.value("intake").map { try IntakeFile.read($0) }
        let intake = try IntakeOptions.intake(from: arguments, base: base)
        let precedent = try LogSource.precedents(log, context, policy: policy)?.precedent(for: intake)
        let earlier = try LogSource.earlier(log, intake: intake, policy: policy)
        let advice = try AdviceEngine(policy: policy).advise(intake, language: context.language, precedent: precedent, readWords: true,
                                                             earlier: earlier)
        if let path = arguments.value("svg") {
            try OutputFile.write(NegotiationPicture.svg(advice), to: path)
        }
        try LogSource.logAndShow(advice, intake: intake, logger: logger, context: context)
        return ExitCode.success
    }
}
