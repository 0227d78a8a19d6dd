import AdvisorCore
import Foundation
import Knowledge
import Testing

@Suite struct LookupCommandTests {
    @Test func noArgumentsWithNoInputLeavesTheIntakeCleanly() {
        let draft = FileManager.default.temporaryDirectory.appendingPathComponent("unused-\(UUID().uuidString).json").path
        let result = advisor([], environment: ["LANG": "en_US.UTF-8", "ADVISOR_DRAFT": draft])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "Error: the intake ended before any answer; nothing to keep\n")
    }

    @Test func typesListsTheSix() {
        let result = advisor(["types"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        for type in KnowledgeBase.types {
            #expect(result.stdout.contains(type.id.rawValue))
            #expect(result.stdout.contains(type.name.zh) && result.stdout.contains(type.name.en))
        }
    }

    @Test func typesJSONDecodesToTheSixSummaries() throws {
        let result = advisor(["types", "--json"])
        #expect(result.status == 0)
        let decoded = try decode([TypeSummary].self, from: result.stdout)
        #expect(decoded == KnowledgeBase.types.map { TypeSummary($0, language: .en) })
    }

    @Test func typeByChineseAliasShowsTheChineseCardUnderAChineseLocale() {
        let result = advisor(["type", "职业"], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("职业客诉型"))
        #expect(result.stdout.contains("话术") && result.stdout.contains("何时升级"))
    }

    @Test func langFlagOverridesTheLocale() {
        let result = advisor(["type", "name-dropper", "--lang", "en"], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Name-dropper"))
        #expect(result.stdout.contains("Compensation"))
    }

    @Test func typeJSONHasEveryStageAndDecodes() throws {
        let result = advisor(["type", "prof", "--json", "--lang", "zh"])
        let card = try decode(TypeCard.self, from: result.stdout)
        #expect(card == TypeCard(.professionalComplainer, language: .zh))
        #expect(Set(card.script.keys) == Set(ConversationStage.allCases.map(\.rawValue)))
    }

    @Test func unknownTypeSuggestsNeighboursAndExits64() {
        let result = advisor(["type", "name-droper"])
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("Error: no complainant type is called 'name-droper'"))
        #expect(result.stderr.contains("name-dropper"))
        #expect(result.stderr.contains("Usage: advisor type"))
    }

    @Test func unknownTypeInChinese() {
        let result = advisor(["type", "大客户", "--lang", "zh"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("错误："))
    }

    @Test func typeWithoutANameIsAUsageError() {
        let result = advisor(["type"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("missing a type name"))
    }

    @Test(arguments: ["rational", "emotional", "理性", "感性"])
    func temperamentCards(_ name: String) {
        let result = advisor(["temperament", name])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Warning zone"))
    }

    @Test func temperamentJSONDecodes() throws {
        let card = try decode(TemperamentCard.self, from: advisor(["temperament", "rational", "--json"]).stdout)
        #expect(card == TemperamentCard(.rational, language: .en))
    }

    @Test func principlesAndProcessDecodeAndShowTheirContent() throws {
        let principles = try decode(PrinciplesSheet.self, from: advisor(["principles", "--json"]).stdout)
        #expect(principles.principles.count == 5)
        let process = try decode(ProcessSheet.self, from: advisor(["process", "--json", "--lang", "zh"]).stdout)
        #expect(process == ProcessSheet(language: .zh))
        #expect(advisor(["process"]).stdout.contains("24–48 h"))
    }
}

@Suite struct CommandLineBehaviourTests {
    @Test func versionAndHelp() {
        #expect(advisor(["--version"]).stdout == "advisor \(AdvisorVersion.current)\n")
        let help = advisor(["--help"])
        #expect(help.status == 0)
        for name in ["intake", "advise", "types", "type", "temperament", "principles", "process", "help"] {
            #expect(help.stdout.contains("  \(name) "))
        }
        #expect(advisor(["-h", "--lang", "zh"]).stdout.contains("命令："))
    }

    @Test(arguments: ["en", "zh"])
    func everyHelpScreenFitsEightyColumns(language: String) {
        let names = ["intake", "advise", "detect", "outcome", "policy", "cases", "case", "drill", "types", "type",
                     "temperament", "principles", "process", "help"]
        for screen in [["--help"]] + names.map({ ["help", $0] }) {
            let result = advisor(screen + ["--lang", language])
            #expect(result.status == 0)
            for line in result.stdout.split(separator: "\n") {
                #expect(TextLayout.displayWidth(line) <= 80, "\(screen): '\(line)'")
            }
        }
    }

    @Test(arguments: [["help", "type"], ["type", "--help"], ["type", "-h"]])
    func commandHelpShowsTheSynopsis(_ arguments: [String]) {
        let result = advisor(arguments)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Usage: advisor type <name or alias>"))
    }

    @Test func unknownCommandSuggestsTheClosest() {
        let result = advisor(["tpyes"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("did you mean: types"))
    }

    @Test func unknownOptionIsAUsageErrorWithAHint() {
        let result = advisor(["types", "--jsn"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("unknown option --jsn; did you mean --json"))
        #expect(result.stderr.split(separator: "\n").count == 2)
    }

    @Test func badLanguageIsRefusedNotIgnored() {
        let result = advisor(["types", "--lang", "fr"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--lang does not take 'fr'"))
    }

    @Test func extraArgumentsAreRefused() {
        #expect(advisor(["types", "extra"]).status == 64)
        #expect(advisor(["type", "prof", "extra"]).status == 64)
    }

    @Test func helpForAnUnknownCommand() {
        #expect(advisor(["help", "nope"]).status == 64)
    }
}
