/// The stable identifiers of the six complainant types.
public enum ComplainantTypeID: String, CaseIterable, Sendable, Codable {
    case lacksCommonSense = "lacks-common-sense"
    case showsOffKnowledge = "shows-off-knowledge"
    case professionalComplainer = "professional-complainer"
    case unreasonable = "unreasonable"
    case nameDropper = "name-dropper"
    case timeKiller = "time-killer"
}

/// How much one matched cue phrase says about a type or temperament.
///
/// The weights are data so the detector and its documentation read the same numbers:
/// a strong cue alone is close to decisive, a weak one only tips a close call.
public enum CueStrength: String, CaseIterable, Sendable, Codable {
    case strong
    case moderate
    case weak

    /// The score one match of a cue of this strength adds.
    public var weight: Double {
        switch self {
        case .strong: 3.0
        case .moderate: 2.0
        case .weak: 1.0
        }
    }
}

/// A short phrase customers of one type (or temperament) typically say.
public struct Cue: Sendable, Hashable {
    /// The phrase as a customer would say it, lowercase for Latin text.
    public let phrase: String
    public let language: Language
    public let strength: CueStrength

    /// Creates a cue.
    /// - Parameters:
    ///   - phrase: The words to look for.
    ///   - language: The language the words are in.
    ///   - strength: How telling a match is.
    public init(_ phrase: String, _ language: Language, _ strength: CueStrength = .moderate) {
        self.phrase = phrase
        self.language = language
        self.strength = strength
    }
}

/// The four moments of a conversation at which the advisor offers words to say.
public enum ConversationStage: String, CaseIterable, Sendable, Codable {
    /// Opening and empathising: feelings before facts.
    case open
    /// Confirming the facts and the real demand by restating them.
    case confirm
    /// Proposing the remedy and what the agent can offer.
    case propose
    /// Closing: agreeing next steps, times and thanks.
    case close

    /// The stage's name in both languages.
    public var title: Bilingual {
        switch self {
        case .open: Bilingual(zh: "开场与共情", en: "Open and empathise")
        case .confirm: Bilingual(zh: "确认事实与诉求", en: "Confirm facts and demand")
        case .propose: Bilingual(zh: "提出方案", en: "Propose")
        case .close: Bilingual(zh: "收尾与跟进", en: "Close and follow up")
        }
    }
}

/// What to say at each conversation stage, several options per stage.
public struct StageScript: Sendable {
    public let open: [Bilingual]
    public let confirm: [Bilingual]
    public let propose: [Bilingual]
    public let close: [Bilingual]

    /// Creates a script.
    /// - Parameters:
    ///   - open: Lines for opening and empathising.
    ///   - confirm: Lines for confirming facts and the real demand.
    ///   - propose: Lines for proposing a remedy.
    ///   - close: Lines for closing and agreeing follow-up.
    public init(open: [Bilingual], confirm: [Bilingual], propose: [Bilingual], close: [Bilingual]) {
        self.open = open
        self.confirm = confirm
        self.propose = propose
        self.close = close
    }

    /// The lines for one stage.
    public subscript(stage: ConversationStage) -> [Bilingual] {
        switch stage {
        case .open: open
        case .confirm: confirm
        case .propose: propose
        case .close: close
        }
    }
}

/// The people a case can be handed to beyond the frontline agent.
public enum EscalationRole: String, CaseIterable, Sendable, Codable {
    case seniorAgent = "senior-agent"
    case supervisor
    case manager
    case legal
    case technician
    case specialistDesk = "specialist-desk"

    /// The role's name in both languages.
    public var title: Bilingual {
        switch self {
        case .seniorAgent: Bilingual(zh: "资深客服", en: "senior agent")
        case .supervisor: Bilingual(zh: "主管", en: "supervisor")
        case .manager: Bilingual(zh: "经理", en: "manager")
        case .legal: Bilingual(zh: "法务", en: "legal team")
        case .technician: Bilingual(zh: "技术人员", en: "technician")
        case .specialistDesk: Bilingual(zh: "产品顾问", en: "product specialist")
        }
    }
}

/// When a case of one type should leave the frontline agent, and to whom.
public struct EscalationRule: Sendable {
    /// The situation that calls for the hand-over.
    public let trigger: Bilingual
    public let role: EscalationRole

    /// Creates a rule.
    /// - Parameters:
    ///   - trigger: The situation that calls for escalation.
    ///   - role: Who takes the case over.
    public init(trigger: Bilingual, role: EscalationRole) {
        self.trigger = trigger
        self.role = role
    }
}

/// One of the six complainant types, with everything an agent needs to handle it.
public struct ComplainantType: Sendable {
    public let id: ComplainantTypeID
    public let name: Bilingual
    /// Other words agents type for this type: short forms, Chinese fragments, id variants.
    public let aliases: [String]
    /// The type in one line.
    public let gist: Bilingual
    public let traits: [Bilingual]
    /// Phrases such customers say, read from the type's cue files the first time any type's cues are asked for: an
    /// advice that never reads words never parses them, which was a third of a single advice's start-up.
    public var cues: [Cue] { CueFiles.parsedCues(for: id) }
    /// What to do.
    public let tactics: [Bilingual]
    /// What not to do.
    public let pitfalls: [Bilingual]
    public let script: StageScript
    public let escalation: [EscalationRule]
    /// How the type bears on compensation; the policy bounds never move with the type.
    public let compensationStance: Bilingual
    /// What changes when this type is rational rather than emotional, and the reverse.
    public let rationalNote: Bilingual
    public let emotionalNote: Bilingual

    /// Creates a type card.
    /// - Parameters:
    ///   - id: The stable identifier.
    ///   - name: The type's name in both languages.
    ///   - aliases: Extra words that find the type.
    ///   - gist: A one-line summary.
    ///   - traits: How the type shows itself.
    ///   - tactics: What to do.
    ///   - pitfalls: What not to do.
    ///   - script: Words for each conversation stage.
    ///   - escalation: When and to whom to hand over.
    ///   - compensationStance: How the type bears on compensation.
    ///   - rationalNote: Handling advice when the customer is rational.
    ///   - emotionalNote: Handling advice when the customer is emotional.
    public init(
        id: ComplainantTypeID, name: Bilingual, aliases: [String], gist: Bilingual,
        traits: [Bilingual], tactics: [Bilingual], pitfalls: [Bilingual],
        script: StageScript, escalation: [EscalationRule], compensationStance: Bilingual,
        rationalNote: Bilingual, emotionalNote: Bilingual
    ) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.gist = gist
        self.traits = traits
        self.tactics = tactics
        self.pitfalls = pitfalls
        self.script = script
        self.escalation = escalation
        self.compensationStance = compensationStance
        self.rationalNote = rationalNote
        self.emotionalNote = emotionalNote
    }
}
