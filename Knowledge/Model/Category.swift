/// The complaint categories the advisor and the policy know.
public enum ComplaintCategoryID: String, CaseIterable, Sendable, Codable {
    case productQuality = "product-quality"
    case serviceAttitude = "service-attitude"
    case logisticsDelay = "logistics-delay"
    /// Installation or repair late.
    case installationDelay = "installation-delay"
    case usageQuestion = "usage-question"
    case returnExchange = "return-exchange"
    case billing
}

extension ComplaintCategoryID {
    /// Whether the complaint is about goods bought, so the three-guarantees rules and CRPL art. 24 may apply.
    public var isAboutGoods: Bool {
        switch self {
        case .productQuality, .returnExchange: true
        case .serviceAttitude, .logisticsDelay, .installationDelay, .usageQuestion, .billing: false
        }
    }
}

/// A complaint category with what to check and the usual remedies.
public struct ComplaintCategory: Sendable {
    public let id: ComplaintCategoryID
    public let name: Bilingual
    public let aliases: [String]
    public let gist: Bilingual
    /// What the agent verifies before proposing anything.
    public let checks: [Bilingual]
    /// The remedies usually owed, before any compensation.
    public let typicalRemedies: [Bilingual]

    /// Creates a category.
    /// - Parameters:
    ///   - id: The stable identifier.
    ///   - name: The name in both languages.
    ///   - aliases: Extra words that find it.
    ///   - gist: A one-line summary.
    ///   - checks: What to verify first.
    ///   - typicalRemedies: The usual remedies.
    public init(
        id: ComplaintCategoryID, name: Bilingual, aliases: [String], gist: Bilingual,
        checks: [Bilingual], typicalRemedies: [Bilingual]
    ) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.gist = gist
        self.checks = checks
        self.typicalRemedies = typicalRemedies
    }
}
