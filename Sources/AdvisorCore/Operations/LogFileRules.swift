import FoundationEssentials
import Glibc
import JSON

/// Who besides its owner may read and write the audit log, which holds what customers said.
public enum LogSharing: Equatable, Sendable {
    /// The owner only: a new log is 0600, a folder made for it 0700.
    case owner
    /// The owner's group too, for a team that shares one log: 0660 and 0770.
    case group
    /// A setting the advisor does not know; opening the log refuses it, so a typo never leaves a log more open, or less, than meant.
    case unknown(String)

    /// The sharing `ADVISOR_LOG_SHARED` asks for: unset or empty is the owner only.
    public init(setting: String?) {
        switch setting {
        case nil, "": self = .owner
        case "group": self = .group
        case let other?: self = .unknown(other)
        }
    }

    /// The mode a new log gets, set after creating it so the umask cannot widen or narrow it.
    var fileMode: mode_t { self == .group ? 0o660 : 0o600 }

    /// The mode a folder the advisor creates for the log gets.
    var folderMode: mode_t { self == .group ? 0o770 : 0o700 }
}

/// The advisor's own first line of a log: it tells a log from any other file, so `--log policy.json` is refused.
///
/// `{"advisorLog":1,"created":"2026-03-01T09:30:00Z","advisor":"0.1.0"}`: the format of the lines (1), when the log
/// was made, and by which version. Readers skip it; it starts with `{"advisorLog":` so a header torn by a crash is
/// still recognised as the advisor's.
public enum LogHeader {
    /// The format of the log's lines this version writes.
    public static let format = 1

    static let prefix = Array(#"{"advisorLog":"#.utf8)

    /// The header line, with its newline, of a log whose first record is written at `created`.
    static func line(created: String) -> String {
        #"{"advisorLog":\#(format),"created":"\#(created)","advisor":"\#(AdvisorVersion.current)"}"# + "\n"
    }

    /// Whether `bytes` start the way a header does, whole or torn.
    static func begins<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        bytes.starts(with: prefix)
    }

    /// Whether a line, without its newline, is a whole header line, which a reader skips; a torn one is a damaged line.
    public static func isHeader<Line: BidirectionalCollection<UInt8>>(_ line: Line) -> Bool {
        begins(line) && line.last(where: { $0 != 32 && $0 != 13 && $0 != 9 }) == UInt8(ascii: "}")
    }
}

/// Why a file named as the audit log is not used.
public enum LogRefusal: Equatable, Sendable {
    /// The name is a symbolic link, dangling or not: a link could send customers' words anywhere.
    case symbolicLink
    /// Not a regular file.
    case notAFile(FileKind)
    /// A regular file that is neither empty nor a log: the advisor would be appending to someone's policy or data.
    case notALog
    /// Owned by another user who, in a shared log, is not in one of our groups either.
    case otherOwner(uid: UInt32, gid: UInt32, sharing: LogSharing)
    /// Every user on the machine may read or write it; `permissions` holds the mode's low nine bits.
    case openToEveryone(permissions: UInt32)
    /// The log would be created in a folder the advisor may not write, named with the system's reason.
    case folderNotWritable(folder: String, reason: String)
    /// `ADVISOR_LOG_SHARED` holds a value the advisor does not know.
    case unknownSharing(String)

    /// What kind of thing other than a regular file stands at the log's path.
    public enum FileKind: Equatable, Sendable {
        case directory, namedPipe, device, socket, other
    }

    /// Not a log at all is bad data (65); a log others could use, an unwritable folder, a system failure (1); a bad
    /// setting, the command line's (64).
    public var exitCode: Int32 {
        switch self {
        case .symbolicLink, .notAFile, .notALog: ExitCode.dataError
        case .otherOwner, .openToEveryone, .folderNotWritable: ExitCode.failure
        case .unknownSharing: ExitCode.usage
        }
    }
}

/// What stands at the log's path, as `fstat` on the opened descriptor and the file's first line tell.
struct LogFileFacts: Equatable {
    /// What the file's first bytes say it is.
    enum Content: Equatable {
        case empty
        /// It starts with the advisor's header.
        case advisorLog
        /// No header, but its first line is a log record: a log written before headers, which keeps working.
        case logWithoutHeader
        case somethingElse
    }

    var kind: LogRefusal.FileKind?
    var uid: UInt32
    var gid: UInt32
    var permissions: UInt32
    var content: Content

    /// The kind of a file from its `st_mode`; nil for a regular file.
    static func kind(mode: UInt32) -> LogRefusal.FileKind? {
        switch mode & UInt32(S_IFMT) {
        case UInt32(S_IFREG): nil
        case UInt32(S_IFDIR): .directory
        case UInt32(S_IFIFO): .namedPipe
        case UInt32(S_IFCHR), UInt32(S_IFBLK): .device
        case UInt32(S_IFSOCK): .socket
        default: .other
        }
    }

    /// What a file holds, from its first line (or as much of it as was read) and whether it is empty.
    static func content(firstLine: ArraySlice<UInt8>, isEmpty: Bool) -> Content {
        if isEmpty { return .empty }
        if LogHeader.begins(firstLine) { return .advisorLog }
        // Read as `AuditLog.read()` reads every line: the project's strict parser, then the record's own decoding.
        if let node = try? JSONParser.parse(Data(firstLine)), (try? JSONNodeDecoder().decode(LogRecord.self, from: node)) != nil {
            return .logWithoutHeader
        }
        return .somethingElse
    }
}

/// The rules a file must meet to be read or appended to as the audit log; pure, so each can be tested apart from the disk.
enum LogFileRules {
    /// Why the file cannot be read as a log, or nil: what it is matters, not who owns it.
    static func refusalToRead(_ facts: LogFileFacts) -> LogRefusal? {
        if let kind = facts.kind { return .notAFile(kind) }
        if facts.content == .somethingElse { return .notALog }
        return nil
    }

    /// Why the file cannot be appended to as a log, or nil.
    /// - Parameters:
    ///   - facts: What stands at the path.
    ///   - user: The effective user id of this process.
    ///   - groups: The process's groups, effective and supplementary.
    ///   - sharing: Who besides the owner may use the log.
    static func refusalToAppend(_ facts: LogFileFacts, user: UInt32, groups: Set<UInt32>, sharing: LogSharing) -> LogRefusal? {
        // What the file is comes first: `--log policy.json` is a wrong name, which no chmod or chown would fix.
        if let refusal = refusalToRead(facts) { return refusal }
        // Another user's log could be read or rewritten by them; a team's log is shared through its group, on request.
        if facts.uid != user, sharing != .group || !groups.contains(facts.gid) {
            return .otherOwner(uid: facts.uid, gid: facts.gid, sharing: sharing)
        }
        if facts.permissions & 0o007 != 0 { return .openToEveryone(permissions: facts.permissions) }
        return nil
    }
}
