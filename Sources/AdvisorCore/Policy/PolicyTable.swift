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
    public func renderTable(language: Language, width: Int = 80) -> String {
        let zh = language == .zh
        var card = CardWriter(width: width)
        card.text((zh ? "政策 " : "Policy ") + "\(name) (\(version)), " + (zh ? "币种 " : "currency ") + currency)
        card.text((zh ? "层级（由低到高）：" : "Tiers, lowest first: ") + tiers.joined(separator: " < "))
        let share = Money.plain((ceilingShareOfOrderValue * 100).rounded())
        card.text(zh
            ? "补偿不超过订单金额的 \(share)%；积分 \(Money.plain(forms.pointsPerCurrencyUnit))/元；上门服务折 \(Money.plain(forms.serviceVisitValue))；加急补发折 \(Money.plain(forms.expressReshipValue))"
            : "Compensation at most \(share)% of the order value; \(Money.plain(forms.pointsPerCurrencyUnit)) points per unit; service visit worth \(Money.plain(forms.serviceVisitValue)); express reship worth \(Money.plain(forms.expressReshipValue))")
        card.blank()

        let moneyHeaders = [zh ? "类别" : "category", zh ? "下限" : "floor", zh ? "标准" : "standard"] + tiers
        let careHeaders = [zh ? "关怀（0 标准 … 4 经理介入）" : "care (0 standard … 4 manager)", zh ? "最低" : "least"] + tiers
        var moneyRows: [[String]] = []
        var careRows: [[String]] = []
        for category in KnowledgeBase.categories {
            guard let bounds = self.category(category.id) else { continue }
            moneyRows.append([category.id.rawValue, Money.plain(bounds.floor), Money.plain(bounds.standard)]
                + tiers.map { Money.plain(bounds.caps[$0] ?? 0) })
            careRows.append([category.id.rawValue, String(bounds.minCare)] + tiers.map { String(bounds.maxCare[$0] ?? 0) })
        }
        for (headers, rows) in [(moneyHeaders, moneyRows), (careHeaders, careRows)] {
            card.lines += Self.table(headers, rows, width: width)
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
        func factors(_ map: [String: Double], _ order: [String]) -> String {
            order.map { "\($0) ×\(Money.plain(map[$0] ?? 1))" }.joined(separator: ", ")
        }
        card.text((zh ? "严重程度：" : "severity: ") + factors(modifiers.severity, Severity.allCases.map(\.rawValue)), indent: "  ", hangingIndent: "    ")
        card.text((zh ? "责任方：" : "fault: ") + factors(modifiers.fault, Fault.allCases.map(\.rawValue)), indent: "  ", hangingIndent: "    ")
        card.text((zh ? "客户价值：" : "customer value: ") + factors(modifiers.customerValue, CustomerValue.allCases.map(\.rawValue)), indent: "  ", hangingIndent: "    ")
        let percent = Money.plain((modifiers.perBrokenPromise * 100).rounded())
        card.text(zh ? "每次失约 +\(percent)%，最多计 \(modifiers.maxBrokenPromisesCounted) 次"
                     : "each broken promise +\(percent)%, counted up to \(modifiers.maxBrokenPromisesCounted)", indent: "  ")
        return card.rendered
    }
}
