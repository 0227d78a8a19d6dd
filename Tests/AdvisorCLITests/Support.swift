import AdvisorCLI
import Foundation

/// What one run of the advisor wrote and returned.
struct Outcome {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Collects what a run writes, so a test can look at it afterwards.
final class Capture {
    var stdout = ""
    var stderr = ""
    var input: [String]

    init(input: [String]) {
        self.input = input
    }
}

/// Runs the advisor in-process, as `advisor <arguments>`, with English locale unless told otherwise;
/// `terminal` makes input look typed at a terminal, so the intake prints its prompts.
func advisor(_ arguments: [String], input: [String] = [], environment: [String: String] = ["LANG": "en_US.UTF-8"],
             terminal: Bool = false) -> Outcome {
    let capture = Capture(input: input)
    let io = CommandIO(
        environment: Environment(environment),
        readLine: { capture.input.isEmpty ? nil : capture.input.removeFirst() },
        inputIsTerminal: terminal,
        writeOutput: { capture.stdout += $0 },
        writeError: { capture.stderr += $0 }
    )
    let status = run(["advisor"] + arguments, io: io)
    return Outcome(status: status, stdout: capture.stdout, stderr: capture.stderr)
}

/// Decodes JSON output into a value, for comparison with what the library builds.
func decode<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
    try JSONDecoder().decode(type, from: Data(text.utf8))
}

/// The built `advisor` binary beside the test bundle, where SwiftPM puts both.
func builtAdvisor() -> URL {
    let bundle = Bundle.main.bundleURL
    let candidates = [
        bundle.deletingLastPathComponent().appendingPathComponent("advisor"),
        bundle.appendingPathComponent("advisor"),
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("advisor"),
    ]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
}

/// Launches a binary and collects its output and exit status.
func launch(_ executable: URL, _ arguments: [String], environment: [String: String] = ["LANG": "en_US.UTF-8"],
            stdin: String? = nil, directory: URL? = nil) throws -> Outcome {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.environment = environment
    if let directory { process.currentDirectoryURL = directory }
    let out = Pipe(), err = Pipe(), input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Outcome(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                   stderr: String(decoding: errData, as: UTF8.self))
}
