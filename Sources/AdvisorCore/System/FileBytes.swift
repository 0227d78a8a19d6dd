import FoundationEssentials
import Glibc

/// A whole file's bytes, read with `read(2)`: Foundation's `FileHandle` is not in FoundationEssentials.
public enum FileBytes {
    /// Reads from the descriptor to its end, retrying a read a signal interrupted.
    /// - Returns: The bytes, or the `errno` of the read that failed.
    public static func readToEnd(_ descriptor: Int32) -> Result<Data, Errno> {
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return .success(data) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(Errno(code: errno))
            }
            data.append(contentsOf: chunk[..<count])
            // A large file is read in larger pieces, so a log of hundreds of megabytes takes few calls.
            if chunk.count < 1 << 24, count == chunk.count { chunk = [UInt8](repeating: 0, count: chunk.count * 4) }
        }
    }

    /// Reads a whole file by its path.
    /// - Returns: The bytes, or the `errno` of the open or the read that failed.
    public static func read(path: String) -> Result<Data, Errno> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(Errno(code: errno)) }
        defer { close(descriptor) }
        return readToEnd(descriptor)
    }

    /// Replaces the file at `path` whole: the bytes go to a new file beside it, which is then renamed over it, so a
    /// reader finds the old file or the new one, never half of one.
    /// - Parameters:
    ///   - mode: The new file's exact mode, whatever the umask; nil gives 0666 less the umask, as other tools' files.
    ///   - synced: Whether the bytes reach the disk before the rename, so a crash cannot leave an empty file behind.
    /// - Returns: nil, or the `errno` of the step that failed; the new file is then removed.
    public static func replace(_ path: String, with bytes: UnsafeRawBufferPointer, mode: mode_t? = nil, synced: Bool = false)
        -> Errno? {
        let folder = PathText.folder(path)
        let temporary = PathText.appending(".\(PathText.lastComponent(path)).tmp-\(getpid())", to: folder)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode ?? 0o666)
        guard descriptor >= 0 else { return Errno(code: errno) }
        var failure: Int32? = nil
        if let mode, fchmod(descriptor, mode) != 0 { failure = errno }
        if failure == nil { failure = writeAll(descriptor, bytes) }
        if failure == nil, synced, fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0, failure == nil { failure = errno }
        if failure == nil, rename(temporary, path) != 0 { failure = errno }
        guard let failure else { return nil }
        unlink(temporary)
        return Errno(code: failure)
    }

    /// Writes every byte, resuming after a signal or a partial write; returns the `errno` of a write that failed.
    private static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32? {
        guard var next = bytes.baseAddress else { return nil }
        var left = bytes.count
        while left > 0 {
            let written = Glibc.write(descriptor, next, left)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            next += written
            left -= written
        }
        return nil
    }

    /// An `errno` value and the C library's words for it.
    public struct Errno: Error, Equatable {
        /// The value.
        public let code: Int32
        /// What the C library says the value means, as "No such file or directory".
        public var reason: String { String(cString: strerror(code)) }
    }
}
