import AdvisorCore
import Glibc

/// The precedents of an audit log, read through the index kept beside it (`LOG.precedents`), so that what an advice
/// costs does not grow with the log (docs/DESIGN.md, "Precedents that scale").
///
/// The log is always the truth: an index is used only when it is this log's (same file, same first line, same bytes
/// before its end) and checks out where it is read; otherwise the whole log is read again and a new index written.
enum PrecedentStore {
    /// How many bytes of whole lines past the index are read before the index is written again. An advice adds about
    /// 6 KB to the log, so the index is written every few hundred advices, and no advice reads more than this much log.
    static let rewriteAfter = 1 << 20
    /// How much of the log is read at once when it is read whole.
    static let chunk = 8 << 20

    /// What came of reading, besides the answer.
    struct Reading {
        var damagedLines: [Int] = []
        var damagedCount = 0
        /// Why the index could not be written, when it could not.
        var unwritableIndex: String?
    }

    /// The index's file for a log.
    static func indexPath(_ log: AuditLog) -> String { log.path + ".precedents" }

    /// Reads the log's precedents and hands them to `use`, from the index and the lines after it where the index is
    /// this log's, else from the whole log; writes the index again once enough lines were read past it.
    /// - Throws: `AuditLog.LogError.cannotOpen` when the log exists but cannot be read.
    static func read<Answer>(_ log: AuditLog, _ use: (PrecedentScan) throws(PrecedentIndex.Damage) -> Answer)
        throws(AuditLog.LogError) -> (Answer, Reading) {
        // Opened as every reader of the log opens it: no link followed, and a file that is not a log refused.
        guard let (descriptor, status) = try LogFileOpening.openForReading(log.path) else {
            return (try answer(PrecedentScan(from: nil), use, log), Reading())
        }
        defer { close(descriptor) }
        let file = LogFile(descriptor: descriptor, size: Int(status.st_size), device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
        if let index = loadIndex(indexPath(log)), file.isCovered(by: index.coverage) {
            do throws(PrecedentIndex.Damage) {
                return try readOn(from: index, file, log, use)
            } catch {
                // An index that does not check out is never used: the whole log is read instead.
            }
        }
        do throws(PrecedentIndex.Damage) {
            return try readOn(from: nil, file, log, use)
        } catch {
            // Without an index nothing is looked up in one, so nothing can fail to check out.
            throw .cannotOpen(indexPath(log), reason: "damaged")
        }
    }

    /// Reads the log past `index` (or all of it), writes the index again when due, and answers.
    private static func readOn<Answer>(from index: PrecedentIndex?, _ file: LogFile, _ log: AuditLog,
                                       _ use: (PrecedentScan) throws(PrecedentIndex.Damage) -> Answer)
        throws(PrecedentIndex.Damage) -> (Answer, Reading) {
        var scan = PrecedentScan(from: index)
        let unfinished = try file.feed(from: scan.coveredBytes, into: &scan)
        var reading = Reading()
        if scan.coveredBytes - (index?.coverage.bytes ?? 0) >= rewriteAfter,
           let bytes = try scan.index(fingerprint: file.fingerprint(coveredBytes: scan.coveredBytes)) {
            do throws(PrivateFile.Failure) {
                try PrivateFile.write(bytes, to: indexPath(log))
            } catch {
                reading.unwritableIndex = error.reason
            }
        }
        try unfinished.withUnsafeBufferPointer { bytes throws(PrecedentIndex.Damage) in try scan.readUnfinished(bytes) }
        reading.damagedLines = scan.damagedLines
        reading.damagedCount = scan.damagedCount
        return (try use(scan), reading)
    }

    private static func answer<Answer>(_ scan: PrecedentScan, _ use: (PrecedentScan) throws(PrecedentIndex.Damage) -> Answer,
                                       _ log: AuditLog) throws(AuditLog.LogError) -> Answer {
        do throws(PrecedentIndex.Damage) {
            return try use(scan)
        } catch {
            throw .cannotOpen(indexPath(log), reason: "damaged")
        }
    }

    /// The index at `path`, if there is one that reads as an index at all.
    private static func loadIndex(_ path: String) -> PrecedentIndex? {
        PrecedentIndex(file: path)
    }
}

/// The log as opened for reading: its size and identity when opened, and reads at offsets that never go past that size.
private struct LogFile {
    let descriptor: Int32
    let size: Int
    let device: UInt64
    let inode: UInt64

    /// Up to `count` bytes from `offset`, fewer when the file has shrunk since.
    func bytes(at offset: Int, count: Int) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: max(0, count))
        let got = read(into: &result, at: 0, count: result.count, from: offset)
        result.removeLast(result.count - got)
        return result
    }

    /// Reads up to `count` bytes from `offset` of the file into `buffer` at `start`; returns how many it read.
    func read(into buffer: inout [UInt8], at start: Int, count: Int, from offset: Int) -> Int {
        var got = 0
        buffer.withUnsafeMutableBytes { raw in
            while got < count {
                let n = pread(descriptor, raw.baseAddress! + start + got, count - got, off_t(offset + got))
                if n < 0, errno == EINTR { continue }
                if n <= 0 { break }
                got += n
            }
        }
        return got
    }

    /// The log as it stands at `coveredBytes`: its identity, its first line, the bytes before that end.
    func fingerprint(coveredBytes: Int) -> LogFingerprint {
        let head = bytes(at: 0, count: min(size, LogFingerprint.firstLineLimit))
        let firstLine = head.firstIndex(of: 0x0A).map { head[..<$0] } ?? head[...]
        let start = max(0, coveredBytes - LogFingerprint.endLength)
        let end = bytes(at: start, count: coveredBytes - start)
        return LogFingerprint(device: device, inode: inode,
                              firstLine: firstLine.withUnsafeBytes { LogFingerprint.check($0) },
                              end: end.withUnsafeBytes { LogFingerprint.check($0) })
    }

    /// Whether an index's part of the log is still this file's first bytes.
    func isCovered(by coverage: PrecedentIndex.Coverage) -> Bool {
        // The fingerprint compares the file's identity too; a log shorter than the index's end needs no reading to refuse.
        coverage.bytes <= size && fingerprint(coveredBytes: coverage.bytes) == coverage.fingerprint
    }

    /// Feeds the whole lines from `offset` to the size at opening into the scan, a chunk at a time through one buffer.
    /// - Returns: The last line, when no newline has ended it yet.
    func feed(from offset: Int, into scan: inout PrecedentScan) throws(PrecedentIndex.Damage) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: max(1, min(PrecedentStore.chunk, size - offset)))
        // The bytes at the front of the buffer that are the start of a line the last chunk did not finish.
        var carried = 0
        var position = offset
        while position < size {
            // A line longer than the buffer: the buffer grows until the line fits.
            if carried == buffer.count { buffer += [UInt8](repeating: 0, count: buffer.count) }
            let got = read(into: &buffer, at: carried, count: min(buffer.count - carried, size - position), from: position)
            if got == 0 { break }
            position += got
            let filled = carried + got
            let used = try buffer.withUnsafeBufferPointer { bytes throws(PrecedentIndex.Damage) in
                try scan.read(UnsafeBufferPointer(rebasing: bytes[0..<filled]))
            }
            carried = filled - used
            buffer.withUnsafeMutableBytes { raw in
                if carried > 0, used > 0 { raw.baseAddress!.copyMemory(from: raw.baseAddress! + used, byteCount: carried) }
            }
        }
        return Array(buffer[0..<carried])
    }
}
