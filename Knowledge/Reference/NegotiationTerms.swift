/// Display titles for the negotiation model's enums (docs/DESIGN.md, "The negotiation model").

extension Severity {
    /// How the severity is named to an agent.
    public var title: Bilingual {
        switch self {
        case .minor: Bilingual(zh: "轻微", en: "minor")
        case .moderate: Bilingual(zh: "一般", en: "moderate")
        case .severe: Bilingual(zh: "严重", en: "severe")
        case .critical: Bilingual(zh: "非常严重", en: "critical")
        }
    }
}

extension Fault {
    /// How the fault is named to an agent.
    public var title: Bilingual {
        switch self {
        case .own: Bilingual(zh: "我方责任", en: "our fault")
        case .thirdParty: Bilingual(zh: "第三方责任", en: "third party's fault")
        case .customer: Bilingual(zh: "客户责任", en: "customer's fault")
        case .unclear: Bilingual(zh: "责任不明", en: "fault unclear")
        }
    }
}

extension CustomerValue {
    /// How the customer's value is named to an agent.
    public var title: Bilingual {
        switch self {
        case .standard: Bilingual(zh: "普通客户", en: "standard customer")
        case .valued: Bilingual(zh: "优质客户", en: "valued customer")
        case .key: Bilingual(zh: "重点客户", en: "key customer")
        }
    }
}

extension CompensationForm {
    /// How the compensation form is named to an agent and a customer.
    public var title: Bilingual {
        switch self {
        case .refund: Bilingual(zh: "退款", en: "refund")
        case .coupon: Bilingual(zh: "优惠券", en: "coupon")
        case .points: Bilingual(zh: "积分", en: "points")
        case .freeServiceVisit: Bilingual(zh: "免费上门服务一次", en: "free service visit")
        case .expressReship: Bilingual(zh: "快递加急补发", en: "express reship")
        }
    }
}

extension RemedyKind {
    /// How the remedy is named to an agent and a customer.
    public var title: Bilingual {
        switch self {
        case .repair: Bilingual(zh: "维修", en: "repair")
        case .exchange: Bilingual(zh: "换货", en: "exchange")
        case .returnAndRefund: Bilingual(zh: "退货退款", en: "return and refund")
        case .refundUnused: Bilingual(zh: "退还未用完的预付款", en: "refund of the unused prepayment")
        case .reship: Bilingual(zh: "补发", en: "reship")
        case .expedite: Bilingual(zh: "加急处理（安装/配送）", en: "expedite (installation or delivery)")
        case .correctCharge: Bilingual(zh: "更正扣费并退回差额", en: "correct the charge and refund the difference")
        case .apology: Bilingual(zh: "道歉", en: "apology")
        case .explanation: Bilingual(zh: "解释说明与使用指导", en: "explanation and usage guidance")
        }
    }
}
