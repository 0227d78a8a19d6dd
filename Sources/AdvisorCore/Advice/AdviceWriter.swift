import Knowledge

/// Turns a negotiation plan into advice in one language; every phrase comes from a named bilingual table.
struct AdviceWriter {
    let policy: Policy
    let language: Language

    private typealias P = AdvicePhrases

    private func t(_ text: Bilingual) -> String { text.text(language) }

    /// An amount with its currency, as a customer hears it.
    func money(_ amount: Amount, _ unit: CurrencyUnit) -> Bilingual {
        P.money(unit.text(amount), currency: unit.code, names: policy.currencyNames)
    }

    /// A tier's display name.
    func tierName(_ tier: Int) -> Bilingual { policy.tierName(tier) }

    /// The points a value buys, as a whole number.
    func points(_ amount: Amount, _ unit: CurrencyUnit) -> String {
        let points = (unit.major(amount) * policy.forms.pointsPerCurrencyUnit).rounded(.down)
        return points < 1e15 ? String(Int64(points)) : Money.plain(points)
    }

    /// An amount in one form, as said to a customer.
    func offerText(_ form: CompensationForm, _ amount: Amount, rest: Amount = .zero, _ unit: CurrencyUnit) -> Bilingual {
        let worth = form == .freeServiceVisit ? policy.forms.serviceVisitValue : policy.forms.expressReshipValue
        return P.offer(form, amount: money(amount, unit), points: points(amount, unit), worth: money(unit.amount(worth), unit),
                       rest: rest > .zero ? money(rest, unit) : nil)
    }

    func advice(_ plan: NegotiationPlan, intake: Intake, reading: Advice.WordsSummary?) -> Advice {
        let unit = plan.currency
        let major = unit.major
        let type = intake.type.map(KnowledgeBase.type)
        let temperament = intake.temperament.map(KnowledgeBase.temperament)
        let remedy = remedyAdvice(plan, intake)
        let offers = plan.options.enumerated().map { index, option in
            Advice.Offer(label: ["A", "B", "C"][index], form: option.form, quantity: Double(option.quantity) / (option.form == .points ? 1 : Double(unit.scale)),
                         value: major(option.value),
                         text: t(offerText(option.form, option.value - option.couponRest, rest: option.couponRest, unit)))
        }
        let steps = plan.escalation.map { Advice.EscalationStep(tier: plan.tiers[$0.tier].tier, reason: $0.reason, text: t(reasonText($0, unit))) }
        let handover = plan.handover.map { handover in
            Advice.Handover(tier: plan.tiers[handover.tier].tier, tierName: t(tierName(handover.tier)), limit: major(handover.limit),
                            reasons: steps.map(\.text), ladder: handover.ladder.map { ladder($0, unit) })
        }
        let escalation = Advice.Escalation(
            needed: plan.handover != nil, to: plan.handover.map { plan.tiers[$0.tier].tier },
            toName: plan.handover.map { t(tierName($0.tier)) }, steps: steps,
            typeRules: type?.escalation.map { t([$0.role.title, $0.trigger].joined(zh: "：", en: ": ")) } ?? [])
        let precedent = quote(plan)
        let lowering = plan.lowering.map { loweringAdvice($0, plan, temperament: temperament?.id) }
        let careLevel = plan.ladder?.care ?? plan.settlement.care
        let moneyPaid = plan.moneyTalk && (plan.ladder != nil || plan.handover != nil)
        let warningZone: String? = temperament.map { moneyPaid ? t($0.warningZone) : t(P.warningZoneWithoutMoney($0.id)) }
        return Advice(
            language: language,
            intake: intake,
            policy: Advice.PolicyReference(name: policy.name, version: policy.version, currency: policy.currency,
                                           currencyName: policy.currencyDisplayName.map(t)),
            customer: Advice.CustomerReading(
                type: type?.id.rawValue, typeName: type.map { t($0.name) },
                temperament: temperament?.id.rawValue, temperamentName: temperament.map { t($0.name) },
                pursues: temperament.map { t($0.pursues) }, warningZone: warningZone,
                words: reading, wordsLine: reading.map { t(wordsLine($0, intake: intake)) }),
            remedy: remedy,
            bounds: Advice.Bounds(
                floor: major(plan.floor), statutoryFloor: plan.statutoryFloor.map(major), standard: major(plan.standard),
                cap: major(plan.readerRectangle.cap), ceiling: plan.ceiling.map(major),
                tierCaps: plan.tiers.indices.map { Advice.TierCap(tier: plan.tiers[$0].tier, name: t(tierName($0)), cap: major(plan.tiers[$0].cap),
                                                                  maxCare: plan.tiers[$0].maxCare) },
                minCare: plan.minCare, maxCare: plan.readerRectangle.maxCare),
            expectation: .init(amount: major(plan.expectation.amount), care: plan.expectation.care, source: plan.expectation.source),
            bottomLine: .init(amount: major(plan.bottomLine.amount), care: plan.bottomLine.care, source: plan.bottomLine.source),
            estimated: .init(expectation: plan.expectation.source == .estimated, bottomLine: plan.bottomLine.source == .estimated),
            settlement: .init(amount: major(plan.settlement.amount), care: plan.settlement.care, tier: plan.tiers[plan.settlement.tier].tier,
                              tierName: t(tierName(plan.settlement.tier)), meetsBottomLine: plan.settlement.meetsBottomLine),
            range: .init(opening: major(plan.ladder?.opening ?? .zero), walkAway: major(plan.ladder?.walkAway ?? .zero)),
            ladder: plan.ladder.map { ladder($0, unit) },
            handover: handover,
            moneyPlan: t(moneyPlan(plan)),
            owed: owedLine(plan, intake).map(t),
            offers: offers,
            care: careAdvice(careLevel, customerFault: intake.fault == .customer),
            escalation: escalation,
            lowerExpectation: lowering,
            precedent: precedent,
            strategy: strategy(plan, intake: intake, type: type, temperament: temperament, offers: offers, lowering: lowering),
            followUp: followUps(care: careLevel, escalated: plan.handover != nil),
            notes: notes(plan).map(t),
            earlier: plan.earlier.map { earlierCase($0, plan) })
    }

    /// An opening offer as said aloud; a service is offered only when its worth fits inside the amount.
    func spokenOffer(_ form: CompensationForm, _ amount: Amount, _ unit: CurrencyUnit) -> Bilingual? {
        switch form {
        case .coupon, .refund, .points: return offerText(form, amount, unit)
        case .freeServiceVisit, .expressReship:
            let worth = unit.amount(form == .freeServiceVisit ? policy.forms.serviceVisitValue : policy.forms.expressReshipValue)
            return worth <= amount ? offerText(form, worth, unit) : nil
        }
    }

    func ladder(_ ladder: OfferLadder, _ unit: CurrencyUnit) -> Advice.Ladder {
        Advice.Ladder(tier: policy.tiers[ladder.tier], tierName: t(tierName(ladder.tier)), form: ladder.form, step: unit.major(ladder.step),
                      opening: unit.major(ladder.opening), concessions: ladder.concessions.map(unit.major),
                      walkAway: unit.major(ladder.walkAway), care: ladder.care)
    }

    /// The one line the agent reads first.
    func moneyPlan(_ plan: NegotiationPlan) -> Bilingual {
        let unit = plan.currency
        let cap = money(plan.readerRectangle.cap, unit)
        var line: Bilingual
        if plan.waitsToBeAsked {
            line = P.goodwillOnlyIfAsked
        } else if !plan.moneyTalk {
            line = P.noMoneyTalk
        } else if let ladder = plan.ladder {
            // Points are counted in points, with their cash value at the opening and the stop so nobody reads them as money.
            let pointsForm = ladder.form == .points
            let rungs = ladder.rungs.dropLast().enumerated().map { index, amount -> Bilingual in
                if amount == .zero { return P.openWithRemedyOnly }
                guard pointsForm else { return Bilingual(zh: unit.text(amount), en: unit.text(amount)) }
                return index == 0 ? P.rung(unit.text(amount), points: points(amount, unit), money: money(amount, unit))
                    : Bilingual(zh: points(amount, unit), en: points(amount, unit))
            }
            let stop = pointsForm ? P.rung("", points: points(ladder.walkAway, unit), money: money(ladder.walkAway, unit)) : money(ladder.walkAway, unit)
            line = P.moneyPlan(rungs: Array(rungs), walkAway: stop, form: pointsForm ? nil : ladder.form.title, cap: cap)
        } else {
            // Say why the reader has no money to offer: what is owed, or the care the case needs, is beyond them.
            let step = plan.escalation.first { $0.tier == plan.readerTier }
            switch step?.reason {
            case .floorAboveCap: line = P.owedAboveYourCap(owed: money(plan.floor, unit), cap: cap)
            case .owedAboveLimit: line = P.owedAboveYourCap(owed: money(plan.floor, unit), cap: cap)
            case .careAboveTier: line = P.careBeyondYourTier
            case .earlierOfferAboveReach:
                line = EarlierCasePhrases.offeredAboveYourReach(offered: money(step?.needed ?? .zero, unit), reach: money(step?.reach ?? .zero, unit))
            default: line = P.nothingAtYourTier(cap: cap)
            }
        }
        if let handover = plan.handover {
            let reason = plan.escalation.first { $0.tier == plan.readerTier } ?? plan.escalation.first
            let next = P.handover(after: plan.ladder.map { money($0.walkAway, unit) }, to: tierName(handover.tier),
                                  limit: money(handover.limit, unit), reason: reason.map { reasonText($0, unit) } ?? Bilingual(zh: "", en: ""))
            line = [line, next].joined(zh: "\n", en: "\n")
        }
        return line
    }

    func reasonText(_ step: NegotiationPlan.EscalationStep, _ unit: CurrencyUnit) -> Bilingual {
        switch step.reason {
        case .floorAboveCap: P.floorAboveCap(tier: tierName(step.tier), owed: money(step.needed, unit), cap: money(step.reach, unit))
        case .careAboveTier: P.careAboveTier(tier: tierName(step.tier), needed: step.neededCare, allowed: step.reachCare)
        case .bottomLineAboveReach: P.bottomLineAboveReach(tier: tierName(step.tier), bottom: money(step.needed, unit), reach: money(step.reach, unit))
        case .owedAboveLimit: P.owedAboveLimit(tier: tierName(step.tier), owed: money(step.needed, unit), limit: money(step.reach, unit))
        case .earlierOfferAboveReach:
            EarlierCasePhrases.offeredAboveReach(tier: tierName(step.tier), offered: money(step.needed, unit), reach: money(step.reach, unit))
        }
    }

    /// What was offered and settled before under the case key, what that holds this advice to, and why it departs.
    func earlierCase(_ earlier: NegotiationPlan.EarlierCase, _ plan: NegotiationPlan) -> Advice.EarlierCase {
        typealias E = EarlierCasePhrases
        let unit = plan.currency
        let advices = earlier.advices.map { advice in
            Advice.EarlierAdvice(time: advice.time, tier: advice.tier.map { policy.tiers[$0] }, opening: advice.opening,
                                 walkAway: advice.walkAway, binding: advice.binding,
                                 outcomes: advice.outcomes.map { .init(time: $0.time, settled: $0.settled, accepted: $0.accepted) })
        }
        let reasons = earlier.departures.map { departure -> Bilingual in
            switch departure {
            case let .asksLess(asked, offered): return E.asksLess(asked: unit.text(asked), offered: unit.text(offered))
            case let .higherTier(tier, walkAway): return E.higherTier(tierName(tier), walkAway: unit.text(walkAway))
            case let .termsChanged(policyChanged, facts):
                var why: [Bilingual] = policyChanged ? [E.policyChanged] : []
                if !facts.isEmpty { why.append(E.factsChanged(facts.map(E.fact))) }
                return E.notHolding(why.isEmpty ? [E.boundsChanged] : why)
            }
        }
        var parts = [E.advices(earlier.advices.count)]
        if let last = earlier.advices.last {
            if let opening = last.opening, let walkAway = last.walkAway {
                parts.append(E.lastOffered(opening: Money.plain(opening), walkAway: Money.plain(walkAway), tier: last.tier.map(tierName)))
            } else {
                parts.append(E.noMoneyLastTime)
            }
        }
        if let outcome = earlier.advices.flatMap(\.outcomes).last { parts.append(E.outcome(Money.plain(outcome.settled), accepted: outcome.accepted)) }
        // Why this advice departs from the figures before what it keeps of them: on a narrow card the end may be cut.
        parts += reasons
        if let holds = E.holds(open: earlier.openAtLeast.map(unit.text), stop: earlier.walkAwayAtMost.map(unit.text)) { parts.append(holds) }
        return Advice.EarlierCase(advices: advices, openAtLeast: earlier.openAtLeast.map(unit.major),
                                  walkAwayAtMost: earlier.walkAwayAtMost.map(unit.major), reasons: reasons.map(t),
                                  text: t(parts.joined(zh: "；", en: "; ")))
    }

    /// The owed line: the loss paid in full as money, and who signs for it.
    func owedLine(_ plan: NegotiationPlan, _ intake: Intake) -> Bilingual? {
        guard let owed = plan.owed else { return nil }
        let unit = plan.currency
        let citation = KnowledgeBase.statute(.lossOwed).citation(for: intake.productClass)
        let what = owed.statutory > .zero
            ? P.lossPlusLaw(loss: money(owed.loss, unit), law: money(owed.statutory, unit), total: money(owed.total, unit))
            : money(owed.loss, unit)
        let who: Bilingual
        if let approver = owed.approver, let limit = owed.limit {
            who = approver <= plan.readerTier ? P.owedYoursToSign(limit: money(limit, unit))
                : P.owedSignedBy(tier: tierName(approver), limit: money(limit, unit))
        } else if let approver = owed.approver {
            who = approver <= plan.readerTier ? P.owedYoursToSignNoLimit : P.owedSignedByNoLimit(tier: tierName(approver))
        } else {
            who = P.owedAboveEveryLimitShort(top: tierName(policy.tiers.count - 1), limit: money(owed.limit ?? .zero, unit))
        }
        return P.owedLine(what: what, who: who, citation: citation)
    }

    func remedyAdvice(_ plan: NegotiationPlan, _ intake: Intake) -> Advice.RemedyAdvice {
        let citations = plan.statutes.map { id -> Advice.StatuteCitation in
            let statute = KnowledgeBase.statute(id)
            return Advice.StatuteCitation(id: id, citation: t(statute.citation(for: intake.productClass)), grants: t(statute.grants),
                                          floor: statute.floor(orderValue: intake.orderValue, loss: intake.loss))
        }
        let names = plan.remedies.map { t($0.title) }.joined(separator: " + ")
        // The loss rules stand behind the owed line, not behind the remedy.
        let behindRemedy = citations.filter { KnowledgeBase.statute($0.id).remedy != nil || $0.floor != nil }
        let basis = behindRemedy.isEmpty ? "" : t(Bilingual(zh: "（依据：\(behindRemedy.map(\.citation).joined(separator: "；"))）",
                                                             en: " (basis: \(behindRemedy.map(\.citation).joined(separator: "; ")))"))
        return Advice.RemedyAdvice(kinds: plan.remedies, text: names + basis, statutes: citations)
    }

    /// The precedent as the card and the JSON show it: a figure only from enough records.
    func quote(_ plan: NegotiationPlan) -> Advice.PrecedentQuote {
        switch plan.precedent {
        case let .records(median, count):
            return .init(amount: plan.currency.major(median), count: count, fromLog: true, source: t(P.recordsSource(count: count)))
        case let .tooFew(count):
            let source = count == 0 ? P.noRecords : P.tooFewRecords(count: count, needed: NegotiationPlan.minimumPrecedentRecords)
            return .init(amount: nil, count: count, fromLog: false, source: t(source))
        }
    }

    func loweringAdvice(_ reason: NegotiationPlan.LoweringReason, _ plan: NegotiationPlan,
                        temperament: TemperamentID?) -> Advice.ExpectationLowering {
        let phrases = KnowledgeBase.negotiationPhrases
        let unit = plan.currency
        let asked = money(plan.expectation.amount, unit)
        let why: Bilingual = switch reason {
        case .bottomLineUnreachable: P.bottomLineUnreachable
        case .aboveEveryCap(let top): P.aboveEveryCap(asked: asked, top: money(top, unit))
        case .aboveSettlement(let settlement): P.aboveSettlement(asked: asked, settlement: money(settlement, unit))
        }
        // Only amounts the reader may give are said aloud: a figure above it promises what only a higher tier can keep.
        let limit = plan.ladder?.walkAway ?? .zero
        // A figure under what was already offered contradicts the offer; one over the walk-away promises too much.
        let opened = max(plan.ladder?.opening ?? .zero, Amount(minor: 1))
        var precedent: Bilingual? = nil
        if case let .records(median, count) = plan.precedent, median <= limit, median >= opened {
            precedent = phrases.precedent.phrase(for: temperament)
                .filling(["precedent": money(median, unit), "count": Bilingual(zh: "\(count)", en: "\(count)")])
        } else if plan.standard <= limit, plan.standard >= opened {
            precedent = P.standardIs(money(plan.standard, unit))
        }
        return .init(reason: t(why), precedent: precedent.map(t), ruleExplained: t(phrases.ruleExplained.phrase(for: temperament)))
    }

    /// What is said instead of money: a walk-through for a question of use (a tip for someone who did not know), or
    /// company while nothing is owed for a problem of their own making.
    func noMoneyLine(_ intake: Intake, type: ComplainantTypeID?) -> Bilingual {
        let lines = KnowledgeBase.negotiationPhrases.noCompensation
        guard intake.category == .usageQuestion else { return lines.notCovered }
        return type == .lacksCommonSense ? lines.tipForNextTime : lines.walkThrough
    }

    /// The words before the list of options: one option, several forms of money (named), or a service among them.
    func optionsLead(_ offers: [Advice.Offer]) -> Bilingual {
        let lines = KnowledgeBase.negotiationPhrases.offerOptions
        guard offers.count > 1 else { return lines.single }
        if offers.contains(where: { $0.form == .freeServiceVisit || $0.form == .expressReship }) { return lines.includesAService }
        let names = offers.map { P.formName($0.form) }
        return lines.differentForms.filling(["forms": names.joined(zh: "、", en: ", ", lastZh: "或", lastEn: " or ")])
    }

    /// How a fixed remedy is put when neither the type nor the temperament gives a line: the statute behind it, a free
    /// fix for our own fault, or our own rules.
    func remedyStatement(_ plan: NegotiationPlan, intake: Intake) -> Bilingual {
        let lines = KnowledgeBase.negotiationPhrases.remedyStated
        if plan.statutes.contains(where: { KnowledgeBase.statute($0).remedy != nil }) { return lines.withTheRule }
        if intake.fault == .own, plan.remedies.contains(where: { $0 == .repair || $0 == .exchange }) { return lines.ourFaultFreeFix }
        return lines.byOurRules
    }

    func careAdvice(_ level: Int, customerFault: Bool) -> Advice.CareAdvice {
        let care = KnowledgeBase.careLevels[min(max(level, 0), KnowledgeBase.careLevels.count - 1)]
        if customerFault, let plain = P.careWithoutOurFault(care.level) {
            return .init(level: care.level, name: t(plain.name), actions: [t(plain.action)])
        }
        return .init(level: care.level, name: t(care.name), actions: care.actions.map(t))
    }

    func strategy(_ plan: NegotiationPlan, intake: Intake, type: ComplainantType?, temperament: Temperament?,
                  offers: [Advice.Offer], lowering: Advice.ExpectationLowering?) -> Advice.Strategy {
        let unit = plan.currency
        let phrases = KnowledgeBase.negotiationPhrases
        var steps: [Advice.Step] = []
        func add(_ stage: CallStage, _ text: Bilingual, spoken: Bool) {
            steps.append(Advice.Step(stage: stage, stageName: t(P.stageName(stage)), text: t(text), spoken: spoken))
        }
        func quoted(_ text: Bilingual) -> Bilingual { Bilingual(zh: "“\(text.zh)”", en: "“\(text.en)”") }
        if type?.id == .timeKiller { add(.timeBox, P.timeBox, spoken: true) }
        add(.open, temperament.map { $0.approach[0] } ?? KnowledgeBase.principle(.personBeforeMatter).explanation, spoken: false)
        if let type { add(.open, quoted(type.script.open[0]), spoken: true) }
        if let type { add(.confirm, quoted(type.script.confirm[0]), spoken: true) } else { add(.confirm, KnowledgeBase.principle(.listenAndConfirm).explanation, spoken: false) }
        if plan.moneyTalk && plan.expectation.source == .estimated { add(.ask, P.askWhatTheyWant, spoken: true) }

        let actions = plan.remedies.filter { $0 != .explanation }.map(P.remedyAction)
        if !actions.isEmpty {
            let joined = actions.joined(zh: "，并", en: ", and ")
            var text = P.remedyWillDo(joined)
            // Only the rules that give the remedy are named as the customer's right to it.
            let remedyStatutes = plan.statutes.filter { KnowledgeBase.statute($0).remedy != nil }
            if !remedyStatutes.isEmpty {
                let citations = remedyStatutes.map { KnowledgeBase.statute($0).citation(for: intake.productClass) }
                let right = P.remedyIsYourRight(citations.joined(zh: "和", en: " and "))
                text = [text, right].joined(zh: "", en: " ")
            }
            add(.remedy, text, spoken: true)
        }
        if let owed = plan.owed {
            // The loss is promised in full; only who signs, and so when it arrives, depends on the tier.
            let amount = money(owed.loss, plan.currency)
            let line = (owed.approver.map { $0 <= plan.readerTier } ?? false) ? P.lossPaidNow(amount)
                : P.lossPaidAfterApproval(amount, tier: tierName(owed.approver ?? policy.tiers.count - 1), time: P.byThisTimeTomorrow)
            add(.remedy, line, spoken: true)
        }
        if plan.waitsToBeAsked {
            // The remedy is the whole answer unless they ask for more; nothing is said about money either way.
        } else if !plan.moneyTalk {
            add(.explain, noMoneyLine(intake, type: type?.id), spoken: true)
        } else if let statutory = plan.statutoryFloor {
            if let ladder = plan.ladder, statutory <= ladder.walkAway {
                add(.propose, P.lawSetsAmount(money(statutory, unit)), spoken: true)
            } else if let handover = plan.handover {
                add(.propose, P.lawOwesHigherTier(tier: tierName(handover.tier), time: P.byThisTimeTomorrow), spoken: true)
            }
        } else if let ladder = plan.ladder, ladder.opening > .zero, let offer = spokenOffer(ladder.form, ladder.opening, unit) {
            add(.propose, phrases.opening.phrase(for: temperament?.id).filling(["offer": offer]), spoken: true)
        }
        if let lowering {
            if let precedent = lowering.precedent { add(.lower, Bilingual(zh: precedent, en: precedent), spoken: true) }
            add(.lower, phrases.ruleExplained.phrase(for: temperament?.id), spoken: true)
        }
        if !offers.isEmpty {
            let list = offers.map { "\($0.label) \($0.text)" }
            let lead = optionsLead(offers)
            add(.options, Bilingual(zh: lead.zh + list.joined(separator: "；") + "。",
                                    en: lead.en + " " + list.joined(separator: "; ") + "."), spoken: true)
        }
        if !plan.settlement.meetsBottomLine && plan.moneyTalk {
            add(.handover, phrases.cannotMeet.phrase(for: temperament?.id), spoken: true)
        }
        if let handover = plan.handover {
            add(.handover, phrases.escalating.phrase(for: temperament?.id).filling(["role": tierName(handover.tier), "time": P.byThisTimeTomorrow]),
                spoken: true)
        }
        add(.close, type.map { quoted($0.script.close[0]) } ?? KnowledgeBase.principle(.followUp).explanation, spoken: type != nil)
        var say: [String] = []
        if let type { say.append(t(type.script.propose[0])) }
        if let temperament { say.append(t(temperament.say[0])) }
        if say.isEmpty { say.append(t(remedyStatement(plan, intake: intake))) }
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
        add("first-response", P.firstReply)
        if care >= 2 {
            result.append(Advice.FollowUp(what: t(P.update), when: t(P.everyThreeHours), earliestSeconds: 10800, latestSeconds: 10800))
        }
        add("follow-up", escalated ? P.handoverAnswer : P.followThrough)
        add("revisit", P.revisit)
        return result
    }

    func notes(_ plan: NegotiationPlan) -> [Bilingual] {
        let unit = plan.currency
        var notes: [Bilingual] = []
        if plan.moneyTalk && plan.expectation.source == .estimated { notes.append(P.expectationNotGiven(money(plan.expectation.amount, unit))) }
        if plan.moneyTalk && plan.bottomLine.source == .estimated { notes.append(P.bottomLineNotGiven(money(plan.bottomLine.amount, unit))) }
        if !plan.settlement.meetsBottomLine { notes.append(plan.compensable ? P.bottomLineNotMet : P.nothingOwedForTheBottomLine) }
        for limit in plan.limits {
            switch limit {
            case let .scaledFloorAboveTopCap(scaled, used): notes.append(P.scaledFloorAboveTopCap(scaled: money(scaled, unit), used: money(used, unit)))
            case let .statutoryAboveEveryCap(amount): notes.append(P.statutoryAboveEveryCap(money(amount, unit)))
            case let .heldToExpectation(amount): notes.append(P.heldToExpectation(money(amount, unit)))
            case let .statutesOutsideJurisdiction(ids):
                let citations = ids.map { KnowledgeBase.statute($0).citation }
                notes.append(P.lawNotApplied(citations.joined(zh: "、", en: "; "),
                                             jurisdiction: policy.effectiveJurisdiction))
            case let .owedAboveEveryLimit(owed, top):
                notes.append(P.owedAboveEveryLimit(owed: money(owed, unit), limit: money(top, unit), tier: tierName(policy.tiers.count - 1)))
            case let .lossAwaitsFault(amount): notes.append(P.lossAwaitsFault(money(amount, unit)))
            }
        }
        if let upTo = plan.owed?.claimableUpTo {
            notes.append(P.claimableInCourt(money(upTo, unit), citation: KnowledgeBase.statute(.knowingDefectHarm).citation))
        }
        for fact in plan.missingFacts {
            switch fact {
            case .productClass: notes.insert(P.askProductClass, at: 0)
            }
        }
        return notes
    }

    /// What the words showed, and whether the agent's own answer differs from it and so stands instead.
    func wordsLine(_ words: Advice.WordsSummary, intake: Intake) -> Bilingual {
        var who: [Bilingual] = []
        if let type = words.type { who.append(KnowledgeBase.type(type).name) } else { who.append(P.noClearType) }
        if let temperament = words.temperament { who.append(KnowledgeBase.temperament(temperament).name) }
        var joined = who.joined(zh: " · ", en: " · ")
        if (words.type != nil && words.type != intake.type) || (words.temperament != nil && words.temperament != intake.temperament) {
            joined = [joined, P.agentChoiceKept].joined(zh: "", en: "")
        }
        return P.wordsRead(who: joined, cues: words.cues, flags: words.flags.map(Detection.flagTitle))
    }
}
