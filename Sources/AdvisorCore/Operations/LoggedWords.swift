extension LogRecord {
    /// What became of the customer's words in an advice record (docs/DESIGN.md, "The customer's words in the log").
    public struct LoggedWords: Codable, Equatable, Sendable {
        /// Whether the words are in the record.
        public enum Kept: String, Codable, Sendable {
            /// Left out when the advice was logged, as they are unless asked.
            case no
            /// Kept with `--keep-words`, masked.
            case masked
            /// Kept masked, then dropped by `advisor log prune`.
            case pruned
        }

        /// How many lines of words the agent noted.
        public var lines: Int
        public var kept: Kept
        /// What the detector read in the words, when the advice carries no reading of its own. Every command's advice
        /// carries one now (the interactive intake's since it shows the words' flags); records from before have it here.
        public var read: Advice.WordsSummary?

        /// Creates the note.
        public init(lines: Int, kept: Kept, read: Advice.WordsSummary? = nil) {
            self.lines = lines
            self.kept = kept
            self.read = read
        }
    }
}

extension LogRecord.AdviceRecord {
    /// A record whose intake and advice hold the customer's words only when asked, and then masked.
    ///
    /// What the words showed stays either way: the advice's reading (type, temperament, flags and the cue-list phrases
    /// that counted, which are the lists' own words), or the detector's reading in `words.read`.
    /// - Parameters:
    ///   - keepingWords: Whether to keep the words, masked by `WordsMask`; otherwise they are left out.
    public init(time: String, adviceId: String, intake: Intake, advice: Advice, policy: LogRecord.PolicyStamp, keepingWords: Bool) {
        // Stored straight, not through the other initialiser: a batch makes one record per line, and each pass of an
        // advice through another initialiser copies it.
        self.time = time
        self.adviceId = adviceId
        self.intake = intake
        self.advice = advice
        self.policy = policy
        words = nil
        guard !intake.said.isEmpty || !advice.intake.said.isEmpty else { return }
        let lines = max(intake.said.count, advice.intake.said.count)
        let read = advice.customer.words == nil ? WordsReading.read(intake).summary : nil
        let kept = keepingWords ? intake.said.map(WordsMask.mask) : []
        // The advice holds the intake it read, whose words are the same lines: masked once, kept twice.
        self.advice?.intake.said = advice.intake.said == intake.said ? kept : keepingWords ? advice.intake.said.map(WordsMask.mask) : []
        self.intake.said = kept
        words = LogRecord.LoggedWords(lines: lines, kept: keepingWords ? .masked : .no, read: read)
    }
}
