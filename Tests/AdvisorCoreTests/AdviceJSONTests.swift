import AdvisorCore
import Foundation
import JSON
import Knowledge
import Testing

/// Hides a value's own JSON writing, so the encoder takes the `Encodable` way with it.
private struct ThroughEncodable<Value: Encodable>: Encodable {
    let value: Value

    func encode(to encoder: any Encoder) throws {
        try value.encode(to: encoder)
    }
}

/// The text Foundation's encoder gave before the project wrote its own JSON: sorted keys, slashes as they are.
private func foundationBytes<Value: Encodable>(_ value: Value) throws -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return Array(try encoder.encode(value))
}

/// The hand-written JSON of the advice, the intake and the log records is their `Encodable` JSON, byte for byte.
@Suite struct AdviceJSONTests {
    static let said = ["Just put me through to your boss, I know your CEO personally!!", "我要投诉到消协！你们必须赔偿",
                       "“我不会动手的”，他说。", "I want a refund\nand\tan \"apology\" / now", "商品有质量问题，三包期内"]

    /// The same bytes three ways: written by the value itself, through `Encodable` with the project's encoder, and
    /// through Foundation's `JSONEncoder` (the output before), which escapes no C1 control and no U+2028, none of which
    /// an advice holds. Returns whether they agree, so a run stops at its first difference instead of repeating it.
    @discardableResult
    static func check<Value: Encodable & JSONWritable>(_ value: Value, _ context: @autoclosure () -> String) throws -> Bool {
        var writer = JSONWriter()
        try value.write(to: &writer)
        let encoded = try JSONStreamEncoder().encode(ThroughEncodable(value: value))
        guard writer.bytes == encoded else {
            Issue.record("\(context())\nwritten: \(String(decoding: writer.bytes, as: UTF8.self))\nencoded: \(String(decoding: encoded, as: UTF8.self))")
            return false
        }
        guard writer.bytes == (try foundationBytes(value)) else {
            Issue.record("\(context()): differs from JSONEncoder's text")
            return false
        }
        #expect(try JSONStreamEncoder().encode(value) == encoded, "\(context()): the encoder does not take the value's own way")
        return true
    }

    @Test(arguments: 0..<8 as Range<UInt64>)
    func adviceIntakeAndRecordsWriteWhatEncodableWrites(seed: UInt64) throws {
        var generator = CaseGenerator(seed: seed)
        for run in 0..<150 {
            let policy = generator.policy()
            var intake = generator.intake(for: policy)
            if generator.chance(0.4) { intake.said = [generator.pick(Self.said)] }
            if generator.chance(0.2) { intake.wants = generator.pick(RemedyKind.allCases) }
            let precedent = generator.chance(0.3) ? Precedent(median: Amount(minor: Int64(generator.amount(900) * 100)), count: generator.int(0...9)) : nil
            let language: Language = run % 2 == 0 ? .en : .zh
            if generator.chance(0.3) { intake.caseKey = "JD-\(run)" }
            let context = "seed \(seed), run \(run): \(intake)"
            let advice: Advice
            do {
                let engine = AdviceEngine(policy: policy)
                // Under a case key, sometimes with an earlier advice and its outcome, so the advice says what came before.
                var earlier: CaseHistory? = nil
                if intake.caseKey != nil, generator.chance(0.7) {
                    var before = intake
                    before.expectation = generator.chance(0.5) ? nil : generator.amount(2_000)
                    before.bottomLine = nil
                    let first = try engine.advise(before, language: language)
                    earlier = CaseHistory(entries: [.init(time: "2026-02-01T09:30:00Z", intake: before, advice: first, samePolicy: generator.chance(0.8),
                                                          outcomes: [.init(time: "2026-02-01T10:00:00Z", settled: first.range.walkAway, accepted: false)])])
                }
                advice = try engine.advise(intake, language: language, precedent: precedent, readWords: true, earlier: earlier)
            } catch {
                Issue.record("\(error) for a valid intake: \(context)")
                continue
            }
            guard try Self.check(advice, context), try Self.check(intake, context) else { return }
            let record = LogRecord.AdviceRecord(time: "2026-03-01T09:30:00Z", adviceId: "id-\(run)", intake: intake, advice: advice,
                                                policy: AuditLog.stamp(policy), keepingWords: generator.chance(0.5))
            guard try Self.check(LogRecord.advice(record), context) else { return }
            // Settled amounts as typed: up to four decimals, up to a trillion.
            let settled = try #require(DecimalAmount(tenThousandths: Int64(generator.amount(1e8) * 10_000)))
            try Self.check(LogRecord.outcome(.init(time: "2026-03-01T10:00:00Z", adviceId: "id-\(run)", settled: settled,
                                                   form: generator.chance(0.5) ? nil : generator.pick(CompensationForm.allCases),
                                                   accepted: generator.chance(0.5), aboveAllowed: generator.chance(0.2) ? true : nil)), context)
        }
    }

    @Test func anIntakeWithEveryFieldSetWritesWhatEncodableWrites() throws {
        var intake = Intake(category: .productQuality)
        (intake.type, intake.temperament, intake.expectation, intake.bottomLine, intake.orderValue) = (.nameDropper, .emotional, 0.5, 0, 1e16)
        (intake.daysSinceSale, intake.unfitForPurpose, intake.productClass, intake.loss) = (3, false, .phone, 12.25)
        (intake.seriousHarm, intake.knewDefect, intake.prepaid, intake.wants) = (true, false, true, .exchange)
        (intake.said, intake.tier, intake.distanceSale, intake.fraud) = (["a/b \"c\" \\ 中文"], "senior", true, true)
        intake.caseKey = "JD/2026 \"7\" 单号"
        try Self.check(intake, "every field")
        try Self.check(Intake(category: .billing), "no field")
    }
}
