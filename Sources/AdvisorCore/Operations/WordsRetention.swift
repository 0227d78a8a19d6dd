import FoundationEssentials
import JSON

/// Drops the customer's words from audit-log records older than a cut-off, changing nothing else: every other byte of
/// every line stays as it was, so every figure, id and time does (docs/DESIGN.md, "The customer's words in the log").
///
/// Pure: bytes in, bytes out. `AuditLog.pruneWords` does the reading and the atomic rewrite.
public enum WordsRetention {
    /// What a pass over the log did.
    public struct Report: Codable, Equatable, Sendable {
        /// Lines that are records (advices and outcomes), before and after: the pass never drops one.
        public var records = 0
        /// Advice records whose words were dropped.
        public var pruned = 0
        /// Advice records older than the cut-off that held no words.
        public var alreadyWithout = 0
        /// Line numbers of lines that are not records (torn, damaged), copied as they were.
        public var damagedLines: [Int] = []
        /// Line numbers of advice records whose time cannot be read, left as they were.
        public var undatedLines: [Int] = []
        /// Whether the first line is the log's header, copied as it was.
        public var header = false
    }

    /// The log with the words of every advice record logged before `cutoff` left out, and what was done.
    /// - Parameters:
    ///   - log: The log's bytes, JSON lines.
    ///   - cutoff: Records logged before this moment (seconds since 1970, UTC) lose their words.
    /// - Returns: The new bytes (the same bytes when nothing was pruned) and the report.
    public static func prune(_ log: [UInt8], before cutoff: Int) -> (bytes: [UInt8], report: Report) {
        var report = Report()
        var output: [UInt8] = []
        output.reserveCapacity(log.count)
        var lineStart = 0
        var lineNumber = 0
        while lineStart < log.count {
            let newline = log[lineStart...].firstIndex(of: 10)
            let lineEnd = newline ?? log.count
            lineNumber += 1
            let line = Array(log[lineStart..<lineEnd])
            output += pruned(line, lineNumber: lineNumber, cutoff: cutoff, &report)
            if newline != nil { output.append(10) }
            lineStart = lineEnd + 1
        }
        return (output, report)
    }

    /// One line, its words dropped when it is an old advice record that holds any; otherwise as it was.
    static func pruned(_ line: [UInt8], lineNumber: Int, cutoff: Int, _ report: inout Report) -> [UInt8] {
        if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { return line }
        guard let root = try? JSONParser.parse(Data(line)), root.object != nil else {
            report.damagedLines.append(lineNumber)
            return line
        }
        if lineNumber == 1, root["advisorLog"] != nil {
            report.header = true
            return line
        }
        guard let kind = root["kind"]?.string, root["record"]?.object != nil, kind == "advice" || kind == "outcome" else {
            report.damagedLines.append(lineNumber)
            return line
        }
        report.records += 1
        guard kind == "advice", let record = root["record"] else { return line }
        guard let time = record["time"]?.string.flatMap(seconds) else {
            report.undatedLines.append(lineNumber)
            return line
        }
        guard time < cutoff else { return line }
        let lines = record["intake"]?["said"]?.array?.count ?? 0
        let adviceLines = record["advice"]?["intake"]?["said"]?.array?.count ?? 0
        guard lines > 0 || adviceLines > 0 else {
            report.alreadyWithout += 1
            return line
        }
        var edits: [(range: Range<Int>, text: String)] = []
        let spans = JSONSpans(line)
        for path in [["record", "intake", "said"], ["record", "advice", "intake", "said"]] {
            if let range = spans.value(at: path) { edits.append((range, "[]")) }
        }
        if let kept = spans.value(at: ["record", "words", "kept"]) {
            edits.append((kept, "\"pruned\""))
        } else if spans.value(at: ["record", "words"]) == nil, let end = spans.closingBrace(of: ["record"]) {
            // Members are written in sorted order and "words" sorts last, so it goes just before the closing brace.
            edits.append((end..<end, ",\"words\":{\"kept\":\"pruned\",\"lines\":\(max(lines, adviceLines))}"))
        }
        var result = line
        for edit in edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            result.replaceSubrange(edit.range, with: Array(edit.text.utf8))
        }
        report.pruned += 1
        return result
    }

    /// A log time, `2026-03-01T09:30:00Z`, as seconds since 1970; nil when it is not one.
    static func seconds(_ text: String) -> Int? {
        let bytes = Array(text.utf8)
        guard bytes.count == 20, bytes[4] == 0x2D, bytes[7] == 0x2D, bytes[10] == 0x54, bytes[13] == 0x3A, bytes[16] == 0x3A,
              bytes[19] == 0x5A else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard (0x30...0x39).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10), let hour = number(11..<13),
              let minute = number(14..<16), let second = number(17..<19),
              (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61 else { return nil }
        // Days from the civil date (Howard Hinnant's algorithm), so no calendar or time zone is consulted.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        return days * 86_400 + hour * 3_600 + minute * 60 + second
    }
}

/// Where values sit in one line of JSON, by byte offset, for edits that leave every other byte alone.
///
/// It walks the structure only as far as a path needs; the line has already been parsed, so it is valid JSON.
struct JSONSpans {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The bytes of the value at `path` (member names from the top object down), or nil when there is none.
    func value(at path: [String]) -> Range<Int>? {
        var start = skipSpace(0)
        for key in path {
            guard let found = member(key, inObjectAt: start) else { return nil }
            start = found
        }
        return start..<end(ofValueAt: start)
    }

    /// The offset of the closing brace of the object at `path`.
    func closingBrace(of path: [String]) -> Int? {
        guard let range = value(at: path), bytes[range.lowerBound] == 0x7B else { return nil }
        return range.upperBound - 1
    }

    /// The start of the value of member `key` in the object starting at `start`.
    private func member(_ key: String, inObjectAt start: Int) -> Int? {
        guard start < bytes.count, bytes[start] == 0x7B else { return nil }
        let wanted = Array(key.utf8)
        var i = skipSpace(start + 1)
        while i < bytes.count, bytes[i] == 0x22 {
            let nameEnd = end(ofValueAt: i)
            let name = bytes[(i + 1)..<(nameEnd - 1)]
            i = skipSpace(nameEnd)
            guard i < bytes.count, bytes[i] == 0x3A else { return nil }
            let valueStart = skipSpace(i + 1)
            if name.elementsEqual(wanted) { return valueStart }
            i = skipSpace(end(ofValueAt: valueStart))
            guard i < bytes.count, bytes[i] == 0x2C else { return nil }
            i = skipSpace(i + 1)
        }
        return nil
    }

    /// The offset just past the value starting at `start`.
    private func end(ofValueAt start: Int) -> Int {
        var i = start
        var depth = 0
        var inString = false
        while i < bytes.count {
            let byte = bytes[i]
            if inString {
                if byte == 0x5C { i += 1 } else if byte == 0x22 { inString = false; if depth == 0 { return i + 1 } }
            } else {
                switch byte {
                case 0x22: inString = true
                case 0x7B, 0x5B: depth += 1
                case 0x7D, 0x5D:
                    depth -= 1
                    if depth == 0 { return i + 1 }
                    if depth < 0 { return i }
                case 0x2C, 0x20, 0x09, 0x0A, 0x0D: if depth == 0 { return i }
                default: break
                }
            }
            i += 1
        }
        return i
    }

    private func skipSpace(_ start: Int) -> Int {
        var i = start
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0D || bytes[i] == 0x0A { i += 1 }
        return i
    }
}
