import AdvisorCore
import ArgumentParsing
import Knowledge
import TextMatching

/// The `advisor` command itself: finds the subcommand, applies the global options, reports errors.
enum RootCommand {
    static let commands: [any Subcommand.Type] = [
        IntakeCommand.self, AdviseCommand.self, DetectCommand.self, OutcomeCommand.self, LogCommand.self, PolicyCommand.self,
        CasesCommand.self, CaseCommand.self, DrillCommand.self, TypesCommand.self, TypeCommand.self, TemperamentCommand.self,
        PrinciplesCommand.self, ProcessCommand.self, CalibrateCommand.self, ServeCommand.self, CompletionsCommand.self,
        HelpCommand.self,
    ]

    /// The command run when `advisor` is given none: the main job.
    static let defaultCommand: any Subcommand.Type = IntakeCommand.self

    static func command(named name: String) -> (any Subcommand.Type)? {
        commands.first { $0.name == name }
    }

    static func run(_ arguments: [String], io: CommandIO) -> Int32 {
        // The arguments without the program's name; copied through a slice, they cost the runtime a type to build.
        var words = arguments
        if !words.isEmpty { words.removeFirst() }
        var language = Language.preferred { io.environment[$0] }
        // Look ahead for --lang so even an error about the command word speaks the asked language.
        if let index = words.firstIndex(of: "--lang"), index + 1 < words.count,
           let asked = try? GlobalOptions.language(ParsedArguments(values: ["lang": [words[index + 1]]]), environment: [:]) {
            language = asked
        }
        if words.first == "--version" {
            io.writeOutput("advisor \(AdvisorVersion.current)\n")
            return ExitCode.success
        }
        if words.first == "--help" || words.first == "-h" {
            words[0] = "help"
        }
        let command: any Subcommand.Type
        if let first = words.first, !first.hasPrefix("-") {
            guard let found = self.command(named: first) else {
                let ranked = commands.map { $0.name }.map { ($0, EditDistance.between(first, $0)) }.sorted { $0.1 < $1.1 }
                let near = ranked.filter { $0.1 <= 2 }.map(\.0)
                return report(UsageError.unknownCommand(first, suggestions: near.isEmpty ? commands.map { $0.name } : near),
                              command: nil, language: language, io: io)
            }
            command = found
            words.removeFirst()
        } else {
            command = defaultCommand
        }
        do {
            let parser = ArgumentParser(options: GlobalOptions.all.map(\.spec) + command.options.map(\.spec))
            let parsed = try parser.parse(words)
            language = try GlobalOptions.language(parsed, environment: io.environment)
            if parsed.has("help") {
                io.writeOutput(HelpText.command(command, language: language))
                return ExitCode.success
            }
            var context = CommandContext(io: io, language: language, json: parsed.has("json"))
            context.colour = try ColourChoice(parsed).colours(io)
            return try command.run(parsed, context)
        } catch let error as any ReportableError {
            return report(error, command: command, language: language, io: io)
        } catch {
            // Every error the advisor throws explains itself; one that does not is a bug, so show what Swift knows of it.
            return write(String(describing: error), status: ExitCode.failure, command: command, language: language, io: io)
        }
    }

    /// Reports any failure, whatever module threw it: its message on standard error, and its exit status.
    static func report(_ error: any ReportableError, command: (any Subcommand.Type)?, language: Language, io: CommandIO) -> Int32 {
        write(error.message(in: language), status: error.exitCode, command: command, language: language, io: io)
    }

    /// Prints `Error: …`, and a usage hint when the command line was wrong, so the fix is one screen away.
    private static func write(_ message: String, status: Int32, command: (any Subcommand.Type)?, language: Language,
                              io: CommandIO) -> Int32 {
        var text = ReportPhrases.errorPrefix.text(language) + message + "\n"
        if status == ExitCode.usage {
            text += HelpText.usageHint(command, language: language) + "\n"
        }
        io.writeError(text)
        return status
    }
}

/// The words the report puts around every error's message, in both languages.
enum ReportPhrases {
    static let errorPrefix = Bilingual(zh: "错误：", en: "Error: ")
}

extension ParsedArguments {
    init(values: [String: [String]]) {
        self.init()
        self.values = values
    }
}
