import Knowledge

extension TrainingCase {
    /// The case and the advisor's analysis, for the terminal, in at most `width` columns.
    public func render(_ analysis: CaseAnalysis, language: Language, width: Int = 80) -> String {
        typealias P = CasePhrases
        func t(_ text: Bilingual) -> String { text.text(language) }
        var card = CardWriter(width: width)
        card.text("\(title.text(language))  [\(id)]")
        card.blank()
        for (label, body) in [(P.facts, facts), (P.customerSays, customerSays), (P.wrongHandling, wrongHandling),
                              (P.whyItFails, whyItFails), (P.rightHandling, rightHandling)] {
            card.heading(t(label))
            card.text(body.text(language), indent: "  ")
        }
        let amount = AdvicePhrases.money(Money.plain(settlement.value), currency: analysis.advice.policy.currency)
        card.heading(t(P.settlement))
        // A case settled with nothing on top says so in its own words; "(0 yuan)" would add nothing.
        let value = settlement.value > 0 ? t(P.settlementValue(amount)) : ""
        card.text(settlement.text.text(language) + value, indent: "  ")
        card.heading(t(P.lesson))
        card.text(lesson.text(language), indent: "  ")
        card.blank()
        card.heading(t(P.analysis))
        let detected = analysis.detection.type.map { KnowledgeBase.type($0).name } ?? P.noClearType
        let labelled = type.map { KnowledgeBase.type($0).name } ?? P.noType
        card.text(t(P.typeAgainstLabel(read: detected, labelled: labelled)), indent: "  ")
        card.text(t(P.temperamentAgainstLabel(read: KnowledgeBase.temperament(analysis.detection.temperament.lean).name,
                                              labelled: KnowledgeBase.temperament(temperament).name)), indent: "  ")
        for line in analysis.advice.moneyPlan.split(separator: "\n") { card.text(String(line), indent: "  ") }
        card.text(t(P.settlementAgainstRange(amount, inside: analysis.settlementInRange)), indent: "  ")
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
        typealias P = CasePhrases
        func t(_ text: Bilingual) -> String { text.text(language) }
        func md(_ text: String) -> String { Self.markdownEscaped(text) }
        var lines: [String] = []
        lines.append("# " + md(title.text(language)))
        lines.append("")
        lines.append(t(P.caseID) + "`\(id)`")
        lines.append("")
        lines.append("## " + t(P.whatHappened))
        lines.append(md(facts.text(language)))
        lines.append("")
        lines.append("> " + md(customerSays.text(language)))
        lines.append("")
        lines.append("## " + t(P.discussionQuestions))
        for (n, question) in questions.enumerated() { lines.append("\(n + 1). " + md(question.text(language))) }
        lines.append("")
        lines.append("## " + t(P.theWrongHandling))
        lines.append(md(wrongHandling.text(language)))
        lines.append("")
        lines.append(t(P.whyItFailsLead) + md(whyItFails.text(language)))
        lines.append("")
        lines.append("## " + t(P.theRightHandling))
        lines.append(md(rightHandling.text(language)))
        lines.append("")
        let amount = AdvicePhrases.money(Money.plain(settlement.value), currency: analysis.advice.policy.currency)
        let value = settlement.value > 0 ? t(P.settlementValue(amount)) : ""
        lines.append(t(P.settlementLead) + md(settlement.text.text(language)) + value)
        lines.append("")
        lines.append("## " + t(P.analysis))
        let detected = analysis.detection.type.map { KnowledgeBase.type($0).name } ?? P.noClearType
        lines.append("- " + t(P.typeFromWords) + md(t(detected)))
        lines.append("- " + t(P.temperamentLead) + KnowledgeBase.temperament(analysis.detection.temperament.lean).name.text(language))
        lines.append("- " + t(P.remedyLead) + md(analysis.advice.remedy.text))
        lines.append("- " + t(P.advisedRange(low: Money.plain(analysis.low), high: Money.plain(analysis.high),
                                             tier: analysis.advice.settlement.tierName)))
        lines.append("- " + t(P.settlementAgainstRange(amount, inside: analysis.settlementInRange, marked: true)))
        lines.append("")
        lines.append("```text")
        lines += analysis.advice.moneyPlan.split(separator: "\n").map(String.init)
        lines.append(analysis.advice.scale(width: 78))
        lines.append("```")
        lines.append("")
        lines.append("## " + t(P.picture))
        lines.append("")
        lines.append("![" + t(P.pictureAlt) + md(title.text(language)) + "](" + Self.linkTarget(pictureFile ?? Self.pictureFileName(id)) + ")")
        lines.append("")
        lines.append("## " + t(P.theLesson))
        lines.append(md(lesson.text(language)))
        return lines.joined(separator: "\n") + "\n"
    }

    /// The file name of a case's picture beside its handout: the case id, made safe as a file name, with `.svg`.
    public static func pictureFileName(_ id: String) -> String {
        let safe = id.unicodeScalars.map { scalar -> String in
            scalar.isAlphanumeric || scalar == "-" || scalar == "_" || scalar == "." ? String(scalar) : "-"
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
