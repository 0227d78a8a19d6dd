import Foundation
import AdvisorCore

/// The process's surroundings as the commands see them, so tests can supply their own.
public struct CommandIO {
    public var environment: [String: String]
    /// Reads one line of standard input without its newline; nil at end of input.
    public var readLine: () -> String?
    /// Whether standard input is a terminal, so prompts are worth printing.
    public var inputIsTerminal: Bool
    public var writeOutput: (String) -> Void
    public var writeError: (String) -> Void
    /// Writes bytes to standard output; large outputs skip the trip through String.
    public var writeOutputData: (Data) -> Void
    /// Columns of the terminal standard output goes to; nil when it goes to a pipe or a file.
    public var outputColumns: Int? = nil

    /// How wide a card may be: the terminal's width up to 100 columns, and 80 when piped or narrower.
    public var cardWidth: Int {
        guard let columns = outputColumns else { return 80 }
        return min(max(columns, 80), 100)
    }

    /// Creates surroundings from parts.
    /// - Parameters:
    ///   - environment: The environment variables.
    ///   - readLine: Reads one line of input, nil at end.
    ///   - inputIsTerminal: Whether input comes from a person at a terminal.
    ///   - writeOutput: Writes to standard output.
    ///   - writeError: Writes to standard error.
    public init(
        environment: [String: String], readLine: @escaping () -> String?, inputIsTerminal: Bool,
        writeOutput: @escaping (String) -> Void, writeError: @escaping (String) -> Void
    ) {
        self.environment = environment
        self.readLine = readLine
        self.inputIsTerminal = inputIsTerminal
        // Every text reaches the terminal through these two, so this is the one place it is made safe.
        self.writeOutput = { writeOutput(TerminalText.safe($0)) }
        self.writeError = { writeError(TerminalText.safe($0)) }
        writeOutputData = { writeOutput(String(decoding: $0, as: UTF8.self)) }
    }

    /// The real process: its environment, standard input, output and error.
    public static func process() -> CommandIO {
        // A reader that stops early (`advise --batch … | head`) ends the advisor as it ends any filter, silently by
        // SIGPIPE, whatever disposition the parent left; a write to the closed pipe would otherwise be a trap.
        signal(SIGPIPE, SIG_DFL)
        var io = CommandIO(
            environment: ProcessInfo.processInfo.environment,
            readLine: { Swift.readLine(strippingNewline: true) },
            inputIsTerminal: isatty(STDIN_FILENO) == 1,
            writeOutput: { FileHandle.standardOutput.write(Data($0.utf8)) },
            writeError: { FileHandle.standardError.write(Data($0.utf8)) }
        )
        io.writeOutputData = { FileHandle.standardOutput.write($0) }
        io.outputColumns = terminalColumns()
        return io
    }
}

/// The column count of the terminal on standard output, or nil when output is not a terminal.
func terminalColumns() -> Int? {
    guard isatty(STDOUT_FILENO) == 1 else { return nil }
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
}
