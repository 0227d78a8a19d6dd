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
        // Exactly 0600 whatever the umask, and synced: the draft is what survives a crash of the intake.
        if let failure = data.withUnsafeBytes({ FileBytes.replace(path, with: $0, mode: 0o600, synced: true) }) {
            throw Failure(reason: failure.reason)
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
