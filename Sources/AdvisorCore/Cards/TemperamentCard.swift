import Knowledge

/// The card of one temperament in one language.
public struct TemperamentCard: Codable, Equatable, Sendable {
    let id: String
    let language: Language
    let name: String
    let pursues: String
    let warningZone: String
    let warningSign: String
    let approach: [String]
    let say: [String]
    let avoid: [String]
    let cues: [TypeCard.CueEntry]

    /// Builds the card.
    /// - Parameters:
    ///   - temperament: The temperament.
    ///   - language: The language of every text field.
    public init(_ temperament: Temperament, language: Language) {
        id = temperament.id.rawValue
        self.language = language
        name = temperament.name.text(language)
        pursues = temperament.pursues.text(language)
        warningZone = temperament.warningZone.text(language)
        warningSign = temperament.warningSign.text(language)
        approach = temperament.approach.map { $0.text(language) }
        say = temperament.say.map { $0.text(language) }
        avoid = temperament.avoid.map { $0.text(language) }
        cues = temperament.cues.map { .init(phrase: $0.phrase, language: $0.language, strength: $0.strength) }
    }

    /// The card as terminal text no wider than `width` columns.
    public func render(width: Int = 80) -> String {
        let lang = language
        var card = CardWriter(width: width)
        card.text("\(name)  [\(id)]")
        let labels = [Labels.pursues, Labels.warningZone, Labels.ifCrossed].map { $0.text(lang) }
        let labelWidth = labels.map { TextLayout.displayWidth($0) }.max() ?? 0
        card.field(labels[0], pursues, indent: "", labelWidth: labelWidth)
        card.field(labels[1], warningZone, indent: "", labelWidth: labelWidth)
        card.field(labels[2], warningSign, indent: "", labelWidth: labelWidth)
        card.heading(Labels.approach.text(lang))
        card.bullets(approach)
        card.heading(Labels.say.text(lang))
        for line in say { card.text(line, indent: "  > ", hangingIndent: "    ") }
        card.heading(Labels.avoid.text(lang))
        card.bullets(avoid, marker: "- ")
        let phrases = cues.filter { $0.language == lang }.prefix(6).map(\.phrase)
        card.heading(Labels.cues.text(lang))
        card.text(phrases.joined(separator: CardPhrases.listSeparator.text(lang)), indent: "  ")
        return card.rendered
    }
}
