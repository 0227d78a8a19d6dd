import Dispatch
import FoundationEssentials
import JSON
import Knowledge
import TextMatching

/// `detect --batch`: one utterance per line in, one JSON line per utterance out, in order.
///
/// Built for logs of a million lines: each line is decoded and matched in one pass into reused buffers, scored by
/// the model, JSON is written as bytes, and the input is split at line boundaries across the machine's cores, the
/// parts' outputs joined in order.
public enum BatchDetector {
    /// Detects every line of `data` and hands the JSON lines to `write`, in order, in large chunks.
    /// - Parameters:
    ///   - data: UTF-8 text, one utterance per line (CR LF accepted; malformed bytes read as U+FFFD).
    ///   - detector: The detector.
    ///   - write: Receives the output bytes.
    /// - Returns: The number of lines read.
    @discardableResult
    public static func run(_ data: Data, detector: CueDetector, write: (Data) -> Void) -> Int {
        data.withUnsafeBytes { raw -> Int in
            let bytes = raw.bindMemory(to: UInt8.self)
            let parts = split(bytes, into: data.count > 1 << 20 ? ProcessInfo.processInfo.activeProcessorCount : 1)
            // Each part's first line number is one past the lines of the parts before it.
            var firstLine = [1]
            for part in parts.dropLast() { firstLine.append(firstLine.last! + lineCount(bytes, part)) }
            let shared = SharedParts(bytes: bytes, parts: parts, firstLine: firstLine)
            defer { shared.outputs.deallocate() }
            DispatchQueue.concurrentPerform(iterations: parts.count) { index in
                shared.outputs[index] = detect(shared.bytes, shared.parts[index], firstLine: shared.firstLine[index], detector: detector)
            }
            for output in shared.outputs where !output.isEmpty { write(Data(output)) }
            return firstLine.last! + lineCount(bytes, parts.last!) - 1
        }
    }

    /// What the workers share: the input, read only while they run, and one output slot each.
    ///
    /// Unchecked because each worker writes only its own slot and the input outlives the workers.
    private struct SharedParts: @unchecked Sendable {
        let bytes: UnsafeBufferPointer<UInt8>
        let parts: [Range<Int>]
        let firstLine: [Int]
        let outputs: UnsafeMutableBufferPointer<[UInt8]>

        init(bytes: UnsafeBufferPointer<UInt8>, parts: [Range<Int>], firstLine: [Int]) {
            self.bytes = bytes
            self.parts = parts
            self.firstLine = firstLine
            outputs = .allocate(capacity: parts.count)
            outputs.initialize(repeating: [])
        }
    }

    /// Cuts the bytes into about `count` ranges that end just after a newline.
    static func split(_ bytes: UnsafeBufferPointer<UInt8>, into count: Int) -> [Range<Int>] {
        let n = bytes.count
        guard count > 1, n > 0 else { return [0..<n] }
        var ranges: [Range<Int>] = []
        var start = 0
        for k in 1..<count {
            var cut = max(start, n * k / count)
            while cut < n && bytes[cut] != 10 { cut += 1 }
            if cut < n { cut += 1 }
            ranges.append(start..<cut)
            start = cut
        }
        ranges.append(start..<n)
        return ranges.filter { !$0.isEmpty || ranges.count == 1 }
    }

    /// The lines in a range: its newlines, plus one for a last line with no newline.
    static func lineCount(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var count = 0
        for i in range where bytes[i] == 10 { count += 1 }
        if !range.isEmpty, bytes[range.upperBound - 1] != 10 { count += 1 }
        return count
    }

    private static func detect(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, firstLine: Int, detector: CueDetector) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(range.count + range.count / 2)
        var scratch = CueDetector.Scratch()
        var lineNumber = firstLine
        var start = range.lowerBound
        while start < range.upperBound {
            var end = start
            while end < range.upperBound && bytes[end] != 10 { end += 1 }
            var stop = end
            if stop > start && bytes[stop - 1] == 13 { stop -= 1 }
            let line = UnsafeBufferPointer(rebasing: bytes[start..<stop])
            let reading = detector.read(line, &scratch)
            append(reading, line: line, lineNumber: lineNumber, scratch: scratch, detector: detector, to: &out)
            lineNumber += 1
            start = end + 1
        }
        return out
    }

    /// A line number or a whole part of a score, through the JSON writer's digits.
    private static func appendInteger(_ value: Int, to out: inout [UInt8]) {
        JSONWriter.appendInteger(Int64(value), to: &out)
    }

    private static let typeKeys = ComplainantTypeID.allCases.map { Array("\"\($0.rawValue)\":".utf8) }
    private static let typeValues = ComplainantTypeID.allCases.map { Array("\"\($0.rawValue)\"}\n".utf8) }
    private static let flagNames = DetectionFlag.allCases.map { Array("\"\($0.rawValue)\"".utf8) }
    private static let leanBytes: [TemperamentID: [UInt8]] = [
        .rational: Array("},\"temperament\":\"rational\",\"temperamentFromWords\":".utf8),
        .emotional: Array("},\"temperament\":\"emotional\",\"temperamentFromWords\":".utf8),
    ]

    private static func append(_ r: CueDetector.Reading, line: UnsafeBufferPointer<UInt8>, lineNumber: Int,
                               scratch: CueDetector.Scratch, detector: CueDetector, to out: inout [UInt8]) {
        out.append(contentsOf: "{\"cues\":[".utf8)
        var first = true
        for hit in r.hits where hit.setAside == nil {
            if !first { out.append(44) }
            first = false
            let from = Int(scratch.byteOffsets[hit.match.start]), to = Int(scratch.byteOffsets[hit.match.end])
            appendQuoted(UnsafeBufferPointer(rebasing: line[from..<to]), to: &out)
        }
        out.append(contentsOf: "],\"flags\":[".utf8)
        first = true
        for index in flagNames.indices where r.flagBits & (1 << UInt8(index)) != 0 {
            if !first { out.append(44) }
            first = false
            out += flagNames[index]
        }
        out.append(contentsOf: "],\"line\":".utf8)
        appendInteger(lineNumber, to: &out)
        out.append(contentsOf: ",\"scores\":{".utf8)
        // Only the types with a real chance are written, as on the card; the rest is the chance of none.
        var n = 0
        for index in r.rankedIndices where r.typeScores[index] >= CueDetector.shownProbability {
            if n > 0 { out.append(44) }
            n += 1
            out += typeKeys[index]
            appendScore(r.typeScores[index], to: &out)
        }
        out += leanBytes[r.lean]!
        out.append(contentsOf: (r.fromWords ? "true,\"type\":" : "false,\"type\":").utf8)
        if let type = r.type, let index = ComplainantTypeID.allCases.firstIndex(of: type) {
            out += typeValues[index]
        } else {
            out.append(contentsOf: "null}\n".utf8)
        }
    }

    /// A probability as JSON, to two decimals.
    private static func appendScore(_ score: Double, to out: inout [UInt8]) {
        let hundredths = Int((score * 100).rounded())
        appendInteger(hundredths / 100, to: &out)
        let fraction = hundredths % 100
        if fraction != 0 {
            out.append(46)
            out.append(UInt8(48 + fraction / 10))
            if fraction % 10 != 0 { out.append(UInt8(48 + fraction % 10)) }
        }
    }

    /// Bytes as a JSON string literal, escaped as every JSON the advisor writes: a cue's bytes are a match of a valid
    /// phrase, so they are valid UTF-8.
    private static func appendQuoted(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        JSONWriter.appendQuoted(bytes, to: &out)
    }
}
