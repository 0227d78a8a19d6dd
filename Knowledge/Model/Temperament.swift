/// The two temperaments: what the customer is really after.
public enum TemperamentID: String, CaseIterable, Sendable, Codable {
    /// Pursues the result.
    case rational
    /// Pursues the process: being heard, respected, kept informed.
    case emotional
}

/// How to recognise and talk to one temperament, and where it goes wrong.
public struct Temperament: Sendable {
    public let id: TemperamentID
    public let name: Bilingual
    public let aliases: [String]
    /// What this customer pursues.
    public let pursues: Bilingual
    /// The handling that backfires with this temperament.
    public let warningZone: Bilingual
    /// What happens when the warning zone is entered.
    public let warningSign: Bilingual
    public let cues: [Cue]
    /// How to talk to this customer.
    public let approach: [Bilingual]
    public let say: [Bilingual]
    public let avoid: [Bilingual]

    /// Creates a temperament card.
    /// - Parameters:
    ///   - id: The stable identifier.
    ///   - name: The name in both languages.
    ///   - aliases: Extra words that find it.
    ///   - pursues: What the customer pursues.
    ///   - warningZone: The handling that backfires.
    ///   - warningSign: What follows when it does.
    ///   - cues: Phrases that lean toward this temperament.
    ///   - approach: How to talk to the customer.
    ///   - say: Lines that work.
    ///   - avoid: Lines or habits to avoid.
    public init(
        id: TemperamentID, name: Bilingual, aliases: [String], pursues: Bilingual,
        warningZone: Bilingual, warningSign: Bilingual, cues: [Cue], approach: [Bilingual],
        say: [Bilingual], avoid: [Bilingual]
    ) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.pursues = pursues
        self.warningZone = warningZone
        self.warningSign = warningSign
        self.cues = cues
        self.approach = approach
        self.say = say
        self.avoid = avoid
    }
}

/// Whether a complaint is justified, and where an unjustified one comes from.
public enum LegitimacyID: String, CaseIterable, Sendable, Codable {
    case reasonable
    /// Unreasonable because staff explained the rule or product poorly.
    case poorExplanation = "poor-explanation"
    /// Outside the normal flow: deliberate abuse of the complaint process.
    case malicious
}

/// One legitimacy class with its handling.
public struct Legitimacy: Sendable {
    public let id: LegitimacyID
    public let name: Bilingual
    public let description: Bilingual
    public let handling: [Bilingual]

    /// Creates a legitimacy class.
    /// - Parameters:
    ///   - id: The stable identifier.
    ///   - name: The name in both languages.
    ///   - description: What the class means.
    ///   - handling: How to handle complaints of this class.
    public init(id: LegitimacyID, name: Bilingual, description: Bilingual, handling: [Bilingual]) {
        self.id = id
        self.name = name
        self.description = description
        self.handling = handling
    }
}
