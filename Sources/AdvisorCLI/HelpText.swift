import AdvisorCore
import ArgumentParsing
import Knowledge

/// The help screens, in both languages.
enum HelpText {
    static let tagline = Bilingual(
        zh: "ComplaintAdvisor：客服通话中的投诉应对助手",
        en: "ComplaintAdvisor: complaint-handling advice for call-centre agents"
    )

    /// `advisor --help`: every command with its one-line summary.
    static func root(language: Language) -> String {
        let zh = language == .zh
        var text = tagline.text(language) + "\n\n"
        text += (zh ? "用法：advisor <命令> [选项]" : "Usage: advisor <command> [options]") + "\n"
        text += (zh ? "不带命令时：逐题接诉，最后给出建议卡片。" : "With no command: the intake, a few questions ending in the advice card.") + "\n\n"
        text += (zh ? "命令：" : "Commands:") + "\n"
        let width = RootCommand.commands.map { $0.name.count }.max() ?? 0
        for command in RootCommand.commands {
            let lead = "  " + command.name.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
            text += TextLayout.wrap(command.summary.text(language), width: 80, indent: lead).joined(separator: "\n") + "\n"
        }
        text += "\n" + (zh ? "通用选项：" : "Options for every command:") + "\n"
        text += optionLines(GlobalOptions.all, language: language)
        text += "  " + TextLayout.pad("--version", to: flagColumn) + "  " + (zh ? "显示版本" : "show the version") + "\n"
        text += "\n" + (zh ? "某个命令的详细说明：advisor help <命令>" : "More on one command: advisor help <command>") + "\n"
        return text
    }

    /// `advisor help <command>` and `advisor <command> --help`.
    static func command(_ command: any Subcommand.Type, language: Language) -> String {
        let zh = language == .zh
        let usage = (zh ? "用法：" : "Usage: ") + "advisor " + command.synopsis.text(language) + " [--lang zh|en] [--json]"
        var text = TextLayout.wrap(usage, width: 80, indent: "", hangingIndent: "    ").joined(separator: "\n") + "\n\n"
        text += TextLayout.wrap(command.summary.text(language), width: 80).joined(separator: "\n") + "\n"
        let discussion = command.discussion.text(language)
        if !discussion.isEmpty {
            text += "\n" + TextLayout.wrap(discussion, width: 80).joined(separator: "\n") + "\n"
        }
        text += "\n" + (zh ? "选项：" : "Options:") + "\n"
        text += optionLines(command.options + GlobalOptions.all, language: language)
        return text
    }

    /// The one-line hint printed after a usage error.
    static func usageHint(_ command: (any Subcommand.Type)?, language: Language) -> String {
        let zh = language == .zh
        guard let command else {
            return zh ? "用法：advisor <命令> [选项]；命令列表见 advisor --help" : "Usage: advisor <command> [options]; see advisor --help for the commands"
        }
        return (zh ? "用法：" : "Usage: ") + "advisor " + command.synopsis.text(language)
            + (zh ? "；详见 advisor help \(command.name)" : "; see advisor help \(command.name)")
    }

    private static func optionLines(_ options: [(spec: OptionSpec, help: Bilingual)], language: Language) -> String {
        let flags = options.map { option in
            var flag = "--" + option.spec.name
            if let short = option.spec.short { flag = "-\(short), " + flag }
            if option.spec.takesValue { flag += " <" + (language == .zh ? "值" : "value") + ">" }
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
