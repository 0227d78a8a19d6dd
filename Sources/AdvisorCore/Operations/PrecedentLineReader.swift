import JSON
import Knowledge

/// Reads a log line for the precedents: the few members they need, amounts digit for digit, the rest only checked.
struct PrecedentLineReader {
    private enum Slot: Int, CaseIterable {
        case logHeader, kind, adviceId, category, severity, fault, loss, advice, walkAway, handoverLimit, owed, currency
        case settled, accepted, aboveAllowed
    }

    private static let picker = JSONPicker(paths: Slot.allCases.map { slot -> [String] in
        switch slot {
        case .logHeader: ["advisorLog"]
        case .kind: ["kind"]
        case .adviceId: ["record", "adviceId"]
        case .category: ["record", "intake", "category"]
        case .severity: ["record", "intake", "severity"]
        case .fault: ["record", "intake", "fault"]
        case .loss: ["record", "intake", "loss"]
        case .advice: ["record", "advice"]
        case .walkAway: ["record", "advice", "range", "walkAway"]
        case .handoverLimit: ["record", "advice", "handover", "limit"]
        case .owed: ["record", "advice", "owed"]
        case .currency: ["record", "advice", "policy", "currency"]
        case .settled: ["record", "settled"]
        case .accepted: ["record", "accepted"]
        case .aboveAllowed: ["record", "aboveAllowed"]
        }
    })

    private var slices: [JSONPicker.Slice?] = Array(repeating: nil, count: Slot.allCases.count)

    /// Reads one line, without its newline.
    /// - Parameters:
    ///   - line: The line's bytes.
    ///   - isFirst: Whether it is the log's first line, where the log's own header may stand.
    mutating func read(_ line: UnsafeBufferPointer<UInt8>, isFirst: Bool) -> PrecedentLine {
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return .nothing }
        guard Self.picker.pick(line, into: &slices) else { return .damaged }
        // The header a log may start with says what the file is; it holds no record.
        if isFirst, slices[Slot.logHeader.rawValue] != nil { return .nothing }
        guard let kind = slice(.kind), let id = slice(.adviceId), id.kind == .string else { return .damaged }
        let key = AdviceKey(id: UnsafeBufferPointer(rebasing: line[id.start + 1..<id.end - 1]))
        if JSONPicker.string(kind, in: line, is: "advice") {
            return advice(key, line)
        }
        if JSONPicker.string(kind, in: line, is: "outcome") {
            return outcome(key, line)
        }
        return .damaged
    }

    private func slice(_ slot: Slot) -> JSONPicker.Slice? {
        slices[slot.rawValue]
    }

    private func name<Name: RawRepresentable<String>>(_ slot: Slot, _ line: UnsafeBufferPointer<UInt8>, as: Name.Type) -> Name? {
        slice(slot).flatMap { JSONPicker.text($0, in: line) }.flatMap(Name.init(rawValue:))
    }

    /// An amount, digit for digit; nil when the member is absent or null, a failure when it is not an amount.
    private func amount(_ slot: Slot, _ line: UnsafeBufferPointer<UInt8>) -> Result<DecimalAmount, TypedAmount.Problem>? {
        guard let slice = slice(slot), slice.kind != .null else { return nil }
        guard slice.kind == .number else { return .failure(.notDecimal) }
        return DecimalAmount.reading(jsonNumber: UnsafeBufferPointer(rebasing: line[slice.start..<slice.end]))
    }

    private func advice(_ key: AdviceKey, _ line: UnsafeBufferPointer<UInt8>) -> PrecedentLine {
        guard let category = name(.category, line, as: ComplaintCategoryID.self),
              let severity = name(.severity, line, as: Severity.self),
              let fault = name(.fault, line, as: Fault.self) else { return .damaged }
        var entry = LedgerEntry(caseKey: SimilarCases(category: category, severity: severity, fault: fault).index,
                                limit: LedgerEntry.unknownLimit, owed: 0, outcome: LedgerEntry.noOutcome)
        // An advice of another shape holds no plan to hold outcomes to; its outcomes count as they did before.
        guard slice(.advice)?.kind == .object, let walkAway = amount(.walkAway, line) else { return .advice(key, entry) }
        // What the advice allowed: the hand-over tier's limit when the case goes up, else the reader's walk-away.
        var limit: Int64 = 0
        for figure in [walkAway, amount(.handoverLimit, line)].compactMap({ $0 }) {
            switch figure {
            case let .success(amount): limit = max(limit, amount.tenThousandths)
            // The law's amount can pass a trillion (three times a large order); no settlement the log may hold passes it.
            case .failure(.tooLarge): limit = LedgerEntry.noLimit
            case .failure: return .damaged
            }
        }
        // The loss is paid on its own line, outside goodwill, to the currency's minor unit rounded down, as the card says.
        if let owed = slice(.owed), owed.kind == .string, let loss = amount(.loss, line) {
            switch loss {
            case let .success(amount):
                let code = slice(.currency).flatMap { JSONPicker.text($0, in: line) } ?? ""
                var step: Int64 = 1
                for _ in min(CurrencyUnit(code: code).decimals, 4)..<4 { step *= 10 }
                entry.owed = amount.tenThousandths - amount.tenThousandths % step
            case .failure(.tooLarge): limit = LedgerEntry.noLimit
            case .failure: return .damaged
            }
        }
        entry.limit = limit
        return .advice(key, entry)
    }

    private func outcome(_ key: AdviceKey, _ line: UnsafeBufferPointer<UInt8>) -> PrecedentLine {
        // An amount beyond any settlement (1e308 from an older version) is damage, never a figure to take a median of.
        guard case let .success(settled)? = amount(.settled, line), let accepted = slice(.accepted),
              accepted.kind == .true || accepted.kind == .false else { return .damaged }
        let flagged = slice(.aboveAllowed)?.kind == .true
        return .outcome(key, settled: settled, counts: accepted.kind == .true && !flagged)
    }
}
