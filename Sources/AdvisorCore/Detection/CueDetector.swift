import Glibc
import Knowledge
import TextMatching

/// Reads a customer's words for the six types, the temperament and the flags, in one pass over the text.
///
/// The cue phrases are matched in one pass; they raise the flags and explain the reading, and a cue just after a
/// negation ("I'm not going to the media") or inside reported speech ("他说我不懂") is shown but not counted. The
/// trained model (`FastTypeModel`, `CueDetector.decide`) names the type and temperament, or "no clear type" when it
/// is not sure enough, so plain complaints are not forced into one.
public struct CueDetector: Sendable {
    /// What a phrase stands for; one phrase may stand for several things.
    enum Role: Sendable, Equatable {
        case type(ComplainantTypeID, CueStrength)
        case temperament(TemperamentID, CueStrength)
        case flag(DetectionFlag)
        case negation
        case reported
        /// A Chinese word no cue may cut into (`words.zh.txt`).
        case word
    }

    /// One phrase's roles as plain numbers: which type and temperament it points to, with what weight, and its flags.
    struct PatternInfo {
        var type: Int = -1
        var temperament: Int = -1
        var flags: UInt8 = 0
        var negation = false
        var reported = false
    }

    public let automaton: PatternAutomaton
    let roles: [[Role]]
    /// Whether a phrase starts or ends with a Latin letter, and so must sit on a word boundary.
    let latinStart: [Bool]
    let latinEnd: [Bool]
    /// Whether a phrase scores or flags anything; negations, reporting verbs and unsplit words alone do not.
    public let substantive: [Bool]
    /// Whether a phrase is a word no cue may cut into.
    let unsplit: [Bool]
    /// The roles of each phrase flattened for the scoring loop, which runs once per cue of a million lines.
    let info: [PatternInfo]
    let tuning: DetectionTuning
    /// Each phrase's type and temperament lists as bits, for `cueTypes`.
    let cueBits: [(type: UInt8, temperament: UInt8)]
    /// The statistical model that names the type and temperament, laid out for speed; `TypeModel` reads the same
    /// weights by feature name when a single detection explains itself.
    let fastModel = FastTypeModel.standard

    /// The detector built from the knowledge base, once.
    public static let standard = CueDetector()

    /// Builds the detector from the knowledge base's cues.
    public init() {
        var phrases: [String] = []
        var roles: [[Role]] = []
        var index: [String: Int] = [:]
        func add(_ phrase: String, _ role: Role) {
            let key = TextFolding.fold(phrase)
            if let at = index[key] {
                if !roles[at].contains(role) { roles[at].append(role) }
            } else {
                index[key] = phrases.count
                phrases.append(key)
                roles.append([role])
            }
        }
        for type in KnowledgeBase.types {
            for cue in type.cues {
                add(cue.phrase, .type(type.id, cue.strength))
                // Every name-dropper cue is a claim of status, whether through a title, a relative or a friend.
                if type.id == .nameDropper { add(cue.phrase, .flag(.statusClaim)) }
            }
        }
        for t in KnowledgeBase.temperaments { for cue in t.cues { add(cue.phrase, .temperament(t.id, cue.strength)) } }
        for (flag, cues) in KnowledgeBase.flagCues.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            for cue in cues { add(cue.phrase, .flag(flag)) }
        }
        for cue in KnowledgeBase.negations { add(cue.phrase, .negation) }
        for cue in KnowledgeBase.reportedSpeech { add(cue.phrase, .reported) }
        for word in CueFiles.unsplitWords { add(word, .word) }
        automaton = PatternAutomaton(patterns: phrases)
        self.roles = roles
        latinStart = phrases.map { $0.unicodeScalars.first.map(Self.isLatinLetter) ?? false }
        latinEnd = phrases.map { $0.unicodeScalars.last.map(Self.isLatinLetter) ?? false }
        substantive = roles.map { list in list.contains { $0 != .negation && $0 != .reported && $0 != .word } }
        unsplit = roles.map { $0.contains(.word) }
        info = roles.map { list in
            var info = PatternInfo()
            // A phrase is a cue of one type and one temperament at most; the knowledge tests keep it so.
            for role in list {
                switch role {
                case let .type(id, _) where info.type < 0:
                    info.type = ComplainantTypeID.allCases.firstIndex(of: id)!
                case let .temperament(id, _) where info.temperament < 0:
                    info.temperament = id == .rational ? 0 : 1
                case let .flag(flag):
                    info.flags |= 1 << UInt8(DetectionFlag.allCases.firstIndex(of: flag)!)
                case .negation: info.negation = true
                case .reported: info.reported = true
                default: break
                }
            }
            return info
        }
        tuning = KnowledgeBase.detectionTuning
        cueBits = roles.map { list in
            var bits: (type: UInt8, temperament: UInt8) = (0, 0)
            for role in list {
                switch role {
                case let .type(id, _): bits.type |= 1 << UInt8(ComplainantTypeID.allCases.firstIndex(of: id)!)
                case let .temperament(id, _): bits.temperament |= 1 << UInt8(TemperamentID.allCases.firstIndex(of: id)!)
                default: break
                }
            }
            return bits
        }
    }

    static func isLatinLetter(_ s: Unicode.Scalar) -> Bool { isLatinLetter(s.value) }

    static func isLatinLetter(_ v: UInt32) -> Bool {
        (0x61...0x7A).contains(v) || (0x41...0x5A).contains(v) || (0xFF21...0xFF3A).contains(v) || (0xFF41...0xFF5A).contains(v)
    }

    static func endsClause(_ v: UInt32) -> Bool {
        switch v {
        case 0xFF0C, 0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0xFF1A, 0x2C, 0x2E, 0x21, 0x3F, 0x3B, 0x3A, 0x0A: true
        default: false
        }
    }

    static func endsSentence(_ v: UInt32) -> Bool {
        switch v {
        case 0x3002, 0xFF01, 0xFF1F, 0x2E, 0x21, 0x3F, 0x0A: true
        default: false
        }
    }

    /// All phrases the detector looks for, folded, one per line: the cue list the benchmark gives grep.
    public var phrases: [String] { automaton.patterns }

    /// Reusable buffers for reading many lines without allocating per line.
    public struct Scratch {
        var scalars: [UInt32] = []
        var byteOffsets: [Int32] = []
        var matches: [PatternAutomaton.Match] = []
        var count = 0
        var model = FastTypeModel.Scratch()
        public init() {}

        /// The scalars of the text last read.
        var text: ArraySlice<UInt32> { scalars[0..<count] }
    }

    /// One cue found, with whether it counts.
    struct Hit {
        var match: PatternAutomaton.Match
        var setAside: String?
    }

    /// What one reading of a text found, before it is dressed as a `Detection`.
    struct Reading {
        var hits: [Hit] = []
        /// Scores in `ComplainantTypeID.allCases` order.
        var typeScores = SIMD8<Double>()
        var exclamations = 0
        var flagBits: UInt8 = 0
        var type: ComplainantTypeID?
        /// Indices of the types with a score, highest first.
        var rankedIndices: [Int] = []

        var ranked: [Detection.TypeScore] {
            rankedIndices.map { Detection.TypeScore(type: ComplainantTypeID.allCases[$0], score: typeScores[$0]) }
        }

        var flags: [DetectionFlag] {
            DetectionFlag.allCases.indices.filter { flagBits & (1 << UInt8($0)) != 0 }.map { DetectionFlag.allCases[$0] }
        }
        var lean: TemperamentID = .rational
        var fromWords = false
        /// The model's chance that the customer is emotional rather than rational.
        var emotionalProbability = 0.5
        var confidence: Detection.Confidence?
        var runnerUp: Int?
        var toTellApart: [Int]?
        var weighed: [String] = []
        var temperamentWeighed: [String] = []
        /// The cue lists the words touch, as the model read them.
        var cues = CueLists()
    }

    /// Reads one text.
    public func detect(_ text: String) -> Detection {
        var scratch = Scratch()
        var utf8 = Array(text.utf8)
        var reading = utf8.withUnsafeMutableBufferPointer { read(UnsafeBufferPointer($0), &scratch) }
        // The words that weighed most are named only here: the batch needs the verdict, not its explanation.
        let named = TypeModel.standard.scores(ModelFeatures.names(text, cueTypes: reading.cues))
        if reading.type != nil { reading.weighed = named.weighed }
        reading.temperamentWeighed = named.temperamentWeighed
        func words(_ m: PatternAutomaton.Match) -> String {
            var s = String.UnicodeScalarView()
            for v in scratch.text[m.start..<m.end] { s.append(Unicode.Scalar(v) ?? "\u{FFFD}") }
            return String(s)
        }
        var matches: [Detection.CueMatch] = []
        for hit in reading.hits {
            for role in roles[hit.match.pattern] {
                let points: String
                switch role {
                case let .type(id, _): points = "type:\(id.rawValue)"
                case let .temperament(id, _): points = "temperament:\(id.rawValue)"
                case let .flag(flag): points = "flag:\(flag.rawValue)"
                case .negation, .reported, .word: continue
                }
                matches.append(Detection.CueMatch(words: words(hit.match), points: points, start: hit.match.start, end: hit.match.end,
                                                  counted: hit.setAside == nil, setAside: hit.setAside))
            }
        }
        var evidence = reading.temperamentWeighed
        if reading.exclamations >= 2 { evidence.append(String(repeating: "!", count: min(reading.exclamations, 3))) }
        let types = ComplainantTypeID.allCases
        return Detection(text: text, type: reading.type, confidence: reading.confidence, runnerUp: reading.runnerUp.map { types[$0] },
                         toTellApart: reading.toTellApart.map { $0.map { types[$0] } },
                         ranked: reading.ranked, weighed: reading.weighed,
                         temperament: .init(lean: reading.lean, rational: 1 - reading.emotionalProbability,
                                            emotional: reading.emotionalProbability,
                                            fromWords: reading.fromWords, evidence: evidence),
                         flags: reading.flags, matches: matches)
    }

    /// The types and temperaments whose cue phrases occur in a text on word boundaries, negated or quoted or not: the
    /// model's cue features.
    public func cueTypes(in text: String) -> CueLists {
        var scratch = Scratch()
        var utf8 = Array(text.utf8)
        scratch.count = utf8.withUnsafeMutableBufferPointer {
            automaton.scan(utf8: UnsafeBufferPointer($0), scalars: &scratch.scalars, byteOffsets: &scratch.byteOffsets, matches: &scratch.matches)
        }
        return cueTypes(scratch.text, scratch.matches)
    }

    func cueTypes(_ scalars: ArraySlice<UInt32>, _ found: [PatternAutomaton.Match]) -> CueLists {
        var lists = CueLists()
        for m in found {
            guard boundaryHolds(m, scalars, found) else { continue }
            lists.typeBits |= cueBits[m.pattern].type
            lists.temperamentBits |= cueBits[m.pattern].temperament
        }
        return lists
    }

    /// Which cue lists a text touches, as bits in `allCases` order so the batch allocates nothing per line.
    public struct CueLists: Equatable, Sendable {
        public var typeBits: UInt8 = 0
        public var temperamentBits: UInt8 = 0

        public var types: Set<ComplainantTypeID> {
            Set(ComplainantTypeID.allCases.indices.filter { typeBits & (1 << UInt8($0)) != 0 }.map { ComplainantTypeID.allCases[$0] })
        }
        public var temperaments: Set<TemperamentID> {
            Set(TemperamentID.allCases.indices.filter { temperamentBits & (1 << UInt8($0)) != 0 }.map { TemperamentID.allCases[$0] })
        }
    }

    /// Reads UTF-8 text with reusable buffers: the shared core of `detect` and the batch.
    func read(_ bytes: UnsafeBufferPointer<UInt8>, _ scratch: inout Scratch) -> Reading {
        scratch.count = automaton.scan(utf8: bytes, scalars: &scratch.scalars, byteOffsets: &scratch.byteOffsets, matches: &scratch.matches)
        var reading = verdict(scratch.text, scratch.matches)
        modelVerdict(&reading, scratch.text, scratch.matches, &scratch.model)
        return reading
    }

    /// The model's reading, which names the type and the temperament; the cues stay as the explanation and the flags.
    func modelVerdict(_ reading: inout Reading, _ scalars: ArraySlice<UInt32>, _ found: [PatternAutomaton.Match],
                      _ modelScratch: inout FastTypeModel.Scratch) {
        let cues = cueTypes(scalars, found)
        reading.cues = cues
        let total = fastModel.totals(scalars, cues: cues, &modelScratch)
        var han = 0, letters = 0
        for v in scalars {
            if ModelFeatures.isHan(v) { han += 1 } else if (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) { letters += 1 }
        }
        let decision = Self.decide(total, cueHit: cues.typeBits != 0, evidence: han + letters / 5)
        reading.typeScores = decision.probabilities
        reading.rankedIndices = decision.ranked
        reading.type = decision.type.map { ComplainantTypeID.allCases[$0] }
        reading.confidence = decision.confidence
        reading.runnerUp = decision.runnerUp
        reading.toTellApart = decision.toTellApart
        reading.emotionalProbability = decision.emotional
        reading.fromWords = decision.temperamentFromWords
        reading.lean = decision.temperamentFromWords ? (decision.emotional > 0.5 ? .emotional : .rational)
            : reading.type.flatMap { KnowledgeBase.usualTemperament[$0] } ?? (decision.emotional > 0.5 ? .emotional : .rational)
    }

    /// What the model's scores decide, as plain numbers: the rules a test can hold one by one.
    public struct Decision: Equatable, Sendable {
        /// Probabilities of the six types in lanes 0–5 (lane 6, "none", is left out).
        public var probabilities: SIMD8<Double>
        /// The six types by probability, highest first, ties by order.
        public var ranked: [Int]
        public var type: Int?
        public var confidence: Detection.Confidence?
        public var runnerUp: Int?
        public var toTellApart: [Int]?
        public var emotional: Double
        public var temperamentFromWords: Bool
    }

    /// Decides from the model's totals (seven type labels in lanes 0–6, rational and emotional in 7 and 8).
    /// - Parameters:
    ///   - cueHit: Whether any type's cue phrase occurs in the words.
    ///   - evidence: Chinese characters, plus English letters over five.
    public static func decide(_ total: SIMD16<Int32>, cueHit: Bool, evidence: Int) -> Decision {
        let typeCount = ComplainantTypeID.allCases.count
        // Softmax over the seven labels, in lanes, with no arrays made per line.
        let scale = DetectorModel.temperature * 1000
        var top = 0
        for i in 1...typeCount where total[i] > total[top] { top = i }
        var p = SIMD8<Double>()
        var sum = 0.0
        for i in 0...typeCount {
            p[i] = Glibc.exp(Double(total[i] &- total[top]) / scale)
            sum += p[i]
        }
        p /= SIMD8(repeating: sum)
        var ranked = [0, 1, 2, 3, 4, 5]
        ranked.sort { (p[$0], $1) > (p[$1], $0) }
        var decision = Decision(probabilities: p, ranked: ranked, type: nil, confidence: nil, runnerUp: nil, toTellApart: nil,
                                emotional: 0.5, temperamentFromWords: false)
        decision.probabilities[typeCount] = 0
        // One short line with no cue is too little to label a customer by: a few characters of n-grams are noise.
        let tooLittle = !cueHit && evidence < leastEvidence
        if top < typeCount, p[top] >= DetectorModel.answerThreshold, !tooLittle {
            decision.type = top
            decision.confidence = p[top] >= DetectorModel.highConfidence ? .high : p[top] >= DetectorModel.mediumConfidence ? .medium : .low
            decision.runnerUp = p[ranked[1]] >= shownProbability ? ranked[1] : nil
        } else if top < typeCount, p[ranked[0]] + p[ranked[1]] >= questionMass {
            // Two types close enough to be worth a question: the agent asks it instead of guessing.
            decision.toTellApart = [ranked[0], ranked[1]]
        }
        let difference = Double(total[8] &- total[7]) / scale
        decision.emotional = 1 / (1 + Glibc.exp(-difference))
        // The words lean when the model is clearly on one side; otherwise the type's usual temperament is assumed.
        decision.temperamentFromWords = abs(2 * decision.emotional - 1) >= temperamentMargin
        return decision
    }

    /// The bits of the flags about someone's safety.
    static let safetyFlags: UInt8 = DetectionFlag.allCases.indices.reduce(0) { bits, index in
        DetectionFlag.allCases[index].isSafety ? bits | (1 << UInt8(index)) : bits
    }

    /// Below this many Chinese characters (or five English letters each) and with no cue, no type is named.
    static let leastEvidence = 12

    /// A type below this probability is not listed.
    static let shownProbability = 0.05
    /// With no clear type, a type must still lead "none" and the top two share this much probability to be worth a question.
    static let questionMass = 0.4
    /// How far apart the two temperaments must be for the words to count as leaning.
    static let temperamentMargin = 0.2

    /// Whether a match sits on word boundaries: a Latin phrase not inside a longer word, a cue not cutting into a
    /// Chinese word of `words.zh.txt` ("天天" in 今天天气).
    func boundaryHolds(_ m: PatternAutomaton.Match, _ scalars: ArraySlice<UInt32>, _ found: [PatternAutomaton.Match]) -> Bool {
        if latinStart[m.pattern], m.start > 0, Self.isLatinLetter(scalars[m.start - 1]) { return false }
        if latinEnd[m.pattern], m.end < scalars.count, Self.isLatinLetter(scalars[m.end]) { return false }
        for word in found where unsplit[word.pattern] {
            if (word.start < m.start && m.start < word.end) || (word.start < m.end && m.end < word.end) { return false }
        }
        return true
    }

    /// Whether a negation ends shortly before `start` in the same clause.
    private func negated(_ start: Int, _ negations: [PatternAutomaton.Match], _ scalars: ArraySlice<UInt32>) -> Bool {
        for negation in negations where negation.end <= start {
            let between = scalars[negation.end..<start]
            if between.contains(where: Self.endsClause) { continue }
            if Self.isLatinLetter(scalars[negation.start]) {
                let words = between.split(separator: 0x20, omittingEmptySubsequences: true).count
                if words < tuning.negationWindowEn { return true }
            } else if between.count < tuning.negationWindowZh {
                return true
            }
        }
        return false
    }

    /// Whether `start` lies in someone else's words: after a reporting verb in the same sentence, or inside quotation marks.
    private func quoted(_ start: Int, _ reports: [PatternAutomaton.Match], _ scalars: ArraySlice<UInt32>) -> Bool {
        for report in reports where report.end <= start {
            if !scalars[report.end..<start].contains(where: Self.endsSentence) { return true }
        }
        var open = false
        for v in scalars[..<start] {
            switch v {
            case 0x201C, 0x300C, 0x300E: open = true
            case 0x201D, 0x300D, 0x300F: open = false
            case 0x22: open.toggle()
            default: break
            }
        }
        return open
    }

    private func verdict(_ scalars: ArraySlice<UInt32>, _ found: [PatternAutomaton.Match]) -> Reading {
        var reading = Reading()
        for v in scalars where v == 0x21 || v == 0xFF01 { reading.exclamations += 1 }
        var negations: [PatternAutomaton.Match] = []
        var reports: [PatternAutomaton.Match] = []
        var substantiveMatches: [PatternAutomaton.Match] = []
        for m in found where boundaryHolds(m, scalars, found) {
            let i = info[m.pattern]
            if i.negation { negations.append(m) }
            if i.reported { reports.append(m) }
            if substantive[m.pattern] { substantiveMatches.append(m) }
        }
        // Longer phrases win over phrases they contain ("不解决我就曝光" over "曝光"), role by role: a longer
        // type cue silences the shorter phrase's type score but leaves its temperament or flag standing.
        var kept: [(match: PatternAutomaton.Match, info: PatternInfo)] = []
        for m in substantiveMatches {
            var i = info[m.pattern]
            for other in substantiveMatches where other != m && other.start <= m.start && other.end >= m.end
                && (other.end - other.start) > (m.end - m.start) {
                let o = info[other.pattern]
                if o.type >= 0 { i.type = -1 }
                if o.temperament >= 0 { i.temperament = -1 }
                i.flags &= ~o.flags
            }
            if i.type >= 0 || i.temperament >= 0 || i.flags != 0 { kept.append((m, i)) }
        }
        for (match, i) in kept {
            let setAside: String? = negations.isEmpty && reports.isEmpty && !scalars.contains(where: Self.isQuotationMark) ? nil
                : negated(match.start, negations, scalars) ? "negated"
                : quoted(match.start, reports, scalars) ? "quoted" : nil
            let hit = Hit(match: match, setAside: setAside)
            reading.hits.append(hit)
            // Safety is not argued away: "I won't hurt you, but…" still puts the protocol on the card.
            guard setAside == nil else { reading.flagBits |= i.flags & Self.safetyFlags; continue }
            reading.flagBits |= i.flags
        }
        return reading
    }

    static func isQuotationMark(_ v: UInt32) -> Bool {
        v == 0x22 || v == 0x201C || v == 0x201D || v == 0x300C || v == 0x300D || v == 0x300E || v == 0x300F
    }

}
