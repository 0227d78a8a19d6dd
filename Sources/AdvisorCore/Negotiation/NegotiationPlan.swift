import Knowledge

/// The negotiation for one case as numbers and reasons, with no words: what every writer and renderer reads.
public struct NegotiationPlan: Equatable, Sendable {
    public var currency: CurrencyUnit
    /// Every tier's rectangle for this case, lowest tier first.
    public var tiers: [TierRectangle]
    /// The least compensation owed when compensation is given: the scaled policy floor or a statute's.
    public var floor: Amount
    /// The statutory part of the floor, when a statute sets an amount.
    public var statutoryFloor: Amount?
    /// The usual compensation for this case under the policy.
    var standard: Amount
    /// The share-of-order ceiling, when the order value is known.
    public var ceiling: Amount?
    /// The least care this case gets, 0 to 4.
    public var minCare: Int
    /// Whether any money may be given at all (someone else's fault, a category that pays).
    public var compensable: Bool
    /// Whether money belongs in the conversation: something is owed, usual, or asked for.
    public var moneyTalk: Bool
    /// Money could be given, but the category offers goodwill only when the customer asks beyond the remedy.
    public var waitsToBeAsked: Bool
    public var expectation: CustomerMark
    public var bottomLine: CustomerMark
    /// The tier of the agent who reads the advice.
    public var readerTier: Int
    /// Where the case settles, and which tier can give it.
    public var settlement: Settlement
    /// The reader's own money plan; nil when the reader can offer no money.
    public var ladder: OfferLadder?
    /// Who takes over past the reader's walk-away, when the settlement needs a higher tier.
    public var handover: Handover?
    /// Each tier from the reader's up that cannot settle, with its reason.
    public var escalation: [EscalationStep]
    /// Choices of equal value in different forms, for unclear or inflated demands.
    public var options: [OptionPlan]
    public var precedent: PrecedentBasis
    /// Why the expectation must come down, when it must.
    public var lowering: LoweringReason?
    public var remedies: [RemedyKind]
    public var statutes: [StatuteID]
    /// Limits the engine applied that the agent should know about.
    public var limits: [Limit]
    /// Money the business owes outside goodwill (an actual loss), and who signs for it; nil when nothing is owed.
    public var owed: OwedPayment?
    /// Facts a rule would need that the intake leaves out: the agent asks them.
    public var missingFacts: [MissingFact] = []
    /// What earlier advice under the intake's case key offered, and how it holds this plan; nil without a case history.
    public var earlier: EarlierCase? = nil

    /// The reader's rectangle.
    public var readerRectangle: TierRectangle { tiers[readerTier] }

    /// What the case costs if it settles as planned: the loss owed, plus where the settling tier's ladder stops.
    public var payout: Amount {
        let loss = owed?.loss ?? .zero
        guard moneyTalk else { return loss }
        return loss + (handover?.limit ?? ladder?.walkAway ?? settlement.amount)
    }

    /// Money owed by law, paid as money and signed for by a tier whose limit covers it.
    public struct OwedPayment: Equatable, Sendable {
        /// The actual loss, paid in full.
        public var loss: Amount
        /// The law's amount that the ladder starts from, when a statute sets one; counted toward who signs.
        var statutory: Amount
        /// The lowest tier whose limit for owed payments covers the total; nil when none does.
        public var approver: Int?
        /// That tier's limit, or the top tier's when none covers the total.
        public var limit: Amount?
        /// What the customer may claim on top of the loss before a court (CRPL art. 55(2)); nil when the law gives none.
        public var claimableUpTo: Amount?

        /// What someone must sign for: the loss and the law's amount.
        public var total: Amount { loss + statutory }
    }

    /// A fact the agent should ask because a rule turns on it.
    public enum MissingFact: String, Equatable, Sendable {
        /// What the product is: the 三包 rules cover only the listed goods, phones and computers.
        case productClass = "product-class"
    }

    /// One tier's policy bounds for this case.
    public struct TierRectangle: Equatable, Sendable {
        var tier: String
        public var cap: Amount
        public var maxCare: Int
    }

    /// Where a customer point came from.
    public enum Source: String, Codable, Equatable, Sendable {
        case given, estimated
    }

    /// The customer's expectation or bottom line on both axes.
    public struct CustomerMark: Equatable, Sendable {
        public var amount: Amount
        public var care: Double
        public var source: Source
    }

    /// The settlement point and the tier that can give it.
    public struct Settlement: Equatable, Sendable {
        public var tier: Int
        public var amount: Amount
        public var care: Int
        public var meetsBottomLine: Bool
    }

    /// A tier that takes over, what it may give, and its own ladder.
    public struct Handover: Equatable, Sendable {
        public var tier: Int
        /// The most that tier should give: the settlement at its circle.
        public var limit: Amount
        var ladder: OfferLadder?
    }

    /// Why one tier cannot settle the case.
    public struct EscalationStep: Equatable, Sendable {
        public var tier: Int
        public var reason: EscalationReason
        /// What the reason is measured against: the floor, the care needed, the bottom line.
        var needed: Amount
        var neededCare: Int
        /// The most this tier can reach toward it.
        public var reach: Amount
        var reachCare: Int
    }

    /// The reasons a tier cannot settle.
    public enum EscalationReason: String, Codable, Equatable, Sendable {
        /// The floor owed (often statutory) is above the tier's cap.
        case floorAboveCap = "floor-above-cap"
        /// The case needs more care than the tier may give.
        case careAboveTier = "care-above-tier"
        /// The customer's bottom line is beyond what the tier can reach.
        case bottomLineAboveReach = "bottom-line-above-reach"
        /// What is owed (a loss and the law's amount) is above the tier's limit for owed payments.
        case owedAboveLimit = "owed-above-limit"
        /// An opening already offered under the case key is above what the tier may give (its cap, or where it
        /// stopped before): the tier hands over rather than open lower.
        case earlierOfferAboveReach = "earlier-offer-above-reach"
    }

    /// Earlier advice under the case key, and what it holds this plan to (docs/DESIGN.md, "A case key").
    public struct EarlierCase: Equatable, Sendable {
        /// Each earlier advice, oldest first.
        public var advices: [EarlierAdvice]
        /// The least the reader's ladder opens at: the highest opening offered before under the same bounds, or what
        /// the customer now asks when that is less.
        public var openAtLeast: Amount?
        /// The most the reader's ladder stops at: the lowest walk-away given before, under the same bounds, at the
        /// reader's tier or above.
        public var walkAwayAtMost: Amount?
        /// Why this plan departs from an earlier figure, where it does.
        public var departures: [Departure]
    }

    /// What one earlier advice offered, in the figures it was given in.
    public struct EarlierAdvice: Equatable, Sendable {
        public var time: String
        /// The tier that read it, when the policy still has that tier.
        public var tier: Int?
        /// Its ladder's ends, in its currency's major units; nil when it offered no money.
        public var opening: Double?
        public var walkAway: Double?
        /// Given under the same bounds as this plan, so its figures hold.
        public var binding: Bool
        public var outcomes: [CaseHistory.Outcome]
    }

    /// Why a plan departs from what was offered before under its case key.
    public enum Departure: Equatable, Sendable {
        /// The customer now asks for less than was opened at before: the ladder stops at what they ask.
        case asksLess(asked: Amount, offered: Amount)
        /// The reader's tier is above the one that stopped at `walkAway` before, and may go further.
        case higherTier(tier: Int, walkAway: Amount)
        /// The earlier figures do not hold, because the case's bounds moved: the policy changed, or these facts did.
        case termsChanged(policy: Bool, facts: [CaseFact])
    }

    /// One choice of form for the same value.
    public struct OptionPlan: Equatable, Sendable {
        public var form: CompensationForm
        /// In the form's own unit: currency for cash and coupons, points for points, visits for a visit.
        var quantity: Int64
        /// The value in currency.
        public var value: Amount
        /// Currency added as a coupon on top of a service (a visit worth 100 plus a coupon of 50).
        var couponRest: Amount
    }

    /// What a precedent may be quoted from.
    public enum PrecedentBasis: Equatable, Sendable {
        /// Enough accepted outcomes of similar cases in the log: their median and count.
        case records(median: Amount, count: Int)
        /// Too few records to quote (the count may be zero): explain the standard instead.
        case tooFew(count: Int)
    }

    /// Why an expectation the customer stated must come down.
    public enum LoweringReason: Equatable, Sendable {
        /// No tier can meet the bottom line.
        case bottomLineUnreachable
        /// The expectation is above every tier's cap.
        case aboveEveryCap(topCap: Amount)
        /// The expectation is above what the case settles at.
        case aboveSettlement(settlement: Amount)
    }

    /// A limit the engine applied.
    public enum Limit: Equatable, Sendable {
        /// The policy floor scaled to the case was above the top tier's cap; the cap was used.
        case scaledFloorAboveTopCap(scaled: Amount, used: Amount)
        /// A statutory amount above every cap: the top tier settles it as the law requires.
        case statutoryAboveEveryCap(Amount)
        /// The walk-away was held to what the customer asked.
        case heldToExpectation(Amount)
        /// The facts call for these statutes, but they are not law where the policy applies.
        case statutesOutsideJurisdiction([StatuteID])
        /// What is owed is above the top tier's limit for owed payments: the top tier still handles it, and says so.
        case owedAboveEveryLimit(owed: Amount, topLimit: Amount)
        /// A loss was entered but the fault is unclear: it is owed once the fault is found to be ours.
        case lossAwaitsFault(Amount)
    }

    /// How many accepted outcomes of similar cases make a precedent worth quoting.
    static let minimumPrecedentRecords = 5
}
