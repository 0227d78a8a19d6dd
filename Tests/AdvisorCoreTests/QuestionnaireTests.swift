import AdvisorCore
import Knowledge
import Testing

/// How the interactive intake reads single answers, without running the dialogue.
@Suite struct QuestionnaireTests {
    func question(_ id: String) throws -> Questionnaire.Question {
        try #require(Questionnaire.questions.first { $0.id == id })
    }

    /// The product is asked only where a three-guarantees rule could turn on it: goods, inside 15 days or after repairs.
    @Test(arguments: [
        (["category": "product-quality", "daysSinceSale": "10", "legal": ""], true),
        (["category": "product-quality", "daysSinceSale": "16", "legal": ""], false),
        (["category": "product-quality", "daysSinceSale": "30", "legal": "failed-repairs"], true),
        (["category": "product-quality", "daysSinceSale": "", "legal": ""], false),
        (["category": "billing"], false),
        (["category": "return-exchange"], true),
    ])
    func theProductIsAskedOnlyWhereARuleNeedsIt(answers: [String: String], asked: Bool) throws {
        #expect(try question("productClass").applies(answers) == asked)
    }

    @Test func aBottomLineAboveTheExpectationIsRefused() throws {
        let bottomLine = try question("bottomLine")
        #expect(throws: Questionnaire.AnswerProblem.bottomLineAboveExpectation) {
            try Questionnaire.read("600", for: bottomLine, answers: ["expectation": "500"])
        }
        #expect(try Questionnaire.read("500", for: bottomLine, answers: ["expectation": "500"]) == "500")
        #expect(try Questionnaire.read("600", for: bottomLine, answers: [:]) == "600", "no expectation, nothing to be above")
    }

    /// Lists that start with "not sure" number it 0, so the real choices keep the numbers printed beside them.
    @Test func numbersStartAtOneOrAtZeroForNotSure() throws {
        let category = try question("category"), type = try question("type")
        #expect(try Questionnaire.read("1", for: category, answers: [:]) == KnowledgeBase.categories[0].id.rawValue)
        #expect(throws: Questionnaire.AnswerProblem.notAChoice(count: KnowledgeBase.categories.count)) {
            try Questionnaire.read("0", for: category, answers: [:])
        }
        #expect(try Questionnaire.read("0", for: type, answers: [:]) == "")
        #expect(try Questionnaire.read("1", for: type, answers: [:]) == KnowledgeBase.types[0].id.rawValue)
    }
}
