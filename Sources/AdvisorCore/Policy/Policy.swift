import Knowledge

/// A supervisor's compensation policy: bounds per category and authority tier, and the modifiers that scale them.
///
/// Maps are keyed by the ids used on the command line (`"product-quality"`, `"agent"`), so the JSON a
/// supervisor edits and the value in memory have one shape; `PolicyReader` proves every key is known.
public struct Policy: Codable, Equatable, Sendable {
    public var name: String
    public var version: String
    /// An ISO 4217 code, e.g. CNY.
    public var currency: String
    /// Authority tiers, lowest first; caps and care never fall as the tier rises.
    public var tiers: [String]
    /// Compensation never exceeds this share of the order value (loyalty stops rising past about 150%).
    public var ceilingShareOfOrderValue: Double
    public var forms: FormSettings
    public var modifiers: Modifiers
    public var categories: [String: CategoryPolicy]
    /// What each tier is called in each language, by tier id; tiers left out fall back to `knownTierNames`.
    var tierNames: [String: DisplayName]?
    /// The country whose consumer law applies, as an ISO 3166 code (CN); see `effectiveJurisdiction`.
    public var jurisdiction: String?
    /// The most each tier may approve of money the business owes (actual losses and the law's amounts), by tier id.
    ///
    /// Owed money is not goodwill: no category cap or ceiling bounds it, only who may sign for it. When absent, each
    /// tier signs up to its own cap in the case's category, and the top tier signs any amount.
    var owedLimits: [String: Double]?
    /// What the currency is called in each language ("元", "yuan"); when absent, the names known for its code.
    public var currencyNames: DisplayName?

    /// A name in both languages, as a policy file writes it.
    public struct DisplayName: Codable, Equatable, Sendable {
        var zh: String
        var en: String

        /// Creates a name.
        public init(zh: String, en: String) {
            self.zh = zh
            self.en = en
        }
    }

    /// How the non-cash forms convert to money.
    public struct FormSettings: Codable, Equatable, Sendable {
        /// Points given per currency unit of value.
        public var pointsPerCurrencyUnit: Double
        /// What one free service visit is worth, in currency.
        public var serviceVisitValue: Double
        /// What upgrading a reship to express is worth, in currency.
        var expressReshipValue: Double
        /// The step each form's amounts are rounded to, in currency, by form id (a coupon of 190, not 187).
        var roundingSteps: [String: Double]?

        /// Creates the form settings.
        public init(pointsPerCurrencyUnit: Double, serviceVisitValue: Double, expressReshipValue: Double,
                    roundingSteps: [String: Double]? = nil) {
            self.pointsPerCurrencyUnit = pointsPerCurrencyUnit
            self.serviceVisitValue = serviceVisitValue
            self.expressReshipValue = expressReshipValue
            self.roundingSteps = roundingSteps
        }
    }

    /// Multipliers applied to a category's floor and standard amount for one case.
    public struct Modifiers: Codable, Equatable, Sendable {
        public var severity: [String: Double]
        public var fault: [String: Double]
        /// Added to the multiplier for each promise already broken in this case.
        public var perBrokenPromise: Double
        /// At most this many broken promises count, so a long history cannot run the multiplier away.
        public var maxBrokenPromisesCounted: Int
        public var customerValue: [String: Double]

        /// Creates the modifiers.
        public init(severity: [String: Double], fault: [String: Double], perBrokenPromise: Double,
                    maxBrokenPromisesCounted: Int, customerValue: [String: Double]) {
            self.severity = severity
            self.fault = fault
            self.perBrokenPromise = perBrokenPromise
            self.maxBrokenPromisesCounted = maxBrokenPromisesCounted
            self.customerValue = customerValue
        }
    }

    /// The bounds of one complaint category.
    public struct CategoryPolicy: Codable, Equatable, Sendable {
        /// Standard remedies, the usual one first.
        var remedies: [RemedyKind]
        /// The least compensation when compensation is owed, before modifiers.
        public var floor: Double
        /// The usual compensation, before modifiers.
        public var standard: Double
        /// The most each tier may give, by tier id.
        public var caps: [String: Double]
        /// The forms compensation may take, the preferred one first.
        var forms: [CompensationForm]
        /// The least care (0–4) a case of this category gets.
        var minCare: Int
        /// The most care each tier may give, by tier id.
        var maxCare: [String: Int]
        /// When goodwill money is offered on top of the remedy; nil means `always`.
        var goodwill: GoodwillMode?
        /// How high goodwill may go in this category at any tier; nil means the policy's share of the order value.
        public var ceiling: CeilingRule?

        /// Creates a category's bounds.
        public init(remedies: [RemedyKind], floor: Double, standard: Double, caps: [String: Double],
                    forms: [CompensationForm], minCare: Int, maxCare: [String: Int], goodwill: GoodwillMode? = nil,
                    ceiling: CeilingRule? = nil) {
            self.remedies = remedies
            self.floor = floor
            self.standard = standard
            self.caps = caps
            self.forms = forms
            self.minCare = minCare
            self.maxCare = maxCare
            self.goodwill = goodwill
            self.ceiling = ceiling
        }
    }

    /// The most goodwill a category allows whatever the tier: a share of the order value, a fixed amount, or both.
    ///
    /// With both, the higher one holds: the share keeps price-related harms in proportion, and the amount keeps a
    /// harm that has nothing to do with the price (an insult, weeks of waiting) from being capped at a trifle.
    public struct CeilingRule: Codable, Equatable, Sendable {
        /// The ceiling as a share of the order value, when the order value is known.
        var orderShare: Double?
        /// The ceiling as an amount in currency.
        var amount: Double?

        /// Creates a ceiling rule; at least one of the two should be set.
        public init(orderShare: Double? = nil, amount: Double? = nil) {
            self.orderShare = orderShare
            self.amount = amount
        }
    }

    /// When a category offers goodwill money on top of the remedy.
    public enum GoodwillMode: String, Codable, CaseIterable, Sendable {
        /// As the case and the policy give it, whether or not the customer asks.
        case always
        /// Only when the customer asks for something beyond the remedy: otherwise the remedy is the whole answer.
        case onRequest = "on-request"
    }

    /// Creates a policy; `PolicyReader` checks one read from a file before it is used.
    public init(name: String, version: String, currency: String, tiers: [String], ceilingShareOfOrderValue: Double,
                forms: FormSettings, modifiers: Modifiers, categories: [String: CategoryPolicy],
                tierNames: [String: DisplayName]? = nil, jurisdiction: String? = nil, owedLimits: [String: Double]? = nil,
                currencyNames: DisplayName? = nil) {
        self.name = name
        self.version = version
        self.currency = currency
        self.tiers = tiers
        self.ceilingShareOfOrderValue = ceilingShareOfOrderValue
        self.forms = forms
        self.modifiers = modifiers
        self.categories = categories
        self.tierNames = tierNames
        self.jurisdiction = jurisdiction
        self.owedLimits = owedLimits
        self.currencyNames = currencyNames
    }

    /// The bounds of a category, if the policy has it.
    func category(_ id: ComplaintCategoryID) -> CategoryPolicy? {
        categories[id.rawValue]
    }

    /// The position of a tier, lowest 0, if the policy has it.
    public func tierIndex(_ tier: String) -> Int? {
        tiers.firstIndex(of: tier)
    }
}

extension Policy {
    /// Names for the tier ids people commonly use, so a policy need not spell them out.
    static let knownTierNames: [String: DisplayName] = [
        "agent": DisplayName(zh: "一线客服", en: "frontline agent"),
        "senior": DisplayName(zh: "资深客服", en: "senior agent"),
        "supervisor": DisplayName(zh: "主管", en: "supervisor"),
        "manager": DisplayName(zh: "经理", en: "manager"),
        "director": DisplayName(zh: "总监", en: "director"),
    ]

    /// What a tier is called in a language: the policy's name, a known one, or its place in the order.
    public func tierName(_ index: Int) -> Bilingual {
        let id = tiers[index]
        if let name = tierNames?[id] ?? Self.knownTierNames[id] { return Bilingual(zh: name.zh, en: name.en) }
        // An id is not a word a customer should hear in Chinese; its rank is.
        return Bilingual(zh: "第\(index + 1)级审批人", en: id)
    }

    /// The rounding step of a form, in minor units; one major unit when the policy sets none.
    func roundingStep(_ form: CompensationForm, in unit: CurrencyUnit) -> Amount {
        let step = forms.roundingSteps?[form.rawValue] ?? 1
        return max(unit.amount(step), Amount(minor: 1))
    }

    /// The jurisdiction the policy names, or China's for a yuan policy that names none (policies written before the
    /// field existed were all Chinese); nil otherwise, and then no statute applies.
    var effectiveJurisdiction: String? {
        jurisdiction ?? (currency.uppercased() == "CNY" ? "CN" : nil)
    }

    /// What the currency is called after an amount: the policy's names, else the everyday ones for its code.
    var currencyDisplayName: Bilingual? {
        currencyNames.map { Bilingual(zh: $0.zh, en: $0.en) } ?? AdvicePhrases.currencyName(currency)
    }

    /// The policy's currency and its minor unit.
    var currencyUnit: CurrencyUnit { CurrencyUnit(code: currency) }
}
