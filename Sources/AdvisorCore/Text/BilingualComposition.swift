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
        Bilingual(zh: Self.fill(zh, slots, .zh), en: Self.fill(en, slots, .en))
    }

    /// One language's template filled in a single pass over its bytes; a `{name}` no slot fills stays as it is.
    ///
    /// One pass rather than a search-and-replace per slot, which went through Foundation's string search and cost more
    /// than the rest of the strategy's words.
    private static func fill(_ template: String, _ slots: [String: Bilingual], _ language: Language) -> String {
        let bytes = Array(template.utf8)
        guard bytes.contains(0x7B) else { return template }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 64)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x7B, let close = bytes[(i + 1)...].firstIndex(of: 0x7D),
               let value = slots[String(decoding: bytes[(i + 1)..<close], as: UTF8.self)] {
                out.append(contentsOf: value.text(language).utf8)
                i = close + 1
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
