@testable import AdvisorCore
import Foundation
import Testing

@Suite struct TextLayoutTests {
    @Test(arguments: [("abc", 3), ("职业", 4), ("a职b", 4), ("，。", 4), ("", 0), ("Ａ", 2)])
    func displayWidthCountsWideCharactersTwice(text: String, width: Int) {
        #expect(TextLayout.displayWidth(text) == width)
    }

    /// The check by scalar that keeps punctuation off the start of a line answers as the set it stands for.
    @Test func theLineStartCheckIsTheSet() {
        let others: [Character] = ["a", "中", "A", "，\u{301}", ".\u{20DD}", "(", "（", "《", "\u{FE50}", "😀", " ", "-"]
        for character in Array(TextLayout.noLineStart) + others {
            #expect(TextLayout.mayNotStartLine(character) == TextLayout.noLineStart.contains(character), "\(character)")
        }
        for character in Array(TextLayout.noLineEnd) + others {
            #expect(TextLayout.mayNotEndLine(character) == TextLayout.noLineEnd.contains(character), "\(character)")
        }
    }

    /// Property: laying out by scalar gives what laying out character by character gives, whatever the text mixes:
    /// Chinese and Latin, punctuation of both, combining marks, joined emoji, CR LF, Hangul jamo, controls.
    @Test func walkingByScalarLaysOutAsWalkingByCharacter() {
        let environment = ProcessInfo.processInfo.environment
        let seed = environment["PROPERTY_SEED"].flatMap { UInt64($0) } ?? UInt64.random(in: 1...UInt64.max)
        var random = SplitMix64(seed: seed)
        let pieces = ["a", "bb", "word", "300", "元", "职", "，", "。", "、", "：", "“", "”", "（", "）", "(", ")", "…", " ", "  ",
                      "\n", "\t", "e\u{301}", "\u{301}", "，\u{301}", "\u{200D}", "👩\u{200D}💻", "⚠\u{FE0F}", "\r\n", "\r",
                      "\u{1100}\u{1161}", "한", "\u{3099}", "ｶ\u{FF9E}", "\u{7}", "─", "━", "→", "—", "ß", "\u{AD}", "🇨🇳",
                      "é", "€", "𠀀", "\u{7F}", "\u{85}", "ｱ"]
        for _ in 0..<(environment["PROPERTY_RUNS"].flatMap(Int.init) ?? 5000) {
            let text = (0..<Int.random(in: 0...30, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let width = Int.random(in: 1...30, using: &random)
            let indent = ["", "  ", "⚠ ", "一"].randomElement(using: &random)!
            #expect(TextLayout.displayWidth(text) == CharacterByCharacterLayout.displayWidth(text),
                    "seed \(seed): width of \(text.debugDescription)")
            #expect(TextLayout.wrap(text, width: width, indent: indent) == CharacterByCharacterLayout.wrap(text, width: width, indent: indent),
                    "seed \(seed): wrapping \(text.debugDescription) to \(width)")
            #expect(TextLayout.truncate(text, to: width) == CharacterByCharacterLayout.truncate(text, to: width),
                    "seed \(seed): cutting \(text.debugDescription) to \(width)")
        }
    }

    @Test func wrapsLatinTextAtSpaces() {
        let lines = TextLayout.wrap("the quick brown fox jumps over", width: 10)
        #expect(lines == ["the quick", "brown fox", "jumps over"])
    }

    @Test func wrapsChineseBetweenCharactersButKeepsPunctuationWithTheTextBefore() {
        let lines = TextLayout.wrap("一二三四，五六七八。", width: 8)
        #expect(lines == ["一二三", "四，五六", "七八。"])
        for line in lines { #expect(!line.hasPrefix("，") && !line.hasPrefix("。")) }
    }

    @Test func anOpeningQuoteOrBracketNeverEndsALine() {
        let lines = TextLayout.wrap("一二三四“五六”七八", width: 10)
        #expect(lines == ["一二三四", "“五六”七八"])
        let bracket = TextLayout.wrap("一二三四（五六）", width: 10)
        #expect(bracket == ["一二三四", "（五六）"])
    }

    @Test func aNumberKeepsItsUnitOnItsLine() {
        let lines = TextLayout.wrap("一二三四（200元）", width: 12)
        #expect(lines == ["一二三四", "（200元）"])
    }

    @Test func hangingIndentGoesOnLaterLines() {
        let lines = TextLayout.wrap("one two three four", width: 10, indent: "- ", hangingIndent: "  ")
        #expect(lines == ["- one two", "  three", "  four"])
    }

    @Test func overlongWordIsCutRatherThanOverflowing() {
        let lines = TextLayout.wrap(String(repeating: "x", count: 25), width: 10)
        #expect(lines.map(\.count) == [10, 10, 5])
    }

    @Test func truncateAddsAnEllipsisOnlyWhenCutting() {
        #expect(TextLayout.truncate("short", to: 10) == "short")
        #expect(TextLayout.truncate("投诉处理助手", to: 7) == "投诉处…")
    }

    /// Property: wrapped lines never exceed the width and keep every non-space character in order.
    @Test func wrappingNeverOverflowsAndLosesNothing() {
        let seed = UInt64.random(in: 1...UInt64.max)
        var random = SplitMix64(seed: seed)
        let pieces = ["a", "bb", "ccc", "longerword", "职", "业", "，", "。", " ", " ", "“", "”", "x-y", "（", "）"]
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...40, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let width = Int.random(in: 4...40, using: &random)
            let lines = TextLayout.wrap(text, width: width, indent: "  ")
            for line in lines {
                #expect(TextLayout.displayWidth(line) <= width, "seed \(seed): '\(line)' is wider than \(width) in '\(text)'")
            }
            let kept = lines.joined().filter { $0 != " " }
            #expect(kept == text.filter { $0 != " " }, "seed \(seed): text changed while wrapping '\(text)'")
        }
    }

    /// Property: the card's own helpers for plain strings answer as the standard library's general ones.
    @Test func theCardsStringHelpersAnswerAsTheStandardLibrary() {
        let environment = ProcessInfo.processInfo.environment
        let seed = environment["PROPERTY_SEED"].flatMap { UInt64($0) } ?? UInt64.random(in: 1...UInt64.max)
        var random = SplitMix64(seed: seed)
        let pieces = ["a", "元", " ", "  ", "\n", "\n\n", "\r\n", "\r", "e\u{301}", "\u{600} ", " \u{301}", "，", "↳"]
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...12, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            #expect(text.nonEmptyLines == text.split(separator: "\n").map(String.init), "seed \(seed): lines of \(text.debugDescription)")
            var characters = Substring(text)
            while characters.last == " " { characters = characters.dropLast() }
            #expect(text.trailingWhitespaceTrimmed == String(characters), "seed \(seed): trimming \(text.debugDescription)")
            let parts = (0..<Int.random(in: 0...5, using: &random)).map { _ in pieces.randomElement(using: &random)! }
            let separator = ["", " · ", "、", "\n"].randomElement(using: &random)!
            // The standard library's, reached through a sequence so that the array's own overload is not chosen.
            let expected = AnySequence(parts).joined(separator: separator)
            #expect(parts.joined(separator: separator) == expected, "seed \(seed): joining \(parts)")
            #expect(parts.joined() == AnySequence(parts).joined(), "seed \(seed): joining \(parts)")
        }
    }
}
