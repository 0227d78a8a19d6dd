import AdvisorCLI
import AdvisorCore
import Foundation
import Knowledge
import Testing

/// Issue 12: every fact the training material teaches shows where a user looks for it, in both languages,
/// and in the words a native call-centre trainer would use.
@Suite struct ReferenceWordsTests {
    func output(_ arguments: [String], _ language: Language) -> String {
        let result = advisor(arguments + ["--lang", language.rawValue])
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return result.stdout
    }

    /// The text with its line wrapping undone: Chinese loses its white space, English keeps one space per gap.
    func unwrapped(_ text: String, _ language: Language) -> String {
        switch language {
        case .zh: text.filter { !$0.isWhitespace }
        case .en: text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
    }

    func expectShown(_ phrases: [String], in text: String, _ language: Language, _ sheet: String) {
        let flat = unwrapped(text, language)
        for phrase in phrases {
            #expect(flat.contains(unwrapped(phrase, language)), "\(sheet) (\(language)) lacks: \(phrase)")
        }
    }

    func expectGone(_ phrases: [String], from text: String, _ language: Language, _ sheet: String) {
        let flat = unwrapped(text, language)
        for phrase in phrases {
            #expect(!flat.contains(unwrapped(phrase, language)), "\(sheet) (\(language)) still says: \(phrase)")
        }
    }

    // MARK: The process sheet

    /// The 60-second update belongs to a customer holding while the agent checks, not to the Diagnose step.
    @Test func diagnoseHasNoTimeTagAndTheSixtySecondUpdateStandsWhereItBelongs() throws {
        let expected: [(Language, step: String, action: String, norm: String, window: String)] = [
            (.en, "  3. Diagnose", "If the customer is holding while you check, update them at least every 60 seconds.",
             "Updates on hold: While the customer holds for you to check something, update them at least every 60 seconds.", "≤ 1 min"),
            (.zh, "  3. 诊断", "客户在线等你查询时，至少每60秒跟客户说一声进展。",
             "等待中通报：客户在线等你查询时，至少每60秒告诉客户一声进展，别让客户干等。", "≤1分钟"),
        ]
        for (language, step, action, norm, window) in expected {
            let text = output(["process"], language)
            let lines = text.split(separator: "\n").map(String.init)
            #expect(lines.contains(step), "\(language): the Diagnose line should carry no time")
            #expect(!text.contains("[1 min]") && !text.contains("[1分钟]") && !text.contains("[1 分钟]"))
            expectShown([action, norm], in: text, language, "process")
            let sheet = ProcessSheet(language: language)
            #expect(sheet.steps.first { $0.id == "diagnose" }?.timeNorm == nil)
            #expect(sheet.steps.allSatisfy { $0.timeNorm != "status-update" })
            let update = try #require(sheet.timeNorms.first { $0.id == "status-update" })
            #expect(update.window == window && update.latestSeconds == 60)
        }
    }

    @Test func processShowsRequestsPriorityEscalationTiersAndTheEightyPercent() {
        let en = output(["process"], .en)
        expectShown([
            "Five kinds of request", "Consultation: Questions about use or care, answered on the spot.",
            "Repair: A fault or a broken part, answered within 24 hours, urgent ones first.", "Installation: ",
            "Complaint: ", "Return or exchange: ",
            "Which first: priority", "Urgency and impact: The more urgent the problem and the more people it hits",
            "Customer value: A customer's spend and tenure can move their case up the queue.",
            "Service-level agreement: Check the response and resolution limits in the service-level agreement (SLA)",
            "Escalating by tier", "Frontline first: The frontline agent settles ordinary issues within their own authority",
            "Complex cases go up: A complex case, or one beyond your authority, goes to a supervisor",
            "Report until closed: Whoever holds the case tells the customer how it stands within the time promised, until it is closed.",
            "These five steps finish only 80% of the job", "The other 20% is follow-up",
            "Observe: Notice cues such as gender, age, way of speaking, education and, face to face, dress",
            "never how you judge or treat the customer",
            "such as a full refund plus a 20-yuan coupon with no minimum spend",
        ], in: en, .en, "process")
        expectGone(["Revisit window", "Status update", "Still looking it up", "the agent owes a reply"], from: en, .en, "process")

        let zh = output(["process"], .zh)
        expectShown([
            "五类请求", "咨询：怎么用、怎么保养之类的问题，当场答复。", "维修：功能失灵、部件损坏，一天内给出答复，紧急的优先。",
            "安装：", "投诉：", "退换货：",
            "先办哪一件：优先级", "紧急程度和影响面：越急、波及面越广的越先办", "客户价值：参考客户的消费金额和合作年限",
            "服务等级协议：对照服务等级协议（SLA）里的响应和解决时限",
            "分级升级", "一线办结：一般问题由一线客服在自己的权限内办结", "复杂的往上交：问题复杂或超出权限时交给主管",
            "跟到结案：谁接手谁负责，在答应的时间内主动告诉客户进展，直到结案。",
            "做完这五步，投诉只算处理了八成", "剩下两成靠跟进",
            "望：留意客户的性别、年龄、谈吐和文化程度，见面时还有穿着打扮", "不用来评判客户，也不因此区别对待",
            "比如全额退款，再加一张20元无门槛优惠券",
            "待客服回复：已接入，客户在等客服答复", "24小时：可以回访了，打给客户确认问题没有反复。",
        ], in: zh, .zh, "process")
        expectGone(["回访窗口", "轮到客服说话", "查询中更新"], from: zh, .zh, "process")
    }

    // MARK: The principles sheet

    @Test func principlesShowCommunicationSettlementAndMaliciousComplaints() {
        let en = output(["principles"], .en)
        expectShown([
            "1. Feelings first, then the problem: ", "Ground rules",
            "Non-violent communication: observation, feeling, need, request",
            "Observation: Say what happened, without judging", "Feeling: Name how the customer feels",
            "Need: Name the need behind the feeling", "Request: Make a concrete request they can answer",
            "Reaching a settlement", "Expectation and bottom line: ",
            "Balance interests within your authority: Compensation isn't only cash. You can also extend the warranty or service period, or add member benefits or a free service",
            "Example: For a defect that is our fault, a full refund plus a 20-yuan coupon with no minimum spend, by way of apology.",
            "Malicious: ", "Hand it to risk control or legal under company rules, outside the normal complaint flow.",
        ], in: en, .en, "principles")
        expectGone(["Person before matter", "per the article"], from: en, .en, "principles")

        let zh = output(["principles"], .zh)
        expectShown([
            "1. 先处理心情，再处理事情：", "服务守则",
            "非暴力沟通：观察、感受、需要、请求", "观察：只说看到、听到的事实，不加评价", "感受：说出客户的感受",
            "需要：点明感受背后的需要", "请求：提一个具体、对方能回答的请求",
            "谈补偿", "期望和底线：",
            "在权限内平衡利益：补偿不只有钱，还可以延长保修或服务期、加送会员权益或一次免费服务",
            "示例：商品有缺陷、责任在我方的，全额退款，再加一张20元无门槛优惠券表示歉意。",
            "恶意投诉：", "按公司规定转交风控或法务，不走普通投诉流程。",
        ], in: zh, .zh, "principles")
        expectGone(["先顾人", "服务底线", "据文中数据"], from: zh, .zh, "principles")
    }

    @Test func principlesJSONCarriesTheNewSections() throws {
        for language in Language.allCases {
            let sheet = try decode(PrinciplesSheet.self, from: output(["principles", "--json"], language))
            #expect(sheet == PrinciplesSheet(language: language))
            #expect(sheet.communication.map(\.id) == ["observation", "feeling", "need", "request"])
            #expect(sheet.settlement.contains { $0.id == "within-authority" } && sheet.settlement.contains { $0.id == "example" })
            #expect(sheet.legitimacy.first { $0.id == "malicious" }?.handling.count == 3)
        }
    }

    // MARK: Cards

    @Test func typeCardsSpeakNeutrallyAndNameTheProductSpecialist() {
        let dropperEN = output(["type", "name-dropper"], .en)
        expectShown(["I'll send you the outcome in writing, so you have it on record.",
                     "Your case is going through our standard process, and I'll see it through myself."], in: dropperEN, .en, "name-dropper")
        expectGone(["share it with anyone", "same careful handling", "yours included"], from: dropperEN, .en, "name-dropper")
        let dropperZH = output(["type", "name-dropper"], .zh)
        expectShown(["处理结果我会以书面形式发给您，方便您留存和核对。", "您这件事会按正常流程办，我负责跟到底。"], in: dropperZH, .zh, "name-dropper")
        expectGone(["给谁看都", "一样认真办"], from: dropperZH, .zh, "name-dropper")
        for type in ["time-killer", "shows-off-knowledge"] {
            expectShown(["→ product specialist: "], in: output(["type", type], .en), .en, type)
            let zh = output(["type", type], .zh)
            expectShown(["→ 产品顾问："], in: zh, .zh, type)
            expectGone(["专项咨询"], from: zh, .zh, type)
        }
    }

    @Test func theAdviceCardHandsOverAndOffersARefundInPlainWords() {
        let escalated = ["advise", "--category", "billing", "--type", "professional-complainer", "--temperament", "rational",
                         "--expect", "2000", "--bottom", "1000"]
        // A customer after the result hears what the hand-over gets them; one not yet read, what it means.
        expectShown(["为了给您争取更好的结果，这件事由经理接手，明天这个时候前给您回电。"], in: output(escalated, .zh), .zh, "card")
        expectShown(["To get you the best answer possible, our manager will take this over and call you by this time tomorrow."],
                    in: output(escalated, .en), .en, "card")
        let unread = escalated.filter { !["--temperament", "rational"].contains($0) }
        expectShown(["这超出了我的权限，我马上请经理处理，明天这个时候之前给您回电。"], in: output(unread, .zh), .zh, "card")
        expectShown(["That's more than I can approve myself, so I'm asking our manager to take it on; they'll call you back by this time tomorrow."],
                    in: output(unread, .en), .en, "card")
        expectGone(["passing it to our"], from: output(escalated, .en), .en, "card")
        let refund = ["advise", "--category", "billing", "--expect", "60", "--bottom", "20"]
        let zh = output(refund, .zh)
        expectShown(["另外再给您退款20元作为补偿。"], in: zh, .zh, "card")
        #expect(!zh.contains("送您退款"))
        let broken = output(["advise", "--category", "installation-delay", "--broken-promises", "2"], .zh)
        #expect(broken.contains("失约2次") && broken.contains("≤15分钟 首次答复"))
    }

    /// The emotional temperament has one Chinese name everywhere: 感性型.
    @Test func theEmotionalTemperamentIsAlways感性型() throws {
        let ids = try CaseLibrary.builtIn().cases.map(\.id)
        var texts = [output(["cases"], .zh), output(["temperament"], .zh)]
        texts += ids.map { output(["case", $0], .zh) }
        for text in texts { #expect(!text.contains("情感型"), "\(text.prefix(80))") }
        #expect(output(["case", "rude-agent"], .zh).contains("这正是感性型客户最在意的"))
        #expect(output(["cases"], .zh).contains("“规则您自己看”（无类型 · 感性型）"))
    }

    /// Chinese text writes a number against its unit ("300元", "15分钟"), and uses full-width brackets and punctuation.
    @Test func chineseTextSetsNumbersAndPunctuationTheChineseWay() throws {
        let ids = try CaseLibrary.builtIn().cases.map(\.id)
        var texts = ["principles", "process", "types", "temperament", "cases"].map { output([$0], .zh) }
        texts += KnowledgeBase.types.map { output(["type", $0.id.rawValue], .zh) }
        texts += ids.map { output(["case", $0], .zh) }
        texts += [
            ["--category", "product-quality", "--severity", "severe", "--type", "unreasonable", "--temperament", "emotional", "--expect", "800"],
            ["--category", "installation-delay", "--broken-promises", "2", "--type", "shows-off-knowledge", "--expect", "3000", "--bottom", "1500"],
            ["--category", "billing", "--expect", "60", "--bottom", "20"],
        ].map { output(["advise"] + $0, .zh) }
        let spacedUnit = #/[0-9] (元|分钟|小时|秒|次|天)/#
        let halfWidthBeside = #/[\u4e00-\u9fff][(),;?!]|[(][\u4e00-\u9fff]|[)][\u4e00-\u9fff]/#
        let bareFigure = #/ \([0-9]+\)/#
        for text in texts {
            for line in text.split(separator: "\n") {
                #expect(line.firstMatch(of: spacedUnit) == nil, "space before a unit: \(line)")
                #expect(line.firstMatch(of: halfWidthBeside) == nil, "half-width punctuation in Chinese: \(line)")
                #expect(line.firstMatch(of: bareFigure) == nil, "bare figure in half-width brackets: \(line)")
            }
        }
        #expect(output(["case", "refrigerator"], .zh).contains("实际结果200元，在建议范围内。"))
    }
}
