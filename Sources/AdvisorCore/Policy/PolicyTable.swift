import Knowledge

extension Policy {
    /// Aligned columns: names to the left, numbers to the right, each line cut to `width`.
    static func table(_ headers: [String], _ rows: [[String]], width: Int) -> [String] {
        let widths = headers.indices.map { column in
            ([headers[column]] + rows.map { $0[column] }).map { TextLayout.displayWidth($0) }.max() ?? 0
        }
        return ([headers] + rows).map { cells in
            let line = cells.enumerated().map { index, cell in
                index == 0 ? TextLayout.pad(cell, to: widths[index])
                           : String(repeating: " ", count: widths[index] - TextLayout.displayWidth(cell)) + cell
            }.joined(separator: "  ")
            return TextLayout.truncate(line.trailingWhitespaceTrimmed, to: width)
        }
    }

    /// A category's ceiling as the table shows it: "150%", "1500", or "150%, at least 1000" when the higher of both holds.
    func ceilingText(_ rule: CeilingRule?, language: Language) -> String {
        let rule = rule ?? CeilingRule(orderShare: ceilingShareOfOrderValue)
        let share = rule.orderShare.map { Money.plain(($0 * 100).rounded()) + "%" }
        let amount = rule.amount.map(Money.plain)
        switch (share, amount) {
        case let (share?, amount?): return PolicyTablePhrases.ceilingAtLeast(share: share, amount: amount).text(language)
        case let (share?, nil): return share
        case let (nil, amount?): return amount
        case (nil, nil): return ""
        }
    }

    /// The policy as a table a supervisor can read in a terminal.
    /// - Parameters:
    ///   - language: The language of labels and category names.
    ///   - width: The widest a line may be; the forms column is wrapped to fit.
    public func renderTable(language: Language, width: Int = 80) -> String {
        typealias P = PolicyTablePhrases
        func t(_ text: Bilingual) -> String { text.text(language) }
        var card = CardWriter(width: width)
        card.text(t(P.heading(name: name, version: version, currency: currency)))
        let tierLabels = tiers.indices.map { t(P.tierWithID(name: tierName($0), id: tiers[$0])) }
        card.text(t(P.tiersLowestFirst) + tierLabels.joined(separator: " < "))
        let share = Money.plain((ceilingShareOfOrderValue * 100).rounded())
        card.text(t(P.compensationDefaults(share: share, pointsPerUnit: Money.plain(forms.pointsPerCurrencyUnit), currencyName: currencyDisplayName,
                                           currency: currency, serviceVisit: Money.plain(forms.serviceVisitValue),
                                           expressReship: Money.plain(forms.expressReshipValue))))
        func label(_ category: ComplaintCategory) -> Bilingual { P.label(name: category.name, id: category.id.rawValue) }
        let onRequest = KnowledgeBase.categories.filter { self.category($0.id)?.goodwill == .onRequest }.map(label)
        let law = effectiveJurisdiction.map(P.jurisdiction) ?? P.noJurisdiction
        card.text(t(law) + (onRequest.isEmpty ? "" : t(P.goodwillOnlyWhenAsked(onRequest))))
        card.blank()

        let tierHeads = tiers.indices.map { t(P.label(name: tierName($0), id: tiers[$0])) }
        let moneyHeaders = [P.categoryColumn, P.floorColumn, P.standardColumn].map(t) + tierHeads
        let careHeaders = [P.careColumn, P.leastCareColumn].map(t) + tierHeads
        var moneyRows: [[String]] = []
        var careRows: [[String]] = []
        for category in KnowledgeBase.categories {
            guard let bounds = self.category(category.id) else { continue }
            let name = t(label(category))
            moneyRows.append([name, Money.plain(bounds.floor), Money.plain(bounds.standard)]
                + tiers.map { Money.plain(bounds.caps[$0] ?? 0) })
            careRows.append([name, String(bounds.minCare)] + tiers.map { String(bounds.maxCare[$0] ?? 0) })
        }
        // Owed money (losses, the law's amounts) is signed for by tier, outside the caps above.
        moneyRows.append([t(P.owedLimitRow), "", ""]
            + tiers.indices.map { index in
                owedLimits?[tiers[index]].map(Money.plain) ?? t(index == tiers.count - 1 ? P.noOwedLimit : P.owedLimitIsCap)
            })
        for (headers, rows) in [(moneyHeaders, moneyRows), (careHeaders, careRows)] {
            card.lines += Self.table(headers, rows, width: width)
            if headers == moneyHeaders {
                let own = KnowledgeBase.categories.compactMap { category -> String? in
                    guard let rule = self.category(category.id)?.ceiling else { return nil }
                    return t(label(category)) + " " + ceilingText(rule, language: language)
                }
                if !own.isEmpty {
                    card.text(t(P.categoryCeilings) + own.joined(separator: t(P.ceilingSeparator)))
                }
            }
            card.blank()
        }
        card.heading(t(P.remediesAndFormsHeading))
        for category in KnowledgeBase.categories {
            guard let bounds = self.category(category.id) else { continue }
            card.text(t(P.remediesAndForms(category: category.name, remedies: bounds.remedies.map(\.title), forms: bounds.forms.map(\.title))),
                      indent: "  ", hangingIndent: "    ")
        }
        card.blank()
        card.heading(t(P.modifiersHeading))
        func factors(_ map: [String: Double], _ order: [(id: String, title: Bilingual)]) -> String {
            t(P.factors(order.map { (P.label(name: $0.title, id: $0.id), Money.plain(map[$0.id] ?? 1)) }))
        }
        card.text(t(P.severity) + factors(modifiers.severity, Severity.allCases.map { ($0.rawValue, $0.title) }), indent: "  ", hangingIndent: "    ")
        card.text(t(P.fault) + factors(modifiers.fault, Fault.allCases.map { ($0.rawValue, $0.title) }), indent: "  ", hangingIndent: "    ")
        card.text(t(P.customerValue) + factors(modifiers.customerValue, CustomerValue.allCases.map { ($0.rawValue, $0.title) }), indent: "  ", hangingIndent: "    ")
        let percent = Money.plain((modifiers.perBrokenPromise * 100).rounded())
        card.text(t(P.perBrokenPromise(percent: percent, countedUpTo: modifiers.maxBrokenPromisesCounted)), indent: "  ")
        return card.rendered
    }
}
