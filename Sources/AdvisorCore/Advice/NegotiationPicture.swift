import Foundation
import Knowledge

/// The negotiation as an SVG picture: each tier's policy rectangle, the flexibility circle of the tier the
/// advice is addressed to, the expectation E, the bottom line B, and the settlement S reached from the centre.
///
/// Drawn in black on white, told apart by dash patterns and marker shapes rather than colour, so it reads
/// when printed in black and white. Every piece of text is escaped, so case or customer text stays inert.
public enum NegotiationPicture {
    /// Escapes text for SVG content and attribute values.
    public static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    private static func number(_ value: Double) -> String { String(format: "%.1f", value) }

    /// The picture of one advice.
    /// - Parameters:
    ///   - advice: The advice to draw.
    ///   - title: An optional heading, e.g. a case's title; escaped like everything else.
    public static func svg(_ advice: Advice, title: String? = nil) -> String {
        let zh = advice.language == .zh
        let width = 760.0, height = 500.0
        let left = 70.0, right = 40.0, top = 60.0, bottom = 110.0
        let plotW = width - left - right, plotH = height - top - bottom
        let caps = advice.bounds.tierCaps
        let topCap = caps.map(\.cap).max() ?? advice.bounds.cap
        let xMax = max(topCap, advice.bottomLine.amount, advice.settlement.amount, advice.bounds.floor + 1) * 1.08
        func x(_ amount: Double) -> Double { left + min(max(amount, 0), xMax) / xMax * plotW }
        func y(_ care: Double) -> Double { top + plotH - (min(max(care, -0.5), 4.5) + 0.5) / 5 * plotH }

        var svg: [String] = []
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" font-family=\"sans-serif\" font-size=\"13\">")
        svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"black\"/></marker></defs>")
        svg.append("<rect x=\"0\" y=\"0\" width=\"\(Int(width))\" height=\"\(Int(height))\" fill=\"white\"/>")
        let category = KnowledgeBase.category(advice.intake.category).name.text(advice.language)
        let heading = title ?? ((zh ? "谈判图：" : "Negotiation: ") + category)
        svg.append("<text x=\"\(Int(left))\" y=\"28\" font-size=\"17\" font-weight=\"bold\">\(escaped(heading))</text>")
        svg.append("<text x=\"\(Int(left))\" y=\"47\">\(escaped(advice.moneyPlan.split(separator: "\n").first.map(String.init) ?? ""))</text>")

        // Axes and care levels.
        svg.append("<line x1=\"\(number(left))\" y1=\"\(number(top + plotH))\" x2=\"\(number(left + plotW))\" y2=\"\(number(top + plotH))\" stroke=\"black\"/>")
        svg.append("<line x1=\"\(number(left))\" y1=\"\(number(top))\" x2=\"\(number(left))\" y2=\"\(number(top + plotH))\" stroke=\"black\"/>")
        for level in 0...4 {
            svg.append("<text x=\"\(number(left - 10))\" y=\"\(number(y(Double(level)) + 4))\" text-anchor=\"end\">\(level)</text>")
        }
        let moneyAxis = zh ? "补偿（\(advice.policy.currency)）" : "Compensation (\(advice.policy.currency))"
        svg.append("<text x=\"\(number(left + plotW / 2))\" y=\"\(number(top + plotH + 38))\" text-anchor=\"middle\">\(escaped(moneyAxis))</text>")
        let careAxis = zh ? "关怀级别" : "Care level"
        svg.append("<text x=\"18\" y=\"\(number(top + plotH / 2))\" transform=\"rotate(-90 18 \(number(top + plotH / 2)))\" text-anchor=\"middle\">\(escaped(careAxis))</text>")
        var ticks = Set([0.0, advice.bounds.floor] + caps.map(\.cap))
        ticks = ticks.filter { $0 <= xMax }
        var lastTick = -100.0
        for tick in ticks.sorted() where x(tick) - lastTick > 34 {
            svg.append("<line x1=\"\(number(x(tick)))\" y1=\"\(number(top + plotH))\" x2=\"\(number(x(tick)))\" y2=\"\(number(top + plotH + 5))\" stroke=\"black\"/>")
            svg.append("<text x=\"\(number(x(tick)))\" y=\"\(number(top + plotH + 19))\" text-anchor=\"middle\">\(Money.plain(tick))</text>")
            lastTick = x(tick)
        }

        // One rectangle per tier, each with its own dash pattern; the addressed tier drawn heavier.
        let dashes = ["", "8 4", "3 3", "12 4 3 4", "1 3"]
        for (index, tier) in caps.enumerated() {
            let x0 = x(advice.bounds.floor), x1 = x(tier.cap)
            let y0 = y(Double(max(advice.bounds.minCare, tier.maxCare)) + 0.5), y1 = y(Double(advice.bounds.minCare) - 0.5)
            let addressed = tier.tier == advice.settlement.tier
            svg.append("<rect x=\"\(number(x0))\" y=\"\(number(y0))\" width=\"\(number(max(x1 - x0, 1)))\" height=\"\(number(y1 - y0))\" fill=\"none\" stroke=\"black\" stroke-width=\"\(addressed ? 2 : 1)\" stroke-dasharray=\"\(dashes[index % dashes.count])\"/>")
            svg.append("<text x=\"\(number(x1 - 4))\" y=\"\(number(y0 - 4 - Double(index % 2) * 13))\" text-anchor=\"end\" font-size=\"11\">\(escaped(tier.tier)) ≤ \(Money.plain(tier.cap))</text>")
        }

        // The flexibility circle of the addressed tier: inscribed in its rectangle, an ellipse at this scale.
        let addressedCap = caps.first { $0.tier == advice.settlement.tier } ?? Advice.TierCap(tier: advice.settlement.tier, name: advice.settlement.tierName, cap: advice.bounds.cap, maxCare: advice.bounds.maxCare)
        let cx0 = x(advice.bounds.floor), cx1 = x(addressedCap.cap)
        let cy0 = y(Double(advice.bounds.maxCare) + 0.5), cy1 = y(Double(advice.bounds.minCare) - 0.5)
        let centre = ((cx0 + cx1) / 2, (cy0 + cy1) / 2)
        svg.append("<ellipse cx=\"\(number(centre.0))\" cy=\"\(number(centre.1))\" rx=\"\(number(max((cx1 - cx0) / 2, 1)))\" ry=\"\(number((cy1 - cy0) / 2))\" fill=\"#eeeeee\" fill-opacity=\"0.6\" stroke=\"black\" stroke-width=\"1.5\"/>")
        svg.append("<path d=\"M\(number(centre.0 - 5)),\(number(centre.1)) h10 M\(number(centre.0)),\(number(centre.1 - 5)) v10\" stroke=\"black\"/>")

        // The path from the centre to the settlement.
        let s = (x(advice.settlement.amount), y(Double(advice.settlement.care)))
        svg.append("<line x1=\"\(number(centre.0))\" y1=\"\(number(centre.1))\" x2=\"\(number(s.0))\" y2=\"\(number(s.1))\" stroke=\"black\" stroke-width=\"1.5\" marker-end=\"url(#arrow)\"/>")

        // E: hollow square, with an arrow when it lies beyond the drawing. B: a cross. S: a filled dot.
        let eBeyond = advice.expectation.amount > xMax
        let e = (x(advice.expectation.amount), y(advice.expectation.care))
        svg.append("<rect x=\"\(number(e.0 - 6))\" y=\"\(number(e.1 - 6))\" width=\"12\" height=\"12\" fill=\"white\" stroke=\"black\" stroke-width=\"2\"/>")
        let eLabel = "E " + Money.plain(advice.expectation.amount) + (eBeyond ? " →" : "")
        svg.append("<text x=\"\(number(e.0 - 10))\" y=\"\(number(e.1 - 10))\" text-anchor=\"end\" font-weight=\"bold\">\(escaped(eLabel))</text>")
        let b = (x(advice.bottomLine.amount), y(advice.bottomLine.care))
        svg.append("<path d=\"M\(number(b.0 - 6)),\(number(b.1 - 6)) L\(number(b.0 + 6)),\(number(b.1 + 6)) M\(number(b.0 - 6)),\(number(b.1 + 6)) L\(number(b.0 + 6)),\(number(b.1 - 6))\" stroke=\"black\" stroke-width=\"2.5\"/>")
        svg.append("<text x=\"\(number(b.0 + 9))\" y=\"\(number(b.1 + 16))\" font-weight=\"bold\">B \(Money.plain(advice.bottomLine.amount))</text>")
        svg.append("<circle cx=\"\(number(s.0))\" cy=\"\(number(s.1))\" r=\"6\" fill=\"black\"/>")
        svg.append("<text x=\"\(number(s.0 + 9))\" y=\"\(number(s.1 - 8))\" font-weight=\"bold\">S \(Money.plain(advice.settlement.amount))</text>")

        // Legend.
        let legend = zh
            ? ["E 期望：客户希望得到的", "B 底线：客户最少能接受的", "S 结算点：圆内离 E 最近且不低于 B 的点", "矩形：各层级的政策范围（虚线样式区分层级）；灰色椭圆：\(advice.settlement.tier) 的灵活空间"]
            : ["E expectation: what the customer hopes for", "B bottom line: the least they accept", "S settlement: the point of the circle nearest E that clears B",
               "Rectangles: each tier's policy bounds (told apart by dashes); grey ellipse: \(advice.settlement.tier)'s flexibility circle"]
        for (index, line) in legend.enumerated() {
            svg.append("<text x=\"\(Int(left))\" y=\"\(number(top + plotH + 58 + Double(index) * 15))\" font-size=\"11\">\(escaped(line))</text>")
        }
        svg.append("</svg>")
        return svg.joined(separator: "\n") + "\n"
    }
}
