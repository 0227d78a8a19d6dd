import Knowledge

/// The advisor's own reading of a case: what it detects in the customer's words, what it advises, and
/// whether the case's real settlement falls inside the advised range.
public struct CaseAnalysis: Codable, Equatable, Sendable {
    var caseID: String
    var detection: Detection
    public var advice: Advice
    var settlementValue: Double
    public var settlementInRange: Bool
    /// The advised range of the tier that settles the case: its opening and walk-away.
    var low: Double
    var high: Double

    /// Analyses a case under a policy.
    /// - Parameters:
    ///   - trainingCase: The case.
    ///   - policy: The policy to advise under.
    ///   - language: The language of the analysis.
    /// - Throws: `AdvisorError` when the case's intake does not fit the policy (an unknown tier, say).
    public init(_ trainingCase: TrainingCase, policy: Policy, language: Language) throws(AdvisorError) {
        caseID = trainingCase.id
        detection = CueDetector.standard.detect(trainingCase.customerSays.text(language))
        var intake = trainingCase.intake
        // The analysis reads the customer as the advisor would mid-call: from their words, where they say enough.
        if let type = detection.type { intake.type = type }
        if detection.temperament.fromWords { intake.temperament = detection.temperament.lean }
        if intake.said.isEmpty { intake.said = [trainingCase.customerSays.text(language)] }
        advice = try AdviceEngine(policy: policy).advise(intake, language: language)
        settlementValue = trainingCase.settlement.value
        // The case is judged against the ladder of whoever settles it: the reader's, or the tier it is handed to.
        let ladder = advice.settlingLadder
        low = ladder?.opening ?? 0
        high = ladder?.walkAway ?? 0
        settlementInRange = low <= settlementValue && settlementValue <= high
    }
}
