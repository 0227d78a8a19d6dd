import Glibc

/// The messages Ctrl-C prints, prepared before the signal can arrive because a handler may not allocate: one for when
/// the draft exists, one for before the first answer saved it.
nonisolated(unsafe) private var interruptMessage: [UInt8] = []
nonisolated(unsafe) private var nothingSavedMessage: [UInt8] = []
/// The draft's path as a C string, so the handler can ask (with the signal-safe `access`) whether it exists yet.
nonisolated(unsafe) private var draftPath: [CChar] = []

/// Makes Ctrl-C during the intake a clean exit: the draft is already saved after each answer, so the
/// handler only says where it is and leaves with status 130, without a stack trace.
enum InterruptHandler {
    static func install(message: String, nothingSaved: String, draft: String) {
        interruptMessage = Array(("\n" + message + "\n").utf8)
        nothingSavedMessage = Array(("\n" + nothingSaved + "\n").utf8)
        draftPath = Array(draft.utf8CString)
        // A parent may start the advisor with SIGINT blocked (some process launchers do): Ctrl-C would then do nothing.
        var interrupt = sigset_t()
        sigemptyset(&interrupt)
        sigaddset(&interrupt, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &interrupt, nil)
        signal(SIGINT) { _ in
            let saved = draftPath.withUnsafeBufferPointer { access($0.baseAddress!, F_OK) == 0 }
            (saved ? interruptMessage : nothingSavedMessage).withUnsafeBufferPointer { buffer in
                _ = write(STDERR_FILENO, buffer.baseAddress, buffer.count)
            }
            _exit(130)  // ExitCode.interrupted, written out: a global read in a signal handler may run its initialiser
        }
    }

    static func remove() {
        signal(SIGINT, SIG_DFL)
    }
}
