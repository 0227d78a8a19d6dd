import JSON
import Knowledge

/// One thing wrong in a data file, with where it is: the JSON path and the line and column.
public struct DataProblem: Equatable, Sendable {
    /// The JSON path, e.g. `$.categories["product-quality"].caps.agent`.
    public let path: String
    /// Where in the file the offending value (or the object missing a field) starts.
    public let position: TextPosition?
    public let kind: Kind

    /// What is wrong.
    public enum Kind: Equatable, Sendable {
        /// The text is not JSON at all.
        case syntax(JSONSyntaxError)
        /// A required field is absent.
        case missing
        /// The value has the wrong JSON type.
        case wrongType(expected: Expected, found: String)
        /// A number below zero where only zero or more makes sense.
        case negative(Double)
        /// A number outside its allowed range.
        case outOfRange(Double, range: ClosedRange<Double>)
        /// A whole number was expected.
        case notWhole(Double)
        /// A field the format does not have; `suggestion` is the closest one it does.
        case unknownField(suggestion: String?)
        /// A name that is not one of the allowed values.
        case unknownName(String, allowed: [String])
        /// A lower bound above its upper bound.
        case minAboveMax(minField: String, minimum: Double, maxField: String, maximum: Double)
        /// A tier's value is below the value of the tier under it.
        case fallsUpTiers(lowerTier: String, lowerValue: Double, tier: String, value: Double)
        /// A list given twice the same name.
        case duplicate(String)
        /// A list that must not be empty is.
        case empty
        /// A text field that must not be blank is.
        case blank
        /// A jurisdiction that is not a two-letter ISO 3166 country code.
        case notACountryCode(String)
        /// A saved answer its question would not take, with the question's own reason.
        case notAnAnswer(String, Questionnaire.AnswerProblem)
        /// A case key that cannot be matched reliably: empty, too long, unprintable or with a space at an edge.
        case notACaseKey(CaseKey.Problem)
    }

    /// The JSON types a field can expect.
    public enum Expected: String, Equatable, Sendable {
        case object, array, string, number, boolean
        case wholeNumber = "whole number"
    }

    /// Creates a problem.
    /// - Parameters:
    ///   - path: The JSON path of the value.
    ///   - position: Where it stands in the file.
    ///   - kind: What is wrong.
    public init(path: String, position: TextPosition?, kind: Kind) {
        self.path = path
        self.position = position
        self.kind = kind
    }

    /// "file:line:column: path: problem — fix", in one language.
    public func message(in language: Language, file: String) -> String {
        if case let .syntax(error) = kind {
            return "\(file): " + error.message(in: language)
        }
        return "\(place(in: file)): \(Self.clip(path, limit: 200)): " + problem(in: language)
    }

    /// What is wrong and how to fix it, without the place (for records that carry the place separately).
    public func problem(in language: Language) -> String {
        phrase.text(language)
    }

    /// `file:line:column`, or the file alone when the problem has no position.
    func place(in file: String) -> String {
        position.map { "\(file):\($0.line):\($0.column)" } ?? file
    }

    private var phrase: Bilingual {
        typealias P = DataProblemPhrases
        // Beyond what anyone types, the figure is shown as Swift writes it (1e+160), not as 160 digits.
        func n(_ v: Double) -> String { abs(v) < 1e15 ? Money.plain(v) : "\(v)" }
        func c(_ name: String) -> String { Self.clip(name) }
        switch kind {
        case let .syntax(error):
            return error.phrase
        case .missing:
            return P.missing
        case let .wrongType(expected, found):
            return P.wrongType(expected: P.typeName(expected), found: found)
        case let .negative(v):
            return P.negative(n(v))
        case let .outOfRange(v, range):
            return P.outOfRange(n(v), lowest: n(range.lowerBound), highest: n(range.upperBound))
        case let .notWhole(v):
            return P.notWhole(n(v))
        case let .unknownField(suggestion):
            // The suggestion can come from the file itself (a tier id), so it is escaped like any other name.
            return P.noSuchField(hint: suggestion.map(c).map(P.didYouMean) ?? P.removeIt)
        case let .unknownName(name, allowed):
            return P.unknownName(c(name), allowed: allowed.map(c).joined(separator: ", "))
        case let .minAboveMax(minField, minimum, maxField, maximum):
            return P.minAboveMax(minField: c(minField), minimum: n(minimum), maxField: c(maxField), maximum: n(maximum))
        case let .fallsUpTiers(lowerTier, lowerValue, tier, value):
            return P.fallsUpTiers(lowerTier: c(lowerTier), lowerValue: n(lowerValue), tier: c(tier), value: n(value))
        case let .duplicate(name):
            return P.duplicate(c(name))
        case .empty:
            return P.empty
        case .blank:
            return P.blank
        case let .notACountryCode(code):
            return P.notACountryCode(c(code))
        case let .notAnAnswer(answer, problem):
            return P.notAnAnswer(c(answer), reason: Bilingual(zh: problem.message(in: .zh), en: problem.message(in: .en)))
        case let .notACaseKey(problem):
            return problem.phrase
        }
    }

    /// Keeps a message one readable line when the file holds a 100 MB name or one with line breaks in it:
    /// long text is cut after `limit` scalars and control characters are escaped, as in `JSONSyntaxError`'s messages.
    private static func clip(_ text: String, limit: Int = 60) -> String {
        var out = ""
        for (n, scalar) in text.unicodeScalars.enumerated() {
            if n == limit { return out + "…" }
            if scalar.value < 0x20 || scalar.value == 0x7F {
                let digits = String(scalar.value, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

/// A data file that failed its checks: every problem found, not only the first.
public struct InvalidDataFile: Error, Equatable, Sendable {
    public let file: String
    public let problems: [DataProblem]

    /// Creates the error.
    /// - Parameters:
    ///   - file: The file's path as the user gave it.
    ///   - problems: Everything wrong, in file order.
    public init(file: String, problems: [DataProblem]) {
        self.file = file
        self.problems = problems
    }
}

extension InvalidDataFile: ReportableError {
    /// A count of the problems, then one line per problem.
    public func message(in language: Language) -> String {
        let head = DataProblemPhrases.problemCount(file: file, count: problems.count).text(language)
        return ([head] + problems.map { "  " + $0.message(in: language, file: file) }).joined(separator: "\n")
    }

    /// The first problem's place, `file:line:column`, which is where an editor should open the file.
    public var location: String? {
        problems.first?.place(in: file) ?? file
    }

    public var exitCode: Int32 { ExitCode.dataError }
}

/// Every text the data-file checks say, in both languages, named by what it says; values arrive formatted and clipped.
enum DataProblemPhrases {
    static func problemCount(file: String, count: Int) -> Bilingual {
        Bilingual(zh: "\(file) 有 \(count) 处问题：", en: "\(file) has \(count) problem\(count == 1 ? "" : "s"):")
    }

    static let missing = Bilingual(zh: "缺少这个字段；请补上", en: "this field is missing; add it")

    /// A JSON type's name as the messages write it.
    static func typeName(_ expected: DataProblem.Expected) -> Bilingual {
        switch expected {
        case .object: Bilingual(zh: "对象", en: expected.rawValue)
        case .array: Bilingual(zh: "数组", en: expected.rawValue)
        case .string: Bilingual(zh: "字符串", en: expected.rawValue)
        case .number: Bilingual(zh: "数字", en: expected.rawValue)
        case .boolean: Bilingual(zh: "布尔值", en: expected.rawValue)
        case .wholeNumber: Bilingual(zh: "整数", en: expected.rawValue)
        }
    }

    static func wrongType(expected: Bilingual, found: String) -> Bilingual {
        Bilingual(zh: "应为\(expected.zh)，实际是 \(found)", en: "expected a \(expected.en), found \(found)")
    }

    static func negative(_ value: String) -> Bilingual {
        Bilingual(zh: "不能为负数（\(value)）；请填 0 或更大的数", en: "must not be negative (\(value)); use 0 or more")
    }

    static func outOfRange(_ value: String, lowest: String, highest: String) -> Bilingual {
        Bilingual(zh: "\(value) 超出范围，应在 \(lowest) 到 \(highest) 之间", en: "\(value) is out of range; use \(lowest) to \(highest)")
    }

    static func notWhole(_ value: String) -> Bilingual {
        Bilingual(zh: "应为整数（收到 \(value)）", en: "must be a whole number (got \(value))")
    }

    static func noSuchField(hint: Bilingual) -> Bilingual {
        Bilingual(zh: "没有这个字段" + hint.zh, en: "no such field" + hint.en)
    }

    static func didYouMean(_ field: String) -> Bilingual {
        Bilingual(zh: "；是不是“\(field)”？", en: "; did you mean '\(field)'?")
    }

    static let removeIt = Bilingual(zh: "；请删除它", en: "; remove it")

    static func notAnAnswer(_ answer: String, reason: Bilingual) -> Bilingual {
        Bilingual(zh: "“\(answer)”不是这一题能接受的回答（\(reason.zh)）；请改正，或删除草稿重新接诉",
                  en: "'\(answer)' is not an answer this question takes (\(reason.en)); correct it, or delete the draft and start again")
    }

    static func unknownName(_ name: String, allowed list: String) -> Bilingual {
        Bilingual(zh: "不认识“\(name)”；可用：\(list)", en: "unknown name '\(name)'; use one of: \(list)")
    }

    static func minAboveMax(minField: String, minimum: String, maxField: String, maximum: String) -> Bilingual {
        Bilingual(zh: "\(minField)（\(minimum)）高于 \(maxField)（\(maximum)）；请调低前者或调高后者",
                  en: "\(minField) (\(minimum)) is above \(maxField) (\(maximum)); lower the first or raise the second")
    }

    static func fallsUpTiers(lowerTier: String, lowerValue: String, tier: String, value: String) -> Bilingual {
        Bilingual(zh: "\(tier) 的值 \(value) 低于更低层级 \(lowerTier) 的 \(lowerValue)；层级越高不能越少",
                  en: "\(tier) has \(value), less than the lower tier \(lowerTier) with \(lowerValue); values must not fall up the tiers")
    }

    static func duplicate(_ name: String) -> Bilingual {
        Bilingual(zh: "“\(name)”出现了两次；只保留一个", en: "'\(name)' appears twice; keep one")
    }

    static let empty = Bilingual(zh: "列表不能为空", en: "the list must not be empty")
    static let blank = Bilingual(zh: "不能为空白", en: "must not be blank")

    static func notACountryCode(_ code: String) -> Bilingual {
        Bilingual(zh: "“\(code)”不是两位大写的国家代码；中国写 CN", en: "'\(code)' is not a two-letter country code in capitals; write CN for China")
    }
}
