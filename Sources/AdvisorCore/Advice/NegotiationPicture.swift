import Knowledge

/// The negotiation as an SVG picture, drawn from the same plan the card reads.
///
/// The picture is at the scale of the tier the advice is addressed to: the amount axis runs from the floor to
/// the reader's cap (or the bottom line, when it is not far beyond), so the reader's policy rectangle and its
/// flexibility circle fill most of the plot. Higher tiers are marks on the amount axis with their names and
/// caps; those beyond the axis collapse into one arrow label at its right end. A strip under the axis shows
/// the reader's ladder: the opening, each concession and the walk-away. E, B and S are drawn as points, or as
/// arrow labels at the edge when they lie beyond the axis.
///
/// Drawn in black on white, told apart by dash patterns and marker shapes rather than colour. Every label is
/// placed by a collision pass, so none covers another or sits on a border line. Every piece of text is
/// escaped, so case or customer text stays inert and the picture stays well-formed XML.
public enum NegotiationPicture {
    /// Escapes text for SVG content and attribute values. Line breaks and tabs become spaces; other control
    /// characters, and the two non-characters XML forbids, are dropped, so the result is always legal XML.
    static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\n", "\r", "\t": result += " "
            default:
                let value = scalar.value
                if value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value) || value == 0xFFFE || value == 0xFFFF { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The width a label is estimated to take: wide (CJK, full-width) characters one em, others 0.6 em.
    ///
    /// The collision pass, and the tests that check it, use this estimate.
    static func estimatedWidth(_ text: String, fontSize: Double) -> Double {
        text.unicodeScalars.reduce(0.0) { sum, scalar in
            sum + (isWide(scalar) ? 1.0 : 0.6) * fontSize
        }
    }

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || v >= 0x20000
    }

    /// The box a label covers, from its anchor point, anchor and font size: from 0.8 em above the baseline to
    /// 0.25 em below it.
    static func estimatedBox(x: Double, y: Double, anchor: String, fontSize: Double, text: String) -> Box {
        let width = estimatedWidth(text, fontSize: fontSize)
        let x0: Double
        switch anchor {
        case "end": x0 = x - width
        case "middle": x0 = x - width / 2
        default: x0 = x
        }
        return Box(x0: x0, y0: y - 0.8 * fontSize, x1: x0 + width, y1: y + 0.25 * fontSize)
    }

    /// A rectangle on the picture, for the collision pass.
    struct Box: Equatable, Sendable {
        var x0, y0, x1, y1: Double
        init(x0: Double, y0: Double, x1: Double, y1: Double) { (self.x0, self.y0, self.x1, self.y1) = (x0, y0, x1, y1) }
        /// Whether the two boxes share any area.
        func overlaps(_ other: Box) -> Bool {
            x0 < other.x1 && other.x0 < x1 && y0 < other.y1 && other.y0 < y1
        }
    }

    private static func number(_ value: Double) -> String { FixedPoint.text(value, digits: 1) }

    /// Labels placed so far and the lines and markers they must not cover.
    private struct Layout {
        let width: Double, height: Double
        var placed: [Box] = []
        var obstacles: [Box] = []
        var elements: [String] = []

        enum Direction { case up, down, both }

        /// Places one label at (x, y), or the nearest free height in the given direction, and returns its baseline.
        @discardableResult
        mutating func label(_ text: String, x: Double, y: Double, anchor: String = "start", size: Double = 12, bold: Bool = false,
                            direction: Direction = .both, step: Double = 4) -> Double {
            var x = x, size = size, text = text
            // A label wider than the picture shrinks, down to 8 px, then loses its end.
            while NegotiationPicture.estimatedWidth(text, fontSize: size) > width - 4 && size > 8 { size -= 0.5 }
            while NegotiationPicture.estimatedWidth(text, fontSize: size) > width - 4 && text.count > 1 { text = String(text.dropLast(2)) + "…" }
            var box = NegotiationPicture.estimatedBox(x: x, y: y, anchor: anchor, fontSize: size, text: text)
            // Keep the label on the picture horizontally.
            if box.x0 < 2 { x += 2 - box.x0 }
            if box.x1 > width - 2 { x -= box.x1 - (width - 2) }
            var offsets: [Double] = [0]
            for k in 1...60 {
                let d = Double(k) * step
                switch direction {
                case .up: offsets.append(-d)
                case .down: offsets.append(d)
                case .both: offsets += [-d, d]
                }
            }
            var chosen = y
            for offset in offsets {
                let candidate = NegotiationPicture.estimatedBox(x: x, y: y + offset, anchor: anchor, fontSize: size, text: text)
                guard candidate.y0 >= 2, candidate.y1 <= height - 2 else { continue }
                if !placed.contains(where: candidate.overlaps) && !obstacles.contains(where: candidate.overlaps) {
                    chosen = y + offset
                    box = candidate
                    break
                }
            }
            box = NegotiationPicture.estimatedBox(x: x, y: chosen, anchor: anchor, fontSize: size, text: text)
            placed.append(box)
            let weight = bold ? " font-weight=\"bold\"" : ""
            let anchorAttribute = anchor == "start" ? "" : " text-anchor=\"\(anchor)\""
            elements.append("<text x=\"\(number(x))\" y=\"\(number(chosen))\" font-size=\"\(number(size))\"\(anchorAttribute)\(weight)>\(escaped(text))</text>")
            return chosen
        }

        mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, width strokeWidth: Double = 1, dash: String? = nil, obstacle: Bool = true, extra: String = "") {
            let dashAttribute = dash.map { " stroke-dasharray=\"\($0)\"" } ?? ""
            elements.append("<line x1=\"\(number(x1))\" y1=\"\(number(y1))\" x2=\"\(number(x2))\" y2=\"\(number(y2))\" stroke=\"black\" stroke-width=\"\(number(strokeWidth))\"\(dashAttribute)\(extra)/>")
            if obstacle {
                let pad = max(strokeWidth, 1.5)
                obstacles.append(Box(x0: min(x1, x2) - pad, y0: min(y1, y2) - pad, x1: max(x1, x2) + pad, y1: max(y1, y2) + pad))
            }
        }
    }

    /// The picture of one advice.
    /// - Parameters:
    ///   - advice: The advice to draw.
    ///   - title: An optional heading, e.g. a case's title; escaped like everything else.
    public static func svg(_ advice: Advice, title: String? = nil) -> String {
        typealias P = PicturePhrases
        func t(_ text: Bilingual) -> String { text.text(advice.language) }
        let width = 760.0, height = 580.0
        let left = 70.0, right = 30.0, top = 78.0
        let plotW = width - left - right, plotH = 250.0
        let axisY = top + plotH
        let bounds = advice.bounds
        let ladder = advice.ladder
        let readerName = ladder?.tierName
            ?? bounds.tierCaps.first { $0.cap == bounds.cap }?.name
            ?? t(P.you)

        // The amount axis: floor … max(reader's cap, bottom line), with a margin; a bottom line far beyond the
        // reader's cap (more than three times the room) is left to an arrow label rather than shrinking the rectangle.
        let low = min(bounds.floor, ladder?.opening ?? bounds.floor)
        let room = max(bounds.cap - low, 1)
        var high = max(bounds.cap, ladder?.walkAway ?? 0, low + 1)
        if advice.bottomLine.amount > high && advice.bottomLine.amount <= low + 3 * room { high = advice.bottomLine.amount }
        let span = high - low
        let xMin = max(0, low - span * 0.12), xMax = high + span * 0.12
        func x(_ amount: Double) -> Double { left + (min(max(amount, xMin), xMax) - xMin) / (xMax - xMin) * plotW }
        func onAxis(_ amount: Double) -> Bool { amount >= xMin && amount <= xMax }

        // The care axis: the reader's care band and every point's care, with some room above and below.
        func clampCare(_ care: Double) -> Double { min(max(care, 0), 4) }
        let cares = [Double(bounds.minCare) - 0.5, Double(bounds.maxCare) + 0.5,
                     clampCare(advice.expectation.care), clampCare(advice.bottomLine.care), Double(advice.settlement.care)]
        let careLow = (cares.min() ?? 0) - 0.45, careHigh = (cares.max() ?? 4) + 0.45
        func y(_ care: Double) -> Double { top + plotH - (min(max(care, careLow), careHigh) - careLow) / (careHigh - careLow) * plotH }

        var layout = Layout(width: width, height: height)
        var shapes: [String] = []
        shapes.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"black\"/></marker></defs>")
        shapes.append("<rect x=\"0\" y=\"0\" width=\"\(Int(width))\" height=\"\(Int(height))\" fill=\"white\"/>")

        // Heading and the money plan's first line.
        let heading = title ?? t(P.heading(category: KnowledgeBase.category(advice.intake.category).name))
        layout.label(heading, x: left, y: 26, size: 17, bold: true, direction: .down)
        layout.label(advice.moneyPlan.split(separator: "\n").first.map(String.init) ?? "", x: left, y: 48, size: 12, direction: .down)

        // The reader's rectangle and its inscribed flexibility circle: filled first, so lines and labels lie over them.
        // With no money at the reader's tier the rectangle has no width; it is drawn as a narrow band at the floor.
        let rx0 = x(bounds.floor), rx1 = max(x(max(bounds.cap, bounds.floor)), rx0 + 40)
        let ry0 = y(Double(bounds.maxCare) + 0.5), ry1 = y(Double(bounds.minCare) - 0.5)
        let centre = ((rx0 + rx1) / 2, (ry0 + ry1) / 2)
        shapes.append("<ellipse cx=\"\(number(centre.0))\" cy=\"\(number(centre.1))\" rx=\"\(number(max((rx1 - rx0) / 2, 1)))\" ry=\"\(number(max((ry1 - ry0) / 2, 1)))\" fill=\"#e8e8e8\" stroke=\"black\" stroke-width=\"1.5\" stroke-dasharray=\"6 3\"/>")
        shapes.append("<rect x=\"\(number(rx0))\" y=\"\(number(ry0))\" width=\"\(number(max(rx1 - rx0, 1)))\" height=\"\(number(ry1 - ry0))\" fill=\"none\" stroke=\"black\" stroke-width=\"2\"/>")
        for (x1, y1, x2, y2) in [(rx0, ry0, rx1, ry0), (rx0, ry1, rx1, ry1), (rx0, ry0, rx0, ry1), (rx1, ry0, rx1, ry1)] {
            layout.obstacles.append(Box(x0: min(x1, x2) - 2, y0: min(y1, y2) - 2, x1: max(x1, x2) + 2, y1: max(y1, y2) + 2))
        }
        shapes.append("<path d=\"M\(number(centre.0 - 5)),\(number(centre.1)) h10 M\(number(centre.0)),\(number(centre.1 - 5)) v10\" stroke=\"black\"/>")

        // Axes.
        layout.line(left, axisY, left + plotW, axisY)
        layout.line(left, top, left, axisY)
        for level in 0...4 where Double(level) >= careLow && Double(level) <= careHigh {
            layout.line(left - 5, y(Double(level)), left, y(Double(level)), obstacle: false)
            layout.label(String(level), x: left - 9, y: y(Double(level)) + 4, anchor: "end", size: 12)
        }
        let careAxis = t(P.careAxis)
        layout.elements.append("<text x=\"18\" y=\"\(number(top + plotH / 2))\" font-size=\"12\" transform=\"rotate(-90 18 \(number(top + plotH / 2)))\" text-anchor=\"middle\">\(escaped(careAxis))</text>")
        layout.obstacles.append(Box(x0: 8, y0: top, x1: 24, y1: top + plotH))

        // Amount ticks: the floor and the reader's cap.
        for tick in Set([bounds.floor, bounds.cap]).sorted() where onAxis(tick) {
            layout.line(x(tick), axisY, x(tick), axisY + 5, obstacle: false)
            layout.label(Money.plain(tick), x: x(tick), y: axisY + 18, anchor: "middle", size: 12, direction: .down)
        }
        if xMin == 0 && !bounds.tierCaps.contains(where: { $0.cap == 0 }) && bounds.floor > 0 {
            layout.line(left, axisY, left, axisY + 5, obstacle: false)
            layout.label("0", x: left, y: axisY + 18, anchor: "middle", size: 12, direction: .down)
        }

        // The reader's cap, named, just above the rectangle's top-right corner.
        let capLabel = t(P.readerCap(reader: readerName, cap: Money.plain(bounds.cap)))
        layout.label(capLabel, x: rx1, y: ry0 - 7, anchor: "end", size: 12, bold: true, direction: .up)

        // Higher tiers: ticks on the amount axis, or one arrow label at its right end.
        let higher = bounds.tierCaps.filter { $0.cap > bounds.cap }
        let dashes = ["4 2", "2 2", "6 2 2 2", "1 2"]
        var beyond: [Advice.TierCap] = []
        for (index, tier) in higher.enumerated() {
            guard tier.cap <= xMax else { beyond.append(tier); continue }
            let tx = x(tier.cap)
            layout.line(tx, axisY - 8, tx, axisY + 8, width: 1.5, dash: dashes[index % dashes.count], obstacle: true)
            layout.label("\(tier.name) ≤ \(Money.plain(tier.cap))", x: tx, y: axisY + 34, anchor: "middle", size: 11, direction: .down)
        }
        if !beyond.isEmpty {
            let text = beyond.map { "\($0.name) ≤ \(Money.plain($0.cap))" }.joined(separator: " · ") + " →"
            layout.label(text, x: left + plotW, y: axisY + 34, anchor: "end", size: 11, direction: .down)
        }
        let moneyAxis = t(P.moneyAxis(currencyName: advice.policy.currencyName, currency: advice.policy.currency))
        layout.label(moneyAxis, x: left + plotW / 2, y: axisY + 52, anchor: "middle", size: 12, direction: .down)

        // E: hollow square. B: a cross. S: a filled dot. Each an arrow label at the edge when beyond the axis.
        let rightEdge = left + plotW - 4
        let e = advice.expectation, b = advice.bottomLine, settlement = advice.settlement
        let eText = "E " + (e.source == .estimated ? "~" : "") + Money.plain(e.amount)
        let bText = "B " + (b.source == .estimated ? "~" : "") + Money.plain(b.amount)
        let sTier = settlement.tier == ladder?.tier || settlement.tierName == readerName ? "" : t(P.settlingTier(settlement.tierName))
        let sText = "S " + Money.plain(settlement.amount) + sTier
        let s = (x(settlement.amount), y(Double(settlement.care)))
        shapes.append("<line x1=\"\(number(centre.0))\" y1=\"\(number(centre.1))\" x2=\"\(number(s.0))\" y2=\"\(number(s.1))\" stroke=\"black\" stroke-width=\"1.5\" marker-end=\"url(#arrow)\"/>")
        var pointLabels: [(String, Double, Double, Bool)] = []  // text, x, y, beyond
        for (point, text, kind) in [(e.amount, eText, "E"), (b.amount, bText, "B"), (settlement.amount, sText, "S")] {
            let care = kind == "E" ? e.care : kind == "B" ? b.care : Double(settlement.care)
            let py = y(clampCare(care))
            if onAxis(point) {
                let px = x(point)
                switch kind {
                case "E": shapes.append("<rect x=\"\(number(px - 6))\" y=\"\(number(py - 6))\" width=\"12\" height=\"12\" fill=\"white\" stroke=\"black\" stroke-width=\"2\"/>")
                case "B": shapes.append("<path d=\"M\(number(px - 6)),\(number(py - 6)) L\(number(px + 6)),\(number(py + 6)) M\(number(px - 6)),\(number(py + 6)) L\(number(px + 6)),\(number(py - 6))\" stroke=\"black\" stroke-width=\"2.5\"/>")
                default: shapes.append("<circle cx=\"\(number(px))\" cy=\"\(number(py))\" r=\"6\" fill=\"black\"/>")
                }
                layout.obstacles.append(Box(x0: px - 7, y0: py - 7, x1: px + 7, y1: py + 7))
                pointLabels.append((text, px, py, false))
            } else {
                pointLabels.append((text + (point > xMax ? " →" : ""), point > xMax ? rightEdge : left + 4, py, true))
            }
        }
        for (text, px, py, isBeyond) in pointLabels {
            if isBeyond {
                layout.label(text, x: px, y: py + 4, anchor: px > left + plotW / 2 ? "end" : "start", size: 13, bold: true)
            } else {
                layout.label(text, x: px + 10, y: py - 8, size: 13, bold: true)
            }
        }

        // The reader's ladder, in a strip under the axis: open, concede, walk away.
        let stripY = axisY + 100
        if let ladder {
            let stripTitle = t(P.ladderTitle(tier: ladder.tierName))
            layout.label(stripTitle, x: left, y: stripY - 22, size: 12, bold: true, direction: .down)
            let rungs = [ladder.opening] + ladder.concessions + [ladder.walkAway]
            var seen: [Double] = []
            for amount in rungs where !seen.contains(amount) { seen.append(amount) }
            layout.line(x(seen.first ?? ladder.opening), stripY, x(seen.last ?? ladder.walkAway), stripY, width: 1.5, obstacle: true)
            for (index, amount) in seen.enumerated() {
                let px = x(amount)
                let isOpening = index == 0, isWalkAway = index == seen.count - 1 && seen.count > 1
                if isOpening {
                    shapes.append("<circle cx=\"\(number(px))\" cy=\"\(number(stripY))\" r=\"5\" fill=\"white\" stroke=\"black\" stroke-width=\"2\"/>")
                } else if isWalkAway {
                    shapes.append("<rect x=\"\(number(px - 2))\" y=\"\(number(stripY - 8))\" width=\"4\" height=\"16\" fill=\"black\"/>")
                } else {
                    shapes.append("<line x1=\"\(number(px))\" y1=\"\(number(stripY - 6))\" x2=\"\(number(px))\" y2=\"\(number(stripY + 6))\" stroke=\"black\" stroke-width=\"1.5\"/>")
                }
                layout.obstacles.append(Box(x0: px - 6, y0: stripY - 9, x1: px + 6, y1: stripY + 9))
                let word: String
                if isOpening { word = t(P.opening) } else if isWalkAway { word = t(P.walkAway) } else { word = "" }
                layout.label(word + Money.plain(amount), x: px, y: stripY + 24, anchor: "middle", size: 12, direction: .down)
            }
        } else {
            layout.label(t(P.noMoneyAtYourTier),
                         x: left, y: stripY, size: 12, bold: true, direction: .down)
        }

        // Legend.
        let legend = [P.legendPoints, P.legendSettlement, P.legendShapes].map(t)
        for (index, line) in legend.enumerated() {
            layout.label(line, x: left - 50, y: stripY + 58 + Double(index) * 16, size: 11, direction: .down)
        }

        var svg = ["<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" font-family=\"sans-serif\" font-size=\"12\">"]
        svg += shapes
        svg += layout.elements
        svg.append("</svg>")
        return svg.joined(separator: "\n") + "\n"
    }
}
