import AdvisorCLI
import Foundation
import Testing

/// The completion scripts, loaded into each real shell and asked what they complete.
@Suite struct CompletionsTests {
    /// Runs a shell script and returns what it printed; nil when the shell is not installed (never under CI).
    func shell(_ name: String, _ script: String) throws -> String? {
        let path = ["/bin/" + name, "/usr/bin/" + name].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let path else {
            // `.ci/run` installs every shell, so under CI a missing one fails rather than skips.
            #expect(ProcessInfo.processInfo.environment["CI"] == nil, "\(name) is not installed")
            print("notice: \(name) is not installed; its completion test was skipped")
            return nil
        }
        let outcome = try launch(URL(fileURLWithPath: path), ["-c", script], environment: ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory()])
        #expect(outcome.status == 0, "\(name): \(outcome.stderr)")
        return outcome.stdout
    }

    func script(_ shell: String) throws -> String {
        let outcome = advisor(["completions", shell])
        #expect(outcome.status == 0)
        let file = try temporaryFile(outcome.stdout, suffix: "." + shell)
        return file
    }

    /// In bash: what completes after the words typed so far (the last one being completed).
    func bash(_ words: [String]) throws -> [String] {
        let file = try script("bash")
        let array = words.map { "'" + $0 + "'" }.joined(separator: " ")
        let run = "source '\(file)'; COMP_WORDS=(\(array)); COMP_CWORD=\(words.count - 1); _advisor; printf '%s\\n' \"${COMPREPLY[@]}\""
        return try shell("bash", run)?.split(separator: "\n").map(String.init) ?? []
    }

    @Test(arguments: [
        (["advisor", "adv"], ["advise"]),
        (["advisor", "advise", "--categ"], ["--category"]),
        (["advisor", "advise", "--category", "logistics"], ["logistics-delay"]),
        (["advisor", "advise", "--type", "name"], ["name-dropper"]),
        (["advisor", "advise", "--color", ""], ["always", "auto", "never"]),
        (["advisor", "policy", "s"], ["show", "simulate"]),
        (["advisor", "completions", ""], ["bash", "zsh", "fish", "--lang", "--json", "--color", "--help"]),
        (["advisor", "advise", "--expect", ""], []),
    ])
    func bashCompletesCommandsOptionsAndValues(words: [String], expected: [String]) throws {
        #expect(try bash(words).sorted() == expected.sorted(), "\(words)")
    }

    @Test func bashCompletesFileNamesForPaths() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("advisor-complete-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data().write(to: folder.appendingPathComponent("policy-a.json"))
        #expect(try bash(["advisor", "advise", "--policy", folder.path + "/pol"]) == [folder.path + "/policy-a.json"])
    }

    @Test func fishCompletesCommandsOptionsAndValues() throws {
        let file = try script("fish")
        for (line, expected) in [("advisor adv", "advise"), ("advisor advise --categ", "--category"),
                                 ("advisor advise --category logis", "logistics-delay"), ("advisor policy si", "simulate")] {
            guard let out = try shell("fish", "source '\(file)'; complete -C '\(line)'") else { return }
            let words = out.split(separator: "\n").map { String($0.split(separator: "\t").first ?? "") }
            #expect(words.contains(expected), "\(line): \(words)")
        }
    }

    /// zsh's completion functions stood in for by ones that print what they are given.
    @Test func zshCompletesCommandsOptionsAndValues() throws {
        let file = try script("zsh")
        let stubs = "compdef() { :; }; compadd() { shift; print -l -- \"$@\"; }; _describe() { print -l -- ${(P)2}; }; _files() { print FILES; }"
        for (words, expected) in [(["advisor", ""], "advise:"), (["advisor", "advise", "--category", ""], "logistics-delay"),
                                  (["advisor", "advise", "--policy", ""], "FILES"), (["advisor", "advise", ""], "--category")] {
            let array = words.map { "'" + $0 + "'" }.joined(separator: " ")
            guard let out = try shell("zsh", "\(stubs); source '\(file)'; words=(\(array)); CURRENT=\(words.count); _advisor") else { return }
            #expect(out.split(separator: "\n").contains { $0.hasPrefix(expected) }, "\(words): \(out)")
        }
    }

    /// Every command and every option the advisor has is in each script, so none is left out as commands are added.
    @Test(arguments: ["bash", "zsh", "fish"])
    func everyCommandAndOptionIsInTheScript(shell: String) throws {
        let text = advisor(["completions", shell]).stdout
        let help = try #require(try JSONSerialization.jsonObject(with: Data(advisor(["help", "--json"]).stdout.utf8)) as? [String: Any])
        let commands = try #require(help["commands"] as? [[String: Any]])
        #expect(commands.count > 10)
        for command in commands {
            let name = try #require(command["name"] as? String)
            #expect(text.contains(name), "\(shell) lacks \(name)")
            for option in command["options"] as? [[String: Any]] ?? [] {
                let option = try #require(option["name"] as? String)
                #expect(text.contains("--" + option) || text.contains("-l " + option), "\(shell) lacks \(name) --\(option)")
            }
        }
    }

    @Test func anUnknownShellIsAUsageError() {
        let outcome = advisor(["completions", "powershell"])
        #expect(outcome.status == 64)
        #expect(outcome.stderr.contains("bash") && outcome.stderr.contains("fish"))
    }
}

/// `help --json`: the command table as data, as every command's `--json` promises.
@Suite struct HelpJSONTests {
    @Test func theRootHelpListsCommandsOptionsAndExitStatuses() throws {
        let outcome = advisor(["help", "--json"])
        #expect(outcome.status == 0)
        let help = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let names = (help["commands"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
        #expect(names.contains("advise") && names.contains("completions") && names.contains("help"), "\(names)")
        #expect(help["defaultCommand"] as? String == "intake")
        let statuses = (help["exitStatuses"] as? [[String: Any]] ?? []).compactMap { $0["status"] as? Int }
        #expect(statuses == [0, 1, 64, 65, 130])
        let global = (help["globalOptions"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
        #expect(global == ["lang", "json", "color", "help"])
    }

    @Test func oneCommandsHelpInChinese() throws {
        let outcome = advisor(["help", "advise", "--json", "--lang", "zh"])
        let help = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        #expect(help["name"] as? String == "advise")
        let options = try #require(help["options"] as? [[String: Any]])
        let category = try #require(options.first { $0["name"] as? String == "category" })
        #expect(category["takesValue"] as? Bool == true)
        #expect((category["help"] as? String ?? "").contains("投诉类别"))
    }
}
