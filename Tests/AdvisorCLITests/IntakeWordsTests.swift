import AdvisorCLI
import Foundation
import Knowledge
import Testing

/// What the customer's words show on the card, whether they came through the interactive intake or `advise --said`.
@Suite struct IntakeWordsTests {
    func draftPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("draft-\(UUID().uuidString).json").path
    }

    /// The furniture answers after the words: category, severity, fault, broken promises, then the type and temperament
    /// as `type` and `temperament` say ("" takes the question's default, which is what the words read), then the money.
    func answers(said: String, type: String = "", temperament: String = "") -> [String] {
        [said, "4", "3", "1", "2", type, temperament, "3000", "500", "12000", "", "", "", "", ""]
    }

    func lines(_ text: String) -> [String] { text.split(separator: "\n").map(String.init) }

    /// Talk of self-harm typed as the customer's words puts the protocol first on the intake's card, in either language.
    @Test(arguments: [
        (Language.en, "I will kill myself if this is not fixed", "⚠ talk of self-harm: Put the complaint aside", "Words: "),
        (Language.zh, "再不解决我就不想活了", "⚠ 提到轻生或自伤：先放下投诉", "原话："),
    ])
    func theIntakeCardOpensWithTheSafetyProtocol(language: Language, said: String, protocolStart: String, wordsLabel: String) throws {
        let result = advisor(["intake", "--draft", draftPath(), "--lang", language.rawValue], input: answers(said: said))
        #expect(result.status == 0, "\(result.stderr)")
        let card = lines(result.stdout)
        let first = try #require(card.firstIndex { $0.hasPrefix("⚠") }, "no safety line in:\n\(result.stdout)")
        #expect(card[first].hasPrefix(protocolStart), "\(card[first])")
        // The protocol leads the card itself: nothing of the advice comes before it.
        let adviceLine = try #require(card.firstIndex { $0.hasPrefix(language == .en ? "Advice · " : "建议 · ") })
        #expect(first < adviceLine)
        #expect(card.contains { $0.hasPrefix(wordsLabel) }, "the card says what was read in the words")
    }

    /// A type the agent picked in the intake stays, and the words line says the words read otherwise.
    @Test func theAgentsTypeAnswerStandsOverTheWords() throws {
        let said = "I know your CEO personally, he will hear about this"
        let picked = advisor(["intake", "--draft", draftPath(), "--lang", "en"], input: answers(said: said, type: "time-killer"))
        #expect(picked.status == 0, "\(picked.stderr)")
        let card = lines(picked.stdout)
        #expect(card.contains { $0.hasPrefix("Customer: Time-killer") }, "\(picked.stdout)")
        let words = try #require(card.firstIndex { $0.hasPrefix("Words: ") })
        #expect(card[words].hasPrefix("Words: Name-dropper · Rational (your own answer stands)"), "\(card[words])")
        // "Not sure" is an answer too: the words do not fill it in behind the agent's back.
        let unsure = advisor(["intake", "--draft", draftPath(), "--lang", "en"], input: answers(said: said, type: "0"))
        #expect(lines(unsure.stdout).contains { $0.hasPrefix("Customer: Rational") }, "\(unsure.stdout)")
        #expect(!lines(unsure.stdout).contains { $0.hasPrefix("Customer: Name-dropper") })
        #expect(unsure.stdout.contains("Words: Name-dropper · Rational (your own answer stands)"), "\(unsure.stdout)")
        let neither = advisor(["intake", "--draft", draftPath(), "--lang", "en"], input: answers(said: said, type: "0", temperament: "0"))
        let customer = try #require(lines(neither.stdout).first { $0.hasPrefix("Customer: ") }, "\(neither.stdout)")
        #expect(!customer.contains("Name-dropper") && !customer.contains("Rational"), "\(customer)")
        // Taking the words' own reading as the answer is no disagreement.
        let accepted = advisor(["intake", "--draft", draftPath(), "--lang", "en"], input: answers(said: said))
        #expect(lines(accepted.stdout).contains { $0.hasPrefix("Customer: Name-dropper") }, "\(accepted.stdout)")
        #expect(!accepted.stdout.contains("your own answer stands"), "\(accepted.stdout)")
    }

    @Test(arguments: [
        (Language.en, "I know your CEO personally, he will hear about this", "(your own answer stands)"),
        (Language.zh, "我认识你们老总，这事他会知道的", "（与你的回答不同，以你的为准）"),
    ])
    func aTypeGivenWithTheWordsIsMarkedOnlyWhenItDiffers(language: Language, said: String, mark: String) {
        let base = ["advise", "--category", "billing", "--said", said, "--lang", language.rawValue]
        let same = advisor(base + ["--type", "name-dropper"])
        let other = advisor(base + ["--type", "time-killer"])
        #expect(same.status == 0 && other.status == 0)
        #expect(!same.stdout.contains(mark), "\(same.stdout)")
        #expect(other.stdout.contains(mark), "\(other.stdout)")
    }

    /// The flags come last on the words line; on an 80-column card they wrap to a second line rather than being cut.
    @Test func theFlagsOnTheWordsLineAreNotCutOff() throws {
        let result = advisor(["advise", "--category", "installation-delay", "--type", "time-killer", "--lang", "en",
                              "--said", "I want a full refund now or I'll call the press, I know your CEO"])
        #expect(result.status == 0, "\(result.stderr)")
        let card = lines(result.stdout)
        let words = try #require(card.firstIndex { $0.hasPrefix("Words: ") })
        let shown = card[words] + " " + card[words + 1].trimmingCharacters(in: .whitespaces)
        #expect(shown.contains("flags: threat (regulator, media, lawyer), status claimed"), "\(shown)")
        #expect(card.allSatisfy { $0.count <= 80 })
    }
}
