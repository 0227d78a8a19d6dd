import Knowledge
import TextMatching

/// The customer's words read the way the intake reads them: type, temperament and flags, for `advise --said`.
public struct WordsReading: Sendable {
    /// The intake with the type and temperament filled in from the words where the agent gave none.
    public var intake: Intake
    /// What was read and why, for the card; nil when the intake holds no words.
    public var summary: Advice.WordsSummary?

    /// Reads an intake's words; a type or temperament the agent gave always wins over the words.
    ///
    /// Only the verdict and the counted cues are read, not the explanation `CueDetector.detect` adds (the words that
    /// weighed most), which the advice never shows and which costs more than the reading itself.
    /// - Parameters:
    ///   - intake: The intake whose `said` is read.
    ///   - fillingIn: Whether a type or temperament left out is taken from the words. The interactive intake passes
    ///     false: it offered the words' reading as each question's default, so a blank there is the agent's own answer
    ///     ("not sure"), and only the flags and cues are wanted, for the card's safety protocol and its words line.
    public static func read(_ intake: Intake, fillingIn: Bool = true) -> WordsReading {
        let words = intake.said.filter { !$0.allSatisfy(\.isWhitespace) }
        guard !words.isEmpty else { return WordsReading(intake: intake, summary: nil) }
        let detector = CueDetector.standard
        var scratch = CueDetector.Scratch()
        var utf8 = Array(words.joined(separator: "\n").utf8)
        let reading = utf8.withUnsafeMutableBufferPointer { detector.read(UnsafeBufferPointer($0), &scratch) }
        var result = intake
        var typeRead = false, temperamentRead = false
        if fillingIn, result.type == nil, let type = reading.type {
            result.type = type
            typeRead = true
        }
        if fillingIn, result.temperament == nil, reading.fromWords {
            result.temperament = reading.lean
            temperamentRead = true
        }
        // Overlapping cues ("I know your", "I know your CEO") are one piece of evidence: keep the longest. A cue counts
        // when it was not set aside and its phrase points to a type, a temperament or a flag, as `detect` lists them.
        var spans: [PatternAutomaton.Match] = []
        for hit in reading.hits where hit.setAside == nil && detector.roles[hit.match.pattern].contains(where: \.points) {
            let match = hit.match
            if let index = spans.firstIndex(where: { $0.start < match.end && match.start < $0.end }) {
                if match.end - match.start > spans[index].end - spans[index].start { spans[index] = match }
            } else {
                spans.append(match)
            }
        }
        var cues: [String] = []
        for match in spans where cues.count < 3 {
            var text = String.UnicodeScalarView()
            for v in scratch.text[match.start..<match.end] { text.append(Unicode.Scalar(v) ?? "\u{FFFD}") }
            let cue = String(text)
            if !cues.contains(cue) { cues.append(cue) }
        }
        let summary = Advice.WordsSummary(type: reading.type, typeFromWords: typeRead,
                                          temperament: reading.fromWords ? reading.lean : nil,
                                          temperamentFromWords: temperamentRead, flags: reading.flags, cues: cues)
        return WordsReading(intake: result, summary: summary)
    }
}

extension CueDetector.Role {
    /// Whether a phrase in this role points somewhere: to a type, a temperament or a flag.
    var points: Bool {
        switch self {
        case .type, .temperament, .flag: true
        case .negation, .reported, .word: false
        }
    }
}
