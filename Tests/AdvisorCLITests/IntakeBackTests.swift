import AdvisorCore
import Foundation
import Knowledge
import Testing

/// Going back in the intake and resuming a draft, read from the transcript an agent at a terminal sees.
@Suite struct IntakeBackTests {
    /// The furniture case's answers (said, category 4, severity 3, fault 1, 2 promises, type 4, temperament 2,
    /// 3000, 500, 12000, legal facts), as in the dialogue tests.
    static let furniture = IntakeDialogueTests.furnitureAnswers

    func draftPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("back-\(UUID().uuidString).json").path
    }

    /// Runs the intake at a terminal, so stdout holds every prompt and then the advice as JSON.
    func intake(_ input: [String], _ extra: [String] = [], draft: String? = nil, language: Language = .en) -> Outcome {
        advisor(["intake", "--draft", draft ?? draftPath(), "--json", "--lang", language.rawValue] + extra, input: input, terminal: true)
    }

    /// The advice printed after the transcript: the JSON starts on the first line that starts with "{".
    func advice(_ result: Outcome) throws -> Advice {
        let start = try #require(result.stdout.range(of: "\n{\n"), "no advice in: \(result.stdout)")
        return try decode(Advice.self, from: String(result.stdout[start.lowerBound...]))
    }

    /// Each question's heading as shown, "(N/M) prompt", in the order asked.
    func headings(_ transcript: String) -> [(number: String, prompt: String)] {
        transcript.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("("), let close = line.firstIndex(of: ")"), line[line.index(after: line.startIndex)..<close].contains("/") else { return nil }
            return (String(line[...close]), String(line[line.index(after: close)...]))
        }
    }

    /// The type question says how sure the reading is, or what to ask when the words do not decide.
    @Test func theTypeQuestionShowsTheConfidenceOrAQuestion() throws {
        let sure = intake(["我认识你们王总，你看着办"] + Self.furniture.dropFirst())
        #expect(sure.stdout.contains("(read from their words: Name-dropper; Enter to confirm)\n  (high confidence"), "\(sure.stdout)")
        let unsure = intake(["my parcel is late, where is it?"] + Self.furniture.dropFirst())
        #expect(unsure.stdout.contains("(the words don't decide; to tell "), "\(unsure.stdout)")
    }

    @Test func enterAfterGoingBackKeepsTheSeverityGiven() throws {
        // 3 is "severe" in the list shown; Enter on a fresh severity question gives "moderate".
        let input = Array(Self.furniture.prefix(3)) + ["b", ""] + Self.furniture.dropFirst(3)
        let result = intake(input)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(try advice(result).intake.severity == .severe)
        let severityPrompts = result.stdout.components(separatedBy: "Severity\n").dropFirst().map { $0.components(separatedBy: "\n").dropFirst().first ?? "" }
        #expect(severityPrompts == ["> [2] ", "> [3] "], "the second time, 3 is the default shown")
    }

    @Test func enterAfterGoingBackKeepsTheExpectationGiven() throws {
        let input = Array(Self.furniture.prefix(7)) + ["500", "b", ""] + Self.furniture.dropFirst(8)
        let result = intake(input)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let advice = try advice(result)
        #expect(advice.intake.expectation == 500)
        #expect(!advice.estimated.expectation, "a given expectation is not estimated")
        #expect(result.stdout.contains("(Enter keeps the earlier answer; - clears it)\n> [500] "))
    }

    @Test func aDashClearsAnEarlierAnswerSoItIsEstimated() throws {
        let input = Array(Self.furniture.prefix(7)) + ["500", "b", "-"] + Self.furniture.dropFirst(8)
        let advice = try advice(intake(input))
        #expect(advice.intake.expectation == nil)
        #expect(advice.estimated.expectation)
    }

    /// A goods category adds the days, product and wanted-fix questions, so the total is 15 from the first question on.
    @Test func goingBackAndForthKeepsEveryQuestionsNumber() throws {
        // Back from fault to category, then Enter twice to keep category and severity as they were.
        let input = ["", "1", "3", "b", "b", "", "", "1", "0", "", "", "", "", "", "5", "", "", "", ""]
        let result = intake(input)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let shown = headings(result.stdout)
        #expect(shown.count == input.count, "one question shown per line typed")
        for prompt in Set(shown.map(\.prompt)) {
            let numbers = shown.filter { $0.prompt == prompt }.map(\.number)
            #expect(Set(numbers).count == 1, "\(prompt) was shown as \(numbers)")
        }
        #expect(shown.prefix(8).map(\.number) == ["(1/15)", "(2/15)", "(3/15)", "(4/15)", "(3/15)", "(2/15)", "(3/15)", "(4/15)"])
    }

    @Test func changingTheCategoryDropsAnAnswerNoLongerAsked() throws {
        // Product quality asks days since sale; after going back to billing, that answer must not count.
        let firstPass = ["", "1", "3", "1", "0", "", "", "", "", "", "5"]
        let input = firstPass + Array(repeating: "b", count: 10) + ["7"] + Array(repeating: "", count: 10)
        let result = intake(input)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let intake = try advice(result).intake
        #expect(intake.category == .billing && intake.daysSinceSale == nil)
        #expect(intake.severity == .severe)
    }

    @Test(arguments: [
        (Language.en, ["Resuming: Installation or repair delay · severe · our fault · 2 broken promises",
                       "          They said: “Three times nobody came to install it!”"]),
        (Language.zh, ["继续接诉：安装或维修延误 · 严重 · 我方责任 · 已失约 2 次",
                       "          客户原话：“Three times nobody came to install it!”"]),
    ])
    func resumeSaysWhoseCallItIsBeforeTheNextQuestion(language: Language, summary: [String]) throws {
        let draft = draftPath()
        let said = "Three times nobody came to install it!"
        let left = intake([said] + Self.furniture[1...4], draft: draft, language: language)
        #expect(left.status == 1)
        let resumed = intake(Array(Self.furniture.dropFirst(5)), ["--resume"], draft: draft, language: language)
        #expect(resumed.status == 0, "stderr: \(resumed.stderr)")
        let lines = resumed.stdout.components(separatedBy: "\n")
        let summaryAt = try #require(lines.firstIndex(of: summary[0]), "no summary in: \(resumed.stdout)")
        #expect(Array(lines[summaryAt...].prefix(2)) == summary)
        let nextQuestion = try #require(lines.firstIndex { $0.hasPrefix("(6/12) ") })
        #expect(summaryAt < nextQuestion)
    }

    @Test func resumeFromAPipeSaysWhoseCallItIsOnStandardError() throws {
        let draft = draftPath()
        _ = advisor(["intake", "--draft", draft, "--json"], input: Array(Self.furniture.prefix(8)))
        let resumed = advisor(["intake", "--draft", draft, "--resume", "--json"], input: Array(Self.furniture.dropFirst(8)))
        #expect(resumed.status == 0)
        #expect(resumed.stderr.hasPrefix("Resuming: Installation or repair delay · severe · our fault · 2 broken promises\n"
            + "          Unreasonable · Emotional · expects 3000\n"))
        #expect(try decode(Advice.self, from: resumed.stdout).intake.expectation == 3000, "stdout stays the advice alone")
    }
}
