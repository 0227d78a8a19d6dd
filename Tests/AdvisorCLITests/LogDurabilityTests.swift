import AdvisorCLI
import AdvisorCore
import Foundation
import Testing

/// A batch of 2,000 intakes (`intakeFile`) run on the built binary into a new log, and stopped by `stop`, which reads
/// its output and returns what reached the reader.
private func stoppedBatch(_ stop: (Process, FileHandle) throws -> Data) throws
    -> (process: Process, shown: [String], contents: AuditLog.Contents, folder: LogFolder, log: String) {
    let folder = try LogFolder()
    let log = folder.file("audit.log")
    let (process, reader) = try launchBatch(try intakeFile(2_000), log: log)
    let received = try stop(process, reader)
    process.waitUntilExit()
    // Only whole lines count: the last one may have been cut short.
    let whole = received[..<(received.lastIndex(of: 10).map { $0 + 1 } ?? received.startIndex)]
    return (process, shownIDs(String(decoding: whole, as: UTF8.self)), try AuditLog(path: log).read(), folder, log)
}

/// Reads until at least `count` bytes have come, or the output ends.
private func read(_ reader: FileHandle, atLeast count: Int) -> Data {
    var received = Data()
    while received.count < count {
        let part = reader.availableData
        if part.isEmpty { break }
        received.append(part)
    }
    return received
}

/// What the log promises when its writer dies: nothing a user saw is missing, and the log still reads
/// (docs/DESIGN.md, "Invariants", 7, and "The audit log's file").
@Suite struct LogDurabilityTests {
    static let crashSeeds: [UInt64] = [11, 2_026, 31_337, 48_611, 77_003, 90_210]

    /// The batch killed by SIGKILL at a seeded point: after some output was read, and a seeded moment later. Every id
    /// that reached the reader is in the log, and the log reads back, with at most its last line torn.
    @Test(arguments: crashSeeds)
    func aBatchKilledAtAnyPointShowedOnlyLoggedIDs(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let bytesBeforeKill = Int.random(in: 0...4_000_000, using: &random)
        let moment = useconds_t.random(in: 0...30_000, using: &random)
        let run = try stoppedBatch { process, reader in
            var received = read(reader, atLeast: bytesBeforeKill)
            usleep(moment)
            kill(process.processIdentifier, SIGKILL)
            // What was already in the pipe reached the reader too.
            received.append(reader.readDataToEndOfFile())
            return received
        }
        defer { run.folder.remove() }
        let context = "seed \(seed) (killed after \(bytesBeforeKill) bytes + \(moment) µs)"
        #expect(run.process.terminationReason == .uncaughtSignal && run.process.terminationStatus == SIGKILL,
                "\(context): the batch ended before it was killed")
        let logged = loggedIDs(run.log)
        #expect(run.shown.allSatisfy(logged.contains), "\(context): shown but not logged: \(run.shown.filter { !logged.contains($0) }.prefix(3))")
        let lineCount = (FileManager.default.contents(atPath: run.log) ?? Data()).split(separator: 10, omittingEmptySubsequences: false).count
        #expect(run.contents.damagedLines.allSatisfy { $0 == lineCount }, "\(context): damaged lines \(run.contents.damagedLines) of \(lineCount)")
        // The next writer carries on in the same log.
        let next = advisor(["advise", "--category", "billing", "--log", run.log])
        #expect(next.status == 0, "\(context): \(next.stderr)")
        #expect(try AuditLog(path: run.log).read().records.count == run.contents.records.count + 1, "\(context)")
    }

    /// The batch's reader closes the pipe after a seeded number of bytes, as `head -c` does: the batch ends by SIGPIPE,
    /// every id the reader got is logged, and no line of the log is torn, since the log is written before the output.
    @Test(arguments: [UInt64(5), 404, 65_537])
    func aBatchWhoseReaderStopsEarlyEndsBySIGPIPEWithEveryShownIDLogged(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let bytes = Int.random(in: 1...3_000_000, using: &random)
        let run = try stoppedBatch { _, reader in
            let received = read(reader, atLeast: bytes)
            try reader.close()
            return received
        }
        defer { run.folder.remove() }
        #expect(run.process.terminationReason == .uncaughtSignal && run.process.terminationStatus == SIGPIPE,
                "seed \(seed): ended with status \(run.process.terminationStatus)")
        let logged = loggedIDs(run.log)
        #expect(!run.shown.isEmpty || bytes < 8_192, "seed \(seed): read \(bytes) bytes but no whole line")
        #expect(run.shown.allSatisfy(logged.contains), "seed \(seed) (\(bytes) bytes): shown but not logged: \(run.shown.filter { !logged.contains($0) }.prefix(3))")
        #expect(run.contents.damagedLines.isEmpty, "seed \(seed)")
    }

    /// Traced system calls of the real binary: every write to the log is synced (`fdatasync`) before anything is written
    /// to standard output or error, so a power cut cannot lose a record whose advice or id was shown; a new log's
    /// folder is synced too, so its name survives.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/strace"), "strace is not installed"),
          arguments: ["advise", "advise --batch", "outcome"])
    func everyRecordIsSyncedBeforeAnythingIsShown(command: String) throws {
        let folder = try LogFolder()
        defer { folder.remove() }
        let log = folder.file("new/audit.log")
        var arguments: [String]
        switch command {
        case "advise": arguments = ["advise", "--category", "billing"]
        case "advise --batch": arguments = ["advise", "--batch", try intakeFile(BatchAdvisor.roundLines() * 2 + 10)]
        default:
            let first = advisor(["advise", "--category", "billing", "--log", log])
            let id = try #require(first.stderr.firstMatch(of: /advice id ([0-9a-f-]+)/).map { String($0.1) })
            arguments = ["outcome", id, "--settled", "20", "--accepted"]
        }
        let trace = folder.file("trace")
        // -f: a batch syncs a round on another thread while the main thread advises the next one.
        let result = try launch(URL(fileURLWithPath: "/usr/bin/strace"),
                                ["-f", "-qq", "-s", "0", "-e", "trace=openat,write,fsync,fdatasync,dup,close", "-o", trace, builtAdvisor().path]
                                    + arguments + ["--log", log])
        #expect(result.status == 0 || result.status == 65, "\(result.stderr)")
        let check = SyncTrace(try String(contentsOfFile: trace, encoding: .utf8), log: log)
        #expect(check.logDescriptor != nil, "the log was never opened for appending")
        #expect(check.logWrites >= (command == "advise --batch" ? 3 : 1), "the log was written \(check.logWrites) times")
        #expect(check.shownWrites > 0)
        #expect(check.shownUnsynced.isEmpty, "shown before the log was synced: \(check.shownUnsynced.prefix(3))")
        #expect(command == "outcome" || check.createdInFolder != nil, "the new log was not created in its folder")
    }

    /// The trace check itself finds a write shown before the log's sync, a sync started before the log write it should
    /// cover, and a new log whose folder was never synced.
    @Test func theTraceCheckFindsWhatWasShownTooEarly() {
        let good = """
            7 openat(AT_FDCWD, "/l/audit.log", O_RDONLY|O_NOFOLLOW) = 4
            7 openat(3, "audit.log", O_RDWR|O_CREAT|O_APPEND|O_EXCL, 0600) = 5
            7 fsync(3) = 0
            7 write(5, ""..., 100) = 100
            8 fdatasync(5 <unfinished ...>
            7 write(2, ""..., 10 <unfinished ...>
            8 <... fdatasync resumed>) = 0
            """
        #expect(SyncTrace(good, log: "/l/audit.log").shownUnsynced.count == 1, "stderr was written while the sync ran")
        let fixed = good.replacingOccurrences(of: "7 write(2, \"\"..., 10 <unfinished ...>\n8 <... fdatasync resumed>) = 0",
                                              with: "8 <... fdatasync resumed>) = 0\n7 write(1, \"\"..., 10) = 10")
        #expect(SyncTrace(fixed, log: "/l/audit.log").shownUnsynced.isEmpty)
        #expect(SyncTrace(fixed, log: "/l/audit.log").shownWrites == 1)
        let syncBeforeWrite = """
            7 openat(3, "audit.log", O_RDWR|O_APPEND, 0600) = 5
            8 fdatasync(5 <unfinished ...>
            7 write(5, ""..., 100) = 100
            8 <... fdatasync resumed>) = 0
            7 write(1, ""..., 10) = 10
            """
        #expect(SyncTrace(syncBeforeWrite, log: "/l/audit.log").shownUnsynced.count == 1)
        let folderNotSynced = fixed.replacingOccurrences(of: "7 fsync(3) = 0\n", with: "")
        #expect(SyncTrace(folderNotSynced, log: "/l/audit.log").shownUnsynced.count == 1)
    }
}

/// The order of an `strace -f` trace of one run: whether anything went to standard output or error before the log
/// write before it was covered by a completed sync that started after that write, or before a new log's folder was synced.
struct SyncTrace {
    private(set) var logDescriptor: String?
    /// Copies of the log's descriptor (`dup`) still open: a batch syncs each round through its own copy.
    private var copies: Set<String> = []
    /// The folder's descriptor, when the log was created.
    private(set) var createdInFolder: String?
    private(set) var logWrites = 0
    private(set) var shownWrites = 0
    private(set) var shownUnsynced: [String] = []

    init(_ trace: String, log: String) {
        var syncedThrough = 0, folderSynced = true
        // Calls cut in two by another thread's: what each thread's unfinished call was, and how many log writes had
        // completed when a sync started.
        var pending: [Substring: (name: Substring, arguments: Substring, writesBefore: Int)] = [:]
        for line in trace.split(separator: "\n") {
            guard let parts = line.firstMatch(of: /^(\d+)\s+(.*)$/) else { continue }
            let (thread, call) = (parts.1, parts.2)
            var started: (name: Substring, arguments: Substring)?, ended: (name: Substring, arguments: Substring, result: Int)?
            if let whole = call.firstMatch(of: /^(\w+)\((.*)\)\s+=\s+(-?\d+)/) {
                started = (whole.1, whole.2)
                ended = (whole.1, whole.2, Int(whole.3) ?? -1)
            } else if let cut = call.firstMatch(of: /^(\w+)\((.*) <unfinished \.\.\.>$/) {
                started = (cut.1, cut.2)
            } else if let resumed = call.firstMatch(of: /^<\.\.\. (\w+) resumed>.*\)\s+=\s+(-?\d+)/), let call = pending[thread] {
                ended = (resumed.1, call.arguments, Int(resumed.2) ?? -1)
            }
            let writesBefore: Int
            if let started {
                writesBefore = logWrites
                pending[thread] = (started.name, started.arguments, logWrites)
                let descriptor = started.arguments.prefix { $0 != "," }
                if started.name == "write", descriptor == "1" || descriptor == "2" {
                    shownWrites += 1
                    if syncedThrough < logWrites || !folderSynced { shownUnsynced.append(String(line)) }
                }
            } else {
                writesBefore = pending[thread]?.writesBefore ?? 0
            }
            guard let ended else { continue }
            pending[thread] = nil
            let arguments = ended.arguments.split(separator: ", ")
            let descriptor = arguments.first.map(String.init)
            switch ended.name {
            case "openat" where ended.result >= 0 && arguments.count >= 3:
                let path = arguments[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                // The log opened for appending, not for reading its precedents.
                if path == log || path == (log as NSString).lastPathComponent, arguments[2].contains("O_APPEND") {
                    logDescriptor = String(ended.result)
                    if arguments[2].contains("O_CREAT"), descriptor != "AT_FDCWD" { createdInFolder = descriptor; folderSynced = false }
                }
            case "dup" where descriptor == logDescriptor && ended.result >= 0:
                copies.insert(String(ended.result))
            case "close":
                if let descriptor { copies.remove(descriptor) }
            case "write" where descriptor == logDescriptor && ended.result > 0:
                logWrites += 1
            case "fsync" where ended.result == 0, "fdatasync" where ended.result == 0:
                if descriptor == logDescriptor || descriptor.map(copies.contains) == true { syncedThrough = max(syncedThrough, writesBefore) }
                if descriptor == createdInFolder { folderSynced = true }
            default:
                break
            }
        }
    }
}
