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
}

extension AdvisorError: LocalizedError {
    public var errorDescription: String? { message(in: .en) }
}

extension AdvisorError {
    /// The message in the chosen language: what is wrong and how to fix it.
    public func message(in language: Language) -> String {
        switch self {
        case let .unknownType(name, suggestions):
            return unknown(name, kind: Bilingual(zh: "客诉类型", en: "complainant type"), suggestions, language)
        case let .unknownTemperament(name, suggestions):
            return unknown(name, kind: Bilingual(zh: "性格倾向", en: "temperament"), suggestions, language)
        case let .unknownCategory(name, suggestions):
            return unknown(name, kind: Bilingual(zh: "投诉类别", en: "complaint category"), suggestions, language)
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
