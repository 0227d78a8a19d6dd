/// The statutory rules that set a remedy or a compensation floor
/// (docs/DESIGN.md, "Knowledge: statutes"; "Statutory floors").
/// Each overrides a lower policy floor when it applies; a floor above the agent's cap means escalation.
extension KnowledgeBase {
    /// One statute per `StatuteID`, in the enum's order.
    public static let statutes: [Statute] = StatuteID.allCases.map(statute)

    /// The statute with the given identifier.
    public static func statute(_ id: StatuteID) -> Statute {
        switch id {
        case .threeGuaranteesReturn: threeGuaranteesReturn
        case .threeGuaranteesExchange: threeGuaranteesExchange
        case .threeGuaranteesRepairs: threeGuaranteesRepairs
        case .qualityReturn: qualityReturn
        case .distanceSaleReturn: distanceSaleReturn
        case .fraud: fraud
        case .foodSafety: foodSafety
        case .lossOwed: lossOwed
        case .knowingDefectHarm: knowingDefectHarm
        case .prepaidRefund: prepaidRefund
        case .contractEnded: contractEnded
        }
    }

    /// Cases none of the three-guarantees rules cover.
    private static let threeGuaranteesExemptions: [Bilingual] = [
        Bilingual(zh: "商品不在三包目录之内。", en: "The product is not on the list of goods the regulation covers."),
        Bilingual(zh: "故障由使用不当、私自拆修或保管不善造成。", en: "The fault comes from misuse, unauthorised repair or poor storage by the user."),
        Bilingual(zh: "拿不出购物凭证或保修卡。", en: "There is no proof of purchase or warranty card."),
    ]

    private static let threeGuaranteesReturn = Statute(
        id: .threeGuaranteesReturn,
        citation: Bilingual(zh: "《部分商品修理更换退货责任规定》第九条",
                            en: "Three-Guarantees Regulation, art. 9"),
        grants: Bilingual(zh: "售出7日内出现性能故障，客户可选退货、换货或维修。",
                          en: "A performance fault within 7 days of sale: the customer may return, exchange or repair."),
        remedy: .returnAndRefund,
        priceMultiple: nil,
        minimumAmount: nil,
        citationByProductClass: [
            .phone: Bilingual(zh: "《移动电话机商品修理更换退货责任规定》第十一条", en: "Mobile Phone Three-Guarantees Regulation, art. 11"),
            .computer: Bilingual(zh: "《微型计算机商品修理更换退货责任规定》第十一条", en: "Microcomputer Three-Guarantees Regulation, art. 11"),
        ],
        exemptions: threeGuaranteesExemptions + [
            Bilingual(zh: "故障出现在售出第7天之后。", en: "The fault appeared more than 7 days after the sale."),
        ]
    )

    private static let threeGuaranteesExchange = Statute(
        id: .threeGuaranteesExchange,
        citation: Bilingual(zh: "《部分商品修理更换退货责任规定》第十条",
                            en: "Three-Guarantees Regulation, art. 10"),
        grants: Bilingual(zh: "售出15日内出现性能故障，客户可选换货或维修。",
                          en: "A performance fault within 15 days of sale: the customer may choose an exchange or a repair."),
        remedy: .exchange,
        priceMultiple: nil,
        minimumAmount: nil,
        citationByProductClass: [
            .phone: Bilingual(zh: "《移动电话机商品修理更换退货责任规定》第十二条", en: "Mobile Phone Three-Guarantees Regulation, art. 12"),
            .computer: Bilingual(zh: "《微型计算机商品修理更换退货责任规定》第十二条", en: "Microcomputer Three-Guarantees Regulation, art. 12"),
        ],
        exemptions: threeGuaranteesExemptions + [
            Bilingual(zh: "故障出现在售出第15天之后。", en: "The fault appeared more than 15 days after the sale."),
        ]
    )

    private static let threeGuaranteesRepairs = Statute(
        id: .threeGuaranteesRepairs,
        citation: Bilingual(zh: "《部分商品修理更换退货责任规定》第十一条",
                            en: "Three-Guarantees Regulation, art. 11"),
        grants: Bilingual(zh: "保修期内修过两次仍无法正常用，免费换同款，或办退货。",
                          en: "Two repairs within warranty that still leave it unusable: a free exchange, or a return."),
        remedy: .exchange,
        priceMultiple: nil,
        minimumAmount: nil,
        citationByProductClass: [
            .phone: Bilingual(zh: "《移动电话机商品修理更换退货责任规定》第十三条", en: "Mobile Phone Three-Guarantees Regulation, art. 13"),
            .computer: Bilingual(zh: "《微型计算机商品修理更换退货责任规定》第十三条", en: "Microcomputer Three-Guarantees Regulation, art. 13"),
        ],
        exemptions: threeGuaranteesExemptions + [
            Bilingual(zh: "没有维修记录可以证明修过两次。", en: "No repair record shows the two earlier repairs."),
            Bilingual(zh: "保修期已经结束。", en: "The warranty period has ended."),
        ]
    )

    private static let qualityReturn = Statute(
        id: .qualityReturn,
        citation: Bilingual(zh: "《消费者权益保护法》第二十四条",
                            en: "Consumer Rights Protection Law, art. 24"),
        grants: Bilingual(zh: "商品质量不合要求：收货7日内可以退货；超过7日，毛病大到可以解除合同的仍可退货，否则换货或修理；来回运费等必要费用由经营者承担。",
                          en: "Goods below the agreed quality: a return within 7 days of receipt; after that a return where the defect is serious enough to end the contract, otherwise an exchange or a repair; the seller pays carriage and other necessary costs."),
        remedy: .returnAndRefund,
        priceMultiple: nil,
        minimumAmount: nil,
        exemptions: [
            Bilingual(zh: "国家另有规定或双方另有约定的，按规定或约定办。", en: "Where national rules or the parties' agreement say otherwise, those apply."),
            Bilingual(zh: "毛病是客户自己使用不当造成的。", en: "The customer's own misuse caused the defect."),
        ]
    )

    private static let distanceSaleReturn = Statute(
        id: .distanceSaleReturn,
        citation: Bilingual(zh: "《消费者权益保护法》第二十五条、《消费者权益保护法实施条例》第十九条",
                            en: "Consumer Rights Protection Law, art. 25; its Implementing Regulations, art. 19"),
        grants: Bilingual(zh: "网购、电视、电话、邮购的商品，收货7日内可无理由退货；拆开包装查验不影响退货；退货运费一般由客户承担，另有约定的从约定；我们收到退货后7日内退款。",
                          en: "Goods bought online, by TV, phone or mail may be returned within 7 days of receipt, no reason needed; opening the package to check them doesn't stop a return; the customer pays return postage unless agreed otherwise; we refund within 7 days of getting the goods back."),
        remedy: .returnAndRefund,
        priceMultiple: nil,
        minimumAmount: nil,
        exemptions: [
            Bilingual(zh: "按客户要求定做的商品。", en: "Goods made to the customer's order."),
            Bilingual(zh: "生鲜、活物以及容易变质的商品。", en: "Fresh food, live animals or plants, and goods that spoil quickly."),
            Bilingual(zh: "客户已拆封的音像制品、软件，或在线下载的数字商品。",
                      en: "Audio-visual products or software the customer has unsealed, and digital goods downloaded online."),
            Bilingual(zh: "已经送达的报纸、期刊。", en: "Newspapers and periodicals already delivered."),
            Bilingual(zh: "其他因性质不宜退货、且购买时经客户确认的商品。",
                      en: "Other goods unsuited to return by their nature, where the customer confirmed this when buying."),
        ]
    )

    private static let fraud = Statute(
        id: .fraud,
        citation: Bilingual(zh: "《消费者权益保护法》第五十五条",
                            en: "Consumer Rights Protection Law, art. 55"),
        grants: Bilingual(zh: "经营者有欺诈行为的，退还货款，另赔价款三倍，最低500元。",
                          en: "Where the seller deceived the buyer: a refund plus three times the price, at least 500 yuan."),
        remedy: .returnAndRefund,
        priceMultiple: 3,
        minimumAmount: 500,
        exemptions: [
            Bilingual(zh: "只是无心之失，没有故意隐瞒或虚假说明。",
                      en: "An honest mistake, with nothing hidden on purpose and nothing falsely described."),
            Bilingual(zh: "客户购买时已经知道实情。", en: "The customer knew the true facts when buying."),
        ]
    )

    private static let foodSafety = Statute(
        id: .foodSafety,
        citation: Bilingual(zh: "《食品安全法》第一百四十八条",
                            en: "Food Safety Law, art. 148"),
        grants: Bilingual(zh: "食品不符合安全标准的，退还货款，损失照赔，另赔价款十倍或损失三倍（取高者），最低1000元；谁先接到索赔谁先赔，不得推给别人。",
                          en: "Food that fails safety standards: a refund, the loss, and on top ten times the price or three times the loss, whichever is more, at least 1000 yuan; whoever receives the claim pays first and may not pass it on."),
        remedy: .returnAndRefund,
        priceMultiple: 10,
        minimumAmount: 1000,
        lossMultiple: 3,
        exemptions: [
            Bilingual(zh: "标签或说明书有瑕疵，但不影响食品安全，也不会误导消费者。",
                      en: "A flaw in the label or instructions that neither affects food safety nor misleads the buyer."),
            Bilingual(zh: "食品本身符合安全标准，只是口味或外观不如意。",
                      en: "The food meets the safety standards and the complaint is only about taste or looks."),
        ]
    )

    private static let lossOwed = Statute(
        id: .lossOwed,
        citation: Bilingual(zh: "《消费者权益保护法》第四十九条、第五十二条",
                            en: "Consumer Rights Protection Law, arts. 49 and 52"),
        grants: Bilingual(zh: "商品或服务造成人身伤害或其他财产损失的，实际损失由经营者照价赔偿，不受补偿上限限制。",
                          en: "Where the goods or the service hurt someone or damaged other property, the business pays the actual loss in full, whatever the goodwill limits."),
        remedy: nil,
        priceMultiple: nil,
        minimumAmount: nil,
        lossMultiple: 1,
        exemptions: [
            Bilingual(zh: "损失是客户自己使用不当造成的。", en: "The customer's own misuse caused the loss."),
            Bilingual(zh: "损失没有票据或其他凭证，金额无法核实。", en: "Nothing documents the loss, so its amount cannot be checked."),
        ]
    )

    private static let knowingDefectHarm = Statute(
        id: .knowingDefectHarm,
        citation: Bilingual(zh: "《消费者权益保护法》第五十五条第二款",
                            en: "Consumer Rights Protection Law, art. 55(2)"),
        grants: Bilingual(zh: "明知有缺陷仍然出售，造成死亡或健康严重受损的，赔偿全部损失，受害人还可以要求不超过损失两倍的惩罚性赔偿。",
                          en: "Where the business knew of the defect and sold anyway, and someone died or was seriously harmed: the full loss, and the victim may claim up to twice the loss on top as punitive damages."),
        remedy: .returnAndRefund,
        priceMultiple: nil,
        minimumAmount: nil,
        lossMultiple: 1,
        lossMultipleUpTo: 2,
        exemptions: [
            Bilingual(zh: "经营者事先并不知道有缺陷。", en: "The business did not know of the defect."),
            Bilingual(zh: "没有造成死亡或严重的健康损害。", en: "Nobody died or suffered serious harm to their health."),
        ]
    )

    private static let prepaidRefund = Statute(
        id: .prepaidRefund,
        citation: Bilingual(zh: "《消费者权益保护法》第五十三条",
                            en: "Consumer Rights Protection Law, art. 53"),
        grants: Bilingual(zh: "预付了款却没按约定拿到商品或服务的，客户可以要求继续履行，也可以要求退回预付款，并由经营者承担利息和客户为此支出的合理费用。",
                          en: "Where a prepayment was not honoured as agreed, the customer may insist on delivery or take the prepayment back, and the business pays interest on it and the customer's reasonable costs."),
        remedy: .refundUnused,
        priceMultiple: nil,
        minimumAmount: nil,
        exemptions: [
            Bilingual(zh: "我们已经按约定提供，只是客户自己改了主意；这时按合同约定处理未用部分。",
                      en: "We delivered as agreed and the customer changed their mind; the contract then governs the unused part."),
        ]
    )

    private static let contractEnded = Statute(
        id: .contractEnded,
        citation: Bilingual(zh: "《民法典》第五百六十三条", en: "Civil Code, art. 563"),
        grants: Bilingual(zh: "一方迟延履行或有其他违约行为，致使合同目的不能实现的，对方可以解除合同，已付款项应当退还。",
                          en: "Where one side's delay or other breach defeats the purpose of the contract, the other side may end it, and money paid goes back."),
        remedy: .returnAndRefund,
        priceMultiple: nil,
        minimumAmount: nil,
        exemptions: [
            Bilingual(zh: "延误不大，合同目的仍然可以实现。", en: "The delay is short and the contract's purpose can still be met."),
        ]
    )
}
