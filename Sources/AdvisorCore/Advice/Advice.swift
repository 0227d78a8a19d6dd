import Knowledge

/// Everything the advisor recommends for one intake, in one language; the JSON form of `advise`.
public struct Advice: Codable, Equatable, Sendable {
    public var language: Language
    public var intake: Intake
    public var policy: PolicyReference
    public var customer: CustomerReading
    public var remedy: RemedyAdvice
    public var bounds: Bounds
    public var expectation: NegotiationPoint
    public var bottomLine: NegotiationPoint
    /// Which of expectation and bottom line the engine estimated because the agent left them blank.
    public var estimated: Estimated
    public var settlement: Settlement
    /// The compensation range: open at `opening`, concede no further than `walkAway`.
    public var range: OfferRange
    /// The same settlement value expressed in each form the policy allows for the category.
    public var offers: [Offer]
    public var care: CareAdvice
    public var escalation: Escalation
    public var lowerExpectation: ExpectationLowering?
    /// How similar cases settled: from the audit log's outcomes when there are any, else the policy's standard.
    public var precedent: PrecedentQuote
    public var strategy: Strategy
    public var followUp: [FollowUp]
    /// Plain-language notes: what was estimated, what was limited and why.
    public var notes: [String]

    /// Which policy produced the advice.
    public struct PolicyReference: Codable, Equatable, Sendable {
        public var name: String
        public var version: String
        public var currency: String
    }

    /// The customer as the agent described them.
    public struct CustomerReading: Codable, Equatable, Sendable {
        public var type: String?
        public var typeName: String?
        public var temperament: String?
        public var temperamentName: String?
        public var pursues: String?
        public var warningZone: String?
    }

    /// The remedy, which is stated rather than negotiated, with the statutes that set it.
    public struct RemedyAdvice: Codable, Equatable, Sendable {
        public var kinds: [RemedyKind]
        public var text: String
        public var statutes: [StatuteCitation]
    }

    /// A statute that applies to the case.
    public struct StatuteCitation: Codable, Equatable, Sendable {
        public var id: StatuteID
        public var citation: String
        public var grants: String
        /// The compensation the statute requires at least, if it sets an amount.
        public var floor: Double?
    }

    /// The policy bounds of this case: the floor, each tier's cap, the ceiling.
    public struct Bounds: Codable, Equatable, Sendable {
        /// The least compensation owed: the policy floor scaled to the case, or a statute's, whichever is higher.
        public var floor: Double
        /// The statutory part of the floor, when a statute applies.
        public var statutoryFloor: Double?
        /// The usual compensation for this case.
        public var standard: Double
        /// The cap of the tier the advice is addressed to.
        public var cap: Double
        /// The share-of-order-value ceiling, when the order value is known.
        public var ceiling: Double?
        /// Every tier's cap for this case, lowest tier first.
        public var tierCaps: [TierCap]
        /// The least care this case gets, 0 to 4.
        public var minCare: Int
        /// The most care the addressed tier may give.
        public var maxCare: Int
    }

    /// One tier's cap for the case.
    public struct TierCap: Codable, Equatable, Sendable {
        public var tier: String
        public var cap: Double
        public var maxCare: Int
    }

    /// Whether the engine filled in expectation and bottom line.
    public struct Estimated: Codable, Equatable, Sendable {
        public var expectation: Bool
        public var bottomLine: Bool
    }

    /// The settlement point and the tier that can give it.
    public struct Settlement: Codable, Equatable, Sendable {
        public var amount: Double
        public var care: Int
        /// The tier the advice is addressed to: whoever can offer the settlement.
        public var tier: String
        public var meetsBottomLine: Bool
    }

    /// Where to open and how far to go.
    public struct OfferRange: Codable, Equatable, Sendable {
        public var opening: Double
        public var walkAway: Double
    }

    /// One way to give the settlement's value.
    public struct Offer: Codable, Equatable, Sendable {
        public var form: CompensationForm
        /// The amount in the form's own unit: currency, or points.
        public var quantity: Double
        /// The value in currency.
        public var value: Double
        public var text: String
    }

    /// The care to give on the process axis.
    public struct CareAdvice: Codable, Equatable, Sendable {
        public var level: Int
        public var name: String
        public var actions: [String]
    }

    /// Who must approve the settlement, tier by tier, and why.
    public struct Escalation: Codable, Equatable, Sendable {
        public var needed: Bool
        public var to: String?
        public var steps: [EscalationStep]
        /// Hand-overs the complainant type calls for (legal, technician, ...), separate from authority.
        public var typeRules: [String]
    }

    /// Why one tier cannot settle the case.
    public struct EscalationStep: Codable, Equatable, Sendable {
        public var tier: String
        public var reason: EscalationReason
        public var text: String
    }

    /// The reasons a tier cannot settle.
    public enum EscalationReason: String, Codable, Equatable, Sendable {
        /// The floor owed (often statutory) is above the tier's cap.
        case floorAboveCap = "floor-above-cap"
        /// The case needs more care than the tier may give.
        case careAboveTier = "care-above-tier"
        /// The customer's bottom line is beyond what the tier can reach.
        case bottomLineAboveReach = "bottom-line-above-reach"
    }

    /// A typical settlement to quote, and where the figure comes from.
    public struct PrecedentQuote: Codable, Equatable, Sendable {
        public var amount: Double
        /// How many settled cases the figure rests on; 0 for the policy's standard.
        public var count: Int
        public var fromLog: Bool
        public var source: String
    }

    /// How to bring an inflated expectation down, and the options to offer.
    public struct ExpectationLowering: Codable, Equatable, Sendable {
        /// Why lowering is needed.
        public var reason: String
        /// The typical settlement of similar cases, and where the figure comes from.
        public var precedentAmount: Double
        public var precedentSource: String
        public var precedent: String
        public var ruleExplained: String
        public var options: [Option]
    }

    /// One choice to put to the customer.
    public struct Option: Codable, Equatable, Sendable {
        public var label: String
        public var value: Double
        public var care: Int
        public var text: String
    }

    /// The ordered steps for this call, with what to say and avoid.
    public struct Strategy: Codable, Equatable, Sendable {
        public var steps: [Step]
        public var say: [String]
        public var avoid: [String]
    }

    /// One step of the call.
    public struct Step: Codable, Equatable, Sendable {
        public var stage: String
        public var text: String
    }

    /// One scheduled follow-up.
    public struct FollowUp: Codable, Equatable, Sendable {
        public var what: String
        /// When, as text ("≤ 15 min", "every 3 h", "24–48 h").
        public var when: String
        public var earliestSeconds: Int
        public var latestSeconds: Int
    }
}
