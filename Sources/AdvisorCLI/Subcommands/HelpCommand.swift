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
            if context.json {
                try context.printJSON(HelpReport(language: context.language))
            } else {
                context.io.writeOutput(HelpText.root(language: context.language))
            }
            return ExitCode.success
        }
        guard let command = RootCommand.command(named: name) else {
            let names = RootCommand.commands.map { $0.name }
            let near = names.filter { EditDistance.between(name, $0) <= 2 }
            throw UsageError.unknownCommand(name, suggestions: near.isEmpty ? names : near)
        }
        if context.json {
            try context.printJSON(HelpReport.Command(command, language: context.language))
        } else {
            context.io.writeOutput(HelpText.command(command, language: context.language))
        }
        return ExitCode.success
    }
}

/// The help as data, for tools (completions, a help desk's own forms): every command, its options and the exit statuses.
struct HelpReport: Encodable {
    struct Option: Encodable {
        var name: String
        var short: String?
        var takesValue: Bool
        var repeatable: Bool
        var help: String

        init(_ option: (spec: OptionSpec, help: Bilingual), language: Language) {
            name = option.spec.name
            short = option.spec.short.map(String.init)
            takesValue = option.spec.takesValue
            repeatable = option.spec.repeatable
            help = option.help.text(language)
        }
    }

    struct Command: Encodable {
        var name: String
        var synopsis: String
        var summary: String
        var discussion: String?
        var options: [Option]

        init(_ command: any Subcommand.Type, language: Language) {
            name = command.name
            synopsis = command.synopsis.text(language)
            summary = command.summary.text(language)
            let discussion = command.discussion.text(language)
            self.discussion = discussion.isEmpty ? nil : discussion
            options = command.options.map { Option($0, language: language) }
        }
    }

    struct ExitStatus: Encodable {
        var status: Int32
        var meaning: String
    }

    var commands: [Command]
    var defaultCommand: String
    var globalOptions: [Option]
    var exitStatuses: [ExitStatus]

    init(language: Language) {
        commands = RootCommand.commands.map { Command($0, language: language) }
        defaultCommand = RootCommand.defaultCommand.name
        globalOptions = GlobalOptions.all.map { Option($0, language: language) }
        exitStatuses = [
            ExitStatus(status: ExitCode.success, meaning: HelpPhrases.exitSuccess.text(language)),
            ExitStatus(status: ExitCode.failure, meaning: HelpPhrases.exitFailure.text(language)),
            ExitStatus(status: ExitCode.usage, meaning: HelpPhrases.exitUsage.text(language)),
            ExitStatus(status: ExitCode.dataError, meaning: HelpPhrases.exitDataError.text(language)),
            ExitStatus(status: ExitCode.interrupted, meaning: HelpPhrases.exitInterrupted.text(language)),
        ]
    }
}
