import Foundation
import JSON
import Knowledge

/// One line of the audit log: an advice given, or how a case really ended.
public enum LogRecord: Codable, Equatable, Sendable {
    case advice(AdviceRecord)
    case outcome(OutcomeRecord)

    /// An advice as given, with the intake and the policy that produced it.
    public struct AdviceRecord: Codable, Equatable, Sendable {
        public var time: String
        public var adviceId: String
        public var intake: Intake
        /// The advice as given; nil when the record was written by a version whose advice had another shape.
        public var advice: Advice?
        public var policy: PolicyStamp
        /// How many lines of the customer's words the intake had and what became of them; nil when it had none, or when
        /// the record was written before words were left out of the log (its intake then holds them as said).
        public var words: LoggedWords?

        /// Creates a record.
        public init(time: String, adviceId: String, intake: Intake, advice: Advice, policy: PolicyStamp) {
            self.time = time
            self.adviceId = adviceId
            self.intake = intake
            self.advice = advice
            self.policy = policy
        }

        private enum CodingKeys: String, CodingKey {
            case time, adviceId, intake, advice, policy, words
        }

        /// Reads a record; an advice of an older shape is set aside, so the intake and its outcomes still count as precedents.
        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            time = try container.decode(String.self, forKey: .time)
            adviceId = try container.decode(String.self, forKey: .adviceId)
            intake = try container.decode(Intake.self, forKey: .intake)
            advice = try? container.decode(Advice.self, forKey: .advice)
            policy = try container.decode(PolicyStamp.self, forKey: .policy)
            words = (try? container.decodeIfPresent(LoggedWords.self, forKey: .words)) ?? nil
        }
    }

    /// How a case really ended.
    public struct OutcomeRecord: Codable, Equatable, Sendable {
        public var time: String
        public var adviceId: String
        public var settled: Double
        public var form: CompensationForm?
        public var accepted: Bool

        /// Creates a record.
        public init(time: String, adviceId: String, settled: Double, form: CompensationForm?, accepted: Bool) {
            self.time = time
            self.adviceId = adviceId
            self.settled = settled
            self.form = form
            self.accepted = accepted
        }
    }

    /// Which policy, exactly: its name, version and a digest of its content.
    public struct PolicyStamp: Codable, Equatable, Sendable {
        public var name: String
        public var version: String
        public var digest: String
    }

    private enum CodingKeys: String, CodingKey { case kind, record }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(String.self, forKey: .kind) {
        case "advice": self = .advice(try container.decode(AdviceRecord.self, forKey: .record))
        case "outcome": self = .outcome(try container.decode(OutcomeRecord.self, forKey: .record))
        case let other:
            throw DecodingError.dataCorruptedError(forKey: .kind, in: container, debugDescription: "unknown record kind \(other)")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case let .advice(record):
            try container.encode("advice", forKey: .kind)
            try container.encode(record, forKey: .record)
        case let .outcome(record):
            try container.encode("outcome", forKey: .kind)
            try container.encode(record, forKey: .record)
        }
    }
}

/// The audit log: JSON lines appended by any number of agents at once.
///
/// Each record is one `write` on a file opened with `O_APPEND`, so concurrent writers never interleave
/// within a line. A line torn by a crash is reported and skipped when the log is read; a writer that
/// finds the file not ending in a newline starts with one, so its record is not glued to the torn part.
public struct AuditLog: Sendable {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// Why the log cannot be used.
    public enum LogError: Error, Equatable, Sendable {
        case cannotOpen(String, reason: String)
        case cannotWrite(String, reason: String)
        /// `outcome` named an advice id the log does not hold.
        case unknownAdvice(String)

        /// What is wrong and what to do, in one language.
        public func message(in language: Language) -> String {
            switch self {
            case let .cannotOpen(path, reason):
                return AuditLogPhrases.cannotOpen(path, reason: reason).text(language)
            case let .cannotWrite(path, reason):
                return AuditLogPhrases.cannotWrite(path, reason: reason).text(language)
            case let .unknownAdvice(id):
                return AuditLogPhrases.unknownAdvice(id).text(language)
            }
        }
    }

    /// The digest that identifies a policy's content, whatever its name and version say.
    public static func stamp(_ policy: Policy) -> LogRecord.PolicyStamp {
        // Foundation's encoder, not the project's writer: the digest names a policy across versions, so its bytes must
        // stay those every earlier record was stamped with (`/` escaped as `\/`). It runs once per command, not per advice.
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let bytes = (try? encoder.encode(policy)) ?? Data()
        return LogRecord.PolicyStamp(name: policy.name, version: policy.version, digest: "sha256:" + SHA256.hex(bytes))
    }

    /// Appends records, each as one line, in one write.
    public func append(_ records: [LogRecord]) throws(LogError) {
        try Appender(self).append(records)
    }

    /// The log opened for appending, for as long as a command writes to it.
    ///
    /// Opening is its own step so that a command opens the log before it advises anything: a log that cannot be
    /// opened stops the command before any advice is shown that the log would lack.
    public final class Appender {
        public let path: String
        private let fd: Int32
        /// The file ended in a torn line when opened, so the next write starts with a newline.
        private var needsNewline = false

        /// Opens (or creates) the log for appending.
        /// - Throws: `LogError.cannotOpen` naming the file and the system's reason.
        public init(_ log: AuditLog) throws(LogError) {
            path = log.path
            // Read-write, not write-only: the last byte must be read to see whether a crash left a line torn.
            fd = open(log.path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw .cannotOpen(log.path, reason: String(cString: strerror(errno))) }
            var status = stat()
            if fstat(fd, &status) == 0, status.st_size > 0 {
                var last: UInt8 = 0
                if pread(fd, &last, 1, off_t(status.st_size - 1)) == 1, last != 10 { needsNewline = true }
            }
        }

        deinit { close(fd) }

        /// Appends whole lines, each ending in a newline, in one write, so writers sharing the log never interleave.
        public func append(lines: UnsafeRawBufferPointer) throws(LogError) {
            guard lines.count > 0 else { return }
            if needsNewline {
                // Only after a torn line: the newline goes in the same write as the lines.
                var bytes: [UInt8] = [10]
                bytes.append(contentsOf: lines)
                needsNewline = false
                // `withUnsafeBytes` rethrows untyped, so the outcome comes out as a value.
                try bytes.withUnsafeBytes { bytes in Result { () throws(LogError) in try append(lines: bytes) } }.get()
                return
            }
            let written = write(fd, lines.baseAddress, lines.count)
            if written != lines.count {
                throw .cannotWrite(path, reason: written < 0 ? String(cString: strerror(errno)) : "short write")
            }
        }

        /// Appends records, one line each, in one write.
        public func append(_ records: [LogRecord]) throws(LogError) {
            var writer = JSONWriter()
            for record in records {
                do throws(JSONWriter.NonFiniteNumber) {
                    try record.write(to: &writer)
                } catch {
                    // Only a NaN or infinite amount gets here, which the engine never produces; nothing is written.
                    throw .cannotWrite(path, reason: "a record holds the number \(error.value), which JSON cannot write")
                }
                writer.endLine()
            }
            try writer.withBytes { lines in Result { () throws(LogError) in try append(lines: lines) } }.get()
        }
    }

    /// The time now as the log writes it: ISO 8601 in UTC to the second, such as `2026-03-01T09:30:00Z`.
    public static func timestamp(_ seconds: time_t = time(nil)) -> String {
        var parts = tm()
        var clock = seconds
        gmtime_r(&clock, &parts)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
    }

    /// Everything the log holds, and the lines it could not read.
    public struct Contents: Sendable {
        public var records: [LogRecord] = []
        /// Line numbers of lines that are not whole records, such as one torn by a crash mid-write.
        public var damagedLines: [Int] = []
    }

    /// Reads the log; a missing file reads as empty.
    public func read() throws(LogError) -> Contents {
        guard FileManager.default.fileExists(atPath: path) else { return Contents() }
        guard let data = FileManager.default.contents(atPath: path) else { throw .cannotOpen(path, reason: "unreadable") }
        var contents = Contents()
        let decoder = JSONDecoder()
        for (index, line) in data.split(separator: 10, omittingEmptySubsequences: false).enumerated() {
            if line.allSatisfy({ $0 == 32 || $0 == 13 || $0 == 9 }) { continue }
            if let record = try? decoder.decode(LogRecord.self, from: Data(line)) {
                contents.records.append(record)
            } else {
                contents.damagedLines.append(index + 1)
            }
        }
        return contents
    }
}
