import AdvisorCore
import ArgumentParsing
import Knowledge

/// `advisor drill`: the trainee reads a case, names the type and temperament, makes an offer, and is scored.
enum DrillCommand: Subcommand {
    static let name = "drill"
    static let synopsis = Bilingual(zh: "drill [--seed N] [--count N] [--cases <文件夹>]", en: "drill [--seed N] [--count N] [--cases DIR]")
    static let summary = Bilingual(zh: "练习：判断类型和性格，给出补偿金额，逐题评分", en: "Practise: name the type and temperament, make an offer, get scored")
    static let discussion = Bilingual(
        zh: "每个案例回答三行：类型（0 无，1–6），性格（1 理性，2 感性），补偿金额。每题满分 4 分：类型 1 分，性格 1 分，金额在建议范围内 2 分、在政策范围内 1 分。同一个 --seed 得到同样的题目顺序。输入结束时打印已完成部分的总结。",
        en: "Answer each case in three lines: the type (0 none, 1–6), the temperament (1 rational, 2 emotional), your offer. Each case scores up to 4: type 1, temperament 1, an offer inside the advised range 2, inside the policy bounds 1. The same --seed gives the same cases in the same order. End of input prints the summary so far."
    )
    static let options: [(spec: OptionSpec, help: Bilingual)] = [
        (.value("seed"), Bilingual(zh: "随机种子，用于重复同一套练习", en: "random seed, to repeat the same drill")),
        (.value("count"), Bilingual(zh: "题目数（默认 5）", en: "number of cases (default 5)")),
        CaseOptions.option,
        PolicySource.option,
    ]

    /// The end-of-drill report.
    struct Summary: Codable {
        var seed: UInt64
        var asked: Int
        var answered: Int
        var points: Int
        var maximum: Int
        var scores: [Drill.Score]
    }

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Int32 {
        try requireAtMost(0, positionals: arguments)
        let seed = try arguments.value("seed").map { text -> UInt64 in
            guard let value = UInt64(text) else { throw UsageError.invalidValue(option: "--seed", value: text, allowed: ["0", "1", "2", "…"]) }
            return value
        } ?? UInt64.random(in: 1...999_999)
        let count = try arguments.value("count").map { text -> Int in
            guard let value = Int(text), value > 0 else { throw UsageError.invalidValue(option: "--count", value: text, allowed: ["1", "2", "3", "…"]) }
            return value
        } ?? 5
        let library = try CaseOptions.library(arguments)
        let policy = try PolicySource.load(arguments, context)
        let drill = Drill(library: library, seed: seed, count: count)
        let language = context.language
        typealias P = DrillCommandPhrases
        func t(_ text: Bilingual) -> String { text.text(language) }
        let show: (String) -> Void = { if !context.json { context.print($0) } }
        let ask: (String) -> Void = { if context.io.inputIsTerminal && !context.json { context.io.writeOutput($0 + " > ") } }

        show(t(P.intro(seed: seed, count: drill.items.count)))
        show(t(P.typeMenuLead) + typeMenu(language))
        var scores: [Drill.Score] = []
        cases: for (index, item) in drill.items.enumerated() {
            var card = CardWriter(width: 80)
            card.blank()
            card.text(t(P.caseHeading(number: index + 1, count: drill.items.count, title: item.title)))
            card.text(item.facts.text(language), indent: "  ")
            card.text(t(P.customerSays(item.customerSays)), indent: "  ")
            show(card.rendered)
            // Each answer is read until it is valid; end of input ends the drill with the summary so far.
            guard let type = readAnswer(context, ask: { ask(t(P.askType)) }, parse: parseType) else { break cases }
            guard let temperament = readAnswer(context, ask: { ask(t(P.askTemperament)) }, parse: parseTemperament) else { break cases }
            guard let offer = readAnswer(context, ask: { ask(t(P.askOffer)) }, parse: parseAmount) else { break cases }
            let advice = try AdviceEngine(policy: policy).advise(item.intake, language: language)
            let score = Drill.score(Drill.Answer(type: type.id, temperament: temperament, offer: offer), for: item, advice: advice, language: language)
            scores.append(score)
            var feedback = CardWriter(width: 80)
            feedback.text(t(P.score(points: score.points, maximum: Drill.Score.maximum)), indent: "  ")
            for note in score.explanations { feedback.text(note, indent: "  • ") }
            show(feedback.rendered.trimmingLineBreaks)
        }
        let points = scores.map(\.points).reduce(0, +)
        let summary = Summary(seed: seed, asked: drill.items.count, answered: scores.count, points: points,
                              maximum: scores.count * Drill.Score.maximum, scores: scores)
        if context.json {
            try context.printJSON(summary)
        } else {
            var card = CardWriter(width: 80)
            card.blank()
            card.text(t(P.summary(answered: scores.count, asked: drill.items.count, points: points, maximum: summary.maximum)))
            for score in scores {
                let marks = (score.typeRight ? "✓" : "✗") + (score.temperamentRight ? "✓" : "✗") + ["✗", "~", "✓"][score.offerPoints]
                card.text("\(score.caseID)  \(marks)  \(score.points)/\(Drill.Score.maximum)", indent: "  ")
            }
            context.print(card.rendered)
        }
        return ExitCode.success
    }

    private static func typeMenu(_ language: Language) -> String {
        KnowledgeBase.types.enumerated().map { "\($0.offset + 1) \($0.element.name.text(language))" }.joined(separator: "  ")
    }

    /// A type answer: nil inside means "no type", which is a valid answer.
    struct TypeAnswer { var id: ComplainantTypeID? }

    private static func parseType(_ text: String) -> TypeAnswer? {
        if let n = Int(text) {
            if n == 0 { return TypeAnswer(id: nil) }
            return (1...6).contains(n) ? TypeAnswer(id: ComplainantTypeID.allCases[n - 1]) : nil
        }
        if case let .found(id) = KnowledgeBase.typeLookup.find(text) { return TypeAnswer(id: id) }
        return nil
    }

    private static func parseTemperament(_ text: String) -> TemperamentID? {
        switch text {
        case "1": return .rational
        case "2": return .emotional
        default:
            if case let .found(id) = KnowledgeBase.temperamentLookup.find(text) { return id }
            return nil
        }
    }

    private static func parseAmount(_ text: String) -> Double? {
        TypedAmount.value(text)
    }

    /// Reads lines until one parses; nil at end of input.
    private static func readAnswer<T>(_ context: CommandContext, ask: () -> Void, parse: (String) -> T?) -> T? {
        while true {
            ask()
            guard let line = context.io.readLine() else { return nil }
            let typed = line.trimmingSpaces
            if let value = parse(typed) { return value }
            context.io.writeError(DrillCommandPhrases.unreadableAnswer(typed).text(context.language))
        }
    }
}
