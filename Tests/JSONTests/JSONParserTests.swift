import Foundation
import JSON
import Testing

/// The error `text` gives, or nil if it parses.
private func failure(_ text: String, maxDepth: Int = 512) -> JSONSyntaxError? {
    do {
        _ = try JSONParser.parse(text, maxDepth: maxDepth)
        return nil
    } catch {
        return error
    }
}

private func failure(_ bytes: [UInt8]) -> JSONSyntaxError? {
    do {
        _ = try JSONParser.parse(Data(bytes))
        return nil
    } catch {
        return error
    }
}

private func at(_ line: Int, _ column: Int) -> TextPosition {
    TextPosition(line: line, column: column)
}

@Suite struct JSONParserTests {
    // MARK: Values

    @Test(arguments: [
        ("null", JSONValue.null), ("true", .bool(true)), ("false", .bool(false)), ("0", .number(0)),
        ("-0.5e2", .number(-50)), ("1E+2", .number(100)), ("12.25", .number(12.25)), ("-7", .number(-7)),
        ("\"hi\"", .string("hi")), ("\"\"", .string("")), ("[]", .array([])), ("{}", .object([])),
        ("  \t\r\n 5 \n", .number(5)), ("1e-400", .number(0)), ("-1e-400", .number(0)),
        ("1.7976931348623157e308", .number(.greatestFiniteMagnitude)), ("5e-324", .number(.leastNonzeroMagnitude)),
    ])
    func everyKindOfScalarParses(text: String, expected: JSONValue) throws {
        #expect(try JSONParser.parse(text).value == expected)
    }

    @Test func underflowBecomesZeroKeepingItsSign() throws {
        // Documented choice: a number too small for Double is 0, as in every JSON library; only overflow is an error.
        #expect(try JSONParser.parse("1e-400").number?.sign == .plus)
        #expect(try JSONParser.parse("-1e-400").number?.sign == .minus)
    }

    @Test func escapesAndRawUnicodeDecode() throws {
        let text = #""\"\\\/\b\f\n\r\t\u0041\u00e9\u4E2d\uD83D\uDE00\u0000|中文😀""#
        #expect(try JSONParser.parse(text).string == "\"\\/\u{8}\u{C}\n\r\tAé中😀\u{0}|中文😀")
    }

    @Test func objectsKeepMemberOrderAndAnswerLookUps() throws {
        let node = try JSONParser.parse(#"{"b": 1, "a": [true, null, "x"], "c": {"d": 2}, "e": false}"#)
        #expect(node.object?.map(\.key) == ["b", "a", "c", "e"])
        #expect(node["a"]?[2]?.string == "x")
        #expect(node["a"]?[1]?.isNull == true)
        #expect(node["a"]?[0]?.bool == true)
        #expect(node["c"]?["d"]?.number == 2)
        #expect(node["e"]?.bool == false)
        #expect(node["a"]?.array?.count == 3)
        #expect(node["missing"] == nil)
        #expect(node["a"]?[3] == nil)
        #expect(node["a"]?[-1] == nil)
        #expect(node[0] == nil)
        #expect(node["b"]?["x"] == nil)
        #expect(node["b"]?.string == nil)
        #expect(node.member("c")?.position == at(1, 34))
    }

    @Test func positionsCompareInReadingOrder() {
        #expect(at(1, 9) < at(2, 1))
        #expect(at(2, 3) < at(2, 4))
    }

    @Test func dataAndStringInputsAgree() throws {
        let text = #"{"名称": ["客诉", 1.5, {"x": null}]}"#
        #expect(try JSONParser.parse(Data(text.utf8)) == JSONParser.parse(text))
    }

    // MARK: Positions

    @Test func positionsOfNestedValuesCountLinesAndUnicodeScalars() throws {
        let text = "{\n  \"名称\": \"客诉\",\n  \"caps\": [1, {\"agent\": 200}],\n\t\"x\": null\n}"
        let node = try JSONParser.parse(text)
        #expect(node.position == at(1, 1))
        #expect(node.member("名称")?.position == at(2, 3))
        #expect(node["名称"]?.position == at(2, 9))
        #expect(node.member("caps")?.position == at(3, 3))
        #expect(node["caps"]?.position == at(3, 11))
        #expect(node["caps"]?[0]?.position == at(3, 12))
        #expect(node["caps"]?[1]?.position == at(3, 15))
        #expect(node["caps"]?[1]?.member("agent")?.position == at(3, 16))
        #expect(node["caps"]?[1]?["agent"]?.position == at(3, 25))
        #expect(node.member("x")?.position == at(4, 2))
        #expect(node["x"]?.position == at(4, 7))
    }

    @Test func crLfAndLoneCrEachEndOneLine() throws {
        let node = try JSONParser.parse("[\r\n1,\r2,\n\r\n3]")
        #expect(node[0]?.position == at(2, 1))
        #expect(node[1]?.position == at(3, 1))
        #expect(node[2]?.position == at(5, 1))
    }

    @Test func byteOrderMarkIsSkippedAndNotCounted() throws {
        let node = try JSONParser.parse(Data([0xEF, 0xBB, 0xBF, 0x5B, 0x31, 0x5D]))
        #expect(node.position == at(1, 1))
        #expect(node[0]?.position == at(1, 2))
        #expect(node[0]?.number == 1)
        #expect(failure([0xEF, 0xBB, 0xBF])?.problem == .empty)
        // Only at the very start: elsewhere U+FEFF is just an unexpected character.
        #expect(failure("[\u{FEFF}1]")?.problem == .unexpectedCharacter("\u{FEFF}", expected: .valueOrArrayEnd))
    }

    // MARK: Paths

    @Test(arguments: [
        (JSONPath.root, "$"),
        (JSONPath.root.appending("a").appending("b").appending(3), "$.a.b[3]"),
        (JSONPath.root.appending("categories").appending("product-quality").appending("caps").appending("agent"),
         #"$.categories["product-quality"].caps.agent"#),
        (JSONPath.root.appending("a b"), #"$["a b"]"#),
        (JSONPath.root.appending(#"say "hi" \ now"#), #"$["say \"hi\" \\ now"]"#),
        (JSONPath.root.appending("1st"), #"$["1st"]"#),
        (JSONPath.root.appending("_x1").appending("A_9"), "$._x1.A_9"),
        (JSONPath.root.appending(""), #"$[""]"#),
        (JSONPath.root.appending("名称"), #"$["名称"]"#),
        (JSONPath.root.appending("line\nbreak\u{1}"), #"$["line\nbreak\u0001"]"#),
        (JSONPath([.index(0), .index(12), .key("k")]), "$[0][12].k"),
    ])
    func pathsRender(path: JSONPath, expected: String) {
        #expect(path.description == expected)
        #expect("\(path)" == expected)
    }

    @Test func pathsCompareAndClimb() {
        let path = JSONPath.root.appending("caps").appending(2)
        #expect(path == JSONPath([.key("caps"), .index(2)]))
        #expect(path.parent == JSONPath.root.appending("caps"))
        #expect(path.parent?.parent == .root)
        #expect(JSONPath.root.parent == nil)
        #expect(Set([path, path, .root]).count == 2)
    }

    // MARK: Errors

    @Test(arguments: [
        ("", JSONSyntaxError.Problem.empty, 1, 1),
        (" \n\t \r\n", .empty, 1, 1),
        ("[1,]", .trailingComma, 1, 3),
        ("{\"a\": 1,\n}", .trailingComma, 1, 8),
        ("[1 2]", .unexpectedCharacter("2", expected: .commaOrArrayEnd), 1, 4),
        ("[1}", .unexpectedCharacter("}", expected: .commaOrArrayEnd), 1, 3),
        ("{\"a\" 1}", .unexpectedCharacter("1", expected: .colon), 1, 6),
        ("{\"a\"：1}", .unexpectedCharacter("：", expected: .colon), 1, 5),
        ("{a: 1}", .unexpectedCharacter("a", expected: .keyOrObjectEnd), 1, 2),
        ("{'a': 1}", .unexpectedCharacter("'", expected: .keyOrObjectEnd), 1, 2),
        ("{\"a\": 1, 2}", .unexpectedCharacter("2", expected: .key), 1, 10),
        ("{\"a\": 1 \"b\": 2}", .unexpectedCharacter("\"", expected: .commaOrObjectEnd), 1, 9),
        ("['a']", .unexpectedCharacter("'", expected: .valueOrArrayEnd), 1, 2),
        ("[1,\n  ,2]", .unexpectedCharacter(",", expected: .value), 2, 3),
        ("[,]", .unexpectedCharacter(",", expected: .valueOrArrayEnd), 1, 2),
        ("{\"a\": }", .unexpectedCharacter("}", expected: .value), 1, 7),
        ("// note\n1", .unexpectedCharacter("/", expected: .value), 1, 1),
        ("[1, /* c */ 2]", .unexpectedCharacter("/", expected: .value), 1, 5),
        ("\u{0C}1", .unexpectedCharacter("\u{0C}", expected: .value), 1, 1),
        ("\u{A0}1", .unexpectedCharacter("\u{A0}", expected: .value), 1, 1),
        ("\u{0}", .unexpectedCharacter("\u{0}", expected: .value), 1, 1),
        ("“a”", .unexpectedCharacter("“", expected: .value), 1, 1),
        ("{\"a\": 1, \"b\": 2, \"a\": 3}", .duplicateKey("a", firstAt: at(1, 2)), 1, 18),
        ("{\"x\": {\"名\": 1,\n \"\\u540d\": 2}}", .duplicateKey("名", firstAt: at(1, 8)), 2, 2),
        ("[1", .unexpectedEnd(expected: .commaOrArrayEnd), 1, 3),
        ("[", .unexpectedEnd(expected: .valueOrArrayEnd), 1, 2),
        ("{", .unexpectedEnd(expected: .keyOrObjectEnd), 1, 2),
        ("{\"a\"", .unexpectedEnd(expected: .colon), 1, 5),
        ("{\"a\":", .unexpectedEnd(expected: .value), 1, 6),
        ("{\"a\": 1", .unexpectedEnd(expected: .commaOrObjectEnd), 1, 8),
        ("{\"a\": 1,", .unexpectedEnd(expected: .key), 1, 9),
        ("[1,\n", .unexpectedEnd(expected: .value), 2, 1),
        ("\"abc", .unexpectedEnd(expected: .closingQuote), 1, 5),
        ("\"abc\\", .unexpectedEnd(expected: .closingQuote), 1, 6),
        ("\"a\nb\"", .controlCharacterInString(0x0A), 1, 3),
        ("[\"中\tb\"]", .controlCharacterInString(0x09), 1, 4),
        ("\"a\u{1}\"", .controlCharacterInString(0x01), 1, 3),
        ("\"\\x\"", .invalidEscape("\\x"), 1, 2),
        ("\"C:\\Users\"", .invalidEscape("\\U"), 1, 4),
        ("\"\\u12G4\"", .invalidEscape("\\u12"), 1, 2),
        ("\"\\u12\"", .invalidEscape("\\u12"), 1, 2),
        ("\"\\u", .invalidEscape("\\u"), 1, 2),
        ("\"\\'\"", .invalidEscape("\\'"), 1, 2),
        ("\"ab\\uD800\"", .loneSurrogate("\\uD800"), 1, 4),
        ("\"\\uDC00\"", .loneSurrogate("\\uDC00"), 1, 2),
        ("\"\\uD83D\\u0041\"", .loneSurrogate("\\uD83D"), 1, 2),
        ("\"\\uD83D\\uD83D\"", .loneSurrogate("\\uD83D"), 1, 2),
        ("\"\\uDE00\\uD83D\"", .loneSurrogate("\\uDE00"), 1, 2),
        ("\"\\uD83D\\nDE00\"", .loneSurrogate("\\uD83D"), 1, 2),
        ("{\"\u{E9}\": 1, \"e\u{301}\": 2}", .duplicateKey("\u{E9}", firstAt: at(1, 2)), 1, 10),
        ("01", .invalidNumber("01"), 1, 1),
        ("[-0012]", .invalidNumber("-0012"), 1, 2),
        ("[-]", .invalidNumber("-"), 1, 2),
        ("1.", .invalidNumber("1."), 1, 1),
        ("[.5]", .invalidNumber(".5"), 1, 2),
        ("+1", .invalidNumber("+1"), 1, 1),
        ("1e", .invalidNumber("1e"), 1, 1),
        ("1e+", .invalidNumber("1e+"), 1, 1),
        ("1.2.3", .invalidNumber("1.2.3"), 1, 1),
        ("12kg", .invalidNumber("12kg"), 1, 1),
        ("0x1F", .invalidNumber("0x1F"), 1, 1),
        ("-Infinity", .invalidNumber("-Infinity"), 1, 1),
        ("NaN", .invalidLiteral("NaN"), 1, 1),
        ("[Infinity]", .invalidLiteral("Infinity"), 1, 2),
        ("True", .invalidLiteral("True"), 1, 1),
        ("nul", .invalidLiteral("nul"), 1, 1),
        ("nullx", .invalidLiteral("nullx"), 1, 1),
        ("{\"a\": yes}", .invalidLiteral("yes"), 1, 7),
        ("1e400", .numberOutOfRange("1e400"), 1, 1),
        ("-1e400", .numberOutOfRange("-1e400"), 1, 1),
        ("[0,\n 1.5e309]", .numberOutOfRange("1.5e309"), 2, 2),
        ("{} x", .trailingContent("x"), 1, 4),
        ("[1]]", .trailingContent("]"), 1, 4),
        ("1 2", .trailingContent("2"), 1, 3),
        ("{}\n{}", .trailingContent("{"), 2, 1),
        ("\"a\" 中", .trailingContent("中"), 1, 5),
    ])
    func eachProblemIsFoundWhereItIs(text: String, problem: JSONSyntaxError.Problem, line: Int, column: Int) {
        let error = failure(text)
        #expect(error?.problem == problem)
        #expect(error?.position == at(line, column))
    }

    @Test(arguments: [
        ([0x22, 0xFF, 0x22], 1, 2),
        ([0xFF], 1, 1),
        ([0xFF, 0xFE, 0x5B, 0x00, 0x5D, 0x00], 1, 1), // UTF-16 with its byte-order mark
        ([0x5B, 0x31, 0x2C, 0x0A, 0xC3, 0x28, 0x5D], 2, 1),
        ([0x22, 0xC0, 0xAF, 0x22], 1, 2), // overlong '/'
        ([0x22, 0xED, 0xA0, 0x80, 0x22], 1, 2), // an encoded surrogate
        ([0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], 1, 2), // past U+10FFFF
        ([0x22, 0xE4, 0xB8], 1, 2), // cut off mid-character
        ([0x22, 0xE4, 0xB8, 0xAD, 0xFF, 0x22], 1, 3), // after a valid 中
        ([0x22, 0x80, 0x22], 1, 2), // a stray continuation byte
        ([0x7B, 0x22, 0xE4, 0xB8, 0xAD, 0x22, 0x3A, 0x31, 0x7D, 0x0A, 0x0A, 0x20, 0xFE], 3, 2),
    ] as [([UInt8], Int, Int)])
    func invalidUTF8IsFoundWhereItIs(bytes: [UInt8], line: Int, column: Int) {
        let error = failure(bytes)
        #expect(error?.problem == .invalidUTF8)
        #expect(error?.position == at(line, column))
    }

    /// Large objects look their names up another way than small ones; a repeated name is found either way.
    @Test(arguments: [(3, 20), (17, 25), (0, 15), (0, 16), (15, 16), (16, 40)])
    func aRepeatedNameIsFoundInObjectsOfAnySize(first: Int, again: Int) throws {
        let names = (0..<50).map { "k\($0)" }
        var members = (0..<again).map { "\"\(names[$0])\": \($0)" }
        members.append("\"\(names[first])\": true")
        let text = "{" + members.joined(separator: ", ") + "}"
        let error = try #require(failure(text))
        let firstColumn = 2 + members.prefix(first).map { $0.count + 2 }.reduce(0, +)
        #expect(error.problem == .duplicateKey(names[first], firstAt: at(1, firstColumn)))
        #expect(failure("{" + members.dropLast().joined(separator: ", ") + "}") == nil)
    }

    @Test func errorsGiveTheByteOffsetToo() {
        #expect(failure([0x22, 0xE4, 0xB8, 0xAD, 0xFF, 0x22])?.byteOffset == 4)
        #expect(failure("[1,\n  ,2]")?.byteOffset == 6)
    }

    @Test func tenThousandDeepNestingIsAnErrorNotACrash() {
        let arrays = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(failure(arrays)?.problem == .tooDeep(512))
        #expect(failure(arrays)?.position == at(1, 513))
        let objects = String(repeating: "{\"a\":", count: 10_000) + "1" + String(repeating: "}", count: 10_000)
        #expect(failure(objects)?.problem == .tooDeep(512))
        #expect(failure(objects)?.position == at(1, 512 * 5 + 1))
        // Unclosed, as a hostile file would be.
        #expect(failure(String(repeating: "[", count: 1_000_000))?.problem == .tooDeep(512))
    }

    @Test func nestingUpToTheLimitParses() throws {
        let deepest = String(repeating: "[", count: 512) + "7" + String(repeating: "]", count: 512)
        var node = try JSONParser.parse(deepest)
        for _ in 0..<512 { node = try #require(node[0]) }
        #expect(node.number == 7)
        #expect(failure("[[[]]]", maxDepth: 2)?.problem == .tooDeep(2))
        #expect(failure("[[[]]]", maxDepth: 2)?.position == at(1, 3))
        #expect(failure("[[]]", maxDepth: 2) == nil)
        #expect(failure("1", maxDepth: 0) == nil)
        #expect(failure("{}", maxDepth: 0)?.problem == .tooDeep(0))
    }

    @Test func aHundredMegabyteLineParses() throws {
        var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 100_000_000)
        bytes[0] = UInt8(ascii: "\"")
        bytes[bytes.count - 1] = UInt8(ascii: "\"")
        bytes[50_000_000] = UInt8(ascii: "\\")
        bytes[50_000_001] = UInt8(ascii: "n")
        var text = try JSONParser.parse(Data(bytes)).string
        #expect(text?.utf8.count == 99_999_997)
        text = nil

        // The same line broken at its very end: the error's column is counted over all of it.
        bytes[bytes.count - 1] = 0x01
        #expect(failure(bytes)?.position == at(1, 100_000_000))
    }

    @Test func hugeNumbersAndWordsGiveShortMessages() throws {
        let digits = String(repeating: "9", count: 1_000_000)
        #expect(failure(digits)?.problem == .numberOutOfRange(String(repeating: "9", count: 64) + "…"))
        #expect(try JSONParser.parse("0." + digits).number == 1)
        let word = String(repeating: "x", count: 1_000_000)
        let error = failure(word)
        #expect(error?.problem == .invalidLiteral(String(repeating: "x", count: 64) + "…"))
    }

    @Test func everyPrefixOfADocumentIsRejectedAndNeverTraps() {
        let text = "{\"a\": [1, -2.5e3, \"x\\u00e9\\uD83D\\uDE00中\"], \"b\": {\"c\": null, \"d\": [true, false]}}"
        let bytes = Array(text.utf8)
        for end in 0..<bytes.count {
            #expect(failure(Array(bytes[..<end])) != nil, "prefix of \(end) bytes parsed")
        }
        #expect(failure(bytes) == nil)
    }

    @Test(arguments: 0..<8 as Range<UInt64>)
    func binaryJunkAndMutationsNeverTrap(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        for _ in 0..<300 {
            let junk = (0..<Int.random(in: 0...200, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
            _ = failure(junk)
        }
        // Mutations of valid JSON reach much deeper into the parser than random bytes do.
        let valid = Array("{\"k\": [1.5e2, \"\\u4e2d\\n\", {\"z\": [null, true]}], \"名\": -0}".utf8)
        let alphabet = Array("{}[]\",:\\u0123456789.eE+-tfnl \n\u{1}".utf8) + [0x80, 0xC3, 0xE4, 0xED, 0xF4, 0xFF]
        for _ in 0..<2_000 {
            var bytes = valid
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                let index = Int.random(in: 0..<bytes.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: bytes[index] = alphabet.randomElement(using: &random) ?? 0
                case 1: bytes.insert(alphabet.randomElement(using: &random) ?? 0, at: index)
                default: if bytes.count > 1 { bytes.remove(at: index) }
                }
            }
            if let error = failure(bytes) {
                #expect(error.byteOffset >= 0 && error.byteOffset <= bytes.count, "seed \(seed)")
                #expect(error.position.line >= 1 && error.position.column >= 1, "seed \(seed)")
            }
        }
    }

    // MARK: Round trips

    @Test(arguments: 0..<16 as Range<UInt64>)
    func randomValuesRoundTrip(seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        for round in 0..<40 {
            let value = RandomJSON.value(depth: 0, &random)
            let text = Self.print(value, &random)
            let node: JSONNode
            do {
                node = try JSONParser.parse(text)
            } catch {
                Issue.record("seed \(seed), round \(round): \(error.problem) at \(error.position)\n\(text)")
                return
            }
            #expect(Plain(node) == value, "seed \(seed), round \(round): \(text)")
            Self.checkPositions(node, in: text, seed: seed)
        }
    }

    @Test(arguments: 0..<4 as Range<UInt64>)
    func foundationsOutputParsesToTheSameValue(seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        for round in 0..<40 {
            let value = RandomJSON.value(depth: 0, &random)
            let data = try JSONSerialization.data(withJSONObject: Self.foundationObject(value), options: [.fragmentsAllowed])
            let text = String(decoding: data, as: UTF8.self)
            let parsed = try JSONParser.parse(data)
            #expect(Self.looselyEqual(Plain(parsed), value), "seed \(seed), round \(round): \(text)")
        }
    }

    /// Every node's position must point at the character its value starts with, and every member's at its quote.
    private static func checkPositions(_ node: JSONNode, in text: String, seed: UInt64) {
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
        func scalar(_ p: TextPosition) -> Unicode.Scalar? {
            guard lines.indices.contains(p.line - 1), lines[p.line - 1].indices.contains(p.column - 1) else { return nil }
            return lines[p.line - 1][p.column - 1]
        }
        func visit(_ node: JSONNode) {
            let first: Set<Unicode.Scalar>
            switch node.value {
            case .null: first = ["n"]
            case .bool: first = ["t", "f"]
            case .number: first = ["-", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]
            case .string: first = ["\""]
            case let .array(elements):
                elements.forEach(visit)
                first = ["["]
            case let .object(members):
                for member in members {
                    #expect(scalar(member.position) == "\"", "seed \(seed): member '\(member.key)' at \(member.position)")
                    visit(member.value)
                }
                first = ["{"]
            }
            #expect(scalar(node.position).map(first.contains) == true, "seed \(seed): the value at \(node.position) starts elsewhere")
        }
        visit(node)
    }

    /// Writes `value` as JSON with random whitespace and a random choice of escapes, to exercise every path back.
    static func print(_ value: Plain, _ random: inout SeededRandom) -> String {
        func space(_ random: inout SeededRandom) -> String {
            ["", "", " ", "\n", "\t", "\r\n  ", "\n\n    "].randomElement(using: &random) ?? ""
        }
        switch value {
        case .null: return "null"
        case let .bool(b): return b ? "true" : "false"
        case let .number(n):
            let text = "\(n)"
            // Swift writes whole numbers as "12.0" and large ones as "1e+21"; vary the exponent letter too.
            return Bool.random(using: &random) ? text.replacingOccurrences(of: "e", with: "E") : text
        case let .string(s): return quote(s, &random)
        case let .array(elements):
            return "[" + space(&random) + elements.map { print($0, &random) + space(&random) }.joined(separator: "," + space(&random)) + "]"
        case let .object(members):
            return "{" + space(&random)
                + members.map { quote($0.0, &random) + space(&random) + ":" + space(&random) + print($0.1, &random) + space(&random) }
                .joined(separator: "," + space(&random)) + "}"
        }
    }

    private static func quote(_ text: String, _ random: inout SeededRandom) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            let escapeAnyway = Int.random(in: 0..<4, using: &random) == 0
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += escapeAnyway ? "\\u000a" : "\\n"
            case "\t": out += "\\t"
            case "/" where escapeAnyway: out += "\\/"
            case _ where scalar.value < 0x20 || escapeAnyway:
                for unit in String(scalar).utf16 {
                    let hex = String(unit, radix: 16, uppercase: Bool.random(using: &random))
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                }
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    private static func foundationObject(_ value: Plain) -> Any {
        switch value {
        case .null: NSNull()
        case let .bool(b): b
        case let .number(n): n
        case let .string(s): s
        case let .array(a): a.map(foundationObject)
        case let .object(o): Dictionary(o.map { ($0.0, foundationObject($0.1)) }, uniquingKeysWith: { a, _ in a })
        }
    }

    /// Foundation reorders members and may print numbers to fewer digits, so compare members as a set and numbers closely.
    private static func looselyEqual(_ a: Plain, _ b: Plain) -> Bool {
        switch (a, b) {
        case let (.number(x), .number(y)): x == y || abs(x - y) <= abs(y) * 1e-15
        case let (.array(x), .array(y)): x.count == y.count && zip(x, y).allSatisfy(looselyEqual)
        case let (.object(x), .object(y)):
            x.count == y.count && x.allSatisfy { member in y.contains { $0.0 == member.0 && looselyEqual($0.1, member.1) } }
        default: a == b
        }
    }
}
