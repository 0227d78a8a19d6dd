import AdvisorCLI
import AdvisorCore
import Foundation
import Knowledge
import Testing

/// A fresh private folder for one test, removed afterwards by `LogFolder.remove`.
struct LogFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("log-safety-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
    }

    func file(_ name: String) -> String { path + "/" + name }

    func remove() {
        _ = try? runProgram("/usr/bin/chattr", ["-R", "-i", path])
        try? FileManager.default.removeItem(atPath: path)
    }

    /// A log made the advisor's way, holding one advice; returns its advice id.
    @discardableResult
    func log(_ name: String) throws -> String {
        let result = advisor(["advise", "--category", "billing", "--log", file(name)])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(result.stderr.firstMatch(of: /advice id ([0-9a-f-]+)/).map { String($0.1) })
    }

    /// Everything in the folder as `lstat` sees it, with each regular file's bytes and each link's target, so a test can
    /// show that a refused command changed nothing.
    func snapshot() -> [String: String] {
        var entries: [String: String] = [:]
        func walk(_ folder: String) {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
                let entry = folder + "/" + name
                var status = stat()
                guard lstat(entry, &status) == 0 else { continue }
                var description = "mode \(String(status.st_mode, radix: 8)) owner \(status.st_uid):\(status.st_gid) size \(status.st_size)"
                switch status.st_mode & S_IFMT {
                case S_IFREG: description += " bytes \(FileManager.default.contents(atPath: entry)?.base64EncodedString() ?? "?")"
                case S_IFLNK: description += " -> \((try? FileManager.default.destinationOfSymbolicLink(atPath: entry)) ?? "?")"
                case S_IFDIR: walk(entry)
                default: break
                }
                entries[String(entry.dropFirst(path.count))] = description
            }
        }
        walk(path)
        return entries
    }
}

/// Runs a program to its end; its exit status.
@discardableResult
func runProgram(_ program: String, _ arguments: [String]) throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return process.terminationStatus
}

let runsAsRoot = geteuid() == 0

/// A file the advisor must refuse as its log, made in a folder, with how the refusal must read.
struct RefusedLog: CustomTestStringConvertible, Sendable {
    let name: String
    /// Makes the file and returns the path to give `--log`, or nil when this machine cannot make it (said on stdout).
    let make: @Sendable (LogFolder) throws -> String?
    let status: Int32
    /// The start of the message after `Error: `, given the path.
    let message: @Sendable (String) -> String
    /// Whether `outcome` meets the refusal too: it reads the log first, and a missing log holds no advice to settle.
    var outcomeMeetsIt = true

    var testDescription: String { name }

    static let all: [RefusedLog] = [
        RefusedLog(name: "symbolic link to a log", make: { folder in
            try folder.log("real.log")
            try FileManager.default.createSymbolicLink(atPath: folder.file("audit.log"), withDestinationPath: "real.log")
            return folder.file("audit.log")
        }, status: 65, message: { "the audit log \($0) is a symbolic link; the advisor writes only to a real file" }),
        RefusedLog(name: "dangling symbolic link", make: { folder in
            try FileManager.default.createSymbolicLink(atPath: folder.file("audit.log"), withDestinationPath: folder.file("elsewhere.log"))
            return folder.file("audit.log")
        }, status: 65, message: { "the audit log \($0) is a symbolic link" }),
        RefusedLog(name: "named pipe", make: { folder in
            #expect(mkfifo(folder.file("audit.log"), 0o600) == 0)
            return folder.file("audit.log")
        }, status: 65, message: { "the audit log \($0) is a named pipe (FIFO), not a regular file" }),
        RefusedLog(name: "folder", make: { folder in
            try FileManager.default.createDirectory(atPath: folder.file("audit.log"), withIntermediateDirectories: false)
            return folder.file("audit.log")
        }, status: 65, message: { "the audit log \($0) is a folder, not a file; name a file inside it instead, such as --log \($0)/audit.log" }),
        RefusedLog(name: "device", make: { folder in
            // The null device (major 1, minor 3, which Linux numbers 0x103), made afresh in the folder when we may (as
            // root), else the system's own.
            guard runsAsRoot, mknod(folder.file("audit.log"), S_IFCHR | 0o600, 0x103) == 0 else { return "/dev/null" }
            return folder.file("audit.log")
        }, status: 65, message: { "the audit log \($0) is a device, not a regular file" }),
        RefusedLog(name: "policy file", make: { folder in
            #expect(FileManager.default.createFile(atPath: folder.file("policy.json"), contents: Data(advisor(["policy", "init"]).stdout.utf8),
                                                   attributes: [.posixPermissions: 0o600]))
            return folder.file("policy.json")
        }, status: 65, message: { "\($0) is not an audit log: it is not empty, and its first line is neither the advisor's log header nor a log record" }),
        RefusedLog(name: "another user's log", make: { folder in
            guard runsAsRoot else { print("skipped: only root can give a file to another user here"); return nil }
            try folder.log("audit.log")
            #expect(chown(folder.file("audit.log"), 65534, 65534) == 0)
            return folder.file("audit.log")
        }, status: 1, message: { "the audit log \($0) belongs to another user (uid 65534), who could read or change what it records" }),
        RefusedLog(name: "world-readable log", make: { folder in
            try folder.log("audit.log")
            #expect(chmod(folder.file("audit.log"), 0o644) == 0)
            return folder.file("audit.log")
        }, status: 1, message: { "the audit log \($0) can be read by every user on this machine (mode 0644), and it holds what customers said; take those rights away with: chmod o-rwx \($0)" }),
        RefusedLog(name: "world-writable log", make: { folder in
            try folder.log("audit.log")
            #expect(chmod(folder.file("audit.log"), 0o622) == 0)
            return folder.file("audit.log")
        }, status: 1, message: { "the audit log \($0) can be written by every user on this machine (mode 0622)" }),
        RefusedLog(name: "read-only folder", make: { folder in
            try FileManager.default.createDirectory(atPath: folder.file("locked"), withIntermediateDirectories: false)
            // Permissions do not stop root, so root makes the folder immutable; anyone else just loses the right to write.
            let locked = runsAsRoot ? try runProgram("/usr/bin/chattr", ["+i", folder.file("locked")]) == 0 : chmod(folder.file("locked"), 0o500) == 0
            guard locked else { print("skipped: cannot make a read-only folder here (chattr +i failed)"); return nil }
            return folder.file("locked/audit.log")
        }, status: 1, message: { "cannot create the audit log \($0): the folder \(($0 as NSString).deletingLastPathComponent) cannot be written to" },
        outcomeMeetsIt: false),
    ]
}

/// A command that writes the log, ready to run against a path.
struct LogWriter: CustomTestStringConvertible, Sendable {
    let name: String
    let arguments: @Sendable (_ log: String, _ id: String) throws -> [String]
    var testDescription: String { name }

    static let all: [LogWriter] = [
        LogWriter(name: "advise") { log, _ in ["advise", "--category", "billing", "--log", log] },
        LogWriter(name: "advise --batch") { log, _ in
            ["advise", "--batch", try temporaryFile("{\"category\": \"billing\"}\n{\"category\": \"logistics-delay\"}\n", suffix: ".jsonl"), "--log", log]
        },
        LogWriter(name: "outcome") { log, id in ["outcome", id, "--settled", "20", "--accepted", "--log", log] },
    ]
}

/// The audit log is a real log: never reached through a link, never another file, never open to others (docs/DESIGN.md,
/// "The audit log's file").
@Suite struct LogFileSafetyTests {
    /// Each file the advisor must not use as its log is refused with its reason, its exit status and nothing on standard
    /// output, and is left exactly as it was.
    @Test(arguments: RefusedLog.all, LogWriter.all)
    func aFileThatIsNotASafeLogIsRefusedAndLeftAlone(file: RefusedLog, writer: LogWriter) throws {
        guard writer.name != "outcome" || file.outcomeMeetsIt else { return }
        let folder = try LogFolder()
        defer { folder.remove() }
        guard let log = try file.make(folder) else { return }
        // An advice the log holds, where there is one to read, so `outcome` gets as far as appending.
        let id = [folder.file("real.log"), log].lazy.compactMap(Self.firstAdviceID).first ?? "no-such-advice"
        let before = folder.snapshot()
        let result = advisor(try writer.arguments(log, id))
        #expect(result.status == file.status, "\(result.stderr)")
        #expect(result.stdout.isEmpty, "advised anyway: \(result.stdout.prefix(120))")
        #expect(result.stderr.hasPrefix("Error: " + file.message(log)), "\(result.stderr)")
        #expect(folder.snapshot() == before, "the refused command changed the folder")
    }

    /// The id of the first advice in a log, or nil when there is none or the file cannot be read as a log.
    static func firstAdviceID(_ path: String) -> String? {
        guard case let .advice(record)? = try? AuditLog(path: path).read().records.first else { return nil }
        return record.adviceId
    }

    /// Every refusal says what is wrong with which file and how to fix it, differently in each language, and Chinese
    /// with full-width punctuation.
    @Test(arguments: [LogRefusal.symbolicLink, .notAFile(.directory), .notAFile(.namedPipe), .notAFile(.device), .notAFile(.socket),
                      .notAFile(.other), .notALog, .otherOwner(uid: 1001, gid: 1001, sharing: .owner),
                      .otherOwner(uid: 1001, gid: 1001, sharing: .group), .openToEveryone(permissions: 0o666),
                      .folderNotWritable(folder: "/srv/logs", reason: "Read-only file system")])
    func everyRefusalNamesTheFileAndItsFixInBothLanguages(refusal: LogRefusal) {
        let error = AuditLog.LogError.refused("/srv/logs/audit.log", refusal)
        let zh = error.message(in: .zh), en = error.message(in: .en)
        #expect(zh.contains("/srv/logs") && en.contains("/srv/logs"))
        #expect(zh != en)
        #expect(zh.contains("；") && !zh.contains("; "), "\(zh)")
        #expect(en.contains("; "), "a reason, then the fix: \(en)")
        #expect(error.location == "/srv/logs/audit.log")
        #expect(error.exitCode == refusal.exitCode)
    }

    /// Opening the log for appending checks what the file is by itself, not only when a command goes on to read the log.
    @Test func openingForAppendingRefusesAPipeOrADeviceByItself() throws {
        let folder = try LogFolder()
        defer { folder.remove() }
        #expect(mkfifo(folder.file("pipe"), 0o600) == 0)
        #expect(throws: AuditLog.LogError.refused(folder.file("pipe"), .notAFile(.namedPipe))) {
            _ = try AuditLog.Appender(AuditLog(path: folder.file("pipe")))
        }
        let device = runsAsRoot && mknod(folder.file("null"), S_IFCHR | 0o600, 0x103) == 0 ? folder.file("null") : "/dev/null"
        #expect(throws: AuditLog.LogError.refused(device, .notAFile(.device))) { _ = try AuditLog.Appender(AuditLog(path: device)) }
    }

    /// A new log is 0600 in folders made 0700, or 0660 in 0770 for a team, whatever umask the agent's shell has.
    @Test(arguments: ["000", "022", "077"], [false, true])
    func aNewLogAndTheFoldersMadeForItGetTheirModesWhateverTheUmask(umask: String, shared: Bool) throws {
        let folder = try LogFolder()
        defer { folder.remove() }
        let log = folder.file("team/2026/audit.log")
        var environment = ["LANG": "en_US.UTF-8"]
        if shared { environment["ADVISOR_LOG_SHARED"] = "group" }
        let result = try launch(URL(fileURLWithPath: "/bin/sh"),
                                ["-c", "umask \(umask); exec \"$0\" \"$@\"", builtAdvisor().path, "advise", "--category", "billing", "--log", log],
                                environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        func mode(_ path: String) -> String {
            var status = stat()
            return lstat(path, &status) == 0 ? String(status.st_mode & 0o7777, radix: 8) : "missing"
        }
        #expect(mode(log) == (shared ? "660" : "600"))
        #expect(mode(folder.file("team")) == (shared ? "770" : "700"))
        #expect(mode(folder.file("team/2026")) == (shared ? "770" : "700"))
        #expect(try AuditLog(path: log).read().records.count == 1)
    }

    /// A team's log belongs to whoever made it: another member may append to it when the log is shared with the group.
    @Test(.enabled(if: runsAsRoot, "only root can give a file to another user here"))
    func aTeamsLogOfAnotherMemberIsUsedOnlyWhenSharedWithTheGroup() throws {
        let folder = try LogFolder()
        defer { folder.remove() }
        let log = folder.file("team.log")
        let id = try folder.log("team.log")
        #expect(chown(log, 65534, getegid()) == 0 && chmod(log, 0o660) == 0)
        let mine = advisor(["outcome", id, "--settled", "20", "--accepted", "--log", log])
        #expect(mine.status == 1 && mine.stderr.contains("belongs to another user (uid 65534)"), "\(mine.stderr)")
        let shared = advisor(["outcome", id, "--settled", "20", "--accepted", "--log", log],
                             environment: ["LANG": "en_US.UTF-8", "ADVISOR_LOG_SHARED": "group"])
        #expect(shared.status == 0, "\(shared.stderr)")
        #expect(try AuditLog(path: log).read().records.count == 2)
        // A group the user is not in does not make the log the team's.
        #expect(chown(log, 65534, 65534) == 0)
        let stranger = advisor(["advise", "--category", "billing", "--log", log], environment: ["LANG": "en_US.UTF-8", "ADVISOR_LOG_SHARED": "group"])
        #expect(stranger.status == 1 && stranger.stderr.contains("and to a group you are not in (gid 65534)"), "\(stranger.stderr)")
    }

    /// A sharing setting the advisor does not know is refused before anything is made, rather than guessed.
    @Test func anUnknownSharingIsRefusedBeforeTheLogIsMade() throws {
        let folder = try LogFolder()
        defer { folder.remove() }
        let result = advisor(["advise", "--category", "billing", "--log", folder.file("audit.log")],
                             environment: ["LANG": "en_US.UTF-8", "ADVISOR_LOG_SHARED": "world"])
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("Error: ADVISOR_LOG_SHARED does not take 'world'; set it to group"), "\(result.stderr)")
        #expect(folder.snapshot().isEmpty)
    }

    /// The header is the first line, written once however many advices follow, and every reader skips it.
    @Test func theHeaderIsWrittenOnceAndSkippedByEveryReader() throws {
        let folder = try LogFolder()
        defer { folder.remove() }
        let log = folder.file("audit.log")
        for _ in 0..<3 { try folder.log("audit.log") }
        let lines = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 4)
        let header = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(header["advisorLog"] as? Int == 1)
        #expect((header["created"] as? String)?.wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/) != nil)
        #expect(header["advisor"] as? String == AdvisorVersion.current)
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("{\"kind\":\"advice\"") })
        let contents = try AuditLog(path: log).read()
        #expect(contents.records.count == 3 && contents.damagedLines.isEmpty)
        let simulated = advisor(["policy", "simulate", log])
        #expect(simulated.status == 0, "the header is not an input line to skip: \(simulated.stdout)")
        #expect(simulated.stdout.split(separator: "\n").contains { $0.hasPrefix("cases") && $0.hasSuffix(" 3") })
    }

    /// An empty file, made ready for the log by hand, is a log: it gets the header with its first record.
    @Test func anEmptyFileGetsTheHeaderWithItsFirstRecord() throws {
        let folder = try LogFolder()
        defer { folder.remove() }
        let log = folder.file("audit.log")
        #expect(FileManager.default.createFile(atPath: log, contents: Data(), attributes: [.posixPermissions: 0o600]))
        try folder.log("audit.log")
        let lines = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("{\"advisorLog\":1,\"created\":") == true)
    }

    /// Two writers that both found the log empty: the first to write starts it with the header, the other does not.
    @Test func twoWritersThatFoundTheLogEmptyWriteOneHeader() throws {
        let folder = try LogFolder()
        defer { folder.remove() }
        let log = AuditLog(path: folder.file("audit.log"))
        let first = try AuditLog.Appender(log), second = try AuditLog.Appender(log)
        let outcome = LogRecord.outcome(LogRecord.OutcomeRecord(time: "2026-03-01T09:30:00Z", adviceId: "a", settled: DecimalAmount(tenThousandths: 200_000)!, form: nil, accepted: true))
        try second.append([outcome])
        try first.append([outcome])
        try second.append([outcome])
        let lines = try String(contentsOfFile: log.path, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines.filter { $0.hasPrefix("{\"advisorLog\"") }.count == 1)
        #expect(try log.read().records == [outcome, outcome, outcome])
    }

    /// A log written before logs had a header (its first line a record) keeps working, and gets no header in its middle.
    @Test func aLogWithoutAHeaderFromAnEarlierVersionIsStillAppendedTo() throws {
        let folder = try LogFolder()
        defer { folder.remove() }
        let log = folder.file("audit.log")
        try folder.log("audit.log")
        let text = try String(contentsOfFile: log, encoding: .utf8)
        let older = text.split(separator: "\n").dropFirst().map { $0 + "\n" }.joined()
        try Data(older.utf8).write(to: URL(fileURLWithPath: log))
        let id = try folder.log("audit.log")
        #expect(advisor(["outcome", id, "--settled", "20", "--accepted", "--log", log]).status == 0)
        let now = try String(contentsOfFile: log, encoding: .utf8)
        #expect(now.hasPrefix(older), "the older lines were changed")
        #expect(!now.contains("advisorLog"))
        let contents = try AuditLog(path: log).read()
        #expect(contents.records.count == 3 && contents.damagedLines.isEmpty)
    }

    /// A header torn by a crash still marks the file as the advisor's: the next record starts on its own line, and the
    /// torn header is reported as a damaged line, not taken for a record.
    @Test func aTornHeaderIsStillTheAdvisorsLog() throws {
        let folder = try LogFolder()
        defer { folder.remove() }
        let log = folder.file("audit.log")
        #expect(FileManager.default.createFile(atPath: log, contents: Data(#"{"advisorLog":1,"crea"#.utf8), attributes: [.posixPermissions: 0o600]))
        let result = advisor(["advise", "--category", "billing", "--log", log])
        #expect(result.status == 0, "\(result.stderr)")
        let contents = try AuditLog(path: log).read()
        #expect(contents.records.count == 1)
        #expect(contents.damagedLines == [1])
    }
}
