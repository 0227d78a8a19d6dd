import AdvisorCore
import Foundation
import Knowledge
import Testing

// Mutation tests over the three kinds of JSON people write by hand: policy, training case and intake.
//
// Each mutant is a valid file with one or more changes: bytes deleted, inserted, swapped or made invalid UTF-8,
// spans dropped or repeated, numbers replaced by extreme ones, values replaced by the wrong type, members dropped,
// repeated or renamed, values nested deep, the text cut short. Every mutant must be read into a value or refused
// with `InvalidDataFile` whose every problem names a path and reads as one clear line in both languages; what is
// accepted must then go through the advice engine without a trap and with finite amounts.
//
// The count per kind is 3,500 (`ADVISOR_MUTATIONS` overrides it; scripts/mutate.sh runs 200,000); the seed is
// random per run and printed in every failure (`ADVISOR_MUTATION_SEED` repeats a run).

/// The byte ranges of the tokens and members of a valid JSON text, so a mutation can change exactly one of them.
struct JSONLayout: Sendable {
    struct Member: Sendable {
        /// The member's name, quotes included.
        let key: Range<Int>
        let value: Range<Int>
    }

    private(set) var numbers: [Range<Int>] = []
    /// String values, quotes included; member names are in `keys`.
    private(set) var strings: [Range<Int>] = []
    private(set) var keys: [Range<Int>] = []
    /// Every value, containers included.
    private(set) var values: [Range<Int>] = []
    /// The members of every non-empty object.
    private(set) var objects: [[Member]] = []

    /// Lays out `bytes`, which must be valid JSON (the seeds are checked before they are used).
    init(_ bytes: [UInt8]) {
        var i = 0
        value(bytes, &i)
    }

    private func skipWhitespace(_ b: [UInt8], _ i: inout Int) {
        while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 { i += 1 }
    }

    /// The end of the string whose opening quote is at `start`.
    private func stringEnd(_ b: [UInt8], _ start: Int) -> Int {
        var i = start + 1
        while b[i] != 0x22 { i += b[i] == 0x5C ? 2 : 1 }
        return i + 1
    }

    @discardableResult
    private mutating func value(_ b: [UInt8], _ i: inout Int) -> Range<Int> {
        skipWhitespace(b, &i)
        let start = i
        switch b[i] {
        case 0x7B:
            i += 1
            skipWhitespace(b, &i)
            var members: [Member] = []
            if b[i] == 0x7D {
                i += 1
            } else {
                while true {
                    skipWhitespace(b, &i)
                    let keyStart = i
                    i = stringEnd(b, i)
                    let key = keyStart..<i
                    keys.append(key)
                    skipWhitespace(b, &i)
                    i += 1 // :
                    members.append(Member(key: key, value: value(b, &i)))
                    skipWhitespace(b, &i)
                    let separator = b[i]
                    i += 1
                    if separator != 0x2C { break }
                }
                objects.append(members)
            }
        case 0x5B:
            i += 1
            skipWhitespace(b, &i)
            if b[i] == 0x5D {
                i += 1
            } else {
                while true {
                    value(b, &i)
                    skipWhitespace(b, &i)
                    let separator = b[i]
                    i += 1
                    if separator != 0x2C { break }
                }
            }
        case 0x22:
            i = stringEnd(b, i)
            strings.append(start..<i)
        case 0x61...0x7A:
            while i < b.count, (0x61...0x7A).contains(b[i]) { i += 1 }
        default:
            while i < b.count, (0x30...0x39).contains(b[i]) || [0x2D, 0x2B, 0x2E, 0x65, 0x45].contains(b[i]) { i += 1 }
            numbers.append(start..<i)
        }
        values.append(start..<i)
        return start..<i
    }
}

/// Makes mutants of one valid JSON text, reproducibly from a seed.
struct Mutator {
    let original: [UInt8]
    let layout: JSONLayout
    var random: SplitMix64

    init(_ text: [UInt8], random: SplitMix64) {
        original = text
        layout = JSONLayout(text)
        self.random = random
    }

    mutating func int(_ range: Range<Int>) -> Int { Int.random(in: range, using: &random) }
    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &random) < p }
    mutating func pick<T>(_ values: [T]) -> T { values[int(0..<values.count)] }

    static let numbers = ["0", "-1", "1e400", "-1e400", "1e-400", "99999999999999999999", "NaN", "-NaN", "Infinity", "-Infinity",
                          #""12""#, "12", "1.7976931348623157e308", "1e308", "4.9e-324", "-0", "0.5", "1e9", "1000000000.5",
                          "01", "1.", "+1", ".5", "1e", "0x10", "12kg", "1_000", "1e-7", "-1e-400", "123456789012345678901234567890"]
    static let values = ["0", "12", "-1", "1e400", "null", "true", "false", "[]", "{}", "[1, 2]", #"{"a": 1}"#, #""""#, #""   ""#,
                         #""x""#, #""名""#, #""\u0000""#, #""a\nb""#, #"["billing"]"#, #""billing""#, #""agent""#,
                         "\"" + String(repeating: "长", count: 300) + "\"", #""\uD83D\uDE00""#, #""\u00e9""#]
    static let invalidUTF8: [[UInt8]] = [[0xFF], [0xFE], [0xFF, 0xFE], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xE4], [0xE4, 0xB8],
                                         [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0x80], [0xBF]]
    static let escapes = [#"\uD800"#, #"\uDC00"#, #"\uD83D\uDE00"#, #"\u0000"#, #"\x"#, #"\u12G4"#, #"\"#, #"\u00e9"#, #"\/"#, #"\u"#, #"\uDBFF\u0041"#]
    static let punctuation: [UInt8] = Array(#"{}[],:"\-0123456789.eE+ ntfa"#.utf8) + [0x0A, 0x0D, 0x09, 0x00, 0x01, 0x7F]

    /// One mutant and the operations that made it, for the failure message.
    mutating func mutant() -> (bytes: [UInt8], operations: [String]) {
        var bytes = original
        var operations: [String] = []
        if chance(0.65), let structural = structural(&bytes) { operations.append(structural) }
        let extra = operations.isEmpty ? 1 + int(0..<2) : (chance(0.25) ? 1 : 0)
        for _ in 0..<extra { operations.append(byteLevel(&bytes)) }
        return (bytes, operations)
    }

    /// A change to one token or member of the original text; nil when the text has none of the kind chosen.
    mutating func structural(_ bytes: inout [UInt8]) -> String? {
        switch int(0..<9) {
        case 0:
            // One number, or a few at once: extreme values only break some rules in combination (a huge cap and a huge standard).
            guard !layout.numbers.isEmpty else { return nil }
            let ranges = Set((0..<(chance(0.7) ? 1 : 2 + int(0..<3))).map { _ in pick(layout.numbers) }).sorted { $0.lowerBound > $1.lowerBound }
            var done: [String] = []
            let same = chance(0.5) ? number() : nil
            for range in ranges {
                let number = same ?? number()
                bytes.replaceSubrange(range, with: Array(number.utf8))
                done.append("number at \(range.lowerBound) -> \(number)")
            }
            return done.joined(separator: ", ")
        case 1:
            guard !layout.strings.isEmpty else { return nil }
            let range = pick(layout.strings), value = pick(Self.values)
            bytes.replaceSubrange(range, with: Array(value.utf8))
            return "string at \(range.lowerBound) -> \(value.prefix(20))"
        case 2:
            let range = pick(layout.values), value = pick(Self.values)
            bytes.replaceSubrange(range, with: Array(value.utf8))
            return "value at \(range.lowerBound) -> \(value.prefix(20))"
        case 3:
            guard !layout.objects.isEmpty else { return nil }
            let members = pick(layout.objects), k = int(0..<members.count)
            let cut: Range<Int> = if k + 1 < members.count {
                members[k].key.lowerBound..<members[k + 1].key.lowerBound
            } else if k > 0 {
                members[k - 1].value.upperBound..<members[k].value.upperBound
            } else {
                members[k].key.lowerBound..<members[k].value.upperBound
            }
            bytes.removeSubrange(cut)
            return "drop member at \(members[k].key.lowerBound)"
        case 4:
            guard !layout.objects.isEmpty else { return nil }
            let member = pick(pick(layout.objects))
            var copy = Array(original[member.key.lowerBound..<member.value.upperBound])
            var how = "duplicate member"
            if chance(0.5) {
                // The same member under a slightly different name: an unknown field rather than a duplicate.
                copy.insert(0x5F, at: member.key.upperBound - member.key.lowerBound - 1)
                how = "repeat member renamed"
            }
            bytes.replaceSubrange(member.key.lowerBound..<member.key.lowerBound, with: copy + Array(", ".utf8))
            return "\(how) at \(member.key.lowerBound)"
        case 5:
            guard !layout.keys.isEmpty else { return nil }
            let range = pick(layout.keys)
            let name = String(decoding: original[(range.lowerBound + 1)..<(range.upperBound - 1)], as: UTF8.self)
            let typo = self.typo(name)
            bytes.replaceSubrange(range, with: Array(("\"" + typo + "\"").utf8))
            return "rename key \(name) -> \(typo)"
        case 6:
            let range = pick(layout.values), depth = pick([2, 3, 64, 511, 512, 513, 2_000, 10_000])
            let (open, close) = chance(0.5) ? ("[", "]") : (#"{"a":"#, "}")
            let value = Array(original[range])
            bytes.replaceSubrange(range, with: Array(String(repeating: open, count: depth).utf8) + value
                                  + Array(String(repeating: close, count: depth).utf8))
            return "nest value at \(range.lowerBound) \(depth) deep in \(open)"
        case 7:
            guard layout.numbers.count >= 2 else { return nil }
            let a = pick(layout.numbers), b = pick(layout.numbers)
            guard a != b else { return nil }
            let (first, second) = a.lowerBound < b.lowerBound ? (a, b) : (b, a)
            let firstText = Array(original[first]), secondText = Array(original[second])
            bytes.replaceSubrange(second, with: firstText)
            bytes.replaceSubrange(first, with: secondText)
            return "swap numbers at \(first.lowerBound) and \(second.lowerBound)"
        default:
            guard !layout.strings.isEmpty || !layout.keys.isEmpty else { return nil }
            let range = pick(chance(0.7) && !layout.strings.isEmpty ? layout.strings : layout.keys)
            let at = int((range.lowerBound + 1)..<range.upperBound)
            if chance(0.5) {
                let bad = pick(Self.invalidUTF8)
                bytes.insert(contentsOf: bad, at: at)
                return "invalid UTF-8 \(bad) in a string at \(at)"
            }
            let escape = pick(Self.escapes)
            bytes.insert(contentsOf: Array(escape.utf8), at: at)
            return "escape \(escape) in a string at \(at)"
        }
    }

    /// A number to put in place of another: an extreme or malformed one, or a plausible one that may break a rule between fields.
    mutating func number() -> String {
        switch int(0..<6) {
        case 0, 1, 2: pick(Self.numbers)
        case 3: String(int(0..<6))
        case 4: String(Double(int(0..<100_000)) / pick([1, 10, 100, 1000]))
        default: pick(["1e6", "1e12", "1e15", "1e16", "1e100", "1e300", "3e307", "9007199254740993", "0.001", "0.01", "100", "1000000"])
        }
    }

    /// A misspelling of a member name.
    mutating func typo(_ name: String) -> String {
        var characters = Array(name)
        switch int(0..<8) {
        case 0 where !characters.isEmpty: characters.remove(at: int(0..<characters.count))
        case 1 where !characters.isEmpty: let k = int(0..<characters.count); characters.insert(characters[k], at: k)
        case 2 where characters.count >= 2: let k = int(0..<(characters.count - 1)); characters.swapAt(k, k + 1)
        case 3: return name.uppercased()
        case 4: return name + "s"
        case 5: return ""
        case 6: return pick(["category", "tiers", "caps", "floor", "en", "zh", "intake", "severity", "名称", "categroy", "__proto__"])
        default: if !characters.isEmpty { characters[int(0..<characters.count)] = pick(["x", "Ѕ", "-", " ", "é"]) }
        }
        return String(characters)
    }

    /// A change to the bytes, blind to the JSON.
    mutating func byteLevel(_ bytes: inout [UInt8]) -> String {
        guard !bytes.isEmpty else {
            bytes = [pick(Self.punctuation)]
            return "insert \(bytes[0]) into nothing"
        }
        let n = bytes.count
        switch int(0..<11) {
        case 0:
            let at = int(0..<n)
            let removed = bytes.remove(at: at)
            return "delete byte \(removed) at \(at)"
        case 1:
            let at = int(0..<(n + 1)), byte = chance(0.7) ? pick(Self.punctuation) : UInt8(int(0..<256))
            bytes.insert(byte, at: at)
            return "insert byte \(byte) at \(at)"
        case 2:
            let at = int(0..<n), byte = chance(0.7) ? pick(Self.punctuation) : UInt8(int(0..<256))
            bytes[at] = byte
            return "replace byte at \(at) with \(byte)"
        case 3:
            let a = int(0..<n), b = int(0..<n)
            bytes.swapAt(a, b)
            return "swap bytes at \(a) and \(b)"
        case 4:
            let start = int(0..<n), end = min(n, start + 1 + int(0..<64)), at = int(0..<(n + 1))
            bytes.insert(contentsOf: Array(bytes[start..<end]), at: at)
            return "copy bytes \(start)..<\(end) to \(at)"
        case 5:
            let start = int(0..<n), end = min(n, start + 1 + int(0..<64))
            bytes.removeSubrange(start..<end)
            return "drop bytes \(start)..<\(end)"
        case 6:
            let at = int(0..<n)
            bytes.removeSubrange(at...)
            return "truncate at \(at)"
        case 7:
            let at = int(0..<(n + 1)), bad = pick(Self.invalidUTF8)
            bytes.insert(contentsOf: bad, at: at)
            return "insert invalid UTF-8 \(bad) at \(at)"
        case 8:
            let at = chance(0.5) ? 0 : int(0..<(n + 1))
            bytes.insert(contentsOf: [0xEF, 0xBB, 0xBF], at: at)
            return "insert byte-order mark at \(at)"
        case 9:
            let at = int(0..<(n + 1)), space = pick(["\r\n", "\r", "\n\n\n", "\t", "\u{00A0}", "\u{3000}", "   "])
            bytes.insert(contentsOf: Array(space.utf8), at: at)
            return "insert whitespace \(Array(space.utf8)) at \(at)"
        default:
            let at = int(0..<n), bits = UInt8(1) << UInt8(int(0..<8))
            bytes[at] ^= bits
            return "flip bit \(bits) of byte at \(at)"
        }
    }
}

/// What is wrong with how a refusal is reported, or nil when every problem is clear.
func unclearRefusal(_ error: InvalidDataFile, file: String) -> String? {
    if error.problems.isEmpty { return "refused with no problem" }
    if error.file != file { return "refused naming file \(error.file), not \(file)" }
    for problem in error.problems {
        if problem.path.isEmpty || !problem.path.hasPrefix("$") { return "problem with path '\(problem.path)': \(problem.kind)" }
        for language in [Language.en, .zh] {
            let message = problem.message(in: language, file: file)
            let what = problem.problem(in: language)
            if message.isEmpty || what.isEmpty { return "empty \(language) message for \(problem.kind) at \(problem.path)" }
            if !message.hasPrefix(file) { return "\(language) message does not start with the file: \(message.prefix(200))" }
            // One line per problem (InvalidDataFile.message joins them with newlines) and short enough to read.
            if message.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
                return "\(language) message has a line break or control character: \(message.debugDescription.prefix(300))"
            }
            if message.count > 1_000 { return "\(language) message is \(message.count) characters: \(message.prefix(200))…" }
            if message.contains("Optional(") {
                return "\(language) message shows an internal value: \(message.prefix(300))"
            }
        }
    }
    return nil
}

/// What is wrong with the advice for `intake` under `policy`, or nil when it is advice with finite amounts or a clear `AdvisorError`.
func unsoundAdvice(_ policy: Policy, _ intake: Intake, _ language: Language) -> String? {
    let advice: Advice
    do {
        advice = try AdviceEngine(policy: policy).advise(intake, language: language)
    } catch {
        return error.message(in: language).isEmpty ? "AdvisorError \(error) with an empty message" : nil
    }
    var amounts: [(String, Double)] = [
        ("settlement.amount", advice.settlement.amount), ("range.opening", advice.range.opening), ("range.walkAway", advice.range.walkAway),
        ("bounds.floor", advice.bounds.floor), ("bounds.standard", advice.bounds.standard), ("bounds.cap", advice.bounds.cap),
        ("expectation.amount", advice.expectation.amount), ("expectation.care", advice.expectation.care),
        ("bottomLine.amount", advice.bottomLine.amount), ("bottomLine.care", advice.bottomLine.care), ("precedent.amount", advice.precedent.amount ?? 0),
    ]
    if let floor = advice.bounds.statutoryFloor { amounts.append(("bounds.statutoryFloor", floor)) }
    if let ceiling = advice.bounds.ceiling { amounts.append(("bounds.ceiling", ceiling)) }
    amounts += advice.bounds.tierCaps.map { ("bounds.tierCaps[\($0.tier)]", $0.cap) }
    amounts += advice.offers.flatMap { [("offers[\($0.form)].quantity", $0.quantity), ("offers[\($0.form)].value", $0.value)] }
    amounts += advice.remedy.statutes.compactMap { statute in statute.floor.map { ("remedy.statutes[\(statute.id)].floor", $0) } }
    if let ladder = advice.ladder { amounts += ([ladder.opening, ladder.walkAway] + ladder.concessions).map { ("ladder", $0) } }
    if let handover = advice.handover { amounts.append(("handover.limit", handover.limit)) }
    if let bad = amounts.first(where: { !$0.1.isFinite }) { return "advice \(bad.0) is \(bad.1)" }
    if advice.settlement.amount < 0 { return "advice settles on \(advice.settlement.amount)" }
    // What `advise` shows of it: the card with its scale, and the picture. Neither may trap on any accepted input.
    if advice.renderCard().isEmpty || advice.scale().isEmpty || NegotiationPicture.svg(advice).isEmpty { return "advice renders as nothing" }
    return nil
}

/// What is wrong with how `advisor case` shows a case: its analysis, the terminal view and the handout; nil when all is well.
func unsoundAnalysis(_ trainingCase: TrainingCase, _ language: Language) -> String? {
    if let problem = unsoundAdvice(.builtIn, trainingCase.intake, language) { return problem }
    let analysis: CaseAnalysis
    do {
        analysis = try CaseAnalysis(trainingCase, policy: .builtIn, language: language)
    } catch {
        return error.message(in: language).isEmpty ? "AdvisorError \(error) with an empty message" : nil
    }
    if trainingCase.render(analysis, language: language).isEmpty || trainingCase.handout(analysis, language: language).isEmpty {
        return "the case renders as nothing"
    }
    return nil
}

/// The printable start of a mutant, for the failure message.
func preview(_ bytes: [UInt8], limit: Int = 160) -> String {
    let text = String(decoding: bytes.prefix(limit), as: UTF8.self).debugDescription
    return bytes.count > limit ? text + "… (\(bytes.count) bytes)" : text
}

@Suite struct MutationTests {
    enum Kind: String, CaseIterable, Sendable {
        case policy, trainingCase = "case", intake
    }

    /// Each kind's mutants are split into shards, which Swift Testing runs in parallel.
    static let shards = 4

    /// Mutants per kind: 3,500, or `ADVISOR_MUTATIONS`.
    static let perKind: Int = ProcessInfo.processInfo.environment["ADVISOR_MUTATIONS"].flatMap { Int($0) }.map { max($0, 1) } ?? 3_500

    static let baseSeed: UInt64 = ProcessInfo.processInfo.environment["ADVISOR_MUTATION_SEED"].flatMap { UInt64($0) }
        ?? UInt64.random(in: 1...UInt64.max)

    static let policySeed: [UInt8] = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return Array((try? encoder.encode(Policy.builtIn)) ?? Data())
    }()

    static let caseSeeds: [[UInt8]] = BuiltInCases.files.map { Array($0.json.utf8) }

    /// Three valid intakes: the least there can be, every field, and Chinese text with nulls and fractions.
    static let intakeSeeds: [[UInt8]] = [
        #"{"category": "billing"}"#,
        #"""
        {"category": "product-quality", "severity": "severe", "fault": "own", "brokenPromises": 2, "type": "professional-complainer",
         "temperament": "emotional", "expectation": 3000, "bottomLine": 800, "orderValue": 4999, "tier": "agent",
         "customerValue": "valued", "said": ["The fridge broke again.", "I want triple compensation!"], "daysSinceSale": 6,
         "failedRepairs": 2, "distanceSale": true, "distanceSaleExempt": false, "fraud": false, "foodSafety": false}
        """#,
        "{\r\n  \"category\": \"installation-delay\",\r\n  \"severity\": \"minor\",\r\n  \"fault\": \"third-party\",\r\n"
            + "  \"type\": null,\r\n  \"temperament\": \"rational\",\r\n  \"expectation\": 120.5,\r\n  \"bottomLine\": null,\r\n"
            + "  \"tier\": \"supervisor\",\r\n  \"said\": [\"师傅说好今天来，又没来。\", \"\\u8bf7\\u5c3d\\u5feb\"],\r\n  \"daysSinceSale\": 0\r\n}",
    ].map { Array($0.utf8) }

    /// The intakes an accepted policy mutant is advised on: every field given, and everything left to estimate.
    static let fixedIntakes: [Intake] = {
        var full = Intake(category: .productQuality)
        full.severity = .critical
        full.brokenPromises = 3
        full.temperament = .emotional
        full.expectation = 50_000
        full.bottomLine = 2_000
        full.orderValue = 8_000
        full.daysSinceSale = 3
        full.failedRepairs = 2
        full.distanceSale = true
        full.fraud = true
        var bare = Intake(category: .logisticsDelay)
        bare.customerValue = .key
        return [full, bare]
    }()

    @Test func seedsAreValid() throws {
        let policy = try PolicyReader.read(Data(Self.policySeed), file: "policy.json")
        #expect(policy == Policy.builtIn)
        for (file, text) in zip(BuiltInCases.files.map(\.name), Self.caseSeeds) {
            _ = try TrainingCaseReader.read(Data(text), file: file)
        }
        for (n, text) in Self.intakeSeeds.enumerated() {
            let intake = try IntakeReader.read(Data(text), file: "intake-\(n).json")
            #expect(unsoundAdvice(.builtIn, intake, .en) == nil)
        }
        for intake in Self.fixedIntakes {
            #expect(unsoundAdvice(.builtIn, intake, .zh) == nil)
        }
    }

    @Test(arguments: Kind.allCases, 0..<shards)
    func mutantsAreReadOrRefusedClearly(kind: Kind, shard: Int) throws {
        let kindIndex = Kind.allCases.firstIndex(of: kind)!
        let seed = Self.baseSeed &+ UInt64(kindIndex * Self.shards + shard) &* 0x9E37_79B9_7F4A_7C15
        let count = Self.perKind / Self.shards + (shard < Self.perKind % Self.shards ? 1 : 0)
        var random = SplitMix64(seed: seed)
        let sources: [[UInt8]] = switch kind {
        case .policy: [Self.policySeed]
        case .trainingCase: Self.caseSeeds
        case .intake: Self.intakeSeeds
        }
        var mutators = sources.map { Mutator($0, random: SplitMix64(seed: random.next())) }
        let file = "\(kind.rawValue).json"
        var accepted = 0, refused = 0
        var failures: [String] = []
        for n in 0..<count {
            let source = Int.random(in: 0..<mutators.count, using: &random)
            let (bytes, operations) = mutators[source].mutant()
            let data = Data(bytes)
            var failure: String? = nil
            do {
                switch kind {
                case .policy:
                    let policy = try PolicyReader.read(data, file: file)
                    for (k, intake) in Self.fixedIntakes.enumerated() {
                        failure = failure ?? unsoundAdvice(policy, intake, k % 2 == 0 ? .en : .zh)
                    }
                case .trainingCase:
                    let trainingCase = try TrainingCaseReader.read(data, file: file)
                    failure = unsoundAnalysis(trainingCase, n % 2 == 0 ? .en : .zh)
                case .intake:
                    let intake = try IntakeReader.read(data, file: file)
                    failure = unsoundAdvice(.builtIn, intake, n % 2 == 0 ? .en : .zh)
                }
                accepted += 1
            } catch {
                refused += 1
                failure = unclearRefusal(error, file: file)
            }
            if let failure {
                failures.append("mutant \(n) of source \(source) [\(operations.joined(separator: "; "))]: \(failure)\n    \(preview(bytes))")
                if failures.count >= 10 { break }
            }
        }
        let context = "seed \(Self.baseSeed) (ADVISOR_MUTATION_SEED), \(kind.rawValue) shard \(shard) of \(Self.shards), \(count) mutants"
        #expect(failures.isEmpty, "\(context): \(failures.count) failed\n  \(failures.joined(separator: "\n  "))")
        // A generator that only ever breaks the file, or never does, tests half the reader.
        #expect(count < 100 || accepted >= count / 50, "\(context): only \(accepted) accepted")
        #expect(count < 100 || refused >= count / 2, "\(context): only \(refused) refused")
    }
}

