import AdvisorCore
import Knowledge

/// Every phrase `policy check` and `policy simulate` print around their results, in both languages.
enum PolicyCommandPhrases {
    static func validPolicy(_ path: String, _ policy: Policy) -> Bilingual {
        Bilingual(zh: "\(path)：政策有效（\(policy.name) \(policy.version)，\(policy.tiers.count) 个层级，\(policy.categories.count) 个类别）",
                  en: "\(path): valid policy (\(policy.name) \(policy.version), \(policy.tiers.count) tiers, \(policy.categories.count) categories)")
    }

    static func warnings(count: Int) -> Bilingual {
        Bilingual(zh: "警告 \(count) 条：", en: "\(count) warning\(count == 1 ? "" : "s"):")
    }

    /// A past case `simulate` could not read, with the reader's own words for why.
    static func skipped(_ problem: String) -> Bilingual {
        Bilingual(zh: "跳过：\(problem)", en: "skipped: \(problem)")
    }
}
