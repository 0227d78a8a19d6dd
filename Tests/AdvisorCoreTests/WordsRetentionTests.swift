@testable import AdvisorCore
import Testing

/// Dropping old words edits only the words: the rest of each line stays byte for byte, whoever wrote it and however.
@Suite struct WordsRetentionTests {
    static func prune(_ lines: [String], before cutoff: Int) -> (text: String, report: WordsRetention.Report) {
        let (bytes, report) = WordsRetention.prune(Array(lines.joined(separator: "\n").utf8), before: cutoff)
        return (String(decoding: bytes, as: UTF8.self), report)
    }

    /// A record written with spaces and in another order than the advisor writes, as a hand or another tool might.
    @Test func onlyTheWordsOfAnOldRecordChange() {
        let old = #"{ "kind" : "advice", "record" : { "time" : "2026-03-01T09:30:00Z", "adviceId" : "a\"1", "intake" : { "said" : [ "电话 13800138000", "x]y" ], "expectation" : 12.50 }, "policy" : {} } }"#
        let new = #"{"kind":"advice","record":{"adviceId":"b","intake":{"said":["今天"]},"time":"2026-03-01T09:30:01Z"}}"#
        let outcome = #"{"kind":"outcome","record":{"adviceId":"a\"1","settled":237.50,"time":"2026-03-01T09:00:00Z"}}"#
        let (text, report) = Self.prune([old, new, outcome], before: 1_772_357_401)
        #expect(text == [#"{ "kind" : "advice", "record" : { "time" : "2026-03-01T09:30:00Z", "adviceId" : "a\"1", "intake" : { "said" : [], "expectation" : 12.50 }, "policy" : {} ,"words":{"kept":"pruned","lines":2}} }"#,
                         new, outcome].joined(separator: "\n"))
        #expect(report == WordsRetention.Report(records: 3, pruned: 1))
    }

    @Test func aLineThatIsNotARecordOrHasNoTimeIsKeptAsItIs() {
        let lines = [#"{"advisorLog":1}"#, "{\"kind\":\"advice\",\"record\":{\"time\":\"yesterday\",\"intake\":{\"said\":[\"hi\"]}}}",
                     "{\"kind\":\"advice\",\"rec", "", #"{"advisorLog":2}"#]
        let (text, report) = Self.prune(lines, before: Int.max)
        #expect(text == lines.joined(separator: "\n"))
        #expect(report.header && report.undatedLines == [2] && report.damagedLines == [3, 5] && report.pruned == 0)
    }

    @Test(arguments: [("2026-03-01T09:30:00Z", 1_772_357_400), ("2000-02-29T23:59:59Z", 951_868_799), ("1970-01-01T00:00:00Z", 0)])
    func logTimesAreReadAsUTC(time: String, seconds: Int) {
        #expect(WordsRetention.seconds(time) == seconds)
    }

    @Test(arguments: ["2026-13-01T09:30:00Z", "2026-03-01 09:30:00Z", "2026-03-01T09:30:00", "２０２６-03-01T09:30:00Z", ""])
    func otherTextIsNoTime(text: String) {
        #expect(WordsRetention.seconds(text) == nil)
    }
}
