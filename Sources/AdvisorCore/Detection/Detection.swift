import Knowledge

/// What the detector read in a customer's words: the likely type, the temperament lean, the flags, and why.
public struct Detection: Codable, Equatable, Sendable {
    var text: String
    /// The type named, or nil for "no clear type".
    public var type: ComplainantTypeID?
    /// How sure the reading is of the type named; nil with no clear type.
    public var confidence: Confidence?
    /// The next most likely type, to keep in mind.
    var runnerUp: ComplainantTypeID?
    /// With no clear type, the two types a question would best tell apart (ask `Detection.question`).
    var toTellApart: [ComplainantTypeID]?
    /// All six types with their probabilities (0–1), highest first; the rest is the chance of an ordinary complaint.
    public var ranked: [TypeScore]
    /// The words that weighed most toward the top type.
    var weighed: [String]
    public var temperament: TemperamentLean
    public var flags: [DetectionFlag]
    /// Every cue found, counted or not, in text order.
    public var matches: [CueMatch]

    /// One type's score.
    public struct TypeScore: Codable, Equatable, Sendable {
        public var type: ComplainantTypeID
        public var score: Double
    }

    /// How sure a named type is, calibrated on the development split: high was right about 80% of the time, medium 60%.
    public enum Confidence: String, Codable, Equatable, Sendable, CaseIterable {
        case high, medium, low
    }

    /// Which temperament the words lean to, and on what evidence.
    public struct TemperamentLean: Codable, Equatable, Sendable {
        public var lean: TemperamentID
        var rational: Double
        var emotional: Double
        /// False when the words gave no lean and the type's usual temperament (or rational) was assumed.
        public var fromWords: Bool
        var evidence: [String]
    }

    /// One cue found in the text.
    public struct CueMatch: Codable, Equatable, Sendable {
        /// The words as the customer wrote them.
        public var words: String
        /// What the cue points to: `type:name-dropper`, `temperament:emotional` or `flag:threat`.
        public var points: String
        /// Scalar offsets into the text.
        public var start: Int
        public var end: Int
        public var counted: Bool
        /// Why an uncounted cue was set aside: `negated` or `quoted`.
        public var setAside: String?
    }

    /// The text with every counted cue bracketed: 【…】 for Chinese output, [ … ] for English.
    public func marked(in language: Language) -> String {
        var spans: [(Int, Int)] = []
        for match in matches where match.counted && !match.points.hasPrefix("temperament") {
            if let last = spans.last, match.start < last.1 {
                spans[spans.count - 1] = (min(last.0, match.start), max(last.1, match.end))
            } else {
                spans.append((match.start, match.end))
            }
        }
        spans.sort { $0.0 < $1.0 }
        var merged: [(Int, Int)] = []
        for span in spans {
            if let last = merged.last, span.0 <= last.1 { merged[merged.count - 1].1 = max(last.1, span.1) } else { merged.append(span) }
        }
        var result = ""
        let scalars = Array(text.unicodeScalars)
        var index = 0
        for (start, end) in merged where start >= index && end <= scalars.count {
            result.unicodeScalars.append(contentsOf: scalars[index..<start])
            var cue = ""
            cue.unicodeScalars.append(contentsOf: scalars[start..<end])
            result += DetectionPhrases.markedCue(cue).text(language)
            index = end
        }
        result.unicodeScalars.append(contentsOf: scalars[index...])
        return result
    }
}
