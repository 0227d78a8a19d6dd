import AdvisorCore
import FoundationEssentials
import JSON
import Knowledge
import Synchronization

/// The audit log as the server keeps it: the one writer every request's records go through, one append at a time.
///
/// The log is read once at start; afterwards what the server appends is all that changes it (the server is its only
/// writer), so the advice ids and the precedents are kept in memory rather than read from the file for every advice
/// as `advisor advise` does. Appends are serialized by one lock, each a single write of whole lines, so records of
/// concurrent requests never interleave (docs/DESIGN.md, "Invariants", 7).
public final class AuditTrail: Sendable {
    private struct State {
        let advices: AdviceLogger
        let outcomes: AuditLog.Appender
        /// The log read as precedents read it, every line the server appends fed in after it: the advices' standing
        /// (logged, what each allowed, whether an outcome came) and the settlements that count.
        var scan: PrecedentScan
        /// The precedents as of the last outcome; nil when an outcome came since.
        var book: PrecedentBook?
    }

    private let state: Mutex<State>
    private let policy: Policy
    private let log: AuditLog
    /// The log's file.
    public let path: String
    /// Lines of the log that were not whole records when it was read at start.
    public let damagedLines: [Int]

    /// Opens the log for appending and reads what it holds.
    /// - Throws: `AuditLog.LogError` when the log cannot be opened or read.
    public init(_ log: AuditLog, policy: Policy) throws(AuditLog.LogError) {
        let advices = try AdviceLogger(log, policy: policy)
        let outcomes = try AuditLog.Appender(log)
        let scan = PrecedentScan.reading(try LogFileOpening.contents(log.path) ?? Data())
        damagedLines = scan.damagedLines
        path = log.path
        self.log = log
        self.policy = policy
        state = Mutex(State(advices: advices, outcomes: outcomes, scan: scan, book: nil))
    }

    /// The precedent for an intake, from the accepted outcomes recorded so far.
    public func precedent(for intake: Intake) -> Precedent? {
        state.withLock { state in
            if state.book == nil { state.book = try? state.scan.book(for: policy) }
            return state.book?.precedent(for: intake)
        }
    }

    /// The advices logged so far under the intake's case key, read as `advisor advise` reads them; nil without a key.
    ///
    /// Read from the file, under the lock that appends: a record is either whole in what is read or not there yet.
    /// - Throws: `AuditLog.LogError` when the log cannot be read.
    public func earlier(for intake: Intake) throws(AuditLog.LogError) -> CaseHistory? {
        // Most intakes carry no key: they need no lock.
        guard intake.caseKey != nil else { return nil }
        return try state.withLock { (_: inout State) throws(AuditLog.LogError) -> CaseHistory? in
            try CaseBook.history(for: intake, in: log, policy: policy)
        }
    }

    /// Appends the advice's record; when this returns, the record is in the log.
    /// - Returns: The advice's new id.
    public func log(_ advice: Advice, intake: Intake) throws(AuditLog.LogError) -> String {
        try state.withLock { (state: inout State) throws(AuditLog.LogError) -> String in
            let record = state.advices.recorder().record(advice, intake: intake)
            try state.advices.append([record])
            Self.feed(.advice(record), into: &state.scan)
            return record.adviceId
        }
    }

    /// Appends how a logged advice's case ended, flagged when it is more than the advice allowed, as `advisor outcome`
    /// records it.
    /// - Returns: The record, and whether it replaces an earlier outcome of the same advice.
    /// - Throws: `AuditLog.LogError.unknownAdvice` for an id the log lacks; `.cannotWrite` when the write fails.
    public func recordOutcome(adviceId: String, settled: DecimalAmount, form: CompensationForm?, accepted: Bool)
        throws(AuditLog.LogError) -> LogRecord.OutcomeRecord {
        try state.withLock { (state: inout State) throws(AuditLog.LogError) -> LogRecord.OutcomeRecord in
            let record = try OutcomeRecording.record(adviceId: adviceId, settled: settled, form: form, accepted: accepted,
                                                     standing: try? state.scan.standing(of: adviceId))
            try state.outcomes.append([.outcome(record)])
            Self.feed(.outcome(record), into: &state.scan)
            state.book = nil
            return record
        }
    }

    /// Reads a record the server has just appended into the scan, as the line the log now ends with.
    private static func feed(_ record: LogRecord, into scan: inout PrecedentScan) {
        var writer = JSONWriter()
        // A record the log took is one the writer writes; nothing else can fail here.
        guard (try? record.write(to: &writer)) != nil else { return }
        writer.endLine()
        writer.withBytes { bytes in _ = try? scan.read(bytes.bindMemory(to: UInt8.self)) }
    }
}
