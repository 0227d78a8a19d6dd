import Knowledge

/// Words the advice for one case: remedy, offers, care, escalation, strategy and follow-up, in one language.
struct AdviceWriter {
    let policy: Policy
    let language: Language

    private func t(_ text: Bilingual) -> String { text.text(language) }

    /// An amount with its currency, as a customer hears it.
    func money(_ amount: Double) -> String {
        let number = Money.plain(amount)
        if policy.currency == "CNY" { return language == .zh ? "\(number) 元" : "\(number) yuan" }
        return "\(number) \(policy.currency)"
    }

    func advice(intake: Intake, bounds: AdviceEngine.CaseBounds, statutes: [StatuteID], categoryPolicy: Policy.CategoryPolicy,
                expectation: NegotiationPoint, bottomLine: NegotiationPoint, estimated: Advice.Estimated,
                settlement: Advice.Settlement, range: Advice.OfferRange, addressedTier: Int,
                escalationSteps: [Advice.EscalationStep], lowering: Advice.ExpectationLowering?, precedent: Precedent?,
                notes: [String]) -> Advice {
        let type = intake.type.map(KnowledgeBase.type)
        let temperament = intake.temperament.map(KnowledgeBase.temperament)
        let remedy = remedyAdvice(intake, statutes, categoryPolicy, bounds)
        // Statutory compensation is money the law awards, so it is paid back as money, not as coupons or points.
        let forms: [CompensationForm] = bounds.statutoryFloor != nil ? [.refund] : categoryPolicy.forms
        let offers = offerList(settlement.amount, forms: forms)
        let careLevel = KnowledgeBase.careLevels[min(max(settlement.care, 0), KnowledgeBase.careLevels.count - 1)]
        let escalation = Advice.Escalation(
            needed: !escalationSteps.isEmpty,
            to: escalationSteps.isEmpty ? nil : settlement.tier,
            steps: escalationSteps,
            typeRules: type?.escalation.map { "\(t($0.role.title))\(language == .zh ? "：" : ": ")\(t($0.trigger))" } ?? []
        )
        return Advice(
            language: language,
            intake: intake,
            policy: Advice.PolicyReference(name: policy.name, version: policy.version, currency: policy.currency),
            customer: Advice.CustomerReading(
                type: type?.id.rawValue, typeName: type.map { t($0.name) },
                temperament: temperament?.id.rawValue, temperamentName: temperament.map { t($0.name) },
                pursues: temperament.map { t($0.pursues) }, warningZone: temperament.map { t($0.warningZone) }),
            remedy: remedy,
            bounds: Advice.Bounds(
                floor: bounds.floor, statutoryFloor: bounds.statutoryFloor, standard: bounds.standard,
                cap: bounds.caps[addressedTier], ceiling: bounds.ceiling,
                tierCaps: policy.tiers.indices.map { Advice.TierCap(tier: policy.tiers[$0], cap: bounds.caps[$0], maxCare: bounds.maxCare[$0]) },
                minCare: bounds.minCare, maxCare: max(bounds.minCare, bounds.maxCare[addressedTier])),
            expectation: expectation, bottomLine: bottomLine, estimated: estimated,
            settlement: settlement, range: range, offers: offers,
            care: Advice.CareAdvice(level: careLevel.level, name: t(careLevel.name), actions: careLevel.actions.map(t)),
            escalation: escalation,
            lowerExpectation: lowering,
            precedent: quote(precedent, standard: bounds.standard),
            strategy: strategy(intake: intake, type: type, temperament: temperament, remedy: remedy, range: range,
                               offers: offers, escalation: escalation, lowering: lowering, compensable: bounds.compensable,
                               statutory: bounds.statutoryFloor),
            followUp: followUps(care: settlement.care, escalated: escalation.needed),
            notes: notes
        )
    }

    func remedyAdvice(_ intake: Intake, _ statutes: [StatuteID], _ category: Policy.CategoryPolicy,
                      _ bounds: AdviceEngine.CaseBounds) -> Advice.RemedyAdvice {
        var kinds: [RemedyKind] = statutes.compactMap { KnowledgeBase.statute($0).remedy }
        if kinds.isEmpty {
            kinds = intake.fault == .customer ? [.explanation] : Array(category.remedies.prefix(1))
        }
        if intake.fault != .customer && (intake.brokenPromises > 0 || intake.category == .serviceAttitude) && !kinds.contains(.apology) {
            kinds.append(.apology)
        }
        var unique: [RemedyKind] = []
        for kind in kinds where !unique.contains(kind) { unique.append(kind) }
        let citations = statutes.map { id -> Advice.StatuteCitation in
            let statute = KnowledgeBase.statute(id)
            return Advice.StatuteCitation(id: id, citation: t(statute.citation), grants: t(statute.grants),
                                          floor: statute.floor(orderValue: intake.orderValue))
        }
        let names = unique.map { t($0.title) }.joined(separator: language == .zh ? " + " : " + ")
        let cited = citations.isEmpty ? "" : (language == .zh ? "（依据：" : " (basis: ") + citations.map(\.citation).joined(separator: language == .zh ? "；" : "; ") + (language == .zh ? "）" : ")")
        return Advice.RemedyAdvice(kinds: unique, text: names + cited, statutes: citations)
    }

    func offerList(_ amount: Double, forms: [CompensationForm]) -> [Advice.Offer] {
        guard amount > 0 else { return [] }
        return forms.compactMap { form -> Advice.Offer? in
            switch form {
            case .coupon:
                return Advice.Offer(form: form, quantity: amount, value: amount,
                                    text: language == .zh ? "\(money(amount))优惠券" : "a coupon worth \(money(amount))")
            case .refund:
                return Advice.Offer(form: form, quantity: amount, value: amount,
                                    text: language == .zh ? "退款 \(money(amount))" : "a refund of \(money(amount))")
            case .points:
                let points = (amount * policy.forms.pointsPerCurrencyUnit).rounded(.down).saturated
                return Advice.Offer(form: form, quantity: points, value: amount,
                                    text: language == .zh ? "\(Money.plain(points)) 积分" : "\(Money.plain(points)) points")
            case .freeServiceVisit, .expressReship:
                let worth = form == .freeServiceVisit ? policy.forms.serviceVisitValue : policy.forms.expressReshipValue
                guard worth <= amount else { return nil }
                let rest = amount - worth
                let restText = rest > 0 ? (language == .zh ? " + \(money(rest))优惠券" : " + a coupon worth \(money(rest))") : ""
                let head = language == .zh ? "\(t(form.title))（价值 \(money(worth))）" : "\(t(form.title)) (worth \(money(worth)))"
                return Advice.Offer(form: form, quantity: 1, value: amount, text: head + restText)
            }
        }
    }

    /// The precedent to quote: the log's median when similar cases have settled, the policy's standard amount otherwise.
    func quote(_ precedent: Precedent?, standard: Double) -> Advice.PrecedentQuote {
        if let precedent {
            return Advice.PrecedentQuote(amount: precedent.median, count: precedent.count, fromLog: true,
                                         source: t(Bilingual(zh: "日志中 \(precedent.count) 个同类案例的中位数", en: "median of \(precedent.count) similar settled cases in the log")))
        }
        return Advice.PrecedentQuote(amount: standard, count: 0, fromLog: false,
                                     source: t(Bilingual(zh: "政策标准金额（暂无结案记录）", en: "the policy's standard amount (no settled cases on record)")))
    }

    func lowering(intake: Intake, bounds: AdviceEngine.CaseBounds, precedent: Precedent?, expectation: NegotiationPoint, settlement: Double, care: Int,
                  cap: Double, maxCare: Int, aboveEveryTier: Bool, meetsBottomLine: Bool, forms: [CompensationForm]) -> Advice.ExpectationLowering {
        let phrases = KnowledgeBase.negotiationPhrases
        let reason: Bilingual
        if !meetsBottomLine {
            reason = Bilingual(zh: "没有任何层级能达到客户底线", en: "no tier can meet the customer's bottom line")
        } else if aboveEveryTier {
            reason = Bilingual(zh: "期望值 \(Money.plain(expectation.amount)) 高于所有层级的上限", en: "the expectation of \(Money.plain(expectation.amount)) is above every tier's cap")
        } else {
            reason = Bilingual(zh: "期望值 \(Money.plain(expectation.amount)) 高于本层级上限 \(Money.plain(cap))", en: "the expectation of \(Money.plain(expectation.amount)) is above this tier's cap of \(Money.plain(cap))")
        }
        let quoted = quote(precedent, standard: bounds.standard)
        let precedentText = (quoted.fromLog ? t(phrases.precedent[0]) : t(phrases.precedent[1]))
            .replacingOccurrences(of: "{precedent}", with: money(quoted.amount))
            .replacingOccurrences(of: "{count}", with: String(quoted.count))
        // Options span the negotiation circle: money first, the same value in points, and more care for less money.
        var options: [Advice.Option] = []
        let letters = ["A", "B", "C"]
        func add(_ value: Double, _ optionCare: Int, _ text: String) {
            guard options.count < 3, value >= bounds.floor, value <= cap else { return }
            options.append(Advice.Option(label: letters[options.count], value: value, care: optionCare, text: text))
        }
        for offer in offerList(settlement, forms: forms).prefix(2) {
            add(offer.value, care, offer.text)
        }
        let careBump = min(care + 1, maxCare)
        let reduced = max(bounds.floor, (settlement * 0.7).rounded())
        // Less money is only an option when it comes with more care than the settlement already gives.
        if careBump > care, let first = forms.first, let offer = offerList(reduced, forms: [first]).first {
            let level = KnowledgeBase.careLevels[careBump]
            add(reduced, careBump, offer.text + (language == .zh ? " + " : " + ") + t(level.name))
        }
        if options.isEmpty {
            let level = KnowledgeBase.careLevels[careBump]
            add(bounds.floor, careBump, t(level.name))
        }
        return Advice.ExpectationLowering(
            reason: t(reason), precedentAmount: quoted.amount, precedentSource: quoted.source, precedent: precedentText, ruleExplained: t(phrases.ruleExplained[0]), options: options)
    }

    func strategy(intake: Intake, type: ComplainantType?, temperament: Temperament?, remedy: Advice.RemedyAdvice,
                  range: Advice.OfferRange, offers: [Advice.Offer], escalation: Advice.Escalation,
                  lowering: Advice.ExpectationLowering?, compensable: Bool, statutory: Double?) -> Advice.Strategy {
        let phrases = KnowledgeBase.negotiationPhrases
        var steps: [Advice.Step] = []
        func add(_ stage: String, _ text: String) { steps.append(Advice.Step(stage: stage, text: text)) }
        add("open", temperament.map { t($0.approach[0]) } ?? t(KnowledgeBase.principles[0].explanation))
        if let type { add("open", "“" + t(type.script.open[0]) + "”") }
        add("confirm", type.map { "“" + t($0.script.confirm[0]) + "”" } ?? t(KnowledgeBase.principles[1].explanation))
        add("remedy", t(phrases.remedyStated[0]) + " " + remedy.text)
        if let statutory {
            add("propose", t(Bilingual(zh: "按法律规定，这种情况应赔偿 \(money(statutory))，将以退款方式支付给您。",
                                       en: "The law sets compensation of \(money(statutory)) for this, and it will be paid to you as a refund.")))
        } else if compensable, range.walkAway > 0 {
            let openingOffer = offerList(range.opening, forms: offers.map(\.form)).first?.text ?? money(range.opening)
            add("propose", t(phrases.opening[0]).replacingOccurrences(of: "{offer}", with: openingOffer))
        } else {
            add("propose", t(phrases.noCompensation[0]))
        }
        if let lowering {
            add("lower", lowering.precedent)
            add("lower", lowering.ruleExplained)
            add("options", t(phrases.offerOptions[0]) + " " + lowering.options.map { "\($0.label) \($0.text)" }.joined(separator: "; "))
        }
        if escalation.needed, let to = escalation.to {
            add("escalate", t(phrases.escalating[0])
                .replacingOccurrences(of: "{role}", with: to)
                .replacingOccurrences(of: "{time}", with: language == .zh ? "明天这个时候" : "this time tomorrow"))
        }
        add("close", type.map { "“" + t($0.script.close[0]) + "”" } ?? t(KnowledgeBase.principles[4].explanation))
        var say: [String] = []
        if let type { say.append(t(type.script.propose[0])) }
        if let temperament { say.append(t(temperament.say[0])) }
        if say.isEmpty { say.append(t(phrases.remedyStated[1])) }
        var avoid: [String] = []
        if let type { avoid.append(t(type.pitfalls[0])) }
        if let temperament { avoid.append(t(temperament.avoid[0])) }
        if avoid.isEmpty { avoid.append(t(KnowledgeBase.temperament(.rational).avoid[0])) }
        return Advice.Strategy(steps: steps, say: say, avoid: avoid)
    }

    func followUps(care: Int, escalated: Bool) -> [Advice.FollowUp] {
        var result: [Advice.FollowUp] = []
        func add(_ norm: String, _ what: Bilingual) {
            guard let n = KnowledgeBase.timeNorm(norm) else { return }
            result.append(Advice.FollowUp(what: t(what), when: Durations.describe(n, in: language),
                                          earliestSeconds: n.earliestSeconds, latestSeconds: n.latestSeconds))
        }
        add("first-response", Bilingual(zh: "首次答复", en: "first reply"))
        if care >= 2 {
            result.append(Advice.FollowUp(what: t(Bilingual(zh: "主动通报", en: "update")),
                                          when: language == .zh ? "每 3 小时" : "every 3 h", earliestSeconds: 10800, latestSeconds: 10800))
        }
        add("follow-up", escalated ? Bilingual(zh: "上级答复", en: "escalation answer")
                                   : Bilingual(zh: "跟进落实", en: "follow-up"))
        add("revisit", Bilingual(zh: "结案回访", en: "revisit"))
        return result
    }
}
