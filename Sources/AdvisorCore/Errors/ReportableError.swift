import Knowledge

/// An error that can explain itself to whoever caused it, so the command line reports every failure, from any module, one way.
public protocol ReportableError: Error {
    /// What is wrong and how to fix it, in `language`, without the `Error:` prefix the reporter adds.
    func message(in language: Language) -> String

    /// Where the problem is (a file and line, a JSON path or a file), or nil when it has no place.
    var location: String? { get }

    /// The status the process exits with: `ExitCode.usage` for the command line, `.dataError` for the input, else `.failure`.
    var exitCode: Int32 { get }
}
