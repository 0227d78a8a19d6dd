import AdvisorCore
import ArgumentParsing
import FoundationEssentials
import JSON
import Knowledge

/// One `advisor` command: its name, its help, its options and what it does.
protocol Subcommand: Sendable {
    static var name: String { get }
    static var summary: Bilingual { get }
    /// The synopsis after `advisor`, e.g. `type <name or alias>`.
    static var synopsis: Bilingual { get }
    /// Longer help shown by `advisor help <command>`.
    static var discussion: Bilingual { get }
    /// The command's own options, beyond the global ones.
    static var options: [(spec: OptionSpec, help: Bilingual)] { get }
    /// Runs the command.
    /// - Parameters:
    ///   - arguments: The parsed words after the command name.
    ///   - context: Where to write, the language and the output format.
    /// - Returns: The exit status.
    static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Int32
}

extension Subcommand {
    static var options: [(spec: OptionSpec, help: Bilingual)] { [] }

    /// Rejects positional arguments beyond `count`.
    static func requireAtMost(_ count: Int, positionals arguments: ParsedArguments) throws {
        if arguments.positionals.count > count {
            throw UsageError.unexpectedArgument(arguments.positionals[count])
        }
    }
}

/// What a running command needs from the world around it.
struct CommandContext {
    let io: CommandIO
    let language: Language
    let json: Bool
    /// Whether the card's key lines are coloured.
    var colour = false

    /// Writes text to standard output.
    func print(_ text: String) {
        io.writeOutput(text.hasSuffix("\n") ? text : text + "\n")
    }

    /// Writes a value as pretty-printed JSON with sorted keys.
    func printJSON<T: Encodable>(_ value: T) throws {
        var writer = JSONWriter(style: .pretty)
        try JSONStreamEncoder(style: .pretty).encode(value, into: &writer)
        writer.endLine()
        io.writeOutputData(writer.withBytes { Data($0) })
    }

    /// Writes the JSON form when `--json` was given, the text form otherwise.
    func emit<T: Encodable>(_ value: T, text: (T) -> String) throws {
        if json {
            try printJSON(value)
        } else {
            print(text(value))
        }
    }
}
