import Knowledge
import TextMatching

/// Reads a customer's words for the six types, the temperament and the flags, in one pass over the text.
///
/// Scoring (numbers in `KnowledgeBase.detectionTuning`): each distinct cue adds its strength's weight
/// (strong 3, moderate 2, weak 1) to its type, each repeat a further `repeatShare` of it. A cue just after
/// a negation ("I'm not going to the media") or inside reported speech ("他说我不懂") is shown but not
/// counted. A type is named only when its score reaches `minimumScore` and leads the next by
/// `minimumLead`; otherwise the answer is "no clear type", so plain complaints are not forced into one.
public struct CueDetector: Sendable {
    /// What a phrase stands for; one phrase may stand for several things.
    enum Role: Sendable, Equatable {
        case type(ComplainantTypeID, CueStrength)
        case temperament(TemperamentID, CueStrength)
        case flag(DetectionFlag)
        case negation
        case reported
    }

    public let automaton: PatternAutomaton
    let roles: [[Role]]
    /// Whether a phrase starts or ends with a Latin letter, and so must sit on a word boundary.
    let latinStart: [Bool]
    let latinEnd: [Bool]
    let tuning: DetectionTuning

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
        for type in KnowledgeBase.types { for cue in type.cues { add(cue.phrase, .type(type.id, cue.strength)) } }
        for t in KnowledgeBase.temperaments { for cue in t.cues { add(cue.phrase, .temperament(t.id, cue.strength)) } }
        for (flag, cues) in KnowledgeBase.flagCues.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            for cue in cues { add(cue.phrase, .flag(flag)) }
        }
        for cue in KnowledgeBase.negations { add(cue.phrase, .negation) }
        for cue in KnowledgeBase.reportedSpeech { add(cue.phrase, .reported) }
        automaton = PatternAutomaton(patterns: phrases)
        self.roles = roles
        latinStart = phrases.map { $0.unicodeScalars.first.map(Self.isLatinLetter) ?? false }
        latinEnd = phrases.map { $0.unicodeScalars.last.map(Self.isLatinLetter) ?? false }
        tuning = KnowledgeBase.detectionTuning
    }

    static func isLatinLetter(_ s: Unicode.Scalar) -> Bool {
        (0x61...0x7A).contains(s.value) || (0x41...0x5A).contains(s.value) || (0xFF21...0xFF3A).contains(s.value) || (0xFF41...0xFF5A).contains(s.value)
    }

    static func endsClause(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "，", "。", "！", "？", "；", ",", ".", "!", "?", ";", "\n", "：", ":": true
        default: false
        }
    }

    static func endsSentence(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "。", "！", "？", ".", "!", "?", "\n": true
        default: false
        }
    }

    /// All phrases the detector looks for, folded, one per line: the cue list the benchmark gives grep.
    public var phrases: [String] { automaton.patterns }

    /// Reads one text.
    public func detect(_ text: String) -> Detection {
        let scalars = Array(text.unicodeScalars)
        var found: [PatternAutomaton.Match] = []
        automaton.scan(scalars) { match in
            if boundaryHolds(match, scalars) { found.append(match) }
        }
        return verdict(text: text, scalars: scalars, found: found)
    }

    private func boundaryHolds(_ match: PatternAutomaton.Match, _ scalars: [Unicode.Scalar]) -> Bool {
        if latinStart[match.pattern], match.start > 0, Self.isLatinLetter(scalars[match.start - 1]) { return false }
        if latinEnd[match.pattern], match.end < scalars.count, Self.isLatinLetter(scalars[match.end]) { return false }
        return true
    }

    /// Whether a negation ends shortly before `start` in the same clause.
    private func negated(_ start: Int, _ negations: [PatternAutomaton.Match], _ scalars: [Unicode.Scalar]) -> Bool {
        for negation in negations where negation.end <= start {
            let between = scalars[negation.end..<start]
            if between.contains(where: Self.endsClause) { continue }
            let latin = negation.start < scalars.count && Self.isLatinLetter(scalars[negation.start])
            if latin {
                let words = between.split(separator: " ", omittingEmptySubsequences: true).count
                if words < tuning.negationWindowEn { return true }
            } else if between.count < tuning.negationWindowZh {
                return true
            }
        }
        return false
    }

    /// Whether `start` lies in someone else's words: after a reporting verb in the same sentence, or inside quotation marks.
    private func quoted(_ start: Int, _ reports: [PatternAutomaton.Match], _ scalars: [Unicode.Scalar]) -> Bool {
        for report in reports where report.end <= start {
            if !scalars[report.end..<start].contains(where: Self.endsSentence) { return true }
        }
        var open = false
        for scalar in scalars[..<start] {
            switch scalar {
            case "“", "「", "『": open = true
            case "”", "」", "』": open = false
            case "\"": open.toggle()
            default: break
            }
        }
        return open
    }

    private func verdict(text: String, scalars: [Unicode.Scalar], found: [PatternAutomaton.Match]) -> Detection {
        let negations = found.filter { roles[$0.pattern].contains(.negation) }
        let reports = found.filter { roles[$0.pattern].contains(.reported) }
        var typeScores: [ComplainantTypeID: Double] = [:]
        var rational = 0.0, emotional = 0.0
        var evidence: [String] = []
        var flags: [DetectionFlag] = []
        var seen: [Int: Int] = [:]
        var matches: [Detection.CueMatch] = []

        // Longer phrases win over phrases they contain ("不解决我就曝光" over "曝光"), so each span counts once per role.
        let substantive = found.filter { m in roles[m.pattern].contains { if case .negation = $0 { false } else if case .reported = $0 { false } else { true } } }
        let kept = substantive.filter { m in
            !substantive.contains { other in
                other != m && other.start <= m.start && other.end >= m.end && (other.end - other.start) > (m.end - m.start)
                    && roles[other.pattern].contains(where: { sameKind($0, roles[m.pattern]) })
            }
        }
        for match in kept.sorted(by: { ($0.start, $0.end) < ($1.start, $1.end) }) {
            let words = String(String.UnicodeScalarView(scalars[match.start..<match.end]))
            let setAside: String? = negated(match.start, negations, scalars) ? "negated"
                : quoted(match.start, reports, scalars) ? "quoted" : nil
            let occurrence = seen[match.pattern, default: 0]
            if setAside == nil { seen[match.pattern] = occurrence + 1 }
            let share = occurrence == 0 ? 1.0 : tuning.repeatShare
            for role in roles[match.pattern] {
                let points: String
                switch role {
                case let .type(id, strength):
                    points = "type:\(id.rawValue)"
                    if setAside == nil { typeScores[id, default: 0] += strength.weight * share }
                case let .temperament(id, strength):
                    points = "temperament:\(id.rawValue)"
                    if setAside == nil {
                        if id == .rational { rational += strength.weight * share } else { emotional += strength.weight * share }
                        evidence.append(words)
                    }
                case let .flag(flag):
                    points = "flag:\(flag.rawValue)"
                    if setAside == nil, !flags.contains(flag) { flags.append(flag) }
                case .negation, .reported:
                    continue
                }
                matches.append(Detection.CueMatch(words: words, points: points, start: match.start, end: match.end,
                                                  counted: setAside == nil, setAside: setAside))
            }
        }
        let exclamations = scalars.filter { $0 == "!" || $0 == "！" }.count
        if exclamations >= 2 {
            emotional += tuning.exclamationWeight
            evidence.append(String(repeating: "!", count: min(exclamations, 3)))
        }

        let ranked = typeScores.map { Detection.TypeScore(type: $0.key, score: $0.value) }
            .sorted { ($0.score, $1.type.rawValue) > ($1.score, $0.type.rawValue) }
        var named: ComplainantTypeID? = nil
        if let top = ranked.first, top.score >= tuning.minimumScore,
           top.score - (ranked.dropFirst().first?.score ?? 0) >= tuning.minimumLead {
            named = top.type
        }
        let fromWords = rational != emotional
        let lean: TemperamentID = fromWords ? (rational > emotional ? .rational : .emotional)
            : named.flatMap { KnowledgeBase.usualTemperament[$0] } ?? .rational
        return Detection(text: text, type: named, ranked: ranked,
                         temperament: .init(lean: lean, rational: rational, emotional: emotional, fromWords: fromWords, evidence: evidence),
                         flags: DetectionFlag.allCases.filter(flags.contains), matches: matches)
    }

    /// Whether a role is of the same kind as any of `others` (type with type, flag with flag, ...).
    private func sameKind(_ role: Role, _ others: [Role]) -> Bool {
        others.contains { other in
            switch (role, other) {
            case (.type, .type), (.temperament, .temperament), (.flag, .flag): true
            default: false
            }
        }
    }
}
