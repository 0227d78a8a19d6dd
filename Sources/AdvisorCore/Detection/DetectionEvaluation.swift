import FoundationEssentials
import JSON
import Knowledge

/// One labelled utterance: the words, what a reader decided they show, and where they came from.
public struct LabelledUtterance: Equatable, Sendable {
    var line: Int
    var text: String
    /// The type, or nil for an ordinary complaint.
    var type: ComplainantTypeID?
    var temperament: TemperamentID
    /// Whether a careful reader can tell the type from the text alone; rows that do not say count as decidable.
    var decidable: Bool
    /// The page or corpus the words come from; nil for utterances written for this project.
    var source: String?

    /// Creates a row.
    public init(line: Int, text: String, type: ComplainantTypeID?, temperament: TemperamentID, decidable: Bool, source: String?) {
        self.line = line
        self.text = text
        self.type = type
        self.temperament = temperament
        self.decidable = decidable
        self.source = source
    }

    /// Which half of a real set a row belongs to.
    public enum Split: String, Sendable, CaseIterable {
        case training, test
    }

    /// The half this row falls in: a corpus row by its source with the dialogue id, a web row by the page's site, so one
    /// site never sits on both sides. Rows we wrote ourselves have no source and always train.
    public var split: Split {
        guard let source else { return .training }
        let key: String
        if source.hasPrefix("github:") {
            key = source
        } else {
            key = (URL(string: source)?.host ?? source).lowercased()
        }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash % 2 == 1 ? .test : .training
    }

    /// The fields a labelled row may have: the project's own sets and the real-utterance file share this shape.
    static let fields = ["text", "type", "temperament", "language", "lang", "confidence", "decidable", "context", "source",
                         "writer", "voice"]

    /// Reads a labelled JSON-lines file.
    /// - Throws: `InvalidDataFile` naming each bad line and field.
    public static func read(_ data: Data, file: String) throws(InvalidDataFile) -> [LabelledUtterance] {
        var rows: [LabelledUtterance] = []
        var problems: [DataProblem] = []
        for (offset, bytes) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let lineNumber = offset + 1
            if bytes.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
            let node: JSONNode
            do {
                node = try JSONParser.parse(Data(bytes))
            } catch {
                problems.append(DataProblem(path: "$", position: TextPosition(line: lineNumber, column: error.position.column), kind: .syntax(error)))
                continue
            }
            var reader = SchemaReader()
            let top = JSONPath.root
            _ = reader.object(node, top, fields: fields)
            let text = reader.string(node["text"], top.appending("text"), parent: node)
            var type: ComplainantTypeID? = nil
            if let label = node["type"], !label.isNull, label.string != "none" {
                type = reader.name(label, top.appending("type"), parent: node, as: ComplainantTypeID.self)
            }
            let temperament = reader.name(node["temperament"], top.appending("temperament"), parent: node, as: TemperamentID.self)
            var decidable = true
            if let flag = node["decidable"], let value = reader.bool(flag, top.appending("decidable"), parent: node) { decidable = value }
            var source: String? = nil
            if let node = node["source"] { source = reader.string(node, top.appending("source"), parent: node) }
            guard reader.problems.isEmpty, let text, let temperament else {
                problems += reader.problems.map {
                    DataProblem(path: "line \(lineNumber) \($0.path)", position: $0.position.map { TextPosition(line: lineNumber, column: $0.column) }, kind: $0.kind)
                }
                continue
            }
            rows.append(LabelledUtterance(line: lineNumber, text: text, type: type, temperament: temperament, decidable: decidable, source: source))
        }
        if !problems.isEmpty { throw InvalidDataFile(file: file, problems: problems) }
        return rows
    }
}

/// How well the detector does on a labelled set, in the terms the README quotes.
///
/// Type figures count the rows a reader marked decidable; temperament counts every row.
public struct DetectionEvaluation: Codable, Equatable, Sendable {
    /// The labels in table order: the six types, then "none" for ordinary complaints.
    var labels: [String]
    public var perLabel: [LabelScore]
    /// Top-1 type accuracy over the decidable rows labelled with a type.
    public var typeAccuracy: Double
    /// The mean F1 of the seven labels over the decidable rows.
    public var macroF1: Double
    /// Share of decidable typed rows whose type is among the two most likely.
    public var topTwoAccuracy: Double
    /// Share of decidable ordinary complaints answered "no clear type".
    public var noTypeAccuracy: Double
    public var temperamentAccuracy: Double
    /// For each confidence level, how many types were named at it and how many were right.
    public var confidenceLevels: [LevelScore]
    /// `confusion[expected][detected]`, in `labels` order, over the decidable rows.
    var confusion: [[Int]]
    /// Rows scored, and of them the decidable ones.
    public var total: Int
    public var decidable: Int
    /// The split scored, when one was chosen.
    var split: String?
    /// Every row the detector got wrong, for tuning on a training split (never print them for the test split).
    var misses: [Miss]

    /// One label's results.
    public struct LabelScore: Codable, Equatable, Sendable {
        public var label: String
        var total: Int
        var correct: Int
        public var precision: Double
        public var recall: Double
    }

    /// One confidence level's record.
    public struct LevelScore: Codable, Equatable, Sendable {
        var level: String
        public var named: Int
        public var right: Int
    }

    /// One utterance the detector got wrong.
    struct Miss: Codable, Equatable, Sendable {
        var line: Int
        var text: String
        var expected: String
        var detected: String
    }

    /// Reads a labelled JSON-lines file and scores the detector on it.
    /// - Parameters:
    ///   - data: Labelled rows (`LabelledUtterance.read`).
    ///   - file: The name to use in messages.
    ///   - detector: The detector to score.
    ///   - split: Score only this half; nil for every row.
    /// - Throws: `InvalidDataFile` naming each bad line.
    public static func evaluate(_ data: Data, file: String, detector: CueDetector,
                                split: LabelledUtterance.Split? = nil) throws(InvalidDataFile) -> DetectionEvaluation {
        let rows = try LabelledUtterance.read(data, file: file).filter { split == nil || $0.split == split }
        return evaluate(rows, detector: detector, split: split)
    }

    /// Scores the detector on labelled rows.
    public static func evaluate(_ rows: [LabelledUtterance], detector: CueDetector, split: LabelledUtterance.Split? = nil) -> DetectionEvaluation {
        evaluate(rows, split: split, detect: detector.detect)
    }

    /// Scores any reading of the rows: the figures' arithmetic, apart from the detector that produced the readings.
    public static func evaluate(_ rows: [LabelledUtterance], split: LabelledUtterance.Split? = nil,
                                detect: (String) -> Detection) -> DetectionEvaluation {
        let labels = ComplainantTypeID.allCases.map(\.rawValue) + ["none"]
        let noneIndex = labels.count - 1
        var confusion = Array(repeating: Array(repeating: 0, count: labels.count), count: labels.count)
        var temperamentRight = 0, topTwo = 0, typedDecidable = 0, decidable = 0
        var levels: [Detection.Confidence: (named: Int, right: Int)] = [:]
        var misses: [Miss] = []
        for row in rows {
            let detection = detect(row.text)
            if detection.temperament.lean == row.temperament { temperamentRight += 1 }
            let expected = row.type.map { labels.firstIndex(of: $0.rawValue)! } ?? noneIndex
            let detected = detection.type.map { labels.firstIndex(of: $0.rawValue)! } ?? noneIndex
            if row.decidable {
                decidable += 1
                confusion[expected][detected] += 1
                if let type = row.type {
                    typedDecidable += 1
                    if detection.ranked.prefix(2).contains(where: { $0.type == type }) { topTwo += 1 }
                }
                if let level = detection.confidence {
                    levels[level, default: (0, 0)].named += 1
                    if detected == expected { levels[level, default: (0, 0)].right += 1 }
                }
            }
            if expected != detected || detection.temperament.lean != row.temperament {
                misses.append(Miss(line: row.line, text: row.text, expected: labels[expected] + "/" + row.temperament.rawValue,
                                   detected: labels[detected] + "/" + detection.temperament.lean.rawValue))
            }
        }
        let perLabel = labels.indices.map { i -> LabelScore in
            let total = confusion[i].reduce(0, +)
            let predicted = confusion.map { $0[i] }.reduce(0, +)
            return LabelScore(label: labels[i], total: total, correct: confusion[i][i],
                              precision: predicted == 0 ? 0 : Double(confusion[i][i]) / Double(predicted),
                              recall: total == 0 ? 0 : Double(confusion[i][i]) / Double(total))
        }
        let f1 = perLabel.map { $0.precision + $0.recall == 0 ? 0 : 2 * $0.precision * $0.recall / ($0.precision + $0.recall) }
        let typedRight = perLabel.dropLast().map(\.correct).reduce(0, +)
        return DetectionEvaluation(
            labels: labels, perLabel: perLabel,
            typeAccuracy: typedDecidable == 0 ? 0 : Double(typedRight) / Double(typedDecidable),
            macroF1: f1.reduce(0, +) / Double(f1.count),
            topTwoAccuracy: typedDecidable == 0 ? 0 : Double(topTwo) / Double(typedDecidable),
            noTypeAccuracy: perLabel[noneIndex].recall,
            temperamentAccuracy: rows.isEmpty ? 0 : Double(temperamentRight) / Double(rows.count),
            confidenceLevels: Detection.Confidence.allCases.map { LevelScore(level: $0.rawValue, named: levels[$0]?.named ?? 0, right: levels[$0]?.right ?? 0) },
            confusion: confusion, total: rows.count, decidable: decidable, split: split?.rawValue, misses: misses)
    }

    /// The report as a table in at most 80 columns.
    public func render(language: Language) -> String {
        func percent(_ x: Double) -> String { FixedPoint.percent(x, digits: 1) }
        let short = ["LCS", "SOK", "PRO", "UNR", "NAM", "TIM", "none"]
        var lines: [String] = []
        lines.append(EvaluationPhrases.utterances(total, split: split, decidable: decidable).text(language))
        lines.append(EvaluationPhrases.typeAccuracy.text(language) + percent(typeAccuracy))
        lines.append(EvaluationPhrases.macroF1.text(language) + FixedPoint.text(macroF1, digits: 2))
        lines.append(EvaluationPhrases.topTwoAccuracy.text(language) + percent(topTwoAccuracy))
        lines.append(EvaluationPhrases.noTypeAccuracy.text(language) + percent(noTypeAccuracy))
        lines.append(EvaluationPhrases.temperamentAccuracy.text(language) + percent(temperamentAccuracy))
        let levelText = confidenceLevels.map { level -> Bilingual in
            let name = Detection.confidenceTitle(Detection.Confidence(rawValue: level.level)!)
            let share = level.named > 0 ? percent(Double(level.right) / Double(level.named)) : nil
            return EvaluationPhrases.levelAccuracy(name, right: level.right, named: level.named, percent: share)
        }
        lines.append(EvaluationPhrases.accuracyByConfidence(levelText).text(language))
        lines.append("")
        lines.append(EvaluationPhrases.perLabelHeading.text(language))
        for score in perLabel {
            lines.append("  " + TextLayout.pad(score.label, to: 24) + TextLayout.pad("\(score.correct)/\(score.total)", to: 9)
                + percent(score.precision) + " / " + percent(score.recall))
        }
        lines.append("")
        lines.append(EvaluationPhrases.confusionHeading.text(language))
        lines.append("       " + short.map { TextLayout.pad($0, to: 5) }.joined())
        for (i, row) in confusion.enumerated() {
            lines.append("  " + TextLayout.pad(short[i], to: 5) + row.map { TextLayout.pad(String($0), to: 5) }.joined())
        }
        lines.append("  LCS lacks-common-sense, SOK shows-off-knowledge, PRO professional-complainer,")
        lines.append("  UNR unreasonable, NAM name-dropper, TIM time-killer")
        return lines.map { $0.trailingWhitespaceTrimmed }.joined(separator: "\n") + "\n"
    }
}
