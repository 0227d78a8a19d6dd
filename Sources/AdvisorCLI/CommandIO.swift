import AdvisorCore
import FoundationEssentials
import Glibc
import Knowledge

/// The process's surroundings as the commands see them, so tests can supply their own.
public struct CommandIO {
    public var environment: Environment
    /// Reads one line of standard input without its newline; nil at end of input.
    public var readLine: () -> String?
    /// Whether standard input is a terminal, so prompts are worth printing.
    public var inputIsTerminal: Bool
    public var writeOutput: (String) -> Void
    public var writeError: (String) -> Void
    /// Writes bytes to standard output; large outputs skip the trip through String.
    public var writeOutputData: (Data) -> Void
    /// Writes text that is already safe and may carry the advisor's own colour codes, which `writeOutput` would escape.
    public var writeStyledOutput: (String) -> Void
    /// Columns of the terminal standard output goes to; nil when it goes to a pipe or a file.
    public var outputColumns: Int? = nil
    /// Whether standard output is a terminal, where colour helps; a pipe or a file gets none.
    public var outputIsTerminal = false

    /// The widest a card may be, past which lines get too long to take in at a glance.
    public static let widestCard = 120

    /// How wide a card may be: the terminal's width up to `widestCard` columns, and 80 when piped or narrower.
    public var cardWidth: Int {
        guard let columns = outputColumns else { return 80 }
        return min(max(columns, 80), Self.widestCard)
    }

    /// Creates surroundings from parts.
    /// - Parameters:
    ///   - environment: The environment variables.
    ///   - readLine: Reads one line of input, nil at end.
    ///   - inputIsTerminal: Whether input comes from a person at a terminal.
    ///   - writeOutput: Writes to standard output.
    ///   - writeError: Writes to standard error.
    public init(
        environment: Environment, readLine: @escaping () -> String?, inputIsTerminal: Bool,
        writeOutput: @escaping (String) -> Void, writeError: @escaping (String) -> Void
    ) {
        self.environment = environment
        self.readLine = readLine
        self.inputIsTerminal = inputIsTerminal
        // Every text reaches the terminal through these two, so this is the one place it is made safe.
        self.writeOutput = { writeOutput(TerminalText.safe($0)) }
        self.writeError = { writeError(TerminalText.safe($0)) }
        writeStyledOutput = writeOutput
        writeOutputData = { writeOutput(String(decoding: $0, as: UTF8.self)) }
    }

    /// The real process: its environment, standard input, output and error.
    public static func process() -> CommandIO {
        // A reader that stops early (`advise --batch … | head`) ends the advisor as it ends any filter, silently by
        // SIGPIPE, whatever disposition the parent left; a write to the closed pipe would otherwise be a trap.
        signal(SIGPIPE, SIG_DFL)
        var io = CommandIO(
            environment: .process,
            readLine: { Swift.readLine(strippingNewline: true) },
            inputIsTerminal: isatty(STDIN_FILENO) == 1,
            writeOutput: { writeAll(STDOUT_FILENO, $0) },
            writeError: { writeAll(STDERR_FILENO, $0) }
        )
        io.writeOutputData = { data in data.withUnsafeBytes { writeAll(STDOUT_FILENO, $0) } }
        io.outputColumns = terminalColumns()
        io.outputIsTerminal = isatty(STDOUT_FILENO) == 1
        return io
    }
}

/// Writes text to a file descriptor, straight from the string's bytes: going through `FileHandle` and `Data` cost a single
/// advice more than printing its card.
func writeAll(_ fd: Int32, _ text: String) {
    var text = text
    text.withUTF8 { writeAll(fd, UnsafeRawBufferPointer($0)) }
}

/// Writes bytes to a file descriptor, resuming after a signal or a partial write.
///
/// A closed pipe ends the process by SIGPIPE, as `process()` arranges. Any other failure (a full disk) ends it with the
/// error on standard error and status 1: output that silently stopped would look complete.
func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) {
    guard var next = bytes.baseAddress else { return }
    var left = bytes.count
    while left > 0 {
        let written = write(fd, next, left)
        if written < 0 {
            if errno == EINTR { continue }
            outputFailed(fd, reason: String(cString: strerror(errno)))
        }
        next += written
        left -= written
    }
}

/// Reports that standard output or error cannot be written, in the language the environment asks for, and exits.
private func outputFailed(_ fd: Int32, reason: String) -> Never {
    let language = Language.preferred { Environment.process[$0] }
    let error = CLIError.cannotWrite(path: fd == STDERR_FILENO ? "standard error" : "standard output", reason: reason)
    let text = ReportPhrases.errorPrefix.text(language) + error.message(in: language) + "\n"
    if fd != STDERR_FILENO {
        var text = text
        text.withUTF8 { _ = write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }
    exit(error.exitCode)
}

/// The column count of the terminal on standard output, or nil when output is not a terminal.
func terminalColumns() -> Int? {
    guard isatty(STDOUT_FILENO) == 1 else { return nil }
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
}
