@testable import AdvisorCore
import Foundation
import Knowledge
import Testing

/// Reading only the lines that can bear on a case key gives the same history as reading the whole log.
@Suite struct CaseKeyReadTests {
    /// Keys that share text, keys JSON escapes, keys with no plain run at all, and a key nobody used.
    static let keys = ["JD-20260301-0042", "JD-20260301-00421", "0042", "T-77", "a/b/c", "订单12345", "订单", "x\"y\\z", "never"]

    @Test(arguments: [("JD-20260301-0042", "JD-20260301-0042"), ("JD-2026/03-42", "JD-2026"), ("订单12345", "12345"),
                      ("订单", nil), ("a/b", "a"), ("", nil)])
    func theNeedleIsTheLongestPlainRun(key: String, run: String?) {
        #expect(AuditLog.plainRun(of: key).map(String.init) == run)
    }

    /// Property: for every key, over seeded random logs of advices, outcomes and damaged lines.
    @Test func theFilteredReadGivesEveryKeyTheWholeLogsHistory() throws {
        let environment = ProcessInfo.processInfo.environment
        let seed = environment["PROPERTY_SEED"].flatMap { UInt64($0) } ?? UInt64.random(in: 1...UInt64.max)
        var random = SplitMix64(seed: seed)
        let engine = AdviceEngine(policy: .builtIn)
        let stamp = AuditLog.stamp(.builtIn)
        for round in 0..<3 {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("case-read-\(UUID().uuidString).jsonl").path
            defer { unlink(path) }
            let log = AuditLog(path: path)
            var ids: [String] = []
            for index in 0..<30 {
                var intake = Intake(category: [.productQuality, .billing, .installationDelay].randomElement(using: &random)!)
                intake.expectation = Double(Int.random(in: 0...900, using: &random))
                intake.caseKey = Bool.random(using: &random) ? Self.keys.dropLast().randomElement(using: &random)! : nil
                let advice = try engine.advise(intake, language: .en)
                let id = "advice-\(round)-\(index)"
                ids.append(id)
                var records: [LogRecord] = [.advice(.init(time: AuditLog.timestamp(), adviceId: id, intake: intake, advice: advice,
                                                          policy: stamp, keepingWords: false))]
                if Int.random(in: 0..<3, using: &random) == 0, let settled = ids.randomElement(using: &random) {
                    records.append(.outcome(.init(time: AuditLog.timestamp(), adviceId: settled,
                                                  settled: DecimalAmount(tenThousandths: Int64.random(in: 0...9_000_000, using: &random))!,
                                                  form: .coupon, accepted: Bool.random(using: &random))))
                }
                try log.append(records)
                if Int.random(in: 0..<10, using: &random) == 0 {
                    // A line a crash tore, which neither read may take for a record.
                    let handle = try #require(FileHandle(forWritingAtPath: path))
                    try handle.seekToEnd()
                    try handle.write(contentsOf: Data("{\"kind\":\"advice\",\"record\":{\"adviceId\":\"torn-JD\n".utf8))
                    try handle.close()
                }
            }
            let whole = CaseBook(try log.read(), policy: stamp)
            for key in Self.keys {
                var intake = Intake(category: .billing)
                intake.caseKey = key
                let filtered = CaseBook(try log.read(forCaseKey: key), policy: stamp)
                #expect(filtered.history(for: intake) == whole.history(for: intake), "seed \(seed), round \(round): key \(key)")
            }
        }
    }
}
