import FoundationEssentials
import Knowledge

/// The built-in cases plus any a trainer adds from a folder.
public struct CaseLibrary: Sendable {
    public let cases: [TrainingCase]

    /// The built-in cases, read from the JSON compiled into the binary.
    /// - Throws: `InvalidDataFile` if a built-in case is damaged (the tests keep them whole).
    public static func builtIn() throws(InvalidDataFile) -> CaseLibrary {
        var cases: [TrainingCase] = []
        for file in BuiltInCases.files {
            cases.append(try TrainingCaseReader.read(Data(file.json.utf8), file: "built-in " + file.name))
        }
        return CaseLibrary(cases: cases)
    }

    /// The built-in cases and every `*.json` file in `directory`.
    /// - Parameter directory: A trainer's folder of case files, or nil for the built-in cases alone.
    /// - Throws: `InvalidDataFile` for a damaged file or an id used twice, naming the file; `CaseLibraryError` for an unreadable folder.
    public static func load(directory: String?) throws -> CaseLibrary {
        var library = try builtIn().cases
        guard let directory else { return CaseLibrary(cases: library) }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".json") }.sorted()
        } catch {
            throw CaseLibraryError.unreadableFolder(directory)
        }
        var origin = Dictionary(uniqueKeysWithValues: library.map { ($0.id, "built-in") })
        for name in names {
            let path = PathText.appending(name, to: directory)
            guard let data = FileManager.default.contents(atPath: path) else { throw CaseLibraryError.unreadableFile(path) }
            let trainingCase = try TrainingCaseReader.read(data, file: path)
            if let first = origin[trainingCase.id] {
                throw InvalidDataFile(file: path, problems: [DataProblem(path: "$.id", position: nil,
                    kind: .unknownName(trainingCase.id, allowed: ["an id not already used by \(first)"]))])
            }
            origin[trainingCase.id] = path
            library.append(trainingCase)
        }
        return CaseLibrary(cases: library)
    }

    /// The case with this id, or the nearest ids.
    public func find(_ id: String) -> NameLookup<String>.Match {
        NameLookup<String>(cases.map { ($0.id, $0.id, [$0.id, $0.title.en, $0.title.zh]) }).find(id)
    }

    /// The case with this id.
    public func trainingCase(_ id: String) -> TrainingCase? {
        cases.first { $0.id == id }
    }
}

/// A case folder that cannot be read.
public enum CaseLibraryError: Error, Equatable, Sendable {
    /// The folder given to `--cases` cannot be listed.
    case unreadableFolder(String)
    /// A case file cannot be read.
    case unreadableFile(String)

    /// What is wrong and what to do, in one language.
    public func message(in language: Language) -> String {
        switch self {
        case let .unreadableFolder(path):
            return CasePhrases.unreadableFolder(path).text(language)
        case let .unreadableFile(path):
            return CasePhrases.unreadableFile(path).text(language)
        }
    }
}
