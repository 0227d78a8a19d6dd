import FoundationEssentials
import Glibc
import Knowledge

/// Gives each advice an id and appends its record to the audit log: the one way `advise`, `intake` and `advise --batch`
/// log advice.
///
/// The log is opened when the logger is made, before anything is advised, and every record is in the log, synced to the
/// disk, when `log` returns, so a caller that shows the id only afterwards never shows an id the log lacks, not even after
/// a power cut (docs/DESIGN.md, "Invariants", 7).
public final class AdviceLogger {
    private let appender: AuditLog.Appender
    /// The policy's stamp, the same on every record, so its digest is worked out once.
    private let stamp: LogRecord.PolicyStamp
    private var clock: (second: time_t, text: String) = (-1, "")
    /// Whether records keep the customer's words, masked (`--keep-words`); by default they leave them out.
    public var keepsWords = false

    /// Opens the log for the advice of one policy.
    /// - Throws: `AuditLog.LogError.cannotOpen` when the log cannot be opened or created.
    public init(_ log: AuditLog, policy: Policy) throws(AuditLog.LogError) {
        appender = try AuditLog.Appender(log)
        stamp = AuditLog.stamp(policy)
    }

    /// The log's file.
    public var path: String { appender.path }

    /// Makes the records of advices given now, on any thread; nothing is written until `append`.
    public struct Recorder: Sendable {
        let time: String
        let policy: LogRecord.PolicyStamp
        let keepsWords: Bool

        /// The record of an advice, with a new id; the customer's words are left out, or kept masked when the logger
        /// keeps them.
        /// - Parameters:
        ///   - advice: The advice.
        ///   - intake: The intake it was given for, as the agent entered it.
        public func record(_ advice: Advice, intake: Intake) -> LogRecord.AdviceRecord {
            LogRecord.AdviceRecord(time: time, adviceId: AdviceLogger.newID(), intake: intake, advice: advice, policy: policy,
                                   keepingWords: keepsWords)
        }
    }

    /// A recorder stamped with the time now.
    public func recorder() -> Recorder {
        Recorder(time: now(), policy: stamp, keepsWords: keepsWords)
    }

    /// Appends records in one write; when it returns, they are in the log and synced to the disk.
    /// - Throws: `AuditLog.LogError.cannotWrite`; then none of them is logged.
    public func append(_ records: [LogRecord.AdviceRecord]) throws(AuditLog.LogError) {
        try appender.append(records.map(LogRecord.advice))
    }

    /// Appends records in one write and starts syncing them in the background; their ids may be shown once `wait()` on
    /// the returned sync has returned.
    /// - Throws: `AuditLog.LogError.cannotWrite`; then none of them is logged.
    public func appendStartingSync(_ records: [LogRecord.AdviceRecord]) throws(AuditLog.LogError) -> AuditLog.PendingSync {
        try appender.appendStartingSync(records.map(LogRecord.advice))
    }

    /// Logs one advice and returns its new id, once the record is in the log.
    public func log(_ advice: Advice, intake: Intake) throws(AuditLog.LogError) -> String {
        let record = recorder().record(advice, intake: intake)
        try append([record])
        return record.adviceId
    }

    /// The time as the log writes it, formatted once per second however many advices a second brings.
    private func now() -> String {
        let second = time(nil)
        if second != clock.second { clock = (second, AuditLog.timestamp(second)) }
        return clock.text
    }

    /// A random (version 4) UUID in lowercase, as `UUID().uuidString.lowercased()` writes it, without the round trip
    /// through Foundation's formatting for every advice.
    static func newID() -> String {
        var generator = SystemRandomNumberGenerator()
        var high = generator.next() as UInt64, low = generator.next() as UInt64
        high = high & ~0xF000 | 0x4000
        low = low & ~(0xC << 60) | (0x8 << 60)
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        var text = [UInt8]()
        text.reserveCapacity(36)
        for (index, shift) in stride(from: 124, through: 0, by: -4).enumerated() {
            if index == 8 || index == 12 || index == 16 || index == 20 { text.append(0x2D) }
            let nibble = shift >= 64 ? high >> UInt64(shift - 64) & 0xF : low >> UInt64(shift) & 0xF
            text.append(hex[Int(nibble)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
