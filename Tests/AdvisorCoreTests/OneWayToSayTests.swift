import Foundation
import Testing

/// Text reaches a language through named `Bilingual` tables only, so a new `Language` case cannot compile while any
/// text lacks it; a ternary on the language would quietly show English instead.
@Suite struct OneWayToSayTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources")

    /// Every Swift file under Sources/, with its path relative to the repository.
    static func swiftFiles() throws -> [(path: String, text: String)] {
        let enumerator = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        var files: [(String, String)] = []
        for case let url as URL in enumerator where url.pathExtension == "swift" {
            files.append(("Sources" + url.path.dropFirst(sources.path.count), try String(contentsOf: url, encoding: .utf8)))
        }
        return files.sorted { $0.0 < $1.0 }
    }

    @Test func noSourceChoosesTextByATernaryOnTheLanguage() throws {
        // `zh ? a : b`, `language == .zh ? a : b`, `lang == .en ? a : b`, and the same with `!=`.
        let ternary = /(\bzh|\.zh|\.en)\s*\?\s/
        let files = try Self.swiftFiles()
        #expect(files.count > 50, "the sources were not found at \(Self.sources.path)")
        var found: [String] = []
        for file in files {
            // The whole text, not line by line: a ternary is often split after its condition.
            for match in file.text.matches(of: ternary) {
                let lineStart = file.text[..<match.range.lowerBound].lastIndex(of: "\n").map { file.text.index(after: $0) } ?? file.text.startIndex
                let line = file.text[lineStart...].prefix { $0 != "\n" }
                if line.trimmingCharacters(in: .whitespaces).hasPrefix("//") { continue }
                let number = file.text[..<match.range.lowerBound].filter { $0 == "\n" }.count + 1
                found.append("\(file.path):\(number): \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
        #expect(found.isEmpty, "put these texts in a named Bilingual table:\n\(found.joined(separator: "\n"))")
    }

    @Test func theCheckFindsATernaryWhenOneIsWritten() {
        let ternary = /(\bzh|\.zh|\.en)\s*\?\s/
        #expect("let s = language == .zh ? \"你好\" : \"hello\"".contains(ternary))
        #expect("return zh ? a : b".contains(ternary))
        #expect("write(language == .zh\n    ? \"你好\"\n    : \"hello\")".contains(ternary))
        #expect(!"let t = Bilingual(zh: \"你好\", en: \"hello\").text(language)".contains(ternary))
    }
}
