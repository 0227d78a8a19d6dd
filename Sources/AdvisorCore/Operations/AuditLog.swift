import Dispatch
import FoundationEssentials
import Glibc
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
        /// The amount as typed, digit for digit.
        public var settled: DecimalAmount
        public var form: CompensationForm?
        public var accepted: Bool
        /// True when the customer accepted more than the advice allowed: kept for the record, left out of precedents.
        public var aboveAllowed: Bool?

        /// Creates a record.
        public init(time: String, adviceId: String, settled: DecimalAmount, form: CompensationForm?, accepted: Bool,
                    aboveAllowed: Bool? = nil) {
            self.time = time
            self.adviceId = adviceId
            self.settled = settled
            self.form = form
            self.accepted = accepted
            self.aboveAllowed = aboveAllowed
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
/// The file starts with the advisor's header line (`LogHeader`), is never reached through a symbolic link,
/// is private to its owner (or its group, on request), and every append is synced before it returns.
public struct AuditLog: Sendable {
    public let path: String
    /// Who besides the owner may use the log: the modes it is created with, and whose log may be appended to.
    public let sharing: LogSharing

    public init(path: String, sharing: LogSharing = .owner) {
        self.path = path
        self.sharing = sharing
    }

    /// Why the log cannot be used.
    public enum LogError: Error, Equatable, Sendable {
        case cannotOpen(String, reason: String)
        case cannotWrite(String, reason: String)
        /// The file at the path is not used as the log, for the reason given.
        case refused(String, LogRefusal)
        /// `outcome` named an advice id the log does not hold.
        case unknownAdvice(String)

        /// What is wrong and what to do, in one language.
        public func message(in language: Language) -> String {
            switch self {
            case let .cannotOpen(path, reason):
                return AuditLogPhrases.cannotOpen(path, reason: reason).text(language)
            case let .cannotWrite(path, reason):
                return AuditLogPhrases.cannotWrite(path, reason: reason).text(language)
            case let .refused(path, refusal):
                return LogFilePhrases.refusal(path, refusal).text(language)
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

    /// Appends records, each as one line, in one write, synced before it returns.
    public func append(_ records: [LogRecord]) throws(LogError) {
        try Appender(self).append(records)
    }

    /// The log opened for appending, for as long as a command writes to it.
    ///
    /// Opening is its own step so that a command opens the log before it advises anything: a log that cannot be
    /// opened stops the command before any advice is shown that the log would lack.
    public final class Appender {
        public let path: String
        private let sharing: LogSharing
        /// The log's file; another one when `advisor log prune` has replaced it since (see `lockCurrentFile`).
        private var fd: Int32
        /// The file ended in a torn line when opened, so the next write starts with a newline.
        private var needsNewline = false
        /// The file was empty when opened, so the first write may have to start it with the header.
        private var openedEmpty: Bool

        /// Opens (or creates) the log for appending, after checking that the file is a log this user may append to.
        /// - Throws: `LogError.refused` for a file that is not used as the log, `.cannotOpen` with the system's reason.
        public init(_ log: AuditLog) throws(LogError) {
            path = log.path
            sharing = log.sharing
            // Read-write, not write-only: the last byte must be read to see whether a crash left a line torn.
            let (descriptor, size) = try LogFileOpening.openForAppending(log.path, sharing: log.sharing)
            fd = descriptor
            openedEmpty = size == 0
            if size > 0 { needsNewline = endsTorn(size: size) }
        }

        deinit { close(fd) }

        /// Whether the file's last byte, at `size`, is not a newline: a crash cut its last line short.
        private func endsTorn(size: Int) -> Bool {
            var last: UInt8 = 0
            return pread(fd, &last, 1, off_t(size - 1)) == 1 && last != 10
        }

        /// Appends whole lines, each ending in a newline, in one write, so writers sharing the log never interleave;
        /// when it returns, the lines are synced to the disk.
        public func append(lines: UnsafeRawBufferPointer) throws(LogError) {
            try write(lines: lines)
            try sync()
        }

        /// Appends records, one line each, in one write, synced to the disk when it returns.
        public func append(_ records: [LogRecord]) throws(LogError) {
            try encoded(records).withBytes { lines in Result { () throws(LogError) in try append(lines: lines) } }.get()
        }

        /// Appends records in one write and starts syncing them to the disk in the background, so a batch can advise its
        /// next round meanwhile; their ids may be shown only once `wait()` on the returned sync has returned.
        public func appendStartingSync(_ records: [LogRecord]) throws(LogError) -> PendingSync {
            try encoded(records).withBytes { lines in Result { () throws(LogError) in try write(lines: lines) } }.get()
            return PendingSync(descriptor: try duplicateDescriptor(), path: path)
        }

        /// Writes whole lines in one write, after the header when the log is new and a newline when its end is torn.
        private func write(lines: UnsafeRawBufferPointer) throws(LogError) {
            guard lines.count > 0 else { return }
            try lockCurrentFile()
            defer { flock(fd, LOCK_UN) }
            var lead: [UInt8] = []
            if openedEmpty {
                openedEmpty = false
                var status = stat()
                guard fstat(fd, &status) == 0 else { throw .cannotWrite(path, reason: String(cString: strerror(errno))) }
                if status.st_size == 0 { lead = Array(LogHeader.line(created: AuditLog.timestamp()).utf8) }
                else { needsNewline = endsTorn(size: Int(status.st_size)) }
            }
            // Only after a torn line: the newline goes in the same write as the lines.
            if needsNewline { lead.append(10) }
            needsNewline = false
            if lead.isEmpty {
                try writeOnce(lines)
            } else {
                lead.append(contentsOf: lines)
                // `withUnsafeBytes` rethrows untyped, so the outcome comes out as a value.
                try lead.withUnsafeBytes { bytes in Result { () throws(LogError) in try writeOnce(bytes) } }.get()
            }
        }

        /// Locks the file the path names now, reopening it when the one held was replaced.
        ///
        /// `advisor log prune` writes a new log and renames it over the old one, holding an exclusive lock on the old one
        /// until every record that reached it is carried over. A writer takes a shared lock, so it waits for a prune that is
        /// under way, and then checks that its file is still the one at the path: a command that opened the log before a
        /// prune (a batch, the server) writes on into the new log, not into the replaced file where nobody would read it.
        /// Writers that all found the log empty take the lock exclusively, so exactly one of them writes the header.
        private func lockCurrentFile() throws(LogError) {
            while true {
                guard flock(fd, openedEmpty ? LOCK_EX : LOCK_SH) == 0 else {
                    throw .cannotWrite(path, reason: String(cString: strerror(errno)))
                }
                var held = stat(), named = stat()
                guard fstat(fd, &held) == 0 else { throw .cannotWrite(path, reason: String(cString: strerror(errno))) }
                if lstat(path, &named) == 0, named.st_ino == held.st_ino, named.st_dev == held.st_dev { return }
                flock(fd, LOCK_UN)
                // Opened as the first time, with the same checks: the path may now hold anything.
                let (descriptor, size) = try LogFileOpening.openForAppending(path, sharing: sharing)
                close(fd)
                fd = descriptor
                openedEmpty = size == 0
                needsNewline = size > 0 && endsTorn(size: size)
            }
        }

        /// One `write` of the bytes: a short one is a failure, since a second write could interleave with another writer's.
        private func writeOnce(_ bytes: UnsafeRawBufferPointer) throws(LogError) {
            let written = Glibc.write(fd, bytes.baseAddress, bytes.count)
            if written != bytes.count {
                throw .cannotWrite(path, reason: written < 0 ? String(cString: strerror(errno)) : "short write")
            }
        }

        /// Waits until everything written so far is on the disk: a record is synced before anything shows its id.
        fileprivate func sync() throws(LogError) {
            try Self.sync(fd, path: path)
        }

        fileprivate static func sync(_ descriptor: Int32, path: String) throws(LogError) {
            guard fdatasync(descriptor) == 0 else { throw .cannotWrite(path, reason: String(cString: strerror(errno))) }
        }

        /// A descriptor of the file written so far, for a sync in the background: the appender may move to a new file
        /// meanwhile, and closes the old one when it does.
        fileprivate func duplicateDescriptor() throws(LogError) -> Int32 {
            let copy = dup(fd)
            guard copy >= 0 else { throw .cannotWrite(path, reason: String(cString: strerror(errno))) }
            return copy
        }

        /// The records as lines of JSON.
        private func encoded(_ records: [LogRecord]) throws(LogError) -> JSONWriter {
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
            return writer
        }
    }

    /// A sync of the log running in the background; the records written before it started are on the disk once `wait()`
    /// returns.
    public final class PendingSync: @unchecked Sendable {
        // Unchecked: `failure` is written once by the syncing thread before it signals `done`, and read only after `wait`.
        private let done = DispatchSemaphore(value: 0)
        private var failure: LogError?

        /// A queue of its own, which gets a thread at once, rather than one waiting behind the batch's advising.
        private static let queue = DispatchQueue(label: "audit-log-sync")

        /// Syncs the file behind `descriptor`, then closes the descriptor, which is the sync's own.
        fileprivate init(descriptor: Int32, path: String) {
            Self.queue.async { [self] in
                do throws(LogError) { try Appender.sync(descriptor, path: path) } catch { failure = error }
                close(descriptor)
                done.signal()
            }
        }

        /// Waits for the sync to finish.
        /// - Throws: `LogError.cannotWrite` when the records could not be synced; their ids must not be shown.
        public func wait() throws(LogError) {
            done.wait()
            done.signal()
            if let failure { throw failure }
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

    /// Reads the log, skipping its header line; a missing file reads as empty, and a file that is not a log is refused.
    ///
    /// Each line is read by the project's strict parser.
    public func read() throws(LogError) -> Contents {
        try read { _ in true }
    }

    /// The records that can bear on one case key: every outcome, and the advices whose line holds the key's longest run
    /// of characters no JSON writer escapes. A `CaseBook` of them answers for that key as one of the whole log does.
    ///
    /// Decoding every advice of a large log took minutes; looking for a few bytes in each line takes seconds. A key with no
    /// such run (all Chinese, say) reads the whole log. Lines passed over are not checked for damage.
    public func read(forCaseKey key: String) throws(LogError) -> Contents {
        guard let run = Self.plainRun(of: key) else { return try read() }
        let needle = Array(run.utf8), outcome = Array(#""kind":"outcome""#.utf8)
        return try read { line in ByteSearch.contains(needle, in: line) || ByteSearch.contains(outcome, in: line, at: 1) }
    }

    /// The longest run of ASCII letters, digits and `-_.:#@+` in the key, which every JSON writer leaves as it is.
    static func plainRun(of key: String) -> Substring? {
        func plain(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber || "-_.:#@+".contains(c)) }
        var best: Substring?, start = key.startIndex
        while start < key.endIndex {
            guard plain(key[start]) else { start = key.index(after: start); continue }
            let end = key[start...].firstIndex { !plain($0) } ?? key.endIndex
            if key[start..<end].count > best?.count ?? 0 { best = key[start..<end] }
            start = end
        }
        return best
    }

    /// Reads the lines `keeping` accepts, by the project's strict parser.
    ///
    /// Lines are found with `memchr` in the file's bytes, and only a kept line is copied out: splitting the `Data` byte by
    /// byte took most of the time of reading a large log.
    private func read(keeping: (UnsafeRawBufferPointer) -> Bool) throws(LogError) -> Contents {
        guard let data = try LogFileOpening.contents(path) else { return Contents() }
        var contents = Contents()
        let decoder = JSONNodeDecoder()
        data.withUnsafeBytes { (all: UnsafeRawBufferPointer) in
            guard let base = all.baseAddress else { return }
            var start = 0, index = 0
            while true {
                let newline = memchr(base + start, 10, all.count - start).map { base.distance(to: UnsafeRawPointer($0)) }
                let line = UnsafeRawBufferPointer(rebasing: all[start..<(newline ?? all.count)])
                defer { index += 1 }
                // The header is the first line only: the same text further down is a line out of place, so damage.
                let blank = line.allSatisfy { $0 == 32 || $0 == 13 || $0 == 9 }
                if !blank, !(index == 0 && LogHeader.isHeader(line)), keeping(line) {
                    if let node = try? JSONParser.parse(Data(line)), let record = try? decoder.decode(LogRecord.self, from: node) {
                        contents.records.append(record)
                    } else {
                        contents.damagedLines.append(index + 1)
                    }
                }
                guard let newline else { break }
                start = newline + 1
            }
        }
        return contents
    }
}
