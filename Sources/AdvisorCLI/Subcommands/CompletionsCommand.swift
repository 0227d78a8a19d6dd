import AdvisorCore
import ArgumentParsing
import Knowledge

/// `advisor completions bash|zsh|fish`: a completion script written from the command table, so it never falls behind it.
enum CompletionsCommand: Subcommand {
    static let name = "completions"
    static let synopsis = Bilingual(zh: "completions bash|zsh|fish", en: "completions bash|zsh|fish")
    static let summary = Bilingual(zh: "输出 shell 的命令补全脚本", en: "Print a shell completion script")
    static let discussion = Bilingual(
        zh: "补全命令名、选项，以及类别、类型、严重程度等选项的取值；路径类选项补全文件名。bash：在 ~/.bashrc 里加一行 eval \"$(advisor completions bash)\"；zsh：advisor completions zsh > \"${fpath[1]}/_advisor\"；fish：advisor completions fish > ~/.config/fish/completions/advisor.fish。",
        en: "Completes command names, options, and the values of options such as category, type and severity; options that take a path complete file names. bash: add eval \"$(advisor completions bash)\" to ~/.bashrc; zsh: advisor completions zsh > \"${fpath[1]}/_advisor\"; fish: advisor completions fish > ~/.config/fish/completions/advisor.fish.")

    static let shells = ["bash", "zsh", "fish"]

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Int32 {
        try requireAtMost(1, positionals: arguments)
        guard let shell = arguments.positionals.first else { throw UsageError.missingArgument(Bilingual(zh: "shell 的名字：bash、zsh 或 fish", en: "a shell: bash, zsh or fish")) }
        switch shell {
        case "bash": context.io.writeOutput(CompletionScript.bash())
        case "zsh": context.io.writeOutput(CompletionScript.zsh())
        case "fish": context.io.writeOutput(CompletionScript.fish())
        default: throw UsageError.invalidValue(option: "completions", value: shell, allowed: shells)
        }
        return ExitCode.success
    }
}

/// What a shell can complete, read from the command table, and the scripts that complete it.
enum CompletionScript {
    /// The values an option takes, where they are a fixed list.
    static let choices: [String: [String]] = [
        "category": ComplaintCategoryID.allCases.map(\.rawValue),
        "severity": Severity.allCases.map(\.rawValue),
        "fault": Fault.allCases.map(\.rawValue),
        "type": ComplainantTypeID.allCases.map(\.rawValue),
        "temperament": TemperamentID.allCases.map(\.rawValue),
        "customer-value": CustomerValue.allCases.map(\.rawValue),
        "product": ProductClass.allCases.map(\.rawValue),
        "wants": AdviceEngine.choosableRemedies.map(\.rawValue),
        "form": CompensationForm.allCases.map(\.rawValue),
        "tier": Policy.builtIn.tiers,
        "lang": ["zh", "en"],
        "color": ColourChoice.allCases.map(\.rawValue),
        "handout": ["md"],
        "split": ["test", "training"],
    ]

    /// Options whose value is a file or a folder.
    static let paths: Set<String> = ["policy", "log", "intake", "batch", "cases", "output", "svg", "draft", "evaluate", "against"]

    /// The words that may follow a command: its subcommands, if any, and its options with the global ones.
    static func words(after command: any Subcommand.Type) -> [String] {
        actions(of: command) + (command.options + GlobalOptions.all).map { "--" + $0.spec.name }
    }

    /// The words a command takes as its first argument, where they are a fixed list.
    static func actions(of command: any Subcommand.Type) -> [String] {
        switch command.name {
        case PolicyCommand.name: PolicyCommand.actions
        case CompletionsCommand.name: CompletionsCommand.shells
        default: []
        }
    }

    static var valueOptions: [String] {
        Array(Set(RootCommand.commands.flatMap { $0.options.map(\.spec) } + GlobalOptions.all.map(\.spec))
            .filter(\.takesValue).map(\.name)).sorted()
    }

    static func bash() -> String {
        var script = "# bash completion for advisor; load with: eval \"$(advisor completions bash)\"\n"
        script += "_advisor() {\n"
        script += "  local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"${COMP_WORDS[COMP_CWORD-1]}\"\n"
        script += "  if [ \"$COMP_CWORD\" -eq 1 ]; then\n"
        script += "    COMPREPLY=($(compgen -W \"\(RootCommand.commands.map { $0.name }.joined(separator: " ")) --help --version\" -- \"$cur\"))\n"
        script += "    return\n  fi\n"
        script += "  case \"$prev\" in\n"
        script += valueCases(list: { "COMPREPLY=($(compgen -W \"\($0)\" -- \"$cur\")); return ;;" },
                             path: "COMPREPLY=($(compgen -f -- \"$cur\")); return ;;", other: "COMPREPLY=(); return ;;")
        script += "  esac\n"
        script += "  local words=\"\"\n"
        script += "  case \"${COMP_WORDS[1]}\" in\n"
        script += commandCases { "words=\"\($0)\" ;;" }
        script += "  esac\n"
        script += "  COMPREPLY=($(compgen -W \"$words\" -- \"$cur\"))\n"
        script += "}\n"
        script += "complete -F _advisor advisor\n"
        return script
    }

    static func zsh() -> String {
        var script = "#compdef advisor\n# zsh completion for advisor; save as _advisor in a folder of $fpath\n"
        script += "_advisor() {\n"
        script += "  local -a commands\n"
        script += "  commands=(\n"
        for command in RootCommand.commands {
            script += "    '\(command.name):\(zshQuoted(command.summary.text(.en)))'\n"
        }
        script += "  )\n"
        script += "  if (( CURRENT == 2 )); then\n    _describe 'command' commands\n    return\n  fi\n"
        script += "  case ${words[CURRENT-1]} in\n"
        script += valueCases(list: { "compadd -- \($0); return ;;" }, path: "_files; return ;;", other: "return ;;")
        script += "  esac\n"
        script += "  case ${words[2]} in\n"
        script += commandCases { "compadd -- \($0) ;;" }
        script += "  esac\n"
        script += "}\n"
        script += "compdef _advisor advisor\n"
        return script
    }

    static func fish() -> String {
        var script = "# fish completion for advisor; save as ~/.config/fish/completions/advisor.fish\n"
        script += "complete -c advisor -f\n"
        for command in RootCommand.commands {
            script += "complete -c advisor -n __fish_use_subcommand -a \(command.name) -d '\(fishQuoted(command.summary.text(.en)))'\n"
            let actions = actions(of: command)
            if !actions.isEmpty {
                script += "complete -c advisor -n '__fish_seen_subcommand_from \(command.name)' -a '\(actions.joined(separator: " "))'\n"
            }
            for option in command.options + GlobalOptions.all {
                var line = "complete -c advisor -n '__fish_seen_subcommand_from \(command.name)' -l \(option.spec.name)"
                if let short = option.spec.short { line += " -s \(short)" }
                if option.spec.takesValue {
                    if let values = choices[option.spec.name] {
                        line += " -x -a '\(values.joined(separator: " "))'"
                    } else if paths.contains(option.spec.name) {
                        line += " -r -F"
                    } else {
                        line += " -x"
                    }
                }
                line += " -d '\(fishQuoted(option.help.text(.en)))'"
                script += line + "\n"
            }
        }
        return script
    }

    /// One `case` branch per option that takes a value, in a shell's words for a fixed list of values, a path, and anything else.
    private static func valueCases(list: (String) -> String, path: String, other: String) -> String {
        valueOptions.map { name in
            "    --\(name)) " + (choices[name].map { list($0.joined(separator: " ")) } ?? (paths.contains(name) ? path : other)) + "\n"
        }.joined()
    }

    /// One `case` branch per command, offering the words that may follow it.
    private static func commandCases(_ offer: (String) -> String) -> String {
        RootCommand.commands.map { "    \($0.name)) " + offer(words(after: $0).joined(separator: " ")) + "\n" }.joined()
    }

    /// Text inside single quotes in zsh's `name:description` pairs, where a colon separates.
    private static func zshQuoted(_ text: String) -> String {
        text.replacing("'", with: "'\\''").replacing(":", with: "\\:")
    }

    /// Text inside single quotes in fish.
    private static func fishQuoted(_ text: String) -> String {
        text.replacing("\\", with: "\\\\").replacing("'", with: "\\'")
    }
}
