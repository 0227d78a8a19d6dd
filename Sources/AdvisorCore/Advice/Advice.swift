import Knowledge

/// Everything the advisor recommends for one intake, in one language; the JSON form of `advise`.
///
/// Amounts are in the policy currency's major units (yuan, euros), exact to its minor unit.
public struct Advice: Codable, Equatable, Sendable {
    public var language: Language
    public var intake: Intake
    public var policy: PolicyReference
    public var customer: CustomerReading
    public var remedy: RemedyAdvice
    public var bounds: Bounds
    public var expectation: CustomerPoint
    public var bottomLine: CustomerPoint
    /// Which of expectation and bottom line the engine estimated because the agent left them blank.
    public var estimated: Estimated
    public var settlement: Settlement
    /// The reader's range: open at `opening`, concede no further than `walkAway` (both 0 when no money is offered).
    public var range: OfferRange
    /// The reader's money plan, when money is offered at the reader's tier.
    public var ladder: Ladder?
    /// Who takes over past the reader's walk-away, and what they may give.
    public var handover: Handover?
    /// The one line an agent reads first: open → concede → stop, or why there is no money talk.
    public var moneyPlan: String
    /// The actual loss owed in cash outside goodwill, and who signs for it; nil when no loss is owed.
    public var owed: String?
    /// Choices of equal value in different forms, for an unclear or inflated demand.
    public var offers: [Offer]
    public var care: CareAdvice
    public var escalation: Escalation
    public var lowerExpectation: ExpectationLowering?
    /// How similar cases settled, only from the audit log's accepted outcomes.
    public var precedent: PrecedentQuote
    public var strategy: Strategy
    var followUp: [FollowUp]
    /// Plain-language notes: what was estimated, what was limited and why.
    public var notes: [String]
    /// What was offered and settled before under the intake's case key; nil without a key, or with nothing logged under it.
    public var earlier: EarlierCase? = nil

    /// Earlier advice under the case key, and what it holds this advice to.
    public struct EarlierCase: Codable, Equatable, Sendable {
        /// Each earlier advice, oldest first.
        public var advices: [EarlierAdvice]
        /// The least the ladder opens at because of them; nil when nothing holds it.
        public var openAtLeast: Double?
        /// The most the ladder goes to because of them; nil when nothing holds it.
        public var walkAwayAtMost: Double?
        /// Why this advice departs from an earlier figure, where it does.
        var reasons: [String]
        /// The card's line.
        public var text: String
    }

    /// What one earlier advice offered, and how it ended.
    public struct EarlierAdvice: Codable, Equatable, Sendable {
        var time: String
        /// The tier that read it, when the policy still has it.
        public var tier: String?
        /// Its ladder's ends, in the currency of that advice; nil when it offered no money.
        public var opening: Double?
        public var walkAway: Double?
        /// Given under the same bounds, so its figures hold this advice.
        public var binding: Bool
        public var outcomes: [EarlierOutcome]
    }

    /// One recorded outcome of an earlier advice.
    public struct EarlierOutcome: Codable, Equatable, Sendable {
        var time: String
        public var settled: Double
        public var accepted: Bool
    }

    /// Which policy produced the advice.
    public struct PolicyReference: Codable, Equatable, Sendable {
        public var name: String
        var version: String
        var currency: String
        /// What the currency is called in the advice's language, when known.
        var currencyName: String?
    }

    /// The customer as the agent described them, and what their words showed.
    public struct CustomerReading: Codable, Equatable, Sendable {
        var type: String?
        var typeName: String?
        var temperament: String?
        var temperamentName: String?
        var pursues: String?
        /// The handling that backfires with this temperament, for what this case does (paying or explaining).
        var warningZone: String?
        /// What the customer's words showed, when the intake holds any.
        public var words: WordsSummary?
        /// The same, as one line for the card.
        var wordsLine: String?
    }

    /// What the detector read in the customer's words.
    public struct WordsSummary: Codable, Equatable, Sendable {
        public var type: ComplainantTypeID?
        /// Whether the advice took its type from the words (the agent gave none).
        public var typeFromWords: Bool
        public var temperament: TemperamentID?
        public var temperamentFromWords: Bool
        public var flags: [DetectionFlag]
        /// Up to three of the phrases that counted.
        public var cues: [String]
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
        var grants: String
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
        /// The cap of the reader's tier.
        public var cap: Double
        /// The share-of-order-value ceiling, when the order value is known.
        public var ceiling: Double?
        /// Every tier's cap for this case, lowest tier first.
        public var tierCaps: [TierCap]
        /// The least care this case gets, 0 to 4.
        public var minCare: Int
        /// The most care the reader's tier may give.
        var maxCare: Int
    }

    /// One tier's cap for the case.
    public struct TierCap: Codable, Equatable, Sendable {
        public var tier: String
        public var name: String
        public var cap: Double
        public var maxCare: Int
    }

    /// An expectation or a bottom line, and whether the agent gave it.
    public struct CustomerPoint: Codable, Equatable, Sendable {
        public var amount: Double
        public var care: Double
        public var source: NegotiationPlan.Source
    }

    /// Whether the engine filled in expectation and bottom line.
    public struct Estimated: Codable, Equatable, Sendable {
        public var expectation: Bool
        var bottomLine: Bool
    }

    /// The settlement point and the tier that can give it.
    public struct Settlement: Codable, Equatable, Sendable {
        public var amount: Double
        var care: Int
        /// The tier that can give the settlement.
        public var tier: String
        var tierName: String
        public var meetsBottomLine: Bool
    }

    /// The ladder of whoever settles the case: the tier it is handed to, or the reader's own.
    var settlingLadder: Ladder? { handover?.ladder ?? ladder }

    /// Where to open and how far to go.
    public struct OfferRange: Codable, Equatable, Sendable {
        public var opening: Double
        public var walkAway: Double
    }

    /// One tier's money plan.
    public struct Ladder: Codable, Equatable, Sendable {
        public var tier: String
        public var tierName: String
        public var form: CompensationForm
        var step: Double
        public var opening: Double
        public var concessions: [Double]
        public var walkAway: Double
        var care: Int
    }

    /// The tier that takes over, what it may give, and why.
    public struct Handover: Codable, Equatable, Sendable {
        public var tier: String
        var tierName: String
        /// The most that tier should give.
        public var limit: Double
        var reasons: [String]
        public var ladder: Ladder?
    }

    /// One way to give the same value.
    public struct Offer: Codable, Equatable, Sendable {
        var label: String
        public var form: CompensationForm
        /// The amount in the form's own unit: currency, or points.
        public var quantity: Double
        /// The value in currency.
        public var value: Double
        public var text: String
    }

    /// The care to give on the process axis.
    public struct CareAdvice: Codable, Equatable, Sendable {
        var level: Int
        public var name: String
        var actions: [String]
    }

    /// Who must approve the settlement, tier by tier, and why.
    public struct Escalation: Codable, Equatable, Sendable {
        public var needed: Bool
        public var to: String?
        var toName: String?
        public var steps: [EscalationStep]
        /// Hand-overs the complainant type calls for (legal, technician, ...), separate from authority.
        var typeRules: [String]
    }

    /// Why one tier cannot settle the case.
    public struct EscalationStep: Codable, Equatable, Sendable {
        var tier: String
        public var reason: NegotiationPlan.EscalationReason
        public var text: String
    }

    /// A typical settlement to quote, only from records.
    public struct PrecedentQuote: Codable, Equatable, Sendable {
        /// The median of accepted outcomes of similar cases; nil without enough records.
        public var amount: Double?
        /// How many accepted outcomes of similar cases the log holds.
        public var count: Int
        public var fromLog: Bool
        /// Where the figure comes from, or why there is none.
        var source: String
    }

    /// How to bring a stated expectation down.
    public struct ExpectationLowering: Codable, Equatable, Sendable {
        /// Why lowering is needed.
        var reason: String
        /// The sentence quoting records or explaining the standard; nil when neither may be said at this tier.
        public var precedent: String?
        public var ruleExplained: String
    }

    /// The ordered steps for this call, with what to say and avoid.
    public struct Strategy: Codable, Equatable, Sendable {
        public var steps: [Step]
        public var say: [String]
        var avoid: [String]
    }

    /// One step of the call.
    public struct Step: Codable, Equatable, Sendable {
        public var stage: CallStage
        /// The stage's name in the advice's language.
        var stageName: String
        public var text: String
        /// Whether the text is words to say to the customer (as opposed to an instruction to the agent).
        public var spoken: Bool
    }

    /// One scheduled follow-up.
    struct FollowUp: Codable, Equatable, Sendable {
        var what: String
        /// When, as text ("≤ 15 min", "every 3 h", "24–48 h").
        var when: String
        var earliestSeconds: Int
        var latestSeconds: Int
    }
}

/// The stages of a call, in the order they come.
public enum CallStage: String, Codable, CaseIterable, Sendable {
    case timeBox = "time-box"
    case open
    case confirm
    case ask
    case remedy
    case explain
    case propose
    case lower
    case options
    case handover
    case close
}
