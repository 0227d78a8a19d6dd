import AdvisorCore
import ArgumentParsing
import Knowledge
import TextMatching

/// `advisor help [command]`: the help screens.
enum HelpCommand: Subcommand {
    static let name = "help"
    static let synopsis = Bilingual(zh: "help [命令]", en: "help [command]")
    static let summary = Bilingual(zh: "显示帮助", en: "Show help for the advisor or one command")
    static let discussion = Bilingual(zh: "", en: "")

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Int32 {
        try requireAtMost(1, positionals: arguments)
        guard let name = arguments.positionals.first else {
            context.io.writeOutput(HelpText.root(language: context.language))
            return ExitCode.success
        }
        guard let command = RootCommand.command(named: name) else {
            let names = RootCommand.commands.map { $0.name }
            let near = names.filter { EditDistance.between(name, $0) <= 2 }
            throw UsageError.unknownCommand(name, suggestions: near.isEmpty ? names : near)
        }
        context.io.writeOutput(HelpText.command(command, language: context.language))
        return ExitCode.success
    }
}
