import AdvisorCore
import ArgumentParsing
import Knowledge

/// The `--cases DIR` option shared by the training commands.
enum CaseOptions {
    static let option: (spec: OptionSpec, help: Bilingual) = (
        .value("cases"), Bilingual(zh: "再读取此文件夹中的案例文件（内置案例仍可用）", en: "also read the case files in this folder (built-in cases stay available)")
    )

    static func library(_ arguments: ParsedArguments) throws -> CaseLibrary {
        try CaseLibrary.load(directory: arguments.value("cases"))
    }

    /// The case named on the command line, or a usage error with the nearest ids.
    static func find(_ id: String, in library: CaseLibrary) throws -> TrainingCase {
        switch library.find(id) {
        case let .found(found):
            if let trainingCase = library.trainingCase(found) { return trainingCase }
            throw CLIError.unknownCase(id, suggestions: library.cases.map(\.id))
        case let .notFound(suggestions):
            throw CLIError.unknownCase(id, suggestions: suggestions)
        }
    }
}
