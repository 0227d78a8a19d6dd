import Knowledge

/// Every phrase the advice writer uses, in both languages, named by what it says.
///
/// Templates are functions of the values they carry, so the writer never picks a language itself.
enum AdvicePhrases {
    // MARK: Money

    /// What people call a currency after an amount, in both languages; nil for a code without an everyday name here.
    static func currencyName(_ code: String) -> Bilingual? {
        switch code.uppercased() {
        case "CNY", "RMB": Bilingual(zh: "元", en: "yuan")
        case "USD": Bilingual(zh: "美元", en: "US dollars")
        case "EUR": Bilingual(zh: "欧元", en: "euros")
        case "GBP": Bilingual(zh: "英镑", en: "pounds")
        case "HKD": Bilingual(zh: "港元", en: "Hong Kong dollars")
        case "TWD": Bilingual(zh: "新台币", en: "New Taiwan dollars")
        case "JPY": Bilingual(zh: "日元", en: "yen")
        default: nil
        }
    }

    /// An amount with its currency: "300元", "300 yuan"; the policy's own names win over the known ones.
    static func money(_ text: String, currency: String, names: Policy.DisplayName? = nil) -> Bilingual {
        guard let name = names.map({ Bilingual(zh: $0.zh, en: $0.en) }) ?? currencyName(currency) else {
            return Bilingual(zh: "\(text) \(currency)", en: "\(text) \(currency)")
        }
        return Bilingual(zh: text + name.zh, en: text + " " + name.en)
    }

    /// A form of compensation named as a choice: "a refund", "积分".
    static func formName(_ form: CompensationForm) -> Bilingual {
        switch form {
        case .refund: Bilingual(zh: "退款", en: "a refund")
        case .coupon: Bilingual(zh: "优惠券", en: "a coupon")
        case .points: Bilingual(zh: "积分", en: "points")
        case .freeServiceVisit: Bilingual(zh: "免费上门服务", en: "a free service visit")
        case .expressReship: Bilingual(zh: "免费加急补发", en: "a free express reshipment")
        }
    }

    /// An offer in one form, as said to a customer.
    static func offer(_ form: CompensationForm, amount: Bilingual, points: String, worth: Bilingual, rest: Bilingual?) -> Bilingual {
        switch form {
        case .coupon: return Bilingual(zh: "\(amount.zh)优惠券", en: "a coupon worth \(amount.en)")
        case .refund: return Bilingual(zh: "退款\(amount.zh)", en: "a refund of \(amount.en)")
        case .points: return Bilingual(zh: "\(points)积分（价值\(amount.zh)）", en: "\(points) points (worth \(amount.en))")
        case .freeServiceVisit, .expressReship:
            let head = form == .freeServiceVisit
                ? Bilingual(zh: "一次免费上门服务（价值\(worth.zh)）", en: "a free service visit (worth \(worth.en))")
                : Bilingual(zh: "一次免费加急补发（价值\(worth.zh)）", en: "a free express reshipment (worth \(worth.en))")
            guard let rest else { return head }
            return Bilingual(zh: "\(head.zh)，另加\(rest.zh)优惠券", en: "\(head.en) plus a coupon worth \(rest.en)")
        }
    }

    /// A ladder amount for the agent: points show their cash value beside them.
    static func rung(_ amount: String, points: String?, money: Bilingual) -> Bilingual {
        guard let points else { return Bilingual(zh: amount, en: amount) }
        return Bilingual(zh: "\(points)积分（\(money.zh)）", en: "\(points) points (\(money.en))")
    }

    static func moneyPlan(rungs: [Bilingual], walkAway: Bilingual, form: Bilingual?, cap: Bilingual) -> Bilingual {
        let zhForm = form.map { "（\($0.zh)）" } ?? ""
        let enForm = form.map { " (\($0.en))" } ?? ""
        let zhSteps = rungs.map(\.zh)
        let enSteps = rungs.map(\.en)
        let fixFirst = rungs.first == openWithRemedyOnly
        let zhFirst = fixFirst ? "先只做补救" : zhSteps.first.map { "先给\($0)" } ?? ""
        let enFirst = fixFirst ? "start with the fix only" : enSteps.first.map { "start at \($0)" } ?? ""
        let zhMiddle = zhSteps.dropFirst().map { " → \($0)" }.joined()
        let enMiddle = enSteps.dropFirst().map { " → \($0)" }.joined()
        guard !rungs.isEmpty else {
            return Bilingual(zh: "只给\(walkAway.zh)\(zhForm)，不再加 · 你的额度\(cap.zh)",
                             en: "offer \(walkAway.en)\(enForm), no more · your cap \(cap.en)")
        }
        return Bilingual(zh: "\(zhFirst)\(zhMiddle) → 最多给到\(walkAway.zh)\(zhForm) · 你的额度\(cap.zh)",
                         en: "\(enFirst)\(enMiddle) → stop at \(walkAway.en)\(enForm) · your cap \(cap.en)")
    }

    static let openWithRemedyOnly = Bilingual(zh: "只做补救", en: "the fix only")
    static let noMoneyTalk = Bilingual(zh: "不谈补偿：讲清原因，帮客户把问题解决", en: "no compensation: explain, then help them sort it out")
    static let goodwillOnlyIfAsked = Bilingual(zh: "补救就是答复，客户不提就不谈补偿；客户开口要，带上金额再查一次",
                                               en: "the fix is the answer: no money unless they ask; if they do, advise again with their figure")
    static func nothingAtYourTier(cap: Bilingual) -> Bilingual {
        Bilingual(zh: "你这一级不能给补偿（额度\(cap.zh)）", en: "you can give nothing at your tier (cap \(cap.en))")
    }
    static let careBeyondYourTier = Bilingual(zh: "本案要的关怀超出你这一级：先安抚，再转交", en: "the case needs more care than your tier gives: calm things, then hand over")
    static func owedAboveYourCap(owed: Bilingual, cap: Bilingual) -> Bilingual {
        Bilingual(zh: "应付\(owed.zh)，超出你的额度\(cap.zh)，由上级支付", en: "\(owed.en) is owed, over your \(cap.en) cap; a higher tier pays it")
    }
    static func handover(after walkAway: Bilingual?, to tier: Bilingual, limit: Bilingual, reason: Bilingual) -> Bilingual {
        guard let walkAway else {
            return Bilingual(zh: "转\(tier.zh)（可给到\(limit.zh)）：\(reason.zh)", en: "hand over to the \(tier.en) (can go to \(limit.en)): \(reason.en)")
        }
        return Bilingual(zh: "客户要超过\(walkAway.zh)，转\(tier.zh)（可给到\(limit.zh)）：\(reason.zh)",
                         en: "past \(walkAway.en), hand over to the \(tier.en) (can go to \(limit.en)): \(reason.en)")
    }

    // MARK: The owed line

    static func owedLine(what: Bilingual, who: Bilingual, citation: Bilingual) -> Bilingual {
        Bilingual(zh: "\(what.zh)，付现金，不占补偿额度；\(who.zh)（\(citation.zh)）",
                  en: "\(what.en) in cash, outside the goodwill limits; \(who.en) (\(citation.en))")
    }
    static func lossPlusLaw(loss: Bilingual, law: Bilingual, total: Bilingual) -> Bilingual {
        Bilingual(zh: "损失\(loss.zh)，连同法定赔偿\(law.zh)共\(total.zh)", en: "the loss of \(loss.en), with the law's \(law.en) making \(total.en)")
    }
    static func owedYoursToSign(limit: Bilingual) -> Bilingual {
        Bilingual(zh: "你可以直接批（额度\(limit.zh)）", en: "yours to sign (limit \(limit.en))")
    }
    static let owedYoursToSignNoLimit = Bilingual(zh: "你可以直接批", en: "yours to sign")
    static func owedSignedBy(tier: Bilingual, limit: Bilingual) -> Bilingual {
        Bilingual(zh: "需\(tier.zh)审批（额度\(limit.zh)）", en: "the \(tier.en) signs (limit \(limit.en))")
    }
    static func owedSignedByNoLimit(tier: Bilingual) -> Bilingual {
        Bilingual(zh: "需\(tier.zh)审批", en: "the \(tier.en) signs")
    }
    static func owedAboveEveryLimitShort(top: Bilingual, limit: Bilingual) -> Bilingual {
        Bilingual(zh: "超过最高额度\(limit.zh)，交\(top.zh)另行报批", en: "over the top limit of \(limit.en); the \(top.en) takes it further")
    }
    static func owedAboveEveryLimit(owed: Bilingual, limit: Bilingual, tier: Bilingual) -> Bilingual {
        Bilingual(zh: "应付\(owed.zh)，超过政策里最高的审批额度\(limit.zh)：由\(tier.zh)接手并按公司流程另行报批，不能因此少付。",
                  en: "\(owed.en) is owed, more than the policy's highest signing limit of \(limit.en): the \(tier.en) takes it and gets it approved above that; it is not paid any less for it.")
    }
    static func lossAwaitsFault(_ amount: Bilingual) -> Bilingual {
        Bilingual(zh: "客户说损失了\(amount.zh)，但责任还没查清：先收下票据，查明是我们的责任再照价赔付。",
                  en: "The customer reports a loss of \(amount.en), but the fault isn't settled: take the receipts now; if it turns out to be ours, we pay it in full.")
    }
    static func claimableInCourt(_ amount: Bilingual, citation: Bilingual) -> Bilingual {
        Bilingual(zh: "依\(citation.zh)，客户还可以另外主张最多\(amount.zh)的惩罚性赔偿，数额不由你定，请交法务。",
                  en: "Under \(citation.en) the customer may also claim up to \(amount.en) in punitive damages; that figure isn't yours to set, so pass it to legal.")
    }
    static func lossPaidNow(_ amount: Bilingual) -> Bilingual {
        Bilingual(zh: "您因此损失的\(amount.zh)，我们照价赔给您，付现金，请把相关票据发给我。",
                  en: "The \(amount.en) this cost you, we'll pay back in full, in cash; please send me the receipts.")
    }
    static func lossPaidAfterApproval(_ amount: Bilingual, tier: Bilingual, time: Bilingual) -> Bilingual {
        Bilingual(zh: "您因此损失的\(amount.zh)会照价赔给您，付现金；这笔由我们的\(tier.zh)审批，\(time.zh)之前会联系您，请先把票据发给我。",
                  en: "The \(amount.en) this cost you will be paid back in full, in cash; our \(tier.en) signs it off and will call you by \(time.en). Please send me the receipts now.")
    }
    static let askProductClass = Bilingual(zh: "先问清是什么商品：三包只管目录里的家电等、手机和电脑，其他商品按消法第二十四条办。",
                                           en: "Ask what the product is: the three-guarantees rules cover only listed appliances, phones and computers; other goods go by CRPL art. 24.")

    // MARK: Escalation reasons, for the agent

    static func owedAboveLimit(tier: Bilingual, owed: Bilingual, limit: Bilingual) -> Bilingual {
        Bilingual(zh: "应付\(owed.zh)，超出\(tier.zh)可批的\(limit.zh)", en: "\(owed.en) is owed, over the \(limit.en) the \(tier.en) may sign for")
    }

    static func floorAboveCap(tier: Bilingual, owed: Bilingual, cap: Bilingual) -> Bilingual {
        Bilingual(zh: "应付\(owed.zh)，超出\(tier.zh)的额度\(cap.zh)", en: "\(owed.en) is owed, over the \(tier.en)'s \(cap.en) cap")
    }
    static func careAboveTier(tier: Bilingual, needed: Int, allowed: Int) -> Bilingual {
        Bilingual(zh: "本案需要\(needed)级关怀，\(tier.zh)最多只能给到\(allowed)级", en: "the case needs care level \(needed); the \(tier.en) can give up to \(allowed)")
    }
    static func bottomLineAboveReach(tier: Bilingual, bottom: Bilingual, reach: Bilingual) -> Bilingual {
        Bilingual(zh: "\(tier.zh)最多给到\(reach.zh)，低于客户底线\(bottom.zh)", en: "the \(tier.en) can go to \(reach.en), below their bottom line of \(bottom.en)")
    }

    // MARK: Lowering, for the agent

    static let bottomLineUnreachable = Bilingual(zh: "哪一级都够不到客户底线：先引导客户调整期望，再请客户选方案",
                                                 en: "no tier reaches their bottom line: bring the expectation down, then let them choose")
    static func aboveEveryCap(asked: Bilingual, top: Bilingual) -> Bilingual {
        Bilingual(zh: "客户要\(asked.zh)，超出所有层级的额度（最高\(top.zh)）", en: "they ask \(asked.en), above every tier's cap (highest \(top.en))")
    }
    static func aboveSettlement(asked: Bilingual, settlement: Bilingual) -> Bilingual {
        Bilingual(zh: "客户要\(asked.zh)，本案最多只能到\(settlement.zh)", en: "they ask \(asked.en); this case settles at \(settlement.en) at most")
    }

    // MARK: Precedent

    static func standardIs(_ amount: Bilingual) -> Bilingual {
        Bilingual(zh: "像您这种情况，我们的补偿标准是\(amount.zh)。", en: "For a case like this, our standard is \(amount.en).")
    }
    static func recordsSource(count: Int) -> Bilingual {
        Bilingual(zh: "\(count)个同类结案的中位数", en: "median of \(count) similar settled cases")
    }
    static let noRecords = Bilingual(zh: "没有记录，只讲标准，不提以往案例", en: "none on record; explain the standard, cite no past cases")
    static func tooFewRecords(count: Int, needed: Int) -> Bilingual {
        Bilingual(zh: "只有\(count)个，不足\(needed)个，只讲标准，不提以往案例",
                  en: "only \(count) similar settled case\(count == 1 ? "" : "s"), fewer than \(needed); explain the standard, cite no past cases")
    }

    // MARK: Scripts for the customer

    static let timeBox = Bilingual(zh: "为了专心帮您把事情办好，咱们这次先用十分钟左右，把您最着急的那件事解决了，您看行吗？",
                                   en: "So I can give this my full attention, let's take about ten minutes now and start with what matters most to you. Does that work?")
    static let askWhatTheyWant = Bilingual(zh: "补偿的事咱们待会儿细说，我想先听听您的想法：这件事您希望怎么处理？",
                                           en: "We'll come to making this up to you, but first, what would you like to see happen?")
    static func remedyWillDo(_ actions: Bilingual) -> Bilingual {
        Bilingual(zh: "我们这边会\(actions.zh)。", en: "To put this right, we'll \(actions.en).")
    }
    static func remedyIsYourRight(_ citations: Bilingual) -> Bilingual {
        Bilingual(zh: "按照\(citations.zh)，这本来就是您应有的权益。", en: "Under \(citations.en), that's your right, not a favour.")
    }
    static func lawSetsAmount(_ amount: Bilingual) -> Bilingual {
        Bilingual(zh: "按照法律规定，这种情况应该赔偿您\(amount.zh)，这笔钱会以退款的方式给到您。",
                  en: "By law you're owed \(amount.en) in compensation for this, and we'll pay it to you as a refund.")
    }
    static func lawOwesHigherTier(tier: Bilingual, time: Bilingual) -> Bilingual {
        Bilingual(zh: "按照法律规定，这种情况您可以获得赔偿，会以现金方式支付。具体金额由我们的\(tier.zh)核实，\(time.zh)之前会联系您。",
                  en: "By law you're entitled to compensation for this, paid in cash. Our \(tier.en) will confirm the amount with you by \(time.en).")
    }
    static let byThisTimeTomorrow = Bilingual(zh: "明天这个时候", en: "this time tomorrow")

    /// What a remedy does, as a verb phrase that fits in "we'll …".
    static func remedyAction(_ kind: RemedyKind) -> Bilingual {
        switch kind {
        case .repair: Bilingual(zh: "免费为您维修", en: "repair it free of charge")
        case .exchange: Bilingual(zh: "给您换一件新的", en: "exchange it for a new one")
        case .returnAndRefund: Bilingual(zh: "为您办理退货，把货款全额退给您", en: "take it back and refund what you paid")
        case .refundUnused: Bilingual(zh: "把您还没用掉的预付款退给您", en: "refund the part of your prepayment you haven't used")
        case .reship: Bilingual(zh: "给您重新补发一份", en: "send you a replacement")
        case .expedite: Bilingual(zh: "优先为您加急安装或配送", en: "move your installation or delivery to the front of the queue")
        case .correctCharge: Bilingual(zh: "更正这笔扣费，把多扣的钱退给您", en: "correct the charge and refund the difference")
        case .apology: Bilingual(zh: "为这件事郑重向您道歉", en: "apologise properly for what happened")
        case .explanation: Bilingual(zh: "把使用方法给您讲清楚", en: "walk you through how it works")
        }
    }

    // MARK: Stages

    static func stageName(_ stage: CallStage) -> Bilingual {
        switch stage {
        case .timeBox: Bilingual(zh: "约定时长", en: "Time limit")
        case .open: Bilingual(zh: "开场", en: "Open")
        case .confirm: Bilingual(zh: "确认", en: "Confirm")
        case .ask: Bilingual(zh: "了解诉求", en: "Ask")
        case .remedy: Bilingual(zh: "解决办法", en: "Remedy")
        case .explain: Bilingual(zh: "讲解", en: "Explain")
        case .propose: Bilingual(zh: "补偿", en: "Offer")
        case .lower: Bilingual(zh: "说明标准", en: "Standard")
        case .options: Bilingual(zh: "可选方案", en: "Options")
        case .handover: Bilingual(zh: "转交", en: "Hand over")
        case .close: Bilingual(zh: "收尾", en: "Close")
        }
    }

    // MARK: Care, warning zones, follow-up

    /// Care when the customer caused the problem: no apology for a fault that is not ours.
    static func careWithoutOurFault(_ level: Int) -> (name: Bilingual, action: Bilingual)? {
        switch level {
        case 0: (Bilingual(zh: "标准处理", en: "Standard handling"),
                 Bilingual(zh: "这通电话里讲清楚，挂机前确认客户已经会用。", en: "Sort it out on this call and check they can do it themselves before you hang up."))
        case 1: (Bilingual(zh: "专人负责", en: "Named handler"),
                 Bilingual(zh: "报上姓名和工号，一直跟到客户能正常使用为止。", en: "Give your name and staff number, and stay with them until it works."))
        default: nil
        }
    }

    /// The warning zone of a temperament when nothing is paid.
    static func warningZoneWithoutMoney(_ temperament: TemperamentID) -> Bilingual {
        switch temperament {
        case .emotional: Bilingual(zh: "只顾照规定解释，对客户的感受一句不提。", en: "Reciting the rules while ignoring how the customer feels.")
        case .rational: Bilingual(zh: "一味安抚情绪，却迟迟讲不到怎么解决。", en: "Soothing them again and again without ever getting to the fix.")
        }
    }

    static let firstReply = Bilingual(zh: "首次答复", en: "first reply")
    static let update = Bilingual(zh: "主动通报", en: "update")
    static let everyThreeHours = Bilingual(zh: "每3小时", en: "every 3 h")
    static let handoverAnswer = Bilingual(zh: "上级答复", en: "escalation reply")
    static let followThrough = Bilingual(zh: "跟进落实", en: "follow-up")
    static let revisit = Bilingual(zh: "结案回访", en: "revisit")

    // MARK: Notes

    static func expectationNotGiven(_ assumed: Bilingual) -> Bilingual {
        Bilingual(zh: "客户没说要多少：先问（见“了解诉求”），计划暂按\(assumed.zh)估算。", en: "No amount named: ask first (see Ask); the plan assumes about \(assumed.en).")
    }
    static func bottomLineNotGiven(_ assumed: Bilingual) -> Bilingual {
        Bilingual(zh: "客户底线暂按\(assumed.zh)估算；问清后重新生成建议。", en: "Bottom line estimated at \(assumed.en); ask for it, then advise again.")
    }
    static func scaledFloorAboveTopCap(scaled: Bilingual, used: Bilingual) -> Bilingual {
        Bilingual(zh: "按案情放大后的政策下限\(scaled.zh)高于最高层级的额度，按\(used.zh)计；请主管核对政策。",
                  en: "The policy floor scaled to this case, \(scaled.en), is above the top tier's cap; \(used.en) is used. Ask the policy owner.")
    }
    static func statutoryAboveEveryCap(_ amount: Bilingual) -> Bilingual {
        Bilingual(zh: "法定赔偿\(amount.zh)高于各层级的额度，须由最高层级按法律处理。",
                  en: "The statutory amount \(amount.en) is above every tier's cap; the top tier settles it as the law requires.")
    }
    static func heldToExpectation(_ amount: Bilingual) -> Bilingual {
        Bilingual(zh: "客户只要\(amount.zh)，给到这个数为止，不多给。", en: "The customer asked for \(amount.en); the plan gives no more than that.")
    }
    static func lawNotApplied(_ citations: Bilingual, jurisdiction: String?) -> Bilingual {
        guard let jurisdiction else {
            return Bilingual(zh: "政策没写适用地区，\(citations.zh)未采用；在中国经营的，请主管在政策里把适用地区设为 CN。",
                             en: "The policy names no jurisdiction, so \(citations.en) was not applied; a policy for China should set its jurisdiction to CN.")
        }
        return Bilingual(zh: "\(citations.zh)是中国法律，本政策适用 \(jurisdiction)，未采用。",
                         en: "\(citations.en) is Chinese law and this policy is for \(jurisdiction), so it was not applied.")
    }
        static let bottomLineNotMet = Bilingual(zh: "哪一级都够不到客户底线：先引导客户调整期望，再请客户从方案里选。",
                                            en: "No tier can meet the bottom line: bring the expectation down, then let the customer choose an option.")
        static let nothingOwedForTheBottomLine = Bilingual(zh: "这次不在补偿范围内，哪一级都不会付这笔钱，不用转交：讲清规定，用关怀和跟进代替。",
                                                           en: "Nothing is owed here, at any tier, so there is no one to hand it to: explain the rule, and give care and follow-up instead.")

    // MARK: Words read

    static func wordsRead(who: Bilingual, cues: [String], flags: [Bilingual]) -> Bilingual {
        let zhCues = cues.map { "“\($0)”" }.joined(separator: "、")
        let enCues = cues.map { "“\($0)”" }.joined(separator: ", ")
        let zhFlags = flags.isEmpty ? "" : "；标记：" + flags.map(\.zh).joined(separator: "、")
        let enFlags = flags.isEmpty ? "" : "; flags: " + flags.map(\.en).joined(separator: ", ")
        return Bilingual(zh: "\(who.zh)——依据 \(zhCues)\(zhFlags)", en: "\(who.en) — from \(enCues)\(enFlags)")
    }
    static let noClearType = Bilingual(zh: "看不出明确类型", en: "no clear type")
    static let agentChoiceKept = Bilingual(zh: "（与你的回答不同，以你的为准）", en: " (your own answer stands)")
}
