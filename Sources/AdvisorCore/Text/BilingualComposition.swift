import Knowledge

extension Sequence where Element == Bilingual {
    /// The texts joined in each language with that language's own separator.
    func joined(zh: String, en: String) -> Bilingual {
        let parts = Array(self)
        return Bilingual(zh: parts.map(\.zh).joined(separator: zh), en: parts.map(\.en).joined(separator: en))
    }

    /// The pieces as a spoken list: "a, b or c", "甲、乙或丙".
    func joined(zh: String, en: String, lastZh: String, lastEn: String) -> Bilingual {
        let parts = Array(self)
        guard let last = parts.last, parts.count > 1 else { return parts.first ?? Bilingual(zh: "", en: "") }
        let head = parts.dropLast()
        return Bilingual(zh: head.map(\.zh).joined(separator: zh) + lastZh + last.zh,
                         en: head.map(\.en).joined(separator: en) + lastEn + last.en)
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
