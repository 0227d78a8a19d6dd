import Foundation
import Knowledge
import TextMatching

/// `detect --batch`: one utterance per line in, one JSON line per utterance out, in order.
///
/// Most lines of a real log hold no cue at all; they are recognised in the same pass that decodes them
/// and answered without building a String, which is where the time of a million lines goes.
public enum BatchDetector {
    /// Detects every line of `data`, calling `write` with output chunks of about a megabyte.
    /// - Parameters:
    ///   - data: UTF-8 text, one utterance per line (CR LF accepted).
    ///   - detector: The detector.
    ///   - write: Receives the JSON lines, in order.
    /// - Returns: The number of lines read.
    @discardableResult
    public static func run(_ data: Data, detector: CueDetector, write: (String) -> Void) -> Int {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 20)
        var lineNumber = 0
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var start = 0
            let n = bytes.count
            while start < n || (start == n && lineNumber == 0 && n > 0) {
                var end = start
                while end < n && bytes[end] != 10 { end += 1 }
                var stop = end
                if stop > start && bytes[stop - 1] == 13 { stop -= 1 }
                lineNumber += 1
                let line = UnsafeBufferPointer(rebasing: bytes[start..<stop])
                var anyMatch = false
                detector.automaton.scan(utf8: line) { _ in anyMatch = true }
                if anyMatch {
                    let detection = detector.detect(String(decoding: line, as: UTF8.self))
                    append(detection, line: lineNumber, to: &out)
                } else {
                    append(noCueLine: lineNumber, to: &out)
                }
                if out.count >= 1 << 20 {
                    write(String(decoding: out, as: UTF8.self))
                    out.removeAll(keepingCapacity: true)
                }
                start = end + 1
                if end == n { break }
            }
        }
        if !out.isEmpty { write(String(decoding: out, as: UTF8.self)) }
        return lineNumber
    }

    private static func append(noCueLine line: Int, to out: inout [UInt8]) {
        out += Array("{\"cues\":[],\"flags\":[],\"line\":\(line),\"scores\":{},\"temperament\":\"rational\",\"temperamentFromWords\":false,\"type\":null}\n".utf8)
    }

    private static func append(_ d: Detection, line: Int, to out: inout [UInt8]) {
        var s = "{\"cues\":["
        s += d.matches.filter(\.counted).map { quote($0.words) }.joined(separator: ",")
        s += "],\"flags\":[" + d.flags.map { quote($0.rawValue) }.joined(separator: ",")
        s += "],\"line\":\(line),\"scores\":{"
        s += d.ranked.map { quote($0.type.rawValue) + ":" + Money.plain($0.score) }.joined(separator: ",")
        s += "},\"temperament\":" + quote(d.temperament.lean.rawValue)
        s += ",\"temperamentFromWords\":" + (d.temperament.fromWords ? "true" : "false")
        s += ",\"type\":" + (d.type.map { quote($0.rawValue) } ?? "null") + "}\n"
        out += Array(s.utf8)
    }

    /// A JSON string literal.
    static func quote(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20: result += String(format: "\\u%04x", scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
