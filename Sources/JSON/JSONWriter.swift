/// Writes JSON text straight into a byte buffer: no tree is built and no `String` is concatenated.
///
/// Separators come by themselves: `key(_:)` and every value written inside an array put the comma (and, pretty, the line
/// break and indent) in front of themselves, so callers only say what comes next. The order of members is the caller's;
/// `JSONStreamEncoder` sorts them. Strings are escaped so that the text is safe in any JSON or JavaScript reader: `"`,
/// `\`, every control character (C0, DEL and the C1 range U+0080–U+009F), and U+2028 and U+2029, which end a line
/// in JavaScript source.
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

    /// The text written so far, as UTF-8.
    public var bytes: [UInt8]
    /// The layout.
    public let style: Style
    /// For each open array or object, innermost last, whether it already holds an element or member.
    private var filled: [Bool] = []
    /// A key was just written, so the next value needs no separator.
    private var afterKey = false

    /// Creates a writer that appends to `bytes`.
    /// - Parameters:
    ///   - style: The layout.
    ///   - bytes: What comes before the text, such as earlier lines; the writer appends.
    public init(style: Style = .compact, bytes: [UInt8] = []) {
        self.style = style
        self.bytes = bytes
    }

    /// How many arrays and objects are open around the next value.
    public var depth: Int { filled.count }

    // MARK: Structure

    /// Opens an object; members follow as `key(_:)` and a value each.
    public mutating func beginObject() {
        beforeValue()
        bytes.append(0x7B)
        filled.append(false)
    }

    /// Closes the innermost object.
    public mutating func endObject() {
        close(0x7D)
    }

    /// Opens an array; its elements follow as values.
    public mutating func beginArray() {
        beforeValue()
        bytes.append(0x5B)
        filled.append(false)
    }

    /// Closes the innermost array.
    public mutating func endArray() {
        close(0x5D)
    }

    /// Writes a member's name inside an object; its value comes next.
    public mutating func key(_ name: String) {
        separate()
        string(name, asValue: false)
        switch style {
        case .compact: bytes.append(0x3A)
        case .pretty: bytes.append(contentsOf: [0x20, 0x3A, 0x20])
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
        beforeValue()
        bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C])
    }

    /// Writes `true` or `false`.
    public mutating func bool(_ value: Bool) {
        beforeValue()
        if value {
            bytes.append(contentsOf: [0x74, 0x72, 0x75, 0x65])
        } else {
            bytes.append(contentsOf: [0x66, 0x61, 0x6C, 0x73, 0x65])
        }
    }

    /// Writes a string, escaped.
    public mutating func string(_ text: String) {
        string(text, asValue: true)
    }

    /// Writes an integer.
    public mutating func number<Integer: BinaryInteger>(_ value: Integer) {
        beforeValue()
        if let small = Int64(exactly: value) {
            Self.appendInteger(small, to: &bytes)
        } else {
            bytes.append(contentsOf: String(value).utf8)
        }
    }

    /// Writes a number as `JSONEncoder` does: whole numbers without a fraction (`15`, `-0`), others in Swift's shortest
    /// form that reads back to the same `Double` (`0.1`, `1e+16`, `1.5e-07`).
    /// - Throws: `NonFiniteNumber` for NaN and the infinities, which JSON has no way to write; nothing is written then.
    public mutating func number(_ value: Double) throws(NonFiniteNumber) {
        guard value.isFinite else { throw NonFiniteNumber(value: value) }
        beforeValue()
        Self.appendNumber(value, to: &bytes)
    }

    /// Writes a value already written as JSON by another writer of the same style, such as an advice written once and
    /// then both logged and printed. The bytes are taken as they are: they must be one whole JSON value.
    public mutating func rawValue(_ json: [UInt8]) {
        beforeValue()
        bytes.append(contentsOf: json)
    }

    // MARK: Undoing

    /// Where the writer stood, to go back to when what followed must be undone.
    public struct Checkpoint: Sendable {
        let count: Int
        let filled: [Bool]
        let afterKey: Bool
    }

    /// Where the writer stands now.
    public var checkpoint: Checkpoint { Checkpoint(count: bytes.count, filled: filled, afterKey: afterKey) }

    /// Undoes everything written since `checkpoint` was taken.
    public mutating func rollBack(to checkpoint: Checkpoint) {
        bytes.removeSubrange(checkpoint.count...)
        filled = checkpoint.filled
        afterKey = checkpoint.afterKey
    }

    // MARK: Helpers for writers of their own

    /// Appends `bytes`, which must be UTF-8, as a JSON string literal with its quotes.
    public static func appendQuoted(_ utf8: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        out.append(0x22)
        let n = utf8.count
        guard let base = utf8.baseAddress else {
            out.append(0x22)
            return
        }
        let raw = UnsafeRawPointer(base)
        var run = 0
        var i = 0
        while i < n {
            // Eight bytes at a time while none of them needs a look: most text is plain.
            if i + 8 <= n, !mayNeedEscape(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                i += 8
                continue
            }
            let byte = utf8[i]
            // Plain: printable ASCII other than `"` and `\`, and the bytes of multi-byte characters except the two lead
            // bytes of C1 controls (C2) and of U+2028/U+2029 (E2).
            if byte >= 0x80 ? byte != 0xC2 && byte != 0xE2 : byte >= 0x20 && byte != 0x22 && byte != 0x5C && byte != 0x7F {
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
            case 0xE2:
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
                guard i + 2 < n, utf8[i + 1] == 0x80, utf8[i + 2] == 0xA8 || utf8[i + 2] == 0xA9 else { i += 1; continue }
                code = 0x2000 | UInt16(utf8[i + 2] - 0x80)
                length = 3
            default:
                code = UInt16(byte)
            }
            if run < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<i])) }
            appendEscape(code, to: &out)
            i += length
            run = i
        }
        if run < n { out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<n])) }
        out.append(0x22)
    }

    /// Whether any of eight bytes is below 0x20 or is `"`, `\`, DEL, C2 or E2: bit tricks that test all eight at once.
    private static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ v: UInt64) -> Bool { (v &- ones) & ~v & highs != 0 }
        return (word &- ones &* 0x20) & ~word & highs != 0
            || hasZeroByte(word ^ (ones &* 0x22)) || hasZeroByte(word ^ (ones &* 0x5C)) || hasZeroByte(word ^ (ones &* 0x7F))
            || hasZeroByte(word ^ (ones &* 0xC2)) || hasZeroByte(word ^ (ones &* 0xE2))
    }

    /// Appends a whole number in decimal.
    public static func appendInteger(_ value: Int64, to out: inout [UInt8]) {
        if value < 0 { out.append(0x2D) }
        // The magnitude as unsigned, so Int64.min has one too; digits are made from the right.
        var rest = value.magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(truncatingIfNeeded: 0x30 &+ rest % 10)
                rest /= 10
            } while rest > 0
            out.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    /// Appends a finite number as `number(_:)` writes it.
    public static func appendNumber(_ value: Double, to out: inout [UInt8]) {
        // Whole numbers below 2^53 are exact in both types, and there Swift's description is the digits and ".0".
        if value.rounded(.towardZero) == value, value.magnitude < 9_007_199_254_740_992 {
            if value == 0, value.sign == .minus {
                out.append(contentsOf: [0x2D, 0x30])
            } else {
                appendInteger(Int64(value), to: &out)
            }
            return
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        out.append(contentsOf: text.utf8)
    }

    // MARK: Inside

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Appends the escape of a character below U+0020, `"`, `\`, DEL, a C1 control or U+2028/U+2029, by its code.
    private static func appendEscape(_ code: UInt16, to out: inout [UInt8]) {
        switch code {
        case 0x22: out.append(contentsOf: [0x5C, 0x22])
        case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
        case 0x08: out.append(contentsOf: [0x5C, 0x62])
        case 0x0C: out.append(contentsOf: [0x5C, 0x66])
        case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
        case 0x0D: out.append(contentsOf: [0x5C, 0x72])
        case 0x09: out.append(contentsOf: [0x5C, 0x74])
        default:
            out.append(contentsOf: [0x5C, 0x75, hexDigits[Int(code >> 12)], hexDigits[Int(code >> 8 & 0xF)],
                                    hexDigits[Int(code >> 4 & 0xF)], hexDigits[Int(code & 0xF)]])
        }
    }

    private mutating func string(_ text: String, asValue: Bool) {
        if asValue { beforeValue() }
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { Self.appendQuoted($0, to: &bytes) }
        if done == nil {
            // A string bridged from elsewhere; copying makes it native UTF-8.
            var copy = text
            copy.withUTF8 { Self.appendQuoted($0, to: &bytes) }
        }
    }

    /// The separator before a value: none after a key, else the one between elements of the open array.
    private mutating func beforeValue() {
        if afterKey {
            afterKey = false
        } else if !filled.isEmpty {
            separate()
        }
    }

    /// Writes `,` unless this is the container's first entry, then, pretty, a line break and the indent.
    private mutating func separate() {
        let last = filled.count - 1
        if last >= 0 {
            if filled[last] { bytes.append(0x2C) } else { filled[last] = true }
        }
        if style == .pretty { newline() }
    }

    private mutating func newline() {
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(0x20, count: 2 * filled.count))
    }

    private mutating func close(_ bracket: UInt8) {
        let hadEntries = filled.removeLast()
        if style == .pretty {
            // An empty container is a blank line between its brackets, as JSONEncoder writes it.
            if !hadEntries { bytes.append(0x0A) }
            newline()
        }
        bytes.append(bracket)
    }
}
