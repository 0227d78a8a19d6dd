// Kept apart from AuditLog.swift so the error's texts and its place in the report can change separately.
extension AuditLog.LogError: ReportableError {
    /// The log file, or nil for an advice id the log lacks, which is not a place in it.
    public var location: String? {
        switch self {
        case let .cannotOpen(path, _), let .cannotWrite(path, _), let .refused(path, _): path
        case .unknownAdvice: nil
        }
    }

    /// A failure: the log is the advisor's own record, and an id it lacks may be a log moved or rotated since; a file
    /// refused as the log exits as its refusal says (65 for a file that is not a log at all).
    public var exitCode: Int32 {
        switch self {
        case let .refused(_, refusal): refusal.exitCode
        case .cannotOpen, .cannotWrite, .unknownAdvice: ExitCode.failure
        }
    }
}
