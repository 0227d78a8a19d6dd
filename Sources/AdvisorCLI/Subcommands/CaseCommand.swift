import AdvisorCore
import ArgumentParsing
import Knowledge

/// `advisor case <id>`: a case beside the advisor's own analysis, or a handout for discussion.
enum CaseCommand: Subcommand {
    static let name = "case"
    static let synopsis = Bilingual(zh: "case <编号> [--handout md] [--svg <文件>]", en: "case <id> [--handout md] [--svg FILE]")
    static let summary = Bilingual(zh: "查看一个案例和助手的分析，或生成讨论讲义", en: "Show a case with the advisor's analysis, or a discussion handout")
    static let discussion = Bilingual(
        zh: "分析包括从客户原话判断的类型和性格、建议的策略和范围，以及实际结果是否在范围内。--handout md 输出 Markdown 讲义；--svg 写出谈判图。",
        en: "The analysis gives the type and temperament read from the customer's words, the advised strategy and range, and whether the real settlement falls inside it. --handout md prints a Markdown handout; --svg writes the negotiation picture."
    )
    static let options: [(spec: OptionSpec, help: Bilingual)] = [
        CaseOptions.option,
        (.value("handout"), Bilingual(zh: "输出讲义，格式：md", en: "print a handout; format: md")),
        (.value("svg"), Bilingual(zh: "把谈判图写入 SVG 文件", en: "write the negotiation picture to an SVG file")),
        PolicySource.option,
    ]

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Int32 {
        try requireAtMost(1, positionals: arguments)
        guard let id = arguments.positionals.first else {
            throw UsageError.missingArgument(Bilingual(zh: "案例编号（见 advisor cases）", en: "a case id (see advisor cases)"))
        }
        if let format = arguments.value("handout"), format != "md" {
            throw UsageError.invalidValue(option: "--handout", value: format, allowed: ["md"])
        }
        let library = try CaseOptions.library(arguments)
        let trainingCase = try CaseOptions.find(id, in: library)
        let policy = try PolicySource.load(arguments, context)
        let analysis = try CaseAnalysis(trainingCase, policy: policy, language: context.language)
        let picture = arguments.value("svg")
        if let picture {
            try OutputFile.write(NegotiationPicture.svg(analysis.advice, title: trainingCase.title.text(context.language)), to: picture)
        }
        if arguments.value("handout") != nil {
            context.print(trainingCase.handout(analysis, language: context.language, pictureFile: picture))
        } else if context.json {
            try context.printJSON(CaseReport(trainingCase: trainingCase, analysis: analysis))
        } else {
            context.print(trainingCase.render(analysis, language: context.language))
        }
        return ExitCode.success
    }

    /// The JSON form: the case and its analysis.
    struct CaseReport: Codable {
        var trainingCase: TrainingCase
        var analysis: CaseAnalysis
    }
}
