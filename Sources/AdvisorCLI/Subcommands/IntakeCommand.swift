import AdvisorCore
import ArgumentParsing
import FoundationEssentials
import Knowledge

/// `advisor intake` (and `advisor` alone): one question at a time, then the advice card.
enum IntakeCommand: Subcommand {
    static let name = "intake"
    static let synopsis = Bilingual(zh: "intake [--resume] [--tier <层级>]", en: "intake [--resume] [--tier TIER]")
    static let summary = Bilingual(zh: "逐题接诉，最后给出建议卡片（不带命令时默认运行）", en: "A few questions, then the advice card (what advisor alone runs)")
    static let discussion = Bilingual(
        zh: "每次一个问题：输入编号后回车，方括号里是默认值；? 解释问题，b 返回上一题（原来的回答成为默认值，输入 - 清空）。Ctrl-D 或 Ctrl-C 随时离开，已答内容保存在草稿中，用 --resume 继续，继续前先显示是哪位客户的来电。回答也可以从管道输入，每行一个。",
        en: "One question at a time: type a number and Enter; the default is in brackets; ? explains the question, b goes back (the earlier answer becomes the default; - clears it). Ctrl-D or Ctrl-C leaves at any question with the answers kept in a draft, and --resume continues it, first showing whose call it was. Answers may also come from a pipe, one per line."
    )
    static let options: [(spec: OptionSpec, help: Bilingual)] = [
        (.flag("resume"), Bilingual(zh: "继续上次未完成的草稿", en: "continue the last unfinished draft")),
        (.value("tier"), Bilingual(zh: "你的权限层级（默认 agent）", en: "your authority tier (default agent)")),
        (.value("draft"), Bilingual(zh: "草稿文件（默认取 ADVISOR_DRAFT）", en: "draft file (default: ADVISOR_DRAFT)")),
        (.flag("new"), Bilingual(zh: "丢弃未完成的草稿，重新开始", en: "discard an unfinished draft and start afresh")),
        IntakeOptions.caseKeyOption,
        PolicySource.option,
        LogSource.option,
        LogSource.keepWordsOption,
    ]

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Int32 {
        try requireAtMost(0, positionals: arguments)
        let caseKey = try IntakeOptions.caseKey(arguments)
        let policy = try PolicySource.load(arguments, context)
        // The log is opened before the first question: one that cannot be opened stops the intake before it starts.
        let logger = try LogSource.logger(arguments, context, policy: policy)
        let language = context.language
        let path = IntakeDraft.path(arguments.value("draft"), environment: context.io.environment)
        // The hint to continue names the draft when it is not where a bare --resume looks.
        let resumeCommand = "advisor intake --resume" + (arguments.value("draft").map { " --draft " + $0 } ?? "")
        if !arguments.has("resume"), !arguments.has("new"), FileManager.default.fileExists(atPath: path) {
            throw CLIError.draftWaiting(path: path, resume: resumeCommand)
        }
        var draft = arguments.has("resume") ? try IntakeDraft.load(path) : IntakeDraft()
        if let tier = arguments.value("tier") { draft.tier = tier }
        guard policy.tierIndex(draft.tier) != nil else {
            throw AdvisorError.unknownTier(draft.tier, known: policy.tiers)
        }
        let interactive = context.io.inputIsTerminal
        if interactive {
            InterruptHandler.install(message: CLIError.intakeInterrupted(draft: path, resume: resumeCommand).message(in: language),
                                     nothingSaved: CLIError.intakeInterrupted(draft: nil, resume: resumeCommand).message(in: language),
                                     draft: path)
        }
        defer { if interactive { InterruptHandler.remove() } }
        // Piped runs keep stdout for the result alone.
        let note: (String) -> Void = interactive ? context.io.writeOutput : context.io.writeError
        if interactive {
            context.print(IntakeCommandPhrases.howToAnswer.text(language))
        }
        if arguments.has("resume") {
            note(Questionnaire.summary(of: draft.answers, in: language).joined(separator: "\n") + "\n")
        }
        // Each line of input answers at most one question, so a pipe of bad answers ends at its end.
        while let question = Questionnaire.question(at: draft.at, answers: draft.answers) {
            if interactive { context.io.writeOutput(prompt(question, draft.answers, language)) }
            guard let line = context.io.readLine() else {
                if interactive { context.print("") }
                throw CLIError.intakeInterrupted(draft: draft.answers.isEmpty ? nil : path, resume: resumeCommand)
            }
            let typed = line.trimmingSpaces
            if typed == "?" {
                note("  " + question.help.text(language) + "\n")
                continue
            }
            if typed.lowercased() == "b" {
                // The answer stays, so the question comes back with it as the default and the count stays put.
                if let previous = Questionnaire.question(before: question, answers: draft.answers) {
                    draft.at = previous.id
                    try draft.save(path)
                }
                continue
            }
            let text = typed.isEmpty ? (Questionnaire.defaultAnswer(for: question, answers: draft.answers) ?? "") : typed
            do {
                draft.answers[question.id] = try Questionnaire.read(text, for: question, answers: draft.answers)
                draft.at = Questionnaire.question(after: question, answers: draft.answers)?.id
                try draft.save(path)
            } catch let problem as Questionnaire.AnswerProblem {
                context.io.writeError(IntakeCommandPhrases.answerRefused(problem.message(in: language)).text(language) + "\n")
            }
        }
        var intake = try Questionnaire.intake(from: draft.answers, tier: draft.tier)
        intake.caseKey = caseKey
        let log = LogSource.log(arguments, context)
        let precedent = try LogSource.precedents(log, context, policy: policy)?.precedent(for: intake)
        let earlier = try LogSource.earlier(log, intake: intake, policy: policy)
        // The words are read again for their flags: a threat or talk of self-harm puts the safety protocol at the top of
        // the card. The type and temperament stay as the agent answered them.
        let reading = WordsReading.read(intake, fillingIn: false)
        let advice = try AdviceEngine(policy: policy).advise(reading, language: language, precedent: precedent, earlier: earlier)
        if interactive { context.print("") }
        try LogSource.logAndShow(advice, intake: intake, logger: logger, context: context)
        // Only once the advice is logged and shown is the draft of no more use; a log that fails keeps it for --resume.
        IntakeDraft.remove(path)
        return ExitCode.success
    }

    /// The question with its numbered choices laid out in columns, and the default in brackets.
    static func prompt(_ question: Questionnaire.Question, _ answers: [String: String], _ language: Language) -> String {
        let position = Questionnaire.position(of: question, answers: answers)
        var text = "\n(\(position.number)/\(position.total)) " + question.prompt.text(language) + "\n"
        let choices: [Questionnaire.Choice]
        switch question.kind {
        case let .choice(list), let .multipleChoice(list): choices = list
        case .count, .amount, .text: choices = []
        }
        if !choices.isEmpty {
            let offset = choices.first?.value == "" ? 0 : 1
            let cells = choices.enumerated().map { "\($0.offset + offset) \($0.element.label.text(language))" }
            let cellWidth = (cells.map { TextLayout.displayWidth($0) }.max() ?? 0) + 2
            let perRow = max(1, 76 / cellWidth)
            for row in stride(from: 0, to: cells.count, by: perRow) {
                text += "  " + cells[row..<min(row + perRow, cells.count)].map { TextLayout.pad($0, to: cellWidth) }.joined().trailingSpacesTrimmed + "\n"
            }
        }
        var shownDefault = ""
        let proposed = Questionnaire.defaultAnswer(for: question, answers: answers)
        if let earlier = answers[question.id] {
            if !earlier.isEmpty && !question.required {
                text += IntakeCommandPhrases.enterKeepsEarlierAnswer.text(language) + "\n"
            }
        } else if proposed != question.defaultAnswer, let proposed, !proposed.isEmpty,
                  let choice = choices.first(where: { $0.value == proposed }) {
            text += IntakeCommandPhrases.readFromTheirWords(choice.label).text(language) + "\n"
            if question.id == "type", let hint = Questionnaire.typeHint(answers: answers) { text += hint.text(language) + "\n" }
        } else if question.id == "type", answers[question.id] == nil, let hint = Questionnaire.typeHint(answers: answers) {
            text += hint.text(language) + "\n"
        }
        if let answer = proposed {
            if answer.isEmpty {
                let hasNotSure = choices.first?.value == ""
                shownDefault = choices.isEmpty ? "" : hasNotSure ? " [0]" : IntakeCommandPhrases.noDefault.text(language)
            } else if let index = choices.firstIndex(where: { $0.value == answer }) {
                shownDefault = " [\(index + (choices.first?.value == "" ? 0 : 1))]"
            } else {
                shownDefault = " [\(answer)]"
            }
        }
        return text + "> " + shownDefault.trimmingSpaces + (shownDefault.isEmpty ? "" : " ")
    }
}

extension String {
    var trailingSpacesTrimmed: String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
