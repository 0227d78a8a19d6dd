import Dispatch
import FoundationEssentials
import Glibc
import JSON
import Knowledge

/// `advise --batch`: one JSON intake per line in, one JSON line per input line out, in order, audit first.
///
/// A bad line never stops the batch and is never dropped: its output line is an error record with the line number, the
/// field and the problem. Lines are advised in rounds of chunks shared out among the cores, and a round's records are appended
/// to the audit log and synced to the disk before any of its output lines is written, so a batch that is killed, whose
/// reader stops early (`| head`), or whose machine loses power, never shows an advice id the log lacks (docs/DESIGN.md,
/// "Invariants", 7). The sync of one round runs while the next is advised, so the disk's time is mostly hidden.
public enum BatchAdvisor {
    /// Lines longer than this are refused rather than parsed: an intake is a few hundred bytes.
    public static let longestLine = 1 << 20

    /// Lines per chunk: a core takes one chunk at a time, so a core that drew short lines takes another.
    public static let chunkLines = 64

    /// Chunks per core in a round. A round's records go to the log in one write, and are synced, before its output: a
    /// few hundred lines, so little is held in memory or lost unseen when the batch stops.
    public static let chunksPerCore = 4

    /// Lines in a round on `cores` cores: what goes to the log in one write, then to the output.
    public static func roundLines(cores: Int = ProcessInfo.processInfo.activeProcessorCount) -> Int {
        chunkLines * chunksPerCore * max(1, min(cores, 16))
    }

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

    /// What one core made of its chunk: the output lines, the records to log, and how many lines failed.
    private struct Part {
        var writer = JSONWriter()
        var records: [LogRecord.AdviceRecord] = []
        var failed = 0
    }

    /// The parts of a round, one per core, each written only by its own core; unchecked for that reason, as the
    /// batch detector's are.
    private struct SharedParts: @unchecked Sendable {
        let parts: UnsafeMutableBufferPointer<Part>
    }

    /// Advises every line of `data` and hands the output to `write`, round by round, each after its records are logged.
    /// - Parameters:
    ///   - data: UTF-8 text, one JSON intake per line; a last line without a newline counts, an empty last line does not.
    ///   - engine: The engine, with the policy.
    ///   - language: The language of the advice and the error records.
    ///   - precedents: Similar settled cases from the audit log, if there is one.
    ///   - cases: The advices the audit log held under each case key when the batch began; lines of one batch under the
    ///     same key do not hold each other, since they are advised at once.
    ///   - logger: The audit log, opened; nil when not logging.
    ///   - cores: How many lines to advise at once, each on its own thread.
    ///   - write: Receives the output bytes, which are only valid during the call.
    /// - Returns: How many lines were read and how many failed.
    /// - Throws: `AuditLog.LogError` when the log cannot be written or synced; the round's output is then not written either.
    public static func run(_ data: Data, engine: AdviceEngine, language: Language, precedents: PrecedentBook?, cases: CaseBook? = nil,
                           logger: AdviceLogger?, cores: Int = ProcessInfo.processInfo.activeProcessorCount,
                           write: (Data) -> Void) throws(AuditLog.LogError) -> Summary {
        let lines = lineRanges(data)
        let cores = max(1, min(cores, 16))
        let partsPerRound = cores * chunksPerCore
        // Two rounds' parts: one round is advised while the other's records are being synced.
        let shared = SharedParts(parts: .allocate(capacity: partsPerRound * 2))
        shared.parts.initialize(repeating: Part())
        defer {
            _ = shared.parts.deinitialize()
            shared.parts.deallocate()
        }
        var summary = Summary()
        // A round advised and logged, its lines waiting to be shown: which parts hold them, and the sync to wait for.
        var waiting: (parts: Range<Int>, lines: Int, sync: AuditLog.PendingSync?)?
        func show(_ round: (parts: Range<Int>, lines: Int, sync: AuditLog.PendingSync?)) throws(AuditLog.LogError) {
            // Audit first: the round's records are on the disk before any of its lines is shown.
            try round.sync?.wait()
            for index in round.parts {
                summary.failed += shared.parts[index].failed
                // Handed over without a copy: `write` uses the bytes during the call only.
                shared.parts[index].writer.withBytes { bytes in
                    guard let base = bytes.baseAddress else { return }
                    write(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: bytes.count, deallocator: .none))
                }
            }
            summary.lines += round.lines
        }
        var start = 0, roundNumber = 0
        while start < lines.count {
            let round = lines[start..<min(start + roundLines(cores: cores), lines.count)]
            let chunks = stride(from: round.startIndex, to: round.endIndex, by: chunkLines).map { $0..<min($0 + chunkLines, round.endIndex) }
            let first = roundNumber % 2 * partsPerRound
            let recorder = logger?.recorder()
            DispatchQueue.concurrentPerform(iterations: chunks.count) { index in
                advise(data, lines[chunks[index]], firstLine: chunks[index].lowerBound + 1, engine, language, precedents, cases,
                       recorder, into: &shared.parts[first + index])
            }
            // The round before was synced while this one was advised; its lines go out first, in order.
            if let previous = waiting { try show(previous) }
            let sync = try logger?.appendStartingSync(chunks.indices.flatMap { shared.parts[first + $0].records })
            waiting = (first..<first + chunks.count, round.count, sync)
            start += round.count
            roundNumber += 1
        }
        if let last = waiting { try show(last) }
        return summary
    }

    /// Advises one core's chunk of lines into its part: output lines, records, failures.
    ///
    /// First every line is read and its words with it, then each is advised: the detector's tables, read for the words,
    /// stay in the cache for the whole chunk instead of being pushed out by the advice of every line between.
    private static func advise(_ data: Data, _ lines: ArraySlice<Range<Data.Index>>, firstLine: Int, _ engine: AdviceEngine,
                               _ language: Language, _ precedents: PrecedentBook?, _ cases: CaseBook?, _ recorder: AdviceLogger.Recorder?,
                               into part: inout Part) {
        part.writer.removeAll()
        part.records.removeAll(keepingCapacity: true)
        part.failed = 0
        let read = lines.enumerated().map { offset, range in readLine(data[range], lineNumber: firstLine + offset, language) }
        for (offset, line) in read.enumerated() {
            let lineNumber = firstLine + offset
            var outcome: Outcome
            switch line {
            case let .failure(error):
                outcome = .error(field: error.field, problem: error.problem)
            case let .success((intake, reading)):
                do {
                    let advice = try engine.advise(reading, language: language, precedent: precedents?.precedent(for: intake),
                                                   earlier: cases?.history(for: intake))
                    outcome = .advice(advice, intake: intake)
                } catch {
                    outcome = .error(field: "$", problem: error.message(in: language))
                }
            }
            var id: String? = nil
            if case let .advice(advice, intake) = outcome, let record = recorder?.record(advice, intake: intake) {
                part.records.append(record)
                id = record.adviceId
            }
            let checkpoint = part.writer.checkpoint
            do throws(JSONWriter.NonFiniteNumber) {
                try writeLine(outcome, id: id, lineNumber: lineNumber, into: &part.writer)
            } catch {
                // Only a NaN or infinite amount gets here, which the engine never produces; the line says so.
                part.writer.rollBack(to: checkpoint)
                outcome = .error(field: "$", problem: BatchAdvicePhrases.notWritable.text(language))
                try? writeLine(outcome, id: nil, lineNumber: lineNumber, into: &part.writer)
            }
            if case .error = outcome { part.failed += 1 }
        }
    }

    /// Why a line could not be read as an intake: the field, and the problems in the advice's language.
    private struct LineError: Error {
        let field: String
        let problem: String
    }

    /// One line read as an intake, with its words read too.
    private static func readLine(_ line: Data, lineNumber: Int, _ language: Language) -> Result<(Intake, WordsReading), LineError> {
        guard line.count <= longestLine else {
            return .failure(LineError(field: "$", problem: BatchAdvicePhrases.lineTooLong.text(language)))
        }
        do {
            let intake = try IntakeReader.read(line, file: "line \(lineNumber)")
            return .success((intake, WordsReading.read(intake)))
        } catch {
            return .failure(LineError(field: error.problems.first?.path ?? "$",
                                      problem: error.problems.map { $0.path + ": " + $0.problem(in: language) }.joined(separator: "; ")))
        }
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

    /// One output line, its members in sorted order: `advice` and `adviceId`, or `error`; then `line`.
    private static func writeLine(_ outcome: Outcome, id: String?, lineNumber: Int, into writer: inout JSONWriter)
        throws(JSONWriter.NonFiniteNumber) {
        writer.beginObject()
        switch outcome {
        case let .advice(advice, _):
            writer.key("advice")
            try advice.write(to: &writer)
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
        writer.endLine()
    }
}
