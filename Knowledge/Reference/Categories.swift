/// The seven complaint categories the advisor knows (docs/DESIGN.md, "Knowledge: categories").
extension ComplaintCategory {
    public static let productQuality = ComplaintCategory(
        id: .productQuality,
        name: Bilingual(zh: "产品质量", en: "Product quality"),
        aliases: ["quality", "defect", "faulty", "质量", "故障", "坏了"],
        gist: Bilingual(
            zh: "产品坏了、有瑕疵或达不到承诺的性能。",
            en: "The product is broken, flawed or doesn't perform as promised."
        ),
        checks: [
            Bilingual(zh: "订单信息：型号、购买日期、是否在保修期内。", en: "The order: model, purchase date and whether it is still under warranty."),
            Bilingual(zh: "质检或检测报告，必要时安排技术人员上门检测。", en: "The QC or test report; send a technician to inspect if needed."),
            Bilingual(zh: "故障是产品本身的问题，还是使用或安装不当造成的。", en: "Whether the fault lies in the product itself or in how it was used or installed."),
            Bilingual(zh: "同批次是否有类似投诉。", en: "Whether the same batch has drawn similar complaints."),
        ],
        typicalRemedies: [
            Bilingual(zh: "上门维修，并约定完成时间。", en: "Repair on site, with an agreed completion time."),
            Bilingual(zh: "确认为质量问题的，换新。", en: "Exchange for a new unit once a defect is confirmed."),
            Bilingual(zh: "客户不愿再用的，退货退款。", en: "Return and refund if the customer no longer wants it."),
        ]
    )

    public static let serviceAttitude = ComplaintCategory(
        id: .serviceAttitude,
        name: Bilingual(zh: "服务态度", en: "Service attitude"),
        aliases: ["attitude", "rude", "staff", "态度", "服务差"],
        gist: Bilingual(
            zh: "客户觉得被怠慢、被打断或被顶撞。",
            en: "The customer felt ignored, cut off or talked down to by our staff."
        ),
        checks: [
            Bilingual(zh: "调取通话录音或聊天记录，还原当时的对话。", en: "Pull the call recording or chat log and see what was actually said."),
            Bilingual(zh: "涉事员工是谁，当时处理的是什么问题。", en: "Which staff member was involved and what issue they were handling."),
            Bilingual(zh: "原来的问题是否已经解决。", en: "Whether the original issue has been resolved yet."),
        ],
        typicalRemedies: [
            Bilingual(zh: "由主管出面正式道歉。", en: "A formal apology from a supervisor."),
            Bilingual(zh: "把之前没讲清的规则重新耐心说明。", en: "Explain the rule again, patiently, that was brushed off before."),
            Bilingual(zh: "解决原问题，并按规定给予积分等补偿。", en: "Fix the original issue and add a goodwill gesture such as points, within policy."),
        ]
    )

    public static let logisticsDelay = ComplaintCategory(
        id: .logisticsDelay,
        name: Bilingual(zh: "物流延误", en: "Logistics delay"),
        aliases: ["delivery", "shipping", "courier", "物流", "快递", "发货"],
        gist: Bilingual(
            zh: "货物迟到、丢失或在途中受损。",
            en: "The parcel is late, lost or damaged on the way."
        ),
        checks: [
            Bilingual(zh: "订单和承诺的送达日期。", en: "The order and the delivery date we promised."),
            Bilingual(zh: "物流轨迹，卡在哪个环节。", en: "The tracking record: where the parcel got stuck."),
            Bilingual(zh: "是我方发货晚还是承运商的责任。", en: "Whether we shipped late or the carrier is liable."),
            Bilingual(zh: "客户是否因延误有特别的损失，如错过节日。", en: "Whether the delay cost the customer something special, such as a missed occasion."),
        ],
        typicalRemedies: [
            Bilingual(zh: "由我们去协调承运商，并主动告知进展，不让客户自己找快递。", en: "We chase the carrier and report back; the customer shouldn't have to."),
            Bilingual(zh: "丢失或损坏的，用快递重新发一件。", en: "Reship the item by express if it was lost or damaged."),
            Bilingual(zh: "按规定给予无门槛优惠券等补偿。", en: "A no-threshold coupon or similar gesture, within policy."),
        ]
    )

    public static let installationDelay = ComplaintCategory(
        id: .installationDelay,
        name: Bilingual(zh: "安装或维修延误", en: "Installation or repair delay"),
        aliases: ["installation", "install", "repair", "安装", "维修", "上门"],
        gist: Bilingual(
            zh: "约好的安装或维修没按时完成，甚至一再推迟。",
            en: "A booked installation or repair didn't happen on time, or keeps slipping."
        ),
        checks: [
            Bilingual(zh: "最初约定的日期，以及之后每一次改期的承诺。", en: "The date first agreed and every promise made since."),
            Bilingual(zh: "工单和派单记录，师傅是否已排期。", en: "The work order and dispatch record: is a technician actually booked?"),
            Bilingual(zh: "缺的是哪些配件，预计何时到货。", en: "Which parts are missing and when they will arrive."),
        ],
        typicalRemedies: [
            Bilingual(zh: "指定专人跟进，约定准确的上门时间并按时汇报。", en: "Assign one named handler, fix an exact visit time and report on schedule."),
            Bilingual(zh: "按规定给予优惠券或一次免费保养作为补偿。", en: "A coupon or a free maintenance visit as compensation, within policy."),
            Bilingual(zh: "配件迟迟不到的，按客户意愿退货并承担运费。", en: "If parts still don't come, return at the customer's wish and cover shipping."),
        ]
    )

    public static let usageQuestion = ComplaintCategory(
        id: .usageQuestion,
        name: Bilingual(zh: "使用咨询", en: "Usage question"),
        aliases: ["usage", "how-to", "howto", "使用", "怎么用", "咨询"],
        gist: Bilingual(
            zh: "客户不会用或用错了，以为是产品出了毛病。",
            en: "The customer doesn't know how to use it, or uses it wrongly and thinks it's faulty."
        ),
        checks: [
            Bilingual(zh: "具体型号和客户的操作步骤。", en: "The exact model and the steps the customer took."),
            Bilingual(zh: "说明书或销售时有没有讲清楚这一点。", en: "Whether the manual or the sales staff explained this point clearly."),
            Bilingual(zh: "排除真实故障后，再按使用问题处理。", en: "Rule out a real fault before treating it as a usage issue."),
        ],
        typicalRemedies: [
            Bilingual(zh: "用通俗的话一步步讲解，不用术语。", en: "Walk them through it step by step in plain words, no jargon."),
            Bilingual(zh: "发送图示或视频教程。", en: "Send a simple diagram or a video guide."),
            Bilingual(zh: "还是不会的，预约上门指导。", en: "Book a home visit for hands-on guidance if they still can't manage."),
        ]
    )

    public static let returnExchange = ComplaintCategory(
        id: .returnExchange,
        name: Bilingual(zh: "退换货", en: "Return or exchange"),
        aliases: ["return", "exchange", "refund", "退货", "换货", "退款"],
        gist: Bilingual(
            zh: "客户要求退货、换货或退款，或对办理进度不满。",
            en: "The customer wants a return, exchange or refund, or is unhappy with how it is going."
        ),
        checks: [
            Bilingual(zh: "订单日期，是否在退换期限内。", en: "The order date and whether it falls within the return window."),
            Bilingual(zh: "退换原因：质量问题还是个人原因。", en: "The reason: a defect or a change of mind."),
            Bilingual(zh: "商品状态和配件是否齐全。", en: "The item's condition and whether all parts are there."),
            Bilingual(zh: "退款或换货目前卡在哪一步。", en: "Where the refund or exchange is currently stuck."),
        ],
        typicalRemedies: [
            Bilingual(zh: "符合条件的，办理退货退款。", en: "Return and refund when the conditions are met."),
            Bilingual(zh: "换同款或等值商品。", en: "Exchange for the same or an equivalent item."),
            Bilingual(zh: "质量原因退货的，运费由我们承担。", en: "Cover return shipping when the reason is a defect."),
        ]
    )

    public static let billing = ComplaintCategory(
        id: .billing,
        name: Bilingual(zh: "账单与扣费", en: "Billing"),
        aliases: ["bill", "charge", "invoice", "扣费", "账单", "多扣"],
        gist: Bilingual(
            zh: "金额不对、重复扣款或看不懂收费项目。",
            en: "A wrong amount, a double charge or a fee the customer doesn't understand."
        ),
        checks: [
            Bilingual(zh: "账单明细和支付记录，逐项对账。", en: "The bill and payment records, line by line."),
            Bilingual(zh: "收费依据：合同、价目表或活动规则。", en: "The basis for each charge: contract, price list or promotion terms."),
            Bilingual(zh: "是系统错误、人为录错还是规则没讲明白。", en: "Whether it was a system error, a keying error or an unexplained rule."),
        ],
        typicalRemedies: [
            Bilingual(zh: "确认多扣的，更正账单并退回差额。", en: "Correct the bill and refund the difference when overcharged."),
            Bilingual(zh: "收费无误的，逐项解释并发书面明细。", en: "If the charge is right, explain each item and send a written breakdown."),
            Bilingual(zh: "告知退款到账的具体时间。", en: "Tell them exactly when the refund will arrive."),
        ]
    )
}

extension KnowledgeBase {
    /// The seven complaint categories, in the order the advisor lists them.
    public static let categories: [ComplaintCategory] = [
        .productQuality, .serviceAttitude, .logisticsDelay, .installationDelay,
        .usageQuestion, .returnExchange, .billing,
    ]

    /// The category with the given identifier.
    public static func category(_ id: ComplaintCategoryID) -> ComplaintCategory {
        switch id {
        case .productQuality: .productQuality
        case .serviceAttitude: .serviceAttitude
        case .logisticsDelay: .logisticsDelay
        case .installationDelay: .installationDelay
        case .usageQuestion: .usageQuestion
        case .returnExchange: .returnExchange
        case .billing: .billing
        }
    }
}
