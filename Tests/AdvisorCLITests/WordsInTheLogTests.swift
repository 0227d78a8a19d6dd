import AdvisorCore
import Foundation
import Testing

/// The customer's words reach the audit log only when asked, and then masked; what they showed stays either way.
@Suite struct WordsInTheLogTests {
    static let said = "我的电话是13800138000，退300元就行，我认识你们王总"

    static func temporaryLog() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("words-\(UUID().uuidString).jsonl").path
    }

    /// The log's text as it is on disk.
    static func bytes(_ log: String) throws -> String {
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: log)), as: UTF8.self)
    }

    static func occurrences(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test func byDefaultTheLogHoldsNoWordsButWhatTheyShowed() throws {
        let log = Self.temporaryLog()
        let result = advisor(["advise", "--category", "billing", "--said", Self.said, "--log", log])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Words: "), "the card still reads the words")
        let text = try Self.bytes(log)
        #expect(!text.contains("13800138000") && !text.contains("退300元") && !text.contains("王总"), "words in the log: \(text)")
        // Both the intake and the advice's copy of it are without words, and the record says how many lines there were.
        #expect(Self.occurrences("\"said\":[]", in: text) == 2)
        #expect(text.hasSuffix(",\"words\":{\"kept\":\"no\",\"lines\":1}}}\n"), "\(text.suffix(80))")
        // What the words showed stays for whoever audits the call: the type read from them and the cue that counted.
        #expect(text.contains("\"typeFromWords\":true") && text.contains("\"type\":\"name-dropper\""))
    }

    @Test(arguments: [["--keep-words"], []])
    func keptWordsAreMasked(flag: [String]) throws {
        let log = Self.temporaryLog()
        let environment = ["LANG": "en_US.UTF-8"].merging(flag.isEmpty ? ["ADVISOR_KEEP_WORDS": "1"] : [:]) { $1 }
        let result = advisor(["advise", "--category", "billing", "--said", Self.said, "--log", log] + flag, environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        let text = try Self.bytes(log)
        #expect(Self.occurrences("\"said\":[\"我的电话是[phone]，退300元就行，我认识你们王总\"]", in: text) == 2, "\(text)")
        #expect(!text.contains("13800138000"))
        #expect(text.hasSuffix(",\"words\":{\"kept\":\"masked\",\"lines\":1}}}\n"), "\(text.suffix(80))")
    }

    @Test(arguments: [false, true])
    func theBatchLogsWordsTheSameWay(keep: Bool) throws {
        let lines = ["{\"category\": \"billing\", \"said\": [\"card 4111 1111 1111 1111 twice\", \"mail li@example.com\"]}",
                     "{\"category\": \"product-quality\"}"]
        let input = try temporaryFile(lines.joined(separator: "\n") + "\n", suffix: ".jsonl")
        let log = Self.temporaryLog()
        let result = advisor(["advise", "--batch", input, "--log", log] + (keep ? ["--keep-words"] : []))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("card 4111 1111 1111 1111 twice"), "the output is the agent's, words and all")
        // Past the log's header line.
        let logged = Array(try Self.bytes(log).split(separator: "\n").map(String.init).dropFirst())
        #expect(logged.count == 2)
        let expected = keep ? "\"said\":[\"card [card] twice\",\"mail [email]\"]" : "\"said\":[]"
        #expect(Self.occurrences(expected, in: logged[0]) == 2, "\(logged[0])")
        #expect(logged[0].hasSuffix(",\"words\":{\"kept\":\"\(keep ? "masked" : "no")\",\"lines\":2}}}"))
        #expect(!logged[1].contains("\"words\":"), "an intake without words gets no note about them")
        #expect(!logged.joined().contains("4111") && !logged.joined().contains("li@example.com"))
    }

    /// The intake reads the words to propose a type and to show their flags; the record keeps that reading, without the words.
    @Test func theIntakeKeepsTheReadingNotTheWords() throws {
        let log = Self.temporaryLog()
        let draft = FileManager.default.temporaryDirectory.appendingPathComponent("draft-\(UUID().uuidString).json").path
        let answers = ["我认识你们王总，电话13800138000"] + IntakeDialogueTests.furnitureAnswers.dropFirst()
        let result = advisor(["intake", "--draft", draft, "--log", log], input: answers)
        #expect(result.status == 0, "\(result.stderr)")
        let text = try Self.bytes(log)
        #expect(!text.contains("13800138000") && !text.contains("王总"))
        #expect(text.contains("\"words\":{\"kept\":\"no\",\"lines\":1}"), "\(text.suffix(300))")
        // The advice's own reading, beside the type the agent chose.
        #expect(text.contains("\"words\":{\"cues\":[\"我认识你们\"],\"flags\":[\"status-claim\"],"), "\(text.prefix(2000))")
        #expect(text.contains("\"type\":\"name-dropper\",\"typeFromWords\":false"))
        #expect(text.contains("\"type\":\"unreasonable\",\"typeName\""), "the agent's answer is the advice's type")
    }

    @Test func aVariableThatIsNeitherOneNorZeroIsRefused() {
        let result = advisor(["advise", "--category", "billing", "--log", Self.temporaryLog()],
                             environment: ["LANG": "en_US.UTF-8", "ADVISOR_KEEP_WORDS": "yes"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("ADVISOR_KEEP_WORDS does not take 'yes'; use one of 1|0"), "\(result.stderr)")
    }
}
