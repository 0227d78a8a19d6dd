import FoundationEssentials

/// Reads one JSON value, checking its grammar all through, and keeps only where chosen members' values lie.
///
/// A reader that needs a handful of members from lines of several kilobytes (the audit log's precedents) would spend
/// most of its time building strings and arrays it never looks at, as `JSONParser` must. The picker walks the bytes
/// once, checks them against RFC 8259 as it goes (brackets, commas and colons, strings and their escapes, numbers,
/// literals, nesting up to `maxDepth`), and notes the byte range of each chosen value, so a number keeps every digit
/// it was written with. Two checks are left to whoever reads a picked value: UTF-8 inside strings it only steps over,
/// and names repeated anywhere but among the chosen members (a chosen member given twice makes the text unreadable,
/// since either value could be meant).
public struct JSONPicker: Sendable {
    /// What a picked value is.
    public enum Kind: UInt8, Sendable {
        case object, array, string, number, `true`, `false`, null
    }

    /// Where a picked value lies in the text: from its first byte to just after its last, quotes included.
    public struct Slice: Sendable, Equatable {
        public let kind: Kind
        public let start: Int
        public let end: Int
    }

    /// How many arrays and objects may nest inside each other, as `JSONParser` allows by default.
    public static let maxDepth = 512

    /// A place in the tree of chosen members: the names below it, and the path that ends here, if one does.
    fileprivate struct Node: Sendable {
        var names: [[UInt8]] = []
        var children: [Int32] = []
        var slot: Int32 = -1
    }

    private var nodes: [Node] = [Node()]
    /// How many paths were chosen: the length of the array `pick` fills.
    public let slotCount: Int

    /// Chooses the members to keep.
    /// - Parameter paths: Each path's member names from the top object down; the value at `paths[k]` fills slot `k`.
    public init(paths: [[String]]) {
        for (slot, path) in paths.enumerated() {
            var node = 0
            for name in path {
                let bytes = Array(name.utf8)
                if let index = nodes[node].names.firstIndex(of: bytes) {
                    node = Int(nodes[node].children[index])
                } else {
                    nodes.append(Node())
                    nodes[node].names.append(bytes)
                    nodes[node].children.append(Int32(nodes.count - 1))
                    node = nodes.count - 1
                }
            }
            nodes[node].slot = Int32(slot)
        }
        slotCount = paths.count
    }

    /// Checks that `bytes` hold exactly one JSON value (whitespace around it allowed) and notes the chosen members.
    /// - Parameters:
    ///   - bytes: The text as UTF-8.
    ///   - slices: Filled with one entry per path: where its value lies, or nil when the text has no such member.
    /// - Returns: Whether the text is one whole JSON value in which no chosen member is given twice.
    public func pick(_ bytes: UnsafeBufferPointer<UInt8>, into slices: inout [Slice?]) -> Bool {
        if slices.count != slotCount { slices = Array(repeating: nil, count: slotCount) }
        for k in slices.indices { slices[k] = nil }
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
        return withUnsafeTemporaryAllocation(of: Frame.self, capacity: Self.maxDepth) { frames in
            var walk = Walk(p: base, n: bytes.count)
            return nodes.withUnsafeBufferPointer { nodes in
                walk.value(nodes: nodes, frames: frames.baseAddress!, slices: &slices)
            }
        }
    }

    /// Whether a picked string's content (between its quotes, with no escape) is exactly `text`, without building it.
    public static func string(_ slice: Slice, in bytes: UnsafeBufferPointer<UInt8>, is text: StaticString) -> Bool {
        guard slice.kind == .string, slice.end - slice.start - 2 == text.utf8CodeUnitCount else { return false }
        let wanted = UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
        for k in 0..<wanted.count where bytes[slice.start + 1 + k] != wanted[k] { return false }
        return true
    }

    /// A picked string's text with its escapes resolved, or nil when it is not a string or not well-formed UTF-8
    /// (a lone surrogate escape included).
    public static func text(_ slice: Slice, in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard slice.kind == .string else { return nil }
        let content = UnsafeBufferPointer(rebasing: bytes[slice.start + 1..<slice.end - 1])
        guard content.contains(0x5C) else { return String(validating: content, as: UTF8.self) }
        // Escapes are rare in the members worth picking; the full parser resolves them by the rules it reads files by.
        guard let node = try? JSONParser.parse(Data(UnsafeBufferPointer(rebasing: bytes[slice.start..<slice.end]))),
              let text = node.string else { return nil }
        return text
    }
}

/// An array or object still open: where it started, whether it is an object, and its place among the chosen members.
private struct Frame {
    var start: Int
    var node: Int32
    var isObject: Bool
}

/// The walk over one text.
///
/// Arithmetic wraps and checks are written out, so that the walk stays fast in debug builds too, where tests feed it
/// logs of megabytes.
private struct Walk {
    let p: UnsafePointer<UInt8>
    let n: Int
    var i = 0

    mutating func value(nodes: UnsafeBufferPointer<JSONPicker.Node>, frames: UnsafeMutablePointer<Frame>,
                        slices: inout [JSONPicker.Slice?]) -> Bool {
        var depth = 0
        var node: Int32 = 0
        nextValue: while true {
            skipWhitespace()
            guard i < n else { return false }
            let start = i
            var kind: JSONPicker.Kind
            switch p[i] {
            case 0x7B: // {
                guard depth < JSONPicker.maxDepth else { return false }
                i &+= 1
                skipWhitespace()
                if i < n, p[i] == 0x7D {
                    i &+= 1
                    kind = .object
                } else {
                    frames[depth] = Frame(start: start, node: node, isObject: true)
                    depth &+= 1
                    guard let child = member(of: node, nodes) else { return false }
                    node = child
                    continue nextValue
                }
            case 0x5B: // [
                guard depth < JSONPicker.maxDepth else { return false }
                i &+= 1
                skipWhitespace()
                if i < n, p[i] == 0x5D {
                    i &+= 1
                    kind = .array
                } else {
                    frames[depth] = Frame(start: start, node: node, isObject: false)
                    depth &+= 1
                    // Nothing inside an array is chosen: paths name members only.
                    node = -1
                    continue nextValue
                }
            case 0x22:
                guard skipString() else { return false }
                kind = .string
            case 0x2D, 0x30...0x39:
                guard skipNumber() else { return false }
                kind = .number
            case 0x74:
                guard literal("true") else { return false }
                kind = .true
            case 0x66:
                guard literal("false") else { return false }
                kind = .false
            case 0x6E:
                guard literal("null") else { return false }
                kind = .null
            default:
                return false
            }
            // The value is whole: note it if chosen, then close every container that ends with it.
            var done = (start: start, kind: kind, node: node)
            while true {
                if done.node >= 0 {
                    let slot = Int(nodes[Int(done.node)].slot)
                    if slot >= 0 {
                        guard slices[slot] == nil else { return false }
                        slices[slot] = JSONPicker.Slice(kind: done.kind, start: done.start, end: i)
                    }
                }
                guard depth > 0 else {
                    skipWhitespace()
                    return i == n
                }
                let frame = frames[depth &- 1]
                skipWhitespace()
                guard i < n else { return false }
                let b = p[i]
                if b == 0x2C { // ,
                    i &+= 1
                    skipWhitespace()
                    if frame.isObject {
                        guard let child = member(of: frame.node, nodes) else { return false }
                        node = child
                    } else {
                        node = -1
                    }
                    continue nextValue
                }
                guard b == (frame.isObject ? 0x7D : 0x5D) else { return false }
                i &+= 1
                depth &-= 1
                done = (frame.start, frame.isObject ? .object : .array, frame.node)
            }
        }
    }

    /// Reads `"name" :` and returns the chosen node the name leads to (-1 for one not chosen), or nil when malformed.
    mutating func member(of parent: Int32, _ nodes: UnsafeBufferPointer<JSONPicker.Node>) -> Int32? {
        guard i < n, p[i] == 0x22 else { return nil }
        let nameStart = i &+ 1
        guard skipString() else { return nil }
        let nameEnd = i &- 1
        skipWhitespace()
        guard i < n, p[i] == 0x3A else { return nil }
        i &+= 1
        guard parent >= 0 else { return -1 }
        let name = UnsafeBufferPointer(start: p + nameStart, count: nameEnd &- nameStart)
        let node = nodes[Int(parent)]
        for (index, wanted) in node.names.enumerated() where wanted.count == name.count {
            if wanted.withUnsafeBufferPointer({ $0.elementsEqual(name) }) { return node.children[index] }
        }
        // A chosen name written with escapes (`"kin\u0064"`) is still that name.
        if name.contains(0x5C), let text = JSONPicker.text(JSONPicker.Slice(kind: .string, start: nameStart &- 1, end: nameEnd &+ 1),
                                                            in: UnsafeBufferPointer(start: p, count: n)),
           let index = node.names.firstIndex(of: Array(text.utf8)) {
            return node.children[index]
        }
        return -1
    }

    mutating func skipWhitespace() {
        while i < n {
            let b = p[i]
            guard b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 else { return }
            i &+= 1
        }
    }

    /// Steps over a string from its opening quote to just after its closing one; false when it never closes, holds a
    /// control character or a malformed escape.
    mutating func skipString() -> Bool {
        i &+= 1
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let raw = UnsafeRawPointer(p)
        while true {
            // Eight bytes at a time while none is a quote, a backslash or a control character; the test is exact about
            // whether a word holds one, so the byte loop below only ever starts at or before it.
            while i &+ 8 <= n {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let below = (word &- ones &* 0x20) & ~word
                let quote = word ^ (ones &* 0x22)
                let backslash = word ^ (ones &* 0x5C)
                if (below | ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)) & highs != 0 { break }
                i &+= 8
            }
            guard i < n else { return false }
            let b = p[i]
            if b == 0x22 {
                i &+= 1
                return true
            }
            if b < 0x20 { return false }
            if b == 0x5C {
                guard i &+ 1 < n else { return false }
                switch p[i &+ 1] {
                case 0x22, 0x5C, 0x2F, 0x62, 0x66, 0x6E, 0x72, 0x74:
                    i &+= 2
                case 0x75:
                    guard i &+ 6 <= n else { return false }
                    for k in i &+ 2..<i &+ 6 {
                        let h = p[k]
                        guard (0x30...0x39).contains(h) || (0x41...0x46).contains(h) || (0x61...0x66).contains(h) else { return false }
                    }
                    i &+= 6
                default:
                    return false
                }
                continue
            }
            i &+= 1
        }
    }

    /// Steps over a number by the RFC 8259 grammar; false for `01`, `1.`, `.5`, `+1`, `1e` or one run into a word.
    mutating func skipNumber() -> Bool {
        func isDigit(_ k: Int) -> Bool { k < n && p[k] >= 0x30 && p[k] <= 0x39 }
        if p[i] == 0x2D { i &+= 1 }
        if i < n, p[i] == 0x30 {
            i &+= 1
        } else {
            guard isDigit(i) else { return false }
            while isDigit(i) { i &+= 1 }
        }
        if i < n, p[i] == 0x2E {
            i &+= 1
            guard isDigit(i) else { return false }
            while isDigit(i) { i &+= 1 }
        }
        if i < n, p[i] == 0x65 || p[i] == 0x45 {
            i &+= 1
            if i < n, p[i] == 0x2B || p[i] == 0x2D { i &+= 1 }
            guard isDigit(i) else { return false }
            while isDigit(i) { i &+= 1 }
        }
        return !(i < n && Self.continuesAWord(p[i]))
    }

    /// Steps over `true`, `false` or `null`, which must not run on into further letters or digits.
    mutating func literal(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard i &+ count <= n else { return false }
        for k in 0..<count where p[i &+ k] != word.utf8Start[k] { return false }
        i &+= count
        return !(i < n && Self.continuesAWord(p[i]))
    }

    /// Bytes that would glue onto a number or literal before them (`12kg`, `1.2.3`, `nullx`).
    static func continuesAWord(_ b: UInt8) -> Bool {
        (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) || b == 0x5F || b == 0x2E
            || b == 0x2B || b == 0x2D
    }
}
