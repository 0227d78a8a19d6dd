import AdvisorCore
import Foundation
import Knowledge
import Testing

/// A customer who calls again under the same order or ticket id meets the same ladder, and the card says what they
/// were offered before; where the ladder departs from it, the card says why.
@Suite struct CaseKeyTests {
    static func temporaryLog() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("case-\(UUID().uuidString).jsonl").path
    }

    static let severe = ["advise", "--category", "product-quality", "--severity", "severe"]

    /// The card's lines that start with `label`, with the lines that carry on from them.
    static func block(_ card: String, _ label: String) -> String? {
        let lines = card.split(separator: "\n").map(String.init)
        guard let start = lines.firstIndex(where: { $0.hasPrefix(label) }) else { return nil }
        let rest = lines[(start + 1)...].prefix { $0.hasPrefix(" ") }
        return ([lines[start]] + rest.map { $0.trimmingCharacters(in: .whitespaces) }).joined(separator: " ")
    }

    /// The first advice stated a bottom line, so it opened at it; the second states none, and would open at 30 alone.
    @Test(arguments: [Language.en, .zh])
    func theSecondAdviceOpensNoLowerThanTheFirst(language: Language) throws {
        let log = Self.temporaryLog()
        let lang = ["--lang", language.rawValue, "--log", log, "--case-key", "JD-20260301-0042"]
        let first = advisor(Self.severe + ["--expect", "250", "--bottom", "120"] + lang)
        #expect(first.status == 0, "\(first.stderr)")
        let free = advisor(Self.severe + ["--expect", "900", "--lang", language.rawValue])
        let second = advisor(Self.severe + ["--expect", "900"] + lang)
        #expect(second.status == 0, "\(second.stderr)")
        let money = language == .en ? "Money: " : "金额："
        let earlier = language == .en ? "Earlier: " : "此前："
        switch language {
        case .en:
            #expect(Self.block(first.stdout, money) == "Money: start at 120 → 180 → 220 → stop at 250 yuan (coupon) · your cap 300 yuan")
            #expect(Self.block(free.stdout, money)?.hasPrefix("Money: start at 30 →") == true, "without the key it would open at 30")
            #expect(Self.block(second.stdout, money) == "Money: start at 120 → 180 → 220 → stop at 250 yuan (coupon) · your cap 300 yuan")
            #expect(Self.block(second.stdout, earlier) == "Earlier: 1 advice; last 120 → 250 (frontline agent); now open ≥ 120, stop ≤ 250")
        case .zh:
            #expect(Self.block(first.stdout, money) == "金额：先给120 → 180 → 220 → 最多给到250元（优惠券） · 你的额度300元")
            #expect(Self.block(free.stdout, money)?.hasPrefix("金额：先给30 →") == true, "without the key it would open at 30")
            #expect(Self.block(second.stdout, money) == "金额：先给120 → 180 → 220 → 最多给到250元（优惠券） · 你的额度300元")
            #expect(Self.block(second.stdout, earlier) == "此前：建议过 1 次；上次 120 → 250（一线客服）；这次开口 ≥ 120，上限 ≤ 250")
        }
        #expect(Self.block(first.stdout, earlier) == nil, "nothing came before the first advice")
        // Another key, or none, is another case.
        #expect(Self.block(advisor(Self.severe + ["--expect", "900", "--lang", language.rawValue, "--log", log, "--case-key", "JD-1"]).stdout,
                           earlier) == nil)
    }

    /// The customer asks for more on the second call, and states a bottom line above where the agent stopped: the agent
    /// goes no further, and hands over; the outcome of the first call is on the card.
    @Test func askingMoreOnASecondCallMeetsTheSameWalkAway() throws {
        let log = Self.temporaryLog()
        let key = ["--log", log, "--case-key", "T-77"]
        let first = advisor(Self.severe + ["--expect", "200"] + key)
        let id = try #require(first.stderr.firstMatch(of: /advice id ([0-9a-f-]+)/).map { String($0.1) })
        #expect(advisor(["outcome", id, "--settled", "200", "--rejected", "--log", log]).status == 0)
        // Asked for more, the agent stops where they stopped before, though the cap would allow more.
        let more = advisor(Self.severe + ["--expect", "900"] + key)
        #expect(Self.block(more.stdout, "Money: ") == "Money: start at 30 → 110 → 160 → stop at 200 yuan (coupon) · your cap 300 yuan")
        // Asking for nothing, money already offered stays in the conversation: it is not taken back.
        let silent = advisor(Self.severe + key)
        #expect(Self.block(silent.stdout, "Money: ")?.hasPrefix("Money: start at 30 → ") == true, "\(silent.stdout)")
        let second = advisor(Self.severe + ["--expect", "900", "--bottom", "260"] + key)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(Self.block(second.stdout, "Money: ") == "Money: start at 30 → 110 → 160 → stop at 200 yuan (coupon) · your cap 300 yuan")
        #expect(second.stdout.contains("↳ past 200 yuan, hand over to the senior agent"), "\(second.stdout)")
        #expect(Self.block(second.stdout, "Earlier: ") == "Earlier: 3 advices; last 30 → 200 (frontline agent); 200 turned down; now open ≥ 30, stop ≤ 200")
    }

    /// A senior may go further than an agent stopped, and says so; a customer who now asks less than was offered gets
    /// what they ask, and the card says so.
    @Test func departuresAreSaidOnTheCard() throws {
        let log = Self.temporaryLog()
        let key = ["--log", log, "--case-key", "T-80"]
        #expect(advisor(Self.severe + ["--expect", "250", "--bottom", "120"] + key).status == 0)
        let senior = advisor(Self.severe + ["--tier", "senior", "--expect", "900"] + key)
        #expect(Self.block(senior.stdout, "Money: ")?.hasSuffix("stop at 600 yuan (coupon) · your cap 600 yuan") == true, "\(senior.stdout)")
        #expect(Self.block(senior.stdout, "Earlier: ")?.contains("your tier may pass the frontline agent's 250; now open ≥ 120") == true,
                "\(senior.stdout)")
        let less = advisor(Self.severe + ["--expect", "100", "--lang", "zh"] + key)
        #expect(Self.block(less.stdout, "金额：") == "金额：只给100元（优惠券），不再加 · 你的额度300元", "\(less.stdout)")
        #expect(Self.block(less.stdout, "此前：")?.contains("客户这次只要 100，少于此前开出的 120") == true, "\(less.stdout)")
    }

    /// An offer a senior made is beyond a frontline agent: the agent makes no lower one and hands the call back up.
    @Test func anOfferBeyondTheReaderIsHandedOverNotUndercut() throws {
        let log = Self.temporaryLog()
        let key = ["--log", log, "--case-key", "T-78"]
        #expect(advisor(Self.severe + ["--tier", "senior", "--expect", "500", "--bottom", "400"] + key).status == 0)
        let agent = advisor(Self.severe + key + ["--lang", "zh"])
        #expect(agent.status == 0, "\(agent.stderr)")
        #expect(Self.block(agent.stdout, "金额：") == "金额：此前已开出400元，超出你这一级能给的300元：不要开更低的价，转交")
        #expect(agent.stdout.contains("↳ 转资深客服（可给到400元）：一线客服最多给到300元，不到此前已开出的400元"), "\(agent.stdout)")
    }

    /// Earlier figures do not bind once the case's bounds move, and the card says what moved them.
    @Test func changedTermsAreNamedOnTheCard() throws {
        let log = Self.temporaryLog()
        let key = ["--log", log, "--case-key", "T-79"]
        _ = advisor(Self.severe + ["--expect", "200"] + key)
        let critical = advisor(["advise", "--category", "product-quality", "--severity", "critical", "--expect", "900"] + key)
        #expect(Self.block(critical.stdout, "Earlier: ")?.contains("figures not binding: severity changed") == true, "\(critical.stdout)")
        var generous = advisor(["policy", "init"]).stdout
        generous = generous.replacingOccurrences(of: "\"agent\" : 300,", with: "\"agent\" : 600,")
        let policy = try temporaryFile(generous)
        let underNewPolicy = advisor(Self.severe + ["--expect", "900", "--policy", policy, "--lang", "zh"] + key)
        #expect(Self.block(underNewPolicy.stdout, "此前：")?.contains("此前金额不作数：政策已更新") == true, "\(underNewPolicy.stdout)")
    }

    /// A batch reads the log as it was when it began: a line under a key advised before meets that advice's ladder.
    @Test func aBatchLineMeetsTheLadderLoggedBeforeIt() throws {
        let log = Self.temporaryLog()
        #expect(advisor(Self.severe + ["--expect", "250", "--bottom", "120", "--log", log, "--case-key", "B-1"]).status == 0)
        let lines = ["{\"category\": \"product-quality\", \"severity\": \"severe\", \"expectation\": 900, \"caseKey\": \"B-1\"}",
                     "{\"category\": \"product-quality\", \"severity\": \"severe\", \"expectation\": 900, \"caseKey\": \"B-2\"}"]
        let input = try temporaryFile(lines.joined(separator: "\n") + "\n", suffix: ".jsonl")
        let result = advisor(["advise", "--batch", input, "--log", log])
        #expect(result.status == 0, "\(result.stderr)")
        let advices = try result.stdout.split(separator: "\n").map { line in
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return try JSONDecoder().decode(Advice.self, from: JSONSerialization.data(withJSONObject: object["advice"] as Any))
        }
        #expect(advices.map { $0.ladder?.opening } == [120, 30], "the key that was advised before holds its opening; a new one does not")
        #expect(advices[0].earlier?.text == "1 advice; last 120 → 250 (frontline agent); now open ≥ 120, stop ≤ 250")
        #expect(advices[1].earlier == nil)
    }

    @Test(arguments: [(" JD-1", "starts or ends with a space"), ("", "the case key is empty"),
                      (String(repeating: "9", count: 65), "65 characters long, more than 64"), ("JD\u{7}1", "character 3 of the case key (U+0007)")])
    func aKeyThatCannotBeMatchedIsRefused(key: String, message: String) throws {
        let option = advisor(["advise", "--category", "billing", "--case-key", key])
        #expect(option.status == 64)
        #expect(option.stderr.contains("--case-key: ") && option.stderr.contains(message), "\(option.stderr)")
        let file = try temporaryFile(String(decoding: try JSONSerialization.data(withJSONObject: ["category": "billing", "caseKey": key]), as: UTF8.self))
        let intake = advisor(["advise", "--intake", file])
        #expect(intake.status == 65)
        #expect(intake.stderr.contains("$.caseKey"), "\(intake.stderr)")
    }
}
