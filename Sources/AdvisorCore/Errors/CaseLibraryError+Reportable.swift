// Kept apart from CaseLibrary.swift so the error's texts and its place in the report can change separately.
extension CaseLibraryError: ReportableError {
    /// The folder or file that could not be read.
    public var location: String? {
        switch self {
        case let .unreadableFolder(path), let .unreadableFile(path): path
        }
    }

    /// A usage error: the folder comes from `--cases`, so the command line named something unreadable.
    public var exitCode: Int32 { ExitCode.usage }
}
