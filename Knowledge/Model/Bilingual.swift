/// A language the advisor speaks.
public enum Language: String, CaseIterable, Sendable, Codable {
    case zh
    case en
}

/// One piece of user-facing text written in both Simplified Chinese and English.
public struct Bilingual: Sendable, Hashable {
    public let zh: String
    public let en: String

    /// Creates a text from its two language versions.
    /// - Parameters:
    ///   - zh: The Simplified Chinese version.
    ///   - en: The English version.
    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    /// The version written for `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .zh: zh
        case .en: en
        }
    }
}
