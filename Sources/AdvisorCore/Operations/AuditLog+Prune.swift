import Glibc
import Knowledge

extension AuditLog {
    /// Drops the customer's words from advice records logged more than `days` days ago, keeping every record and figure.
    ///
    /// The log is rewritten whole: into a temporary file in its own folder, created 0600, synced, then renamed over the
    /// log and the folder synced, so a crash leaves the old log or the new one, never half of each. An exclusive lock on
    /// the log keeps two prunes apart, and records other agents append meanwhile are carried over: those that land before
    /// the rename by copying what the log grew by, those that land just after it by appending them to the new log.
    /// - Parameters:
    ///   - days: The age, in whole days, past which a record's words go.
    ///   - now: The time to count from, in seconds since 1970.
    /// - Returns: What was done; the log is left untouched when no record had words to drop.
    /// - Throws: `LogPruneError` when the log is missing, is not a regular file, or cannot be read or replaced.
    public func pruneWords(olderThan days: Int, now: Int = Int(time(nil))) throws(LogPruneError) -> WordsRetention.Report {
        var link = stat()
        guard lstat(path, &link) == 0 else {
            throw errno == ENOENT ? .noLog(path) : .cannotRead(path, reason: String(cString: strerror(errno)))
        }
        guard link.st_mode & S_IFMT == S_IFREG else { throw .notARegularFile(path, kind: LogPruneError.FileKind(mode: link.st_mode)) }
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { throw .cannotRead(path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var opened = stat()
        guard fstat(fd, &opened) == 0, opened.st_mode & S_IFMT == S_IFREG, opened.st_ino == link.st_ino, opened.st_dev == link.st_dev else {
            throw .notARegularFile(path, kind: .changed)
        }
        guard flock(fd, LOCK_EX) == 0 else { throw .cannotRead(path, reason: String(cString: strerror(errno))) }
        let old = try Self.readAll(fd, from: 0, path: path)
        let (bytes, report) = WordsRetention.prune(old, before: now - days * 86_400)
        guard report.pruned > 0 else { return report }

        let folder = PathText.folder(path)
        let temporary = (folder.isEmpty ? "" : folder + "/") + ".\(PathText.lastComponent(path)).prune-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let out = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard out >= 0 else { throw .cannotRewrite(path, reason: String(cString: strerror(errno))) }
        var renamed = false
        defer {
            close(out)
            if !renamed { unlink(temporary) }
        }
        // The umask may have taken bits away, never added any; 0600 is set again so it holds as asked. The owner stays
        // the log's, so a supervisor pruning with more rights does not lock the agents out; with the same rights it is a
        // no-op, and the group, which 0600 gives nothing, may stay the pruner's.
        guard fchmod(out, 0o600) == 0 else { throw .cannotRewrite(path, reason: String(cString: strerror(errno))) }
        _ = fchown(out, link.st_uid, link.st_gid)
        try Self.writeAll(out, bytes, path: path)
        // What other agents appended while the words were being dropped goes over as it is: new records are not old.
        var copied = old.count
        while true {
            let grown = try Self.readAll(fd, from: copied, path: path)
            if grown.isEmpty { break }
            try Self.writeAll(out, grown, path: path)
            copied += grown.count
        }
        guard fsync(out) == 0 else { throw .cannotRewrite(path, reason: String(cString: strerror(errno))) }
        guard rename(temporary, path) == 0 else { throw .cannotRewrite(path, reason: String(cString: strerror(errno))) }
        renamed = true
        let directory = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if directory >= 0 {
            fsync(directory)
            close(directory)
        }
        // An append that reached the old file between the last copy and the rename is not left behind in it.
        let late = try Self.readAll(fd, from: copied, path: path)
        if !late.isEmpty {
            let appender = open(path, O_WRONLY | O_APPEND | O_NOFOLLOW | O_CLOEXEC)
            guard appender >= 0 else { throw .lateRecordsNotCarried(path, bytes: late.count, reason: String(cString: strerror(errno))) }
            defer { close(appender) }
            do {
                try Self.writeAll(appender, late, path: path)
            } catch {
                throw .lateRecordsNotCarried(path, bytes: late.count, reason: error.reason)
            }
            fsync(appender)
        }
        return report
    }

    /// Everything in the file from `offset` to its end.
    private static func readAll(_ fd: Int32, from offset: Int, path: String) throws(LogPruneError) -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var position = offset
        while true {
            let count = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(position)) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .cannotRead(path, reason: String(cString: strerror(errno)))
            }
            if count == 0 { return bytes }
            bytes += buffer[0..<count]
            position += count
        }
    }

    /// Writes all of `bytes`, however many calls it takes.
    private static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws(LogPruneError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                throw .cannotRewrite(path, reason: String(cString: strerror(errno)))
            }
            offset += written
        }
    }
}

/// Why the words could not be dropped from the log; the log is then as it was.
public enum LogPruneError: Error, Equatable, Sendable {
    case noLog(String)
    case notARegularFile(String, kind: FileKind)
    case cannotRead(String, reason: String)
    case cannotRewrite(String, reason: String)
    /// The log was rewritten, but records appended to the old file just before the rename could not be added to it.
    case lateRecordsNotCarried(String, bytes: Int, reason: String)

    /// The system's reason, for a failure that is passed on as another.
    var reason: String {
        switch self {
        case let .cannotRead(_, reason), let .cannotRewrite(_, reason), let .lateRecordsNotCarried(_, _, reason): reason
        case .noLog, .notARegularFile: ""
        }
    }

    /// What stands at the log's path instead of a regular file.
    public enum FileKind: Equatable, Sendable {
        case symbolicLink, directory, pipe, socket, device
        /// The file was replaced while it was being opened.
        case changed

        init(mode: mode_t) {
            switch mode & S_IFMT {
            case S_IFLNK: self = .symbolicLink
            case S_IFDIR: self = .directory
            case S_IFIFO: self = .pipe
            case S_IFSOCK: self = .socket
            default: self = .device
            }
        }
    }
}

extension LogPruneError: ReportableError {
    public func message(in language: Language) -> String {
        typealias P = LogPrunePhrases
        return switch self {
        case let .noLog(path): P.noLog(path).text(language)
        case let .notARegularFile(path, kind): P.notARegularFile(path, kind: P.kind(kind)).text(language)
        case let .cannotRead(path, reason): P.cannotRead(path, reason: reason).text(language)
        case let .cannotRewrite(path, reason): P.cannotRewrite(path, reason: reason).text(language)
        case let .lateRecordsNotCarried(path, bytes, reason): P.lateRecordsNotCarried(path, bytes: bytes, reason: reason).text(language)
        }
    }

    public var location: String? {
        switch self {
        case let .noLog(path), let .notARegularFile(path, _), let .cannotRead(path, _), let .cannotRewrite(path, _),
             let .lateRecordsNotCarried(path, _, _): path
        }
    }

    /// A log that is not there was named wrongly; one that cannot be used as it is is neither the command line's fault
    /// nor its data's.
    public var exitCode: Int32 {
        switch self {
        case .noLog: ExitCode.usage
        case .notARegularFile, .cannotRead, .cannotRewrite, .lateRecordsNotCarried: ExitCode.failure
        }
    }
}

/// Every phrase about dropping words from the log, in both languages, named by what it says.
enum LogPrunePhrases {
    static func noLog(_ path: String) -> Bilingual {
        Bilingual(zh: "没有审计日志 \(path)；请用 --log 或 ADVISOR_LOG 指定日志文件", en: "there is no audit log at \(path); name the log with --log or ADVISOR_LOG")
    }
    static func notARegularFile(_ path: String, kind: Bilingual) -> Bilingual {
        Bilingual(zh: "\(path) 是\(kind.zh)，不是普通文件，不能改写；请用 --log 指定日志文件本身",
                  en: "\(path) is \(kind.en), not a regular file, so it is not rewritten; name the log file itself with --log")
    }
    static func kind(_ kind: LogPruneError.FileKind) -> Bilingual {
        switch kind {
        case .symbolicLink: Bilingual(zh: "符号链接", en: "a symbolic link")
        case .directory: Bilingual(zh: "文件夹", en: "a folder")
        case .pipe: Bilingual(zh: "管道", en: "a pipe")
        case .socket: Bilingual(zh: "套接字", en: "a socket")
        case .device: Bilingual(zh: "设备", en: "a device")
        case .changed: Bilingual(zh: "打开时被换掉的文件", en: "a file replaced while it was being opened")
        }
    }
    static func cannotRead(_ path: String, reason: String) -> Bilingual {
        Bilingual(zh: "无法读取审计日志 \(path)：\(reason)；请检查权限后重试", en: "cannot read the audit log \(path): \(reason); check its permissions and try again")
    }
    static func cannotRewrite(_ path: String, reason: String) -> Bilingual {
        Bilingual(zh: "无法改写审计日志 \(path)：\(reason)；日志保持原样，请检查所在文件夹的空间和写权限后重试",
                  en: "cannot rewrite the audit log \(path): \(reason); the log is as it was; check its folder's free space and write permission, and try again")
    }
    static func lateRecordsNotCarried(_ path: String, bytes: Int, reason: String) -> Bilingual {
        Bilingual(zh: "审计日志 \(path) 已改写，但改写最后一刻其他坐席追加的 \(bytes) 字节未能补入：\(reason)；这些记录不在日志里，请在没有人写日志时改写，并请管理员核对",
                  en: "the audit log \(path) was rewritten, but \(bytes) bytes other agents appended at the last moment could not be added: \(reason); those records are missing from it; prune while nobody is logging, and ask an administrator to check")
    }
}
