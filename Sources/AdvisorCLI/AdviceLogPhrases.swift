import Knowledge

/// What `advise` and `intake` tell the agent once an advice is in the audit log, in both languages.
enum AdviceLogPhrases {
    /// The id `outcome` needs later to record how the call ended.
    static func adviceId(_ id: String) -> Bilingual {
        Bilingual(zh: "建议编号 \(id)", en: "advice id \(id)")
    }
}
