import Knowledge

/// A 64-bit check of bytes, to tell an index file that was torn or overwritten from one written whole.
///
/// Not a digest: whoever can write the index can write the log it summarises, so it only has to catch accidents, and
/// it runs over every entry the advice reads. Eight bytes at a time, each mixed with a multiply and a shift.
struct Checksum64 {
    private var state: UInt64 = 0x9E37_79B9_7F4A_7C15

    mutating func add(_ word: UInt64) {
        state = (state ^ word) &* 0xFF51_AFD7_ED55_8CCD
        state ^= state >> 29
    }

    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        var offset = 0
        while offset + 8 <= bytes.count {
            add(bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        var last: UInt64 = 0
        for k in offset..<bytes.count { last |= UInt64(bytes[k]) << (8 * UInt64(k - offset)) }
        add(last)
        add(UInt64(bytes.count))
    }

    /// The check so far; never zero, so a page of zeros never checks out.
    var value: UInt64 {
        var x = state
        x ^= x >> 33
        x = x &* 0xC4CE_B9FE_1A85_EC53
        x ^= x >> 33
        return x == 0 ? 1 : x
    }

    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var check = Checksum64()
        check.add(bytes)
        return check.value
    }
}

/// An advice id in sixteen bytes, so the index can keep hundreds of thousands of them in a sorted table.
///
/// The ids the advisor makes are random UUIDs (`AdviceLogger.newID`), kept as their own 128 bits. Any other id, such as
/// one in a log written by hand, is the first 128 bits of its SHA-256 with the UUID version digit cleared, which no id
/// the advisor makes has, so the two kinds never meet and two different ids never share a key in practice.
public struct AdviceKey: Hashable, Comparable, Sendable {
    let high: UInt64
    let low: UInt64

    init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// The key of an id as the log writes it, from its UTF-8 bytes.
    init(id: UnsafeBufferPointer<UInt8>) {
        if let key = Self.uuid(id) {
            self = key
        } else {
            let digest = SHA256.digest(id)
            var high: UInt64 = 0, low: UInt64 = 0
            for k in 0..<8 {
                high = high << 8 | UInt64(digest[k])
                low = low << 8 | UInt64(digest[8 + k])
            }
            self.init(high: high & ~0xF000, low: low)
        }
    }

    /// The key of an id as typed.
    public init(_ id: String) {
        var id = id
        self = id.withUTF8 { AdviceKey(id: $0) }
    }

    public static func < (a: AdviceKey, b: AdviceKey) -> Bool { (a.high, a.low) < (b.high, b.low) }

    /// A version-4 UUID written in lowercase as `newID` writes it, or nil.
    private static func uuid(_ id: UnsafeBufferPointer<UInt8>) -> AdviceKey? {
        guard id.count == 36 else { return nil }
        var words: (UInt64, UInt64) = (0, 0)
        var nibbles = 0
        for (index, byte) in id.enumerated() {
            if index == 8 || index == 13 || index == 18 || index == 23 {
                guard byte == 0x2D else { return nil }
                continue
            }
            let value: UInt8
            switch byte {
            case 0x30...0x39: value = byte - 0x30
            case 0x61...0x66: value = byte - 0x61 + 10
            default: return nil
            }
            if nibbles < 16 { words.0 = words.0 << 4 | UInt64(value) } else { words.1 = words.1 << 4 | UInt64(value) }
            nibbles += 1
        }
        guard words.0 >> 12 & 0xF == 4 else { return nil }
        return AdviceKey(high: words.0, low: words.1)
    }
}

/// Which cases are similar: the same category, severity and fault, as one small number.
struct SimilarCases: Hashable, Sendable {
    let index: Int

    static let count = ComplaintCategoryID.allCases.count * Severity.allCases.count * Fault.allCases.count

    init?(index: Int) {
        guard (0..<Self.count).contains(index) else { return nil }
        self.index = index
    }

    init(category: ComplaintCategoryID, severity: Severity, fault: Fault) {
        let c = ComplaintCategoryID.allCases.firstIndex(of: category)!
        let s = Severity.allCases.firstIndex(of: severity)!
        let f = Fault.allCases.firstIndex(of: fault)!
        index = (c * Severity.allCases.count + s) * Fault.allCases.count + f
    }

    init(_ intake: Intake) {
        self.init(category: intake.category, severity: intake.severity, fault: intake.fault)
    }

    /// A check of every key's names in order: an index written when the lists were different is not read.
    static let layout: UInt64 = {
        let names = ComplaintCategoryID.allCases.map(\.rawValue) + Severity.allCases.map(\.rawValue) + Fault.allCases.map(\.rawValue)
        var text = Array(names.joined(separator: "|").utf8)
        return text.withUnsafeMutableBytes { Checksum64.of(UnsafeRawBufferPointer($0)) }
    }()
}

/// What one advice of the log comes to for the precedents: its kind of case, what it allowed, and its last outcome.
///
/// Amounts are ten-thousandths (`DecimalAmount`). The same four numbers are a row of the index's table.
struct LedgerEntry: Equatable, Sendable {
    var caseKey: Int
    /// The most the advice let the settling tier give, or `unknownLimit` when its record holds no plan (an older
    /// shape), or `noLimit` when its own figures are beyond what any settlement may be.
    var limit: Int64
    /// Money owed on its own line outside goodwill (the loss), allowed on top of `limit`.
    var owed: Int64
    /// The last outcome recorded: `noOutcome`, `notCounted`, or the settled amount that counts.
    var outcome: Int64

    static let unknownLimit: Int64 = -1
    static let noLimit = Int64.max
    static let noOutcome: Int64 = -1
    static let notCounted: Int64 = -2

    /// Whether a settled amount is more than the advice allowed; never, when what it allowed is not known.
    func allows(_ settled: DecimalAmount) -> Bool {
        guard limit != Self.unknownLimit, limit != Self.noLimit else { return true }
        return settled.tenThousandths <= limit + owed
    }

    /// Whether the four numbers are ones a scan can produce, so a row read back from a file can be trusted to compute with.
    var isPlausible: Bool {
        let amounts = 0...DecimalAmount.largest.tenThousandths
        return (limit == Self.unknownLimit || limit == Self.noLimit || amounts.contains(limit)) && amounts.contains(owed)
            && (outcome == Self.noOutcome || outcome == Self.notCounted || amounts.contains(outcome))
    }

    /// What the advice allowed in all, when known.
    var allowed: DecimalAmount? {
        guard limit != Self.unknownLimit, limit != Self.noLimit else { return nil }
        return DecimalAmount(tenThousandths: limit + owed)
    }
}

/// One line of the audit log as the precedents read it.
enum PrecedentLine: Equatable, Sendable {
    case advice(AdviceKey, LedgerEntry)
    case outcome(AdviceKey, settled: DecimalAmount, counts: Bool)
    /// A line with nothing for the precedents: blank, or the log's own first line.
    case nothing
    /// Not a whole record, or one with an amount beyond any settlement.
    case damaged
}

/// The precedents folded over log lines in order, as changes to what an index (or nothing) already holds.
///
/// Each advice is entered once, the first time its id appears. An outcome replaces the one before it for its advice,
/// so the last recorded is the one that counts; one for an advice not (yet) in the log is passed over.
struct PrecedentLedger {
    /// Every advice the lines named or changed, by id; the rest are the index's.
    var entries: [AdviceKey: LedgerEntry] = [:]
    /// Settled amounts that began or stopped counting, per case key.
    var added: [Int: [Int64]] = [:]
    var removed: [Int: [Int64]] = [:]
    /// Damaged lines by number: the first `storedDamage` of them, and how many there are.
    var damagedLines: [Int] = []
    var damagedCount = 0

    static let storedDamage = 1000

    /// Folds one line in.
    /// - Parameters:
    ///   - line: The line, as read.
    ///   - number: Its line number in the log.
    ///   - earlier: Looks an id up in what came before these lines (the index), or returns nil.
    mutating func apply<Failure: Error>(_ line: PrecedentLine, number: Int,
                                        earlier: (AdviceKey) throws(Failure) -> LedgerEntry?) throws(Failure) {
        switch line {
        case .nothing:
            return
        case .damaged:
            if damagedLines.count < Self.storedDamage { damagedLines.append(number) }
            damagedCount += 1
        case let .advice(key, entry):
            // A copied line repeats an id; the first advice under it is the one its outcomes answer.
            guard entries[key] == nil, try earlier(key) == nil else { return }
            entries[key] = entry
        case let .outcome(key, settled, counts):
            var found = entries[key]
            if found == nil { found = try earlier(key) }
            guard var entry = found else { return }
            if entry.outcome >= 0 { removed[entry.caseKey, default: []].append(entry.outcome) }
            if counts && entry.allows(settled) {
                entry.outcome = settled.tenThousandths
                added[entry.caseKey, default: []].append(settled.tenThousandths)
            } else {
                entry.outcome = LedgerEntry.notCounted
            }
            entries[key] = entry
        }
    }

    /// The amounts that count for one case key: those before, with these lines' changes, in order.
    func amounts(_ key: Int, before: [Int64]) -> [Int64] {
        guard added[key] != nil || removed[key] != nil else { return before }
        var result = before
        if let new = added[key] { result = Self.merged(result, new.sorted()) }
        if let gone = removed[key] { result = Self.without(result, gone.sorted()) }
        return result
    }

    /// A sorted list's count and two middle amounts (the same one twice for an odd count), what a median needs.
    static func middle(_ values: [Int64]) -> (count: Int, lower: Int64, upper: Int64) {
        values.isEmpty ? (0, 0, 0) : (values.count, values[(values.count - 1) / 2], values[values.count / 2])
    }

    /// Two sorted lists as one.
    static func merged(_ a: [Int64], _ b: [Int64]) -> [Int64] {
        var result: [Int64] = []
        result.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count, j < b.count {
            if a[i] <= b[j] { result.append(a[i]); i += 1 } else { result.append(b[j]); j += 1 }
        }
        result.append(contentsOf: a[i...])
        result.append(contentsOf: b[j...])
        return result
    }

    /// A sorted list with each of a sorted list's amounts taken out once; each was added before it was removed.
    static func without(_ a: [Int64], _ gone: [Int64]) -> [Int64] {
        var result: [Int64] = []
        result.reserveCapacity(a.count)
        var j = 0
        for value in a {
            while j < gone.count, gone[j] < value { j += 1 }
            if j < gone.count, gone[j] == value { j += 1 } else { result.append(value) }
        }
        return result
    }
}
