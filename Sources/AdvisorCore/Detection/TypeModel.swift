import Glibc
import Knowledge
import TextMatching

/// The statistical half of the detector: logistic regression over the features `scripts/train-detector.py` defines.
///
/// Features are presences, not counts, so a cue said twice weighs what it weighs once: Chinese character n-grams (1–3)
/// and English word n-grams (1–2) of the folded text, the types whose cue phrases occur, and marks of intensity.
/// Scores are whole thousandths, so Swift and the trainer agree exactly (`DetectorModel.probes` holds them to it).
public struct TypeModel: Sendable {
    /// The weights, read once by the batch's layout; named features are looked up in it by their hash.
    let table: FastTypeModel

    /// The model of the generated `DetectorModel`.
    public static let standard = TypeModel(table: .standard)

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
            guard let weights = table.weights(of: feature) else { continue }
            for i in type.indices { type[i] &+= weights.type[i] }
            for i in temperament.indices { temperament[i] &+= weights.temperament[i] }
            contributions.append((feature, weights.type))
            temperamentContributions.append((feature, weights.temperament))
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
        let e = scores.map { Glibc.exp((Double($0) - top) / scale) }
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
                if !isSpace(scalar.value) { words.append("") }
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

    static func isHan(_ s: Unicode.Scalar) -> Bool { isHan(s.value) }

    /// Unicode's White_Space characters, listed so the trainer's Python reads the same set.
    @inline(__always)
    static func isSpace(_ v: UInt32) -> Bool {
        switch v {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    @inline(__always)
    static func isHan(_ v: UInt32) -> Bool { (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool { isWordScalar(s.value) }

    @inline(__always)
    static func isWordScalar(_ v: UInt32) -> Bool { (0x61...0x7A).contains(v) || (0x30...0x39).contains(v) || v == 0x27 }

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

/// The model's scores computed straight from a line's scalars, for the batch's millions of lines.
///
/// Feature names are never built: each feature's FNV-1a hash is computed while walking the folded scalars, looked up
/// in an open-addressing table, and counted once per line through a stamp per row. The result equals
/// `TypeModel.scores(ModelFeatures.names(…))` exactly; a test holds the two to it. The tables are read straight from
/// the generated weights at start-up and live as long as the program, so the hot loop touches no reference counts.
public struct FastTypeModel: @unchecked Sendable {
    /// Nine weights a row: the seven type labels, then rational and emotional.
    let weights: UnsafeMutableBufferPointer<Int32>
    /// Open addressing: each slot holds a feature's hash and its row together, so a probe touches one cache line;
    /// row -1 marks an empty slot.
    let table: UnsafeMutableBufferPointer<Entry>

    struct Entry {
        var key: UInt64
        var row: Int32
    }
    /// One bit per hash bucket, set for every feature of the model: most n-grams of a line are not features, and this
    /// small table (128 KiB, in cache) turns them away before the large one is touched.
    let filter: UnsafeMutableBufferPointer<UInt64>
    static let filterBits = 20
    let rowCount: Int
    let mask: Int
    /// The rows of the cue-list and intensity features, looked up once.
    let typeCueRows: [Int32]
    let temperamentCueRows: [Int32]
    let intensity: (exclamation: Int32, exclamations: Int32, repeated: Int32, question: Int32, capitals: Int32)
    /// Every BMP scalar folded, so the hot loop never calls the general fold.
    let folded: UnsafeMutableBufferPointer<UInt32>

    static let stride = 9

    /// The model of the generated `DetectorModel`, laid out for speed once.
    public static let standard = FastTypeModel(DetectorModel.weights)

    /// Reads the generated weights: lines of "t" or "p", a tab, the feature, a tab, its weights separated by blanks.
    init(_ text: String) {
        let lines = text.utf8.split(separator: UInt8(ascii: "\n"))
        // Half full at most: a miss (most n-grams of a line) usually ends at its first probe, and the table stays small.
        var capacity = 1
        while capacity < lines.count * 2 { capacity <<= 1 }
        table = .allocate(capacity: capacity)
        table.initialize(repeating: Entry(key: 0, row: -1))
        var weights: [Int32] = []
        weights.reserveCapacity(lines.count * Self.stride)
        var count = 0
        for line in lines {
            guard let firstTab = line.firstIndex(of: 9) else { continue }
            let rest = line[line.index(after: firstTab)...]
            guard let secondTab = rest.firstIndex(of: 9) else { continue }
            let hash = Self.hash(rest[..<secondTab])
            let isType = line.first == UInt8(ascii: "t")
            var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
            while table[slot].row >= 0 && table[slot].key != hash { slot = (slot + 1) & (capacity - 1) }
            if table[slot].row < 0 {
                table[slot] = Entry(key: hash, row: Int32(count))
                weights.append(contentsOf: repeatElement(0, count: Self.stride))
                count += 1
            }
            let base = Int(table[slot].row) * Self.stride + (isType ? 0 : 7)
            var index = 0
            var value: Int32 = 0, negative = false, inNumber = false
            for byte in rest[rest.index(after: secondTab)...] {
                if byte == UInt8(ascii: "-") { negative = true; inNumber = true } else if (48...57).contains(byte) {
                    value = value * 10 + Int32(byte - 48)
                    inNumber = true
                } else if inNumber {
                    weights[base + index] = negative ? -value : value
                    index += 1
                    value = 0
                    negative = false
                    inNumber = false
                }
            }
            if inNumber { weights[base + index] = negative ? -value : value }
        }
        filter = .allocate(capacity: (1 << Self.filterBits) / 64)
        filter.initialize(repeating: 0)
        for slot in 0..<capacity where table[slot].row >= 0 {
            let bit = Int(truncatingIfNeeded: table[slot].key >> 40) & ((1 << Self.filterBits) - 1)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.weights = .allocate(capacity: max(weights.count, 1))
        _ = self.weights.initialize(from: weights)
        rowCount = count
        mask = capacity - 1
        let table = self.table
        func row(_ name: String) -> Int32 { Self.row(of: name, in: table, mask: capacity - 1) }
        typeCueRows = ComplainantTypeID.allCases.map { row("k" + $0.rawValue) }
        temperamentCueRows = TemperamentID.allCases.map { row("r" + $0.rawValue) }
        intensity = (row("s!"), row("s!!!"), row("srepeat"), row("s?"), row("scaps"))
        folded = .allocate(capacity: 0x10000)
        for v in 0..<0x10000 { folded[v] = UInt32(v) }
        for (from, to) in TextFolding.variants where from < 0x10000 { folded[Int(from)] = to }
    }

    /// The row of a named feature, or -1 when the model has none.
    static func row(of name: String, in table: UnsafeMutableBufferPointer<Entry>, mask: Int) -> Int32 {
        let hash = hash(name.utf8)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while table[slot].row >= 0 {
            if table[slot].key == hash { return table[slot].row }
            slot = (slot + 1) & mask
        }
        return -1
    }

    /// A named feature's weights, type labels then temperaments; nil when the model has no such feature.
    func weights(of name: String) -> (type: [Int32], temperament: [Int32])? {
        let row = Self.row(of: name, in: table, mask: mask)
        guard row >= 0 else { return nil }
        let base = Int(row) * Self.stride
        return (Array(weights[base..<(base + 7)]), Array(weights[(base + 7)..<(base + 9)]))
    }

    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3

    static func hash<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
        var h = offset
        for b in bytes { h = (h ^ UInt64(b)) &* prime }
        return h
    }

    /// Feeds one scalar's UTF-8 bytes into a running hash.
    @inline(__always)
    static func feed(_ h: UInt64, _ v: UInt32) -> UInt64 {
        var h = h
        if v < 0x80 {
            h = (h ^ UInt64(v)) &* prime
        } else if v < 0x800 {
            h = (h ^ UInt64(0xC0 | (v >> 6))) &* prime
            h = (h ^ UInt64(0x80 | (v & 0x3F))) &* prime
        } else if v < 0x10000 {
            h = (h ^ UInt64(0xE0 | (v >> 12))) &* prime
            h = (h ^ UInt64(0x80 | ((v >> 6) & 0x3F))) &* prime
            h = (h ^ UInt64(0x80 | (v & 0x3F))) &* prime
        } else {
            h = (h ^ UInt64(0xF0 | (v >> 18))) &* prime
            h = (h ^ UInt64(0x80 | ((v >> 12) & 0x3F))) &* prime
            h = (h ^ UInt64(0x80 | ((v >> 6) & 0x3F))) &* prime
            h = (h ^ UInt64(0x80 | (v & 0x3F))) &* prime
        }
        return h
    }

    /// Per-line buffers, reused across lines.
    public struct Scratch {
        var stamp: [UInt32] = []
        var line: UInt32 = 0
        var folded: [UInt32] = []
        var wordStart: [Int] = []
        var wordEnd: [Int] = []
        public init() {}
    }

    /// The type and temperament scores of one line, in thousandths.
    public func scores(_ scalars: ArraySlice<UInt32>, cues: CueDetector.CueLists, _ scratch: inout Scratch) -> (type: [Int32], temperament: [Int32]) {
        let total = totals(scalars, cues: cues, &scratch)
        return ((0..<7).map { total[$0] }, [total[7], total[8]])
    }

    /// The scores as one vector: the seven type labels in lanes 0–6, rational and emotional in 7 and 8.
    func totals(_ scalars: ArraySlice<UInt32>, cues: CueDetector.CueLists, _ scratch: inout Scratch) -> SIMD16<Int32> {
        if scratch.stamp.count != rowCount { scratch.stamp = [UInt32](repeating: 0, count: rowCount) }
        scratch.line &+= 1
        if scratch.line == 0 {
            for i in scratch.stamp.indices { scratch.stamp[i] = 0 }
            scratch.line = 1
        }
        let line = scratch.line
        var total = Self.bias
        // Fold once into a buffer sized for the line.
        let n = scalars.count
        if scratch.folded.count < n { scratch.folded = [UInt32](repeating: 0, count: max(n, 2 * scratch.folded.count)) }
        if scratch.wordStart.count < n + 1 {
            scratch.wordStart = [Int](repeating: 0, count: max(n + 1, 2 * scratch.wordStart.count))
            scratch.wordEnd = [Int](repeating: 0, count: scratch.wordStart.count)
        }
        var wordCount = 0
        let w = weights, table = table, foldTable = folded, filter = filter
        scratch.stamp.withUnsafeMutableBufferPointer { stamp in
        scratch.folded.withUnsafeMutableBufferPointer { text in
        scratch.wordStart.withUnsafeMutableBufferPointer { wordStart in
        scratch.wordEnd.withUnsafeMutableBufferPointer { wordEnd in
            var k = 0
            for v in scalars {
                text[k] = v < 0x10000 ? foldTable[Int(v)] : v
                k += 1
            }
            let mask = self.mask
            // Adds a feature's row once per line, found by its hash.
            @inline(__always) func lookup(_ hash: UInt64) {
                let bit = Int(truncatingIfNeeded: hash >> 40) & ((1 << Self.filterBits) - 1)
                if filter[bit >> 6] & (1 << UInt64(bit & 63)) == 0 { return }
                var slot = Int(truncatingIfNeeded: hash) & mask
                while true {
                    let entry = table[slot]
                    let row = entry.row
                    if row < 0 { return }
                    if entry.key == hash {
                        if stamp[Int(row)] != line {
                            stamp[Int(row)] = line
                            let base = Int(row) &* Self.stride
                            var vector = SIMD16<Int32>()
                            for i in 0..<Self.stride { vector[i] = w[base &+ i] }
                            total &+= vector
                        }
                        return
                    }
                    slot = (slot &+ 1) & mask
                }
            }
            @inline(__always) func addRow(_ row: Int32) {
                guard row >= 0, stamp[Int(row)] != line else { return }
                stamp[Int(row)] = line
                let base = Int(row) &* Self.stride
                var vector = SIMD16<Int32>()
                for i in 0..<Self.stride { vector[i] = w[base &+ i] }
                total &+= vector
            }
            var i = 0
            while i < n {
                let v = text[i]
                if ModelFeatures.isHan(v) {
                    var j = i
                    while j < n && ModelFeatures.isHan(text[j]) { j += 1 }
                    for k in i..<j {
                        var h = Self.feed(Self.cStart, text[k])
                        lookup(h)
                        if k + 1 < j { h = Self.feed(h, text[k + 1]); lookup(h) }
                        if k + 2 < j { h = Self.feed(h, text[k + 2]); lookup(h) }
                    }
                    i = j
                } else if ModelFeatures.isWordScalar(v) {
                    var j = i
                    while j < n && ModelFeatures.isWordScalar(text[j]) { j += 1 }
                    var from = i, to = j
                    while from < to && text[from] == 0x27 { from += 1 }
                    while to > from && text[to - 1] == 0x27 { to -= 1 }
                    wordStart[wordCount] = from
                    wordEnd[wordCount] = to
                    wordCount += 1
                    i = j
                } else {
                    if !ModelFeatures.isSpace(v) {
                        wordStart[wordCount] = 0
                        wordEnd[wordCount] = 0
                        wordCount += 1
                    }
                    i += 1
                }
            }
            var previous = 0..<0
            for index in 0..<wordCount {
                let from = wordStart[index], to = wordEnd[index]
                guard from < to else { previous = 0..<0; continue }
                var h = Self.wStart
                for k in from..<to { h = Self.feed(h, text[k]) }
                lookup(h)
                if !previous.isEmpty {
                    var b = Self.wStart
                    for k in previous { b = Self.feed(b, text[k]) }
                    b = Self.feed(b, 0x5F)   // "_"
                    for k in from..<to { b = Self.feed(b, text[k]) }
                    lookup(b)
                }
                previous = from..<to
            }
            for index in typeCueRows.indices where cues.typeBits & (1 << UInt8(index)) != 0 { addRow(typeCueRows[index]) }
            for index in temperamentCueRows.indices where cues.temperamentBits & (1 << UInt8(index)) != 0 { addRow(temperamentCueRows[index]) }
            var exclamations = 0, questions = false, repeated = false, caps = false
            var letters = 0, upper = true
            var previousMark = false
            for v in scalars {
                let mark = v == 0x21 || v == 0xFF01 || v == 0x3F || v == 0xFF1F
                if v == 0x21 || v == 0xFF01 { exclamations += 1 }
                if v == 0x3F || v == 0xFF1F { questions = true }
                if mark && previousMark { repeated = true }
                previousMark = mark
                if (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) {
                    letters += 1
                    if v >= 0x61 { upper = false }
                } else {
                    if letters >= 3 && upper { caps = true }
                    letters = 0
                    upper = true
                }
            }
            if letters >= 3 && upper { caps = true }
            if exclamations > 0 { addRow(intensity.exclamation) }
            if exclamations >= 3 { addRow(intensity.exclamations) }
            if repeated { addRow(intensity.repeated) }
            if questions { addRow(intensity.question) }
            if caps { addRow(intensity.capitals) }
        }}}}
        return total
    }

    /// The bias of every label, as the starting vector.
    static let bias: SIMD16<Int32> = {
        var v = SIMD16<Int32>()
        for i in 0..<7 { v[i] = DetectorModel.typeBias[i] }
        v[7] = DetectorModel.temperamentBias[0]
        v[8] = DetectorModel.temperamentBias[1]
        return v
    }()

    static let cStart = feed(offset, 0x63)   // "c"
    static let wStart = feed(offset, 0x77)   // "w"
}

extension TypeModel {
    /// The hash of the training files the generated model was built from (see `scripts/train-detector.py`).
    public static var trainedSourcesHash: UInt64 { DetectorModel.sourcesHash }
}

extension TypeModel {
    /// The least probability that names a type, and the softmax temperature, as trained.
    public static var answerThreshold: Double { DetectorModel.answerThreshold }
    public static var temperature: Double { DetectorModel.temperature }
}
