import Knowledge

/// The order or ticket id an intake is filed under: what ties a customer's calls together in the audit log.
///
/// It is matched exactly, as typed, so it is checked rather than tidied: a key changed quietly (trimmed, folded to
/// lower case) could tie two customers' calls together or keep one customer's apart.
public enum CaseKey {
    /// The most characters a key may have; order and ticket ids run to about thirty.
    public static let longest = 64

    /// Why a text is not a case key.
    public enum Problem: Equatable, Sendable {
        case empty
        /// Longer than `longest`, with its length in characters.
        case tooLong(Int)
        /// A control, format or unassigned character at a 1-based character position: not something to type or see.
        case unprintable(position: Int, scalar: UInt32)
        /// A space at the start or the end, which nobody sees and a later call would not type.
        case spaceAtEdge
    }

    /// What is wrong with `key` as a case key, or nil when it is one.
    public static func problem(_ key: String) -> Problem? {
        guard let first = key.unicodeScalars.first, let last = key.unicodeScalars.last else { return .empty }
        var count = 0
        for scalar in key.unicodeScalars {
            count += 1
            if !isPrintable(scalar) { return .unprintable(position: count, scalar: scalar.value) }
        }
        if count > longest { return .tooLong(count) }
        if first.properties.isWhitespace || last.properties.isWhitespace { return .spaceAtEdge }
        return nil
    }

    /// Letters, marks, digits, punctuation, symbols and spaces; not controls, format characters, line or paragraph
    /// separators, private-use, surrogate or unassigned code points.
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .privateUse, .surrogate, .unassigned: false
        default: true
        }
    }
}

extension CaseKey.Problem {
    /// What is wrong and how to fix it, in both languages.
    public var phrase: Bilingual {
        switch self {
        case .empty: CaseKeyPhrases.empty
        case let .tooLong(count): CaseKeyPhrases.tooLong(count)
        case let .unprintable(position, scalar): CaseKeyPhrases.unprintable(position: position, code: Self.code(scalar))
        case .spaceAtEdge: CaseKeyPhrases.spaceAtEdge
        }
    }

    /// A code point as Unicode writes it, U+0007.
    static func code(_ scalar: UInt32) -> String {
        let digits = String(scalar, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}

/// Every phrase about a case key, in both languages, named by what it says.
enum CaseKeyPhrases {
    static let empty = Bilingual(zh: "案件编号是空的；请填订单号或工单号，没有就不填这一项",
                                 en: "the case key is empty; give the order or ticket id, or leave the key out")
    static func tooLong(_ count: Int) -> Bilingual {
        Bilingual(zh: "案件编号有 \(count) 个字符，最多 \(CaseKey.longest) 个；请只填订单号或工单号本身",
                  en: "the case key is \(count) characters long, more than \(CaseKey.longest); give the order or ticket id alone")
    }
    static func unprintable(position: Int, code: String) -> Bilingual {
        Bilingual(zh: "案件编号第 \(position) 个字符（\(code)）是看不见的控制或格式字符；请照单据上印的重新输入",
                  en: "character \(position) of the case key (\(code)) is an invisible control or format character; type the id as printed")
    }
    static let spaceAtEdge = Bilingual(zh: "案件编号开头或结尾有空格；请去掉，下次来电才能对上",
                                       en: "the case key starts or ends with a space; remove it, so a later call finds the same key")
}
