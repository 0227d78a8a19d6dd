@testable import AdvisorCLI
import AdvisorCore
import ArgumentParsing
import Foundation
import JSON
import Knowledge
import Testing

/// One error of each type the advisor can report, from each of its modules, with the exit status the rule gives it:
/// 64 when the command line was wrong, 65 when the input data was, 1 otherwise.
private let oneOfEach: [(error: any ReportableError, exitCode: Int32)] = [
    (AdvisorError.unknownTier("boss", known: ["agent", "lead"]), 64),
    (InvalidDataFile(file: "policy.json", problems: [DataProblem(path: "$.name", position: TextPosition(line: 2, column: 3), kind: .missing)]), 65),
    (JSONSyntaxError(.trailingComma, at: TextPosition(line: 1, column: 4), byteOffset: 3), 65),
    (CaseLibraryError.unreadableFolder("cases"), 64),
    (AuditLog.LogError.cannotWrite("advice.log", reason: "disk full"), 1),
    (Questionnaire.AnswerProblem.notACount, 65),
    (UsageError.unexpectedArgument("extra"), 64),
    (CLIError.cannotWrite(path: "out.md", reason: "disk full"), 1),
    (ArgumentError.missingValue(option: "--lang"), 64),
]

@Suite struct ReportableErrorTests {
    @Test(arguments: oneOfEach)
    func speaksBothLanguagesAndExitsByTheRule(error: any ReportableError, exitCode: Int32) {
        let zh = error.message(in: .zh), en = error.message(in: .en)
        #expect(!zh.isEmpty)
        #expect(!en.isEmpty)
        #expect(zh != en, "\(error) says the same in both languages")
        #expect(error.exitCode == exitCode, "\(error)")
    }

    @Test func dataErrorsPointAtTheirPlace() {
        #expect(oneOfEach[1].error.location == "policy.json:2:3")
        #expect(oneOfEach[2].error.location == "1:4")
        #expect(InvalidDataFile(file: "p.json", problems: [DataProblem(path: "$", position: nil, kind: .empty)]).location == "p.json")
        #expect(AdvisorError.invalidIntake(field: "bottomLine", problem: .negative).location == "$.bottomLine")
        #expect(ArgumentError.missingValue(option: "--lang").location == nil)
    }

    @Test(arguments: oneOfEach, Language.allCases)
    func theOneReportingPathPrintsTheMessageAndReturnsTheCode(example: (error: any ReportableError, exitCode: Int32), language: Language) {
        let (error, exitCode) = example
        var written = ""
        let io = CommandIO(environment: [:], readLine: { nil }, inputIsTerminal: false, writeOutput: { _ in }, writeError: { written += $0 })
        let status = RootCommand.report(error, command: AdviseCommand.self, language: language, io: io)
        let prefix = language == .zh ? "错误：" : "Error: "
        #expect(status == exitCode)
        #expect(written.hasPrefix(prefix + error.message(in: language) + "\n"))
        // Only a command-line mistake earns the usage line.
        #expect(written.contains("advisor advise") == (exitCode == ExitCode.usage))
    }

    /// A real run for an error thrown by each module: ArgumentParsing, AdvisorCore and AdvisorCLI.
    @Test func runsReportErrorsFromEveryModule() throws {
        let policy = FileManager.default.temporaryDirectory.appendingPathComponent("policy-\(UUID().uuidString).json")
        try Data("{\"name\": 1,}".utf8).write(to: policy)
        defer { try? FileManager.default.removeItem(at: policy) }
        let runs: [(arguments: [String], status: Int32, message: String)] = [
            (["advise", "--bogus"], 64, "Error: unknown option --bogus"),
            (["advise", "--category", "nonsense"], 64, "Error: no complaint category is called 'nonsense'"),
            (["advise", "--category", "billing", "--policy", policy.path], 65, "Error: \(policy.path) has 1 problem:"),
            (["intake", "--resume", "--draft", "/nonexistent/draft.json"], 64, "Error: no draft to resume at /nonexistent/draft.json"),
        ]
        for run in runs {
            let result = advisor(run.arguments)
            #expect(result.status == run.status, "\(run.arguments): \(result.stderr)")
            #expect(result.stderr.hasPrefix(run.message), "\(run.arguments): \(result.stderr)")
        }
    }
}
