import FoundationEssentials
import Knowledge

/// Everything that can go wrong inside the advisor's engine, each with what to do about it.
public enum AdvisorError: Error, Equatable, Sendable {
    /// No complainant type has this name; `suggestions` lists the nearest ids.
    case unknownType(String, suggestions: [String])
    /// No temperament has this name.
    case unknownTemperament(String, suggestions: [String])
    /// No complaint category has this name.
    case unknownCategory(String, suggestions: [String])
    /// The intake names a tier the policy does not have.
    case unknownTier(String, known: [String])
    /// The policy has no bounds for the intake's category.
    case categoryNotInPolicy(String, policy: String)
    /// An intake field holds a value the engine cannot use.
    case invalidIntake(field: String, problem: IntakeProblem)

    /// What is wrong with an intake value.
    public enum IntakeProblem: String, Equatable, Sendable {
        case negative
        case notFinite = "not-finite"
        case bottomLineAboveExpectation = "bottom-line-above-expectation"
        /// Above `AdviceEngine.largestAmount`: no real complaint is worth it, and larger amounts lose exactness.
        case tooLarge = "too-large"
    }
}

extension AdvisorError: LocalizedError {
    public var errorDescription: String? { message(in: .en) }
}

extension AdvisorError: ReportableError {
    /// The message in the chosen language: what is wrong and how to fix it.
    public func message(in language: Language) -> String {
        phrase.text(language)
    }

    /// The intake field as a JSON path, the way an intake file names it; the other cases name no place.
    public var location: String? {
        guard case let .invalidIntake(field, _) = self else { return nil }
        return "$." + field
    }

    /// Always a usage error: the names and amounts checked here mostly come from the command line's options.
    public var exitCode: Int32 { ExitCode.usage }

    private var phrase: Bilingual {
        switch self {
        case let .unknownType(name, suggestions):
            AdvisorErrorPhrases.unknown(name, kind: AdvisorErrorPhrases.complainantType, suggestions: suggestions)
        case let .unknownTemperament(name, suggestions):
            AdvisorErrorPhrases.unknown(name, kind: AdvisorErrorPhrases.temperament, suggestions: suggestions)
        case let .unknownCategory(name, suggestions):
            AdvisorErrorPhrases.unknown(name, kind: AdvisorErrorPhrases.complaintCategory, suggestions: suggestions)
        case let .unknownTier(name, known):
            AdvisorErrorPhrases.unknownTier(name, known: known)
        case let .categoryNotInPolicy(category, policy):
            AdvisorErrorPhrases.categoryNotInPolicy(category, policy: policy)
        case let .invalidIntake(field, problem):
            AdvisorErrorPhrases.invalidIntake(field: field, AdvisorErrorPhrases.intakeProblem(problem))
        }
    }
}

/// Every text the engine's errors say, in both languages, named by what it says.
enum AdvisorErrorPhrases {
    static let complainantType = Bilingual(zh: "客诉类型", en: "complainant type")
    static let temperament = Bilingual(zh: "性格倾向", en: "temperament")
    static let complaintCategory = Bilingual(zh: "投诉类别", en: "complaint category")

    static func unknown(_ name: String, kind: Bilingual, suggestions: [String]) -> Bilingual {
        let list = suggestions.joined(separator: ", ")
        return Bilingual(zh: "没有名为“\(name)”的\(kind.zh)；你是不是想找：\(list)", en: "no \(kind.en) is called '\(name)'; did you mean: \(list)")
    }

    static func unknownTier(_ name: String, known: [String]) -> Bilingual {
        let list = known.joined(separator: ", ")
        return Bilingual(zh: "政策里没有“\(name)”这个权限层级；可用：\(list)", en: "the policy has no tier '\(name)'; use one of: \(list)")
    }

    static func categoryNotInPolicy(_ category: String, policy: String) -> Bilingual {
        Bilingual(zh: "政策“\(policy)”没有类别 \(category) 的补偿范围；请在政策文件的 categories 下补上",
                  en: "policy '\(policy)' has no bounds for category \(category); add it under categories in the policy file")
    }

    static func invalidIntake(field: String, _ problem: Bilingual) -> Bilingual {
        Bilingual(zh: "接诉信息 \(field)：\(problem.zh)", en: "intake field \(field): \(problem.en)")
    }

    static func intakeProblem(_ problem: AdvisorError.IntakeProblem) -> Bilingual {
        switch problem {
        case .negative: Bilingual(zh: "不能为负数", en: "must not be negative")
        case .notFinite: Bilingual(zh: "必须是有限的数", en: "must be a finite number")
        case .bottomLineAboveExpectation:
            Bilingual(zh: "底线不能高于期望；请核对两个数是否填反", en: "the bottom line is above the expectation; check whether the two are swapped")
        case .tooLarge:
            Bilingual(zh: "金额过大，最多一万亿；请核对是否多打了几位数", en: "the amount is too large (at most one trillion); check for extra digits")
        }
    }
}
