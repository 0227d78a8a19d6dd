@testable import AdvisorCLI
@testable import AdvisorCore
import Testing

/// The card's key lines in colour on a terminal, and nowhere else.
@Suite struct CardColourTests {
    static let advice = ["advise", "--category", "installation-delay", "--severity", "severe", "--broken-promises", "2",
                         "--expect", "3000", "--bottom", "500", "--order-value", "12000", "--type", "unreasonable"]

    /// Runs the advisor as if its output went to a terminal `columns` wide, or to a pipe when `columns` is nil.
    func run(_ arguments: [String], columns: Int? = 100, environment: Environment = ["LANG": "en_US.UTF-8"]) -> (Int32, String) {
        var out = ""
        var io = CommandIO(environment: environment, readLine: { nil }, inputIsTerminal: false,
                           writeOutput: { out += $0 }, writeError: { _ in })
        io.outputColumns = columns
        io.outputIsTerminal = columns != nil
        let status = AdvisorCLI.run(["advisor"] + arguments, io: io)
        return (status, out)
    }

    func line(_ card: String, startingWith prefix: String) -> String? {
        card.split(separator: "\n").map(String.init).first { $0.hasPrefix(prefix) || $0.dropFirst(4).hasPrefix(prefix) }
    }

    @Test(arguments: [("\u{1B}[1mMoney: ", "Money"), ("\u{1B}[31mAvoid: ", "Avoid"), ("\u{1B}[33m↳ ", "escalation")])
    func aTerminalShowsTheKeyLinesInColour(prefix: String, name: String) throws {
        let (status, card) = run(Self.advice)
        #expect(status == 0)
        let coloured = try #require(line(card, startingWith: prefix), "no \(name) line in colour:\n\(card)")
        #expect(coloured.hasSuffix("\u{1B}[0m"), "the colour is not reset at the end of the line: \(coloured.debugDescription)")
        let plain = card.split(separator: "\n").filter { $0.hasPrefix("Customer:") || $0.hasPrefix("Remedy:") }
        #expect(plain.count == 2 && plain.allSatisfy { !$0.contains("\u{1B}") }, "other lines stay plain: \(plain)")
    }

    @Test func theChineseCardIsColouredByTheSameLines() throws {
        let (_, card) = run(Self.advice + ["--lang", "zh"])
        #expect(line(card, startingWith: "\u{1B}[1m金额：") != nil, "\(card)")
        #expect(line(card, startingWith: "\u{1B}[31m忌：") != nil, "\(card)")
    }

    @Test(arguments: [
        ([], nil as Int?, ["LANG": "en_US.UTF-8"] as [String: String]),          // a pipe
        ([], 100, ["LANG": "en_US.UTF-8", "NO_COLOR": "1"]),
        ([], 100, ["LANG": "en_US.UTF-8", "TERM": "dumb"]),
        (["--color", "never"], 100, ["LANG": "en_US.UTF-8"]),
        (["--json"], 100, ["LANG": "en_US.UTF-8"]),
    ])
    func noColourWhereItIsNotWanted(extra: [String], columns: Int?, environment: [String: String]) {
        let (status, out) = run(Self.advice + extra, columns: columns, environment: Environment(environment))
        #expect(status == 0)
        #expect(!out.contains("\u{1B}"), "colour codes in \(extra) \(environment): \(out.prefix(200).debugDescription)")
    }

    @Test(arguments: [
        (["--color", "always"], nil as Int?, ["LANG": "en_US.UTF-8", "NO_COLOR": "1"] as [String: String]),
        ([], 100, ["LANG": "en_US.UTF-8", "NO_COLOR": ""]),
    ])
    func colourWhereItIsAskedFor(extra: [String], columns: Int?, environment: [String: String]) {
        let (_, out) = run(Self.advice + extra, columns: columns, environment: Environment(environment))
        #expect(out.contains("\u{1B}[1mMoney: "), "\(extra) \(environment)")
    }

    /// Text that carries its own escape characters (a policy's tier name, a customer's words) stays escaped inside a
    /// coloured line; only the advisor's own codes act.
    @Test func foreignEscapesStayInertInAColouredLine() {
        let lines = [Advice.CardLine(text: "Money: hand over to \u{1B}[2Jsenior\u{202E}", emphasis: .money),
                     Advice.CardLine(text: "Remedy: \u{9B}31m", emphasis: nil)]
        let text = CardColours.render(lines, colour: true)
        #expect(text == "\u{1B}[1mMoney: hand over to \\u001b[2Jsenior\\u202e\u{1B}[0m\nRemedy: \\u009b31m\n")
    }

    @Test func anUnknownColourChoiceIsAUsageError() {
        let outcome = advisor(Self.advice + ["--color", "sometimes"])
        #expect(outcome.status == 64)
        #expect(outcome.stderr.contains("--color") && outcome.stderr.contains("auto") && outcome.stderr.contains("never"), "\(outcome.stderr)")
    }

    /// The real binary writing to a pipe: plain text unless `--color always` asks.
    @Test func thePipedBinaryColoursOnlyWhenAsked() throws {
        let piped = try launch(builtAdvisor(), Self.advice)
        #expect(piped.status == 0 && piped.stdout.contains("Money: ") && !piped.stdout.contains("\u{1B}"))
        let asked = try launch(builtAdvisor(), Self.advice + ["--color", "always"])
        #expect(asked.stdout.contains("\u{1B}[1mMoney: "))
    }

    /// The card takes the terminal's width, from 80 up to 120 columns.
    @Test(arguments: [(60, 80), (80, 80), (120, 120), (200, 120)])
    func theCardTakesTheTerminalsWidth(columns: Int, widest: Int) {
        let (_, card) = run(Self.advice + ["--color", "never", "--said", String(repeating: "I want a full refund and more. ", count: 8)],
                            columns: columns)
        let widths = card.split(separator: "\n").map { AdvisorCore.TextLayout.displayWidth($0) }
        #expect(widths.max() ?? 0 <= widest, "wider than \(widest): \(widths)")
        #expect(widths.max() ?? 0 > widest - 10, "the card does not use the width: \(widths.max() ?? 0) of \(widest)")
    }
}
