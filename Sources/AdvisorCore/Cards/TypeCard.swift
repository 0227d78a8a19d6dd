import Knowledge

/// One line of the type list: both names and the gist.
public struct TypeSummary: Codable, Equatable, Sendable {
    let id: String
    let name: String
    let names: Names
    let gist: String
    let aliases: [String]

    /// A name in both languages, as JSON consumers see it.
    struct Names: Codable, Equatable, Sendable {
        let en: String
        let zh: String

        /// The name shown beside the card's own, so the type can be found by either.
        func other(than language: Language) -> String {
            switch language {
            case .zh: en
            case .en: zh
            }
        }
    }

    /// Summarises a type in one language.
    /// - Parameters:
    ///   - type: The type.
    ///   - language: The language for the gist and the main name.
    public init(_ type: ComplainantType, language: Language) {
        id = type.id.rawValue
        name = type.name.text(language)
        names = Names(en: type.name.en, zh: type.name.zh)
        gist = type.gist.text(language)
        aliases = type.aliases
    }

    /// The six types as an aligned list that fits `width` columns.
    public static func renderList(_ summaries: [TypeSummary], language: Language, width: Int = 80) -> String {
        var card = CardWriter(width: width)
        card.heading(Labels.typesTitle.text(language))
        let idWidth = summaries.map { TextLayout.displayWidth($0.id) }.max() ?? 0
        for s in summaries {
            card.text("\(s.name) · \(s.names.other(than: language)) — \(s.gist)", indent: "  " + TextLayout.pad(s.id, to: idWidth) + "  ")
        }
        card.blank()
        card.text(Labels.typeHint.text(language))
        return card.rendered
    }
}

/// The full card of one complainant type in one language.
public struct TypeCard: Codable, Equatable, Sendable {
    let id: String
    let language: Language
    let name: String
    let names: TypeSummary.Names
    let aliases: [String]
    let gist: String
    let traits: [String]
    let cues: [CueEntry]
    public let tactics: [String]
    let pitfalls: [String]
    /// Lines to say, keyed by stage id: open, confirm, propose, close.
    public let script: [String: [String]]
    let escalation: [EscalationEntry]
    let compensation: String
    let temperamentNotes: TemperamentNotes

    /// A cue phrase with its language and strength.
    struct CueEntry: Codable, Equatable, Sendable {
        let phrase: String
        let language: Language
        let strength: CueStrength
    }

    /// A hand-over rule: who, and when.
    struct EscalationEntry: Codable, Equatable, Sendable {
        let role: String
        let roleName: String
        let when: String
    }

    /// The type's handling for each temperament.
    struct TemperamentNotes: Codable, Equatable, Sendable {
        let rational: String
        let emotional: String
    }

    /// Builds the card of a type in one language.
    /// - Parameters:
    ///   - type: The type.
    ///   - language: The language of every text field.
    public init(_ type: ComplainantType, language: Language) {
        id = type.id.rawValue
        self.language = language
        name = type.name.text(language)
        names = TypeSummary.Names(en: type.name.en, zh: type.name.zh)
        aliases = type.aliases
        gist = type.gist.text(language)
        traits = type.traits.map { $0.text(language) }
        cues = type.cues.map { CueEntry(phrase: $0.phrase, language: $0.language, strength: $0.strength) }
        tactics = type.tactics.map { $0.text(language) }
        pitfalls = type.pitfalls.map { $0.text(language) }
        var script: [String: [String]] = [:]
        for stage in ConversationStage.allCases {
            script[stage.rawValue] = type.script[stage].map { $0.text(language) }
        }
        self.script = script
        escalation = type.escalation.map {
            EscalationEntry(role: $0.role.rawValue, roleName: $0.role.title.text(language), when: $0.trigger.text(language))
        }
        compensation = type.compensationStance.text(language)
        temperamentNotes = TemperamentNotes(rational: type.rationalNote.text(language), emotional: type.emotionalNote.text(language))
    }

    /// The number of cue phrases shown in the terminal; the rest are in `--json`.
    static let cuesShown = 6

    /// The card as terminal text no wider than `width` columns.
    public func render(width: Int = 80) -> String {
        let lang = language
        var card = CardWriter(width: width)
        card.text("\(name) · \(names.other(than: lang))  [\(id)]")
        card.text(gist)
        card.blank()
        card.heading(Labels.traits.text(lang))
        card.bullets(traits)
        card.heading(Labels.cues.text(lang))
        let ranked = cues.filter { $0.language == lang }
            .enumerated()
            .sorted { ($0.element.strength.weight, -$0.offset) > ($1.element.strength.weight, -$1.offset) }
            .map(\.element.phrase)
        let shown = ranked.prefix(Self.cuesShown).map { CardPhrases.quoted($0).text(lang) }
        let tail = ranked.count > Self.cuesShown ? " (+\(ranked.count - Self.cuesShown), \(Labels.more.text(lang)))" : ""
        card.text(shown.joined(separator: CardPhrases.listSeparator.text(lang)) + tail, indent: "  ")
        card.heading(Labels.tactics.text(lang))
        card.bullets(tactics, marker: "+ ")
        card.heading(Labels.pitfalls.text(lang))
        card.bullets(pitfalls, marker: "- ")
        card.heading(Labels.script.text(lang))
        for stage in ConversationStage.allCases {
            card.text(stage.title.text(lang), indent: "  ")
            for line in script[stage.rawValue] ?? [] {
                card.text(line, indent: "    > ", hangingIndent: "      ")
            }
        }
        card.heading(Labels.escalation.text(lang))
        for rule in escalation {
            card.text(rule.when, indent: "  → \(rule.roleName)\(CardPhrases.colon.text(lang))")
        }
        card.heading(Labels.compensation.text(lang))
        card.text(compensation, indent: "  ")
        card.heading(Labels.temperament.text(lang))
        let labelWidth = max(TextLayout.displayWidth(Labels.rational.text(lang)), TextLayout.displayWidth(Labels.emotional.text(lang)))
        card.field(Labels.rational.text(lang), temperamentNotes.rational, labelWidth: labelWidth)
        card.field(Labels.emotional.text(lang), temperamentNotes.emotional, labelWidth: labelWidth)
        return card.rendered
    }
}
