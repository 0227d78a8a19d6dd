import Knowledge

/// What `outcome` says once it has logged how a call ended, in both languages.
enum OutcomeCommandPhrases {
    static func recorded(_ id: String, accepted: Bool, settled: String) -> Bilingual {
        Bilingual(zh: "已记录：\(id) \(accepted ? "接受" : "拒绝") \(settled)",
                  en: "recorded: \(id) \(accepted ? "accepted" : "rejected") at \(settled)")
    }
}
