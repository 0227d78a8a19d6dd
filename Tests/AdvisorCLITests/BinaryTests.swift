import AdvisorCore
import Foundation
import Knowledge
import Testing

/// A few runs of the real binary: exit codes, the stdout/stderr split, and that it runs from anywhere.
@Suite struct BinaryTests {
    @Test func typeCardOnStdoutAndNothingOnStderr() throws {
        let result = try launch(builtAdvisor(), ["type", "name-dropper", "--lang", "en"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Name-dropper"))
        #expect(result.stderr.isEmpty)
    }

    @Test func usageErrorGoesToStderrWithStatus64() throws {
        let result = try launch(builtAdvisor(), ["type", "nobody"])
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("Error: "))
    }

    @Test func localeDecidesTheLanguage() throws {
        let result = try launch(builtAdvisor(), ["types"], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(result.stdout.hasPrefix("六类投诉者"))
    }

    /// The knowledge is compiled in, so a copy of the binary alone in an empty folder still works.
    @Test func copiedBinaryRunsAloneInAnotherFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("advisor-copy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("advisor")
        try FileManager.default.copyItem(at: builtAdvisor(), to: copy)
        let result = try launch(copy, ["types", "--json"], directory: folder)
        #expect(result.status == 0)
        let decoded = try JSONDecoder().decode([TypeSummary].self, from: Data(result.stdout.utf8))
        #expect(decoded.count == 6)
    }

    /// Output that cannot be written (a full disk) is an error with status 1, not output that silently stops.
    @Test func outputToAFullDiskIsAnError() throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let process = Process()
        process.executableURL = builtAdvisor()
        process.arguments = ["types", "--json"]
        process.environment = ["LANG": "en_US.UTF-8"]
        process.standardOutput = full
        let err = Pipe()
        process.standardError = err
        try process.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(message.hasPrefix("Error: cannot write standard output: No space left on device; check the free space"), "\(message)")
    }

    /// Files named by one character, in the folder the advisor runs in: Foundation's path code trapped on them, so
    /// `advise --log a` once ended in a crash report instead of advice.
    @Test func oneCharacterFileNamesWork() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("advisor-short-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let advice = try launch(builtAdvisor(), ["advise", "--category", "billing", "--log", "a", "--lang", "en"], directory: folder)
        #expect(advice.status == 0, "\(advice.stderr)")
        #expect(advice.stderr.hasPrefix("advice id "), "\(advice.stderr)")
        let log = try String(contentsOf: folder.appendingPathComponent("a"), encoding: .utf8)
        #expect(log.split(separator: "\n").count == 2, "the header and the advice: \(log)")
        let handout = try launch(builtAdvisor(), ["case", "refrigerator", "--handout", "md", "--output", "h", "--svg", "p"],
                                 directory: folder)
        #expect(handout.status == 0, "\(handout.stderr)")
        #expect(try String(contentsOf: folder.appendingPathComponent("h"), encoding: .utf8).hasPrefix("#"))
        #expect(try String(contentsOf: folder.appendingPathComponent("p"), encoding: .utf8).hasPrefix("<svg"))
    }
}
