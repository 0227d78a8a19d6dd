@testable import AdvisorCLI
import AdvisorCore
import AdvisorServer
import Foundation
import Testing

/// Nothing a customer, a file or an argument carries reaches the terminal as a control sequence.
@Suite struct TerminalSafetyTests {
    /// A clipboard write (OSC 52), a screen clear, a carriage return that hides the line, C1 CSI, and a right-to-left override.
    static let hostile = "\u{1B}]52;c;SGFja2Vk\u{07}\u{1B}[2J\r\u{9B}31m\u{202E}"

    /// Every byte written, as scalars: none may act on a terminal.
    func actingScalars(_ outcome: Outcome) -> [UInt32] {
        (outcome.stdout + outcome.stderr).unicodeScalars.filter(TerminalText.acts).map(\.value)
    }

    @Test(arguments: [
        ["detect", "I know your CEO " + hostile],
        ["detect", "我认识你们老板" + hostile, "--lang", "zh"],
        ["advise", "--category", "billing", "--said", "I know your CEO" + hostile],
        ["advise", "--category", hostile],                       // an error message echoing the argument
        ["type", hostile],
        ["case", hostile],
        ["--" + hostile],
    ])
    func argumentsNeverDriveTheTerminal(arguments: [String]) {
        let outcome = advisor(arguments)
        #expect(actingScalars(outcome).isEmpty, "\(arguments.first ?? ""): \(actingScalars(outcome))")
    }

    @Test func aPolicyFileNeverDrivesTheTerminal() throws {
        let json = advisor(["policy", "init"]).stdout
        let hostileName = json.replacingOccurrences(of: #""name" : "built-in""#, with: #""name" : "\u001b[2Jpolicy\u202e""#)
            .replacingOccurrences(of: #""name": "built-in""#, with: #""name": "\u001b[2Jpolicy\u202e""#)
        #expect(hostileName != json, "the policy's name field was not found to replace")
        let file = try temporaryFile(hostileName)
        for arguments in [["policy", "show", file], ["policy", "check", file], ["advise", "--category", "billing", "--policy", file]] {
            let outcome = advisor(arguments)
            #expect(actingScalars(outcome).isEmpty, "\(arguments.prefix(2)): \(actingScalars(outcome))")
        }
    }

    /// A path no command can create: its parent is a file. A hostile name in it is echoed by the error that follows.
    static func unreachablePath() throws -> String {
        try temporaryFile("not a folder", suffix: ".txt") + "/" + hostile
    }

    /// English, with any intake draft kept in a folder of the test's own.
    static func environment() -> [String: String] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("advisor-draft-\(UUID().uuidString)")
        return ["LANG": "en_US.UTF-8", "ADVISOR_DRAFT": folder.appendingPathComponent("draft.json").path]
    }

    /// Every command with the hostile text as its first argument, and as the value of each of its options in turn.
    @Test func everyCommandAndEveryOptionKeepTheTerminalInert() throws {
        let value = try Self.unreachablePath()
        let environment = Self.environment()
        // `serve` given only good values would serve and never return: a port held here makes it stop with an error
        // once it has read every option, and a later --port still takes the line's own value.
        let busy = try Listener(address: try #require(ListenAddress("127.0.0.1")), port: 0)
        var lines: [[String]] = [[Self.hostile]]
        for command in RootCommand.commands {
            let start = command == ServeCommand.self ? [command.name, "--port", String(busy.port)] : [command.name]
            lines.append(start + [Self.hostile])
            for option in command.options.map(\.spec) + GlobalOptions.all.map(\.spec) where option.takesValue {
                lines.append(start + ["--" + option.name, value])
                lines.append(start + ["--" + option.name + "=" + value])
            }
        }
        for subcommand in ["show", "check", "init", "simulate"] {
            lines.append(["policy", subcommand, value])
        }
        // Nothing may be created where the tests run, whatever a value names.
        let here = try FileManager.default.contentsOfDirectory(atPath: FileManager.default.currentDirectoryPath)
        defer { #expect((try? FileManager.default.contentsOfDirectory(atPath: FileManager.default.currentDirectoryPath)) == here) }
        for arguments in lines {
            let outcome = advisor(arguments, environment: environment)
            #expect(actingScalars(outcome).isEmpty, "\(arguments.prefix(2)): \(actingScalars(outcome))")
        }
    }

    /// Answers typed at the intake's prompts, a file of answers, and a case file in a `--cases` folder.
    @Test func answersAndFilesKeepTheTerminalInert() throws {
        let typed = advisor(["intake"], input: [Self.hostile, "1", Self.hostile, Self.hostile, "", "", "", "", "", "", "", ""],
                            environment: Self.environment(), terminal: true)
        #expect(actingScalars(typed).isEmpty, "intake: \(actingScalars(typed))")

        let intakeFile = try temporaryFile(#"{"category":"billing","said":["\u001b[2J I know your CEO \u202e"],"tier":"\u001b]0;x\u0007"}"#)
        for arguments in [["advise", "--intake", intakeFile], ["advise", "--intake", intakeFile, "--tier", "senior"]] {
            let outcome = advisor(arguments)
            #expect(actingScalars(outcome).isEmpty, "\(arguments): \(actingScalars(outcome))")
        }

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("advisor-cases-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var caseText = try String(contentsOfFile: "Knowledge/Cases/courier-delay.json", encoding: .utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(caseText.utf8)) as? [String: Any])
        let title = try #require(object["id"] as? String)
        caseText = caseText.replacingOccurrences(of: "\"\(title)\"", with: "\"\(title)-copy\"")
            .replacingOccurrences(of: "\"title\"", with: "\"ignored\"")
        // Every string value of the copy gets the hostile text in front.
        caseText = caseText.replacingOccurrences(of: ": \"", with: ": \"\\u001b[2J\\u202e")
        try Data(caseText.utf8).write(to: folder.appendingPathComponent("hostile.json"))
        for arguments in [["cases", "--cases", folder.path], ["case", "\(title)-copy", "--cases", folder.path],
                          ["drill", "--cases", folder.path],
                          ["case", "\(title)-copy", "--cases", folder.path, "--handout", "md", "--output", folder.path + "/h.md"]] {
            let outcome = advisor(arguments)
            #expect(actingScalars(outcome).isEmpty, "\(arguments.prefix(2)): \(actingScalars(outcome))")
        }
    }

    /// The batches write their lines as bytes, past the text writers: the real binary's output, byte by byte.
    /// `advise --batch` echoes the customer's words in each advice; `detect --batch` echoes only what it found.
    @Test(arguments: [(["advise", "--batch"], true), (["detect", "--batch"], false)])
    func batchOutputKeepsTheTerminalInert(command: [String], echoesWords: Bool) throws {
        let words = "\\u001b]52;c;SGFja2Vk\\u0007 I know your CEO \\u202e\\u2066 \\u009b31m \\u061c"
        let lines = [#"{"category":"billing","said":["\#(words)"]}"#, #"{"text":"\#(words)"}"#, #"{"category":"\#(words)"}"#]
        let file = try temporaryFile(lines.joined(separator: "\n") + "\n", suffix: ".jsonl")
        let outcome = try launch(builtAdvisor(), command + [file])
        #expect(outcome.stdout.split(separator: "\n").count == 3, "one line per record: \(outcome.stdout.prefix(300))")
        #expect(outcome.stdout.contains("CEO") == echoesWords, "\(outcome.stdout.prefix(300))")
        #expect(actingScalars(outcome).isEmpty, "\(command): \(actingScalars(outcome))")
    }

    @Test func theEscapeIsVisibleAndExact() {
        #expect(TerminalText.safe("a\u{1B}[2Jb\u{202E}c\td\ne") == "a\\u001b[2Jb\\u202ec\td\ne")
        #expect(TerminalText.safe("普通的话，no controls") == "普通的话，no controls")
    }

    /// The escape decodes back to the same character inside JSON, so `--json` output stays what it says.
    @Test func jsonOutputStillDecodesToTheCustomersWords() throws {
        let outcome = advisor(["detect", "hello\u{9B}there", "--json"])
        #expect(actingScalars(outcome).isEmpty)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let detection = try #require(object["detection"] as? [String: Any])
        #expect(detection["text"] as? String == "hello\u{9B}there")
    }
}
