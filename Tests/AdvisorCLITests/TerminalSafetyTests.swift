import AdvisorCore
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
