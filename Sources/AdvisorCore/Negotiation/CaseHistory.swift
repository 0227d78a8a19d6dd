import Knowledge

/// The advices the audit log holds under one case key, oldest first, with how each ended: what the engine reads to keep
/// a customer's ladder the same from one call, or one agent, to the next (docs/DESIGN.md, "A case key").
public struct CaseHistory: Equatable, Sendable {
    /// One earlier advice under the key.
    public struct Entry: Equatable, Sendable {
        public var time: String
        /// The intake it was given for, as logged.
        public var intake: Intake
        /// Whether it was given under the policy in force now (the same digest).
        public var samePolicy: Bool
        /// The reader's money plan as given; nil when the reader offered no money, or the record's advice is of an
        /// older shape.
        public var ladder: Ladder?
        /// The case's bounds as that advice saw them, and its currency: its figures hold a new plan only when they match.
        public var bounds: Advice.Bounds?
        public var currency: String?
        /// How it ended, in the order the outcomes were recorded.
        public var outcomes: [Outcome]

        /// The reader's tier and the two ends of its ladder, in the currency's major units.
        public struct Ladder: Equatable, Sendable {
            public var tier: String
            public var opening: Double
            public var walkAway: Double

            public init(tier: String, opening: Double, walkAway: Double) {
                self.tier = tier
                self.opening = opening
                self.walkAway = walkAway
            }
        }

        /// An entry for an advice as it was given.
        /// - Parameters:
        ///   - time: When it was logged.
        ///   - intake: The intake it was given for.
        ///   - advice: The advice; nil for a record whose advice had another shape.
        ///   - samePolicy: Whether the policy then is the policy now.
        ///   - outcomes: How it ended.
        public init(time: String, intake: Intake, advice: Advice?, samePolicy: Bool, outcomes: [Outcome] = []) {
            self.time = time
            self.intake = intake
            self.samePolicy = samePolicy
            self.outcomes = outcomes
            bounds = advice?.bounds
            currency = advice?.policy.currency
            ladder = advice?.ladder.map { Ladder(tier: $0.tier, opening: $0.opening, walkAway: $0.walkAway) }
        }
    }

    /// One recorded outcome of an earlier advice.
    public struct Outcome: Equatable, Sendable {
        public var time: String
        /// The amount given, or offered and turned down, in the currency's major units.
        public var settled: Double
        public var accepted: Bool

        public init(time: String, settled: Double, accepted: Bool) {
            self.time = time
            self.settled = settled
            self.accepted = accepted
        }
    }

    /// Oldest first.
    public var entries: [Entry]

    public init(entries: [Entry]) {
        self.entries = entries
    }
}

/// A fact of the intake that moves the case's bounds: when one differs from an earlier advice's, its figures may no
/// longer hold, and the card names it.
public enum CaseFact: String, CaseIterable, Equatable, Sendable {
    case category, severity, fault, brokenPromises, customerValue, orderValue, loss, daysSinceSale, productClass,
         failedRepairs, distanceSale, distanceSaleExempt, fraud, foodSafety, unfitForPurpose, prepaid, seriousHarm,
         knewDefect

    /// The facts that differ between two intakes, in this enum's order.
    static func changed(from earlier: Intake, to now: Intake) -> [CaseFact] {
        allCases.filter { fact in
            switch fact {
            case .category: earlier.category != now.category
            case .severity: earlier.severity != now.severity
            case .fault: earlier.fault != now.fault
            case .brokenPromises: earlier.brokenPromises != now.brokenPromises
            case .customerValue: earlier.customerValue != now.customerValue
            case .orderValue: earlier.orderValue != now.orderValue
            case .loss: earlier.loss != now.loss
            case .daysSinceSale: earlier.daysSinceSale != now.daysSinceSale
            case .productClass: earlier.productClass != now.productClass
            case .failedRepairs: earlier.failedRepairs != now.failedRepairs
            case .distanceSale: earlier.distanceSale != now.distanceSale
            case .distanceSaleExempt: earlier.distanceSaleExempt != now.distanceSaleExempt
            case .fraud: earlier.fraud != now.fraud
            case .foodSafety: earlier.foodSafety != now.foodSafety
            case .unfitForPurpose: earlier.unfitForPurpose != now.unfitForPurpose
            case .prepaid: earlier.prepaid != now.prepaid
            case .seriousHarm: earlier.seriousHarm != now.seriousHarm
            case .knewDefect: earlier.knewDefect != now.knewDefect
            }
        }
    }
}
