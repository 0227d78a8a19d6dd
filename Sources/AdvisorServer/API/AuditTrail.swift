import AdvisorCore
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
        var loggedIds: Set<String>
        /// The log's records, advices without their words and text: what precedents are worked out from.
        var records: AuditLog.Contents
        /// The precedents as of the last outcome; nil when an outcome came since.
        var book: PrecedentBook?
    }

    private let state: Mutex<State>
    /// The log's file.
    public let path: String
    /// Lines of the log that were not whole records when it was read at start.
    public let damagedLines: [Int]

    /// Opens the log for appending and reads what it holds.
    /// - Throws: `AuditLog.LogError` when the log cannot be opened or read.
    public init(_ log: AuditLog, policy: Policy) throws(AuditLog.LogError) {
        let advices = try AdviceLogger(log, policy: policy)
        let outcomes = try AuditLog.Appender(log)
        var contents = try log.read()
        damagedLines = contents.damagedLines
        contents.records = contents.records.map(Self.slim)
        var ids: Set<String> = []
        for case let .advice(record) in contents.records { ids.insert(record.adviceId) }
        path = log.path
        state = Mutex(State(advices: advices, outcomes: outcomes, loggedIds: ids, records: contents, book: nil))
    }

    /// The precedent for an intake, from the accepted outcomes recorded so far.
    public func precedent(for intake: Intake) -> Precedent? {
        state.withLock { state in
            if state.book == nil { state.book = PrecedentBook(state.records) }
            return state.book?.precedent(for: intake)
        }
    }

    /// Appends the advice's record; when this returns, the record is in the log.
    /// - Returns: The advice's new id.
    public func log(_ advice: Advice, intake: Intake) throws(AuditLog.LogError) -> String {
        try state.withLock { (state: inout State) throws(AuditLog.LogError) -> String in
            let record = state.advices.recorder().record(advice, intake: intake)
            try state.advices.append([record])
            state.loggedIds.insert(record.adviceId)
            state.records.records.append(Self.slim(.advice(record)))
            return record.adviceId
        }
    }

    /// Appends how a logged advice's case ended.
    /// - Throws: `AuditLog.LogError.unknownAdvice` for an id the log lacks; `.cannotWrite` when the write fails.
    public func recordOutcome(adviceId: String, settled: Double, form: CompensationForm?, accepted: Bool)
        throws(AuditLog.LogError) -> LogRecord.OutcomeRecord {
        try state.withLock { (state: inout State) throws(AuditLog.LogError) -> LogRecord.OutcomeRecord in
            let ids = state.loggedIds
            let record = try OutcomeRecording.record(adviceId: adviceId, settled: settled, form: form, accepted: accepted,
                                                     isLogged: { ids.contains($0) })
            try state.outcomes.append([.outcome(record)])
            state.records.records.append(.outcome(record))
            state.book = nil
            return record
        }
    }

    /// A record as precedents need it: an advice keeps its intake without the customer's words.
    private static func slim(_ record: LogRecord) -> LogRecord {
        guard case var .advice(advice) = record else { return record }
        advice.advice = nil
        advice.intake.said = []
        return .advice(advice)
    }
}
