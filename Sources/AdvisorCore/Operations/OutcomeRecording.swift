import Knowledge

/// How a logged advice's case really ended, made into its log record one way for every front end.
///
/// `advisor outcome` does the same inside its command today; this is the piece `advisor serve` shares, kept in a file
/// of its own so the command's file stays with the people changing the log.
public enum OutcomeRecording {
    /// The settled amount as typed, read by the rules every typed amount follows (`TypedAmount`).
    public static func settledAmount(_ text: String) -> Result<DecimalAmount, TypedAmount.Problem> {
        TypedAmount.exact(text)
    }

    /// The outcome's record, stamped now, once the advice is known to be in the log.
    /// - Parameters:
    ///   - adviceId: The advice the outcome belongs to.
    ///   - settled: What was given.
    ///   - form: Its form, when stated.
    ///   - accepted: Whether the customer accepted.
    ///   - isLogged: Whether the log holds an advice with this id.
    /// - Throws: `AuditLog.LogError.unknownAdvice` when it does not, so no outcome points at nothing.
    public static func record(adviceId: String, settled: DecimalAmount, form: CompensationForm?, accepted: Bool,
                              isLogged: (String) -> Bool) throws(AuditLog.LogError) -> LogRecord.OutcomeRecord {
        guard isLogged(adviceId) else { throw .unknownAdvice(adviceId) }
        return LogRecord.OutcomeRecord(time: AuditLog.timestamp(), adviceId: adviceId, settled: settled, form: form, accepted: accepted)
    }
}
