import FoundationEssentials
import Glibc
import Knowledge

/// The typical settlement of similar cases.
public struct Precedent: Codable, Equatable, Sendable {
    /// The median of the settled amounts that count, in whole minor units of the policy's currency.
    public var median: Amount
    public var count: Int

    public init(median: Amount, count: Int) {
        self.median = median
        self.count = count
    }
}

/// How similar past cases really settled, from the outcomes in the audit log, in one policy's currency.
public struct PrecedentBook: Sendable {
    /// Per case key: how many settled amounts count, and the two in the middle (the same one for an odd count).
    let middles: [(count: Int, lower: Int64, upper: Int64)]
    let unit: CurrencyUnit

    /// The median and count of similar settled cases, or nil when there are none.
    public func precedent(for intake: Intake) -> Precedent? {
        let middle = middles[SimilarCases(intake).index]
        guard middle.count > 0, let lower = DecimalAmount(tenThousandths: middle.lower),
              let upper = DecimalAmount(tenThousandths: middle.upper) else { return nil }
        return Precedent(median: DecimalAmount.median(lower, upper, in: unit), count: middle.count)
    }
}

/// Where an advice stands in the log, as `outcome` needs to know before it records another.
public struct AdviceStanding: Equatable, Sendable {
    /// What the advice allowed in all (the settling tier's limit and money owed on its own line), when its record says.
    public var allowed: DecimalAmount?
    /// The money owed on its own line, part of `allowed`.
    public var owed: DecimalAmount
    /// Whether an outcome is already recorded for it.
    public var hasOutcome: Bool
}

/// The precedents of one log as far as it has been read: an index's figures, and the whole lines read after it.
///
/// Reading the whole log from nothing and reading an index of its first part and then the rest fold the same lines the
/// same way, so both give the same precedents (`PrecedentIndexTests`).
public struct PrecedentScan: Sendable {
    let base: PrecedentIndex?
    var ledger = PrecedentLedger()
    var reader = PrecedentLineReader()
    /// The log's bytes and lines the figures cover: the index's, then each whole line read since.
    public private(set) var coveredBytes: Int
    public private(set) var coveredLines: Int
    /// A last line without its newline was read into the figures: they are no longer the covered part's alone.
    private var readUnfinished = false

    /// Starts from an index, or from the log's first byte.
    public init(from base: PrecedentIndex?) {
        self.base = base
        coveredBytes = base?.coverage.bytes ?? 0
        coveredLines = base?.coverage.lines ?? 0
    }

    /// The precedents of a whole log read from its first byte, as when there is no index to start from.
    public static func reading(_ log: Data) -> PrecedentScan {
        var scan = PrecedentScan(from: nil)
        log.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            // With no index, nothing is looked up in one, so nothing can fail to check out.
            let used = (try? scan.read(bytes)) ?? 0
            try? scan.readUnfinished(UnsafeBufferPointer(rebasing: bytes[used...]))
        }
        return scan
    }

    /// Reads the whole lines of `bytes`, which continue the log from `coveredBytes`.
    /// - Returns: Where the rest starts: a last line no newline has ended yet, being written or torn by a crash.
    /// - Throws: `PrecedentIndex.Damage` when the index does not check out where a line needs it.
    @discardableResult
    public mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) throws(PrecedentIndex.Damage) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        var start = 0
        while start < bytes.count, let newline = memchr(base + start, 0x0A, bytes.count - start) {
            let end = UnsafeRawPointer(newline) - UnsafeRawPointer(base)
            try readLine(UnsafeBufferPointer(rebasing: bytes[start..<end]))
            coveredLines += 1
            start = end + 1
        }
        coveredBytes += start
        return start
    }

    /// Reads a last line that no newline ends yet into the figures, without covering it: it is read again next time,
    /// whole by then or reported as damaged, and an index is no longer written from these figures.
    public mutating func readUnfinished(_ bytes: UnsafeBufferPointer<UInt8>) throws(PrecedentIndex.Damage) {
        guard !bytes.isEmpty else { return }
        readUnfinished = true
        try readLine(bytes)
    }

    private mutating func readLine(_ line: UnsafeBufferPointer<UInt8>) throws(PrecedentIndex.Damage) {
        let parsed = reader.read(line, isFirst: coveredLines == 0)
        try ledger.apply(parsed, number: coveredLines + 1) { key throws(PrecedentIndex.Damage) in try base?.entry(key) }
    }

    /// The first damaged lines of everything read, and how many there are.
    public var damagedLines: [Int] { Array(((base?.damagedLines ?? []) + ledger.damagedLines).prefix(PrecedentLedger.storedDamage)) }
    public var damagedCount: Int { (base?.damagedCount ?? 0) + ledger.damagedCount }

    /// The precedents in a policy's currency.
    public func book(for policy: Policy) throws(PrecedentIndex.Damage) -> PrecedentBook {
        try book(in: policy.currencyUnit)
    }

    /// The precedents in one currency.
    func book(in unit: CurrencyUnit) throws(PrecedentIndex.Damage) -> PrecedentBook {
        var middles: [(count: Int, lower: Int64, upper: Int64)] = []
        middles.reserveCapacity(SimilarCases.count)
        for key in 0..<SimilarCases.count {
            if ledger.added[key] == nil, ledger.removed[key] == nil, let base {
                middles.append(base.middle(key))
            } else {
                middles.append(PrecedentLedger.middle(try amounts(key)))
            }
        }
        return PrecedentBook(middles: middles, unit: unit)
    }

    /// The settled amounts that count for one case key, in order.
    private func amounts(_ key: Int) throws(PrecedentIndex.Damage) -> [Int64] {
        ledger.amounts(key, before: try base?.amounts(key) ?? [])
    }

    /// Where the advice with this id stands, or nil when the log holds no such advice.
    public func standing(of id: String) throws(PrecedentIndex.Damage) -> AdviceStanding? {
        let key = AdviceKey(id)
        var found = ledger.entries[key]
        if found == nil { found = try base?.entry(key) }
        guard let entry = found else { return nil }
        return AdviceStanding(allowed: entry.allowed, owed: DecimalAmount(tenThousandths: entry.owed) ?? .zero,
                              hasOutcome: entry.outcome != LedgerEntry.noOutcome)
    }

    /// The index of what has been read, or nil when a line without its newline was read into it.
    /// - Parameter fingerprint: The log's, as it stands at `coveredBytes`.
    public func index(fingerprint: LogFingerprint) throws(PrecedentIndex.Damage) -> Data? {
        guard !readUnfinished else { return nil }
        var amounts: [[Int64]] = []
        for key in 0..<SimilarCases.count { amounts.append(try self.amounts(key)) }
        let changed = ledger.entries.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        return try PrecedentIndex.bytes(coverage: .init(bytes: coveredBytes, lines: coveredLines, fingerprint: fingerprint),
                                        amounts: amounts, base: base, changed: changed,
                                        damagedLines: damagedLines, damagedCount: damagedCount)
    }
}
