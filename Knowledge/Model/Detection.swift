/// Things an agent must know at once, whatever the customer's type.
public enum DetectionFlag: String, CaseIterable, Sendable, Codable {
    /// A threat to go to a regulator, the media or a lawyer.
    case threat
    /// A law, regulation or article cited.
    case lawCited = "law-cited"
    /// A claim of status or connections.
    case statusClaim = "status-claim"
    /// The talk drifts away from the complaint.
    case offTopic = "off-topic"
    /// A threat of violence against staff.
    case violence
    /// Talk of suicide or self-harm.
    case selfHarm = "self-harm"
    /// Signs of a vulnerable customer: bereavement, illness, old age, confusion.
    case vulnerable

    /// Whether the flag is about someone's safety, and so comes before everything else on a card.
    public var isSafety: Bool { self == .violence || self == .selfHarm || self == .vulnerable }
}

/// The numbers that turn matched cues into a verdict, kept as data so the documentation and the code agree.
public struct DetectionTuning: Sendable {
    /// Each further occurrence of the same cue adds this share of its weight (a repeated phrase says less than a new one).
    public let repeatShare: Double
    /// Below this score no type is named: "no clear type".
    public let minimumScore: Double
    /// The top type must lead the second by at least this much, or the text is too mixed to name one.
    public let minimumLead: Double
    /// What two or more exclamation marks add to the emotional lean.
    public let exclamationWeight: Double
    /// How many scalars before a cue (Chinese) are searched for a negation.
    public let negationWindowZh: Int
    /// How many words before a cue (English) are searched for a negation.
    public let negationWindowEn: Int

    /// Creates the tuning.
    public init(repeatShare: Double, minimumScore: Double, minimumLead: Double, exclamationWeight: Double,
                negationWindowZh: Int, negationWindowEn: Int) {
        self.repeatShare = repeatShare
        self.minimumScore = minimumScore
        self.minimumLead = minimumLead
        self.exclamationWeight = exclamationWeight
        self.negationWindowZh = negationWindowZh
        self.negationWindowEn = negationWindowEn
    }
}
