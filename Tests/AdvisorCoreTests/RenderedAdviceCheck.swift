import AdvisorCore
import Foundation
import Knowledge
import Testing

/// Checks the words of one advice against its plan: what is scripted for the customer, the card's shape, and the ids.
struct RenderedAdviceCheck {
    let advice: Advice
    let plan: NegotiationPlan
    let policy: Policy
    let context: String

    /// Every sum of money in a text: a number followed by a currency word, or points converted to their value.
    static func amounts(in text: String, pointsPerUnit: Double) -> [Double] {
        var result: [Double] = []
        let currency = #/([0-9]+(?:\.[0-9]+)?) ?(元|yuan|美元|US dollars|欧元|euros|英镑|pounds|港元|Hong Kong dollars|新台币|New Taiwan dollars|日元|yen|[A-Z]{3}\b)/#
        for match in text.matches(of: currency) { if let value = Double(match.1) { result.append(value) } }
        let points = #/([0-9]+) ?(积分|points)/#
        for match in text.matches(of: points) { if let value = Double(match.1) { result.append(value / pointsPerUnit) } }
        return result
    }

    /// Fields whose values are ids, codes or the agent's own input, not words.
    static let idFields: Set<String> = ["tier", "type", "temperament", "form", "reason", "stage", "id", "kinds", "flags", "to",
                                        "language", "intake", "policy", "words", "cues"]

    /// Every string in the advice's JSON with its path, outside the id fields.
    static func words(inJSONOf advice: Advice) -> [(String, String)] {
        guard let data = try? JSONEncoder().encode(advice), let root = try? JSONSerialization.jsonObject(with: data) else { return [] }
        var found: [(String, String)] = []
        func walk(_ value: Any, _ path: String, _ key: String) {
            if idFields.contains(key) || path.hasSuffix("expectation.source") || path.hasSuffix("bottomLine.source") { return }
            switch value {
            case let text as String: found.append((path, text))
            case let object as [String: Any]: for (k, v) in object { walk(v, path + "." + k, k) }
            case let array as [Any]: for (i, v) in array.enumerated() { walk(v, path + "[\(i)]", key) }
            default: break
            }
        }
        walk(root, "$", "")
        return found
    }

    func run() {
        let unit = plan.currency
        let cap = unit.major(plan.readerRectangle.cap)
        let asked = plan.expectation.source == .given ? unit.major(max(plan.expectation.amount, plan.floor)) : nil
        // What the agent reads aloud: spoken steps and the options.
        let spoken = advice.strategy.steps.filter(\.spoken).map(\.text) + advice.offers.map(\.text)
        for text in spoken {
            // A points figure rounds down from its value, so compare with a hair of room for the division.
            // The loss is owed outside every cap, so it is the one figure allowed above them.
            let owedLoss = plan.owed.map { unit.major($0.loss) }
            for amount in Self.amounts(in: text, pointsPerUnit: policy.forms.pointsPerCurrencyUnit) where amount != owedLoss {
                #expect(amount <= cap + 1e-6, "scripted \(amount) above the reader's cap \(cap) in “\(text)”: \(context)")
                if let asked { #expect(amount <= asked + 1e-6, "scripted \(amount) above the \(asked) asked in “\(text)”: \(context)") }
            }
        }
        // No precedent sentence without records.
        if case .tooFew = plan.precedent {
            let claims = ["cases like yours that we've settled", "已经处理完的有"]
            #expect(!spoken.contains { text in claims.contains { text.contains($0) } }, "precedent claimed without records: \(context)")
        }
        // The card fits an 80×24 terminal and leads with the money plan near the top.
        let card = advice.renderCard()
        let lines = card.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count <= 23, "card of \(lines.count) lines: \(context)")
        #expect(lines.allSatisfy { TextLayout.displayWidth(String($0)) <= 80 }, "card wider than 80: \(context)")
        let moneyLabel = advice.language == .zh ? "金额：" : "Money: "
        let moneyLine = lines.firstIndex { $0.hasPrefix(moneyLabel) }
        #expect(moneyLine.map { $0 <= 5 } == true, "money plan not near the top: \(context)")
        if let ladder = advice.ladder, let index = moneyLine {
            let text = lines[index...].prefix(2).joined(separator: " ")
            #expect(text.contains(Money.plain(ladder.walkAway)) || ladder.form == .points, "walk-away missing from the money line: \(context)")
        }
        // No id or key in Chinese: every word a customer or agent reads is Chinese.
        if advice.language == .zh {
            let ids = #/[a-z][a-z-]{2,}/#
            let texts = [card] + spoken + advice.notes + advice.escalation.steps.map(\.text) + [advice.moneyPlan]
            for text in texts {
                #expect(text.firstMatch(of: ids) == nil, "ASCII id in Chinese text “\(text)”: \(context)")
            }
            // The JSON's words too: every string a help desk might show, leaving out the fields that hold ids by design.
            for (path, text) in Self.words(inJSONOf: advice) {
                #expect(text.firstMatch(of: ids) == nil, "ASCII id at \(path) “\(text)”: \(context)")
            }
        }
    }
}
