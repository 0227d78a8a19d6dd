import Knowledge

/// The customer's words read the way the intake reads them: type, temperament and flags, for `advise --said`.
struct WordsReading: Sendable {
    /// The intake with the type and temperament filled in from the words where the agent gave none.
    var intake: Intake
    /// What was read and why, for the card; nil when the intake holds no words.
    var summary: Advice.WordsSummary?

    /// Reads an intake's words; a type or temperament the agent gave always wins over the words.
    static func read(_ intake: Intake) -> WordsReading {
        let words = intake.said.filter { !$0.allSatisfy(\.isWhitespace) }
        guard !words.isEmpty else { return WordsReading(intake: intake, summary: nil) }
        let detection = CueDetector.standard.detect(words.joined(separator: "\n"))
        var result = intake
        var typeRead = false, temperamentRead = false
        if result.type == nil, let type = detection.type {
            result.type = type
            typeRead = true
        }
        if result.temperament == nil, detection.temperament.fromWords {
            result.temperament = detection.temperament.lean
            temperamentRead = true
        }
        // Overlapping cues ("I know your", "I know your CEO") are one piece of evidence: keep the longest.
        var spans: [Detection.CueMatch] = []
        for match in detection.matches where match.counted {
            if let index = spans.firstIndex(where: { $0.start < match.end && match.start < $0.end }) {
                if match.end - match.start > spans[index].end - spans[index].start { spans[index] = match }
            } else {
                spans.append(match)
            }
        }
        var cues: [String] = []
        for match in spans where !cues.contains(match.words) && cues.count < 3 { cues.append(match.words) }
        let summary = Advice.WordsSummary(type: detection.type, typeFromWords: typeRead,
                                          temperament: detection.temperament.fromWords ? detection.temperament.lean : nil,
                                          temperamentFromWords: temperamentRead, flags: detection.flags, cues: cues)
        return WordsReading(intake: result, summary: summary)
    }
}
