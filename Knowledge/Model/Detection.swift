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

/// How far back a negation reaches, kept as data so the documentation and the code agree.
public struct DetectionTuning: Sendable {
    /// How many scalars before a cue (Chinese) are searched for a negation.
    public let negationWindowZh: Int
    /// How many words before a cue (English) are searched for a negation.
    public let negationWindowEn: Int

    /// Creates the tuning.
    public init(negationWindowZh: Int, negationWindowEn: Int) {
        self.negationWindowZh = negationWindowZh
        self.negationWindowEn = negationWindowEn
    }
}
