import AdvisorCore
import Foundation

/// Reads the batch input (a file, or standard input for "-") and runs the batch detector.
enum BatchDetection {
    static func run(path: String, detector: CueDetector, context: CommandContext) throws -> Int32 {
        let data: Data
        if path == "-" {
            var lines: [String] = []
            while let line = context.io.readLine() { lines.append(line) }
            data = Data(lines.joined(separator: "\n").utf8)
        } else {
            data = try DataFile.contents(path)
        }
        BatchDetector.run(data, detector: detector, write: context.io.writeOutput)
        return ExitCode.success
    }
}
