@testable import AdvisorCore
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
}
