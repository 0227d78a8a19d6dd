import AdvisorCore
import FoundationEssentials
import Glibc

/// Files that hold customers' words: readable by their owner only, whatever the umask, and never left half written.
enum PrivateFile {
    /// Why a private file could not be written.
    struct Failure: Error {
        let reason: String
    }

    /// Writes `data` to `path` through a temporary file in the same folder, synced, then renamed over the old file.
    ///
    /// The folder is created 0700 and the file 0600 with explicit modes, so a permissive umask (022, or 000) cannot
    /// make them readable by others; the temporary file is removed on every failure.
    static func write(_ data: Data, to path: String) throws(Failure) {
        let folder = PathText.folder(path)
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
            let parent = PathText.folder(folder)
            if !parent.isEmpty, !FileManager.default.fileExists(atPath: parent) {
                try makeFolders(parent)
            }
            // mkdir applies the umask to the mode, so it is set again, on the folder just made (opened without following
            // a link), not on whatever the path might name by then.
            guard mkdir(folder, 0o700) == 0 || errno == EEXIST else { throw Failure(reason: String(cString: strerror(errno))) }
            let directory = open(folder, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard directory >= 0 else { throw Failure(reason: String(cString: strerror(errno))) }
            fchmod(directory, 0o700)
            close(directory)
        }
        let temporary = path + ".tmp-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw Failure(reason: String(cString: strerror(errno))) }
        var ok = fchmod(descriptor, 0o600) == 0
        data.withUnsafeBytes { raw in
            var offset = 0
            while ok, offset < raw.count {
                let written = Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 { if errno != EINTR { ok = false } } else { offset += written }
            }
        }
        let reason = ok ? "" : String(cString: strerror(errno))
        ok = ok && fsync(descriptor) == 0
        close(descriptor)
        guard ok, rename(temporary, path) == 0 else {
            let why = reason.isEmpty ? String(cString: strerror(errno)) : reason
            unlink(temporary)
            throw Failure(reason: why)
        }
    }

    /// Makes `path` and every missing folder above it, each 0700 less the umask, as `mkdir -p` does.
    private static func makeFolders(_ path: String) throws(Failure) {
        let parent = PathText.folder(path)
        if !parent.isEmpty, parent != path, access(parent, F_OK) != 0 { try makeFolders(parent) }
        if mkdir(path, 0o700) == 0 {
            // The umask may have taken the owner's own write bit (0277), and the draft's folder goes inside this one.
            chmod(path, 0o700)
        } else if errno != EEXIST {
            throw Failure(reason: String(cString: strerror(errno)))
        }
    }
}
