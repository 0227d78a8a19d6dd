import FoundationEssentials

/// A strict RFC 8259 JSON parser that reports every problem with its line and column and never traps on bad input.
///
/// Policy and intake files are written by people, so the parser refuses everything RFC 8259 refuses
/// (comments, trailing commas, single quotes, NaN, leading zeros) and also refuses what would change a value
/// silently: duplicate member names, numbers beyond the range of `Double`, and lone UTF-16 surrogates.
/// Numbers too small for `Double` (such as `1e-400`) become 0, as they would in any JSON library; that loses
/// nothing a policy could mean.
public enum JSONParser {
    /// Parses one JSON document from UTF-8 bytes; a UTF-8 byte-order mark at the start is skipped.
    /// - Parameters:
    ///   - data: The text as UTF-8.
    ///   - maxDepth: How many arrays and objects may nest inside each other; deeper input is an error.
    ///     Parsing itself never recurses, but comparing or releasing the tree does, once per level, so keep this in the hundreds.
    /// - Returns: The top value with its position and those of everything inside it.
    /// - Throws: `JSONSyntaxError` naming the first problem and where it is.
    public static func parse(_ data: Data, maxDepth: Int = 512) throws(JSONSyntaxError) -> JSONNode {
        let result: Result<JSONNode, JSONSyntaxError> = data.withUnsafeBytes { raw in
            parse(raw.bindMemory(to: UInt8.self), maxDepth: maxDepth)
        }
        return try result.get()
    }

    /// Parses one JSON document from a string.
    /// - Parameters:
    ///   - text: The text.
    ///   - maxDepth: How many arrays and objects may nest inside each other; deeper input is an error.
    /// - Returns: The top value with its position and those of everything inside it.
    /// - Throws: `JSONSyntaxError` naming the first problem and where it is.
    public static func parse(_ text: String, maxDepth: Int = 512) throws(JSONSyntaxError) -> JSONNode {
        var text = text
        let result = text.withUTF8 { parse($0, maxDepth: maxDepth) }
        return try result.get()
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) -> Result<JSONNode, JSONSyntaxError> {
        var reader = JSONReader(bytes: bytes, maxDepth: maxDepth)
        do throws(JSONSyntaxError) {
            return .success(try reader.document())
        } catch {
            return .failure(error)
        }
    }
}

/// Why a text is not JSON, and where.
public struct JSONSyntaxError: Error, Equatable, Sendable {
    /// Where the problem is: the offending character, or the end of the text.
    public let position: TextPosition
    /// The same place as a 0-based offset in the UTF-8 bytes, for tools that seek in the file.
    public let byteOffset: Int
    /// What is wrong.
    public let problem: Problem

    /// Creates an error.
    /// - Parameters:
    ///   - problem: What is wrong.
    ///   - position: Where it is.
    ///   - byteOffset: Where it is, in bytes from the start of the text.
    public init(_ problem: Problem, at position: TextPosition, byteOffset: Int) {
        self.problem = problem
        self.position = position
        self.byteOffset = byteOffset
    }

    /// What the parser was looking for when it met something else.
    public enum Expectation: Sendable, Equatable {
        /// Any value: at the start, after `:`, or after `,` in an array.
        case value
        /// A value or `]`, just after `[`.
        case valueOrArrayEnd
        /// A member name or `}`, just after `{`.
        case keyOrObjectEnd
        /// A member name, after `,` in an object.
        case key
        /// The `:` after a member name.
        case colon
        /// `,` or `]` after an array element.
        case commaOrArrayEnd
        /// `,` or `}` after an object member.
        case commaOrObjectEnd
        /// The `"` that ends a string.
        case closingQuote
    }

    /// What is wrong with the text.
    public enum Problem: Sendable, Equatable {
        /// The text holds nothing but whitespace (or nothing at all).
        case empty
        /// A character that cannot stand here; the payload is the character itself.
        case unexpectedCharacter(String, expected: Expectation)
        /// The text ends before the value is complete.
        case unexpectedEnd(expected: Expectation)
        /// The bytes here are not UTF-8.
        case invalidUTF8
        /// A well-formed number beyond the range of `Double`, such as `1e400`; the payload is the number as written.
        case numberOutOfRange(String)
        /// Something that starts like a number but breaks the grammar, such as `01`, `1.`, `+1` or `.5`.
        case invalidNumber(String)
        /// A bare word that is not `true`, `false` or `null`, such as `True`, `NaN` or an unquoted name.
        case invalidLiteral(String)
        /// A backslash escape JSON does not define, such as `\x` or `\u12G4`; the payload is the escape as written.
        case invalidEscape(String)
        /// A `\u` escape of half a UTF-16 surrogate pair without the other half; the payload is the escape as written.
        case loneSurrogate(String)
        /// A raw control character (below U+0020) inside a string; the payload is its value.
        case controlCharacterInString(UInt8)
        /// A member name that already occurs in the same object, and where it first occurs.
        ///
        /// Names compare as Swift strings, so two spellings of the same text (`"é"` and `"e\u0301"`, or `"名"` and
        /// `"\u540d"`) count as duplicates: they look the same to whoever edits the file.
        case duplicateKey(String, firstAt: TextPosition)
        /// A `,` directly before `]` or `}`; the position is the comma's.
        case trailingComma
        /// Arrays and objects nest deeper than the limit, which is the payload.
        case tooDeep(Int)
        /// Something follows the complete top value; the payload is the first such character.
        case trailingContent(String)
    }
}

/// The parsing state over the input bytes.
///
/// Containers are tracked on an explicit stack rather than by recursion, so nesting depth is limited only
/// by `maxDepth` and never by the thread's stack.
private struct JSONReader {
    typealias Expectation = JSONSyntaxError.Expectation

    /// An array or object still open, collecting its children.
    struct Frame {
        let isObject: Bool
        let position: TextPosition
        var elements: [JSONNode] = []
        var members: [JSONMember] = []
        /// The names so far with where each stands, kept only once the object is large: a small one is searched in
        /// `members`, which costs less than hashing every name.
        var keyPositions: [String: TextPosition] = [:]
        var pendingKey = ""
        var pendingKeyPosition = TextPosition(line: 1, column: 1)
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let maxDepth: Int
    var i = 0
    var line = 1
    /// The offset of the current line's first byte.
    var lineStart = 0
    /// A known column on the current line, so positions cost time proportional to the distance since the last one,
    /// not to the length of the line (which may be 100 MB).
    var markOffset = 0
    var markColumn = 1

    init(bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        self.bytes = bytes
        self.maxDepth = maxDepth
    }

    mutating func document() throws(JSONSyntaxError) -> JSONNode {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            i = 3
            lineStart = 3
            markOffset = 3
        }
        skipWhitespace()
        guard i < bytes.count else {
            throw JSONSyntaxError(.empty, at: TextPosition(line: 1, column: 1), byteOffset: 0)
        }
        var stack: [Frame] = []
        var expected = Expectation.value
        nextValue: while true {
            skipWhitespace()
            guard i < bytes.count else { throw failure(.unexpectedEnd(expected: expected), at: i) }
            let start = position(i)
            var node: JSONNode
            switch bytes[i] {
            case 0x7B: // {
                guard stack.count < maxDepth else { throw failure(.tooDeep(maxDepth), at: i) }
                i += 1
                skipWhitespace()
                if i < bytes.count, bytes[i] == 0x7D {
                    i += 1
                    node = JSONNode(.object([]), at: start)
                } else {
                    var frame = Frame(isObject: true, position: start)
                    try readKey(into: &frame, expected: .keyOrObjectEnd)
                    stack.append(frame)
                    expected = .value
                    continue nextValue
                }
            case 0x5B: // [
                guard stack.count < maxDepth else { throw failure(.tooDeep(maxDepth), at: i) }
                i += 1
                skipWhitespace()
                if i < bytes.count, bytes[i] == 0x5D {
                    i += 1
                    node = JSONNode(.array([]), at: start)
                } else {
                    stack.append(Frame(isObject: false, position: start))
                    expected = .valueOrArrayEnd
                    continue nextValue
                }
            case 0x22: // "
                node = JSONNode(.string(try readString()), at: start)
            case 0x2D, 0x30...0x39, 0x2B, 0x2E: // - digits + .
                node = JSONNode(.number(try readNumber()), at: start)
            case 0x41...0x5A, 0x61...0x7A, 0x5F: // letters _
                node = JSONNode(try readLiteral(), at: start)
            default:
                throw characterFailure(at: i, expected: expected)
            }

            // The value is complete: hand it to its container, closing containers as their brackets arrive.
            while true {
                guard !stack.isEmpty else {
                    skipWhitespace()
                    guard i >= bytes.count else {
                        guard let extra = character(at: i) else { throw failure(.invalidUTF8, at: i) }
                        throw failure(.trailingContent(extra), at: i)
                    }
                    return node
                }
                let top = stack.count - 1
                let isObject = stack[top].isObject
                if isObject {
                    let member = JSONMember(key: stack[top].pendingKey, value: node, position: stack[top].pendingKeyPosition)
                    stack[top].members.append(member)
                } else {
                    stack[top].elements.append(node)
                }
                let closing: UInt8 = isObject ? 0x7D : 0x5D
                let afterValue: Expectation = isObject ? .commaOrObjectEnd : .commaOrArrayEnd
                skipWhitespace()
                guard i < bytes.count else { throw failure(.unexpectedEnd(expected: afterValue), at: i) }
                if bytes[i] == 0x2C { // ,
                    let comma = (offset: i, line: line, lineStart: lineStart)
                    i += 1
                    skipWhitespace()
                    if i < bytes.count, bytes[i] == closing {
                        throw failure(.trailingComma, at: comma.offset, line: comma.line, lineStart: comma.lineStart)
                    }
                    if isObject {
                        try readKey(into: &stack[top], expected: .key)
                    }
                    expected = .value
                    continue nextValue
                } else if bytes[i] == closing {
                    i += 1
                    let frame = stack.removeLast()
                    node = JSONNode(isObject ? .object(frame.members) : .array(frame.elements), at: frame.position)
                } else {
                    throw characterFailure(at: i, expected: afterValue)
                }
            }
        }
    }

    /// Reads `"name" :` and remembers the name for the value that follows.
    /// Members from which an object's names are looked up by hash rather than one by one.
    static let largeObject = 16

    mutating func readKey(into frame: inout Frame, expected: Expectation) throws(JSONSyntaxError) {
        guard i < bytes.count else { throw failure(.unexpectedEnd(expected: expected), at: i) }
        guard bytes[i] == 0x22 else { throw characterFailure(at: i, expected: expected) }
        let keyOffset = i
        let keyPosition = position(i)
        let key = try readString()
        if frame.members.count < Self.largeObject {
            if let first = frame.members.first(where: { $0.key == key }) {
                throw JSONSyntaxError(.duplicateKey(key, firstAt: first.position), at: keyPosition, byteOffset: keyOffset)
            }
        } else {
            if frame.keyPositions.isEmpty {
                for member in frame.members { frame.keyPositions[member.key] = member.position }
            }
            if let first = frame.keyPositions[key] {
                throw JSONSyntaxError(.duplicateKey(key, firstAt: first), at: keyPosition, byteOffset: keyOffset)
            }
            frame.keyPositions[key] = keyPosition
        }
        skipWhitespace()
        guard i < bytes.count else { throw failure(.unexpectedEnd(expected: .colon), at: i) }
        guard bytes[i] == 0x3A else { throw characterFailure(at: i, expected: .colon) }
        i += 1
        frame.pendingKey = key
        frame.pendingKeyPosition = keyPosition
    }

    mutating func skipWhitespace() {
        while i < bytes.count {
            switch bytes[i] {
            case 0x20, 0x09:
                i += 1
            case 0x0A:
                i += 1
                line += 1
                lineStart = i
            case 0x0D:
                i += 1
                // CR LF is one line break, counted at the LF.
                if i < bytes.count, bytes[i] == 0x0A { continue }
                line += 1
                lineStart = i
            default:
                return
            }
        }
    }

    // MARK: Strings

    /// Reads a string starting at its opening quote, leaving `i` after the closing quote.
    mutating func readString() throws(JSONSyntaxError) -> String {
        i += 1
        let start = i
        var runStart = i
        // Only strings with escapes need a copy; plain ones are decoded straight from the input.
        var unescaped: [UInt8] = []
        var hasEscapes = false
        let count = bytes.count
        while true {
            skipPlainText()
            guard i < count else { throw failure(.unexpectedEnd(expected: .closingQuote), at: i) }
            let b = bytes[i]
            if b == 0x22 {
                let text: String
                if hasEscapes {
                    unescaped.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                    text = String(decoding: unescaped, as: UTF8.self)
                } else {
                    text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
                }
                i += 1
                return text
            } else if b == 0x5C {
                if !hasEscapes {
                    hasEscapes = true
                    unescaped.reserveCapacity(i - start + 64)
                }
                if runStart < i { unescaped.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i])) }
                guard i + 1 < count else { throw failure(.unexpectedEnd(expected: .closingQuote), at: count) }
                let simple: UInt8 = switch bytes[i + 1] {
                case 0x22: 0x22
                case 0x5C: 0x5C
                case 0x2F: 0x2F
                case 0x62: 0x08 // b
                case 0x66: 0x0C // f
                case 0x6E: 0x0A // n
                case 0x72: 0x0D // r
                case 0x74: 0x09 // t
                default: 0
                }
                if simple != 0 {
                    unescaped.append(simple)
                    i += 2
                } else {
                    try readUnicodeEscape(into: &unescaped)
                }
                runStart = i
            } else if b < 0x20 {
                throw failure(.controlCharacterInString(b), at: i)
            } else {
                // skipPlainText stops at a non-ASCII byte only when it does not start well-formed UTF-8.
                throw failure(.invalidUTF8, at: i)
            }
        }
    }

    /// Advances over string content that needs no attention: anything but `"`, `\`, control characters and bad UTF-8.
    ///
    /// ASCII goes eight bytes at a time: the word test flags any byte that is non-ASCII, a control character, `"` or `\`,
    /// and may also flag an innocent byte next to one of those, which only sends the loop to the byte-by-byte check,
    /// so nothing is ever skipped wrongly. Wrapping arithmetic and inline checks keep this fast in debug builds too,
    /// where `swift test` runs and a 100 MB string must still take seconds.
    mutating func skipPlainText() {
        let count = bytes.count
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        wordAtATime: while true {
            if let base = bytes.baseAddress {
                let raw = UnsafeRawPointer(base)
                while i &+ 8 <= count {
                    let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    // A byte's high bit: set in `word` when non-ASCII, after subtracting 0x20 when below 0x20,
                    // and in `(x - 1) & ~x` when x is zero, i.e. when the byte equals the quote or backslash.
                    let control = word &- ones &* 0x20
                    let quote = word ^ (ones &* 0x22)
                    let backslash = word ^ (ones &* 0x5C)
                    let isQuote = (quote &- ones) & ~quote
                    let isBackslash = (backslash &- ones) & ~backslash
                    if (word | control | isQuote | isBackslash) & highs != 0 { break }
                    i &+= 8
                }
            }
            while i < count {
                let b = bytes[i]
                if b < 0x80 {
                    if b < 0x20 || b == 0x22 || b == 0x5C { return }
                    i &+= 1
                    continue wordAtATime
                }
                // Three-byte sequences (all of CJK) are checked inline; the rarer forms go through the full table.
                if b >= 0xE1, b <= 0xEF, b != 0xED, i &+ 2 < count, bytes[i &+ 1] & 0xC0 == 0x80, bytes[i &+ 2] & 0xC0 == 0x80 {
                    i &+= 3
                    continue
                }
                let length = utf8SequenceLength(at: i)
                if length == 0 { return }
                i &+= length
            }
            return
        }
    }

    /// Reads a `\u` escape (two for a surrogate pair) starting at its backslash and appends its UTF-8 to `out`.
    mutating func readUnicodeEscape(into out: inout [UInt8]) throws(JSONSyntaxError) {
        let escape = i
        guard bytes[i + 1] == 0x75, let unit = hex4(at: i + 2) else {
            throw failure(.invalidEscape(escapeText(at: escape)), at: escape)
        }
        i += 6
        let scalarValue: UInt32
        switch unit {
        case 0xD800...0xDBFF:
            guard i + 1 < bytes.count, bytes[i] == 0x5C, bytes[i + 1] == 0x75,
                  let low = hex4(at: i + 2), (0xDC00...0xDFFF).contains(low) else {
                throw failure(.loneSurrogate(escapeText(at: escape)), at: escape)
            }
            i += 6
            scalarValue = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
        case 0xDC00...0xDFFF:
            throw failure(.loneSurrogate(escapeText(at: escape)), at: escape)
        default:
            scalarValue = unit
        }
        // Surrogates were excluded above, so the scalar always exists; the guard only keeps this free of a trap.
        guard let scalar = Unicode.Scalar(scalarValue) else {
            throw failure(.loneSurrogate(escapeText(at: escape)), at: escape)
        }
        if let encoded = UTF8.encode(scalar) { out.append(contentsOf: encoded) }
    }

    /// The value of four hexadecimal digits at `offset`, or nil if they are not all there.
    func hex4(at offset: Int) -> UInt32? {
        guard offset + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for k in offset..<offset + 4 {
            let b = bytes[k]
            let digit: UInt8
            switch b {
            case 0x30...0x39: digit = b - 0x30
            case 0x41...0x46: digit = b - 0x41 + 10
            case 0x61...0x66: digit = b - 0x61 + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// The escape as written, for the message: the backslash, its letter and up to four hex digits after `\u`.
    func escapeText(at offset: Int) -> String {
        var end = min(offset + 2, bytes.count)
        if end == offset + 2, bytes[offset + 1] == 0x75 {
            while end < min(offset + 6, bytes.count), hex4Digit(bytes[end]) { end += 1 }
        } else if end == offset + 2, bytes[offset + 1] >= 0x80 {
            // Show the whole character after the backslash, not a fragment of its UTF-8.
            end = min(offset + 1 + max(1, utf8SequenceLength(at: offset + 1)), bytes.count)
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<end]), as: UTF8.self)
    }

    func hex4Digit(_ b: UInt8) -> Bool {
        (0x30...0x39).contains(b) || (0x41...0x46).contains(b) || (0x61...0x66).contains(b)
    }

    /// The length of the well-formed UTF-8 sequence starting at `offset`, or 0 if it is not well-formed.
    ///
    /// Follows the Unicode table of well-formed sequences, so overlong forms, surrogates and values past U+10FFFF are refused.
    func utf8SequenceLength(at offset: Int) -> Int {
        let lead = bytes[offset]
        switch lead {
        case 0x00...0x7F:
            return 1
        case 0xC2...0xDF:
            return continuation(offset + 1) ? 2 : 0
        case 0xE0:
            return continuation(offset + 1, 0xA0, 0xBF) && continuation(offset + 2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF:
            return continuation(offset + 1) && continuation(offset + 2) ? 3 : 0
        case 0xED:
            return continuation(offset + 1, 0x80, 0x9F) && continuation(offset + 2) ? 3 : 0
        case 0xF0:
            return continuation(offset + 1, 0x90, 0xBF) && continuation(offset + 2) && continuation(offset + 3) ? 4 : 0
        case 0xF1...0xF3:
            return continuation(offset + 1) && continuation(offset + 2) && continuation(offset + 3) ? 4 : 0
        case 0xF4:
            return continuation(offset + 1, 0x80, 0x8F) && continuation(offset + 2) && continuation(offset + 3) ? 4 : 0
        default:
            return 0
        }
    }

    /// Whether the byte at `k` exists and lies in `low...high`.
    func continuation(_ k: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
        k < bytes.count && bytes[k] >= low && bytes[k] <= high
    }

    // MARK: Numbers and literals

    /// Reads a number by the RFC 8259 grammar and converts its exact text with `Double(_:)`.
    mutating func readNumber() throws(JSONSyntaxError) -> Double {
        let start = i
        let count = bytes.count
        var k = i
        func isDigit(_ k: Int) -> Bool { k < count && bytes[k] >= 0x30 && bytes[k] <= 0x39 }
        var valid = true
        if k < count, bytes[k] == 0x2D { k += 1 }
        if k < count, bytes[k] == 0x30 {
            k += 1
        } else if isDigit(k) {
            while isDigit(k) { k += 1 }
        } else {
            valid = false
        }
        if valid, k < count, bytes[k] == 0x2E {
            k += 1
            if isDigit(k) { while isDigit(k) { k += 1 } } else { valid = false }
        }
        if valid, k < count, bytes[k] == 0x65 || bytes[k] == 0x45 {
            k += 1
            if k < count, bytes[k] == 0x2B || bytes[k] == 0x2D { k += 1 }
            if isDigit(k) { while isDigit(k) { k += 1 } } else { valid = false }
        }
        // Catches `01`, `1.2.3`, `1e5e5` and `12kg`, which the grammar alone would split into two values.
        if valid, k < count, isNumberByte(bytes[k]) || isWordByte(bytes[k]) { valid = false }
        guard valid else {
            var end = start + 1
            while end < count, end - start < 64, isNumberByte(bytes[end]) || isWordByte(bytes[end]) { end += 1 }
            throw failure(.invalidNumber(ascii(start, end)), at: start)
        }
        let lexeme = ascii(start, k)
        guard let number = Double(lexeme), number.isFinite else {
            throw failure(.numberOutOfRange(lexeme.count > 64 ? String(lexeme.prefix(64)) + "…" : lexeme), at: start)
        }
        i = k
        return number
    }

    func isNumberByte(_ b: UInt8) -> Bool {
        (0x30...0x39).contains(b) || b == 0x2E || b == 0x2B || b == 0x2D || b == 0x65 || b == 0x45
    }

    /// Reads a bare word, which must be `true`, `false` or `null`.
    mutating func readLiteral() throws(JSONSyntaxError) -> JSONValue {
        let start = i
        var end = i
        // Stop after 65 bytes: a longer word is wrong anyway, and its message shows only the start.
        while end < bytes.count, end - start <= 64, isWordByte(bytes[end]) { end += 1 }
        let word = ascii(start, min(end, start + 64))
        switch word {
        case "true": i = end; return .bool(true)
        case "false": i = end; return .bool(false)
        case "null": i = end; return .null
        default: throw failure(.invalidLiteral(end - start > 64 ? word + "…" : word), at: start)
        }
    }

    func isWordByte(_ b: UInt8) -> Bool {
        (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) || b == 0x5F
    }

    /// The bytes from `start` to `end` as text; only called on ASCII runs.
    func ascii(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    // MARK: Positions and errors

    /// The position of the byte at `offset` on the current line, counted on from the last position asked for.
    mutating func position(_ offset: Int) -> TextPosition {
        if markOffset < lineStart || markOffset > offset {
            markOffset = lineStart
            markColumn = 1
        }
        var column = markColumn
        var k = markOffset
        while k < offset {
            // Counting the bytes that start a scalar counts scalars.
            if bytes[k] & 0xC0 != 0x80 { column &+= 1 }
            k &+= 1
        }
        markOffset = offset
        markColumn = column
        return TextPosition(line: line, column: column)
    }

    func failure(_ problem: JSONSyntaxError.Problem, at offset: Int) -> JSONSyntaxError {
        failure(problem, at: offset, line: line, lineStart: lineStart)
    }

    func failure(_ problem: JSONSyntaxError.Problem, at offset: Int, line: Int, lineStart: Int) -> JSONSyntaxError {
        var column = 1
        for k in lineStart..<max(lineStart, offset) where bytes[k] & 0xC0 != 0x80 {
            column += 1
        }
        return JSONSyntaxError(problem, at: TextPosition(line: line, column: column), byteOffset: offset)
    }

    /// The error for a character that cannot stand at `offset`, or for invalid UTF-8 if there is no character there.
    func characterFailure(at offset: Int, expected: Expectation) -> JSONSyntaxError {
        guard let found = character(at: offset) else { return failure(.invalidUTF8, at: offset) }
        return failure(.unexpectedCharacter(found, expected: expected), at: offset)
    }

    /// The Unicode scalar at `offset` as text, or nil if the bytes there are not UTF-8.
    func character(at offset: Int) -> String? {
        let length = utf8SequenceLength(at: offset)
        guard length > 0 else { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<offset + length]), as: UTF8.self)
    }
}
