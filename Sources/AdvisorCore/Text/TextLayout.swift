/// Terminal text measurement and wrapping that respects double-width Chinese characters.
public enum TextLayout {
    /// The number of terminal columns `text` occupies.
    public static func displayWidth(_ text: some StringProtocol) -> Int {
        if let simple = text.utf8.withContiguousStorageIfAvailable(simpleWidth) ?? simpleWidth(Array(text.utf8)) {
            return simple
        }
        return text.reduce(0) { $0 + width(of: $1) }
    }

    /// The columns one character occupies: 2 for East Asian wide and full-width forms, 0 for controls.
    static func width(of character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        return width(ofFirst: scalar.value)
    }

    /// The columns of a character whose first scalar is `v`.
    static func width(ofFirst v: UInt32) -> Int {
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
        if isWide(v) { return 2 }
        return 1
    }

    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            true
        default:
            false
        }
    }

    /// The width of text in which every scalar is a character of its own, or nil when one may not be.
    private static func simpleWidth(_ utf8: UnsafeBufferPointer<UInt8>) -> Int? {
        var total = 0
        var offset = 0
        while offset < utf8.count {
            // ASCII, most of a card, answered from the byte: a CR may join an LF; controls take no column.
            let byte = utf8[offset]
            if byte < 0x80 {
                if byte == 0x0D { return nil }
                total += byte < 0x20 || byte == 0x7F ? 0 : 1
                offset += 1
                continue
            }
            let (value, length) = scalar(in: utf8, at: offset)
            guard standsAlone(value) else { return nil }
            total += width(ofFirst: value)
            offset += length
        }
        return total
    }

    private static func simpleWidth(_ utf8: [UInt8]) -> Int? {
        utf8.withUnsafeBufferPointer(simpleWidth)
    }

    /// The scalar whose UTF-8 starts at `offset`, and how many bytes it takes.
    ///
    /// Read straight from the bytes: a string's UTF-8 is always well formed, and walking its `unicodeScalars` view cost
    /// most of measuring a card line.
    @inline(__always)
    private static func scalar(in utf8: UnsafeBufferPointer<UInt8>, at offset: Int) -> (value: UInt32, length: Int) {
        let lead = UInt32(utf8[offset])
        if lead < 0x80 { return (lead, 1) }
        func continuation(_ n: Int) -> UInt32 { UInt32(utf8[offset + n]) & 0x3F }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | continuation(1), 2) }
        if lead < 0xF0 { return ((lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2), 3) }
        return ((lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3), 4)
    }

    /// Whether a scalar is always a character of its own: it neither joins the one before it nor takes the one after.
    ///
    /// Card text is Latin, Chinese and our own punctuation and box drawing, all of which stand alone; walking it by
    /// scalar instead of by character (grapheme breaking) made laying out a card several times cheaper. Anything that
    /// may combine (marks, joiners, variation selectors, emoji, Hangul jamo, CR before LF) sends the text the slow way.
    static func standsAlone(_ v: UInt32) -> Bool {
        switch v {
        case 0x0D: false
        case 0x00..<0x300: true
        case 0x2010...0x2027, 0x2030...0x205E: true
        case 0x2190...0x21FF, 0x2500...0x259F, 0x25A0...0x25FF: true
        case 0x2E80...0x3029, 0x3030...0x3098, 0x309B...0x33FF: true
        case 0x3400...0x4DBF, 0x4E00...0x9FFF: true
        case 0xFF01...0xFF60, 0xFFE0...0xFFE6: true
        default: false
        }
    }

    /// Punctuation that must not begin a line in Chinese typesetting, so it stays with the text before it.
    static let noLineStart: Set<Character> = ["，", "。", "、", "；", "：", "？", "！", "）", "」", "』", "”", "’", "》", "…", ",", ".", ";", ":", "?", "!", ")"]

    /// Opening marks that must not end a line, so they stay with the text after them.
    static let noLineEnd: Set<Character> = ["“", "‘", "（", "《", "「", "『", "("]

    /// Whether a character is one of `noLineStart`, by its one scalar: none of them has another canonical spelling, so a
    /// character equals one exactly when it is that scalar alone. Hashing every character into the set cost more than
    /// laying out the rest of the card.
    static func mayNotStartLine(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        guard let scalar = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return false }
        return mayNotStartLine(scalar: scalar.value)
    }

    /// Whether a character is one of `noLineEnd`, by its one scalar, for the same reason as `mayNotStartLine`.
    static func mayNotEndLine(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        guard let scalar = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return false }
        return mayNotEndLine(scalar: scalar.value)
    }

    private static func mayNotEndLine(scalar v: UInt32) -> Bool {
        switch v {
        case 0x201C, 0x2018, 0xFF08, 0x300A, 0x300C, 0x300E, 0x28: true
        default: false
        }
    }

    private static func mayNotStartLine(scalar v: UInt32) -> Bool {
        switch v {
        case 0xFF0C, 0x3002, 0x3001, 0xFF1B, 0xFF1A, 0xFF1F, 0xFF01, 0xFF09, 0x300D, 0x300F, 0x201D, 0x2019, 0x300B, 0x2026,
             0x2C, 0x2E, 0x3B, 0x3A, 0x3F, 0x21, 0x29:
            true
        default:
            false
        }
    }

    /// One character of the text being laid out: where its bytes sit in the text's UTF-8, and what layout asks of it.
    private struct Glyph {
        var start: Int
        var end: Int
        var width: Int
        /// The character's scalar when it has only one; layout's rules name single scalars only.
        var scalar: UInt32?

        var isSpace: Bool { scalar == 0x20 || scalar == 0x09 || scalar == 0x0A }
        var isASCIIDigit: Bool { scalar.map { (0x30...0x39).contains($0) } ?? false }
        var mayNotStartLine: Bool { scalar.map(TextLayout.mayNotStartLine(scalar:)) ?? false }
        var mayNotEndLine: Bool { scalar.map(TextLayout.mayNotEndLine(scalar:)) ?? false }
    }

    /// The characters of `text` with their byte ranges in `bytes`, by scalar when every one stands alone.
    private static func glyphs(_ text: String, bytes: [UInt8]) -> [Glyph] {
        var result: [Glyph] = []
        result.reserveCapacity(bytes.count)
        var offset = 0
        let byScalar = bytes.withUnsafeBufferPointer { utf8 in
            var scan = 0
            while scan < utf8.count {
                let (value, length) = scalar(in: utf8, at: scan)
                guard standsAlone(value) else { return false }
                scan += length
            }
            while offset < utf8.count {
                let (value, length) = scalar(in: utf8, at: offset)
                result.append(Glyph(start: offset, end: offset + length, width: width(ofFirst: value), scalar: value))
                offset += length
            }
            return true
        }
        if !byScalar {
            for character in text {
                let end = offset + character.utf8.count
                let scalars = character.unicodeScalars
                let single = scalars.index(after: scalars.startIndex) == scalars.endIndex
                result.append(Glyph(start: offset, end: end, width: width(of: character),
                                    scalar: single ? scalars.first?.value : nil))
                offset = end
            }
        }
        return result
    }

    /// A piece a line may break before: a run of glyphs, and whether white space came before it.
    private struct Token {
        var glyphs: Range<Int>
        var width: Int
        var spaceBefore: Bool
    }

    /// Splits text into pieces a line may break between: Latin words, and single Chinese characters.
    private static func tokens(_ glyphs: [Glyph]) -> [Token] {
        var result: [Token] = []
        var pendingSpace = false
        var current = 0..<0
        var currentWidth = 0
        var currentSpace = false
        // The current token ends with an opening mark: the next character joins it.
        var glued = false
        func flush() {
            if !current.isEmpty {
                result.append(Token(glyphs: current, width: currentWidth, spaceBefore: currentSpace))
                currentWidth = 0
            }
            current = current.upperBound..<current.upperBound
        }
        func take(_ index: Int, _ glyph: Glyph) {
            if current.isEmpty { current = index..<index }
            current = current.lowerBound..<(index + 1)
            currentWidth += glyph.width
        }
        for (index, glyph) in glyphs.enumerated() {
            if glyph.isSpace {
                flush()
                pendingSpace = true
                glued = false
                continue
            }
            let w = glyph.width
            if glued {
                take(index, glyph)
                glued = glyph.mayNotEndLine
                pendingSpace = false
                continue
            }
            if glyph.mayNotStartLine {
                if current.isEmpty, !pendingSpace, let last = result.popLast() {
                    current = last.glyphs
                    currentWidth = last.width
                    currentSpace = last.spaceBefore
                }
                if current.isEmpty { currentSpace = pendingSpace && !result.isEmpty }
                take(index, glyph)
                pendingSpace = false
                continue
            }
            // A number keeps the first Chinese character after it, its unit ("300元", "24小时"), on its line.
            let last = current.isEmpty ? nil : glyphs[current.upperBound - 1]
            let unitAfterNumber = w == 2 && (last?.isASCIIDigit ?? false)
            if !unitAfterNumber && (w == 2 || last?.width == 2 || glyph.mayNotEndLine) {
                flush()
            }
            if current.isEmpty {
                currentSpace = pendingSpace && !result.isEmpty
            }
            take(index, glyph)
            pendingSpace = false
            glued = glyph.mayNotEndLine
        }
        flush()
        return result
    }

    /// Wraps text to lines no wider than `width` columns.
    /// - Parameters:
    ///   - text: The text to wrap; runs of white space count as one break.
    ///   - width: The widest a line may be, indent included.
    ///   - indent: Put before the first line.
    ///   - hangingIndent: Put before every later line; defaults to spaces as wide as `indent`.
    /// - Returns: The lines, without newlines.
    public static func wrap(_ text: String, width: Int, indent: String = "", hangingIndent: String? = nil) -> [String] {
        let rest = hangingIndent ?? String(repeating: " ", count: displayWidth(indent))
        let restBytes = Array(rest.utf8), restWidth = displayWidth(rest)
        let bytes = Array(text.utf8)
        let glyphs = glyphs(text, bytes: bytes)
        var lines: [String] = []
        var line = Array(indent.utf8)
        var lineWidth = displayWidth(indent)
        var lineHasText = false
        func breakLine() {
            lines.append(String(decoding: line, as: UTF8.self))
            line = restBytes
            lineWidth = restWidth
        }
        for token in tokens(glyphs) {
            let gap = (lineHasText && token.spaceBefore) ? 1 : 0
            if lineHasText && lineWidth + gap + token.width > width {
                breakLine()
                lineHasText = false
            }
            if lineHasText && token.spaceBefore {
                line.append(0x20)
                lineWidth += 1
            }
            if !lineHasText && lineWidth + token.width > width {
                // A single word wider than the line: cut it by characters rather than overflow.
                for glyph in glyphs[token.glyphs] {
                    if lineHasText && lineWidth + glyph.width > width { breakLine() }
                    line += bytes[glyph.start..<glyph.end]
                    lineWidth += glyph.width
                    lineHasText = true
                }
                continue
            }
            line += bytes[glyphs[token.glyphs.lowerBound].start..<glyphs[token.glyphs.upperBound - 1].end]
            lineWidth += token.width
            lineHasText = true
        }
        if lineHasText || lines.isEmpty { lines.append(String(decoding: line, as: UTF8.self)) }
        return lines
    }

    /// Pads `text` with spaces to `width` columns (no truncation).
    public static func pad(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - displayWidth(text)))
    }

    /// Cuts `text` to at most `width` columns, ending with "…" when something was cut.
    public static func truncate(_ text: String, to width: Int) -> String {
        let bytes = Array(text.utf8)
        if let simple = simpleWidth(bytes) {
            // Every scalar is a character of its own: one walk over the bytes finds the cut, with no glyphs built.
            guard simple > width else { return text }
            var used = 0, end = 0
            bytes.withUnsafeBufferPointer { utf8 in
                while end < utf8.count {
                    let (value, length) = scalar(in: utf8, at: end)
                    let columns = Self.width(ofFirst: value)
                    if used + columns > width - 1 { break }
                    used += columns
                    end += length
                }
            }
            return String(decoding: bytes[..<end], as: UTF8.self) + "…"
        }
        guard displayWidth(text) > width else { return text }
        var used = 0
        var end = 0
        for glyph in glyphs(text, bytes: bytes) {
            if used + glyph.width > width - 1 { break }
            used += glyph.width
            end = glyph.end
        }
        return String(decoding: bytes[..<end], as: UTF8.self) + "…"
    }
}
