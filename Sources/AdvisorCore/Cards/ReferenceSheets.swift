import Knowledge

/// A named guideline in one language.
public struct GuidelineEntry: Codable, Equatable, Sendable {
    public let id: String
    public let name: String
    public let explanation: String

    init(_ guideline: Guideline, _ language: Language) {
        id = guideline.id
        name = guideline.name.text(language)
        explanation = guideline.explanation.text(language)
    }
}

/// The principles sheet: the five principles, the ground rules, trust, needs and legitimacy.
public struct PrinciplesSheet: Codable, Equatable, Sendable {
    public let language: Language
    public let principles: [GuidelineEntry]
    public let serviceRules: [GuidelineEntry]
    public let trustFactors: [GuidelineEntry]
    public let needLevels: [GuidelineEntry]
    public let legitimacy: [GuidelineEntry]

    /// Builds the sheet in one language.
    public init(language: Language) {
        self.language = language
        principles = KnowledgeBase.principles.map { GuidelineEntry($0, language) }
        serviceRules = KnowledgeBase.serviceRules.map { GuidelineEntry($0, language) }
        trustFactors = KnowledgeBase.trustFactors.map { GuidelineEntry($0, language) }
        needLevels = KnowledgeBase.needLevels.map { GuidelineEntry($0, language) }
        legitimacy = KnowledgeBase.legitimacyClasses.map {
            GuidelineEntry(Guideline(id: $0.id.rawValue, name: $0.name, explanation: $0.description), language)
        }
    }

    /// The sheet as terminal text no wider than `width` columns.
    public func render(width: Int = 80) -> String {
        var card = CardWriter(width: width)
        let sections: [(Bilingual, [GuidelineEntry])] = [
            (Labels.principles, principles), (Labels.serviceRules, serviceRules),
            (Labels.trustFactors, trustFactors), (Labels.needLevels, needLevels),
            (Labels.legitimacy, legitimacy),
        ]
        for (index, (title, entries)) in sections.enumerated() {
            if index > 0 { card.blank() }
            card.heading(title.text(language))
            for (n, entry) in entries.enumerated() {
                let marker = title == Labels.principles ? "\(n + 1). " : "• "
                card.text("\(entry.name)\(CardPhrases.colon.text(language))\(entry.explanation)", indent: "  " + marker)
            }
        }
        return card.rendered
    }
}

/// The process sheet: the handling flow with its time limits, the call steps and the session timers.
public struct ProcessSheet: Codable, Equatable, Sendable {
    public let language: Language
    public let steps: [Step]
    public let timeNorms: [Norm]
    public let callSteps: [GuidelineEntry]
    public let inquirySteps: [GuidelineEntry]
    public let sessionStates: [State]

    /// A step of the handling flow.
    public struct Step: Codable, Equatable, Sendable {
        public let id: String
        public let name: String
        public let actions: [String]
        public let timeNorm: String?
    }

    /// A time limit, machine-readable in seconds and readable as text.
    public struct Norm: Codable, Equatable, Sendable {
        public let id: String
        public let name: String
        public let earliestSeconds: Int
        public let latestSeconds: Int
        public let window: String
        public let explanation: String
    }

    /// A session state with its timers.
    public struct State: Codable, Equatable, Sendable {
        public let id: String
        public let name: String
        public let explanation: String
        public let timers: [Timer]
    }

    /// A timer inside a session state.
    public struct Timer: Codable, Equatable, Sendable {
        public let afterSeconds: Int
        public let after: String
        public let action: String
    }

    /// Builds the sheet in one language.
    public init(language: Language) {
        self.language = language
        steps = KnowledgeBase.processSteps.map { step in
            Step(id: step.id, name: step.name.text(language), actions: step.actions.map { $0.text(language) },
                 timeNorm: step.timeNormID)
        }
        timeNorms = KnowledgeBase.timeNorms.map {
            Norm(id: $0.id, name: $0.name.text(language), earliestSeconds: $0.earliestSeconds,
                 latestSeconds: $0.latestSeconds, window: Durations.describe($0, in: language),
                 explanation: $0.explanation.text(language))
        }
        callSteps = KnowledgeBase.conversationFlow.map { GuidelineEntry($0, language) }
        inquirySteps = KnowledgeBase.inquirySteps.map { GuidelineEntry($0, language) }
        sessionStates = KnowledgeBase.sessionStates.map { state in
            State(id: state.id, name: state.name.text(language), explanation: state.explanation.text(language),
                  timers: state.timers.map {
                      Timer(afterSeconds: $0.afterSeconds, after: Durations.describe(seconds: $0.afterSeconds, in: language),
                            action: $0.action.text(language))
                  })
        }
    }

    /// The sheet as terminal text no wider than `width` columns.
    public func render(width: Int = 80) -> String {
        var card = CardWriter(width: width)
        let colon = CardPhrases.colon.text(language)
        card.heading(Labels.processFlow.text(language))
        for (n, step) in steps.enumerated() {
            let limit = step.timeNorm.flatMap { id in timeNorms.first { $0.id == id } }.map { " [\($0.window)]" } ?? ""
            card.text("\(n + 1). \(step.name)\(limit)", indent: "  ")
            for action in step.actions { card.text(action, indent: "     • ") }
        }
        card.blank()
        card.heading(Labels.timeNorms.text(language))
        let windowWidth = timeNorms.map { TextLayout.displayWidth($0.window) }.max() ?? 0
        for norm in timeNorms {
            card.text("\(norm.name)\(colon)\(norm.explanation)", indent: "  " + TextLayout.pad(norm.window, to: windowWidth) + "  ")
        }
        card.blank()
        card.heading(Labels.conversationFlow.text(language))
        card.text(callSteps.map(\.name).joined(separator: " → "), indent: "  ")
        card.heading(Labels.inquirySteps.text(language))
        for entry in inquirySteps { card.text("\(entry.name)\(colon)\(entry.explanation)", indent: "  • ") }
        card.blank()
        card.heading(Labels.sessionStates.text(language))
        for state in sessionStates {
            card.text("\(state.name)\(colon)\(state.explanation)", indent: "  • ")
            for timer in state.timers { card.text(timer.action, indent: "      \(timer.after)\(colon)") }
        }
        return card.rendered
    }
}
