import Foundation
import Glibc
import Testing

/// Ctrl-C in the intake, at a real terminal: the status the README promises and the answers kept.
@Suite struct InterruptTests {
    /// A pseudo-terminal: the advisor reads its slave side as a person's terminal; the test holds the master.
    func pseudoTerminal() throws -> (master: Int32, slave: Int32) {
        // posix_openpt and its kin are not visible from Swift here: the same through /dev/ptmx and Linux's ioctls
        // (TIOCSPTLCK to unlock the slave, TIOCGPTN for its number).
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        try #require(master >= 0, "no pseudo-terminal: errno \(errno)")
        var unlock: Int32 = 0, number: UInt32 = 0
        try #require(ioctl(master, 0x4004_5431, &unlock) == 0 && ioctl(master, 0x8004_5430, &number) == 0)
        let slave = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
        try #require(slave >= 0)
        return (master, slave)
    }

    @Test func ctrlCLeavesWithStatus130AndTheDraftKept() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("advisor-interrupt-\(UUID().uuidString)")
        let draft = folder.appendingPathComponent("draft.json").path
        let (master, slave) = try pseudoTerminal()
        defer { close(master) }
        let process = Process()
        process.executableURL = builtAdvisor()
        process.arguments = ["intake", "--draft", draft]
        process.environment = ["LANG": "en_US.UTF-8", "TERM": "dumb"]
        process.standardInput = FileHandle(fileDescriptor: slave, closeOnDealloc: true)
        let err = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = err
        try process.run()
        // The first answer: no customer words (Enter), then category 1, after which the draft exists on disk.
        for answer in ["\n", "1\n"] {
            _ = answer.withCString { write(master, $0, strlen($0)) }
        }
        for _ in 0..<100 where !FileManager.default.fileExists(atPath: draft) { usleep(50_000) }
        #expect(FileManager.default.fileExists(atPath: draft), "no draft after the first answers")
        process.interrupt()
        for _ in 0..<200 where process.isRunning { usleep(50_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            Issue.record("the intake was still running 10 s after Ctrl-C")
        }
        process.waitUntilExit()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationReason == .exit && process.terminationStatus == 130, "status \(process.terminationStatus), \(stderr)")
        #expect(stderr.contains(draft) && stderr.contains("--resume"), "\(stderr)")
        #expect(FileManager.default.fileExists(atPath: draft))
    }
}
