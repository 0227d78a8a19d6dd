/// How bad the problem is for the customer.
public enum Severity: String, CaseIterable, Sendable, Codable {
    case minor, moderate, severe, critical
}

/// Who caused the problem.
public enum Fault: String, CaseIterable, Sendable, Codable {
    case own
    case thirdParty = "third-party"
    case customer
    case unclear
}

/// How much the customer is worth to the business (spend, tenure); never a claimed title.
public enum CustomerValue: String, CaseIterable, Sendable, Codable {
    case standard, valued, key
}

/// The forms compensation can take on top of the remedy.
public enum CompensationForm: String, CaseIterable, Sendable, Codable {
    case refund
    case coupon
    case points
    case freeServiceVisit = "free-service-visit"
    case expressReship = "express-reship"
}

/// What puts the problem right, before any compensation: stated, not negotiated.
public enum RemedyKind: String, CaseIterable, Sendable, Codable {
    case repair
    case exchange
    case returnAndRefund = "return-refund"
    /// The unused part of a prepayment goes back; what was already delivered is not refunded.
    case refundUnused = "refund-unused"
    case reship
    case expedite
    case correctCharge = "correct-charge"
    case apology
    case explanation
}

/// The statutes the advisor knows; each sets a remedy or a compensation floor when it applies.
public enum StatuteID: String, CaseIterable, Sendable, Codable {
    /// 三包: a performance fault within 7 days of sale gives a return.
    case threeGuaranteesReturn = "three-guarantees-return"
    /// 三包: a performance fault within 15 days of sale gives an exchange.
    case threeGuaranteesExchange = "three-guarantees-exchange"
    /// 三包: two failed repairs within the warranty give an exchange or a return.
    case threeGuaranteesRepairs = "three-guarantees-repairs"
    /// Consumer Rights Protection Law art. 24: goods not of the agreed quality may be returned within 7 days of receipt,
    /// and later where the defect is serious enough to end the contract.
    case qualityReturn = "quality-return"
    /// Consumer Rights Protection Law art. 25: 7-day no-reason return for distance sales.
    case distanceSaleReturn = "distance-sale-return"
    /// Consumer Rights Protection Law art. 55: fraud, three times the price, at least 500 yuan.
    case fraud
    /// Food Safety Law art. 148: ten times the price or three times the loss, at least 1000 yuan.
    case foodSafety = "food-safety"
    /// Consumer Rights Protection Law arts. 49 and 52: a loss the goods or service caused is owed in full.
    case lossOwed = "loss-owed"
    /// Consumer Rights Protection Law art. 55(2): a defect sold knowingly that kills or seriously harms: the loss,
    /// and up to twice the loss on top.
    case knowingDefectHarm = "knowing-defect-harm"
    /// Consumer Rights Protection Law art. 53: a prepayment the business did not honour goes back, with interest.
    case prepaidRefund = "prepaid-refund"
    /// Civil Code art. 563: a delay that defeats the contract's purpose lets the customer end it.
    case contractEnded = "contract-ended"
}

/// What kind of product it is, for the three-guarantees rules: only the listed goods, phones and computers have them.
public enum ProductClass: String, CaseIterable, Sendable, Codable {
    /// On the catalogue of the 2001 regulation (television sets, refrigerators, washing machines, air conditioners, ...).
    case listed
    /// A mobile phone, under its own regulation.
    case phone
    /// A desktop or portable computer, under its own regulation.
    case computer
    /// A household car, under the car regulation, which the advisor does not apply.
    case car
    /// Anything else: no three-guarantees rule covers it.
    case other
}

/// A statutory rule: its citation, what it grants, and when it does not apply.
public struct Statute: Sendable {
    public let id: StatuteID
    /// The law and article, as an agent would cite it.
    public let citation: Bilingual
    /// What the rule grants, in one line.
    public let grants: Bilingual
    /// The remedy it requires, if it requires one.
    public let remedy: RemedyKind?
    /// Compensation as a multiple of the price, if the rule sets one.
    public let priceMultiple: Double?
    /// The least compensation the rule allows, in yuan, if it sets one.
    public let minimumAmount: Double?
    /// Compensation as a multiple of the actual loss, if the rule sets one (the customer takes the larger basis).
    public let lossMultiple: Double?
    /// The most the customer may claim on top of the loss, as a multiple of it, where a court sets the figure.
    public let lossMultipleUpTo: Double?
    /// The citation under each product class's own regulation, where it differs from `citation`.
    public let citationByProductClass: [ProductClass: Bilingual]
    /// Cases the rule does not cover.
    public let exemptions: [Bilingual]
    /// Where the rule is law, as an ISO 3166 country code: a policy elsewhere never applies it.
    public let jurisdiction: String

    /// Creates a statute.
    /// - Parameters:
    ///   - id: The stable identifier.
    ///   - citation: Law and article.
    ///   - grants: What it grants.
    ///   - remedy: The remedy it requires, if any.
    ///   - priceMultiple: Compensation as a multiple of the price, if any.
    ///   - minimumAmount: The least compensation in yuan, if any.
    ///   - lossMultiple: Compensation as a multiple of the loss, if any.
    ///   - lossMultipleUpTo: The most a court may add as a multiple of the loss, if any.
    ///   - citationByProductClass: Citations under the product classes' own regulations.
    ///   - exemptions: Cases it does not cover.
    ///   - jurisdiction: The country whose law it is; China's unless said otherwise.
    public init(id: StatuteID, citation: Bilingual, grants: Bilingual, remedy: RemedyKind?,
                priceMultiple: Double?, minimumAmount: Double?, lossMultiple: Double? = nil, lossMultipleUpTo: Double? = nil,
                citationByProductClass: [ProductClass: Bilingual] = [:], exemptions: [Bilingual], jurisdiction: String = "CN") {
        self.id = id
        self.citation = citation
        self.grants = grants
        self.remedy = remedy
        self.priceMultiple = priceMultiple
        self.minimumAmount = minimumAmount
        self.lossMultiple = lossMultiple
        self.lossMultipleUpTo = lossMultipleUpTo
        self.citationByProductClass = citationByProductClass
        self.exemptions = exemptions
        self.jurisdiction = jurisdiction
    }

    /// The citation for a product of the given class: its own regulation's article where it has one.
    public func citation(for productClass: ProductClass?) -> Bilingual {
        productClass.flatMap { citationByProductClass[$0] } ?? citation
    }
}

/// A step on the process axis: how much care the customer gets, 0 (standard) to 4 (manager involved).
public struct CareLevel: Sendable {
    public let level: Int
    public let name: Bilingual
    /// What the agent does at this level, concretely.
    public let actions: [Bilingual]

    /// Creates a care level.
    /// - Parameters:
    ///   - level: 0 to 4.
    ///   - name: A short name.
    ///   - actions: What the agent does.
    public init(level: Int, name: Bilingual, actions: [Bilingual]) {
        self.level = level
        self.name = name
        self.actions = actions
    }
}

/// One thing to say, in three versions: for a customer not yet read, one who wants the result, one who wants the process.
public struct ByTemperament: Sendable {
    /// For a customer whose temperament is not known.
    public let unread: Bilingual
    /// For a customer who wants the result: facts, speed, what happens next.
    public let rational: Bilingual
    /// For a customer who wants the process: being heard, fairness, not having to repeat themselves.
    public let emotional: Bilingual

    /// Creates the three versions.
    public init(unread: Bilingual, rational: Bilingual, emotional: Bilingual) {
        self.unread = unread
        self.rational = rational
        self.emotional = emotional
    }

    /// The version for a temperament, or for a customer not yet read.
    public func phrase(for temperament: TemperamentID?) -> Bilingual {
        switch temperament {
        case .rational: rational
        case .emotional: emotional
        case nil: unread
        }
    }

    /// Every version, for completeness checks.
    public var all: [Bilingual] { [unread, rational, emotional] }
}

/// The words an agent uses in the negotiation itself, each picked by the situation it is written for.
public struct NegotiationPhrases: Sendable {
    /// Quoting how similar cases settled (`{count}`, `{precedent}`), to bring an inflated expectation down.
    public let precedent: ByTemperament
    /// Explaining the rule from the side of whoever made it.
    public let ruleExplained: ByTemperament
    /// Telling the customer the case goes to someone with more authority (`{role}`), and when (`{time}`).
    public let escalating: ByTemperament
    /// Saying honestly that what they ask cannot be met here, without negating the wish.
    public let cannotMeet: ByTemperament
    /// Making the opening offer (`{offer}`).
    public let opening: ByTemperament
    /// Introducing the options, before the list.
    public let offerOptions: OfferOptions
    /// Stating a remedy that is not negotiable, and why.
    public let remedyStated: RemedyStated
    /// When no money is owed: care and explanation instead.
    public let noCompensation: NoCompensation

    /// How the options are introduced, by how many there are and what they are.
    public struct OfferOptions: Sendable {
        /// One option only.
        public let single: Bilingual
        /// Several options, all money in some form; `{forms}` names the forms.
        public let differentForms: Bilingual
        /// Several options, some a service (a visit, a reshipment) rather than money.
        public let includesAService: Bilingual

        /// Creates the introductions.
        public init(single: Bilingual, differentForms: Bilingual, includesAService: Bilingual) {
            self.single = single
            self.differentForms = differentForms
            self.includesAService = includesAService
        }
    }

    /// How a fixed remedy is put, by what it rests on.
    public struct RemedyStated: Sendable {
        /// A statute gives it: the customer hears the fix and the rule.
        public let withTheRule: Bilingual
        /// Our own rules give it: nothing to argue for.
        public let byOurRules: Bilingual
        /// The fault is ours and the fix is a repair or replacement, free.
        public let ourFaultFreeFix: Bilingual

        /// Creates the statements.
        public init(withTheRule: Bilingual, byOurRules: Bilingual, ourFaultFreeFix: Bilingual) {
            self.withTheRule = withTheRule
            self.byOurRules = byOurRules
            self.ourFaultFreeFix = ourFaultFreeFix
        }
    }

    /// What is said when no money is owed, by why.
    public struct NoCompensation: Sendable {
        /// A question of use: walk them through it.
        public let walkThrough: Bilingual
        /// Nothing is owed (their own doing, or a category without money): stay with them instead.
        public let notCovered: Bilingual
        /// A question of use from someone who did not know: a tip, so it does not happen again, without making them feel slow.
        public let tipForNextTime: Bilingual

        /// Creates the lines.
        public init(walkThrough: Bilingual, notCovered: Bilingual, tipForNextTime: Bilingual) {
            self.walkThrough = walkThrough
            self.notCovered = notCovered
            self.tipForNextTime = tipForNextTime
        }
    }

    /// Creates the phrase set.
    public init(precedent: ByTemperament, ruleExplained: ByTemperament, escalating: ByTemperament, cannotMeet: ByTemperament,
                opening: ByTemperament, offerOptions: OfferOptions, remedyStated: RemedyStated, noCompensation: NoCompensation) {
        self.precedent = precedent
        self.ruleExplained = ruleExplained
        self.escalating = escalating
        self.cannotMeet = cannotMeet
        self.opening = opening
        self.offerOptions = offerOptions
        self.remedyStated = remedyStated
        self.noCompensation = noCompensation
    }

    /// Every phrase of the set, for completeness checks.
    public var all: [Bilingual] {
        precedent.all + ruleExplained.all + escalating.all + cannotMeet.all + opening.all
            + [offerOptions.single, offerOptions.differentForms, offerOptions.includesAService]
            + [remedyStated.withTheRule, remedyStated.byOurRules, remedyStated.ourFaultFreeFix]
            + [noCompensation.walkThrough, noCompensation.notCovered, noCompensation.tipForNextTime]
    }
}
