import AdvisorCore
import FoundationEssentials

/// `advise --batch`: opens the log, reads the input and hands both to the batch advisor, which does the work.
enum BatchAdvice {
    static func run(path: String, policy: Policy, log: AuditLog?, keepWords: Bool, context: CommandContext) throws -> Int32 {
        // The log first: one that cannot be opened stops the batch before anything is advised.
        let logger = try log.map { log throws(AuditLog.LogError) in try AdviceLogger(log, policy: policy) }
        logger?.keepsWords = keepWords
        let data = try BatchInput.read(path, context)
        let precedents = try LogSource.precedents(log, context, policy: policy)
        // Lines are advised against the log as it was when the batch began; a key no line names is not worth a second read.
        // A name spelt with \u escapes is still the key to the parser, so escapes anywhere mean the log is read anyway.
        let namesAKey = data.withUnsafeBytes { raw in
            ByteSearch.contains(Array("\"caseKey\"".utf8), in: raw, at: 5) || ByteSearch.contains(Array("\\u".utf8), in: raw)
        }
        let cases = try log.flatMap { log in namesAKey ? CaseBook(try log.read(), policy: AuditLog.stamp(policy)) : nil }
        let summary = try BatchAdvisor.run(data, engine: AdviceEngine(policy: policy), language: context.language,
                                           precedents: precedents, cases: cases, logger: logger, write: context.io.writeOutputData)
        guard let note = summary.note(in: context.language) else { return ExitCode.success }
        context.io.writeError(note + "\n")
        return ExitCode.dataError
    }
}

/// `detect --batch`: reads the input and hands it to the batch detector.
enum BatchDetection {
    static func run(path: String, detector: CueDetector, context: CommandContext) throws -> Int32 {
        BatchDetector.run(try BatchInput.read(path, context), detector: detector, write: context.io.writeOutputData)
        return ExitCode.success
    }
}

/// The input of a batch command: a file read whole, or standard input when the path is "-".
///
/// Read, not mapped: a mapped file cut short while the batch ran made the next read of its pages crash the process,
/// and a pipe (`<(…)`) cannot be mapped at all. A copy of a large file costs its size in memory, once.
enum BatchInput {
    static func read(_ path: String, _ context: CommandContext) throws -> Data {
        if path == "-" {
            var lines: [String] = []
            while let line = context.io.readLine() { lines.append(line) }
            return Data(lines.joined(separator: "\n").utf8)
        }
        // Read to the end of what is written, which a pipe's size does not say beforehand.
        guard case let .success(contents) = FileBytes.read(path: path) else { throw CLIError.cannotRead(path: path) }
        return contents
    }
}
