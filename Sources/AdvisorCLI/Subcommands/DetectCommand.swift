import AdvisorCore
import ArgumentParsing
import Knowledge

/// `advisor detect`: the type and temperament from what the customer said, and why.
enum DetectCommand: Subcommand {
    static let name = "detect"
    static let synopsis = Bilingual(zh: "detect \"客户原话\" | --batch <文件> | --evaluate <文件>", en: "detect \"TEXT\" | --batch FILE | --evaluate FILE")
    static let summary = Bilingual(zh: "从客户原话判断类型、性格倾向和需要立即注意的信号", en: "Type, temperament and urgent flags from the customer's words")
    static let discussion = Bilingual(
        zh: "不给原话时从标准输入读取。类型和性格由训练好的模型判断，并给出把握等级和其次可能的类型；匹配到的说法在原话中用【】标出，否定（“我不是要曝光”）和转述（“他说我不懂”）会显示但不计入。把握不够时给出“无明确类型”，并给出一个能分辨最可能两种类型的问题。--batch 每行一句，输出每行一个 JSON；--evaluate 读取带标注的 JSON 行文件，输出准确率和混淆表。",
        en: "With no text, reads standard input. A trained model names the type and temperament, with a confidence level and the runner-up; matched phrases are bracketed in the words, and a negated phrase (\"I'm not going to the media\") or someone else's words (\"he said I don't get it\") are shown but not counted. Below the lowest confidence the answer is \"no clear type\", with the one question that would best tell the two likeliest types apart. --batch reads one utterance per line and writes one JSON line each; --evaluate reads labelled JSON lines and prints accuracy and a confusion table."
    )
    static let options: [(spec: OptionSpec, help: Bilingual)] = [
        (.value("batch"), Bilingual(zh: "每行一句的文件（- 为标准输入），输出 JSON 行", en: "file of one utterance per line (- for stdin); JSON lines out")),
        (.value("evaluate"), Bilingual(zh: "带标注的 JSON 行文件，输出准确率、F1 和混淆表", en: "labelled JSON lines file; prints accuracy, F1 and a confusion table")),
        (.value("split"), Bilingual(zh: "只评估真实数据的一半：test（测试，不用于调参）或 training", en: "score one half of a real set: test (never tuned on) or training")),
        (.flag("list-cues"), Bilingual(zh: "列出全部说法（折叠后），每行一个", en: "print every phrase looked for (folded), one per line")),
    ]

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Int32 {
        let detector = CueDetector.standard
        if arguments.has("list-cues") {
            try requireAtMost(0, positionals: arguments)
            context.print(detector.phrases.joined(separator: "\n"))
            return ExitCode.success
        }
        if let path = arguments.value("batch") {
            try requireAtMost(0, positionals: arguments)
            return try BatchDetection.run(path: path, detector: detector, context: context)
        }
        if let path = arguments.value("evaluate") {
            try requireAtMost(0, positionals: arguments)
            var split: LabelledUtterance.Split? = nil
            if let text = arguments.value("split") {
                guard let chosen = LabelledUtterance.Split(rawValue: text) else {
                    throw UsageError.invalidValue(option: "--split", value: text, allowed: LabelledUtterance.Split.allCases.map(\.rawValue))
                }
                split = chosen
            }
            let report = try DetectionEvaluation.evaluate(DataFile.contents(path), file: path, detector: detector, split: split)
            try context.emit(report) { $0.render(language: context.language) }
            return ExitCode.success
        }
        let text: String
        if arguments.positionals.isEmpty {
            var lines: [String] = []
            while let line = context.io.readLine() { lines.append(line) }
            text = lines.joined(separator: "\n")
        } else {
            text = arguments.positionals.joined(separator: " ")
        }
        guard !text.allSatisfy(\.isWhitespace) else {
            throw UsageError.missingArgument(Bilingual(zh: "客户原话（作为参数或从标准输入）", en: "the customer's words (as an argument or on standard input)"))
        }
        let detection = detector.detect(text)
        if context.json {
            try context.printJSON(DetectionReport(detection, language: context.language))
        } else {
            context.print(detection.renderCard(language: context.language))
        }
        return ExitCode.success
    }
}
