import AdvisorCore

/// Reads an intake JSON file (filled in once the JSON reader lands).
enum IntakeFile {
    static func read(_ path: String) throws -> Intake {
        throw UsageError.unexpectedArgument(path)
    }
}

/// Reads a policy JSON file (filled in once the JSON reader lands).
enum PolicyFile {
    static func read(_ path: String) throws -> Policy {
        throw UsageError.unexpectedArgument(path)
    }
}
