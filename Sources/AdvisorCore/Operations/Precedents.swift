import Foundation
import Knowledge

/// How similar past cases really settled, from the outcomes in the audit log.
public struct PrecedentBook: Sendable {
    /// Similar means the same category, severity and fault.
    struct Key: Hashable, Sendable {
        var category: ComplaintCategoryID
        var severity: Severity
        var fault: Fault
    }

    private var settled: [Key: [Double]] = [:]

    /// Collects the accepted outcomes of the log's advices.
    public init(_ contents: AuditLog.Contents) {
        var keyOf: [String: Key] = [:]
        for case let .advice(record) in contents.records {
            keyOf[record.adviceId] = Key(category: record.intake.category, severity: record.intake.severity, fault: record.intake.fault)
        }
        for case let .outcome(record) in contents.records where record.accepted {
            if let key = keyOf[record.adviceId] { settled[key, default: []].append(record.settled) }
        }
    }

    /// The precise median and the count of similar settled cases, or nil when there are none.
    public func precedent(for intake: Intake) -> Precedent? {
        let key = Key(category: intake.category, severity: intake.severity, fault: intake.fault)
        guard let amounts = settled[key], !amounts.isEmpty else { return nil }
        let sorted = amounts.sorted()
        let middle = sorted.count / 2
        // A precise figure ("237.5") brings inflated demands down more than a round one, so no rounding.
        let median = sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
        return Precedent(median: median, count: sorted.count)
    }
}

/// The typical settlement of similar cases.
public struct Precedent: Codable, Equatable, Sendable {
    public var median: Double
    public var count: Int

    public init(median: Double, count: Int) {
        self.median = median
        self.count = count
    }
}
