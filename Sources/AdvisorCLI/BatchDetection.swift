import AdvisorCore
import Foundation

/// Reads the batch input (a file, or standard input for "-") and runs the batch detector.
enum BatchDetection {
    static func run(path: String, detector: CueDetector, context: CommandContext) throws -> Int32 {
        BatchDetector.run(try BatchInput.read(path, context), detector: detector, write: context.io.writeOutputData)
        return ExitCode.success
    }
}

/// The input of a batch command: a file, mapped rather than read so a large log is not copied first,
/// or standard input when the path is "-".
enum BatchInput {
    static func read(_ path: String, _ context: CommandContext) throws -> Data {
        if path == "-" {
            var lines: [String] = []
            while let line = context.io.readLine() { lines.append(line) }
            return Data(lines.joined(separator: "\n").utf8)
        }
        guard let mapped = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else {
            throw CLIError.cannotRead(path: path)
        }
        return mapped
    }
}
