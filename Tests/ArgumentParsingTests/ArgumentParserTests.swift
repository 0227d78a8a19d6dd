import ArgumentParsing
import Testing

@Suite struct ArgumentParserTests {
    let parser = ArgumentParser(options: [
        .flag("json"), .flag("help", short: "h"), .value("lang"), .value("said", repeatable: true), .value("expect"),
    ])

    @Test func sortsPositionalsFlagsAndValues() throws {
        let parsed = try parser.parse(["type", "--json", "职业", "--lang", "zh"])
        #expect(parsed.positionals == ["type", "职业"])
        #expect(parsed.has("json"))
        #expect(!parsed.has("help"))
        #expect(parsed.value("lang") == "zh")
    }

    @Test(arguments: [["--lang=en"], ["--lang", "en"]])
    func acceptsBothValueForms(_ words: [String]) throws {
        #expect(try parser.parse(words).value("lang") == "en")
    }

    @Test func shortFlag() throws {
        #expect(try parser.parse(["-h"]).has("help"))
    }

    @Test func doubleDashEndsOptions() throws {
        let parsed = try parser.parse(["--", "--json", "-h"])
        #expect(parsed.positionals == ["--json", "-h"])
        #expect(parsed.flags.isEmpty)
    }

    @Test func negativeNumbersAndLoneDashArePositionals() throws {
        #expect(try parser.parse(["-5", "-", "-0.5"]).positionals == ["-5", "-", "-0.5"])
        #expect(try parser.parse(["--expect", "-20"]).value("expect") == "-20")
    }

    @Test func repeatableOptionsKeepEveryValueInOrder() throws {
        let parsed = try parser.parse(["--said", "a", "--said", "b"])
        #expect(parsed.values["said"] == ["a", "b"])
    }

    @Test func singleValuedOptionGivenTwiceDifferentlyIsRefused() {
        #expect(throws: ArgumentError.repeatedOption(option: "--lang")) {
            try parser.parse(["--lang", "zh", "--lang", "en"])
        }
        #expect((try? parser.parse(["--lang", "zh", "--lang", "zh"]))?.value("lang") == "zh")
    }

    @Test func unknownOptionSuggestsTheClosest() {
        #expect(throws: ArgumentError.unknownOption("--jsn", suggestion: "--json")) { try parser.parse(["--jsn"]) }
        #expect(throws: ArgumentError.unknownOption("--langage", suggestion: "--lang")) { try parser.parse(["--langage"]) }
        #expect(throws: ArgumentError.unknownOption("--zzzzzz", suggestion: nil)) { try parser.parse(["--zzzzzz"]) }
        #expect(throws: ArgumentError.unknownOption("-x", suggestion: nil)) { try parser.parse(["-x"]) }
    }

    @Test func missingValueAtTheEnd() {
        #expect(throws: ArgumentError.missingValue(option: "--lang")) { try parser.parse(["--lang"]) }
    }

    @Test func flagWithAValueIsRefused() {
        #expect(throws: ArgumentError.unexpectedValue(option: "--json", value: "yes")) { try parser.parse(["--json=yes"]) }
    }
}
