/// The exit statuses the advisor uses, after BSD's sysexits.
public enum ExitCode {
    public static let success: Int32 = 0
    /// Something failed that is neither the command line's nor the data's fault.
    public static let failure: Int32 = 1
    /// The command line was wrong.
    public static let usage: Int32 = 64
    /// The input was wrong: a data file, a saved draft or an answer typed at a prompt.
    public static let dataError: Int32 = 65
    /// Ctrl-C ended the command: 128 plus SIGINT, as shells report it.
    public static let interrupted: Int32 = 130
}
