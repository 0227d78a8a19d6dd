import Foundation
import JSON
import Testing

/// The text a writer produces, as a string.
private func text(_ style: JSONWriter.Style = .compact, _ write: (inout JSONWriter) throws -> Void) rethrows -> String {
    var writer = JSONWriter(style: style)
    try write(&writer)
    return String(decoding: writer.bytes, as: UTF8.self)
}

/// A member name that is any string, so tests can encode objects with arbitrary names.
private struct AnyKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

extension Plain: Encodable {
    func encode(to encoder: any Encoder) throws {
        switch self {
        case .null:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        case let .bool(b):
            var container = encoder.singleValueContainer()
            try container.encode(b)
        case let .number(n):
            var container = encoder.singleValueContainer()
            try container.encode(n)
        case let .string(s):
            var container = encoder.singleValueContainer()
            try container.encode(s)
        case let .array(elements):
            var container = encoder.unkeyedContainer()
            for element in elements { try container.encode(element) }
        case let .object(members):
            var container = encoder.container(keyedBy: AnyKey.self)
            for (key, value) in members { try container.encode(value, forKey: AnyKey(stringValue: key)) }
        }
    }

    /// The same value with every object's members in the order of their names' UTF-8 bytes.
    var sorted: Plain {
        switch self {
        case .null, .bool, .number, .string: self
        case let .array(elements): .array(elements.map(\.sorted))
        case let .object(members):
            .object(members.map { ($0.0, $0.1.sorted) }.sorted { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) })
        }
    }
}

extension JSONWriter {
    /// Writes a plain value member by member, in its own order.
    mutating func write(_ value: Plain) throws {
        switch value {
        case .null: null()
        case let .bool(b): bool(b)
        case let .number(n): try number(n)
        case let .string(s): string(s)
        case let .array(elements):
            beginArray()
            for element in elements { try write(element) }
            endArray()
        case let .object(members):
            beginObject()
            for (name, member) in members {
                key(name)
                try write(member)
            }
            endObject()
        }
    }
}

/// A value with members declared out of alphabetical order, nested, optional and repeated.
private struct Sample: Codable, Equatable {
    struct Inner: Codable, Equatable {
        var zeta: Int
        var alpha: [Double]
        var middle: String?
    }
    var tierCaps: [Inner]
    var tier: String
    var to: Bool?
    var toName: String?
    var empty: [Int]
    var nothing: [String: Int]
    var map: [String: Inner]
}

private let sample = Sample(
    tierCaps: [.init(zeta: 3, alpha: [1, 0.5, -0.0, 1e16], middle: nil), .init(zeta: -7, alpha: [], middle: "m")],
    tier: "agent \"quoted\" \\ back/slash\n", to: true, toName: nil, empty: [], nothing: [:],
    map: ["b": .init(zeta: 1, alpha: [2], middle: "中文"), "a": .init(zeta: 0, alpha: [], middle: nil), "B": .init(zeta: 2, alpha: [3.25], middle: "")]
)

@Suite struct JSONWriterTests {
    // MARK: Escaping

    @Test(arguments: [
        ("plain 中文 😀 é ~", #""plain 中文 😀 é ~""#),
        ("\"", #""\"""#), ("\\", #""\\""#), ("/", #""/""#),
        ("\n\r\t\u{8}\u{C}", #""\n\r\t\b\f""#),
        ("\u{0}\u{1}\u{1F}", #""\u0000\u0001\u001f""#),
        ("\u{7F}", #""\u007f""#),
        ("\u{80}\u{85}\u{9F}", #""\u0080\u0085\u009f""#),
        ("\u{A0}\u{FF}", "\"\u{A0}\u{FF}\""),
        ("\u{2028}", #""\u2028""#), ("\u{2029}", #""\u2029""#),
        ("\u{2027}\u{2000}\u{2070}\u{2010}", "\"\u{2027}\u{2000}\u{2070}\u{2010}\""),
        ("\u{202A}\u{202E}\u{200E}\u{200F}", #""\u202a\u202e\u200e\u200f""#),
        ("\u{2066}\u{2069}\u{061C}", #""\u2066\u2069\u061c""#),
        ("\u{2065}\u{206A}\u{061B}\u{0600}\u{20AC}", "\"\u{2065}\u{206A}\u{061B}\u{0600}\u{20AC}\""),
        ("a\u{2028}b\u{85}c\"", #""a\u2028b\u0085c\"""#),
    ])
    func stringsAreEscapedByClass(value: String, expected: String) {
        #expect(text { $0.string(value) } == expected)
    }

    @Test func theEscapingHelperMatchesTheWriter() {
        for scalar in RandomJSON.scalars {
            let value = "x" + String(scalar) + "y"
            var out: [UInt8] = []
            Array(value.utf8).withUnsafeBufferPointer { JSONWriter.appendQuoted($0, to: &out) }
            #expect(String(decoding: out, as: UTF8.self) == text { $0.string(value) }, "U+\(String(scalar.value, radix: 16))")
        }
    }

    /// Every class of character at every place in a long run of plain text, so it is found whichever group of eight
    /// bytes it falls in, or across two.
    @Test func escapesAreFoundAtEveryOffset() throws {
        for scalar in RandomJSON.scalars {
            for offset in 0..<20 {
                let value = String(repeating: "a", count: offset) + String(scalar) + String(repeating: "中", count: 7 - offset % 7) + "b"
                let written = text { $0.string(value) }
                #expect(Plain(try JSONParser.parse(written)) == .string(value), "U+\(String(scalar.value, radix: 16)) at \(offset)")
                let raw = written.unicodeScalars.contains {
                    $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0 == "\u{2028}" || $0 == "\u{2029}"
                        || [0x061C, 0x200E, 0x200F, 0x202A, 0x202E, 0x2066, 0x2069].contains($0.value)
                }
                #expect(!raw, "U+\(String(scalar.value, radix: 16)) at \(offset) left raw: \(written)")
            }
        }
    }

    /// A string longer than the writer escapes in one go, with an escape or a multi-byte character where the pieces meet,
    /// as a value and as a member name.
    @Test func longStringsAreWrittenPieceByPiece() throws {
        for scalar in ["\u{2028}", "\u{85}", "\"", "中", "\n", "😀"] {
            for length in [4_093, 4_094, 4_095, 4_096, 4_097, 8_191, 12_300] {
                let value = String(repeating: "a", count: length) + scalar + "b"
                let written = try text { w in
                    w.beginArray()
                    w.string(value)
                    w.beginObject()
                    w.key(value)
                    try w.number(1.5)
                    w.endObject()
                    w.endArray()
                }
                #expect(Plain(try JSONParser.parse(written)) == .array([.string(value), .object([(value, .number(1.5))])]),
                        "\(scalar.unicodeScalars.first!.value) after \(length)")
            }
        }
    }

    // MARK: Numbers

    @Test(arguments: [
        (15.0, "15"), (0.5, "0.5"), (1e15, "1000000000000000"), (9_007_199_254_740_992, "9007199254740992"),
        (1e16, "1e+16"), (1e21, "1e+21"), (-0.0, "-0"), (0, "0"), (0.1, "0.1"), (1.5e-7, "1.5e-07"), (.leastNonzeroMagnitude, "5e-324"),
        (.greatestFiniteMagnitude, "1.7976931348623157e+308"), (12.25, "12.25"), (-100, "-100"), (1e-5, "1e-05"),
        (123_456.78, "123456.78"), (-9_007_199_254_740_991, "-9007199254740991"),
    ])
    func numbersAreWrittenAsJSONEncoderWritesThem(value: Double, expected: String) throws {
        #expect(try text { try $0.number(value) } == expected)
        let foundation = String(decoding: try JSONEncoder().encode([value]), as: UTF8.self)
        #expect(foundation == "[\(expected)]")
    }

    @Test func integersOfEveryWidthAreWritten() {
        #expect(text { $0.number(Int64.min) } == "-9223372036854775808")
        #expect(text { $0.number(UInt64.max) } == "18446744073709551615")
        #expect(text { $0.number(0) } == "0")
        #expect(text { $0.number(Int8(-5)) } == "-5")
    }

    @Test func nonFiniteNumbersAreRefusedAndNothingIsWritten() {
        for value in [Double.nan, .infinity, -.infinity] {
            var writer = JSONWriter()
            writer.beginArray()
            #expect(throws: JSONWriter.NonFiniteNumber.self) { try writer.number(value) }
            writer.endArray()
            #expect(writer.bytes == Array("[]".utf8))
        }
    }

    // MARK: Structure

    @Test func separatorsComeByThemselves() throws {
        let compact = try text { w in
            w.beginObject()
            w.key("a")
            w.beginArray()
            w.number(1)
            w.null()
            w.beginObject()
            w.endObject()
            w.bool(false)
            w.endArray()
            w.key("b")
            try w.number(2.5)
            w.endObject()
        }
        #expect(compact == #"{"a":[1,null,{},false],"b":2.5}"#)
    }

    /// A name known when the program was built is copied without the escape scan, and comes out as any other name.
    @Test(arguments: [JSONWriter.Style.compact, .pretty])
    func staticNamesAreWrittenAsOtherNames(style: JSONWriter.Style) {
        func object(_ key: (inout JSONWriter, Int) -> Void) -> [UInt8] {
            var w = JSONWriter(style: style)
            w.beginObject()
            key(&w, 0)
            w.beginObject()
            key(&w, 1)
            w.number(1)
            key(&w, 2)
            w.string("x")
            w.endObject()
            key(&w, 3)
            w.null()
            w.endObject()
            return w.withBytes { Array($0) }
        }
        let names: [StaticString] = ["adviceId", "moneyPlan", "", "walk_away-2"]
        let fromStatic = object { w, index in w.key(names[index]) }
        let fromString = object { w, index in w.key(String(describing: names[index])) }
        #expect(fromStatic == fromString, "\(String(decoding: fromStatic, as: UTF8.self))")
        #expect(String(decoding: fromStatic, as: UTF8.self).contains(style == .pretty ? #""walk_away-2" : null"# : #""walk_away-2":null"#))
    }

    @Test func rawValuesGoInAsGiven() {
        let inner = text { $0.string("x") }
        let outer = text { w in
            w.beginArray()
            w.rawValue(Array(inner.utf8))
            w.rawValue(Array(inner.utf8))
            w.endArray()
        }
        #expect(outer == #"["x","x"]"#)
    }

    /// The writer's output, in either layout, must parse back with the project's parser to the value written.
    @Test(arguments: 0..<16 as Range<UInt64>)
    func randomValuesParseBackToTheSameValue(seed: UInt64) throws {
        try Self.roundTrips(seed: seed, expected: { $0 }) { value, style in try text(style) { try $0.write(value) } }
    }

    // MARK: The encoder

    @Test(arguments: 0..<16 as Range<UInt64>)
    func encodedRandomValuesParseBackSorted(seed: UInt64) throws {
        try Self.roundTrips(seed: seed, expected: \.sorted) { value, style in
            String(decoding: try JSONStreamEncoder(style: style).encode(value), as: UTF8.self)
        }
    }

    /// Writes the seed's random values in both layouts and checks each parses back to what `expected` makes of it, with
    /// nothing a JavaScript reader would take for a line end or a control character left raw.
    private static func roundTrips(seed: UInt64, expected: (Plain) -> Plain, _ write: (Plain, JSONWriter.Style) throws -> String) throws {
        var random = SeededRandom(seed: seed)
        for round in 0..<60 {
            let value = RandomJSON.value(depth: 0, &random)
            for style in [JSONWriter.Style.compact, .pretty] {
                let written = try write(value, style)
                do {
                    #expect(Plain(try JSONParser.parse(written)) == expected(value), "seed \(seed), round \(round), \(style): \(written)")
                } catch {
                    Issue.record("seed \(seed), round \(round), \(style): \(error.problem) at \(error.position)\n\(written)")
                }
                let raw = written.unicodeScalars.filter {
                    $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) || $0 == "\u{2028}" || $0 == "\u{2029}"
                }
                #expect(raw.isEmpty, "seed \(seed), round \(round): raw \(raw.map { String($0.value, radix: 16) })")
            }
        }
    }

    @Test func membersComeInSortedOrderAtEveryDepth() throws {
        let written = String(decoding: try JSONStreamEncoder().encode(sample), as: UTF8.self)
        #expect(written.hasPrefix(#"{"empty":[],"map":{"B":{"alpha":[3.25],"middle":"","zeta":2},"a":{"alpha":[],"zeta":0},"#))
        #expect(written.hasSuffix(#""tier":"agent \"quoted\" \\ back/slash\n","tierCaps":[{"alpha":[1,0.5,-0,1e+16],"zeta":3},{"alpha":[],"middle":"m","zeta":-7}],"to":true}"#))
        #expect(try JSONDecoder().decode(Sample.self, from: Data(written.utf8)) == sample)
    }

    @Test(arguments: [JSONWriter.Style.compact, .pretty])
    func textIsJSONEncodersByteForByte(style: JSONWriter.Style) throws {
        let foundation = JSONEncoder()
        foundation.outputFormatting = style == .pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        #expect(try JSONStreamEncoder(style: style).encode(sample) == Array(foundation.encode(sample)))
        #expect(try JSONStreamEncoder(style: style).encode([sample, sample]) == Array(foundation.encode([sample, sample])))
        #expect(try JSONStreamEncoder(style: style).encode("top") == Array(foundation.encode("top")))
        #expect(try JSONStreamEncoder(style: style).encode(Optional<Int>.none) == Array(foundation.encode(Optional<Int>.none)))
    }

    @Test func aNameGivenTwiceKeepsItsLastValue() throws {
        struct Twice: Encodable {
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: AnyKey.self)
                try container.encode(1, forKey: AnyKey(stringValue: "b"))
                try container.encode(2, forKey: AnyKey(stringValue: "a"))
                try container.encode(3, forKey: AnyKey(stringValue: "b"))
            }
        }
        #expect(try JSONStreamEncoder().encode(Twice()) == Array(#"{"a":2,"b":3}"#.utf8))
    }

    @Test func nestedContainersAndSuperEncodersWriteWhereTheyBelong() throws {
        struct Nested: Encodable {
            enum Keys: String, CodingKey { case z, a, list, parent }
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: Keys.self)
                var inner = container.nestedContainer(keyedBy: Keys.self, forKey: .z)
                try inner.encode("deep", forKey: .list)
                try inner.encode(1, forKey: .a)
                var list = container.nestedUnkeyedContainer(forKey: .list)
                try list.encode(1)
                var pair = list.nestedUnkeyedContainer()
                try pair.encode(true)
                try list.encodeNil()
                try container.encode(0, forKey: .a)
                var parent = container.superEncoder(forKey: .parent).container(keyedBy: Keys.self)
                try parent.encode("p", forKey: .z)
            }
        }
        #expect(try JSONStreamEncoder().encode(Nested()) == Array(#"{"a":0,"list":[1,[true],null],"parent":{"z":"p"},"z":{"a":1,"list":"deep"}}"#.utf8))
    }

    @Test func aNonFiniteNumberIsRefusedWithItsPathAndTheWriterIsLeftAsItWas() throws {
        var writer = JSONWriter()
        writer.beginArray()
        writer.number(7)
        let bad = Sample(tierCaps: [.init(zeta: 1, alpha: [1, .nan], middle: nil)], tier: "t", to: nil, toName: nil,
                         empty: [], nothing: [:], map: [:])
        do {
            try JSONStreamEncoder().encode(bad, into: &writer)
            Issue.record("NaN was written")
        } catch let EncodingError.invalidValue(_, context) {
            #expect(context.codingPath.map(\.stringValue) == ["tierCaps", "0", "alpha", "1"])
        }
        writer.number(8)
        writer.endArray()
        #expect(writer.bytes == Array("[7,8]".utf8))
    }

    @Test func aContainerUsedAfterItsValueEndedIsAnErrorNotAMisplacedValue() {
        struct Late: Encodable {
            enum Keys: String, CodingKey { case a, b }
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: Keys.self)
                var inner = container.nestedContainer(keyedBy: Keys.self, forKey: .a)
                try container.encode(1, forKey: .b)
                try inner.encode(2, forKey: .a)
            }
        }
        #expect(throws: EncodingError.self) { try JSONStreamEncoder().encode(Late()) }
    }

    @Test func twoValuesInOneSlotAreAnError() {
        struct Two: Encodable {
            func encode(to encoder: any Encoder) throws {
                var single = encoder.singleValueContainer()
                try single.encode(1)
                try single.encode(2)
            }
        }
        #expect(throws: EncodingError.self) { try JSONStreamEncoder().encode(Two()) }
    }
}
