import Knowledge

/// Every label of the policy simulation's table and the note on what its figures assume, in both languages.
enum SimulationPhrases {
    static let measure = Bilingual(zh: "指标", en: "measure")
    static let current = Bilingual(zh: "当前", en: "current")
    static let against = Bilingual(zh: "对比", en: "against")
    static let againstMinusCurrent = Bilingual(zh: "对比 − 当前", en: "against − current")

    static let cases = Bilingual(zh: "案例数", en: "cases")
    static func totalCost(currency: String) -> Bilingual {
        Bilingual(zh: "总成本 \(currency)", en: "total cost \(currency)")
    }
    static let escalationRate = Bilingual(zh: "升级比例", en: "escalation rate")
    static func settledBy(tier: String) -> Bilingual {
        Bilingual(zh: "  由 \(tier)", en: "  settled by \(tier)")
    }
    static let bottomLinesNotMet = Bilingual(zh: "底线无法满足", en: "bottom lines not met")
    static let couldNotAdvise = Bilingual(zh: "无法给出建议", en: "could not advise")
    static let inputLinesSkipped = Bilingual(zh: "跳过的输入行", en: "input lines skipped")

    static let costAssumption = Bilingual(
        zh: "成本按每个案子在能给出平衡点的那一级结清计算（需要转交的按上级的最多可给额），另加照价赔付的损失；不含补救本身，也不看日志里的实际结果。",
        en: "Cost assumes each case settles at the walk-away of the tier that can settle it (the hand-over limit when it goes up), plus any loss owed in full; it leaves out the remedy itself and the outcomes in the log.")
}
