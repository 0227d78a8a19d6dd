import AdvisorCore
import ArgumentParsing
import Knowledge

/// The help screens, in both languages.
enum HelpText {
    /// `advisor --help`: every command with its one-line summary.
    static func root(language: Language) -> String {
        var text = HelpPhrases.tagline.text(language) + "\n\n"
        text += HelpPhrases.usage.text(language) + "\n"
        text += HelpPhrases.withNoCommand.text(language) + "\n\n"
        text += HelpPhrases.commandsHeading.text(language) + "\n"
        let width = RootCommand.commands.map { $0.name.count }.max() ?? 0
        for command in RootCommand.commands {
            let lead = "  " + TextLayout.pad(command.name, to: width) + "  "
            text += TextLayout.wrap(command.summary.text(language), width: 80, indent: lead).joined(separator: "\n") + "\n"
        }
        text += "\n" + HelpPhrases.globalOptionsHeading.text(language) + "\n"
        text += optionLines(GlobalOptions.all, language: language)
        text += "  " + TextLayout.pad("--version", to: flagColumn) + "  " + HelpPhrases.showVersion.text(language) + "\n"
        text += "\n" + HelpPhrases.moreOnOneCommand.text(language) + "\n"
        return text
    }

    /// `advisor help <command>` and `advisor <command> --help`.
    static func command(_ command: any Subcommand.Type, language: Language) -> String {
        let usage = HelpPhrases.commandUsage(command.synopsis).text(language) + " [--lang zh|en] [--json]"
        var text = TextLayout.wrap(usage, width: 80, indent: "", hangingIndent: "    ").joined(separator: "\n") + "\n\n"
        text += TextLayout.wrap(command.summary.text(language), width: 80).joined(separator: "\n") + "\n"
        let discussion = command.discussion.text(language)
        if !discussion.isEmpty {
            text += "\n" + TextLayout.wrap(discussion, width: 80).joined(separator: "\n") + "\n"
        }
        text += "\n" + HelpPhrases.optionsHeading.text(language) + "\n"
        text += optionLines(command.options + GlobalOptions.all, language: language)
        return text
    }

    /// The one-line hint printed after a usage error.
    static func usageHint(_ command: (any Subcommand.Type)?, language: Language) -> String {
        guard let command else { return HelpPhrases.usageHint.text(language) }
        return HelpPhrases.commandUsageHint(command.synopsis, name: command.name).text(language)
    }

    private static func optionLines(_ options: [(spec: OptionSpec, help: Bilingual)], language: Language) -> String {
        let flags = options.map { option in
            var flag = "--" + option.spec.name
            if let short = option.spec.short { flag = "-\(short), " + flag }
            if option.spec.takesValue { flag += " <" + HelpPhrases.optionValue.text(language) + ">" }
            return flag
        }
        let width = max(flagColumn, flags.map(TextLayout.displayWidth).max() ?? 0)
        return zip(flags, options).map { flag, option in
            TextLayout.wrap(option.help.text(language), width: 80, indent: "  " + TextLayout.pad(flag, to: width) + "  ").joined(separator: "\n") + "\n"
        }.joined()
    }

    /// The width of the option column, shared by the root help's `--version` line.
    static let flagColumn = 16
}
