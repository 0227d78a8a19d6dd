import AdvisorCore

/// Writes a file the user asked for, replacing it whole so a reader never sees half of it.
enum OutputFile {
    /// Writes `text` to `path` through a new file beside it.
    /// - Throws: `CLIError.cannotWrite` with the C library's words for what failed.
    static func write(_ text: String, to path: String) throws {
        var text = text
        let failure = text.withUTF8 { FileBytes.replace(path, with: UnsafeRawBufferPointer($0)) }
        if let failure { throw CLIError.cannotWrite(path: path, reason: failure.reason) }
    }
}
