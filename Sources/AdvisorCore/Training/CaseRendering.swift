import Foundation
import Knowledge

extension TrainingCase {
    /// The case and the advisor's analysis, for the terminal, in at most `width` columns.
    public func render(_ analysis: CaseAnalysis, language: Language, width: Int = 80) -> String {
        let zh = language == .zh
        var card = CardWriter(width: width)
        card.text("\(title.text(language))  [\(id)]")
        card.blank()
        for (label, body) in [(zh ? "经过" : "Facts", facts), (zh ? "客户说" : "The customer says", customerSays),
                              (zh ? "错误处理" : "Wrong handling", wrongHandling), (zh ? "为什么不行" : "Why it fails", whyItFails),
                              (zh ? "正确处理" : "Right handling", rightHandling)] {
            card.heading(label)
            card.text(body.text(language), indent: "  ")
        }
        card.heading(zh ? "结果" : "Settlement")
        card.text(settlement.text.text(language) + " (" + Money.plain(settlement.value) + ")", indent: "  ")
        card.heading(zh ? "要点" : "Lesson")
        card.text(lesson.text(language), indent: "  ")
        card.blank()
        card.heading(zh ? "助手的分析" : "The advisor's analysis")
        let detected = analysis.detection.type.map { KnowledgeBase.type($0).name.text(language) } ?? (zh ? "无明确类型" : "no clear type")
        let labelled = type.map { KnowledgeBase.type($0).name.text(language) } ?? (zh ? "无类型" : "no type")
        card.text((zh ? "类型：" : "Type: ") + detected + (zh ? "（案例标注：" : " (case says: ") + labelled + (zh ? "）" : ")"), indent: "  ")
        card.text((zh ? "性格：" : "Temperament: ") + KnowledgeBase.temperament(analysis.detection.temperament.lean).name.text(language)
                  + (zh ? "（案例标注：" : " (case says: ") + KnowledgeBase.temperament(temperament).name.text(language) + (zh ? "）" : ")"), indent: "  ")
        for line in analysis.advice.moneyPlan.split(separator: "\n") { card.text(String(line), indent: "  ") }
        let verdict = analysis.settlementInRange
            ? (zh ? "实际结果 \(Money.plain(settlement.value)) 在建议范围内。" : "The real settlement, \(Money.plain(settlement.value)), is inside the advised range.")
            : (zh ? "实际结果 \(Money.plain(settlement.value)) 不在建议范围内。" : "The real settlement, \(Money.plain(settlement.value)), is outside the advised range.")
        card.text(verdict, indent: "  ")
        for step in analysis.advice.strategy.steps.prefix(4) {
            card.text(step.text, indent: "  • ")
        }
        return card.rendered
    }

    /// A Markdown handout for a group discussion: facts, questions, wrong and right handling, the analysis, the picture.
    /// - Parameters:
    ///   - analysis: The advisor's analysis of the case.
    ///   - language: The handout's language.
    ///   - pictureFile: Where the SVG picture is written, as the handout should link it (relative to the handout's
    ///     folder, or absolute); nil links `<case-id>.svg` beside the handout. The picture is linked, never inlined:
    ///     most Markdown viewers drop inline SVG.
    public func handout(_ analysis: CaseAnalysis, language: Language, pictureFile: String? = nil) -> String {
        let zh = language == .zh
        func md(_ text: String) -> String { Self.markdownEscaped(text) }
        var lines: [String] = []
        lines.append("# " + md(title.text(language)))
        lines.append("")
        lines.append((zh ? "案例编号：" : "Case: ") + "`\(id)`")
        lines.append("")
        lines.append("## " + (zh ? "经过" : "What happened"))
        lines.append(md(facts.text(language)))
        lines.append("")
        lines.append("> " + md(customerSays.text(language)))
        lines.append("")
        lines.append("## " + (zh ? "讨论问题" : "Questions for the group"))
        for (n, question) in questions.enumerated() { lines.append("\(n + 1). " + md(question.text(language))) }
        lines.append("")
        lines.append("## " + (zh ? "错误的处理" : "The wrong handling"))
        lines.append(md(wrongHandling.text(language)))
        lines.append("")
        lines.append((zh ? "**为什么不行：**" : "**Why it fails:** ") + md(whyItFails.text(language)))
        lines.append("")
        lines.append("## " + (zh ? "正确的处理" : "The right handling"))
        lines.append(md(rightHandling.text(language)))
        lines.append("")
        lines.append((zh ? "**结果：**" : "**Settlement:** ") + md(settlement.text.text(language)) + " (" + Money.plain(settlement.value) + ")")
        lines.append("")
        lines.append("## " + (zh ? "助手的分析" : "The advisor's analysis"))
        let detected = analysis.detection.type.map { KnowledgeBase.type($0).name.text(language) } ?? (zh ? "无明确类型" : "no clear type")
        lines.append("- " + (zh ? "从原话判断的类型：" : "Type read from the words: ") + md(detected))
        lines.append("- " + (zh ? "性格倾向：" : "Temperament: ") + KnowledgeBase.temperament(analysis.detection.temperament.lean).name.text(language))
        lines.append("- " + (zh ? "补救：" : "Remedy: ") + md(analysis.advice.remedy.text))
        lines.append("- " + (zh ? "建议范围：" : "Advised range: ") + Money.plain(analysis.low) + "–" + Money.plain(analysis.high)
                     + (zh ? "（由\(analysis.advice.settlement.tierName)给出）" : " (given by the \(analysis.advice.settlement.tierName))"))
        lines.append("- " + (analysis.settlementInRange
            ? (zh ? "实际结果 \(Money.plain(settlement.value)) **在**建议范围内。" : "The real settlement, \(Money.plain(settlement.value)), is **inside** the advised range.")
            : (zh ? "实际结果 \(Money.plain(settlement.value)) **不在**建议范围内。" : "The real settlement, \(Money.plain(settlement.value)), is **outside** the advised range.")))
        lines.append("")
        lines.append("```text")
        lines += analysis.advice.moneyPlan.split(separator: "\n").map(String.init)
        lines.append(analysis.advice.scale(width: 78))
        lines.append("```")
        lines.append("")
        lines.append("## " + (zh ? "谈判图" : "The negotiation picture"))
        lines.append("")
        lines.append("![" + (zh ? "谈判图：" : "Negotiation picture: ") + md(title.text(language)) + "](" + Self.linkTarget(pictureFile ?? Self.pictureFileName(id)) + ")")
        lines.append("")
        lines.append("## " + (zh ? "要点" : "The lesson"))
        lines.append(md(lesson.text(language)))
        return lines.joined(separator: "\n") + "\n"
    }

    /// The file name of a case's picture beside its handout: the case id, made safe as a file name, with `.svg`.
    public static func pictureFileName(_ id: String) -> String {
        let safe = id.unicodeScalars.map { scalar -> String in
            CharacterSet.alphanumerics.contains(scalar) || scalar == "-" || scalar == "_" || scalar == "." ? String(scalar) : "-"
        }.joined()
        return (safe.isEmpty || safe.hasPrefix(".") ? "case-" + safe : safe) + ".svg"
    }

    /// A path as a Markdown link target: the characters that would end or break the link percent-encoded.
    static func linkTarget(_ path: String) -> String {
        var result = ""
        for scalar in path.unicodeScalars {
            switch scalar {
            case " ": result += "%20"
            case "(": result += "%28"
            case ")": result += "%29"
            case "<": result += "%3C"
            case ">": result += "%3E"
            case "%": result += "%25"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Text safe to place in Markdown: HTML tags shown, not run, and Markdown's own markup shown literally.
    static func markdownEscaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "\\", "`", "*", "_", "[", "]", "#", "|": result += "\\" + String(character)
            case "\n": result += " "
            default: result.append(character)
            }
        }
        return result
    }
}
