import AdvisorCore
import FoundationEssentials
import Glibc

/// Reads an intake JSON file named on the command line.
enum IntakeFile {
    static func read(_ path: String) throws -> Intake {
        try IntakeReader.read(DataFile.contents(path), file: path)
    }
}

/// Reads a policy JSON file named on the command line or in `ADVISOR_POLICY`.
enum PolicyFile {
    static func read(_ path: String) throws -> Policy {
        try PolicyReader.read(DataFile.contents(path), file: path)
    }
}

/// The bytes of a file the user named, or an error that names it.
enum DataFile {
    static func contents(_ path: String) throws -> Data {
        var isDirectory = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory,
              let data = FileManager.default.contents(atPath: path) else {
            throw CLIError.cannotRead(path: path)
        }
        return data
    }
}
