/// Finds every occurrence of many phrases in one pass over a text (Aho–Corasick over UTF-8 bytes, compiled to a dense
/// automaton).
///
/// The automaton works on folded scalars (`TextFolding`). One table maps each raw scalar of the Basic Multilingual
/// Plane straight to the UTF-8 bytes of its folded form, already written as byte classes, so folding costs nothing
/// per scalar. The automaton then steps once per byte. Stepping per byte rather than per scalar keeps the alphabet to
/// the hundred-odd bytes the phrases use instead of the ~900 scalars, so the transition table is a tenth of the size
/// and stays in cache; UTF-8 is self-synchronising, so a phrase can only match on whole scalars.
public struct PatternAutomaton: Sendable {
    /// One occurrence of a phrase, as scalar offsets into the text: `start..<end`.
    public struct Match: Equatable, Sendable {
        public let pattern: Int
        public let start: Int
        public let end: Int
    }

    public let patterns: [String]
    /// Each phrase's length in scalars, so a match is reported in scalar offsets.
    private let patternLengths: [Int]
    /// Raw BMP scalar → the byte classes of its folded form's UTF-8, packed low byte first, with the byte count in
    /// bits 24–25; 0 for scalars whose folded form no phrase uses.
    private let encodedClasses: [UInt32]
    private let classCount: Int
    /// `next[state * classCount + class]`.
    private let next: [UInt32]
    /// The phrases ending at each state, failure chain included, flattened: `outputs[outputStart[s]..<outputStart[s+1]]`.
    private let outputStart: [Int32]
    private let outputs: [Int32]

    /// Builds the automaton.
    /// - Parameter patterns: The phrases to find; each is folded before use, empty ones are never matched.
    public init(patterns: [String]) {
        self.patterns = patterns
        let folded = patterns.map { Array(TextFolding.fold($0).unicodeScalars) }
        patternLengths = folded.map(\.count)

        // Byte classes: one per byte value the phrases use, numbered from 1; class 0 is every other byte.
        var classOf = [Int](repeating: 0, count: 256)
        var classes = 1
        var usedScalars = Set<UInt32>()
        for phrase in folded {
            for scalar in phrase {
                usedScalars.insert(scalar.value)
                for byte in String(scalar).utf8 where classOf[Int(byte)] == 0 {
                    classOf[Int(byte)] = classes
                    classes += 1
                }
            }
        }
        classCount = classes
        func encode(_ value: UInt32) -> UInt32 {
            guard usedScalars.contains(value), let scalar = Unicode.Scalar(value) else { return 0 }
            var packed: UInt32 = 0
            var count: UInt32 = 0
            for byte in String(scalar).utf8 {
                packed |= UInt32(classOf[Int(byte)]) << (8 * count)
                count += 1
            }
            return packed | count << 24
        }
        var table = [UInt32](repeating: 0, count: 0x10000)
        for value in usedScalars where value < 0x10000 { table[Int(value)] = encode(value) }
        for (from, to) in TextFolding.variants where from < 0x10000 { table[Int(from)] = encode(to) }
        encodedClasses = table

        // The trie over byte classes: children per state, and the phrases ending exactly there.
        var children: [[Int: UInt32]] = [[:]]
        var ending: [[Int32]] = [[]]
        for (index, phrase) in folded.enumerated() where !phrase.isEmpty {
            var state = 0
            for scalar in phrase {
                for byte in String(scalar).utf8 {
                    let symbol = classOf[Int(byte)]
                    if let child = children[state][symbol] {
                        state = Int(child)
                    } else {
                        children.append([:])
                        ending.append([])
                        children[state][symbol] = UInt32(children.count - 1)
                        state = children.count - 1
                    }
                }
            }
            ending[state].append(Int32(index))
        }

        // Breadth first, so each state's failure target is finished before the state itself.
        let count = children.count
        let size = classes
        var transitions = [UInt32](repeating: 0, count: count * size)
        var failure = [UInt32](repeating: 0, count: count)
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
        // Class 0 (a byte no phrase uses) always leads back to the root.
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

    /// The state after reading one raw scalar: its folded form's bytes, or the root for a scalar no phrase uses.
    @inline(__always)
    private static func step(_ state: Int, _ value: UInt32, encodedClasses: UnsafeBufferPointer<UInt32>,
                             next: UnsafeBufferPointer<UInt32>, classCount: Int) -> Int {
        guard value < 0x10000 else { return 0 }
        let packed = encodedClasses[Int(value)]
        if packed == 0 { return 0 }
        var state = state
        var classes = packed
        for _ in 0..<Int(packed >> 24) {
            state = Int(next[state &* classCount &+ Int(classes & 0xFF)])
            classes >>= 8
        }
        return state
    }

    /// Every match in `text`, ordered by where it ends.
    public func matches(in text: String) -> [Match] {
        var result: [Match] = []
        scan(text.unicodeScalars) { result.append($0) }
        return result
    }

    /// Calls `onMatch` for every match in a sequence of scalars.
    public func scan<S: Sequence>(_ scalars: S, _ onMatch: (Match) -> Void) where S.Element == Unicode.Scalar {
        encodedClasses.withUnsafeBufferPointer { encodedClasses in
            next.withUnsafeBufferPointer { next in
                var state = 0
                var position = 0
                for scalar in scalars {
                    state = Self.step(state, scalar.value, encodedClasses: encodedClasses, next: next, classCount: classCount)
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
                    encodedClasses.withUnsafeBufferPointer { encodedClasses in
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
                                state = Self.step(state, value, encodedClasses: encodedClasses, next: next, classCount: classCount)
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
