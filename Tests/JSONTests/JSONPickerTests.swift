import Foundation
import JSON
import Testing

/// The picker reads what the parser reads, and gives back the chosen members' bytes as written.
@Suite struct JSONPickerTests {
    static let picker = JSONPicker(paths: [["kind"], ["record", "settled"], ["record", "intake", "category"], ["record", "advice"]])

    /// The slices `text` gives, or nil when the picker refuses it.
    static func pick(_ text: String, _ picker: JSONPicker = picker) -> [JSONPicker.Slice?]? {
        var slices: [JSONPicker.Slice?] = []
        var text = text
        return text.withUTF8 { picker.pick($0, into: &slices) } ? slices : nil
    }

    /// A slice's bytes as text.
    static func text(_ slice: JSONPicker.Slice?, in text: String) -> String? {
        slice.map { String(decoding: Array(text.utf8)[$0.start..<$0.end], as: UTF8.self) }
    }

    @Test func chosenMembersComeBackAsWrittenWithTheirKind() throws {
        let line = #"{"kind":"outcome","record":{"accepted":true,"settled":999999999999.9999,"intake":{"category":"billing","said":["a\"b"]},"advice":{"range":{"walkAway":300}}},"extra":[1,{"kind":"inner"}]}"#
        let slices = try #require(Self.pick(line))
        #expect(Self.text(slices[0], in: line) == #""outcome""#)
        #expect(slices[0]?.kind == .string)
        // Every digit, which no Double keeps.
        #expect(Self.text(slices[1], in: line) == "999999999999.9999")
        #expect(slices[1]?.kind == .number)
        #expect(Self.text(slices[2], in: line) == #""billing""#)
        #expect(Self.text(slices[3], in: line) == #"{"range":{"walkAway":300}}"#)
        #expect(slices[3]?.kind == .object)
    }

    @Test func absentMembersAndMembersInsideArraysAreNotPicked() throws {
        let slices = try #require(Self.pick(#"[{"kind":"x"}]"#))
        #expect(slices.allSatisfy { $0 == nil })
        let other = try #require(Self.pick(#"{"record":{"intake":null}, "kind" : null }"#))
        #expect(other[0]?.kind == .null && other[1] == nil && other[2] == nil)
    }

    @Test func aChosenMemberGivenTwiceIsRefusedAndOthersMayRepeat() {
        #expect(Self.pick(#"{"kind":"advice","kind":"outcome"}"#) == nil)
        // Repeated names the picker does not look at are the parser's to find.
        #expect(Self.pick(#"{"other":1,"other":2}"#) != nil)
    }

    @Test func aNameWrittenWithEscapesIsStillThatName() throws {
        let line = #"{"kin\u0064":"advice"}"#
        let slices = try #require(Self.pick(line))
        #expect(Self.text(slices[0], in: line) == #""advice""#)
    }

    @Test func stringsComeBackDecodedOrComparedInPlace() throws {
        var line = #"{"kind":"a\"\u4e2d\n"}"#
        let slices = try #require(Self.pick(line))
        let slice = try #require(slices[0])
        line.withUTF8 { bytes in
            #expect(JSONPicker.text(slice, in: bytes) == "a\"中\n")
            #expect(!JSONPicker.string(slice, in: bytes, is: "a"))
        }
        var plain = #"{"kind":"advice"}"#
        let plainSlice = try #require(Self.pick(plain)?[0])
        plain.withUTF8 { bytes in
            #expect(JSONPicker.string(plainSlice, in: bytes, is: "advice"))
            #expect(!JSONPicker.string(plainSlice, in: bytes, is: "advise"))
        }
    }

    @Test(arguments: [
        "", " ", "{", "}", "{\"kind\":}", "{\"kind\":1,}", "[1,]", "{\"kind\" 1}", "{kind:1}", "{\"kind\":01}", "{\"kind\":1.}",
        "{\"kind\":.5}", "{\"kind\":+1}", "{\"kind\":1e}", "{\"kind\":12kg}", "{\"kind\":tru}", "{\"kind\":nullx}",
        "{\"kind\":\"a\\x\"}", "{\"kind\":\"a\\u12\"}", "{\"kind\":\"tab\there\"}", "{\"kind\":\"open}", "{} {}", "{}x",
        "{\"kind\":1}]", "[[1]", "\u{1}",
    ])
    func whatTheGrammarRefusesIsRefused(text: String) {
        #expect(Self.pick(text) == nil, "\(text)")
        #expect((try? JSONParser.parse(text)) == nil, "the parser agrees: \(text)")
    }

    @Test func nestingIsLimitedAsTheParsersIs() {
        let deep = String(repeating: "[", count: JSONPicker.maxDepth) + String(repeating: "]", count: JSONPicker.maxDepth)
        #expect(Self.pick(deep) != nil)
        let deeper = "[" + deep + "]"
        #expect(Self.pick(deeper) == nil)
    }

    /// Over random documents and random mutations of them, the picker takes exactly what the parser takes, apart from
    /// the checks it leaves to readers: UTF-8 inside strings, repeated names it does not pick, and numbers past `Double`.
    @Test(arguments: 0..<6 as Range<UInt64>)
    func thePickerAcceptsWhatTheParserAccepts(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let alphabet = Array("{}[]\",:\\u0123456789.eE+-tfnl \n\t".utf8)
        for round in 0..<200 {
            let text = JSONParserTests.print(RandomJSON.value(depth: 0, &random), &random)
            #expect(Self.pick(text) != nil, "seed \(seed), round \(round): \(text)")
            var bytes = Array(text.utf8)
            for _ in 0..<Int.random(in: 1...3, using: &random) where !bytes.isEmpty {
                let index = Int.random(in: 0..<bytes.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: bytes[index] = alphabet.randomElement(using: &random) ?? 0
                case 1: bytes.insert(alphabet.randomElement(using: &random) ?? 0, at: index)
                default: bytes.remove(at: index)
                }
            }
            var parsed = true
            do {
                _ = try JSONParser.parse(Data(bytes))
            } catch {
                switch error.problem {
                case .invalidUTF8, .loneSurrogate, .duplicateKey, .numberOutOfRange: continue
                default: parsed = false
                }
            }
            var slices: [JSONPicker.Slice?] = []
            let picked = bytes.withUnsafeBufferPointer { Self.picker.pick($0, into: &slices) }
            #expect(picked == parsed, "seed \(seed), round \(round): \(String(decoding: bytes, as: UTF8.self))")
        }
    }
}
