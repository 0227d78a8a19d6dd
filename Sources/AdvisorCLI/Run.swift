/// Runs the advisor on a command line in the real process and returns its exit status.
/// - Parameter arguments: The full command line, program name first.
public func run(_ arguments: [String]) -> Int32 {
    run(arguments, io: .process())
}

/// Runs the advisor with the given surroundings, so tests can capture what it writes.
/// - Parameters:
///   - arguments: The full command line, program name first.
///   - io: The environment, input and output to use.
public func run(_ arguments: [String], io: CommandIO) -> Int32 {
    RootCommand.run(arguments, io: io)
}
