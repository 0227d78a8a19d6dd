import Knowledge

/// Every phrase about earlier advice under a case key, in both languages, named by what it says.
enum EarlierCasePhrases {
    // MARK: The card's line

    static func advices(_ count: Int) -> Bilingual {
        Bilingual(zh: "建议过 \(count) 次", en: count == 1 ? "1 advice" : "\(count) advices")
    }
    static func lastOffered(opening: String, walkAway: String, tier: Bilingual?) -> Bilingual {
        let zhTier = tier.map { "（\($0.zh)）" } ?? "", enTier = tier.map { " (\($0.en))" } ?? ""
        return Bilingual(zh: "上次 \(opening) → \(walkAway)\(zhTier)", en: "last \(opening) → \(walkAway)\(enTier)")
    }
    static let noMoneyLastTime = Bilingual(zh: "上次未谈金额", en: "no money offered last time")
    static func outcome(_ amount: String, accepted: Bool) -> Bilingual {
        accepted ? Bilingual(zh: "客户接受了 \(amount)", en: "\(amount) accepted")
            : Bilingual(zh: "客户拒绝了 \(amount)", en: "\(amount) turned down")
    }
    static func holds(open: String?, stop: String?) -> Bilingual? {
        switch (open, stop) {
        case let (open?, stop?): Bilingual(zh: "这次开口 ≥ \(open)，上限 ≤ \(stop)", en: "now open ≥ \(open), stop ≤ \(stop)")
        case let (open?, nil): Bilingual(zh: "这次开口 ≥ \(open)", en: "now open ≥ \(open)")
        case let (nil, stop?): Bilingual(zh: "这次上限 ≤ \(stop)", en: "now stop ≤ \(stop)")
        case (nil, nil): nil
        }
    }
    static func asksLess(asked: String, offered: String) -> Bilingual {
        Bilingual(zh: "客户这次只要 \(asked)，少于此前开出的 \(offered)", en: "they now ask \(asked), under the \(offered) offered")
    }
    static func higherTier(_ tier: Bilingual, walkAway: String) -> Bilingual {
        Bilingual(zh: "你的权限可超过\(tier.zh)此前的 \(walkAway)", en: "your tier may pass the \(tier.en)'s \(walkAway)")
    }
    static let policyChanged = Bilingual(zh: "政策已更新", en: "the policy changed")
    static func factsChanged(_ facts: [Bilingual]) -> Bilingual {
        Bilingual(zh: facts.map(\.zh).joined(separator: "、") + "有变", en: facts.map(\.en).joined(separator: ", ") + " changed")
    }
    static let boundsChanged = Bilingual(zh: "本案的范围有变", en: "the case's bounds changed")
    static func notHolding(_ reasons: [Bilingual]) -> Bilingual {
        Bilingual(zh: "此前金额不作数：" + reasons.map(\.zh).joined(separator: "，"), en: "figures not binding: " + reasons.map(\.en).joined(separator: " and "))
    }

    /// A fact's name as the card says it changed.
    static func fact(_ fact: CaseFact) -> Bilingual {
        switch fact {
        case .category: Bilingual(zh: "投诉类别", en: "category")
        case .severity: Bilingual(zh: "严重程度", en: "severity")
        case .fault: Bilingual(zh: "责任方", en: "fault")
        case .brokenPromises: Bilingual(zh: "失约次数", en: "broken promises")
        case .customerValue: Bilingual(zh: "客户价值", en: "customer value")
        case .orderValue: Bilingual(zh: "订单金额", en: "order value")
        case .loss: Bilingual(zh: "实际损失", en: "loss")
        case .daysSinceSale: Bilingual(zh: "购买天数", en: "days since sale")
        case .productClass: Bilingual(zh: "商品类别", en: "product class")
        case .failedRepairs: Bilingual(zh: "维修次数", en: "failed repairs")
        case .distanceSale: Bilingual(zh: "购买方式", en: "distance sale")
        case .distanceSaleExempt: Bilingual(zh: "七日无理由的除外", en: "7-day return exemption")
        case .fraud: Bilingual(zh: "欺诈认定", en: "fraud")
        case .foodSafety: Bilingual(zh: "食品安全认定", en: "food safety")
        case .unfitForPurpose: Bilingual(zh: "能否使用", en: "fitness for use")
        case .prepaid: Bilingual(zh: "预付款情况", en: "prepayment")
        case .seriousHarm: Bilingual(zh: "人身伤害情况", en: "serious harm")
        case .knewDefect: Bilingual(zh: "卖方是否明知", en: "the seller's knowledge")
        }
    }

    // MARK: An opening offered before that the reader cannot reach

    static func offeredAboveYourReach(offered: Bilingual, reach: Bilingual) -> Bilingual {
        Bilingual(zh: "此前已开出\(offered.zh)，超出你这一级能给的\(reach.zh)：不要开更低的价，转交",
                  en: "\(offered.en) was offered before, above the \(reach.en) you may give: make no lower offer, hand over")
    }
    static func offeredAboveReach(tier: Bilingual, offered: Bilingual, reach: Bilingual) -> Bilingual {
        Bilingual(zh: "\(tier.zh)最多给到\(reach.zh)，不到此前已开出的\(offered.zh)",
                  en: "the \(tier.en) can go to \(reach.en), short of the \(offered.en) already offered")
    }
}
