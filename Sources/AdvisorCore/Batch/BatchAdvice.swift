import Foundation
import JSON
import Knowledge

/// `advise --batch`: one JSON intake per line in, one JSON line per input line out, in order, audit first.
///
/// A bad line never stops the batch and is never dropped: its output line is an error record with the line number, the
/// field and the problem. Lines are advised in chunks, and a chunk's records are appended to the audit log before any of
/// its output lines is written, so a batch that is killed, or whose reader stops early (`| head`), never shows an
/// advice id the log lacks (docs/DESIGN.md, "Invariants", 7).
public enum BatchAdvisor {
    /// Lines longer than this are refused rather than parsed: an intake is a few hundred bytes.
    public static let longestLine = 1 << 20

    /// Lines per chunk: enough that a chunk's log lines go in one write and its output in one, few enough that little
    /// is held in memory or lost unseen when the batch stops.
    public static let chunkLines = 256

    /// What a batch did.
    public struct Summary: Equatable, Sendable {
        /// Input lines read, each of which got one output line.
        public var lines = 0
        /// Lines that got an error record instead of advice.
        public var failed = 0

        /// The note for standard error when any line failed, in `language`; nil when none did.
        public func note(in language: Language) -> String? {
            failed > 0 ? BatchAdvicePhrases.linesFailed(failed).text(language) : nil
        }
    }

    /// What one input line gave.
    private enum Outcome {
        case advice(Advice, intake: Intake)
        case error(field: String, problem: String)
    }

    /// Advises every line of `data` and hands the output to `write`, chunk by chunk, each after its records are logged.
    /// - Parameters:
    ///   - data: UTF-8 text, one JSON intake per line; a last line without a newline counts, an empty last line does not.
    ///   - engine: The engine, with the policy.
    ///   - language: The language of the advice and the error records.
    ///   - precedents: Similar settled cases from the audit log, if there is one.
    ///   - logger: The audit log, opened; nil when not logging.
    ///   - write: Receives the output bytes.
    /// - Returns: How many lines were read and how many failed.
    /// - Throws: `AuditLog.LogError` when the log cannot be written; the chunk's output is then not written either.
    public static func run(_ data: Data, engine: AdviceEngine, language: Language, precedents: PrecedentBook?,
                           logger: AdviceLogger?, write: (Data) -> Void) throws(AuditLog.LogError) -> Summary {
        var summary = Summary()
        var outcomes: [Outcome] = []
        outcomes.reserveCapacity(chunkLines)
        var writer = JSONWriter()
        let encoder = JSONStreamEncoder()
        let lines = lineRanges(data)
        var start = 0
        while start < lines.count {
            let chunk = lines[start..<min(start + chunkLines, lines.count)]
            outcomes.removeAll(keepingCapacity: true)
            for (offset, range) in chunk.enumerated() {
                outcomes.append(advise(data[range], lineNumber: start + offset + 1, engine, language, precedents))
            }
            let records = logger?.records(for: outcomes.compactMap {
                if case let .advice(advice, intake) = $0 { (advice, intake) } else { nil }
            }) ?? []
            writer.bytes.removeAll(keepingCapacity: true)
            var logged = 0
            for (offset, outcome) in outcomes.enumerated() {
                var id: String? = nil
                if case .advice = outcome, logged < records.count {
                    id = records[logged].adviceId
                    logged += 1
                }
                let lineNumber = start + offset + 1, checkpoint = writer.checkpoint
                do {
                    try writeLine(outcome, id: id, lineNumber: lineNumber, encoder, into: &writer)
                    if case .error = outcome { summary.failed += 1 }
                } catch {
                    // Only a NaN or infinite amount gets here, which the engine never produces; the line says so.
                    writer.rollBack(to: checkpoint)
                    try? writeLine(.error(field: "$", problem: BatchAdvicePhrases.notWritable.text(language)), id: nil,
                                   lineNumber: lineNumber, encoder, into: &writer)
                    summary.failed += 1
                }
            }
            // Audit first: the chunk's records are in the log before any of its lines is shown.
            try logger?.append(records)
            write(Data(writer.bytes))
            summary.lines += chunk.count
            start += chunk.count
        }
        return summary
    }

    /// The byte ranges of the lines, without their newlines.
    static func lineRanges(_ data: Data) -> [Range<Data.Index>] {
        data.withUnsafeBytes { raw -> [Range<Data.Index>] in
            guard let base = raw.baseAddress else { return [] }
            var ranges: [Range<Data.Index>] = []
            var lineStart = 0
            while lineStart < raw.count {
                guard let found = memchr(base + lineStart, 10, raw.count - lineStart) else { break }
                let end = base.distance(to: UnsafeRawPointer(found))
                ranges.append(data.startIndex + lineStart..<data.startIndex + end)
                lineStart = end + 1
            }
            if lineStart < raw.count { ranges.append(data.startIndex + lineStart..<data.endIndex) }
            return ranges
        }
    }

    private static func advise(_ line: Data, lineNumber: Int, _ engine: AdviceEngine, _ language: Language,
                               _ precedents: PrecedentBook?) -> Outcome {
        guard line.count <= longestLine else {
            return .error(field: "$", problem: BatchAdvicePhrases.lineTooLong.text(language))
        }
        do {
            let intake = try IntakeReader.read(line, file: "line \(lineNumber)")
            let advice = try engine.advise(intake, language: language, precedent: precedents?.precedent(for: intake), readWords: true)
            return .advice(advice, intake: intake)
        } catch let invalid as InvalidDataFile {
            return .error(field: invalid.problems.first?.path ?? "$",
                          problem: invalid.problems.map { $0.path + ": " + $0.problem(in: language) }.joined(separator: "; "))
        } catch let refused as AdvisorError {
            return .error(field: "$", problem: refused.message(in: language))
        } catch {
            return .error(field: "$", problem: "\(error)")
        }
    }

    /// One output line, its members in sorted order: `advice` and `adviceId`, or `error`; then `line`.
    private static func writeLine(_ outcome: Outcome, id: String?, lineNumber: Int, _ encoder: JSONStreamEncoder,
                                  into writer: inout JSONWriter) throws {
        writer.beginObject()
        switch outcome {
        case let .advice(advice, _):
            writer.key("advice")
            try encoder.encode(advice, into: &writer)
            if let id {
                writer.key("adviceId")
                writer.string(id)
            }
        case let .error(field, problem):
            writer.key("error")
            writer.beginObject()
            writer.key("field")
            writer.string(field)
            writer.key("problem")
            writer.string(problem)
            writer.endObject()
        }
        writer.key("line")
        writer.number(lineNumber)
        writer.endObject()
        writer.bytes.append(10)
    }
}
