import AdvisorCore
import Glibc

/// Writes a file the user asked for, replacing it whole so a reader never sees half of it.
enum OutputFile {
    /// Writes `text` to a temporary file beside `path`, then renames it over `path`.
    /// - Throws: `CLIError.cannotWrite` with the C library's words for what failed.
    static func write(_ text: String, to path: String) throws {
        let folder = PathText.folder(path)
        let temporary = PathText.appending(".\(PathText.lastComponent(path)).tmp-\(getpid())", to: folder.isEmpty ? "" : folder)
        // 0666 less the umask, as any new file the user's tools write.
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw CLIError.cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        var failure: Int32? = nil
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if close(descriptor) != 0, failure == nil { failure = errno }
        if failure == nil, rename(temporary, path) != 0 { failure = errno }
        if let failure {
            unlink(temporary)
            throw CLIError.cannotWrite(path: path, reason: String(cString: strerror(failure)))
        }
    }
}
