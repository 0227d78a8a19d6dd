import FoundationEssentials
import Glibc

/// Opens the audit log's file: never through a symbolic link, never a file that is not a log, never one others may use.
///
/// What the file is comes from `fstat` on the opened descriptor, not from a `stat` before opening, which another
/// process could make a lie by swapping the file in between. The rules themselves are `LogFileRules`.
public enum LogFileOpening {
    /// What every opening adds: no link followed at the last step, no wait for a FIFO's other end, no terminal taken
    /// over by opening a device, no descriptor left to a child process.
    private static let safely = O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC

    /// The most of a file read to find its first line; a log record is a few kilobytes.
    private static let longestFirstLine = 1 << 20

    /// Opens the log for appending, creating it (and any missing folder) with the sharing's modes.
    /// - Returns: The descriptor, and the file's size when it was opened.
    /// - Throws: `.refused` naming why the file is not used, or `.cannotOpen` with the system's reason.
    static func openForAppending(_ path: String, sharing: LogSharing) throws(AuditLog.LogError) -> (descriptor: Int32, size: Int) {
        if case let .unknown(value) = sharing { throw .refused(path, .unknownSharing(value)) }
        // Twice at most: a log another writer creates between the two tries is opened as an existing one.
        for _ in 0..<2 {
            let descriptor = open(path, O_RDWR | O_APPEND | safely)
            if descriptor >= 0 { return try checkedForAppending(descriptor, path, sharing) }
            guard errno == ENOENT else { throw failure(path, errno: errno) }
            if let created = try create(path, sharing) { return (created, 0) }
        }
        throw .cannotOpen(path, reason: String(cString: strerror(EEXIST)))
    }

    /// The log opened for reading and its status, once it is known to be a log; nil when there is no file.
    ///
    /// For readers that take the log a piece at a time (the precedents): the same refusals as `contents`, from the first
    /// line alone.
    public static func openForReading(_ path: String) throws(AuditLog.LogError) -> (descriptor: Int32, status: stat)? {
        let descriptor = open(path, O_RDONLY | safely)
        guard descriptor >= 0 else {
            if errno == ENOENT { return nil }
            throw failure(path, errno: errno)
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            throw .cannotOpen(path, reason: reason)
        }
        if let kind = LogFileFacts.kind(mode: UInt32(status.st_mode)) {
            close(descriptor)
            throw .refused(path, .notAFile(kind))
        }
        let first = firstLine(descriptor, size: Int(status.st_size))
        let facts = LogFileFacts(status, content: LogFileFacts.content(firstLine: first, isEmpty: status.st_size == 0))
        if let refusal = LogFileRules.refusalToRead(facts) {
            close(descriptor)
            throw .refused(path, refusal)
        }
        return (descriptor, status)
    }

    /// The log's bytes for reading, or nil when there is no file; a file that is not a log is refused, as for appending.
    public static func contents(_ path: String) throws(AuditLog.LogError) -> Data? {
        let descriptor = open(path, O_RDONLY | safely)
        guard descriptor >= 0 else {
            if errno == ENOENT { return nil }
            throw failure(path, errno: errno)
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .cannotOpen(path, reason: String(cString: strerror(errno))) }
        if let kind = LogFileFacts.kind(mode: UInt32(status.st_mode)) { throw .refused(path, .notAFile(kind)) }
        let data: Data
        switch FileBytes.readToEnd(descriptor) {
        case let .success(bytes): data = bytes
        case let .failure(failure): throw .cannotOpen(path, reason: failure.reason)
        }
        let firstLine = data.prefix(longestFirstLine).split(separator: 10, maxSplits: 1, omittingEmptySubsequences: false).first ?? Data()
        let facts = LogFileFacts(status, content: LogFileFacts.content(firstLine: ArraySlice(firstLine), isEmpty: data.isEmpty))
        if let refusal = LogFileRules.refusalToRead(facts) { throw .refused(path, refusal) }
        return data
    }

    /// The descriptor of an existing file, once it is known to be a log this user may append to; closed otherwise.
    private static func checkedForAppending(_ descriptor: Int32, _ path: String, _ sharing: LogSharing)
        throws(AuditLog.LogError) -> (descriptor: Int32, size: Int) {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            throw .cannotOpen(path, reason: reason)
        }
        let isRegular = LogFileFacts.kind(mode: UInt32(status.st_mode)) == nil
        // Only a regular file's first line is read: reading a device could have side effects.
        let firstLine = isRegular ? Self.firstLine(descriptor, size: Int(status.st_size)) : []
        let facts = LogFileFacts(status, content: LogFileFacts.content(firstLine: firstLine, isEmpty: status.st_size == 0))
        if let refusal = LogFileRules.refusalToAppend(facts, user: UInt32(geteuid()), groups: processGroups(), sharing: sharing) {
            close(descriptor)
            throw .refused(path, refusal)
        }
        // Non-blocking served the opening only; writes to a regular file never wait anyway.
        _ = fcntl(descriptor, F_SETFL, O_APPEND)
        return (descriptor, Int(status.st_size))
    }

    /// Creates the log, and any missing folder on its way, never following a link; nil when another writer created it first.
    private static func create(_ path: String, _ sharing: LogSharing) throws(AuditLog.LogError) -> Int32? {
        let name = PathText.lastComponent(path)
        // An empty name names nothing; one ending in a slash names a folder, which the log cannot be.
        guard !name.isEmpty else { throw .cannotOpen(path, reason: String(cString: strerror(ENOENT))) }
        guard !path.hasSuffix("/") else { throw .cannotOpen(path, reason: String(cString: strerror(EISDIR))) }
        let folder = PathText.folder(path)
        let folderDescriptor = try openFolder(folder, creatingWith: sharing, for: path)
        defer { close(folderDescriptor) }
        let descriptor = openat(folderDescriptor, name, O_RDWR | O_APPEND | O_CREAT | O_EXCL | safely, sharing.fileMode)
        guard descriptor >= 0 else {
            if errno == EEXIST { return nil }
            throw failureToCreate(in: folder, path, errno: errno)
        }
        // The mode given to open passed through the umask, which may have taken the group's bits; set it whole.
        // Then sync the folder, so the log's name survives a power cut along with its records.
        guard fchmod(descriptor, sharing.fileMode) == 0, fsync(folderDescriptor) == 0 else {
            let reason = String(cString: strerror(errno))
            unlinkat(folderDescriptor, name, 0)
            close(descriptor)
            throw .cannotOpen(path, reason: reason)
        }
        _ = fcntl(descriptor, F_SETFL, O_APPEND)
        return descriptor
    }

    /// Opens a folder, creating it and any missing folder above it with the sharing's folder mode.
    ///
    /// A folder that exists is opened as named, links and all (as `/tmp` may be one); a folder the advisor creates is
    /// opened without following a link, so the log goes into the very folder that was made.
    private static func openFolder(_ folder: String, creatingWith sharing: LogSharing, for path: String) throws(AuditLog.LogError) -> Int32 {
        let existing = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if existing >= 0 { return existing }
        let name = PathText.lastComponent(folder)
        guard errno == ENOENT, !name.isEmpty, name != "/" else { throw .cannotOpen(path, reason: String(cString: strerror(errno))) }
        let parent = PathText.folder(folder)
        let parentDescriptor = try openFolder(parent, creatingWith: sharing, for: path)
        defer { close(parentDescriptor) }
        let created = mkdirat(parentDescriptor, name, sharing.folderMode) == 0
        if !created, errno != EEXIST { throw failureToCreate(in: parent, path, errno: errno) }
        let descriptor = openat(parentDescriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { throw .cannotOpen(path, reason: String(cString: strerror(errno))) }
        guard created else { return descriptor }
        // mkdir's mode passed through the umask; set it whole, keeping a set-group-id bit inherited from a team's folder
        // so the log inside still goes to the team's group. The parent is synced so the new folder survives a power cut.
        var status = stat()
        let inherited = fstat(descriptor, &status) == 0 ? status.st_mode & S_ISGID : 0
        guard fchmod(descriptor, sharing.folderMode | inherited) == 0, fsync(parentDescriptor) == 0 else {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            throw .cannotOpen(path, reason: reason)
        }
        return descriptor
    }

    /// The first line of an open file, without its newline, or as much of it as `longestFirstLine` allows.
    private static func firstLine(_ descriptor: Int32, size: Int) -> ArraySlice<UInt8> {
        var bytes: [UInt8] = []
        var wanted = min(size, 4096)
        while bytes.count < wanted {
            var chunk = [UInt8](repeating: 0, count: wanted - bytes.count)
            let count = chunk.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, off_t(bytes.count)) }
            if count <= 0 { break }
            bytes += chunk.prefix(count)
            // A header is known by its start; any other first line must be read whole to see whether it is a record.
            if LogHeader.begins(bytes) || bytes.contains(10) { break }
            if bytes.count == wanted { wanted = min(size, longestFirstLine, wanted * 4) }
        }
        return bytes.split(separator: 10, maxSplits: 1, omittingEmptySubsequences: false).first ?? []
    }

    /// The refusal or failure an `open` of the log's path met.
    private static func failure(_ path: String, errno code: Int32) -> AuditLog.LogError {
        var status = stat()
        // `lstat` only names what the kernel refused: the decision was the failed open's, so no race matters here.
        let found = lstat(path, &status) == 0
        let isLink = found && UInt32(status.st_mode) & UInt32(S_IFMT) == UInt32(S_IFLNK)
        switch code {
        case ELOOP where isLink: return .refused(path, .symbolicLink)
        case EISDIR: return .refused(path, .notAFile(.directory))
        // A socket, or a device without its driver, cannot be opened at all.
        case ENXIO where found && !isLink, EOPNOTSUPP where found && !isLink:
            return .refused(path, .notAFile(LogFileFacts.kind(mode: UInt32(status.st_mode)) ?? .other))
        default: return .cannotOpen(path, reason: String(cString: strerror(code)))
        }
    }

    /// The failure to create the log or a folder for it in `folder`: unwritable, or any other reason the system gave.
    private static func failureToCreate(in folder: String, _ path: String, errno code: Int32) -> AuditLog.LogError {
        let reason = String(cString: strerror(code))
        switch code {
        case EACCES, EPERM, EROFS: return .refused(path, .folderNotWritable(folder: folder.isEmpty ? "." : folder, reason: reason))
        default: return .cannotOpen(path, reason: reason)
        }
    }

    /// The effective group and the supplementary groups of this process.
    private static func processGroups() -> Set<UInt32> {
        var groups = Set([UInt32(getegid())])
        let count = getgroups(0, nil)
        if count > 0 {
            var list = [gid_t](repeating: 0, count: Int(count))
            let filled = getgroups(count, &list)
            if filled > 0 { groups.formUnion(list.prefix(Int(filled)).map { UInt32($0) }) }
        }
        return groups
    }
}

extension LogFileFacts {
    /// The facts of a file from its `fstat` and what its first line holds.
    init(_ status: stat, content: Content) {
        self.init(kind: Self.kind(mode: UInt32(status.st_mode)), uid: UInt32(status.st_uid), gid: UInt32(status.st_gid),
                  permissions: UInt32(status.st_mode) & 0o777, content: content)
    }
}
