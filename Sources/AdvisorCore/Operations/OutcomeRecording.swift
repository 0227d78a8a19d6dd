import Knowledge

/// How a logged advice's case really ended, made into its log record one way for every front end (`advisor outcome`,
/// `advisor serve`).
public enum OutcomeRecording {
    /// The outcome's record, stamped now, flagged when an accepted amount is above what the advice allowed.
    /// - Parameters:
    ///   - adviceId: The advice the outcome belongs to.
    ///   - settled: What was given, as typed.
    ///   - form: Its form, when stated.
    ///   - accepted: Whether the customer accepted.
    ///   - standing: Where the advice stands in the log; nil when the log holds no such advice.
    /// - Throws: `AuditLog.LogError.unknownAdvice` when the log lacks the advice, so no outcome points at nothing.
    public static func record(adviceId: String, settled: DecimalAmount, form: CompensationForm?, accepted: Bool,
                              standing: AdviceStanding?) throws(AuditLog.LogError) -> LogRecord.OutcomeRecord {
        guard let standing else { throw .unknownAdvice(adviceId) }
        // Only an accepted amount is a settlement; a rejected offer above the plan says nothing about what cases cost.
        let above = accepted && standing.allowed.map { settled > $0 } ?? false
        return LogRecord.OutcomeRecord(time: AuditLog.timestamp(), adviceId: adviceId, settled: settled, form: form,
                                       accepted: accepted, aboveAllowed: above ? true : nil)
    }
}
