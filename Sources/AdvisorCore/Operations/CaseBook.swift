/// The audit log's advices gathered by case key, each with its outcomes: read once for a batch or an advice.
///
/// It reads the whole log, as the precedents do; a log that grows past what one read can afford will want an index,
/// shared with theirs.
public struct CaseBook: Sendable {
    private var histories: [String: CaseHistory] = [:]

    /// Collects every advice filed under a case key, oldest first, with the outcomes recorded for it.
    /// - Parameters:
    ///   - contents: The log as read.
    ///   - policy: The policy in force now, so that each entry says whether it was given under the same one.
    public init(_ contents: AuditLog.Contents, policy: LogRecord.PolicyStamp) {
        var place: [String: (key: String, index: Int)] = [:]
        for record in contents.records {
            switch record {
            case let .advice(advice):
                guard let key = advice.intake.caseKey else { continue }
                let entry = CaseHistory.Entry(time: advice.time, intake: advice.intake, advice: advice.advice,
                                              samePolicy: advice.policy.digest == policy.digest)
                histories[key, default: CaseHistory(entries: [])].entries.append(entry)
                place[advice.adviceId] = (key, histories[key, default: CaseHistory(entries: [])].entries.count - 1)
            case let .outcome(outcome):
                guard let (key, index) = place[outcome.adviceId] else { continue }
                histories[key]?.entries[index].outcomes.append(.init(time: outcome.time, settled: outcome.settled.double, accepted: outcome.accepted))
            }
        }
    }

    /// The advices logged under the intake's case key; nil when it has no key or nothing is logged under it.
    public func history(for intake: Intake) -> CaseHistory? {
        intake.caseKey.flatMap { histories[$0] }
    }

    /// The advices the log holds under the intake's case key, read for that key alone (`AuditLog.read(forCaseKey:)`), as
    /// one advice needs them; nil when the intake has no key or nothing is logged under it.
    public static func history(for intake: Intake, in log: AuditLog, policy: Policy) throws(AuditLog.LogError) -> CaseHistory? {
        guard let key = intake.caseKey else { return nil }
        return CaseBook(try log.read(forCaseKey: key), policy: AuditLog.stamp(policy)).history(for: intake)
    }
}
