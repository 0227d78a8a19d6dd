import AdvisorCLI
import Foundation
import Testing

/// The cards the README shows are the cards the advisor prints (run scripts/refresh-readme-examples.py after a change).
@Suite struct ReadmeExampleTests {
    static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("README.md")

    /// One `$ advisor advise …` example: its line in the README, its arguments and the output printed under it.
    struct Example: CustomTestStringConvertible {
        var line: Int
        var arguments: [String]
        var shown: [String]
        var testDescription: String { "README.md:\(line)" }
    }

    /// The examples the refresh script keeps: plain `advise` commands whose output is a card, not JSON or a file.
    static func examples() throws -> [Example] {
        let lines = try String(contentsOf: readme, encoding: .utf8).components(separatedBy: "\n")
        var examples: [Example] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            guard line.hasPrefix("$ advisor advise "), !["--json", "|", "--batch", "<", ">"].contains(where: line.contains) else {
                index += 1
                continue
            }
            var command = String(line.dropFirst(2))
            var next = index + 1
            while command.hasSuffix("\\") {
                command = command.dropLast() + " " + lines[next].trimmingCharacters(in: .whitespaces)
                next += 1
            }
            var end = next
            while lines[end] != "```" { end += 1 }
            examples.append(Example(line: index + 1, arguments: try words(command).dropFirst().map { $0 }, shown: Array(lines[next..<end])))
            index = end
        }
        return examples
    }

    /// The command's words as a shell splits them, for the quoting the README uses: single and double quotes.
    static func words(_ command: String) throws -> [String] {
        var words: [String] = [], current = "", quote: Character?, inWord = false
        for character in command {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "'" || character == "\"" {
                quote = character
                inWord = true
            } else if character == " " {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(character)
                inWord = true
            }
        }
        try #require(quote == nil, "an unclosed quote in \(command)")
        if inWord { words.append(current) }
        return words
    }

    @Test func theReadmeShowsCards() throws {
        #expect(try Self.examples().count >= 2)
    }

    @Test(arguments: try ReadmeExampleTests.examples())
    func theCardUnderEachExampleIsWhatTheAdvisorPrints(_ example: Example) {
        let result = advisor(example.arguments)
        #expect(result.status == 0, "\(result.stderr)")
        let printed = result.stdout.hasSuffix("\n") ? String(result.stdout.dropLast()) : result.stdout
        #expect(printed.components(separatedBy: "\n") == example.shown, "run: python3 scripts/refresh-readme-examples.py")
    }
}
