import AdvisorCore
import Foundation
import JSON
import Knowledge
import Testing

// The named hostile inputs, each through every reader: nothing at all, a 100 MB line, nesting 10,000 deep,
// invalid UTF-8, binary junk, numbers beyond a Double. Each must be refused with a clear error (or, for 1e-400,
// read as 0), without a trap (how fast is scripts/bench-large-inputs.sh's business, not a test's). Then the reproducers of the bugs the mutation tests found, and the
// audit log read back after a crash tore a line.
@Suite struct HostileInputTests {
    enum Reader: String, CaseIterable, Sendable {
        case policy, intake, trainingCase = "case"
    }

    static let file = "hostile.json"

    /// What `reader` makes of `data`: nil when it accepts it, the error when it refuses it.
    static func refusal(_ reader: Reader, _ data: Data) -> InvalidDataFile? {
        do {
            switch reader {
            case .policy: _ = try PolicyReader.read(data, file: file)
            case .intake: _ = try IntakeReader.read(data, file: file)
            case .trainingCase: _ = try TrainingCaseReader.read(data, file: file)
            }
            return nil
        } catch {
            return error
        }
    }

    /// The error `reader` refuses `data` with, after checking that every problem in it is clear.
    @discardableResult
    static func refused(_ reader: Reader, _ data: Data, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> InvalidDataFile {
        let error = try #require(refusal(reader, data), "\(reader.rawValue) reader accepted \(what)", sourceLocation: sourceLocation)
        let unclear = unclearRefusal(error, file: file)
        #expect(unclear == nil, "\(reader.rawValue) reader, \(what): \(unclear ?? "")", sourceLocation: sourceLocation)
        return error
    }

    /// The JSON syntax problem of a refusal, if that is what it is.
    static func syntax(_ error: InvalidDataFile) -> JSONSyntaxError.Problem? {
        guard error.problems.count == 1, case let .syntax(syntax) = error.problems[0].kind else { return nil }
        return syntax.problem
    }

    /// Text and raw bytes joined.
    static func bytes(_ parts: Any...) -> Data {
        var data = Data()
        for part in parts {
            switch part {
            case let text as String: data.append(contentsOf: Array(text.utf8))
            case let raw as [UInt8]: data.append(contentsOf: raw)
            case let raw as [Int]: data.append(contentsOf: raw.map { UInt8($0) })
            default: preconditionFailure("not text or bytes: \(part)")
            }
        }
        return data
    }

    // MARK: Nothing

    @Test(arguments: Reader.allCases)
    func emptyAndBlankFiles(reader: Reader) throws {
        let blanks: [(String, Data)] = [("an empty file", Data()), ("whitespace", Self.bytes(" \n\t\r\n  \r")),
                                        ("a byte-order mark alone", Data([0xEF, 0xBB, 0xBF])), ("a 1 MB run of spaces", Data(repeating: 0x20, count: 1 << 20))]
        for (what, data) in blanks {
            let error = try Self.refused(reader, data, what)
            #expect(Self.syntax(error) == .empty, "\(reader.rawValue), \(what): \(error.problems)")
            #expect(error.message(in: .en).contains("empty"), "\(reader.rawValue), \(what): \(error.message(in: .en))")
            #expect(error.message(in: .zh).contains("为空"), "\(reader.rawValue), \(what): \(error.message(in: .zh))")
        }
    }

    // MARK: A 100 MB line

    static let megabytes = 100
    /// The member name and the number go through byte-by-byte loops that take seconds per 100 MB in a debug build
    /// (the number's scan, the path's escaping), so here they are 20 MB; scripts/mutate.sh gives the release binary 100 MB of each.
    static let debugMegabytes = 20

    /// A 100 MB string value, with and without its end, and a 20 MB member name and number, each on a single line;
    /// every reader must refuse them with messages of a readable length.
    @Test(arguments: Reader.allCases)
    func hundredMegabyteLine(reader: Reader) throws {
        let a = Data(repeating: 0x61, count: Self.megabytes << 20)
        let shapes: [(String, Data)] = [
            ("a \(Self.megabytes) MB category", Self.bytes(#"{"category": ""#) + a + Self.bytes(#""}"#)),
            ("a \(Self.megabytes) MB string with no end", Self.bytes(#"{"category": ""#) + a),
            ("a \(Self.debugMegabytes) MB member name", Self.bytes(#"{""#) + a.prefix(Self.debugMegabytes << 20) + Self.bytes(#"": 1}"#)),
            ("a \(Self.debugMegabytes) MB number", Self.bytes(#"{"category": "billing", "expectation": 1"#)
                + Data(repeating: 0x30, count: Self.debugMegabytes << 20) + Self.bytes("}")),
        ]
        for (what, data) in shapes {
            let error = try Self.refused(reader, data, what)
            let message = error.message(in: .en)
            #expect(message.utf8.count < 20_000, "\(reader.rawValue), \(what): the message is \(message.utf8.count) bytes")
        }
    }

    @Test func hundredMegabyteCategoryIsAnUnknownName() throws {
        let data = Self.bytes(#"{"category": ""#) + Data(repeating: 0x61, count: Self.megabytes << 20) + Self.bytes(#""}"#)
        let error = try Self.refused(.intake, data, "a 100 MB category")
        let problem = try #require(error.problems.first)
        #expect(error.problems.count == 1)
        #expect(problem.path == "$.category")
        guard case let .unknownName(name, allowed) = problem.kind else {
            Issue.record("expected an unknown name, got \(problem.kind)")
            return
        }
        #expect(name.utf8.count == Self.megabytes << 20)
        #expect(allowed.contains("billing"))
        // The message shows the start of the name and the names to use, not 100 MB.
        let message = problem.message(in: .en, file: Self.file)
        #expect(message.hasPrefix("hostile.json:1:14: $.category: unknown name 'aaaa"), "\(message.prefix(200))")
        #expect(message.contains("…") && message.contains("billing") && message.count < 400, "\(message.prefix(400))")
    }

    // MARK: Nesting 10,000 deep

    @Test(arguments: Reader.allCases)
    func nestingTenThousandDeep(reader: Reader) throws {
        let depth = 10_000
        let shapes: [(String, Data)] = [
            ("arrays", Self.bytes(String(repeating: "[", count: depth) + String(repeating: "]", count: depth))),
            ("objects", Self.bytes(String(repeating: #"{"a":"#, count: depth) + "1" + String(repeating: "}", count: depth))),
            ("unclosed arrays", Self.bytes(String(repeating: "[", count: depth))),
            ("arrays under a member", Self.bytes(#"{"category": "# + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "}")),
            ("arrays and objects in turn", Self.bytes(String(repeating: #"[{"a":"#, count: depth / 2) + "null" + String(repeating: "}]", count: depth / 2))),
        ]
        for (what, data) in shapes {
            let error = try Self.refused(reader, data, "\(what) \(depth) deep")
            #expect(Self.syntax(error) == .tooDeep(512), "\(reader.rawValue), \(what): \(error.problems)")
        }
        // Just within the limit the text parses, and the reader refuses the shape, not the depth; the tree is released
        // without overflowing the stack.
        let deepest = Self.bytes(#"{"category": "# + String(repeating: "[", count: 511) + String(repeating: "]", count: 511) + "}")
        let error = try Self.refused(reader, deepest, "arrays 511 deep under a member")
        #expect(Self.syntax(error) == nil, "\(reader.rawValue): \(error.problems)")
    }

    // MARK: Invalid UTF-8

    static let invalidUTF8: [(String, Data)] = [
        ("0xFF 0xFE at the top", Data([0xFF, 0xFE])),
        ("a UTF-16 byte-order mark before JSON", Data([0xFF, 0xFE]) + Data(#"{"category": "billing"}"#.utf8)),
        ("an overlong '/' in a string", bytes(#"{"category": "bill"#, [0xC0, 0xAF], #"ing"}"#)),
        ("an overlong NUL in a string", bytes(#"{"category": "billing", "said": [""#, [0xC0, 0x80], #""]}"#)),
        ("a truncated 3-byte sequence before the closing quote", bytes(#"{"category": "billing", "said": [""#, [0xE4, 0xB8], #""]}"#)),
        ("a lone lead byte at the end", bytes(#"{"category": "billing"}"#, [0xE4])),
        ("a lone continuation byte in a name", bytes(#"{""#, [0x80], #"": 1}"#)),
        ("an encoded surrogate", bytes(#"{"category": ""#, [0xED, 0xA0, 0x80], #""}"#)),
        ("a scalar past U+10FFFF", bytes(#"{"category": ""#, [0xF4, 0x90, 0x80, 0x80], #""}"#)),
        ("a 5-byte sequence", bytes(#"{"category": ""#, [0xF8, 0x88, 0x80, 0x80, 0x80], #""}"#)),
        ("Latin-1 text", bytes(#"{"category": "billing", "said": ["caf"#, [0xE9], #""]}"#)),
    ]

    @Test(arguments: Reader.allCases)
    func invalidUTF8(reader: Reader) throws {
        for (what, data) in Self.invalidUTF8 {
            let error = try Self.refused(reader, data, what)
            #expect(Self.syntax(error) == .invalidUTF8, "\(reader.rawValue), \(what): \(error.problems)")
            #expect(error.message(in: .en).contains("UTF-8"), "\(reader.rawValue), \(what): \(error.message(in: .en))")
        }
    }

    // MARK: Binary junk

    @Test(arguments: Reader.allCases)
    func binaryJunk(reader: Reader) throws {
        let seed = UInt64.random(in: 1...UInt64.max)
        var random = SplitMix64(seed: seed)
        for n in 0..<25 {
            var junk = Data(count: 4096)
            for k in junk.indices { junk[k] = UInt8.random(in: 0...255, using: &random) }
            // Pure junk, and junk after a valid start, where the parser is deep in a document when it meets it.
            let data = n % 2 == 0 ? junk : Self.bytes(#"{"category": "billing", "said": ["#) + junk
            try Self.refused(reader, data, "4 KB of junk \(n) from seed \(seed)")
        }
        // UTF-16 text is valid UTF-8 with NULs in it, which must be refused as characters out of place.
        let utf16 = Data(#"{"category": "billing"}"#.utf8.flatMap { [$0, 0] })
        #expect(Self.syntax(try Self.refused(reader, utf16, "UTF-16 text")) == .unexpectedCharacter("\0", expected: .keyOrObjectEnd))
        // Printable junk: ASCII from the JSON alphabet, which gets further into the grammar.
        let alphabet = Array(#"{}[]:,"\ 0123456789.-+eEtrufalsn"#.utf8)
        for n in 0..<25 {
            let junk = Data((0..<4096).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &random)] })
            try Self.refused(reader, junk, "4 KB of JSON punctuation \(n) from seed \(seed)")
        }
    }

    // MARK: Numbers beyond a Double

    /// A valid file of each kind with one number's text replaced: the policy's service visit value, the intake's
    /// expectation, the case's order value.
    static func withNumber(_ reader: Reader, _ number: String) throws -> Data {
        let (text, pattern): (String, String) = switch reader {
        case .policy: (String(decoding: try sortedEncoder.encode(Policy.builtIn), as: UTF8.self), #""serviceVisitValue":[0-9.eE+-]+"#)
        case .intake: (#"{"category": "billing", "expectation": 300}"#, #""expectation": [0-9.eE+-]+"#)
        case .trainingCase: (BuiltInCases.files[0].json, #""orderValue": [0-9.eE+-]+"#)
        }
        let range = try #require(text.range(of: pattern, options: .regularExpression))
        let name = text[range].prefix { $0 != ":" }
        return Data(text.replacingCharacters(in: range, with: "\(name): \(number)").utf8)
    }

    static var sortedEncoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }

    @Test(arguments: Reader.allCases)
    func numbersBeyondADouble(reader: Reader) throws {
        // Sanity: with an ordinary number the file is accepted.
        #expect(Self.refusal(reader, try Self.withNumber(reader, "0")) == nil)
        for number in ["1e400", "-1e400", "1E+400", "99999e999", "1" + String(repeating: "0", count: 400), "-" + String(repeating: "9", count: 2_000) + ".5"] {
            let error = try Self.refused(reader, try Self.withNumber(reader, number), String(number.prefix(20)) + "…")
            guard case let .numberOutOfRange(text) = Self.syntax(error) else {
                Issue.record("\(reader.rawValue), \(number.prefix(20)): expected a number out of range, got \(error.problems)")
                continue
            }
            #expect(number.hasPrefix(text.replacingOccurrences(of: "…", with: "")), "\(reader.rawValue): \(text)")
            let message = error.message(in: .en)
            #expect(message.contains(String(number.prefix(30))) && message.contains("out of range") && message.count < 500,
                    "\(reader.rawValue): \(message)")
        }
    }

    @Test func expectationOf1e400() throws {
        let error = try Self.refused(.intake, Self.bytes(#"{"category":"billing","expectation":1e400}"#), "expectation 1e400")
        #expect(error.problems.map(\.path) == ["$"])
        #expect(Self.syntax(error) == .numberOutOfRange("1e400"))
        #expect(error.message(in: .en) == """
            hostile.json has 1 problem:
              hostile.json: line 1, column 37: number 1e400 is out of range (beyond ±1.8e308); use a smaller number
            """)
    }

    @Test(arguments: Reader.allCases)
    func numbersBelowADoubleReadAsZero(reader: Reader) throws {
        #expect(Policy.builtIn.forms.serviceVisitValue != 0 && BuiltInCases.files[0].json.contains(#""orderValue": 4600"#))
        for number in ["1e-400", "-1e-400", "0.0000000000000000000000000000000000000000000000000000000000000000000000000000000001e-330"] {
            let data = try Self.withNumber(reader, number)
            let value: Double?
            switch reader {
            case .policy:
                value = try PolicyReader.read(data, file: Self.file).forms.serviceVisitValue
            case .intake:
                value = try IntakeReader.read(data, file: Self.file).expectation
            case .trainingCase:
                value = try TrainingCaseReader.read(data, file: Self.file).intake.orderValue
            }
            #expect(value == 0, "\(reader.rawValue), \(number): read as \(String(describing: value))")
        }
    }

    // MARK: Reproducers of what the mutation tests found

    /// A name with a line break in it (`"a\nb"`) was shown raw, splitting the one-line message in two.
    @Test func nameWithALineBreakStaysOnOneLine() throws {
        let error = try Self.refused(.intake, Self.bytes(#"{"category": "a\nb\u0007"}"#), "a category with a line break")
        #expect(error.problems.first?.message(in: .en, file: Self.file)
                == #"hostile.json:1:14: $.category: unknown name 'a\u000Ab\u0007'; use one of: "# + ComplaintCategoryID.allCases.map(\.rawValue).joined(separator: ", "))
    }

    /// Amounts a Double holds, whose products do not: the advice showed infinite amounts (the ceiling, the statutory floor,
    /// the estimated expectation, the points), and the scale trapped dividing 0 by 0 where floor and cap met above 2^53.
    static let hugeIntakes = [
        #"{"category": "billing", "orderValue": 1.7976931348623157e308}"#,
        #"{"category": "product-quality", "fraud": true, "orderValue": 1e308}"#,
        #"{"category": "product-quality", "fraud": true, "orderValue": 1e16}"#,
        #"{"category": "return-exchange", "daysSinceSale": 3, "orderValue": 1e308, "expectation": 1e308, "bottomLine": 1e308}"#,
    ]

    /// A file refuses such amounts, naming the field and the bound; the engine, handed them anyway, stays finite.
    @Test(arguments: hugeIntakes)
    func hugeAmountsAreRefusedByTheReaderAndStayFiniteInTheEngine(json: String) throws {
        do {
            _ = try IntakeReader.read(Data(json.utf8), file: Self.file)
            Issue.record("\(json) was read")
        } catch {
            #expect(error.problems.allSatisfy { if case .outOfRange = $0.kind { true } else { false } }, "\(error.problems)")
            #expect(error.message(in: .en).contains("$.orderValue") || error.message(in: .en).contains("$.expectation"))
        }
        // The same figures put straight into an intake, as a future reader might let through.
        let node = try JSONParser.parse(json)
        var intake = Intake(category: try #require(node["category"]?.string.flatMap(ComplaintCategoryID.init(rawValue:))))
        intake.orderValue = node["orderValue"]?.number
        intake.expectation = node["expectation"]?.number
        intake.bottomLine = node["bottomLine"]?.number
        intake.daysSinceSale = node["daysSinceSale"]?.number.map(Int.init)
        if node["fraud"]?.bool == true { intake.fraud = true }
        for language in [Language.en, .zh] {
            #expect(unsoundAdvice(.builtIn, intake, language) == nil, "\(json)")
        }
    }

    /// A policy whose every amount is the same extreme but valid value, with the largest multipliers it may have,
    /// advises every kind of intake with finite amounts and renders without a trap.
    @Test(arguments: [0, 1e-300, 1, 1e15, 1e16, 1e300, 1.7976931348623157e308])
    func extremePolicyGivesFiniteAdvice(amount: Double) throws {
        var policy = Policy.builtIn
        policy.ceilingShareOfOrderValue = 100
        policy.forms = .init(pointsPerCurrencyUnit: 1_000_000, serviceVisitValue: amount, expressReshipValue: amount)
        policy.modifiers.perBrokenPromise = 10
        policy.modifiers.maxBrokenPromisesCounted = 100
        for key in policy.modifiers.severity.keys { policy.modifiers.severity[key] = 100 }
        for key in policy.modifiers.fault.keys { policy.modifiers.fault[key] = 100 }
        for key in policy.modifiers.customerValue.keys { policy.modifiers.customerValue[key] = 100 }
        for (id, var category) in policy.categories {
            category.floor = amount
            category.standard = amount
            for tier in category.caps.keys { category.caps[tier] = amount }
            policy.categories[id] = category
        }
        // The policy goes through the reader, as a file would.
        let read = try PolicyReader.read(try Self.sortedEncoder.encode(policy), file: Self.file)
        let seed = UInt64.random(in: 1...UInt64.max)
        var generator = CaseGenerator(seed: seed)
        for run in 0..<60 {
            var intake = generator.intake(for: read)
            intake.brokenPromises = generator.int(0...1000)
            intake.expectation = generator.pick([nil, 0, amount, .greatestFiniteMagnitude])
            intake.bottomLine = generator.pick([nil, 0, amount, .greatestFiniteMagnitude]).map { min($0, intake.expectation ?? $0) }
            intake.orderValue = generator.pick([nil, 0, amount, .greatestFiniteMagnitude])
            let problem = unsoundAdvice(read, intake, run % 2 == 0 ? .en : .zh)
            #expect(problem == nil, "seed \(seed), run \(run), amount \(amount): \(problem ?? "")")
        }
    }

    // MARK: The audit log after a crash

    static func logRecords(_ intakes: [String]) throws -> [LogRecord] {
        let stamp = AuditLog.stamp(.builtIn)
        var records: [LogRecord] = []
        for (n, json) in intakes.enumerated() {
            let intake = try IntakeReader.read(Data(json.utf8), file: "intake")
            let advice = try AdviceEngine(policy: .builtIn).advise(intake, language: n % 2 == 0 ? .en : .zh)
            let id = "A-\(n)-\(json.count)"
            records.append(.advice(LogRecord.AdviceRecord(time: "2026-03-0\(n + 1)T09:30:00Z", adviceId: id, intake: intake, advice: advice, policy: stamp)))
            records.append(.outcome(LogRecord.OutcomeRecord(time: "2026-03-0\(n + 1)T10:00:00Z", adviceId: id,
                                                            settled: try #require(DecimalAmount(tenThousandths: Int64(advice.settlement.amount * 10_000))),
                                                            form: n % 2 == 0 ? .coupon : nil, accepted: n != 1)))
        }
        return records
    }

    static func temporaryLog() -> AuditLog {
        AuditLog(path: FileManager.default.temporaryDirectory.appendingPathComponent("advisor-hostile-\(UUID().uuidString).jsonl").path)
    }

    /// Writes the first `count` bytes of a record's line, as a writer killed mid-write leaves it: no newline.
    static func tear(_ record: LogRecord, at fraction: Double, into log: AuditLog) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let line = try encoder.encode(record)
        let handle = try #require(FileHandle(forWritingAtPath: log.path))
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: line.prefix(Int(Double(line.count) * fraction)))
    }

    @Test(arguments: [0.5, 0.01, 0.99])
    func tornLineInTheMiddleIsSkipped(fraction: Double) throws {
        let before = try Self.logRecords([#"{"category": "billing", "expectation": 200}"#,
                                         #"{"category": "product-quality", "severity": "severe", "fraud": true, "orderValue": 999}"#])
        let after = try Self.logRecords([#"{"category": "logistics-delay", "brokenPromises": 2, "said": ["又没到！"]}"#])
        let log = Self.temporaryLog()
        defer { try? FileManager.default.removeItem(atPath: log.path) }
        try log.append(before)
        try Self.tear(after[0], at: fraction, into: log)
        try log.append(after)
        let contents = try log.read()
        #expect(contents.records.count == before.count + after.count)
        #expect(contents.records == before + after)
        // Line 1 is the log's header, so the torn record is on the line after the last whole one.
        #expect(contents.damagedLines == [before.count + 2])
    }

    @Test func tornLastLineIsSkipped() throws {
        let records = try Self.logRecords([#"{"category": "billing"}"#, #"{"category": "installation-delay", "tier": "senior"}"#])
        let log = Self.temporaryLog()
        defer { try? FileManager.default.removeItem(atPath: log.path) }
        try log.append(records)
        try Self.tear(records[0], at: 0.5, into: log)
        let contents = try log.read()
        #expect(contents.records == records)
        #expect(contents.damagedLines == [records.count + 2], "line 1 is the header")
    }

    /// A first line that says what the file is (`advisorLog`) is no record and no damage; the same line further down is.
    @Test func theLogsHeaderIsPassedOverOnlyAsItsFirstLine() throws {
        let records = try Self.logRecords([#"{"category": "billing"}"#])
        let log = Self.temporaryLog()
        defer { try? FileManager.default.removeItem(atPath: log.path) }
        let header = #"{"advisorLog":{"version":1}}"#
        try (header + "\n").write(toFile: log.path, atomically: true, encoding: .utf8)
        #expect(chmod(log.path, 0o600) == 0)
        try log.append(records)
        let handle = try #require(FileHandle(forWritingAtPath: log.path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data((header + "\n").utf8))
        try handle.close()
        let contents = try log.read()
        #expect(contents.records == records)
        #expect(contents.damagedLines == [records.count + 2])
    }

    @Test func junkLinesAreSkippedAndTheRestRead() throws {
        let records = try Self.logRecords([#"{"category": "billing"}"#, #"{"category": "usage-question"}"#])
        let log = Self.temporaryLog()
        defer { try? FileManager.default.removeItem(atPath: log.path) }
        try log.append(Array(records.prefix(2)))
        // Invalid UTF-8, a line of NULs as a crashed file system leaves, a bare value and an unknown kind of record.
        let handle = try #require(FileHandle(forWritingAtPath: log.path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data([0xFF, 0xFE, 0xC0, 0x80, 0x0A]) + Data(count: 300) + Data("\n42\n{\"kind\":\"refund\",\"record\":{}}\n".utf8))
        try handle.close()
        try log.append(Array(records.dropFirst(2)))
        let contents = try log.read()
        #expect(contents.records == records)
        #expect(contents.damagedLines == [4, 5, 6, 7], "line 1 is the header")
    }
}
