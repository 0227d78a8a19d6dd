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

    /// An `errno` value and the C library's words for it.
    public struct Errno: Error, Equatable {
        /// The value.
        public let code: Int32
        /// What the C library says the value means, as "No such file or directory".
        public var reason: String { String(cString: strerror(code)) }
    }
}
