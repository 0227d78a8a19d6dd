/// Writes JSON text straight into a byte buffer: no tree is built and no `String` is concatenated.
///
/// Separators come by themselves: `key(_:)` and every value written inside an array put the comma (and, pretty, the line
/// break and indent) in front of themselves, so callers only say what comes next. The order of members is the caller's;
/// `JSONStreamEncoder` sorts them. Strings are escaped so that the text is safe in any JSON or JavaScript reader: `"`,
/// `\`, every control character (C0, DEL and the C1 range U+0080–U+009F), U+2028 and U+2029, which end a line
/// in JavaScript source, and the bidirectional marks, embeddings, overrides and isolates (U+061C, U+200E, U+200F,
/// U+202A–U+202E, U+2066–U+2069), which make a line on a terminal read differently from what it holds.
public struct JSONWriter: Sendable {
    /// How the text is laid out.
    public enum Style: Sendable {
        /// Everything on one line, without spaces: one record per line.
        case compact
        /// Two-space indents and `"key" : value`, as Foundation's `JSONEncoder` prints with `.prettyPrinted`.
        case pretty
    }

    /// A number JSON cannot write: NaN or an infinity.
    public struct NonFiniteNumber: Error, Equatable, Sendable {
        /// The number refused.
        public let value: Double
    }

    /// The layout.
    public let style: Style
    /// The text in its first `length` bytes, then spare room. Each write makes room once and fills it through a pointer:
    /// appending byte by byte to an array checks its owner and its capacity every time, which cost more than the JSON.
    private var storage: [UInt8] = []
    private var length = 0
    /// For each open array or object, innermost last, whether it already holds an element or member.
    private var filled: [Bool] = []
    /// A key was just written, so the next value needs no separator.
    private var afterKey = false

    /// Creates an empty writer.
    /// - Parameter style: The layout.
    public init(style: Style = .compact) {
        self.style = style
    }

    /// The text written so far, as UTF-8 (a copy).
    public var bytes: [UInt8] { Array(storage[..<length]) }

    /// How many bytes have been written.
    public var count: Int { length }

    /// Lends the text written so far, without copying it.
    public func withBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try storage.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[..<length])) }
    }

    /// Forgets everything written, keeping the room for the next text.
    public mutating func removeAll() {
        length = 0
        filled.removeAll(keepingCapacity: true)
        afterKey = false
    }

    /// Ends a line after a complete value, for JSON Lines: one record per line.
    public mutating func endLine() {
        write(upTo: 1) { $0[0] = 0x0A; return 1 }
    }

    /// How many arrays and objects are open around the next value.
    public var depth: Int { filled.count }

    // MARK: Structure

    /// Opens an object; members follow as `key(_:)` and a value each.
    public mutating func beginObject() {
        open(0x7B)
    }

    /// Closes the innermost object.
    public mutating func endObject() {
        close(0x7D)
    }

    /// Opens an array; its elements follow as values.
    public mutating func beginArray() {
        open(0x5B)
    }

    /// Opens an object or an array after whatever separates it from the value before.
    private mutating func open(_ bracket: UInt8) {
        let separation = valueSeparation()
        write(upTo: separation.length + 1) { out in
            let count = separation.write(to: out)
            out[count] = bracket
            return count + 1
        }
        filled.append(false)
    }

    /// Closes the innermost array.
    public mutating func endArray() {
        close(0x5D)
    }

    /// Writes a member's name inside an object; its value comes next.
    public mutating func key(_ name: String) {
        quote(name, after: entrySeparation(), colon: true)
        afterKey = true
    }

    /// Writes a member's name known when the program was built, such as a field's.
    ///
    /// The name is copied as it stands: the program's own member names need no escape, and a batch writes a hundred of
    /// them per advice, where the escape scan cost a twentieth of the whole. Debug builds (the tests) check the name.
    public mutating func key(_ name: StaticString) {
        let separation = entrySeparation()
        let colonLength = style == .pretty ? 3 : 1
        name.withUTF8Buffer { utf8 in
            assert(!utf8.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 >= 0x7F }, "a member name that needs escaping")
            write(upTo: separation.length + utf8.count + 2 + colonLength) { out in
                var count = separation.write(to: out)
                out[count] = 0x22
                count += 1
                if let base = utf8.baseAddress { (out + count).update(from: base, count: utf8.count) }
                count += utf8.count
                out[count] = 0x22
                count += 1
                return count + Self.writeColon(colonLength, to: out + count)
            }
        }
        afterKey = true
    }

    /// The bytes a member or element is preceded by at the current depth: the first's, and every later one's (with `,`).
    public var separators: (first: Int, later: Int) {
        switch style {
        case .compact: (0, 1)
        case .pretty: (1 + 2 * depth, 2 + 2 * depth)
        }
    }

    // MARK: Values

    /// Writes `null`.
    public mutating func null() {
        word("null")
    }

    /// Writes `true` or `false`.
    public mutating func bool(_ value: Bool) {
        word(value ? "true" : "false")
    }

    /// Writes a string, escaped.
    public mutating func string(_ text: String) {
        quote(text, after: valueSeparation(), colon: false)
    }

    /// Writes an integer.
    public mutating func number<Integer: BinaryInteger>(_ value: Integer) {
        if let small = Int64(exactly: value) {
            let separation = valueSeparation()
            write(upTo: separation.length + 20) { out in
                let count = separation.write(to: out)
                return count + Self.writeInteger(small, to: out + count)
            }
        } else {
            word(String(value))
        }
    }

    /// Writes a number as `JSONEncoder` does: whole numbers without a fraction (`15`, `-0`), others in Swift's shortest
    /// form that reads back to the same `Double` (`0.1`, `1e+16`, `1.5e-07`).
    /// - Throws: `NonFiniteNumber` for NaN and the infinities, which JSON has no way to write; nothing is written then.
    public mutating func number(_ value: Double) throws(NonFiniteNumber) {
        guard value.isFinite else { throw NonFiniteNumber(value: value) }
        if let whole = Self.exactWhole(value) {
            let separation = valueSeparation()
            write(upTo: separation.length + 20) { out in
                let count = separation.write(to: out)
                return count + Self.writeInteger(whole, to: out + count)
            }
        } else {
            word(value == 0 ? "-0" : Self.fractionText(value))
        }
    }

    /// Writes a value already written as JSON by another writer of the same style, such as an advice written once and
    /// then both logged and printed. The bytes are taken as they are: they must be one whole JSON value.
    public mutating func rawValue(_ json: [UInt8]) {
        let separation = valueSeparation()
        write(upTo: separation.length) { separation.write(to: $0) }
        raw(json)
    }

    // MARK: Undoing

    /// Where the writer stood, to go back to when what followed must be undone.
    public struct Checkpoint: Sendable {
        let count: Int
        let filled: [Bool]
        let afterKey: Bool
    }

    /// Where the writer stands now.
    public var checkpoint: Checkpoint { Checkpoint(count: length, filled: filled, afterKey: afterKey) }

    /// Undoes everything written since `checkpoint` was taken.
    public mutating func rollBack(to checkpoint: Checkpoint) {
        length = checkpoint.count
        filled = checkpoint.filled
        afterKey = checkpoint.afterKey
    }

    // MARK: Helpers for writers of their own

    /// Appends `bytes`, which must be UTF-8, as a JSON string literal with its quotes.
    public static func appendQuoted(_ utf8: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        out.append(0x22)
        var i = 0
        while i < utf8.count {
            let end = Swift.min(utf8.count, i + quotePiece)
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: (end - i + 3) * 6) { room in
                let count = escape(utf8, from: &i, to: end, into: room.baseAddress!)
                out.append(contentsOf: UnsafeBufferPointer(start: room.baseAddress, count: count))
            }
        }
        out.append(0x22)
    }

    /// Appends a whole number in decimal.
    public static func appendInteger(_ value: Int64, to out: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            let count = writeInteger(value, to: digits.baseAddress!)
            out.append(contentsOf: UnsafeBufferPointer(start: digits.baseAddress, count: count))
        }
    }

    // MARK: Inside the module

    /// The bytes from `offset` to the end, for the encoder to move members.
    func bytes(from offset: Int) -> ArraySlice<UInt8> {
        storage[offset..<length]
    }

    /// Cuts the text back to its first `count` bytes, leaving the open containers as they are.
    mutating func truncate(to count: Int) {
        length = count
    }

    /// Appends bytes as they are.
    mutating func raw<Bytes: Collection<UInt8>>(_ bytes: Bytes) {
        guard !bytes.isEmpty else { return }
        let copied: Void? = bytes.withContiguousStorageIfAvailable { source in
            write(upTo: source.count) { destination in
                destination.update(from: source.baseAddress!, count: source.count)
                return source.count
            }
        }
        if copied == nil { raw(Array(bytes)) }
    }

    // MARK: Inside

    /// Makes room for `count` bytes once and lets `body` fill them; `body` returns how many it wrote.
    @inline(__always)
    private mutating func write(upTo count: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        if storage.count - length < count {
            storage.append(contentsOf: repeatElement(0, count: Swift.max(count, storage.count, 256)))
        }
        let start = length
        length += storage.withUnsafeMutableBufferPointer { body($0.baseAddress! + start) }
    }

    /// Writes a value that needs no escaping (a literal or a number's text) after its separator, in one write.
    private mutating func word(_ text: String) {
        let separation = valueSeparation()
        var text = text
        text.withUTF8 { utf8 in
            write(upTo: separation.length + utf8.count) { out in
                let count = separation.write(to: out)
                (out + count).update(from: utf8.baseAddress!, count: utf8.count)
                return count + utf8.count
            }
        }
    }

    /// Writes a string literal after its separator, and after it the colon of a key; a string of up to `quotePiece`
    /// bytes, as nearly all are, in one write.
    private mutating func quote(_ text: String, after separation: Separation, colon: Bool) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { quote($0, after: separation, colon: colon) }
        if done == nil {
            // A string bridged from elsewhere; copying makes it native UTF-8.
            var copy = text
            copy.withUTF8 { quote($0, after: separation, colon: colon) }
        }
    }

    /// The source bytes escaped per write: an escape is at most six bytes for one, so the room made stays bounded.
    private static let quotePiece = 4096

    private mutating func quote(_ utf8: UnsafeBufferPointer<UInt8>, after separation: Separation, colon: Bool) {
        let colonLength = colon ? (style == .pretty ? 3 : 1) : 0
        var i = 0
        // An escape may read up to two bytes past the piece's end to finish a character, hence the spare 3 × 6.
        let first = Swift.min(utf8.count, Self.quotePiece)
        write(upTo: separation.length + 1 + (first + 3) * 6 + 1 + colonLength) { out in
            var count = separation.write(to: out)
            out[count] = 0x22
            count += 1
            count += Self.escape(utf8, from: &i, to: first, into: out + count)
            guard i >= utf8.count else { return count }
            out[count] = 0x22
            count += 1
            return count + Self.writeColon(colonLength, to: out + count)
        }
        guard i < utf8.count else { return }
        // A longer string goes on a piece at a time.
        while i < utf8.count {
            let end = Swift.min(utf8.count, i + Self.quotePiece)
            write(upTo: (end - i + 3) * 6) { Self.escape(utf8, from: &i, to: end, into: $0) }
        }
        write(upTo: 1 + colonLength) { out in
            out[0] = 0x22
            return 1 + Self.writeColon(colonLength, to: out + 1)
        }
    }

    /// Writes `:` or, pretty, ` : ` when `length` says so.
    private static func writeColon(_ length: Int, to out: UnsafeMutablePointer<UInt8>) -> Int {
        switch length {
        case 1: out[0] = 0x3A
        case 3: out[0] = 0x20; out[1] = 0x3A; out[2] = 0x20
        default: break
        }
        return length
    }

    /// Escapes the source from `i` until at least `end` into `out`, moving `i`; returns the bytes written.
    private static func escape(_ utf8: UnsafeBufferPointer<UInt8>, from i: inout Int, to end: Int,
                               into out: UnsafeMutablePointer<UInt8>) -> Int {
        let n = utf8.count
        let source = UnsafeRawPointer(utf8.baseAddress!)
        var written = 0
        var run = i
        func flush(_ upTo: Int) {
            if run < upTo {
                (out + written).update(from: utf8.baseAddress! + run, count: upTo - run)
                written += upTo - run
            }
        }
        while i < end {
            // Eight bytes at a time while none of them needs a look: most text is plain. Most strings are short and end
            // in part of a word: those last bytes are checked as the word ending at `end`, which overlaps bytes already
            // passed, or, in a string under eight bytes, as a word made of them and plain letters.
            if i &+ 8 <= end {
                if !mayNeedEscape(source.loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                    i &+= 8
                    continue
                }
            } else {
                var tail: UInt64 = 0x4141_4141_4141_4141
                if end >= 8 {
                    tail = source.loadUnaligned(fromByteOffset: end &- 8, as: UInt64.self)
                } else {
                    for k in i..<end { tail = tail << 8 | UInt64(utf8[k]) }
                }
                if !mayNeedEscape(tail) {
                    i = end
                    continue
                }
            }
            let byte = utf8[i]
            // Plain: printable ASCII other than `"` and `\`, and the bytes of multi-byte characters except the lead bytes
            // of C1 controls (C2), of U+061C (D8) and of U+2028/U+2029 and the other bidirectional controls (E2).
            if byte >= 0x80 ? byte != 0xC2 && byte != 0xD8 && byte != 0xE2
                            : byte >= 0x20 && byte != 0x22 && byte != 0x5C && byte != 0x7F {
                i += 1
                continue
            }
            var length = 1
            var code: UInt16
            switch byte {
            case 0xC2:
                // U+0080–U+009F are C2 80 to C2 9F.
                guard i + 1 < n, utf8[i + 1] <= 0x9F else { i += 1; continue }
                code = UInt16(utf8[i + 1])
                length = 2
            case 0xD8:
                // U+061C, the Arabic letter mark, is D8 9C.
                guard i + 1 < n, utf8[i + 1] == 0x9C else { i += 1; continue }
                code = 0x061C
                length = 2
            case 0xE2:
                // E2 80 xx and E2 81 xx are U+2000–U+207F; only the line ends and the bidirectional controls among them.
                guard i + 2 < n, utf8[i + 1] <= 0x81 else { i += 1; continue }
                code = 0x2000 | UInt16(utf8[i + 1] & 0x3F) << 6 | UInt16(utf8[i + 2] & 0x3F)
                guard Self.escapedAbove2000(code) else { i += 1; continue }
                length = 3
            default:
                code = UInt16(byte)
            }
            flush(i)
            written += writeEscape(code, to: out + written)
            i += length
            run = i
        }
        flush(i)
        return written
    }

    /// Whether a character of U+2000–U+207F is escaped: the line ends and the bidirectional controls.
    private static func escapedAbove2000(_ code: UInt16) -> Bool {
        switch code {
        case 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// Whether any of eight bytes is below 0x20 or is `"`, `\`, DEL, C2, D8 or E2: bit tricks that test all eight at once.
    private static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ v: UInt64) -> Bool { (v &- ones) & ~v & highs != 0 }
        return (word &- ones &* 0x20) & ~word & highs != 0
            || hasZeroByte(word ^ (ones &* 0x22)) || hasZeroByte(word ^ (ones &* 0x5C)) || hasZeroByte(word ^ (ones &* 0x7F))
            || hasZeroByte(word ^ (ones &* 0xC2)) || hasZeroByte(word ^ (ones &* 0xD8)) || hasZeroByte(word ^ (ones &* 0xE2))
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Writes the escape of a character below U+0020, `"`, `\`, DEL, a C1 control, a line end or a bidirectional control.
    private static func writeEscape(_ code: UInt16, to out: UnsafeMutablePointer<UInt8>) -> Int {
        out[0] = 0x5C
        switch code {
        case 0x22: out[1] = 0x22
        case 0x5C: out[1] = 0x5C
        case 0x08: out[1] = 0x62
        case 0x0C: out[1] = 0x66
        case 0x0A: out[1] = 0x6E
        case 0x0D: out[1] = 0x72
        case 0x09: out[1] = 0x74
        default:
            out[1] = 0x75
            out[2] = hexDigits[Int(code >> 12)]
            out[3] = hexDigits[Int(code >> 8 & 0xF)]
            out[4] = hexDigits[Int(code >> 4 & 0xF)]
            out[5] = hexDigits[Int(code & 0xF)]
            return 6
        }
        return 2
    }

    /// Writes a whole number in decimal, at most 20 bytes, and returns how many.
    private static func writeInteger(_ value: Int64, to out: UnsafeMutablePointer<UInt8>) -> Int {
        // The magnitude as unsigned, so Int64.min has one too; digits are made from the right, then moved.
        var rest = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        return withUnsafeMutableBytes(of: &digits) { buffer in
            var start = buffer.count
            repeat {
                start -= 1
                buffer[start] = UInt8(truncatingIfNeeded: 0x30 &+ rest % 10)
                rest /= 10
            } while rest > 0
            var count = 0
            if value < 0 {
                out[0] = 0x2D
                count = 1
            }
            for k in start..<buffer.count {
                out[count] = buffer[k]
                count += 1
            }
            return count
        }
    }

    /// A double as an exact whole number when it is one below 2^53 (not -0), where Swift's description is the digits
    /// and ".0"; nil otherwise.
    private static func exactWhole(_ value: Double) -> Int64? {
        guard value.rounded(.towardZero) == value, value.magnitude < 9_007_199_254_740_992,
              !(value == 0 && value.sign == .minus) else { return nil }
        return Int64(value)
    }

    /// Swift's shortest description of a number with a fraction or an exponent, without a trailing ".0".
    private static func fractionText(_ value: Double) -> String {
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }

    /// What goes before an entry: a comma unless it is the first, then, pretty, a line break and the indent.
    private struct Separation {
        var comma = false
        /// The indent after the line break; nil for no line break.
        var indent: Int?

        var length: Int { (comma ? 1 : 0) + (indent.map { 1 + $0 } ?? 0) }

        func write(to out: UnsafeMutablePointer<UInt8>) -> Int {
            var count = 0
            if comma {
                out[0] = 0x2C
                count = 1
            }
            if let indent {
                out[count] = 0x0A
                (out + count + 1).initialize(repeating: 0x20, count: indent)
                count += 1 + indent
            }
            return count
        }
    }

    /// The separator before a value: none after a key or at the top, else the one between elements of the open array.
    private mutating func valueSeparation() -> Separation {
        if afterKey {
            afterKey = false
            return Separation()
        }
        return filled.isEmpty ? Separation() : entrySeparation()
    }

    /// The separator before a member or element, noting that the container now has one.
    private mutating func entrySeparation() -> Separation {
        var separation = Separation(indent: style == .pretty ? 2 * filled.count : nil)
        let last = filled.count - 1
        if last >= 0 {
            if filled[last] { separation.comma = true } else { filled[last] = true }
        }
        return separation
    }

    private mutating func close(_ bracket: UInt8) {
        let hadEntries = filled.removeLast()
        let indent = style == .pretty ? 2 * filled.count : -1
        write(upTo: 3 + Swift.max(indent, 0)) { out in
            var count = 0
            if indent >= 0 {
                // An empty container is a blank line between its brackets, as JSONEncoder writes it.
                if !hadEntries { out[0] = 0x0A; count = 1 }
                out[count] = 0x0A
                count += 1
                (out + count).initialize(repeating: 0x20, count: indent)
                count += indent
            }
            out[count] = bracket
            return count + 1
        }
    }
}
