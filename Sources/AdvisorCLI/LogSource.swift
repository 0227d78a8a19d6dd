import AdvisorCore
import ArgumentParsing
import Foundation
import Knowledge

/// The audit log named by `--log FILE` or `ADVISOR_LOG`, if any.
enum LogSource {
    static let option: (spec: OptionSpec, help: Bilingual) = (
        .value("log"), Bilingual(zh: "审计日志文件（默认取 ADVISOR_LOG）；每条建议追加一行", en: "audit log file (default: ADVISOR_LOG); one line appended per advice")
    )

    static func log(_ arguments: ParsedArguments, _ context: CommandContext) -> AuditLog? {
        let path = arguments.value("log") ?? context.io.environment["ADVISOR_LOG"].flatMap { $0.isEmpty ? nil : $0 }
        return path.map(AuditLog.init(path:))
    }

    /// The precedents in the log, reporting any damaged lines on standard error.
    static func precedents(_ log: AuditLog?, _ context: CommandContext) throws -> PrecedentBook? {
        guard let log else { return nil }
        let contents = try log.read()
        reportDamage(contents, log, context)
        return PrecedentBook(contents)
    }

    static func reportDamage(_ contents: AuditLog.Contents, _ log: AuditLog, _ context: CommandContext) {
        guard !contents.damagedLines.isEmpty else { return }
        let lines = contents.damagedLines.map(String.init).joined(separator: ", ")
        context.io.writeError(AdviceLogPhrases.skippedDamagedLines(lines, path: log.path).text(context.language))
    }

    /// A log record for an advice just given, with a fresh id and the time.
    static func record(_ advice: Advice, intake: Intake, policy: Policy) -> LogRecord.AdviceRecord {
        LogRecord.AdviceRecord(time: ISO8601DateFormatter().string(from: Date()), adviceId: UUID().uuidString.lowercased(),
                               intake: intake, advice: advice, policy: AuditLog.stamp(policy))
    }
}
