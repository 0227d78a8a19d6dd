import Knowledge

/// Every sentence a drill's score explains itself with, in both languages.
enum DrillPhrases {
    static let noParticularType = Bilingual(zh: "无明确类型", en: "no particular type")
    static let ordinaryComplaint = Bilingual(zh: "这是一般投诉，没有哪一类的典型表现。", en: "It is an ordinary complaint with no type's marks.")
    static let allRight = Bilingual(zh: "全对。", en: "All right.")

    static func typeMissed(chosen: Bilingual, actual: Bilingual, why: Bilingual) -> Bilingual {
        Bilingual(zh: "类型：你选了\(chosen.zh)，案例是\(actual.zh)。\(why.zh)",
                  en: "Type: you chose \(chosen.en); the case shows \(actual.en). \(why.en)")
    }
    /// The English runs on mid-sentence, so the name and the aim lose their capitals there; the Chinese aim already
    /// opens with "要的是", so it follows the name directly.
    static func temperamentMissed(name: Bilingual, pursues: Bilingual) -> Bilingual {
        Bilingual(zh: "性格：这位客户是\(name.zh)，\(pursues.zh)",
                  en: "Temperament: this customer is \(name.en.lowercased()), pursuing \(pursues.en.prefix(1).lowercased())\(pursues.en.dropFirst())")
    }
    static func offerOutsideAdvice(offer: String, low: String, high: String) -> Bilingual {
        Bilingual(zh: "补偿金额：\(offer)在政策范围内，但不在建议范围（\(low)–\(high)）内。",
                  en: "Offer: \(offer) is within policy but outside the advised range \(low)–\(high).")
    }
    static func offerAboveCap(offer: String, tier: String, cap: String) -> Bilingual {
        Bilingual(zh: "补偿金额：\(offer)超过了\(tier)的额度\(cap)，应当升级，或先引导客户调整期望。",
                  en: "Offer: \(offer) is above the \(tier)'s cap of \(cap): escalate, or bring the expectation down first.")
    }
    static func offerBelowFloor(offer: String, floor: String) -> Bilingual {
        Bilingual(zh: "补偿金额：\(offer)低于应给的下限\(floor)。", en: "Offer: \(offer) is below the floor owed, \(floor).")
    }
}
