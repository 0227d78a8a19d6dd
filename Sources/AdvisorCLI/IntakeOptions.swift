import AdvisorCore
import ArgumentParsing
import Knowledge

/// The `advise` flags, one per intake field, and how they become an intake.
enum IntakeOptions {
    static let all: [(spec: OptionSpec, help: Bilingual)] = [
        (.value("category"), Bilingual(zh: "投诉类别（必填），如 installation-delay、物流", en: "complaint category (required), e.g. installation-delay")),
        (.value("severity"), Bilingual(zh: "严重程度 minor|moderate|severe|critical（默认 moderate）", en: "minor|moderate|severe|critical (default moderate)")),
        (.value("fault"), Bilingual(zh: "责任方 own|third-party|customer|unclear（默认 own）", en: "own|third-party|customer|unclear (default own)")),
        (.value("broken-promises"), Bilingual(zh: "已失约次数（默认 0）", en: "promises already broken (default 0)")),
        (.value("type"), Bilingual(zh: "客诉类型，名称或别名", en: "complainant type, name or alias")),
        (.value("temperament"), Bilingual(zh: "rational|emotional", en: "rational|emotional")),
        (.value("expect"), Bilingual(zh: "客户期望的补偿金额（补救之外）", en: "compensation the customer expects, on top of the remedy")),
        (.value("bottom"), Bilingual(zh: "客户底线金额", en: "the least the customer would accept")),
        (.value("order-value"), Bilingual(zh: "订单金额", en: "order value")),
        (.value("tier"), Bilingual(zh: "你的权限层级（默认 agent）", en: "your authority tier (default agent)")),
        (.value("customer-value"), Bilingual(zh: "standard|valued|key（消费记录，不是自称身份）", en: "standard|valued|key (spend and tenure, never a claimed title)")),
        (.value("said", repeatable: true), Bilingual(zh: "客户原话，可多次给出；没用 --type/--temperament 时据此判断类型和性格", en: "what the customer said; may be repeated; sets type and temperament unless --type/--temperament do")),
        (.value("days-since-sale"), Bilingual(zh: "签收（需安装的从装好）起的天数；换过货从新货签收算（三包、七日无理由）", en: "days since delivery, or since installation was finished; after an exchange, since the new item came (three-guarantees rules, 7-day return)")),
        (.value("product"), Bilingual(zh: "商品类别 listed|phone|computer|car|other：三包只管目录商品、手机和电脑", en: "listed|phone|computer|car|other: the three-guarantees rules cover listed goods, phones and computers")),
        (.value("loss"), Bilingual(zh: "货款之外的实际损失（其他财物损坏、医药费等），照价现金赔付", en: "the actual loss beyond the price (other property damaged, medical bills), owed in full in cash")),
        (.value("failed-repairs"), Bilingual(zh: "保修期内维修未修好的次数", en: "warranty repairs that did not fix the fault")),
        (.flag("unfit"), Bilingual(zh: "毛病大到无法按用途使用，或延误到合同目的落空，可以解除合同（消法第二十四条、民法典第五百六十三条）", en: "the defect, or a delay, defeats the purpose, so the contract may be ended (CRPL art. 24, Civil Code art. 563)")),
        (.flag("distance-sale"), Bilingual(zh: "网购、电视、电话或邮购", en: "bought online, by phone, TV or mail")),
        (.flag("exempt"), Bilingual(zh: "属于七日无理由退货的除外商品，且购买时已醒目标明并经客户确认", en: "the goods are exempt from the 7-day return, marked as such and confirmed by the customer at purchase")),
        (.flag("fraud"), Bilingual(zh: "经营者存在欺诈（消法第五十五条）", en: "the seller defrauded the customer (art. 55)")),
        (.flag("food-safety"), Bilingual(zh: "食品不符合安全标准（食品安全法第一百四十八条）", en: "food fails safety standards (Food Safety Law art. 148)")),
        (.value("wants"), Bilingual(zh: "客户要的补救 return-refund|exchange|repair：法律或政策允许的范围内按客户的选择", en: "the fix the customer asks for, return-refund|exchange|repair: given where the law or the policy allows one as strong")),
        (.flag("prepaid"), Bilingual(zh: "客户预付了款，商品或服务还没（全部）拿到（消法第五十三条）", en: "the customer paid in advance for goods or services not yet (fully) delivered (CRPL art. 53)")),
        (.flag("serious-harm"), Bilingual(zh: "有人死亡或健康严重受损（消法第五十五条第二款）", en: "someone died or was seriously harmed (CRPL art. 55(2))")),
        (.flag("knew-defect"), Bilingual(zh: "经营者出售时明知有缺陷（消法第五十五条第二款）", en: "the seller knew of the defect when selling (CRPL art. 55(2))")),
        caseKeyOption,
    ]

    static let caseKeyOption: (spec: OptionSpec, help: Bilingual) = (
        .value("case-key"), Bilingual(zh: "订单号或工单号：日志里同一编号下此前的建议，决定这次开口不低于、最多不超过多少",
                                      en: "the order or ticket id: earlier advice under the same id in the log keeps this one's opening from going lower and its walk-away from going higher")
    )

    /// The `--case-key` value, checked; nil when not given.
    static func caseKey(_ arguments: ParsedArguments) throws -> String? {
        guard let key = arguments.value("case-key") else { return nil }
        if let problem = CaseKey.problem(key) { throw UsageError.invalidCaseKey(option: "--case-key", problem) }
        return key
    }

    /// Builds an intake from the flags; `base` holds what an intake file gave, which flags override.
    static func intake(from arguments: ParsedArguments, base: Intake?) throws -> Intake {
        var intake: Intake
        if let text = arguments.value("category") {
            let category = try lookup(text, KnowledgeBase.categoryLookup) { AdvisorError.unknownCategory(text, suggestions: $0) }
            intake = base ?? Intake(category: category)
            intake.category = category
        } else if let base {
            intake = base
        } else {
            throw UsageError.missingArgument(Bilingual(zh: "投诉类别：--category <类别>（或 --intake 文件）", en: "the category: --category <category> (or --intake FILE)"))
        }
        if let v = arguments.value("severity") { intake.severity = try choice(v, "--severity", Severity.self) }
        if let v = arguments.value("fault") { intake.fault = try choice(v, "--fault", Fault.self) }
        if let v = arguments.value("customer-value") { intake.customerValue = try choice(v, "--customer-value", CustomerValue.self) }
        if let v = arguments.value("broken-promises") { intake.brokenPromises = try count(v, "--broken-promises") }
        if let v = arguments.value("failed-repairs") { intake.failedRepairs = try count(v, "--failed-repairs") }
        if let v = arguments.value("days-since-sale") { intake.daysSinceSale = try count(v, "--days-since-sale") }
        if let v = arguments.value("expect") { intake.expectation = try amount(v, "--expect") }
        if let v = arguments.value("bottom") { intake.bottomLine = try amount(v, "--bottom") }
        if let v = arguments.value("order-value") { intake.orderValue = try amount(v, "--order-value") }
        if let v = arguments.value("loss") { intake.loss = try amount(v, "--loss") }
        if let v = arguments.value("product") { intake.productClass = try choice(v, "--product", ProductClass.self) }
        if let v = arguments.value("wants") {
            let wanted = try choice(v, "--wants", RemedyKind.self)
            guard AdviceEngine.choosableRemedies.contains(wanted) else {
                throw UsageError.invalidValue(option: "--wants", value: v, allowed: AdviceEngine.choosableRemedies.map(\.rawValue))
            }
            intake.wants = wanted
        }
        if let v = arguments.value("tier") { intake.tier = v }
        if let v = arguments.value("type") {
            intake.type = try lookup(v, KnowledgeBase.typeLookup) { AdvisorError.unknownType(v, suggestions: $0) }
        }
        if let v = arguments.value("temperament") {
            intake.temperament = try lookup(v, KnowledgeBase.temperamentLookup) { AdvisorError.unknownTemperament(v, suggestions: $0) }
        }
        if let said = arguments.values["said"] { intake.said += said }
        if let key = try caseKey(arguments) { intake.caseKey = key }
        if arguments.has("distance-sale") { intake.distanceSale = true }
        if arguments.has("exempt") { intake.distanceSaleExempt = true }
        if arguments.has("unfit") { intake.unfitForPurpose = true }
        if arguments.has("fraud") { intake.fraud = true }
        if arguments.has("food-safety") { intake.foodSafety = true }
        if arguments.has("prepaid") { intake.prepaid = true }
        if arguments.has("serious-harm") { intake.seriousHarm = true }
        if arguments.has("knew-defect") { intake.knewDefect = true }
        return intake
    }

    private static func lookup<ID: RawRepresentable>(_ text: String, _ table: @autoclosure () -> NameLookup<ID>,
                                                     _ failure: ([String]) -> AdvisorError) throws -> ID where ID.RawValue == String {
        switch NameLookup.find(text, in: table()) {
        case let .found(id): return id
        case let .notFound(suggestions): throw failure(suggestions)
        }
    }

    private static func choice<T: RawRepresentable & CaseIterable>(_ text: String, _ option: String, _: T.Type) throws -> T where T.RawValue == String {
        if let value = T(rawValue: NameLookup<String>.normalise(text)) { return value }
        throw UsageError.invalidValue(option: option, value: text, allowed: T.allCases.map(\.rawValue))
    }

    private static func count(_ text: String, _ option: String) throws -> Int {
        guard let value = Int(text), value >= 0 else {
            throw UsageError.invalidValue(option: option, value: text, allowed: ["0", "1", "2", "…"])
        }
        return value
    }

    private static func amount(_ text: String, _ option: String) throws -> Double {
        guard let value = TypedAmount.value(text) else { throw UsageError.invalidAmount(option: option, value: text) }
        return value
    }
}
