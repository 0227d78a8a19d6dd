import Foundation
import AdvisorCore
import Knowledge
import Testing

/// Typed amounts are plain decimals within a sane bound, so no spelling a number parser tolerates moves a ladder.
@Suite struct TypedAmountTests {
    @Test(arguments: [("200", 200.0), ("49.5", 49.5), ("0", 0), ("007", 7), ("0.125", 0.125), ("1000000000000", 1e12)])
    func plainDecimalsAreRead(text: String, value: Double) {
        #expect(TypedAmount.value(text) == value)
    }

    @Test(arguments: [
        ("0x10", TypedAmount.Problem.notDecimal), ("0x1p7", .notDecimal), ("1e3", .notDecimal), ("-3", .notDecimal),
        ("+3", .notDecimal), (" 3", .notDecimal), ("3.", .notDecimal), (".5", .notDecimal), ("1.2.3", .notDecimal),
        ("inf", .notDecimal), ("nan", .notDecimal), ("", .notDecimal), ("１００", .notDecimal), ("1,000", .notDecimal),
        ("1.23456", .tooManyDecimals), ("1000000000000.01", .tooLarge), ("99999999999999999999", .tooLarge),
        (String(repeating: "9", count: 400), .tooLarge),
    ])
    func anythingElseIsRefusedWithItsReason(text: String, problem: TypedAmount.Problem) {
        #expect(TypedAmount.read(text) == .failure(problem), "\(text.prefix(20))")
    }

    /// The intake's amount questions read the same way: a hex answer is asked again, not taken as 16.
    @Test func theQuestionnaireRefusesAHexAnswer() throws {
        let question = try #require(Questionnaire.questions.first { $0.id == "expectation" })
        #expect(throws: Questionnaire.AnswerProblem.notAnAmount) { try Questionnaire.read("0x10", for: question, answers: [:]) }
        #expect(try Questionnaire.read("16", for: question, answers: [:]) == "16")
    }
}

/// An intake file's amounts have the same bound, and the refusal shows the figure short.
@Suite struct IntakeAmountBoundTests {
    @Test func aHugeExpectationIsRefusedWithItsPathAndAShortFigure() throws {
        let json = #"{"category": "billing", "expectation": 1e160, "bottomLine": 10}"#
        #expect(throws: InvalidDataFile.self) { try IntakeReader.read(Data(json.utf8), file: "huge.json") }
        do {
            _ = try IntakeReader.read(Data(json.utf8), file: "huge.json")
        } catch {
            let message = error.message(in: .en)
            #expect(message.contains("huge.json:1:40: $.expectation: 1e+160 is out of range; use 0 to 1000000000000"), "\(message)")
        }
    }
}

/// A pasted page is not a name: it is refused as one at once, with the whole list to choose from.
@Suite struct LongAnswerTests {
    @Test func aMegabyteIsNotAChoice() throws {
        let question = try #require(Questionnaire.questions.first { $0.id == "category" })
        let pasted = "billing" + String(repeating: "x", count: 1 << 20)
        #expect(throws: Questionnaire.AnswerProblem.self) { try Questionnaire.read(pasted, for: question, answers: [:]) }
    }

    @Test func aMegabyteLookedUpAsANameSuggestsTheWholeList() {
        let pasted = "billing" + String(repeating: "x", count: 1 << 20)
        guard case let .notFound(suggestions) = KnowledgeBase.categoryLookup.find(pasted) else {
            Issue.record("a megabyte was found as a category")
            return
        }
        #expect(suggestions.count == ComplaintCategoryID.allCases.count)
        // A name just under the limit is still read as one, typo and all.
        guard case let .notFound(near) = KnowledgeBase.categoryLookup.find("bilings") else { Issue.record("found"); return }
        #expect(near.count < ComplaintCategoryID.allCases.count)
    }
}
