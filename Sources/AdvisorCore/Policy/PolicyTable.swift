import Knowledge

extension Policy {
    /// Aligned columns: names to the left, numbers to the right, each line cut to `width`.
    public static func table(_ headers: [String], _ rows: [[String]], width: Int) -> [String] {
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

    /// The policy as a table a supervisor can read in a terminal.
    /// - Parameters:
    ///   - language: The language of labels and category names.
    ///   - width: The widest a line may be; the forms column is wrapped to fit.
    /// A category's ceiling as the table shows it: "150%", "1500", or "150%, ≥1000" when the higher of both holds.
    func ceilingText(_ rule: CeilingRule?, zh: Bool) -> String {
        let rule = rule ?? CeilingRule(orderShare: ceilingShareOfOrderValue)
        let share = rule.orderShare.map { Money.plain(($0 * 100).rounded()) + "%" }
        let amount = rule.amount.map(Money.plain)
        switch (share, amount) {
        case let (share?, amount?): return zh ? "\(share)，至少\(amount)" : "\(share), at least \(amount)"
        case let (share?, nil): return share
        case let (nil, amount?): return amount
        case (nil, nil): return ""
        }
    }

    public func renderTable(language: Language, width: Int = 80) -> String {
        let zh = language == .zh
        var card = CardWriter(width: width)
        card.text((zh ? "政策 " : "Policy ") + "\(name) (\(version)), " + (zh ? "币种 " : "currency ") + currency)
        // In Chinese each tier is named, with its id beside it for whoever edits the file.
        let tierLabels = tiers.indices.map { index in zh ? "\(tierName(index).zh)（\(tiers[index])）" : tiers[index] }
        card.text((zh ? "层级（由低到高）：" : "Tiers, lowest first: ") + tierLabels.joined(separator: " < "))
        let unitName = currencyDisplayName?.text(language) ?? currency
        let share = Money.plain((ceilingShareOfOrderValue * 100).rounded())
        card.text(zh
            ? "补偿默认不超过订单金额的 \(share)%（类别另有封顶的按封顶）；积分 \(Money.plain(forms.pointsPerCurrencyUnit))/\(unitName)；上门服务折 \(Money.plain(forms.serviceVisitValue))；加急补发折 \(Money.plain(forms.expressReshipValue))"
            : "Compensation at most \(share)% of the order value unless the category sets its own ceiling; \(Money.plain(forms.pointsPerCurrencyUnit)) points per \(currency); service visit worth \(Money.plain(forms.serviceVisitValue)); express reship worth \(Money.plain(forms.expressReshipValue))")
        let onRequest = KnowledgeBase.categories.filter { self.category($0.id)?.goodwill == .onRequest }
            .map { zh ? $0.name.zh : $0.id.rawValue }
        let law = effectiveJurisdiction.map { zh ? "适用地区 \($0)" : "jurisdiction \($0)" } ?? (zh ? "未写适用地区，不套用任何法条" : "no jurisdiction, so no statute applies")
        card.text(law + (onRequest.isEmpty ? "" : (zh ? "；客户开口才谈补偿：" : "; goodwill only when asked: ") + onRequest.joined(separator: zh ? "、" : ", ")))
        card.blank()

        let tierHeads = tiers.indices.map { zh ? tierName($0).zh : tiers[$0] }
        let moneyHeaders = [zh ? "类别" : "category", zh ? "下限" : "floor", zh ? "标准" : "standard"] + tierHeads
        let careHeaders = [zh ? "关怀（0 标准 … 4 经理介入）" : "care (0 standard … 4 manager)", zh ? "最低" : "least"] + tierHeads
        var moneyRows: [[String]] = []
        var careRows: [[String]] = []
        for category in KnowledgeBase.categories {
            guard let bounds = self.category(category.id) else { continue }
            let label = zh ? category.name.zh : category.id.rawValue
            moneyRows.append([label, Money.plain(bounds.floor), Money.plain(bounds.standard)]
                + tiers.map { Money.plain(bounds.caps[$0] ?? 0) })
            careRows.append([label, String(bounds.minCare)] + tiers.map { String(bounds.maxCare[$0] ?? 0) })
        }
        // Owed money (losses, the law's amounts) is signed for by tier, outside the caps above.
        moneyRows.append([zh ? "照付审批额度" : "owed-payment limit", "", ""]
            + tiers.indices.map { index in
                owedLimits?[tiers[index]].map(Money.plain) ?? (index == tiers.count - 1 ? (zh ? "不限" : "any") : (zh ? "同上限" : "= cap"))
            })
        for (headers, rows) in [(moneyHeaders, moneyRows), (careHeaders, careRows)] {
            card.lines += Self.table(headers, rows, width: width)
            if headers == moneyHeaders {
                let own = KnowledgeBase.categories.compactMap { category -> String? in
                    guard let rule = self.category(category.id)?.ceiling else { return nil }
                    return (zh ? category.name.zh : category.id.rawValue) + " " + ceilingText(rule, zh: zh)
                }
                if !own.isEmpty {
                    card.text((zh ? "类别自有封顶（两者取高）：" : "Category ceilings (the higher of the two): ") + own.joined(separator: zh ? "；" : "; "))
                }
            }
            card.blank()
        }
        card.heading(zh ? "补救与补偿形式" : "Remedies and forms")
        for category in KnowledgeBase.categories {
            guard let bounds = self.category(category.id) else { continue }
            let remedies = bounds.remedies.map { $0.title.text(language) }.joined(separator: zh ? "、" : ", ")
            let forms = bounds.forms.map { $0.title.text(language) }.joined(separator: zh ? "、" : ", ")
            card.text("\(category.name.text(language))\(zh ? "：" : ": ")\(remedies) | \(forms)", indent: "  ", hangingIndent: "    ")
        }
        card.blank()
        card.heading(zh ? "系数" : "Modifiers")
        func factors(_ map: [String: Double], _ order: [(id: String, title: Bilingual)]) -> String {
            order.map { "\(zh ? $0.title.zh : $0.id) ×\(Money.plain(map[$0.id] ?? 1))" }.joined(separator: zh ? "，" : ", ")
        }
        card.text((zh ? "严重程度：" : "severity: ") + factors(modifiers.severity, Severity.allCases.map { ($0.rawValue, $0.title) }), indent: "  ", hangingIndent: "    ")
        card.text((zh ? "责任方：" : "fault: ") + factors(modifiers.fault, Fault.allCases.map { ($0.rawValue, $0.title) }), indent: "  ", hangingIndent: "    ")
        card.text((zh ? "客户价值：" : "customer value: ") + factors(modifiers.customerValue, CustomerValue.allCases.map { ($0.rawValue, $0.title) }), indent: "  ", hangingIndent: "    ")
        let percent = Money.plain((modifiers.perBrokenPromise * 100).rounded())
        card.text(zh ? "每次失约 +\(percent)%，最多计 \(modifiers.maxBrokenPromisesCounted) 次"
                     : "each broken promise +\(percent)%, counted up to \(modifiers.maxBrokenPromisesCounted)", indent: "  ")
        return card.rendered
    }
}
