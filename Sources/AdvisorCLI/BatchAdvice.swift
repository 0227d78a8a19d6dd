import AdvisorCore
import Foundation
import Knowledge

/// `advise --batch`: one JSON intake per line in, one JSON line per input line out, in order.
///
/// A bad line never stops the batch and is never dropped: its output line is an error record with the
/// line number, the field and the problem; the exit status is 65 when any line failed.
enum BatchAdvice {
    /// One output line.
    struct Line: Encodable {
        var line: Int
        var advice: Advice?
        var adviceId: String?
        var error: LineError?
    }

    /// Why one input line produced no advice.
    struct LineError: Encodable {
        var field: String
        var problem: String
    }

    /// Lines longer than this are refused rather than parsed: an intake is a few hundred bytes.
    static let longestLine = 1 << 20

    static func run(path: String, policy: Policy, log: AuditLog?, context: CommandContext) throws -> Int32 {
        let data = try BatchInput.read(path, context)
        let book = try LogSource.precedents(log, context)
        let engine = AdviceEngine(policy: policy)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var out = Data()
        var records: [LogRecord] = []
        var failed = 0
        let language = context.language
        let lines = data.split(separator: 10, omittingEmptySubsequences: false)
        let count = lines.last?.isEmpty == true ? lines.count - 1 : lines.count
        for (index, bytes) in lines.prefix(count).enumerated() {
            var result = Line(line: index + 1)
            if bytes.count > longestLine {
                result.error = LineError(field: "$", problem: BatchAdvicePhrases.lineTooLong.text(language))
            } else {
                do {
                    let intake = try IntakeReader.read(Data(bytes), file: "line \(index + 1)")
                    let advice = try engine.advise(intake, language: language, precedent: book?.precedent(for: intake), readWords: true)
                    result.advice = advice
                    if log != nil {
                        let record = LogSource.record(advice, intake: intake, policy: policy)
                        result.adviceId = record.adviceId
                        records.append(.advice(record))
                    }
                } catch let invalid as InvalidDataFile {
                    let first = invalid.problems.first
                    result.error = LineError(field: first?.path ?? "$",
                                             problem: invalid.problems.map { $0.path + ": " + $0.problem(in: language) }.joined(separator: "; "))
                } catch let advisor as AdvisorError {
                    result.error = LineError(field: "$", problem: advisor.message(in: language))
                }
            }
            if result.error != nil { failed += 1 }
            out.append(try encoder.encode(result))
            out.append(10)
            if out.count >= 1 << 20 {
                context.io.writeOutputData(out)
                out.removeAll(keepingCapacity: true)
            }
        }
        if !out.isEmpty { context.io.writeOutputData(out) }
        if let log, !records.isEmpty { try log.append(records) }
        if failed > 0 {
            context.io.writeError(BatchAdvicePhrases.linesFailed(failed).text(language) + "\n")
            return ExitCode.dataError
        }
        return ExitCode.success
    }
}
