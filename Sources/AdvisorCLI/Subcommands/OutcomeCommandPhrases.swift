import Knowledge

/// What `outcome` says once it has logged how a call ended, in both languages.
enum OutcomeCommandPhrases {
    static func recorded(_ id: String, accepted: Bool, settled: String) -> Bilingual {
        Bilingual(zh: "已记录：\(id) \(accepted ? "接受" : "拒绝") \(settled)",
                  en: "recorded: \(id) \(accepted ? "accepted" : "rejected") at \(settled)")
    }

    /// An outcome for an advice that already had one: the new one counts, the old one stays in the log.
    static func replacesEarlier(_ id: String) -> Bilingual {
        Bilingual(zh: "注意：这条结果取代了 \(id) 之前记录的结果；先例只算最后一条，之前的记录仍留在日志里\n",
                  en: "note: this replaces the outcome recorded earlier for \(id); only the last one counts as a precedent, and the earlier one stays in the log\n")
    }

    /// An accepted amount above what the advice allowed, which had no money owed on its own line.
    static func aboveAllowed(_ settled: String, allowed: String) -> Bilingual {
        Bilingual(zh: "注意：\(settled) 超过了这条建议允许的 \(allowed)（让步上限或转交上限）；结果照样记录，但标为超出范围，不计入先例\n",
                  en: "note: \(settled) is above the \(allowed) this advice allowed (its walk-away or hand-over limit); the outcome is recorded, marked as above what was allowed, and never counts as a precedent\n")
    }

    /// An accepted amount above what the advice allowed, whose figure includes a loss owed on its own line.
    static func aboveAllowed(_ settled: String, allowed: String, owed: String) -> Bilingual {
        Bilingual(zh: "注意：\(settled) 超过了这条建议允许的 \(allowed)（让步上限或转交上限，加上单列应付的 \(owed)）；结果照样记录，但标为超出范围，不计入先例\n",
                  en: "note: \(settled) is above the \(allowed) this advice allowed (its walk-away or hand-over limit, plus \(owed) owed on its own line); the outcome is recorded, marked as above what was allowed, and never counts as a precedent\n")
    }
}
