import JSON
import Knowledge

/// Every text the JSON parser's errors say, in both languages, named by what it says; payloads arrive clipped.
enum JSONSyntaxPhrases {
    static func located(_ position: TextPosition, _ what: Bilingual) -> Bilingual {
        Bilingual(zh: "\(position.text(.zh))：\(what.zh)", en: "\(position.text(.en)): \(what.en)")
    }

    static let empty = Bilingual(zh: "文本为空；须包含一个 JSON 值，例如 {}", en: "the text is empty; it must hold one JSON value, such as {}")

    static func unexpected(_ character: Bilingual, expected: Bilingual, hint: Bilingual) -> Bilingual {
        Bilingual(zh: "\(expected.zh)，却是\(character.zh)\(hint.zh)", en: "\(expected.en), found \(character.en)\(hint.en)")
    }

    static let endsInsideString = Bilingual(zh: "文本在字符串中间结束；请补上结尾的“\"”", en: "the text ends inside a string; add the closing '\"'")

    static func endsEarly(expected: Bilingual) -> Bilingual {
        Bilingual(zh: "文本提前结束：\(expected.zh)；可能缺少右括号", en: "the text ends too early: \(expected.en); a closing bracket may be missing")
    }

    static let invalidUTF8 = Bilingual(zh: "此处的字节不是有效的 UTF-8；请把文件另存为 UTF-8 编码",
                                       en: "these bytes are not valid UTF-8; save the file with UTF-8 encoding")

    static func numberOutOfRange(_ number: String) -> Bilingual {
        Bilingual(zh: "数字 \(number) 超出范围（绝对值超过 1.8e308）；请改用较小的数",
                  en: "number \(number) is out of range (beyond ±1.8e308); use a smaller number")
    }

    static func invalidNumber(_ number: String) -> Bilingual {
        Bilingual(zh: "“\(number)”不是有效的 JSON 数字；请写成 12、-3.5 或 1e6 这样的形式（不能有前导零或“+”号，小数点两边都要有数字）",
                  en: "'\(number)' is not a valid JSON number; write numbers like 12, -3.5 or 1e6 "
                      + "(no leading zeros, no '+' sign, digits on both sides of '.')")
    }

    static func invalidLiteral(_ word: String) -> Bilingual {
        Bilingual(zh: "“\(word)”不是 JSON 的值；请用小写的 true、false 或 null，文字须加双引号",
                  en: "'\(word)' is not a JSON value; write true, false or null in lowercase, or put text in double quotes")
    }

    static func invalidEscape(_ escape: String) -> Bilingual {
        Bilingual(zh: "“\(escape)”不是有效的转义；可用 \\\" \\\\ \\/ \\b \\f \\n \\r \\t 或 \\u 加四位十六进制数（反斜杠本身须写成两个）",
                  en: "'\(escape)' is not a valid escape; use \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u and four hex digits "
                      + "(to write a backslash, double it)")
    }

    static func loneSurrogate(_ escape: String) -> Bilingual {
        Bilingual(zh: "“\(escape)”是不成对的 UTF-16 代理项；请写出完整的一对（如 \\uD83D\\uDE00），或直接写该字符",
                  en: "'\(escape)' is half of a UTF-16 surrogate pair without the other half; "
                      + "write the whole pair (such as \\uD83D\\uDE00) or the character itself")
    }

    static let rawLineBreak = Bilingual(zh: "字符串中不能直接换行；请写成 \\n，或补上缺少的结尾“\"”",
                                        en: "a string cannot contain a raw line break; write \\n, or add the missing closing '\"'")
    static let rawTab = Bilingual(zh: "字符串中不能直接包含制表符；请写成 \\t", en: "a string cannot contain a raw tab; write \\t")

    static func controlCharacter(_ codePoint: String, escape: String) -> Bilingual {
        Bilingual(zh: "字符串中不能包含控制字符 \(codePoint)；请写成 \(escape)",
                  en: "a string cannot contain the control character \(codePoint); write it as \(escape)")
    }

    static func duplicateKey(_ key: String, firstAt first: TextPosition) -> Bilingual {
        Bilingual(zh: "本对象中成员名“\(key)”重复出现（第一次在\(first.text(.zh))）；请只保留一个",
                  en: "the member name '\(key)' already occurs in this object at \(first.text(.en)); keep only one")
    }

    static let trailingComma = Bilingual(zh: "右括号前不能有多余的“,”；请删去这个逗号", en: "a ',' cannot come right before a closing bracket; remove this ','")

    static func tooDeep(_ limit: Int) -> Bilingual {
        Bilingual(zh: "数组和对象在此嵌套超过 \(limit) 层；请减少嵌套", en: "arrays and objects nest more than \(limit) levels deep here; flatten the structure")
    }

    static func trailingContent(_ character: Bilingual) -> Bilingual {
        Bilingual(zh: "JSON 值结束后还有多余内容\(character.zh)；一个文件只能有一个值，请删去多余部分，或把多个值放进一个数组",
                  en: "\(character.en) follows the end of the JSON value; a document holds one value, "
                      + "so remove the extra text or put all the values in an array")
    }

    /// What the parser was looking for, as the messages say it.
    static func expectation(_ expectation: JSONSyntaxError.Expectation) -> Bilingual {
        switch expectation {
        case .value: Bilingual(zh: "此处应为一个值（对象、数组、字符串、数字、true、false 或 null）",
                               en: "expected a value (an object, array, string, number, true, false or null)")
        case .valueOrArrayEnd: Bilingual(zh: "此处应为一个值或“]”", en: "expected a value or ']'")
        case .keyOrObjectEnd: Bilingual(zh: "此处应为双引号括起的成员名或“}”", en: "expected a member name in double quotes or '}'")
        case .key: Bilingual(zh: "“,”之后应为双引号括起的成员名", en: "expected a member name in double quotes after ','")
        case .colon: Bilingual(zh: "成员名之后应为“:”", en: "expected ':' after the member name")
        case .commaOrArrayEnd: Bilingual(zh: "数组元素后应为“,”或“]”", en: "expected ',' or ']' after an array element")
        case .commaOrObjectEnd: Bilingual(zh: "对象成员后应为“,”或“}”", en: "expected ',' or '}' after an object member")
        case .closingQuote: Bilingual(zh: "字符串应以“\"”结尾", en: "expected the closing '\"' of the string")
        }
    }

    static let noHint = Bilingual(zh: "", en: "")
    static let useDoubleQuotes = Bilingual(zh: "；JSON 的字符串和成员名须用双引号", en: "; JSON strings and member names need double quotes")
    static let noComments = Bilingual(zh: "；JSON 不允许注释", en: "; JSON allows no comments")
    static let usePlainQuote = Bilingual(zh: "；请改用半角（英文）双引号 \"", en: "; use the plain ASCII double quote \"")

    static func useHalfWidth(_ ascii: String) -> Bilingual {
        Bilingual(zh: "；请改用半角（英文）符号“\(ascii)”", en: "; use the ASCII (half-width) '\(ascii)'")
    }

    static let quoteMemberNames = Bilingual(zh: "；成员名须加双引号，例如 \"name\"", en: "; member names need double quotes, such as \"name\"")

    /// A character that would not show, named by its code point.
    static func invisible(_ codePoint: String) -> Bilingual {
        Bilingual(zh: "字符 \(codePoint)", en: codePoint)
    }

    static func quoted(_ character: String) -> Bilingual {
        Bilingual(zh: "“\(character)”", en: "'\(character)'")
    }
}

extension TextPosition: CustomStringConvertible {
    /// The position as the English messages write it, e.g. "line 3, column 14".
    public var description: String { text(.en) }

    /// The position as the error messages write it, e.g. "line 3, column 14" or "第 3 行第 14 列".
    public func text(_ language: Language) -> String {
        switch language {
        case .zh: "第 \(line) 行第 \(column) 列"
        case .en: "line \(line), column \(column)"
        }
    }
}

extension JSONNode {
    /// The kind in English for messages such as "expected a number, found a string": "object", "array", "string", "number", "boolean" or "null".
    public var kindName: String { kindName(in: .en) }

    /// The kind named in `language`, e.g. "string" or "字符串".
    public func kindName(in language: Language) -> String {
        let name: Bilingual = switch value {
        case .null: Bilingual(zh: "null", en: "null")
        case .bool: Bilingual(zh: "布尔值", en: "boolean")
        case .number: Bilingual(zh: "数字", en: "number")
        case .string: Bilingual(zh: "字符串", en: "string")
        case .array: Bilingual(zh: "数组", en: "array")
        case .object: Bilingual(zh: "对象", en: "object")
        }
        return name.text(language)
    }
}
