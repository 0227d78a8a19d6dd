import Knowledge

/// Every label and sentence of the policy table a supervisor reads, in both languages.
enum PolicyTablePhrases {
    // MARK: The head

    static func heading(name: String, version: String, currency: String) -> Bilingual {
        Bilingual(zh: "政策 \(name) (\(version)), 币种 \(currency)", en: "Policy \(name) (\(version)), currency \(currency)")
    }
    static let tiersLowestFirst = Bilingual(zh: "层级（由低到高）：", en: "Tiers, lowest first: ")
    /// The Chinese line names each tier, with its id beside it for whoever edits the file; the English id is a name already.
    static func tierWithID(name: Bilingual, id: String) -> Bilingual {
        Bilingual(zh: "\(name.zh)（\(id)）", en: id)
    }
    /// Chinese amounts read with the currency's name after them; English ones with its code.
    static func compensationDefaults(share: String, pointsPerUnit: String, currencyName: Bilingual?, currency: String,
                                     serviceVisit: String, expressReship: String) -> Bilingual {
        Bilingual(zh: "补偿默认不超过订单金额的 \(share)%（类别另有封顶的按封顶）；积分 \(pointsPerUnit)/\(currencyName.map(\.zh) ?? currency)；上门服务折 \(serviceVisit)；加急补发折 \(expressReship)",
                  en: "Compensation at most \(share)% of the order value unless the category sets its own ceiling; \(pointsPerUnit) points per \(currency); service visit worth \(serviceVisit); express reship worth \(expressReship)")
    }
    static func jurisdiction(_ code: String) -> Bilingual {
        Bilingual(zh: "适用地区 \(code)", en: "jurisdiction \(code)")
    }
    static let noJurisdiction = Bilingual(zh: "未写适用地区，不套用任何法条", en: "no jurisdiction, so no statute applies")
    static func goodwillOnlyWhenAsked(_ categories: [Bilingual]) -> Bilingual {
        let list = categories.joined(zh: "、", en: ", ")
        return Bilingual(zh: "；客户开口才谈补偿：\(list.zh)", en: "; goodwill only when asked: \(list.en)")
    }

    // MARK: The columns

    /// What the table calls a category, tier or factor: its Chinese name, or in English the id the policy file keys it with.
    static func label(name: Bilingual, id: String) -> Bilingual {
        Bilingual(zh: name.zh, en: id)
    }
    static let categoryColumn = Bilingual(zh: "类别", en: "category")
    static let floorColumn = Bilingual(zh: "下限", en: "floor")
    static let standardColumn = Bilingual(zh: "标准", en: "standard")
    static let careColumn = Bilingual(zh: "关怀（0 标准 … 4 经理介入）", en: "care (0 standard … 4 manager)")
    static let leastCareColumn = Bilingual(zh: "最低", en: "least")
    static let owedLimitRow = Bilingual(zh: "照付审批额度", en: "owed-payment limit")
    static let noOwedLimit = Bilingual(zh: "不限", en: "any")
    static let owedLimitIsCap = Bilingual(zh: "同上限", en: "= cap")

    // MARK: Ceilings

    static func ceilingAtLeast(share: String, amount: String) -> Bilingual {
        Bilingual(zh: "\(share)，至少\(amount)", en: "\(share), at least \(amount)")
    }
    static let categoryCeilings = Bilingual(zh: "类别自有封顶（两者取高）：", en: "Category ceilings (the higher of the two): ")
    static let ceilingSeparator = Bilingual(zh: "；", en: "; ")

    // MARK: Remedies, forms and modifiers

    static let remediesAndFormsHeading = Bilingual(zh: "补救与补偿形式", en: "Remedies and forms")
    static func remediesAndForms(category: Bilingual, remedies: [Bilingual], forms: [Bilingual]) -> Bilingual {
        let remedies = remedies.joined(zh: "、", en: ", "), forms = forms.joined(zh: "、", en: ", ")
        return Bilingual(zh: "\(category.zh)：\(remedies.zh) | \(forms.zh)", en: "\(category.en): \(remedies.en) | \(forms.en)")
    }
    static let modifiersHeading = Bilingual(zh: "系数", en: "Modifiers")
    static let severity = Bilingual(zh: "严重程度：", en: "severity: ")
    static let fault = Bilingual(zh: "责任方：", en: "fault: ")
    static let customerValue = Bilingual(zh: "客户价值：", en: "customer value: ")
    static func factors(_ factors: [(label: Bilingual, factor: String)]) -> Bilingual {
        factors.map { Bilingual(zh: "\($0.label.zh) ×\($0.factor)", en: "\($0.label.en) ×\($0.factor)") }.joined(zh: "，", en: ", ")
    }
    static func perBrokenPromise(percent: String, countedUpTo: Int) -> Bilingual {
        Bilingual(zh: "每次失约 +\(percent)%，最多计 \(countedUpTo) 次", en: "each broken promise +\(percent)%, counted up to \(countedUpTo)")
    }
}
