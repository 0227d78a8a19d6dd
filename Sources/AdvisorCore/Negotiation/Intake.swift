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
    /// Days since the sale or delivery, for the 三包 and distance-sale windows.
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

    /// Creates an intake with the defaults for everything but the category.
    /// - Parameter category: The complaint category.
    public init(category: ComplaintCategoryID) {
        self.category = category
    }
}
