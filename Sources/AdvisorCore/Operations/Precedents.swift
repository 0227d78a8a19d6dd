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

    /// The precedent of each kind of case, worked out once: a batch asks for one per line.
    private var precedents: [Key: Precedent] = [:]

    /// Collects the accepted outcomes of the log's advices.
    public init(_ contents: AuditLog.Contents) {
        var keyOf: [String: Key] = [:]
        for case let .advice(record) in contents.records {
            keyOf[record.adviceId] = Key(category: record.intake.category, severity: record.intake.severity, fault: record.intake.fault)
        }
        var settled: [Key: [Double]] = [:]
        for case let .outcome(record) in contents.records where record.accepted {
            if let key = keyOf[record.adviceId] { settled[key, default: []].append(record.settled) }
        }
        for (key, amounts) in settled where !amounts.isEmpty {
            let sorted = amounts.sorted()
            let middle = sorted.count / 2
            // A precise figure ("237.5") brings inflated demands down more than a round one, so no rounding.
            let median = sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
            precedents[key] = Precedent(median: median, count: sorted.count)
        }
    }

    /// The precise median and the count of similar settled cases, or nil when there are none.
    public func precedent(for intake: Intake) -> Precedent? {
        precedents[Key(category: intake.category, severity: intake.severity, fault: intake.fault)]
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
