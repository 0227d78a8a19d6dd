import AdvisorCore
import ArgumentParsing

/// When the card's key lines are coloured: `--color auto|always|never`, with `NO_COLOR` and `TERM=dumb` respected.
enum ColourChoice: String, CaseIterable {
    case auto, always, never

    /// The choice `--color` makes; `auto` when it is not given.
    init(_ arguments: ParsedArguments) throws {
        guard let value = arguments.value("color") else { self = .auto; return }
        guard let choice = ColourChoice(rawValue: value.lowercased()) else {
            throw UsageError.invalidValue(option: "--color", value: value, allowed: Self.allCases.map(\.rawValue))
        }
        self = choice
    }

    /// Whether to colour: `auto` colours a terminal only, and only when neither `NO_COLOR` (set and not empty, as
    /// no-color.org asks) nor `TERM=dumb` says otherwise; an explicit `always` or `never` overrides both.
    func colours(_ io: CommandIO) -> Bool {
        switch self {
        case .always: true
        case .never: false
        case .auto: io.outputIsTerminal && (io.environment["NO_COLOR"] ?? "").isEmpty && io.environment["TERM"] != "dumb"
        }
    }
}

/// The advice card as a terminal shows it: safe text, and the lines that matter most in colour when asked.
enum CardColours {
    /// The SGR parameters of each kind of line: bold for the money the agent may say, yellow for when the case goes
    /// up, red for what to avoid, bold red for someone's safety.
    static func parameters(_ emphasis: Advice.Emphasis) -> String {
        switch emphasis {
        case .safety: "1;31"
        case .money: "1"
        case .escalation: "33"
        case .avoid: "31"
        }
    }

    /// The card's text, each line made safe first, then coloured by what it is for when `colour` is on.
    static func render(_ lines: [Advice.CardLine], colour: Bool) -> String {
        var text = ""
        for line in lines {
            let safe = TerminalText.safe(line.text)
            if colour, let emphasis = line.emphasis {
                text += "\u{1B}[" + parameters(emphasis) + "m" + safe + "\u{1B}[0m\n"
            } else {
                text += safe + "\n"
            }
        }
        return text
    }
}
