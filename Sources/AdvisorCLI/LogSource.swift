import AdvisorCore
import ArgumentParsing
import Knowledge

/// The audit log named by `--log FILE` or `ADVISOR_LOG`, if any.
enum LogSource {
    static let option: (spec: OptionSpec, help: Bilingual) = (
        .value("log"), Bilingual(zh: "审计日志文件（默认取 ADVISOR_LOG）；每条建议追加一行", en: "audit log file (default: ADVISOR_LOG); one line appended per advice")
    )

    static let keepWordsOption: (spec: OptionSpec, help: Bilingual) = (
        .flag("keep-words"), Bilingual(zh: "在审计日志里保留客户原话，电话、证件号、卡号、邮箱和长串数字先遮盖；默认不保留（也可设 ADVISOR_KEEP_WORDS=1）",
                                       en: "keep the customer's words in the audit log, with phone, identity and card numbers, e-mail addresses and long numbers masked; by default they are left out (or set ADVISOR_KEEP_WORDS=1)")
    )

    /// Whether the log keeps the customer's words: `--keep-words`, or `ADVISOR_KEEP_WORDS` set to 1.
    /// - Throws: `UsageError.invalidValue` for a variable that is neither 1 nor 0, rather than guessing what it meant.
    static func keepsWords(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Bool {
        if arguments.has("keep-words") { return true }
        guard let value = context.io.environment["ADVISOR_KEEP_WORDS"], !value.isEmpty else { return false }
        switch value {
        case "1": return true
        case "0": return false
        default: throw UsageError.invalidValue(option: "ADVISOR_KEEP_WORDS", value: value, allowed: ["1", "0"])
        }
    }

    /// The log named, shared with the owner's group when `ADVISOR_LOG_SHARED=group`; an unknown setting is refused when the log is opened.
    static func log(_ arguments: ParsedArguments, _ context: CommandContext) -> AuditLog? {
        let path = arguments.value("log") ?? context.io.environment["ADVISOR_LOG"].flatMap { $0.isEmpty ? nil : $0 }
        let sharing = LogSharing(setting: context.io.environment["ADVISOR_LOG_SHARED"])
        return path.map { AuditLog(path: $0, sharing: sharing) }
    }

    /// The precedents in the log, in the policy's currency, reporting any damaged lines on standard error.
    static func precedents(_ log: AuditLog?, _ context: CommandContext, policy: Policy) throws -> PrecedentBook? {
        guard let log else { return nil }
        let (book, reading) = try PrecedentStore.read(log) { scan throws(PrecedentIndex.Damage) in try scan.book(for: policy) }
        report(reading, log, context)
        return book
    }

    /// Says on standard error which lines of the log were skipped, and when its precedent index could not be kept.
    static func report(_ reading: PrecedentStore.Reading, _ log: AuditLog, _ context: CommandContext) {
        if !reading.damagedLines.isEmpty {
            let shown = reading.damagedLines.prefix(shownDamagedLines).map(String.init).joined(separator: ", ")
            let phrase = reading.damagedCount > shownDamagedLines
                ? AdviceLogPhrases.skippedManyDamagedLines(reading.damagedCount, first: shown, path: log.path)
                : AdviceLogPhrases.skippedDamagedLines(shown, path: log.path)
            context.io.writeError(phrase.text(context.language))
        }
        if let reason = reading.unwritableIndex {
            context.io.writeError(AdviceLogPhrases.indexNotKept(PrecedentStore.indexPath(log), reason: reason).text(context.language))
        }
    }

    /// The advices the log holds under the intake's case key; nil without a key, a log, or anything under the key.
    ///
    /// The log is read again for this, after the precedents: only an intake with a key pays for it.
    static func earlier(_ log: AuditLog?, intake: Intake, policy: Policy) throws -> CaseHistory? {
        guard let log else { return nil }
        return try CaseBook.history(for: intake, in: log, policy: policy)
    }

    static func reportDamage(_ contents: AuditLog.Contents, _ log: AuditLog, _ context: CommandContext) {
        guard !contents.damagedLines.isEmpty else { return }
        let lines = contents.damagedLines.map(String.init).joined(separator: ", ")
        context.io.writeError(AdviceLogPhrases.skippedDamagedLines(lines, path: log.path).text(context.language))
    }

    /// How many damaged line numbers a note lists; past that it gives their count.
    static let shownDamagedLines = 20

    /// Opens the log named on the command line or in the environment, before anything is advised; nil when none is named.
    static func logger(_ arguments: ParsedArguments, _ context: CommandContext, policy: Policy) throws -> AdviceLogger? {
        guard let log = log(arguments, context) else { return nil }
        let keepsWords = try keepsWords(arguments, context)
        let logger = try AdviceLogger(log, policy: policy)
        logger.keepsWords = keepsWords
        return logger
    }

    /// Logs an advice, then shows it (the card, or JSON with `--json`) and its id on standard error.
    ///
    /// The record is in the log before the user sees anything, so an advice seen is never missing from the log.
    static func logAndShow(_ advice: Advice, intake: Intake, logger: AdviceLogger?, context: CommandContext) throws {
        let id = try logger?.log(advice, intake: intake)
        if context.json {
            try context.printJSON(advice)
        } else {
            context.io.writeStyledOutput(CardColours.render(advice.cardLines(width: context.io.cardWidth), colour: context.colour))
        }
        if let id {
            context.io.writeError(AdviceLogPhrases.adviceId(id).text(context.language) + "\n")
        }
    }
}
