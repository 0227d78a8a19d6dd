import Knowledge

/// Every label and legend line of the negotiation picture, in both languages.
enum PicturePhrases {
    /// What the picture calls the reader when neither the ladder nor the caps name their tier.
    static let you = Bilingual(zh: "你", en: "you")
    static func heading(category: Bilingual) -> Bilingual {
        Bilingual(zh: "谈判图：\(category.zh)", en: "Negotiation: \(category.en)")
    }
    static let careAxis = Bilingual(zh: "关怀级别", en: "Care level")
    /// The Chinese axis names the currency when the policy gives it a name; the English one keeps the code.
    static func moneyAxis(currencyName: String?, currency: String) -> Bilingual {
        Bilingual(zh: "补偿金额（\(currencyName ?? currency)）", en: "Compensation (\(currency))")
    }
    static func readerCap(reader: String, cap: String) -> Bilingual {
        Bilingual(zh: "\(reader) ≤ \(cap)（你的权限）", en: "\(reader) ≤ \(cap) (your cap)")
    }
    /// Follows S when someone other than the reader settles the case.
    static func settlingTier(_ tier: String) -> Bilingual {
        Bilingual(zh: "（\(tier)）", en: " (\(tier))")
    }

    // MARK: The ladder strip

    static func ladderTitle(tier: String) -> Bilingual {
        Bilingual(zh: "你的让步计划（\(tier)）：先低开，逐步让，到额度为止", en: "Your ladder (\(tier)): open, concede, walk away")
    }
    static let opening = Bilingual(zh: "先给 ", en: "open ")
    static let walkAway = Bilingual(zh: "最多 ", en: "stop ")
    static let noMoneyAtYourTier = Bilingual(zh: "你这一级不谈钱：按建议转交或只给关怀", en: "No money at your tier: hand over or give care only, as advised")

    // MARK: The legend

    static let legendPoints = Bilingual(zh: "E 期望：客户希望得到的；B 底线：客户最少能接受的（~ 表示估计值）",
                                        en: "E expectation: what the customer hopes for; B bottom line: the least they accept (~ marks an estimate)")
    static let legendSettlement = Bilingual(zh: "S 平衡点：圆内离 E 最近且不低于 B 的点；箭头标签表示在图的范围之外",
                                            en: "S settlement: the point of the circle nearest E that clears B; an arrow label means beyond the picture")
    static let legendShapes = Bilingual(zh: "矩形：你这一级的政策范围；灰色椭圆：其中的灵活空间；轴上刻度：更高层级的上限",
                                        en: "Rectangle: your tier's bounds; grey ellipse: its room to move; ticks on the axis: higher tiers' caps")
}
