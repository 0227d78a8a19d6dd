import Knowledge

extension Sequence where Element == Bilingual {
    /// The texts joined in each language with that language's own separator.
    func joined(zh: String, en: String) -> Bilingual {
        let parts = Array(self)
        return Bilingual(zh: parts.map(\.zh).joined(separator: zh), en: parts.map(\.en).joined(separator: en))
    }
}

extension Bilingual {
    /// The template with each `{slot}` filled by the value of the same language.
    func filling(_ slots: [String: Bilingual]) -> Bilingual {
        var zh = self.zh, en = self.en
        for (slot, value) in slots {
            zh = zh.replacingOccurrences(of: "{\(slot)}", with: value.zh)
            en = en.replacingOccurrences(of: "{\(slot)}", with: value.en)
        }
        return Bilingual(zh: zh, en: en)
    }
}
