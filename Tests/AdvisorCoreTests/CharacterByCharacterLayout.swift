@testable import AdvisorCore

/// The layout as it was written first, character by character (grapheme breaking): the oracle the faster layout must match.
enum CharacterByCharacterLayout {
    static func displayWidth(_ text: String) -> Int { text.reduce(0) { $0 + TextLayout.width(of: $1) } }

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
            let w = TextLayout.width(of: character)
            if glued {
                current.append(character)
                currentWidth += w
                glued = TextLayout.noLineEnd.contains(character)
                pendingSpace = false
                continue
            }
            if TextLayout.noLineStart.contains(character) {
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
            if !unitAfterNumber && (w == 2 || (current.last.map { TextLayout.width(of: $0) == 2 } ?? false) || TextLayout.noLineEnd.contains(character)) {
                flush()
            }
            if current.isEmpty {
                currentSpace = pendingSpace && !result.isEmpty
            }
            current.append(character)
            currentWidth += w
            pendingSpace = false
            glued = TextLayout.noLineEnd.contains(character)
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
    static func wrap(_ text: String, width: Int, indent: String = "", hangingIndent: String? = nil) -> [String] {
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

    static func truncate(_ text: String, to width: Int) -> String {
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
