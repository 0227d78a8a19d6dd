/// The whole knowledge base, compiled into the binary so it needs no files at run time.
public enum KnowledgeBase {
    /// The six complainant types, in the order the training material teaches them.
    public static let types: [ComplainantType] = [
        .lacksCommonSense, .showsOffKnowledge, .professionalComplainer,
        .unreasonable, .nameDropper, .timeKiller,
    ]

    public static let temperaments: [Temperament] = [.rational, .emotional]

    public static let legitimacyClasses: [Legitimacy] = [.reasonable, .poorExplanation, .malicious]

    /// The type with the given identifier.
    public static func type(_ id: ComplainantTypeID) -> ComplainantType {
        switch id {
        case .lacksCommonSense: .lacksCommonSense
        case .showsOffKnowledge: .showsOffKnowledge
        case .professionalComplainer: .professionalComplainer
        case .unreasonable: .unreasonable
        case .nameDropper: .nameDropper
        case .timeKiller: .timeKiller
        }
    }

    /// The temperament with the given identifier.
    public static func temperament(_ id: TemperamentID) -> Temperament {
        switch id {
        case .rational: .rational
        case .emotional: .emotional
        }
    }

    /// The time norm with the given identifier, if there is one.
    public static func timeNorm(_ id: String) -> TimeNorm? {
        timeNorms.first { $0.id == id }
    }
}
