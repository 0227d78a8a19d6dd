import Knowledge

/// What the agent knows about one complaint: the facts, the customer, and what the customer wants.
///
/// Optional fields the agent left blank are estimated by the engine, and the advice says so.
public struct Intake: Codable, Equatable, Sendable {
    public var category: ComplaintCategoryID
    public var severity: Severity = .moderate
    public var fault: Fault = .own
    /// Promises already broken in this case (a missed visit, a missed call-back).
    public var brokenPromises: Int = 0
    public var type: ComplainantTypeID?
    public var temperament: TemperamentID?
    /// What the customer asks for on top of the remedy, in currency.
    public var expectation: Double?
    /// The least the customer would accept on top of the remedy, in currency.
    public var bottomLine: Double?
    public var orderValue: Double?
    /// The authority tier of the agent asking; must be one of the policy's tiers.
    public var tier: String = "agent"
    public var customerValue: CustomerValue = .standard
    /// The customer's own words, as the agent noted them.
    public var said: [String] = []
    /// Days since delivery, or since installation was finished for goods that need it (CRPL Implementing Regulations),
    /// for the 三包 and return windows; after an exchange the count starts again from the new item's delivery.
    public var daysSinceSale: Int?
    /// Repairs already tried under warranty that did not fix the fault.
    public var failedRepairs: Int = 0
    /// The defect defeats the purpose of the purchase, so the contract may be ended (CRPL art. 24); nil when not stated.
    ///
    /// Optional so that intakes logged before the field existed still read.
    public var unfitForPurpose: Bool?
    /// Sold online, by phone, TV or mail (Consumer Rights Protection Law art. 25).
    public var distanceSale: Bool = false
    /// The goods fall under an exemption of art. 25 (custom-made, perishable, unsealed software, ...).
    public var distanceSaleExempt: Bool = false
    /// The seller is found to have defrauded the customer (art. 55).
    public var fraud: Bool = false
    /// The food sold does not meet food-safety standards (Food Safety Law art. 148).
    public var foodSafety: Bool = false
    /// What kind of product it is, for the 三包 rules; nil when the agent has not said.
    ///
    /// This and the facts below are optional so that intakes logged before they existed still read.
    public var productClass: ProductClass?
    /// The customer's actual loss beyond the price, in currency: damage to other property, medical bills, costs incurred.
    public var loss: Double?
    /// Someone died or suffered serious harm to their health (CRPL art. 55(2)).
    public var seriousHarm: Bool?
    /// The seller knew of the defect when selling (CRPL art. 55(2)).
    public var knewDefect: Bool?
    /// The customer paid in advance for goods or services not yet (fully) delivered (CRPL art. 53).
    public var prepaid: Bool?
    /// The fix the customer asks for: a return and refund, an exchange or a repair; nil when they have not said.
    ///
    /// Where the law or the policy allows a fix at least as strong, the customer's choice is the one given.
    public var wants: RemedyKind?
    /// The order or ticket id the case is known by, so that a customer who calls again, or tries another agent, meets
    /// the same ladder; nil when the agent gave none (see `CaseKey`).
    public var caseKey: String?

    /// Creates an intake with the defaults for everything but the category.
    /// - Parameter category: The complaint category.
    public init(category: ComplaintCategoryID) {
        self.category = category
    }
}
