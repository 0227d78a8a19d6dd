import Knowledge

extension Advice {
    /// The labels of the advice card.
    private enum CardLabels {
        static let advice = Bilingual(zh: "建议", en: "Advice")
        static let customer = Bilingual(zh: "客户", en: "Customer")
        static let remedy = Bilingual(zh: "补救", en: "Remedy")
        static let offer = Bilingual(zh: "可给", en: "Offer")
        static let care = Bilingual(zh: "关怀", en: "Care")
        static let escalate = Bilingual(zh: "升级", en: "Escalate")
        static let lower = Bilingual(zh: "降期望", en: "Lower")
        static let options = Bilingual(zh: "选项", en: "Options")
        static let say = Bilingual(zh: "说", en: "Say")
        static let avoid = Bilingual(zh: "忌", en: "Avoid")
        static let watch = Bilingual(zh: "警戒", en: "Watch")
        static let followUp = Bilingual(zh: "跟进", en: "Follow-up")
        static let note = Bilingual(zh: "注", en: "Note")
        static let wantsResult = Bilingual(zh: "要结果", en: "wants the result")
        static let wantsProcess = Bilingual(zh: "要过程：被倾听、被尊重、及时通报", en: "wants the process: heard, respected, updated")
        static let noMoney = Bilingual(zh: "不涉及补偿：给关怀和解释", en: "no compensation owed: give care and explanation")
        static let unknownCustomer = Bilingual(zh: "类型未定，性格未定", en: "type and temperament not given")
        static let estimatedMark = Bilingual(zh: "估", en: "est.")
        static let stages: [String: Bilingual] = [
            "open": Bilingual(zh: "开场", en: "Open"), "confirm": Bilingual(zh: "确认", en: "Confirm"),
            "remedy": Bilingual(zh: "补救", en: "Remedy"), "propose": Bilingual(zh: "出价", en: "Propose"),
            "lower": Bilingual(zh: "降期望", en: "Lower"), "options": Bilingual(zh: "选项", en: "Options"),
            "escalate": Bilingual(zh: "升级", en: "Escalate"), "close": Bilingual(zh: "收尾", en: "Close"),
        ]
    }

    /// The one-line bar: floor | bottom line | range | expectation | cap; `~` marks an estimate.
    public var bar: String { bar(width: .max) }

    /// The bar, dropping the cap's tier name when the line would be wider than `width`.
    public func bar(width: Int) -> String {
        let zh = language == .zh
        let parts = [
            (zh ? "下限 " : "floor ") + Money.plain(bounds.floor),
            (zh ? "底线 " : "bottom ") + (estimated.bottomLine ? "~" : "") + Money.plain(bottomLine.amount),
            (zh ? "范围 " : "range ") + Money.plain(range.opening) + "–" + Money.plain(range.walkAway),
            (zh ? "期望 " : "expect ") + (estimated.expectation ? "~" : "") + Money.plain(expectation.amount),
            (zh ? "上限 " : "cap ") + Money.plain(bounds.cap),
        ]
        let full = parts.joined(separator: " | ") + " (\(settlement.tier))"
        return TextLayout.displayWidth(full) <= width ? full : parts.joined(separator: " | ")
    }

    /// A scale from the floor to the cap with B, the range and E placed on it.
    public func scale(width: Int = 78) -> String {
        let low = bounds.floor
        let high = max(bounds.cap, low + 1)
        let left = Money.plain(low) + " ├"
        let right = "┤ " + Money.plain(bounds.cap)
        let beyond = expectation.amount > high ? "  E " + Money.plain(expectation.amount) + " →" : ""
        let inner = max(10, width - TextLayout.displayWidth(left) - TextLayout.displayWidth(right) - TextLayout.displayWidth(beyond))
        func column(_ amount: Double) -> Int {
            // Past 2^53, `low + 1` is `low` again: a floor equal to the cap leaves no span, and 0 / 0 would trap below.
            let span = high - low
            let fraction = span > 0 ? (min(max(amount, low), high) - low) / span : 0
            return min(inner - 1, max(0, Int((fraction * Double(inner - 1)).rounded())))
        }
        var cells = Array(repeating: Character("─"), count: inner)
        let open = column(range.opening), walk = column(range.walkAway)
        for i in open...max(open, walk) { cells[i] = "━" }
        cells[open] = "["
        cells[walk] = open == walk ? "S" : "]"
        if bottomLine.amount <= high { cells[column(bottomLine.amount)] = "B" }
        if beyond.isEmpty { cells[column(expectation.amount)] = "E" }
        return left + String(cells) + right + beyond
    }

    /// The advice card: everything an agent needs mid-call, in at most `height` lines of at most `width` columns.
    ///
    /// Fixed lines come first; the call steps then fill the room left, one line each, and each grows to a
    /// second line while room remains, so the card never scrolls off a 24-line terminal.
    public func renderCard(width: Int = 80, height: Int = 24) -> String {
        let zh = language == .zh
        let colon = zh ? "：" : ": "
        func label(_ b: Bilingual) -> String { b.text(language) + colon }
        func one(_ text: String) -> String { TextLayout.truncate(text, to: width) }
        func wrapped(_ text: String, lines: Int, indent: String = "", hanging: String = "   ") -> [String] {
            var all = TextLayout.wrap(text, width: width, indent: indent, hangingIndent: hanging)
            if all.count > lines {
                all = Array(all.prefix(lines))
                all[lines - 1] = TextLayout.truncate(all[lines - 1] + " …", to: width)
            }
            return all
        }
        var head: [String] = []
        let category = KnowledgeBase.category(intake.category)
        var facts = [category.name.text(language), intake.severity.title.text(language), intake.fault.title.text(language)]
        if intake.brokenPromises > 0 {
            facts.append(zh ? "失约 \(intake.brokenPromises) 次" : "\(intake.brokenPromises) broken promise\(intake.brokenPromises == 1 ? "" : "s")")
        }
        head.append(one(CardLabels.advice.text(language) + " · " + facts.joined(separator: " · ")))
        var who = [customer.typeName, customer.temperamentName].compactMap { $0 }.joined(separator: " · ")
        if who.isEmpty { who = CardLabels.unknownCustomer.text(language) }
        if let temperament = intake.temperament {
            who += " — " + (temperament == .rational ? CardLabels.wantsResult : CardLabels.wantsProcess).text(language)
        }
        head.append(one(label(CardLabels.customer) + who))
        head.append(one(label(CardLabels.remedy) + remedy.text))
        head.append(one(bar(width: width)))
        if bounds.cap > bounds.floor { head.append(one(scale(width: width))) }
        if !offers.isEmpty {
            head += wrapped(label(CardLabels.offer) + offers.map(\.text).joined(separator: zh ? "；或 " : "; or "), lines: 2)
        } else {
            head.append(one(label(CardLabels.offer) + CardLabels.noMoney.text(language)))
        }
        head.append(one(label(CardLabels.care) + "\(care.level) \(care.name) — " + (care.actions.first ?? "")))
        if escalation.needed, let to = escalation.to {
            head.append(one(label(CardLabels.escalate) + "→ \(to)\(colon)" + escalation.steps.map(\.text).joined(separator: zh ? "；" : "; ")))
        }
        if let lowering = lowerExpectation {
            let typical = (zh ? "；同类案例：" : "; similar cases: ") + Money.plain(precedent.amount)
                + (precedent.fromLog ? " (\(precedent.count))" : (zh ? "（政策标准）" : " (policy standard)"))
            head.append(one(label(CardLabels.lower) + lowering.reason + typical))
            for option in lowering.options {
                head.append(one("  \(option.label) " + option.text))
            }
        }
        var tail: [String] = []
        tail.append(one(label(CardLabels.avoid) + (strategy.avoid.first ?? "")))
        if let zone = customer.warningZone { tail.append(one(label(CardLabels.watch) + zone)) }
        tail.append(one(label(CardLabels.followUp) + followUp.map { "\($0.when) \($0.what)" }.joined(separator: " · ")))
        if let note = notes.first { tail.append(one(label(CardLabels.note) + note)) }

        let shown = strategy.steps.filter { $0.stage != "options" && $0.stage != "remedy" }
        var room = max(0, height - head.count - tail.count)
        var budget = Array(repeating: 0, count: shown.count)
        for index in budget.indices where room > 0 { budget[index] = 1; room -= 1 }
        for index in budget.indices where room > 0 && budget[index] == 1 { budget[index] = 2; room -= 1 }
        var stepLines: [String] = []
        for (n, step) in shown.enumerated() where budget[n] > 0 {
            let stage = CardLabels.stages[step.stage]?.text(language) ?? step.stage
            stepLines += wrapped("\(n + 1). \(stage)\(colon)\(step.text)", lines: budget[n])
        }
        return (head + stepLines + tail).map { $0.trailingWhitespaceTrimmed }.joined(separator: "\n") + "\n"
    }
}
