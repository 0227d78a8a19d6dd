import FoundationEssentials
import Glibc

/// Which log, and which version of it, an index was made from: the file's identity and checks of its bytes.
///
/// A log replaced by another file (rotated, restored, copied over) has another inode or another first line; one
/// truncated and written again has other bytes before the index's end. Any of these means the index is not this log's.
public struct LogFingerprint: Equatable, Sendable {
    public var device: UInt64
    public var inode: UInt64
    /// A check of the log's first line, up to `firstLineLimit` bytes of it.
    public var firstLine: UInt64
    /// A check of the `endLength` bytes (or fewer, at the start of the file) before the end the index covers.
    public var end: UInt64

    /// How much of the first line is checked: enough for its random advice id or the header's.
    public static let firstLineLimit = 65_536
    /// How many bytes before the covered end are checked.
    public static let endLength = 4096

    public init(device: UInt64, inode: UInt64, firstLine: UInt64, end: UInt64) {
        self.device = device
        self.inode = inode
        self.firstLine = firstLine
        self.end = end
    }

    /// The check of some bytes, as the fingerprint takes it.
    public static func check(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        Checksum64.of(bytes)
    }
}

/// The precedent index kept beside a log (`LOG.precedents`): what the precedents of the log's first `coveredBytes`
/// come to, so an advice reads the few figures it needs and only the log's lines written since.
///
/// Little-endian 64-bit words throughout:
/// - a header of 16 words: magic, version, the case-key layout, covered bytes and lines, the fingerprint (device,
///   inode, first line, end), the counts of keys, amounts, stored damaged lines and advices, the damaged lines in all,
///   a reserved word, and a check of the header, the key table and the damaged lines;
/// - per case key 5 words: how many amounts count, where they start, the two middle amounts, a check of its amounts;
/// - the amounts that count, in ten-thousandths, sorted within each key;
/// - the first damaged line numbers;
/// - per advice, sorted by id, 6 words: the id's two halves, limit, owed, outcome, and the case key with a check of
///   the row in its upper half.
/// Every part an advice reads is checked as it is read; one that does not check out makes the whole index untrusted.
public struct PrecedentIndex: Sendable {
    /// An index that did not check out where it was read.
    public struct Damage: Error, Sendable {}

    /// What part of which log the index covers.
    public struct Coverage: Equatable, Sendable {
        public var bytes: Int
        public var lines: Int
        public var fingerprint: LogFingerprint
    }

    /// One case key's row.
    struct KeyRow: Sendable {
        var count: Int
        var start: Int
        var lower: Int64
        var upper: Int64
        var check: UInt64
    }

    static let magic: UInt64 = 0x3130_4552_5056_4441 // "ADVPRE01"
    static let version: UInt64 = 1
    static let headerWords = 16
    static let keyWords = 5
    static let rowWords = 6

    let source: IndexSource
    public let coverage: Coverage
    let keys: [KeyRow]
    let amountsAt: Int
    let damagedAt: Int
    let rowsAt: Int
    let rowCount: Int
    /// The first damaged lines of the part covered, and how many there are.
    public let damagedLines: [Int]
    public let damagedCount: Int

    /// Reads an index held in memory; nil when it is not one this version wrote whole for these case keys.
    public init?(_ data: Data) {
        self.init(source: IndexSource(data))
    }

    /// Opens the index at `path`; nil when there is none, or it is not one this version wrote whole for these case keys.
    ///
    /// Only the header, the key table and the damaged lines are read now; the rest a few bytes at a time as an advice
    /// needs them. The file is read, never mapped: one cut short under a mapping would stop the process.
    public init?(file path: String) {
        guard let source = IndexSource(file: path) else { return nil }
        self.init(source: source)
    }

    init?(source: IndexSource) {
        let headerBytes = Self.headerWords * 8
        guard let headerPart = source.read(0..<headerBytes) else { return nil }
        let header = (0..<Self.headerWords).map { Self.word(headerPart, at: $0 * 8) }
        guard header[0] == Self.magic, header[1] == Self.version, header[2] == SimilarCases.layout,
              header[9] == UInt64(SimilarCases.count) else { return nil }
        // Counts far beyond any file are refused before they are multiplied.
        let limit = UInt64(source.count)
        guard header[3] < 1 << 62, header[4] < 1 << 62, header[10] < limit, header[11] < limit, header[12] < limit,
              header[13] < 1 << 62 else { return nil }
        let keyCount = SimilarCases.count, amountCount = Int(header[10]), rowCount = Int(header[11]), damagedStored = Int(header[12])
        let amountsAt = headerBytes + keyCount * Self.keyWords * 8
        let damagedAt = amountsAt + amountCount * 8
        let rowsAt = damagedAt + damagedStored * 8
        guard rowsAt + rowCount * Self.rowWords * 8 == source.count,
              let keyTable = source.read(headerBytes..<amountsAt), let damaged = source.read(damagedAt..<rowsAt) else { return nil }
        var check = Checksum64()
        headerPart.withUnsafeBytes { check.add(UnsafeRawBufferPointer(rebasing: $0[0..<(Self.headerWords - 1) * 8])) }
        keyTable.withUnsafeBytes { check.add($0) }
        damaged.withUnsafeBytes { check.add($0) }
        guard check.value == header[15] else { return nil }
        var keys: [KeyRow] = []
        var next = 0
        let amounts = 0...DecimalAmount.largest.tenThousandths
        for key in 0..<keyCount {
            func word(_ k: Int) -> UInt64 { Self.word(keyTable, at: (key * Self.keyWords + k) * 8) }
            let row = KeyRow(count: Int(truncatingIfNeeded: word(0)), start: Int(truncatingIfNeeded: word(1)),
                             lower: Int64(bitPattern: word(2)), upper: Int64(bitPattern: word(3)), check: word(4))
            // The keys' amounts lie one after the other and fill the section; the middle ones are amounts.
            guard row.start == next, row.count >= 0, row.count <= amountCount - next else { return nil }
            guard row.count == 0 || (amounts.contains(row.lower) && amounts.contains(row.upper) && row.lower <= row.upper) else { return nil }
            next += row.count
            keys.append(row)
        }
        guard next == amountCount else { return nil }
        self.source = source
        self.keys = keys
        self.amountsAt = amountsAt
        self.damagedAt = damagedAt
        self.rowsAt = rowsAt
        self.rowCount = rowCount
        coverage = Coverage(bytes: Int(header[3]), lines: Int(header[4]),
                            fingerprint: LogFingerprint(device: header[5], inode: header[6], firstLine: header[7], end: header[8]))
        damagedLines = (0..<damagedStored).map { Int(truncatingIfNeeded: Self.word(damaged, at: $0 * 8)) }
        damagedCount = Int(header[13])
    }

    /// The little-endian word at `offset` of `bytes`.
    static func word(_ bytes: [UInt8], at offset: Int) -> UInt64 {
        bytes.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) }
    }

    /// A key's count and two middle amounts, as the header's check vouches for them.
    func middle(_ key: Int) -> (count: Int, lower: Int64, upper: Int64) {
        (keys[key].count, keys[key].lower, keys[key].upper)
    }

    /// A key's amounts, in order.
    /// - Throws: `Damage` when they do not match their check, are not amounts, or are not in order.
    func amounts(_ key: Int) throws(Damage) -> [Int64] {
        let row = keys[key]
        guard let bytes = source.read(amountsAt + row.start * 8..<amountsAt + (row.start + row.count) * 8),
              bytes.withUnsafeBytes({ Checksum64.of($0) }) == row.check else { throw Damage() }
        let values = (0..<row.count).map { Int64(bitPattern: Self.word(bytes, at: $0 * 8)) }
        guard values.allSatisfy({ (0...DecimalAmount.largest.tenThousandths).contains($0) }),
              zip(values, values.dropFirst()).allSatisfy({ $0 <= $1 }) else { throw Damage() }
        return values
    }

    /// The advice with this id, or nil when the covered part holds none.
    /// - Throws: `Damage` when a row the search reads does not check out.
    func entry(_ id: AdviceKey) throws(Damage) -> LedgerEntry? {
        var low = 0, high = rowCount
        while low < high {
            let middle = (low + high) / 2
            let (key, entry) = try row(middle)
            if key == id { return entry }
            if key < id { low = middle + 1 } else { high = middle }
        }
        return nil
    }

    /// The row at `index`, checked.
    func row(_ index: Int) throws(Damage) -> (AdviceKey, LedgerEntry) {
        let at = rowsAt + index * Self.rowWords * 8
        guard let bytes = source.read(at..<at + Self.rowWords * 8) else { throw Damage() }
        func word(_ k: Int) -> UInt64 { Self.word(bytes, at: k * 8) }
        let last = word(5)
        guard UInt32(truncatingIfNeeded: last >> 32) == bytes.withUnsafeBytes({ Self.rowCheck(UnsafeRawBufferPointer(rebasing: $0[0..<44])) }),
              let key = SimilarCases(index: Int(last & 0xFFFF)) else { throw Damage() }
        let entry = LedgerEntry(caseKey: key.index, limit: Int64(bitPattern: word(2)), owed: Int64(bitPattern: word(3)),
                                outcome: Int64(bitPattern: word(4)))
        guard entry.isPlausible else { throw Damage() }
        return (AdviceKey(high: word(0), low: word(1)), entry)
    }

    static func rowCheck(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        UInt32(truncatingIfNeeded: Checksum64.of(bytes))
    }
}

/// Writing an index: the bytes for what a scan of the log came to.
extension PrecedentIndex {
    /// The bytes of an index.
    /// - Parameters:
    ///   - coverage: What part of which log it covers.
    ///   - amounts: Per case key, the amounts that count, in order.
    ///   - base: The index the scan started from, whose rows are copied where the scan did not change them.
    ///   - changed: The rows the scan added or changed, sorted by id.
    ///   - damagedLines: The first damaged lines, and `damagedCount` how many in all.
    static func bytes(coverage: Coverage, amounts: [[Int64]], base: PrecedentIndex?, changed: [(AdviceKey, LedgerEntry)],
                      damagedLines: [Int], damagedCount: Int) throws(Damage) -> Data {
        let headerBytes = headerWords * 8
        let amountCount = amounts.reduce(0) { $0 + $1.count }
        // Rows in both lists are written once, from the scan.
        var replaced = 0
        if let base {
            for (key, _) in changed where try base.entry(key) != nil { replaced += 1 }
        }
        let rowCount = (base?.rowCount ?? 0) + changed.count - replaced
        let amountsAt = headerBytes + SimilarCases.count * keyWords * 8
        let damagedAt = amountsAt + amountCount * 8
        let rowsAt = damagedAt + damagedLines.count * 8
        var data = Data(count: rowsAt + rowCount * rowWords * 8)
        // `withUnsafeMutableBytes` rethrows untyped, so the outcome comes out as a value.
        try data.withUnsafeMutableBytes { (raw: UnsafeMutableRawBufferPointer) in Result { () throws(Damage) in
            func put(_ word: UInt64, at offset: Int) { raw.storeBytes(of: word.littleEndian, toByteOffset: offset, as: UInt64.self) }
            var start = 0
            for (key, values) in amounts.enumerated() {
                let at = amountsAt + start * 8
                for (k, value) in values.enumerated() { put(UInt64(bitPattern: value), at: at + k * 8) }
                let check = Checksum64.of(UnsafeRawBufferPointer(rebasing: raw[at..<at + values.count * 8]))
                let middle = PrecedentLedger.middle(values)
                let row = headerBytes + key * keyWords * 8
                for (k, word) in [UInt64(values.count), UInt64(start), UInt64(bitPattern: middle.lower), UInt64(bitPattern: middle.upper), check].enumerated() {
                    put(word, at: row + k * 8)
                }
                start += values.count
            }
            for (k, line) in damagedLines.enumerated() { put(UInt64(line), at: damagedAt + k * 8) }
            // The rows: the base's in runs copied as they are, with the scan's slotted in by id.
            var written = 0
            var taken = 0
            func writeRow(_ key: AdviceKey, _ entry: LedgerEntry) {
                let at = rowsAt + written * rowWords * 8
                put(key.high, at: at)
                put(key.low, at: at + 8)
                put(UInt64(bitPattern: entry.limit), at: at + 16)
                put(UInt64(bitPattern: entry.owed), at: at + 24)
                put(UInt64(bitPattern: entry.outcome), at: at + 32)
                put(UInt64(entry.caseKey), at: at + 40)
                let check = rowCheck(UnsafeRawBufferPointer(rebasing: raw[at..<at + 44]))
                put(UInt64(entry.caseKey) | UInt64(check) << 32, at: at + 40)
                written += 1
            }
            func copyBase(upTo end: Int) throws(Damage) {
                guard let base, end > taken else { return }
                let length = (end - taken) * rowWords * 8
                let from = base.rowsAt + taken * rowWords * 8
                guard let rows = base.source.read(from..<from + length) else { throw Damage() }
                rows.withUnsafeBytes { source in
                    UnsafeMutableRawBufferPointer(rebasing: raw[rowsAt + written * rowWords * 8..<rowsAt + written * rowWords * 8 + length])
                        .copyMemory(from: source)
                }
                written += end - taken
                taken = end
            }
            for (key, entry) in changed {
                if let base {
                    // The first base row not before this id.
                    var low = taken, high = base.rowCount
                    while low < high {
                        let middle = (low + high) / 2
                        if try base.row(middle).0 < key { low = middle + 1 } else { high = middle }
                    }
                    try copyBase(upTo: low)
                    if taken < base.rowCount, try base.row(taken).0 == key { taken += 1 }
                }
                writeRow(key, entry)
            }
            try copyBase(upTo: base?.rowCount ?? 0)
            let fingerprint = coverage.fingerprint
            let header: [UInt64] = [magic, version, SimilarCases.layout, UInt64(coverage.bytes), UInt64(coverage.lines),
                                    fingerprint.device, fingerprint.inode, fingerprint.firstLine, fingerprint.end,
                                    UInt64(SimilarCases.count), UInt64(amountCount), UInt64(rowCount), UInt64(damagedLines.count),
                                    UInt64(damagedCount), 0]
            for (k, word) in header.enumerated() { put(word, at: k * 8) }
            var check = Checksum64()
            check.add(UnsafeRawBufferPointer(rebasing: raw[0..<(headerWords - 1) * 8]))
            check.add(UnsafeRawBufferPointer(rebasing: raw[headerBytes..<amountsAt]))
            check.add(UnsafeRawBufferPointer(rebasing: raw[damagedAt..<rowsAt]))
            put(check.value, at: (headerWords - 1) * 8)
        } }.get()
        return data
    }
}

/// Where an index's bytes come from: memory, or its file, read a piece at a time at offsets.
final class IndexSource: @unchecked Sendable {
    // Immutable once made; the descriptor is only read with `pread`, which keeps no position, so threads may share it.
    private let data: Data?
    private let descriptor: Int32
    /// The size the index had when opened.
    let count: Int

    init(_ data: Data) {
        self.data = data
        descriptor = -1
        count = data.count
    }

    init?(file path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            return nil
        }
        data = nil
        self.descriptor = descriptor
        count = Int(status.st_size)
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// The bytes in `range`, or nil when they are not all there (a file cut short since it was opened).
    func read(_ range: Range<Int>) -> [UInt8]? {
        guard range.lowerBound >= 0, range.upperBound <= count else { return nil }
        if let data { return Array(data[data.startIndex + range.lowerBound..<data.startIndex + range.upperBound]) }
        var bytes = [UInt8](repeating: 0, count: range.count)
        var got = 0
        bytes.withUnsafeMutableBytes { raw in
            while got < range.count {
                let n = pread(descriptor, raw.baseAddress! + got, range.count - got, off_t(range.lowerBound + got))
                if n < 0, errno == EINTR { continue }
                if n <= 0 { break }
                got += n
            }
        }
        return got == range.count ? bytes : nil
    }
}
