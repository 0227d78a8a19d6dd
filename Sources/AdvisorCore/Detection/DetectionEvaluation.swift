import Foundation
import Knowledge

/// How well the detector does on a labelled set: accuracy per type, overall, on ordinary complaints, and on temperament.
public struct DetectionEvaluation: Codable, Equatable, Sendable {
    /// The labels in table order: the six types, then "none" for ordinary complaints.
    public var labels: [String]
    public var perLabel: [LabelScore]
    /// Top-1 type accuracy over the utterances labelled with a type.
    public var typeAccuracy: Double
    /// Share of ordinary complaints (no type) answered "no clear type".
    public var noTypeAccuracy: Double
    public var temperamentAccuracy: Double
    /// `confusion[expected][detected]`, in `labels` order.
    public var confusion: [[Int]]
    public var total: Int
    /// Every utterance the detector got wrong, for tuning.
    public var misses: [Miss]

    /// One label's results.
    public struct LabelScore: Codable, Equatable, Sendable {
        public var label: String
        public var total: Int
        public var correct: Int
        public var accuracy: Double
    }

    /// One utterance the detector got wrong.
    public struct Miss: Codable, Equatable, Sendable {
        public var line: Int
        public var text: String
        public var expected: String
        public var detected: String
    }

    /// Reads a labelled JSON-lines file and scores the detector on it.
    /// - Parameters:
    ///   - data: Lines of `{"text": …, "type": id or null, "temperament": "rational"|"emotional"}`.
    ///   - file: The name to use in messages.
    ///   - detector: The detector to score.
    /// - Throws: `InvalidDataFile` naming each bad line.
    public static func evaluate(_ data: Data, file: String, detector: CueDetector) throws(InvalidDataFile) -> DetectionEvaluation {
        let labels = ComplainantTypeID.allCases.map(\.rawValue) + ["none"]
        var confusion = Array(repeating: Array(repeating: 0, count: labels.count), count: labels.count)
        var temperamentRight = 0, total = 0
        var misses: [Miss] = []
        var problems: [DataProblem] = []
        let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        for (offset, bytes) in lines.enumerated() {
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
            _ = reader.object(node, .root, fields: ["text", "type", "temperament", "language"])
            let text = reader.string(node["text"], JSONPath.root.appending("text"), parent: node)
            let expectedType: ComplainantTypeID? = node["type"].flatMap { $0.isNull ? nil : reader.name($0, JSONPath.root.appending("type"), parent: node, as: ComplainantTypeID.self) }
            let temperament = reader.name(node["temperament"], JSONPath.root.appending("temperament"), parent: node, as: TemperamentID.self)
            if let lang = node["language"], !lang.isNull { _ = reader.name(lang, JSONPath.root.appending("language"), parent: node, as: Language.self) }
            guard reader.problems.isEmpty, let text, let temperament else {
                problems += reader.problems.map {
                    DataProblem(path: "line \(lineNumber) \($0.path)", position: $0.position.map { TextPosition(line: lineNumber, column: $0.column) }, kind: $0.kind)
                }
                continue
            }
            let detection = detector.detect(text)
            let expectedIndex = expectedType.map { labels.firstIndex(of: $0.rawValue)! } ?? labels.count - 1
            let detectedIndex = detection.type.map { labels.firstIndex(of: $0.rawValue)! } ?? labels.count - 1
            confusion[expectedIndex][detectedIndex] += 1
            total += 1
            if detection.temperament.lean == temperament { temperamentRight += 1 }
            if expectedIndex != detectedIndex || detection.temperament.lean != temperament {
                misses.append(Miss(line: lineNumber, text: text,
                                   expected: labels[expectedIndex] + "/" + temperament.rawValue,
                                   detected: labels[detectedIndex] + "/" + detection.temperament.lean.rawValue))
            }
        }
        if !problems.isEmpty { throw InvalidDataFile(file: file, problems: problems) }
        let perLabel = labels.indices.map { i in
            let count = confusion[i].reduce(0, +)
            return LabelScore(label: labels[i], total: count, correct: confusion[i][i], accuracy: count == 0 ? 0 : Double(confusion[i][i]) / Double(count))
        }
        let typed = perLabel.dropLast()
        let typedTotal = typed.map(\.total).reduce(0, +)
        return DetectionEvaluation(
            labels: labels, perLabel: perLabel,
            typeAccuracy: typedTotal == 0 ? 0 : Double(typed.map(\.correct).reduce(0, +)) / Double(typedTotal),
            noTypeAccuracy: perLabel.last.map { $0.accuracy } ?? 0,
            temperamentAccuracy: total == 0 ? 0 : Double(temperamentRight) / Double(total),
            confusion: confusion, total: total, misses: misses)
    }

    /// The report as a table in at most 80 columns.
    public func render(language: Language) -> String {
        let zh = language == .zh
        func percent(_ x: Double) -> String { String(format: "%.1f%%", x * 100) }
        let short = ["LCS", "SOK", "PRO", "UNR", "NAM", "TIM", "none"]
        var lines: [String] = []
        lines.append((zh ? "样本数 " : "utterances ") + "\(total)")
        lines.append((zh ? "类型首选准确率（有类型的样本）：" : "type top-1 accuracy (typed utterances): ") + percent(typeAccuracy))
        lines.append((zh ? "普通投诉判为“无明确类型”：" : "ordinary complaints given no clear type: ") + percent(noTypeAccuracy))
        lines.append((zh ? "性格倾向准确率：" : "temperament accuracy: ") + percent(temperamentAccuracy))
        lines.append("")
        lines.append(zh ? "按标注：" : "per label:")
        for score in perLabel {
            lines.append("  " + TextLayout.pad(score.label, to: 24) + "\(score.correct)/\(score.total)  " + percent(score.accuracy))
        }
        lines.append("")
        lines.append(zh ? "混淆表（行：标注，列：判断）：" : "confusion (rows: labelled, columns: detected):")
        lines.append("       " + short.map { TextLayout.pad($0, to: 5) }.joined())
        for (i, row) in confusion.enumerated() {
            lines.append("  " + TextLayout.pad(short[i], to: 5) + row.map { TextLayout.pad(String($0), to: 5) }.joined())
        }
        lines.append("  LCS lacks-common-sense, SOK shows-off-knowledge, PRO professional-complainer,")
        lines.append("  UNR unreasonable, NAM name-dropper, TIM time-killer")
        return lines.map { $0.trailingWhitespaceTrimmed }.joined(separator: "\n") + "\n"
    }
}
