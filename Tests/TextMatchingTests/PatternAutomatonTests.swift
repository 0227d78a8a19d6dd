import AdvisorCore
import Testing
import TextMatching

@Suite struct PatternAutomatonTests {
    @Test func findsOverlappingAndNestedPhrases() {
        let automaton = PatternAutomaton(patterns: ["he", "she", "his", "hers"])
        let found = automaton.matches(in: "ushers").map { automaton.patterns[$0.pattern] }
        #expect(Set(found) == ["she", "he", "hers"])
    }

    @Test func positionsAreScalarOffsetsIntoTheOriginal() throws {
        let automaton = PatternAutomaton(patterns: ["王总"])
        let match = try #require(automaton.matches(in: "我认识你们王总").first)
        #expect(match.start == 5 && match.end == 7)
    }

    @Test(arguments: [("我認識你們老闆", "认识"), ("ＴＨＲＥＥ　ＴＩＭＥＳ", "three times"), ("I DON’T KNOW HOW", "don't know how")])
    func foldsTraditionalWidthCaseAndApostrophes(text: String, phrase: String) {
        #expect(!PatternAutomaton(patterns: [phrase]).matches(in: text).isEmpty)
    }

    /// Property: the automaton finds exactly the occurrences a naive search finds, on seeded random texts.
    @Test func agreesWithANaiveSearch() {
        let seed = UInt64.random(in: 1...UInt64.max)
        var random = SplitMix64(seed: seed)
        let alphabet = Array("ab职业 ")
        func word(_ length: ClosedRange<Int>) -> String {
            String((0..<Int.random(in: length, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
        }
        for _ in 0..<300 {
            let patterns = (0..<Int.random(in: 1...8, using: &random)).map { _ in word(1...4) }
            let text = word(0...40)
            let automaton = PatternAutomaton(patterns: patterns)
            let found = automaton.matches(in: text).map { "\($0.pattern)@\($0.start)" }.sorted()
            let scalars = Array(text.unicodeScalars)
            var expected: [String] = []
            for (index, pattern) in patterns.enumerated() {
                let p = Array(pattern.unicodeScalars)
                guard !p.isEmpty, p.count <= scalars.count else { continue }
                for start in 0...(scalars.count - p.count) where Array(scalars[start..<start + p.count]) == p {
                    expected.append("\(index)@\(start)")
                }
            }
            #expect(found == expected.sorted(), "seed \(seed): \(patterns) in '\(text)'")
        }
    }

    @Test func utf8ScanAgreesWithTheScalarScanEvenOnBadBytes() {
        let automaton = PatternAutomaton(patterns: ["王总", "boss", "认识"])
        let bytes: [UInt8] = Array("我认识".utf8) + [0xFF, 0xC3] + Array("你们王总 boss".utf8)
        var scalars: [UInt32] = [], offsets: [Int32] = [], matches: [PatternAutomaton.Match] = []
        let count = bytes.withUnsafeBufferPointer { automaton.scan(utf8: $0, scalars: &scalars, byteOffsets: &offsets, matches: &matches) }
        #expect(matches.map(\.pattern) == [2, 0, 1])
        #expect(count == 14, "我认识, two bad bytes read as U+FFFD, 你们王总, a space, boss")
        #expect(scalars[3] == 0xFFFD && scalars[4] == 0xFFFD)
        #expect(matches.map(\.pattern) == automaton.matches(in: String(decoding: bytes, as: UTF8.self)).map(\.pattern))
    }
}
