@testable import AdvisorCore
import Foundation
import Testing

/// The advisor links FoundationEssentials only; the few Foundation methods it used are written in the project, and
/// these properties hold each to the Foundation method it replaced, on random inputs (the seed is printed on failure;
/// set PROPERTY_SEED to replay one).
@Suite struct FoundationReplacementTests {
    private static func seed() -> UInt64 {
        ProcessInfo.processInfo.environment["PROPERTY_SEED"].flatMap { UInt64($0) } ?? UInt64.random(in: 1...UInt64.max)
    }

    /// Loading Foundation (and ICU with it) took as long as the whole advice: the sources import FoundationEssentials.
    @Test func noSourceImportsFoundation() throws {
        let knowledge = OneWayToSayTests.sources.deletingLastPathComponent().appendingPathComponent("Knowledge")
        let enumerator = try #require(FileManager.default.enumerator(at: knowledge, includingPropertiesForKeys: nil))
        var files = try OneWayToSayTests.swiftFiles()
        for case let url as URL in enumerator where url.pathExtension == "swift" {
            files.append(("Knowledge" + url.path.dropFirst(knowledge.path.count), try String(contentsOf: url, encoding: .utf8)))
        }
        #expect(files.count > 100, "the sources were not found")
        let found = files.filter { $0.text.contains(/(?m)^\s*(@\w+\s+)*import\s+(struct\s+|func\s+|class\s+|enum\s+)?Foundation(\.\w+)*\s*$/) }
        #expect(found.isEmpty, "import FoundationEssentials (and Glibc) instead of Foundation in: \(found.map(\.path))")
    }

    @Test(arguments: [(0.125, 2, "0.12"), (0.375, 2, "0.38"), (2.5, 0, "2"), (3.5, 0, "4"), (-0.05, 1, "-0.1"),
                      (1e21, 2, "1000000000000000000000.00"), (12.3456, 1, "12.3")])
    func fixedPointRoundsAsPrintfDoes(value: Double, digits: Int, text: String) {
        #expect(FixedPoint.text(value, digits: digits) == text)
    }

    /// Property: `FixedPoint` writes what `String(format: "%.Nf")` writes, over amounts, shares, halves and extremes.
    @Test func fixedPointWritesWhatStringFormatWrites() {
        let seed = Self.seed()
        var random = SplitMix64(seed: seed)
        let specials: [Double] = [0, -0.0, 0.005, 0.015, 0.025, 1.005, 2.675, 1e15, 1.7976931348623157e308, 5e-324,
                                  .infinity, -.infinity, .nan]
        for index in 0..<20_000 {
            let value: Double = switch index % 4 {
            case 0: specials[Int.random(in: 0..<specials.count, using: &random)]
            case 1: Double(Int.random(in: -1_000_000...1_000_000, using: &random)) / 200
            case 2: Double.random(in: 0...1, using: &random)
            default: Double(bitPattern: random.next())
            }
            for digits in 0...2 {
                let expected = String(format: "%.\(digits)f", value)
                #expect(FixedPoint.text(value, digits: digits) == expected, "seed \(seed): \(value) with \(digits) decimals")
            }
            #expect(FixedPoint.percent(value, digits: 1) == String(format: "%.1f%%", value * 100), "seed \(seed): \(value)")
        }
    }

    /// Property: the path parts are `NSString`'s, for paths of names, dots and slashes. Doubled slashes are left out:
    /// `NSString` folds them at the start of a path and keeps them elsewhere, and either way the path names the same file.
    @Test func pathPartsAreNSStringsPathParts() {
        let seed = Self.seed()
        var random = SplitMix64(seed: seed)
        let pieces = ["a", "log.jsonl", ".", "..", "/", "日志", "b c", ".advisor"]
        for _ in 0..<20_000 {
            var path = (0..<Int.random(in: 0...5, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            while path.contains("//") { path = path.replacing("//", with: "/") }
            let name = ["x", "case.md", "日志.jsonl"].randomElement(using: &random)!
            let ns = path as NSString
            #expect(PathText.lastComponent(path) == ns.lastPathComponent, "seed \(seed): last component of \(path.debugDescription)")
            // Foundation's `deletingLastPathComponent` traps on a one-character name ("a", "a/"): the table below has those.
            var trimmed = Substring(path)
            while trimmed.count > 1, trimmed.last == "/" { trimmed = trimmed.dropLast() }
            if trimmed.count != 1 || trimmed == "/" {
                #expect(PathText.folder(path) == ns.deletingLastPathComponent, "seed \(seed): folder of \(path.debugDescription)")
            }
            #expect(PathText.appending(name, to: path) == ns.appendingPathComponent(name),
                    "seed \(seed): \(name.debugDescription) appended to \(path.debugDescription)")
        }
    }

    /// `advise --log a` crashed when the advisor used `NSString` (issue 12's closing note): a one-character name is a path.
    @Test(arguments: [("a//b", "a", "b"), ("a/b//", "a", "b"), ("//", "/", "/"), ("a", "", "a"), ("a/", "", "a"), (".", "", "."),
                      ("日", "", "日"), ("/a", "/", "a")])
    func shortAndDoubledPathsHaveTheirParts(path: String, folder: String, last: String) {
        #expect(PathText.folder(path) == folder)
        #expect(PathText.lastComponent(path) == last)
    }

    /// Property: trimming and the letter-or-digit check answer as `CharacterSet` does.
    @Test func trimmingAndLettersAreCharacterSets() {
        let seed = Self.seed()
        var random = SplitMix64(seed: seed)
        let pieces = [" ", "\t", "\n", "\r\n", "\u{3000}", "\u{A0}", "\u{2028}", "\u{2029}", "\u{85}", "\u{B}", "\u{C}", "a", "职", "1", "é", "e\u{301}", "-"]
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...6, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            #expect(text.trimmingSpaces == text.trimmingCharacters(in: .whitespaces), "seed \(seed): \(text.debugDescription)")
            #expect(text.trimmingLineBreaks == text.trimmingCharacters(in: .newlines), "seed \(seed): \(text.debugDescription)")
        }
        // The Basic Multilingual Plane, and scalars up to Unicode 15.1: Foundation's table does not know later ones, nor
        // some letters beyond the plane (Tangut), where the Unicode categories this check reads are the better answer.
        for value in 0...0xFFFF {
            guard let scalar = Unicode.Scalar(value), let age = scalar.properties.age,
                  (age.major, age.minor) <= (15, 1) else { continue }
            #expect(scalar.isAlphanumeric == CharacterSet.alphanumerics.contains(scalar), "U+\(String(value, radix: 16))")
        }
    }
}
