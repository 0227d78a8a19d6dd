import AdvisorCore
import FoundationEssentials
import ArgumentParsing
import Knowledge

/// `advisor case <id>`: a case beside the advisor's own analysis, or a handout for discussion.
enum CaseCommand: Subcommand {
    static let name = "case"
    static let synopsis = Bilingual(zh: "case <编号> [--handout md [--output <文件>]] [--svg <文件>]", en: "case <id> [--handout md [--output FILE]] [--svg FILE]")
    static let summary = Bilingual(zh: "查看一个案例和助手的分析，或生成讨论讲义", en: "Show a case with the advisor's analysis, or a discussion handout")
    static let discussion = Bilingual(
        zh: """
        分析包括从客户原话判断的类型和性格、建议的策略和范围，以及实际结果是否在范围内。--svg 把谈判图写入指定的文件。--handout md 生成 Markdown 讲义。讲义里的谈判图是一个链接，指向单独的 SVG 文件，因为多数 Markdown 阅读器不显示内嵌的 SVG。用 --output 时，讲义写入该文件，谈判图以“<编号>.svg”的名字写在同一个文件夹里；不用 --output 时，讲义输出到屏幕（标准输出），谈判图写在当前文件夹，并在标准错误上提示文件名。给了 --svg 时，谈判图写到 --svg 指定的位置，讲义链接到那里。同名文件会被覆盖。
        """,
        en: """
        The analysis gives the type and temperament read from the customer's words, the advised strategy and range, and whether the real settlement falls inside it. --svg writes the negotiation picture to the file you name. --handout md makes a Markdown handout. The handout links the negotiation picture as a separate SVG file, because most Markdown viewers leave out inline SVG. With --output, the handout goes to that file and the picture goes next to it as <id>.svg; without --output, the handout is printed on standard output, the picture is written to the current folder, and a note on standard error names the file. With --svg, the picture goes where --svg says and the handout links to it there. Files of the same name are replaced.
        """
    )
    static let options: [(spec: OptionSpec, help: Bilingual)] = [
        CaseOptions.option,
        (.value("handout"), Bilingual(zh: "生成讲义，格式：md；谈判图另存为 SVG 文件并在讲义中链接", en: "make a handout; format: md; the picture is saved as an SVG file the handout links to")),
        (.value("output", short: "o"), Bilingual(zh: "把讲义写入此文件（谈判图写在同一文件夹）", en: "write the handout to this file (the picture goes in the same folder)")),
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
        let title = trainingCase.title.text(context.language)
        let output = arguments.value("output")
        guard arguments.value("handout") != nil else {
            if output != nil {
                throw UsageError.missingArgument(Bilingual(zh: " --handout md（--output 只用于讲义）", en: "--handout md (--output is for the handout only)"))
            }
            if let picture = arguments.value("svg") {
                try OutputFile.write(NegotiationPicture.svg(analysis.advice, title: title), to: picture)
            }
            if context.json {
                try context.printJSON(CaseReport(trainingCase: trainingCase, analysis: analysis))
            } else {
                context.print(trainingCase.render(analysis, language: context.language))
            }
            return ExitCode.success
        }
        // The handout links its picture as a file: where --svg says, or beside the handout, or in the current folder.
        let folder = output.map { URL(fileURLWithPath: $0).deletingLastPathComponent().path }
        let pictureName = TrainingCase.pictureFileName(trainingCase.id)
        let picturePath: String
        let link: String
        if let svg = arguments.value("svg") {
            picturePath = svg
            link = output == nil ? svg : relativeLink(to: svg, from: folder ?? ".")
        } else {
            picturePath = folder.map { URL(fileURLWithPath: $0).appendingPathComponent(pictureName).path } ?? pictureName
            link = pictureName
        }
        try OutputFile.write(NegotiationPicture.svg(analysis.advice, title: title), to: picturePath)
        let handout = trainingCase.handout(analysis, language: context.language, pictureFile: link)
        if let output {
            try OutputFile.write(handout, to: output)
        } else {
            context.print(handout)
            context.io.writeError(CaseCommandPhrases.pictureWritten(picturePath).text(context.language))
        }
        return ExitCode.success
    }

    /// How a handout in `folder` links a picture at `path`: relative when the picture is inside that folder, absolute otherwise.
    static func relativeLink(to path: String, from folder: String) -> String {
        let picture = URL(fileURLWithPath: path).standardizedFileURL.path
        let base = URL(fileURLWithPath: folder).standardizedFileURL.path
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return picture.hasPrefix(prefix) ? String(picture.dropFirst(prefix.count)) : picture
    }

    /// The JSON form: the case and its analysis.
    struct CaseReport: Codable {
        var trainingCase: TrainingCase
        var analysis: CaseAnalysis
    }
}
