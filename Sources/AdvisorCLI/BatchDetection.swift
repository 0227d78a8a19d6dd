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
            // Mapped rather than read, so a large log is not copied into memory first.
            guard (try? FileManager.default.attributesOfItem(atPath: path)) != nil,
                  let mapped = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else {
                throw CLIError.cannotRead(path: path)
            }
            data = mapped
        }
        BatchDetector.run(data, detector: detector, write: context.io.writeOutputData)
        return ExitCode.success
    }
}
