import Foundation
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
    /// A word given for a choice is not one of its values.
    case invalidChoice(field: String, value: String, allowed: [String])

    /// What is wrong with an intake value.
    public enum IntakeProblem: String, Equatable, Sendable {
        case negative
        case notFinite = "not-finite"
        case notANumber = "not-a-number"
        case bottomLineAboveExpectation = "bottom-line-above-expectation"
        /// Above `AdviceEngine.largestAmount`: no real complaint is worth it, and larger amounts lose exactness.
        case tooLarge = "too-large"
    }
}

extension AdvisorError: LocalizedError {
    public var errorDescription: String? { message(in: .en) }
}

extension AdvisorError {
    /// The message in the chosen language: what is wrong and how to fix it.
    public func message(in language: Language) -> String {
        let zh = language == .zh
        switch self {
        case let .unknownType(name, suggestions):
            return unknown(name, kind: Bilingual(zh: "客诉类型", en: "complainant type"), suggestions, language)
        case let .unknownTemperament(name, suggestions):
            return unknown(name, kind: Bilingual(zh: "性格倾向", en: "temperament"), suggestions, language)
        case let .unknownCategory(name, suggestions):
            return unknown(name, kind: Bilingual(zh: "投诉类别", en: "complaint category"), suggestions, language)
        case let .unknownTier(name, known):
            let list = known.joined(separator: ", ")
            return zh ? "政策里没有“\(name)”这个权限层级；可用：\(list)" : "the policy has no tier '\(name)'; use one of: \(list)"
        case let .categoryNotInPolicy(category, policy):
            return zh ? "政策“\(policy)”没有类别 \(category) 的补偿范围；请在政策文件的 categories 下补上"
                : "policy '\(policy)' has no bounds for category \(category); add it under categories in the policy file"
        case let .invalidIntake(field, problem):
            let what: Bilingual = switch problem {
            case .negative: Bilingual(zh: "不能为负数", en: "must not be negative")
            case .notFinite: Bilingual(zh: "必须是有限的数", en: "must be a finite number")
            case .notANumber: Bilingual(zh: "必须是数字", en: "must be a number")
            case .bottomLineAboveExpectation: Bilingual(zh: "底线不能高于期望值；请核对两个数是否填反", en: "the bottom line is above the expectation; check whether the two are swapped")
            case .tooLarge: Bilingual(zh: "金额过大，最多一万亿；请核对是否多打了几位数",
                                      en: "the amount is too large (at most one trillion); check for extra digits")
            }
            return zh ? "接诉信息 \(field)：\(what.zh)" : "intake field \(field): \(what.en)"
        case let .invalidChoice(field, value, allowed):
            let list = allowed.joined(separator: "|")
            return zh ? "\(field) 的取值“\(value)”无效，可用：\(list)" : "\(field) does not take '\(value)'; use one of \(list)"
        }
    }

    private func unknown(_ name: String, kind: Bilingual, _ suggestions: [String], _ language: Language) -> String {
        let list = suggestions.joined(separator: ", ")
        switch language {
        case .zh: return "没有名为“\(name)”的\(kind.zh)；你是不是想找：\(list)"
        case .en: return "no \(kind.en) is called '\(name)'; did you mean: \(list)"
        }
    }
}
