import AdvisorCore
import Foundation
import JSON
import Knowledge
import Testing

/// The error the bytes give, or nil if they parse.
private func failure(_ bytes: [UInt8]) -> JSONSyntaxError? {
    Result { () throws(JSONSyntaxError) in try JSONParser.parse(Data(bytes)) }.failure
}

private func failure(_ text: String) -> JSONSyntaxError? {
    failure(Array(text.utf8))
}

extension Result {
    fileprivate var failure: Failure? {
        if case let .failure(error) = self { error } else { nil }
    }
}

/// The words of the JSON module's errors and values, which AdvisorCore keeps: the JSON module itself has no language.
@Suite struct JSONSyntaxMessageTests {
    @Test(arguments: [
        ("{}", "object", "对象"), ("[]", "array", "数组"), ("\"s\"", "string", "字符串"), ("1", "number", "数字"),
        ("true", "boolean", "布尔值"), ("false", "boolean", "布尔值"), ("null", "null", "null"),
    ])
    func kindNamesForMessages(text: String, en: String, zh: String) throws {
        let node = try JSONParser.parse(text)
        #expect(node.kindName == en)
        #expect(node.kindName(in: .en) == en)
        #expect(node.kindName(in: .zh) == zh)
    }

    @Test func positionsAreWrittenInBothLanguages() {
        #expect(TextPosition(line: 3, column: 14).description == "line 3, column 14")
        #expect(TextPosition(line: 3, column: 14).text(.zh) == "第 3 行第 14 列")
    }

    @Test func messagesSayWhatWhereAndHowInBothLanguages() {
        let error = failure("{\n  \"a\": 1,\n  \"b\": 2     x}")
        #expect(error?.message(in: .en) == "line 3, column 14: expected ',' or '}' after an object member, found 'x'")
        #expect(error?.message(in: .zh) == "第 3 行第 14 列：对象成员后应为“,”或“}”，却是“x”")
        #expect(error?.errorDescription == error?.message(in: .en))
        #expect(error?.localizedDescription == error?.message(in: .en))

        #expect(failure("1e400")?.message(in: .en) == "line 1, column 1: number 1e400 is out of range (beyond ±1.8e308); use a smaller number")
        #expect(failure("{\"a\": 1, \"a\": 2}")?.message(in: .en)
            == "line 1, column 10: the member name 'a' already occurs in this object at line 1, column 2; keep only one")
        #expect(failure("{\"a\"：1}")?.message(in: .zh).contains("请改用半角（英文）符号“:”") == true)
        #expect(failure("{'a': 1}")?.message(in: .en).contains("double quotes") == true)
        #expect(failure("[1, // x\n2]")?.message(in: .en).contains("no comments") == true)
        #expect(failure("{name: 1}")?.message(in: .en).contains("member names need double quotes") == true)
        #expect(failure("\"a\nb\"")?.message(in: .en).contains("closing '\"'") == true)
        #expect(failure("\u{0}")?.message(in: .en).hasSuffix("found U+0000") == true)
        #expect(failure("\u{0}")?.message(in: .zh).hasSuffix("却是字符 U+0000") == true)
        #expect(failure("\"\\uD800\"")?.message(in: .zh).contains("\\uD800") == true)
        #expect(failure([0xFF])?.message(in: .zh) == "第 1 行第 1 列：此处的字节不是有效的 UTF-8；请把文件另存为 UTF-8 编码")
    }

    @Test(arguments: [
        "", "[1,]", "[1 2", "{\"a\" 1}", "{\"a\": 1, \"a\": 2}", "\"a\u{1}\"", "\"\\x\"", "\"\\uD800\"", "01", "NaN",
        "1e400", "{} x", String(repeating: "[", count: 600), "\"abc", "\"\n\"", "\"\t\"",
    ])
    func everyMessageStartsWithItsPositionInBothLanguages(text: String) throws {
        let error = try #require(failure(text))
        for language in Language.allCases {
            let message = error.message(in: language)
            #expect(message.hasPrefix(error.position.text(language) + (language == .zh ? "：" : ": ")), "\(message)")
            #expect(!message.contains("\n"), "\(message)")
        }
    }

    @Test func hugeNumbersAndWordsGiveShortMessages() {
        let error = failure(String(repeating: "x", count: 1_000_000))
        #expect((error?.message(in: .en).count ?? .max) < 200)
        #expect((failure(String(repeating: "9", count: 1_000_000))?.message(in: .zh).count ?? .max) < 200)
    }
}
