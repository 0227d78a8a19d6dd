import Foundation

/// The message Ctrl-C prints, prepared before the signal can arrive because a handler may not allocate.
nonisolated(unsafe) private var interruptMessage: [UInt8] = []

/// Makes Ctrl-C during the intake a clean exit: the draft is already saved after each answer, so the
/// handler only says where it is and leaves with status 130, without a stack trace.
enum InterruptHandler {
    static func install(message: String) {
        interruptMessage = Array(("\n" + message + "\n").utf8)
        signal(SIGINT) { _ in
            interruptMessage.withUnsafeBufferPointer { buffer in
                _ = write(STDERR_FILENO, buffer.baseAddress, buffer.count)
            }
            _exit(130)
        }
    }

    static func remove() {
        signal(SIGINT, SIG_DFL)
    }
}
