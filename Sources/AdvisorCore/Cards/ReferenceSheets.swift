import Knowledge

/// A named guideline in one language.
public struct GuidelineEntry: Codable, Equatable, Sendable {
    public let id: String
    let name: String
    let explanation: String

    init(_ guideline: Guideline, _ language: Language) {
        id = guideline.id
        name = guideline.name.text(language)
        explanation = guideline.explanation.text(language)
    }
}

/// A class of legitimacy in one language, with how complaints of that class are handled.
public struct LegitimacyEntry: Codable, Equatable, Sendable {
    public let id: String
    let name: String
    let explanation: String
    public let handling: [String]

    init(_ legitimacy: Legitimacy, _ language: Language) {
        id = legitimacy.id.rawValue
        name = legitimacy.name.text(language)
        explanation = legitimacy.description.text(language)
        handling = legitimacy.handling.map { $0.text(language) }
    }
}

/// The principles sheet: the five principles, the ground rules, trust, needs, non-violent communication,
/// reaching a settlement and legitimacy.
public struct PrinciplesSheet: Codable, Equatable, Sendable {
    let language: Language
    public let principles: [GuidelineEntry]
    let serviceRules: [GuidelineEntry]
    let trustFactors: [GuidelineEntry]
    let needLevels: [GuidelineEntry]
    public let communication: [GuidelineEntry]
    public let settlement: [GuidelineEntry]
    public let legitimacy: [LegitimacyEntry]

    /// Builds the sheet in one language.
    public init(language: Language) {
        self.language = language
        principles = KnowledgeBase.principles.map { GuidelineEntry($0, language) }
        serviceRules = KnowledgeBase.serviceRules.map { GuidelineEntry($0, language) }
        trustFactors = KnowledgeBase.trustFactors.map { GuidelineEntry($0, language) }
        needLevels = KnowledgeBase.needLevels.map { GuidelineEntry($0, language) }
        communication = KnowledgeBase.nonviolentCommunication.map { GuidelineEntry($0, language) }
        settlement = KnowledgeBase.settlementGuidelines.map { GuidelineEntry($0, language) }
        legitimacy = KnowledgeBase.legitimacyClasses.map { LegitimacyEntry($0, language) }
    }

    /// The sheet as terminal text no wider than `width` columns.
    public func render(width: Int = 80) -> String {
        var card = CardWriter(width: width)
        let colon = CardPhrases.colon.text(language)
        let sections: [(Bilingual, [GuidelineEntry])] = [
            (Labels.principles, principles), (Labels.serviceRules, serviceRules),
            (Labels.trustFactors, trustFactors), (Labels.needLevels, needLevels),
            (Labels.communication, communication), (Labels.settlement, settlement),
        ]
        for (index, (title, entries)) in sections.enumerated() {
            if index > 0 { card.blank() }
            card.heading(title.text(language))
            for (n, entry) in entries.enumerated() {
                let marker = title == Labels.principles ? "\(n + 1). " : "• "
                card.text("\(entry.name)\(colon)\(entry.explanation)", indent: "  " + marker)
            }
        }
        card.blank()
        card.heading(Labels.legitimacy.text(language))
        for entry in legitimacy {
            card.text("\(entry.name)\(colon)\(entry.explanation)", indent: "  • ")
            for step in entry.handling { card.text(step, indent: "    - ") }
        }
        return card.rendered
    }
}

/// The process sheet: the handling flow with its time limits, the call and inquiry steps, the kinds of request,
/// priority, escalation by tier and the session timers.
public struct ProcessSheet: Codable, Equatable, Sendable {
    let language: Language
    public let steps: [Step]
    public let timeNorms: [Norm]
    let callSteps: [GuidelineEntry]
    let inquirySteps: [GuidelineEntry]
    /// What the inquiry steps leave undone: the share of the work still to do after them.
    let inquiryRemainder: String
    let requestKinds: [GuidelineEntry]
    let priority: [GuidelineEntry]
    let escalationTiers: [GuidelineEntry]
    public let sessionStates: [State]

    /// A step of the handling flow.
    public struct Step: Codable, Equatable, Sendable {
        public let id: String
        let name: String
        let actions: [String]
        public let timeNorm: String?
    }

    /// A time limit, machine-readable in seconds and readable as text.
    public struct Norm: Codable, Equatable, Sendable {
        public let id: String
        let name: String
        let earliestSeconds: Int
        public let latestSeconds: Int
        public let window: String
        let explanation: String
    }

    /// A session state with its timers.
    public struct State: Codable, Equatable, Sendable {
        public let id: String
        let name: String
        let explanation: String
        public let timers: [Timer]
    }

    /// A timer inside a session state.
    public struct Timer: Codable, Equatable, Sendable {
        let afterSeconds: Int
        public let after: String
        let action: String
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
        inquiryRemainder = KnowledgeBase.inquiryRemainder.text(language)
        requestKinds = KnowledgeBase.requestKinds.map { GuidelineEntry($0, language) }
        priority = KnowledgeBase.priorityFactors.map { GuidelineEntry($0, language) }
        escalationTiers = KnowledgeBase.escalationTiers.map { GuidelineEntry($0, language) }
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
        card.blank()
        card.heading(Labels.inquirySteps.text(language))
        for entry in inquirySteps { card.text("\(entry.name)\(colon)\(entry.explanation)", indent: "  • ") }
        card.text(inquiryRemainder, indent: "  ")
        for (title, entries) in [(Labels.requestKinds, requestKinds), (Labels.priority, priority),
                                 (Labels.escalationTiers, escalationTiers)] {
            card.blank()
            card.heading(title.text(language))
            for entry in entries { card.text("\(entry.name)\(colon)\(entry.explanation)", indent: "  • ") }
        }
        card.blank()
        card.heading(Labels.sessionStates.text(language))
        for state in sessionStates {
            card.text("\(state.name)\(colon)\(state.explanation)", indent: "  • ")
            for timer in state.timers { card.text(timer.action, indent: "      \(timer.after)\(colon)") }
        }
        return card.rendered
    }
}
