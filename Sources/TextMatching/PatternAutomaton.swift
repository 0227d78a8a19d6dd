/// Finds every occurrence of many phrases in one pass over a text (Aho–Corasick, compiled to a dense automaton).
///
/// The automaton works on folded scalars (`TextFolding`). One table maps each raw scalar of the Basic
/// Multilingual Plane straight to the symbol of its folded form, so folding costs nothing per scalar; the
/// transition table then holds the failure links already followed, so each scalar is one more lookup.
public struct PatternAutomaton: Sendable {
    /// One occurrence of a phrase, as scalar offsets into the text: `start..<end`.
    public struct Match: Equatable, Sendable {
        public let pattern: Int
        public let start: Int
        public let end: Int
    }

    public let patterns: [String]
    private let patternLengths: [Int]
    /// Raw BMP scalar → symbol of its folded form; 0 for scalars no phrase uses.
    private let symbolOf: [UInt16]
    private let alphabetSize: Int
    /// `next[state * alphabetSize + symbol]`.
    private let next: [Int32]
    /// The phrases ending at each state, failure chain included, flattened: `outputs[outputStart[s]..<outputStart[s+1]]`.
    private let outputStart: [Int32]
    private let outputs: [Int32]

    /// Builds the automaton.
    /// - Parameter patterns: The phrases to find; each is folded before use, empty ones are never matched.
    public init(patterns: [String]) {
        self.patterns = patterns
        let folded = patterns.map { Array(TextFolding.fold($0).unicodeScalars) }
        patternLengths = folded.map(\.count)

        var symbols: [UInt32: UInt16] = [:]
        for phrase in folded {
            for scalar in phrase where symbols[scalar.value] == nil {
                symbols[scalar.value] = UInt16(symbols.count + 1)
            }
        }
        let size = symbols.count + 1
        alphabetSize = size
        var table = [UInt16](repeating: 0, count: 0x10000)
        for (value, symbol) in symbols where value < 0x10000 { table[Int(value)] = symbol }
        for (from, to) in TextFolding.variants where from < 0x10000 {
            if let symbol = symbols[to] { table[Int(from)] = symbol }
        }
        symbolOf = table

        // The trie: children per state, and the phrases ending exactly there.
        var children: [[Int: Int32]] = [[:]]
        var ending: [[Int32]] = [[]]
        for (index, phrase) in folded.enumerated() where !phrase.isEmpty {
            var state = 0
            for scalar in phrase {
                let symbol = Int(symbols[scalar.value]!)
                if let child = children[state][symbol] {
                    state = Int(child)
                } else {
                    children.append([:])
                    ending.append([])
                    children[state][symbol] = Int32(children.count - 1)
                    state = children.count - 1
                }
            }
            ending[state].append(Int32(index))
        }

        // Breadth first, so each state's failure target is finished before the state itself.
        let count = children.count
        var transitions = [Int32](repeating: 0, count: count * size)
        var failure = [Int32](repeating: 0, count: count)
        var merged = ending
        var queue: [Int] = []
        for symbol in 0..<size {
            if let child = children[0][symbol] {
                transitions[symbol] = child
                queue.append(Int(child))
            }
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            let fail = Int(failure[state])
            merged[state] += merged[fail]
            // A state goes where its failure state goes, except along its own children.
            for symbol in 0..<size { transitions[state * size + symbol] = transitions[fail * size + symbol] }
            for (symbol, child) in children[state] {
                failure[Int(child)] = transitions[fail * size + symbol]
                transitions[state * size + symbol] = child
            }
            // Children are queued in symbol order so the build does not depend on dictionary order.
            queue += children[state].sorted { $0.key < $1.key }.map { Int($0.value) }
        }
        // Symbol 0 (a scalar no phrase uses) always leads back to the root.
        for state in 0..<count { transitions[state * size] = 0 }
        next = transitions
        var starts: [Int32] = [0]
        var flat: [Int32] = []
        for list in merged {
            flat += list
            starts.append(Int32(flat.count))
        }
        outputStart = starts
        outputs = flat
    }

    /// The number of states, for documentation and tests.
    public var stateCount: Int { outputStart.count - 1 }

    @inline(__always)
    private func symbol(_ value: UInt32) -> Int {
        value < 0x10000 ? Int(symbolOf[Int(value)]) : 0
    }

    /// Every match in `text`, ordered by where it ends.
    public func matches(in text: String) -> [Match] {
        var result: [Match] = []
        scan(text.unicodeScalars) { result.append($0) }
        return result
    }

    /// Calls `onMatch` for every match in a sequence of scalars.
    public func scan<S: Sequence>(_ scalars: S, _ onMatch: (Match) -> Void) where S.Element == Unicode.Scalar {
        var state = 0
        var position = 0
        for scalar in scalars {
            state = Int(next[state * alphabetSize + symbol(scalar.value)])
            position += 1
            let from = Int(outputStart[state]), to = Int(outputStart[state + 1])
            if from < to {
                for i in from..<to {
                    let pattern = Int(outputs[i])
                    onMatch(Match(pattern: pattern, start: position - patternLengths[pattern], end: position))
                }
            }
        }
    }

    /// Decodes UTF-8 into `scalars` (malformed bytes as U+FFFD) and `byteOffsets` (where each scalar starts,
    /// plus one final entry for the end), and puts every match in `matches`.
    ///
    /// The buffers only grow, so a caller reusing them across lines allocates nothing per line; only the
    /// first `count` scalars (the return value) and `count + 1` offsets belong to this text.
    /// - Returns: The number of scalars decoded.
    @discardableResult
    public func scan(utf8 bytes: UnsafeBufferPointer<UInt8>, scalars: inout [UInt32], byteOffsets: inout [Int32], matches: inout [Match]) -> Int {
        let n = bytes.count
        matches.removeAll(keepingCapacity: true)
        // Sized once, then written through pointers: appending scalar by scalar costs a uniqueness check each.
        if scalars.count < n + 1 { scalars = [UInt32](repeating: 0, count: max(n + 1, 2 * scalars.count)) }
        if byteOffsets.count < n + 1 { byteOffsets = [Int32](repeating: 0, count: max(n + 1, 2 * byteOffsets.count)) }
        var count = 0
        scalars.withUnsafeMutableBufferPointer { scalarOut in
            byteOffsets.withUnsafeMutableBufferPointer { offsetOut in
                next.withUnsafeBufferPointer { next in
                    symbolOf.withUnsafeBufferPointer { symbolOf in
                        outputStart.withUnsafeBufferPointer { outputStart in
                            var state = 0
                            var i = 0
                            while i < n {
                                offsetOut[count] = Int32(i)
                                let b0 = UInt32(bytes[i])
                                var value: UInt32
                                if b0 < 0x80 {
                                    value = b0
                                    i += 1
                                } else if b0 >> 5 == 0x6, i + 1 < n, bytes[i + 1] & 0xC0 == 0x80 {
                                    value = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                                    i += 2
                                } else if b0 >> 4 == 0xE, i + 2 < n, bytes[i + 1] & 0xC0 == 0x80, bytes[i + 2] & 0xC0 == 0x80 {
                                    value = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                                    i += 3
                                } else if b0 >> 3 == 0x1E, i + 3 < n, bytes[i + 1] & 0xC0 == 0x80, bytes[i + 2] & 0xC0 == 0x80, bytes[i + 3] & 0xC0 == 0x80 {
                                    value = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
                                    i += 4
                                } else {
                                    value = 0xFFFD
                                    i += 1
                                }
                                scalarOut[count] = value
                                count += 1
                                let symbol = value < 0x10000 ? Int(symbolOf[Int(value)]) : 0
                                state = Int(next[state &* alphabetSize &+ symbol])
                                let from = Int(outputStart[state]), to = Int(outputStart[state + 1])
                                if from < to {
                                    for k in from..<to {
                                        let pattern = Int(outputs[k])
                                        matches.append(Match(pattern: pattern, start: count - patternLengths[pattern], end: count))
                                    }
                                }
                            }
                            offsetOut[count] = Int32(n)
                        }
                    }
                }
            }
        }
        return count
    }
}
