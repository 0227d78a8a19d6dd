import Foundation
import Knowledge
import TextMatching

/// The statistical half of the detector: logistic regression over the features `scripts/train-detector.py` defines.
///
/// Features are presences, not counts, so a cue said twice weighs what it weighs once: Chinese character n-grams (1–3)
/// and English word n-grams (1–2) of the folded text, the types whose cue phrases occur, and marks of intensity.
/// Scores are whole thousandths, so Swift and the trainer agree exactly (`DetectorModel.probes` holds them to it).
public struct TypeModel: Sendable {
    /// One label's weight row per feature name.
    let typeWeights: [String: [Int32]]
    let temperamentWeights: [String: [Int32]]

    /// The model of the generated `DetectorModel`, decoded once.
    public static let standard = TypeModel()

    init() {
        var types: [String: [Int32]] = [:]
        var temperaments: [String: [Int32]] = [:]
        for line in DetectorModel.weights.split(separator: "\n") {
            let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3 else { continue }
            let row = fields[2].split(separator: " ").compactMap { Int32($0) }
            if fields[0] == "t" { types[String(fields[1])] = row } else { temperaments[String(fields[1])] = row }
        }
        typeWeights = types
        temperamentWeights = temperaments
    }

    /// The scores a text gets, in thousandths, in `DetectorModel`'s label order, with the features that weighed most.
    public struct Scores: Equatable, Sendable {
        public var type: [Int32]
        public var temperament: [Int32]
        /// Features that raised the top type, strongest first, as the customer's words show them.
        public var weighed: [String]
        /// Features that pulled the temperament toward the side it leans, strongest first.
        public var temperamentWeighed: [String]
    }

    /// Scores the features of a text.
    /// - Parameters:
    ///   - features: The text's feature names (`ModelFeatures.names`).
    public func scores(_ features: Set<String>) -> Scores {
        var type = DetectorModel.typeBias
        var temperament = DetectorModel.temperamentBias
        var contributions: [(String, [Int32])] = []
        var temperamentContributions: [(String, [Int32])] = []
        for feature in features {
            if let row = typeWeights[feature] {
                for i in type.indices { type[i] &+= row[i] }
                contributions.append((feature, row))
            }
            if let row = temperamentWeights[feature] {
                for i in temperament.indices { temperament[i] &+= row[i] }
                temperamentContributions.append((feature, row))
            }
        }
        let top = type.indices.max { type[$0] < type[$1] } ?? 0
        let lean = temperament.indices.max { temperament[$0] < temperament[$1] } ?? 0
        return Scores(type: type, temperament: temperament, weighed: Self.strongest(contributions, toward: top),
                      temperamentWeighed: Self.strongest(temperamentContributions, toward: lean))
    }

    /// Whether two shown pieces overlap: one inside the other, or Chinese n-grams sharing a character.
    static func overlaps(_ a: String, _ b: String) -> Bool {
        if a.contains(b) || b.contains(a) { return true }
        let han = { (s: String) in Set(s.unicodeScalars.filter(ModelFeatures.isHan)) }
        return !han(a).isDisjoint(with: han(b))
    }

    /// The words that pushed most toward one label, for the agent: no marks, no single characters, no filler words.
    static func strongest(_ contributions: [(String, [Int32])], toward label: Int) -> [String] {
        // Ties in weight go by name, so the explanation is the same on every run.
        let ordered = contributions.filter { $0.1[label] - ($0.1.min() ?? 0) > 0 && $0.1[label] > 0 }
            .sorted { ($0.1[label], $1.0) > ($1.1[label], $0.0) }
        var shown: [String] = []
        for (name, _) in ordered {
            let words = ModelFeatures.display(name)
            // Overlapping n-grams ("我认", "认识", "我认识") are one piece of evidence: the first, strongest, stands.
            guard !words.isEmpty, !ModelFeatures.fillerWords.contains(words),
                  !shown.contains(where: { overlaps($0, words) }) else { continue }
            shown.append(words)
            if shown.count == 4 { break }
        }
        return shown
    }

    /// Probabilities from scores, with the trained temperature.
    public static func probabilities(_ scores: [Int32]) -> [Double] {
        let scale = DetectorModel.temperature * 1000
        let top = Double(scores.max() ?? 0)
        let e = scores.map { Foundation.exp((Double($0) - top) / scale) }
        let total = e.reduce(0, +)
        return e.map { $0 / total }
    }
}

/// The features the model reads, named as the trainer names them; `scripts/train-detector.py` builds the same set.
public enum ModelFeatures {
    /// Every feature of a text.
    /// - Parameters:
    ///   - text: The customer's words.
    ///   - cueTypes: The types and temperaments whose cue phrases occur in the text, on word boundaries, negated or not.
    public static func names(_ text: String, cueTypes: CueDetector.CueLists) -> Set<String> {
        var found = Set<String>()
        var run: [Unicode.Scalar] = []
        var word = String.UnicodeScalarView()
        var words: [String] = []
        func endRun() {
            for n in 1...3 where run.count >= n {
                for i in 0...(run.count - n) {
                    var name = String.UnicodeScalarView()
                    name.append("c")
                    name.append(contentsOf: run[i..<(i + n)])
                    found.insert(String(name))
                }
            }
            run.removeAll(keepingCapacity: true)
        }
        func endWord() {
            if !word.isEmpty {
                // Apostrophes at either end are quotation, not part of the word.
                var scalars = Array(word)
                while scalars.first == "'" { scalars.removeFirst() }
                while scalars.last == "'" { scalars.removeLast() }
                var clean = String.UnicodeScalarView()
                clean.append(contentsOf: scalars)
                words.append(String(clean))
            }
            word = String.UnicodeScalarView()
        }
        for original in text.unicodeScalars {
            let scalar = TextFolding.fold(original)
            if isHan(scalar) {
                endWord()
                run.append(scalar)
            } else if isWordScalar(scalar) {
                endRun()
                word.append(scalar)
            } else {
                endRun()
                endWord()
                if !scalar.properties.isWhitespace { words.append("") }
            }
        }
        endRun()
        endWord()
        var previous = ""
        for w in words {
            if !w.isEmpty {
                found.insert("w" + w)
                if !previous.isEmpty { found.insert("w" + previous + "_" + w) }
            }
            previous = w
        }
        found.formUnion(intensity(text))
        for type in cueTypes.types { found.insert("k" + type.rawValue) }
        for temperament in cueTypes.temperaments { found.insert("r" + temperament.rawValue) }
        return found
    }

    /// Marks of intensity in the words as written: exclamations, repeated marks, questions, a word in capitals.
    static func intensity(_ text: String) -> Set<String> {
        var found = Set<String>()
        let scalars = Array(text.unicodeScalars)
        let exclamations = scalars.filter { $0 == "!" || $0 == "！" }.count
        if exclamations > 0 { found.insert("s!") }
        if exclamations >= 3 { found.insert("s!!!") }
        let marks: Set<Unicode.Scalar> = ["!", "！", "?", "？"]
        if zip(scalars, scalars.dropFirst()).contains(where: { marks.contains($0) && marks.contains($1) }) { found.insert("srepeat") }
        if scalars.contains(where: { $0 == "?" || $0 == "？" }) { found.insert("s?") }
        var letters = 0, upper = true
        for scalar in scalars + [" "] {
            let v = scalar.value
            if (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) {
                letters += 1
                if v >= 0x61 { upper = false }
            } else {
                if letters >= 3 && upper { found.insert("scaps"); break }
                letters = 0
                upper = true
            }
        }
        return found
    }

    static func isHan(_ s: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(s.value) || (0x3400...0x4DBF).contains(s.value)
    }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        (0x61...0x7A).contains(s.value) || (0x30...0x39).contains(s.value) || s == "'"
    }

    /// English words too common to explain anything.
    static let fillerWords: Set<String> = ["the", "a", "an", "to", "of", "and", "i", "you", "my", "is", "it", "in", "on", "for",
                                           "me", "this", "that", "we", "your", "be", "have", "not", "with", "was", "are", "at",
                                           "so", "but", "or", "if", "do", "just", "am", "i'm", "it's", "they", "our", "us"]

    /// A feature as the agent should see it: the words themselves, or nothing for a mark or a cue list.
    static func display(_ name: String) -> String {
        guard let kind = name.first else { return "" }
        let rest = String(name.dropFirst())
        switch kind {
        case "c": return rest.count >= 2 ? rest : ""
        case "w": return rest.split(separator: "_").joined(separator: " ")
        default: return ""
        }
    }
}

extension TypeModel {
    /// Texts of our own with the scores the trainer gave them: Swift must give the same.
    public static var trainerProbes: [(text: String, type: [Int32], temperament: [Int32])] { DetectorModel.probes }
}
