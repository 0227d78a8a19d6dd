import AdvisorCore
import ArgumentParsing
import Foundation
import Knowledge

/// The audit log named by `--log FILE` or `ADVISOR_LOG`, if any.
enum LogSource {
    static let option: (spec: OptionSpec, help: Bilingual) = (
        .value("log"), Bilingual(zh: "审计日志文件（默认取 ADVISOR_LOG）；每条建议追加一行", en: "audit log file (default: ADVISOR_LOG); one line appended per advice")
    )

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

    /// How many damaged line numbers a note lists; past that it gives their count.
    static let shownDamagedLines = 20

    /// Opens the log named on the command line or in the environment, before anything is advised; nil when none is named.
    static func logger(_ arguments: ParsedArguments, _ context: CommandContext, policy: Policy) throws -> AdviceLogger? {
        try log(arguments, context).map { log throws(AuditLog.LogError) in try AdviceLogger(log, policy: policy) }
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
