/// A named item with an explanation: a principle, a trust factor, a need level, a step.
public struct Guideline: Sendable {
    /// A stable identifier, lowercase with hyphens.
    public let id: String
    public let name: Bilingual
    public let explanation: Bilingual

    /// Creates a guideline.
    /// - Parameters:
    ///   - id: A stable identifier.
    ///   - name: The short name in both languages.
    ///   - explanation: What it asks of the agent.
    public init(id: String, name: Bilingual, explanation: Bilingual) {
        self.id = id
        self.name = name
        self.explanation = explanation
    }
}

/// A time limit the service promises, in seconds so software can act on it.
public struct TimeNorm: Sendable {
    /// A stable identifier, lowercase with hyphens.
    public let id: String
    public let name: Bilingual
    /// The earliest moment the action is due, in seconds from the trigger; equal to `latestSeconds` for a plain limit.
    public let earliestSeconds: Int
    /// The moment by which the action must have happened, in seconds from the trigger.
    public let latestSeconds: Int
    public let explanation: Bilingual

    /// Creates a time norm.
    /// - Parameters:
    ///   - id: A stable identifier.
    ///   - name: The name in both languages.
    ///   - earliestSeconds: Start of the window, in seconds.
    ///   - latestSeconds: End of the window, in seconds.
    ///   - explanation: Why and how the limit applies.
    public init(id: String, name: Bilingual, earliestSeconds: Int, latestSeconds: Int, explanation: Bilingual) {
        self.id = id
        self.name = name
        self.earliestSeconds = earliestSeconds
        self.latestSeconds = latestSeconds
        self.explanation = explanation
    }
}

/// One step of the complaint-handling flow, from receipt to review.
public struct ProcessStep: Sendable {
    public let id: String
    public let name: Bilingual
    public let actions: [Bilingual]
    /// The id of the time norm that governs this step, if any.
    public let timeNormID: String?

    /// Creates a step.
    /// - Parameters:
    ///   - id: A stable identifier.
    ///   - name: The name in both languages.
    ///   - actions: What the agent does in this step.
    ///   - timeNormID: The governing time norm, if any.
    public init(id: String, name: Bilingual, actions: [Bilingual], timeNormID: String?) {
        self.id = id
        self.name = name
        self.actions = actions
        self.timeNormID = timeNormID
    }
}

/// A timer inside a session state: after so many seconds, do this.
public struct SessionTimer: Sendable {
    public let afterSeconds: Int
    public let action: Bilingual

    /// Creates a timer.
    /// - Parameters:
    ///   - afterSeconds: When the timer fires, in seconds after entering the state.
    ///   - action: What to do then.
    public init(afterSeconds: Int, action: Bilingual) {
        self.afterSeconds = afterSeconds
        self.action = action
    }
}

/// A state of a chat or call session, with the timers that run in it.
public struct SessionState: Sendable {
    public let id: String
    public let name: Bilingual
    public let explanation: Bilingual
    /// Timers in the order they fire.
    public let timers: [SessionTimer]

    /// Creates a session state.
    /// - Parameters:
    ///   - id: A stable identifier.
    ///   - name: The name in both languages.
    ///   - explanation: What the state means.
    ///   - timers: The timers, earliest first.
    public init(id: String, name: Bilingual, explanation: Bilingual, timers: [SessionTimer]) {
        self.id = id
        self.name = name
        self.explanation = explanation
        self.timers = timers
    }
}

/// The five principles of complaint handling, by name, so advice picks one by what it says rather than by position.
public enum PrincipleID: String, CaseIterable, Sendable {
    case personBeforeMatter = "person-before-matter"
    case listenAndConfirm = "listen-and-confirm"
    case sincereApology = "sincere-apology"
    case carefulPromises = "careful-promises"
    case followUp = "follow-up"
}
