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
        let place = position.map { "\(file):\($0.line):\($0.column)" } ?? file
        if case let .syntax(error) = kind {
            return "\(file): " + error.message(in: language)
        }
        return "\(place): \(Self.clip(path, limit: 200)): " + describe(language)
    }

    /// What is wrong and how to fix it, without the place (for records that carry the place separately).
    public func problem(in language: Language) -> String {
        describe(language)
    }

    private func describe(_ language: Language) -> String {
        let zh = language == .zh
        func n(_ v: Double) -> String { Money.plain(v) }
        func c(_ name: String) -> String { Self.clip(name) }
        switch kind {
        case let .syntax(error):
            return error.message(in: language)
        case .missing:
            return zh ? "缺少这个字段；请补上" : "this field is missing; add it"
        case let .wrongType(expected, found):
            let want = zh ? Self.zhName(expected) : expected.rawValue
            return zh ? "应为\(want)，实际是 \(found)" : "expected a \(want), found \(found)"
        case let .negative(v):
            return zh ? "不能为负数（\(n(v))）；请填 0 或更大的数" : "must not be negative (\(n(v))); use 0 or more"
        case let .outOfRange(v, range):
            return zh ? "\(n(v)) 超出范围，应在 \(n(range.lowerBound)) 到 \(n(range.upperBound)) 之间"
                : "\(n(v)) is out of range; use \(n(range.lowerBound)) to \(n(range.upperBound))"
        case let .notWhole(v):
            return zh ? "应为整数（收到 \(n(v))）" : "must be a whole number (got \(n(v)))"
        case let .unknownField(suggestion):
            // The suggestion can come from the file itself (a tier id), so it is escaped like any other name.
            let hint = suggestion.map(c).map { zh ? "；是不是“\($0)”？" : "; did you mean '\($0)'?" } ?? (zh ? "；请删除它" : "; remove it")
            return (zh ? "没有这个字段" : "no such field") + hint
        case let .unknownName(name, allowed):
            let list = allowed.map(c).joined(separator: ", ")
            return zh ? "不认识“\(c(name))”；可用：\(list)" : "unknown name '\(c(name))'; use one of: \(list)"
        case let .minAboveMax(minField, minimum, maxField, maximum):
            let (minField, maxField) = (c(minField), c(maxField))
            return zh ? "\(minField)（\(n(minimum))）高于 \(maxField)（\(n(maximum))）；请调低前者或调高后者"
                : "\(minField) (\(n(minimum))) is above \(maxField) (\(n(maximum))); lower the first or raise the second"
        case let .fallsUpTiers(lowerTier, lowerValue, tier, value):
            let (lowerTier, tier) = (c(lowerTier), c(tier))
            return zh ? "\(tier) 的值 \(n(value)) 低于更低层级 \(lowerTier) 的 \(n(lowerValue))；层级越高不能越少"
                : "\(tier) has \(n(value)), less than the lower tier \(lowerTier) with \(n(lowerValue)); values must not fall up the tiers"
        case let .duplicate(name):
            return zh ? "“\(c(name))”出现了两次；只保留一个" : "'\(c(name))' appears twice; keep one"
        case .empty:
            return zh ? "列表不能为空" : "the list must not be empty"
        case .blank:
            return zh ? "不能为空白" : "must not be blank"
        case let .notACountryCode(code):
            return zh ? "“\(c(code))”不是两位大写的国家代码；中国写 CN"
                : "'\(c(code))' is not a two-letter country code in capitals; write CN for China"
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

    private static func zhName(_ expected: Expected) -> String {
        switch expected {
        case .object: "对象"
        case .array: "数组"
        case .string: "字符串"
        case .number: "数字"
        case .boolean: "布尔值"
        case .wholeNumber: "整数"
        }
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

    /// One line per problem.
    public func message(in language: Language) -> String {
        let head = language == .zh ? "\(file) 有 \(problems.count) 处问题：" : "\(file) has \(problems.count) problem\(problems.count == 1 ? "" : "s"):"
        return ([head] + problems.map { "  " + $0.message(in: language, file: file) }).joined(separator: "\n")
    }
}
