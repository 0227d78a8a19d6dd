/// Terminal text measurement and wrapping that respects double-width Chinese characters.
public enum TextLayout {
    /// The number of terminal columns `text` occupies.
    public static func displayWidth(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + width(of: $1) }
    }

    /// The columns one character occupies: 2 for East Asian wide and full-width forms, 0 for controls.
    static func width(of character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        let v = scalar.value
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
        switch scalar.value {
        case 0xFF0C, 0x3002, 0x3001, 0xFF1B, 0xFF1A, 0xFF1F, 0xFF01, 0xFF09, 0x300D, 0x300F, 0x201D, 0x2019, 0x300B, 0x2026,
             0x2C, 0x2E, 0x3B, 0x3A, 0x3F, 0x21, 0x29:
            return true
        default:
            return false
        }
    }

    private struct Token {
        var text: String
        var width: Int
        var spaceBefore: Bool
    }

    /// Splits text into pieces a line may break between: Latin words, and single Chinese characters.
    private static func tokens(_ text: String) -> [Token] {
        var result: [Token] = []
        var pendingSpace = false
        var current = ""
        var currentWidth = 0
        var currentSpace = false
        // The current token ends with an opening mark: the next character joins it.
        var glued = false
        func flush() {
            if !current.isEmpty {
                result.append(Token(text: current, width: currentWidth, spaceBefore: currentSpace))
                current = ""
                currentWidth = 0
            }
        }
        for character in text {
            if character == " " || character == "\t" || character == "\n" {
                flush()
                pendingSpace = true
                glued = false
                continue
            }
            let w = width(of: character)
            if glued {
                current.append(character)
                currentWidth += w
                glued = noLineEnd.contains(character)
                pendingSpace = false
                continue
            }
            if mayNotStartLine(character) {
                if current.isEmpty, !pendingSpace, let last = result.popLast() {
                    current = last.text
                    currentWidth = last.width
                    currentSpace = last.spaceBefore
                }
                if current.isEmpty { currentSpace = pendingSpace && !result.isEmpty }
                current.append(character)
                currentWidth += w
                pendingSpace = false
                continue
            }
            // A number keeps the first Chinese character after it, its unit ("300元", "24小时"), on its line.
            let unitAfterNumber = w == 2 && (current.last?.isASCII ?? false) && (current.last?.isNumber ?? false)
            if !unitAfterNumber && (w == 2 || (current.last.map { width(of: $0) == 2 } ?? false) || noLineEnd.contains(character)) {
                flush()
            }
            if current.isEmpty {
                currentSpace = pendingSpace && !result.isEmpty
            }
            current.append(character)
            currentWidth += w
            pendingSpace = false
            glued = noLineEnd.contains(character)
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
        var lines: [String] = []
        var line = indent
        var lineWidth = displayWidth(indent)
        var lineHasText = false
        for token in tokens(text) {
            let gap = (lineHasText && token.spaceBefore) ? 1 : 0
            if lineHasText && lineWidth + gap + token.width > width {
                lines.append(line)
                line = rest
                lineWidth = displayWidth(rest)
                lineHasText = false
            }
            if lineHasText && token.spaceBefore {
                line += " "
                lineWidth += 1
            }
            if !lineHasText && lineWidth + token.width > width {
                // A single word wider than the line: cut it by characters rather than overflow.
                for character in token.text {
                    let w = TextLayout.width(of: character)
                    if lineHasText && lineWidth + w > width {
                        lines.append(line)
                        line = rest
                        lineWidth = displayWidth(rest)
                    }
                    line.append(character)
                    lineWidth += w
                    lineHasText = true
                }
                continue
            }
            line += token.text
            lineWidth += token.width
            lineHasText = true
        }
        if lineHasText || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// Pads `text` with spaces to `width` columns (no truncation).
    public static func pad(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - displayWidth(text)))
    }

    /// Cuts `text` to at most `width` columns, ending with "…" when something was cut.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard displayWidth(text) > width else { return text }
        var result = ""
        var used = 0
        for character in text {
            let w = TextLayout.width(of: character)
            if used + w > width - 1 { break }
            result.append(character)
            used += w
        }
        return result + "…"
    }
}
