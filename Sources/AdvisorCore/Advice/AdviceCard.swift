import Knowledge

extension Advice {
    /// The labels of the advice card.
    private enum CardLabels {
        static let advice = Bilingual(zh: "建议", en: "Advice")
        static let customer = Bilingual(zh: "客户", en: "Customer")
        static let words = Bilingual(zh: "原话", en: "Words")
        static let remedy = Bilingual(zh: "补救", en: "Remedy")
        static let money = Bilingual(zh: "金额", en: "Money")
        static let owed = Bilingual(zh: "照付", en: "Owed")
        static let earlier = Bilingual(zh: "此前", en: "Earlier")
        static let options = Bilingual(zh: "方案", en: "Options")
        static let records = Bilingual(zh: "同类案例", en: "Past cases")
        static let care = Bilingual(zh: "关怀", en: "Care")
        static let lower = Bilingual(zh: "诉求偏高", en: "High ask")
        static let avoid = Bilingual(zh: "忌", en: "Avoid")
        static let watch = Bilingual(zh: "警戒", en: "Watch")
        static let followUp = Bilingual(zh: "跟进", en: "Follow-up")
        static let note = Bilingual(zh: "注", en: "Note")
        static let colon = Bilingual(zh: "：", en: ": ")
        static let wantsResult = Bilingual(zh: "要结果", en: "wants the result")
        static let wantsProcess = Bilingual(zh: "要过程：被倾听、被尊重、及时通报", en: "wants to be heard, respected and updated")
        static let unknownCustomer = Bilingual(zh: "类型未定，性格未定", en: "type and temperament not given")
        static let separator = Bilingual(zh: "；", en: "; ")
        static func brokenPromises(_ count: Int) -> Bilingual {
            Bilingual(zh: "失约\(count)次", en: "\(count) broken promise\(count == 1 ? "" : "s")")
        }
    }

    /// The most lines a card takes, so its first line stays on an 80×24 terminal with the prompt below it.
    public static let cardHeight = 23

    /// A scale from the floor to the reader's cap with B, the ladder and E placed on it.
    public func scale(width: Int = 78) -> String {
        let low = bounds.floor
        let high = max(bounds.cap, low + 1)
        let left = Money.plain(low) + " ├"
        let right = "┤ " + Money.plain(bounds.cap)
        // A guessed expectation is marked as one, so nobody reads it back to the customer as theirs.
        let guess = expectation.source == .estimated ? "~" : ""
        let beyond = expectation.amount > high ? "  E " + guess + Money.plain(expectation.amount) + " →" : ""
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
        for amount in ladder?.concessions ?? [] { cells[column(amount)] = "┿" }
        cells[open] = "["
        cells[walk] = open == walk ? "S" : "]"
        if bottomLine.amount <= high { cells[column(bottomLine.amount)] = "B" }
        if beyond.isEmpty { cells[column(expectation.amount)] = "E" }
        return left + String(cells) + right + beyond
    }

    /// What a line of the card is for, so a terminal can make the lines that matter most stand out.
    public enum Emphasis: Sendable, Equatable {
        /// Someone's safety: the protocol comes before the complaint.
        case safety
        /// The money plan and money owed: the figures the agent may say.
        case money
        /// When and to whom the case goes up.
        case escalation
        /// What not to say or do.
        case avoid
    }

    /// One line of the card and what it is for.
    public struct CardLine: Sendable, Equatable {
        public var text: String
        public var emphasis: Emphasis?
    }

    /// The advice card: everything an agent needs mid-call, in at most `height` lines of at most `width` columns.
    ///
    /// The money plan sits near the top; the call steps then fill the room left, one line each, and each
    /// grows to a second line while room remains, so the card never scrolls off the terminal.
    public func renderCard(width: Int = 80, height: Int = Advice.cardHeight) -> String {
        cardLines(width: width, height: height).map { $0.text + "\n" }.joined()
    }

    /// The card's lines, each with what it is for.
    public func cardLines(width: Int = 80, height: Int = Advice.cardHeight) -> [CardLine] {
        let parts = cardParts(width: width)
        // The scale only repeats the money line as a picture: it gives way first when a step that carries
        // an amount or a promise would otherwise be cut short.
        if let scale = parts.scale {
            let withScale = parts.arranged(height: height, width: width, scale: scale)
            if withScale.cutSteps.isEmpty { return withScale.lines }
        }
        return parts.arranged(height: height, width: width, scale: nil).lines
    }

    /// The card's pieces, each laid out once, before the call steps are fitted into the room left.
    private struct CardParts {
        /// One call step, wrapped in full; the room left decides how many of its lines are shown.
        struct Step {
            var stage: CallStage
            var lines: [String]
            var emphasis: Emphasis?
        }

        /// The lines above the scale: safety, the facts, the customer and their words, the remedy, the money, what is owed
        /// and what was offered before.
        var top: [CardLine]
        /// The money scale, when the plan has more than one rung to draw.
        var scale: CardLine?
        /// The lines between the scale and the call steps.
        var middle: [CardLine]
        var steps: [Step]
        /// The lines under the call steps: what to avoid, what to watch, the follow-ups, a note.
        var tail: [CardLine]

        /// Steps that carry an amount or a promise get their second line first: cut short, they mislead.
        static let firstToGrow: [CallStage] = [.propose, .handover, .lower, .ask, .timeBox]

        /// The card at `height` lines, and the steps among the first two of `firstToGrow` that were cut short.
        func arranged(height: Int, width: Int, scale: CardLine?) -> (lines: [CardLine], cutSteps: [CallStage]) {
            var head = top
            if let scale { head.append(scale) }
            head += middle
            var room = max(0, height - head.count - tail.count)
            var budget = Array(repeating: 0, count: steps.count)
            for index in budget.indices where room > 0 { budget[index] = 1; room -= 1 }
            let order = budget.indices.sorted { a, b in
                let ra = Self.firstToGrow.firstIndex(of: steps[a].stage) ?? Self.firstToGrow.count
                let rb = Self.firstToGrow.firstIndex(of: steps[b].stage) ?? Self.firstToGrow.count
                return ra != rb ? ra < rb : a < b
            }
            for index in order where room > 0 && budget[index] == 1 { budget[index] = 2; room -= 1 }
            var stepLines: [CardLine] = []
            var cut: [CallStage] = []
            for (n, step) in steps.enumerated() where budget[n] > 0 {
                if Self.firstToGrow.prefix(2).contains(step.stage), step.lines.count > budget[n] { cut.append(step.stage) }
                stepLines += Advice.clipped(step.lines, to: budget[n], width: width).map { CardLine(text: $0, emphasis: step.emphasis) }
            }
            let lines = (head + stepLines + tail).prefix(height)
            return (lines.map { CardLine(text: $0.text.trailingWhitespaceTrimmed, emphasis: $0.emphasis) }, cut)
        }
    }

    /// At most `count` of the lines, the last ending in "…" when some were left out.
    private static func clipped(_ lines: [String], to count: Int, width: Int) -> [String] {
        guard lines.count > count else { return lines }
        var kept = Array(lines.prefix(count))
        kept[count - 1] = TextLayout.truncate(kept[count - 1] + " …", to: width)
        return kept
    }

    private func cardParts(width: Int) -> CardParts {
        func t(_ text: Bilingual) -> String { text.text(language) }
        let colon = t(CardLabels.colon)
        func label(_ b: Bilingual) -> String { t(b) + colon }
        func one(_ text: String) -> String { TextLayout.truncate(text, to: width) }
        func wrapped(_ text: String, lines: Int, hanging: String = "   ") -> [String] {
            Advice.clipped(TextLayout.wrap(text, width: width, indent: "", hangingIndent: hanging), to: lines, width: width)
        }
        var head: [CardLine] = []
        func add(_ lines: [String], _ emphasis: Emphasis? = nil) { head += lines.map { CardLine(text: $0, emphasis: emphasis) } }
        func add(_ line: String, _ emphasis: Emphasis? = nil) { head.append(CardLine(text: line, emphasis: emphasis)) }
        // Someone's safety comes before the complaint: the protocol is the first thing the agent reads.
        for flag in customer.words?.flags ?? [] where flag.isSafety {
            add(wrapped("⚠ " + t(Detection.flagTitle(flag)) + colon + t(Detection.safetyProtocol(flag)), lines: 3), .safety)
        }
        let category = KnowledgeBase.category(intake.category)
        var facts = [t(category.name), t(intake.severity.title), t(intake.fault.title)]
        if intake.brokenPromises > 0 { facts.append(t(CardLabels.brokenPromises(intake.brokenPromises))) }
        add(one(t(CardLabels.advice) + " · " + facts.joined(separator: " · ")))
        var who = [customer.typeName, customer.temperamentName].compactMap { $0 }.joined(separator: " · ")
        if who.isEmpty { who = t(CardLabels.unknownCustomer) }
        if let temperament = intake.temperament {
            who += " — " + t(temperament == .rational ? CardLabels.wantsResult : CardLabels.wantsProcess)
        }
        add(one(label(CardLabels.customer) + who))
        // Two lines: the flags come last, and a threat of the press or a lawyer cut off the end would go unread.
        if let words = customer.wordsLine { add(wrapped(label(CardLabels.words) + words, lines: 2)) }
        add(one(label(CardLabels.remedy) + remedy.text))
        let planLines = moneyPlan.nonEmptyLines
        if let first = planLines.first { add(wrapped(label(CardLabels.money) + first, lines: 2), .money) }
        // The lines under the money line say when the case goes up, and to whom.
        for line in planLines.dropFirst() { add(wrapped("  ↳ " + line, lines: 2, hanging: "    "), .escalation) }
        if let owed { add(wrapped(label(CardLabels.owed) + owed, lines: 2), .money) }
        // What this customer was already offered, right under what to offer now: the two must agree, or say why not.
        if let earlier { add(wrapped(label(CardLabels.earlier) + earlier.text, lines: earlier.reasons.isEmpty ? 2 : 3), .money) }
        let top = head
        head = []
        // A single-rung plan has nothing to draw: the money line already says it all.
        var scaleLine: CardLine?
        if let ladder, ladder.opening < ladder.walkAway, bounds.cap > bounds.floor { scaleLine = CardLine(text: one(scale(width: width))) }
        if !offers.isEmpty {
            add(wrapped(label(CardLabels.options) + offers.map { "\($0.label) \($0.text)" }.joined(separator: t(CardLabels.separator)), lines: 2))
        }
        if lowerExpectation != nil { add(one(label(CardLabels.records) + precedentLine)) }
        add(one(label(CardLabels.care) + "\(care.level) \(care.name) — " + (care.actions.first ?? "")))
        if let lowering = lowerExpectation { add(one(label(CardLabels.lower) + lowering.reason)) }

        var tail: [CardLine] = []
        tail.append(CardLine(text: one(label(CardLabels.avoid) + (strategy.avoid.first ?? "")), emphasis: .avoid))
        if let zone = customer.warningZone { tail.append(CardLine(text: one(label(CardLabels.watch) + zone))) }
        tail.append(CardLine(text: one(label(CardLabels.followUp) + followUp.map { "\($0.when) \($0.what)" }.joined(separator: " · "))))
        if let note = notes.first { tail += wrapped(label(CardLabels.note) + note, lines: 2).map { CardLine(text: $0) } }

        // Steps are numbered by their place among those shown: the room always takes them from the first one on.
        let shown = strategy.steps.filter { $0.stage != .options && $0.stage != .remedy }
        let steps = shown.enumerated().map { n, step in
            CardParts.Step(stage: step.stage,
                           lines: TextLayout.wrap("\(n + 1). \(step.stageName)\(colon)\(step.text)", width: width, indent: "", hangingIndent: "   "),
                           emphasis: step.stage == .handover ? .escalation : nil)
        }
        return CardParts(top: top, scale: scaleLine, middle: head, steps: steps, tail: tail)
    }

    /// What the card says about precedents: the median and count from records, or that there are none.
    private var precedentLine: String {
        guard let amount = precedent.amount else { return precedent.source }
        // To the currency's own minor unit, as the median was taken: 237.50 yuan, 1.235 dinars, 238 yen.
        let unit = CurrencyUnit(code: policy.currency)
        return unit.text(unit.amount(amount)) + " — " + precedent.source
    }
}
