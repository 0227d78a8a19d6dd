import FoundationEssentials
import JSON
import Knowledge

// Kept in AdvisorCore, apart from the parser: the JSON module knows no languages, so its errors' words, in both, live here.
extension JSONSyntaxError: LocalizedError {
    public var errorDescription: String? { message(in: .en) }
}

extension JSONSyntaxError: ReportableError {
    /// The message in `language`: where the problem is, what it is, and how to fix it.
    public func message(in language: Language) -> String {
        phrase.text(language)
    }

    /// `line:column` in the text; the parser never knows the file's name, so whoever does prefixes it.
    public var location: String? {
        "\(position.line):\(position.column)"
    }

    public var exitCode: Int32 { ExitCode.dataError }

    /// The whole message in both languages, for messages that embed it.
    var phrase: Bilingual {
        JSONSyntaxPhrases.located(position, what)
    }

    private var what: Bilingual {
        typealias P = JSONSyntaxPhrases
        switch problem {
        case .empty:
            return P.empty
        case let .unexpectedCharacter(c, expected):
            return P.unexpected(Self.show(c), expected: P.expectation(expected), hint: Self.hint(for: c, expected: expected))
        case .unexpectedEnd(.closingQuote):
            return P.endsInsideString
        case let .unexpectedEnd(expected):
            return P.endsEarly(expected: P.expectation(expected))
        case .invalidUTF8:
            return P.invalidUTF8
        case let .numberOutOfRange(n):
            return P.numberOutOfRange(Self.clip(n))
        case let .invalidNumber(n):
            return P.invalidNumber(Self.clip(n))
        case let .invalidLiteral(w):
            return P.invalidLiteral(Self.clip(w))
        case let .invalidEscape(e):
            return P.invalidEscape(Self.clip(e))
        case let .loneSurrogate(e):
            return P.loneSurrogate(e)
        case .controlCharacterInString(0x0A), .controlCharacterInString(0x0D):
            return P.rawLineBreak
        case .controlCharacterInString(0x09):
            return P.rawTab
        case let .controlCharacterInString(b):
            return P.controlCharacter(Self.codePoint(UInt32(b)), escape: "\\u" + Self.hex4(UInt32(b)))
        case let .duplicateKey(key, first):
            return P.duplicateKey(Self.clip(key), firstAt: first)
        case .trailingComma:
            return P.trailingComma
        case let .tooDeep(limit):
            return P.tooDeep(limit)
        case let .trailingContent(c):
            return P.trailingContent(Self.show(c))
        }
    }

    /// How to fix the mistakes people actually make when writing JSON by hand.
    private static func hint(for character: String, expected: Expectation) -> Bilingual {
        guard let scalar = character.unicodeScalars.first else { return JSONSyntaxPhrases.noHint }
        switch scalar.value {
        case 0x27:
            return JSONSyntaxPhrases.useDoubleQuotes
        case 0x2F, 0x23:
            return JSONSyntaxPhrases.noComments
        case 0x201C, 0x201D, 0x2018, 0x2019, 0x201E, 0xFF02:
            return JSONSyntaxPhrases.usePlainQuote
        case 0xFF01...0xFF5E, 0x3001:
            // Full-width punctuation from a Chinese input method: name the ASCII character meant.
            let ascii = scalar.value == 0x3001 ? "," : String(Character(Unicode.Scalar(UInt8(scalar.value - 0xFEE0))))
            return JSONSyntaxPhrases.useHalfWidth(ascii)
        case _ where (expected == .key || expected == .keyOrObjectEnd) && (scalar.properties.isAlphabetic || scalar == "_"):
            return JSONSyntaxPhrases.quoteMemberNames
        default:
            return JSONSyntaxPhrases.noHint
        }
    }

    /// The character quoted for a message, or its code point when it would be invisible.
    private static func show(_ character: String) -> Bilingual {
        if let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1,
           scalar.value < 0x21 || (0x7F...0xA0).contains(scalar.value) || scalar.properties.isWhitespace
            || scalar.properties.generalCategory == .format {
            return JSONSyntaxPhrases.invisible(codePoint(scalar.value))
        }
        return JSONSyntaxPhrases.quoted(character)
    }

    private static func codePoint(_ value: UInt32) -> String {
        "U+" + hex4(value)
    }

    private static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// Keeps a message readable when the offending text is a 100 MB number or name; control characters are escaped.
    private static func clip(_ text: String) -> String {
        var out = ""
        for (n, scalar) in text.unicodeScalars.enumerated() {
            if n == 40 { return out + "…" }
            if scalar.value < 0x20 || scalar.value == 0x7F {
                out += "\\u" + hex4(scalar.value)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
