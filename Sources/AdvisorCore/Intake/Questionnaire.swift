import Knowledge

/// The interactive intake's questions, how answers are read, and how they become an intake.
///
/// Answers are kept as the text the agent typed, keyed by question id, so a draft saved at any
/// question resumes exactly where it stopped.
public enum Questionnaire {
    /// One question of the intake.
    public struct Question: Sendable {
        public let id: String
        public let prompt: Bilingual
        /// Shown when the agent types `?`.
        public let help: Bilingual
        public let kind: Kind
        /// The answer Enter gives; nil means Enter leaves the field blank (or, for a required question, asks again).
        public let defaultAnswer: String?
        public let required: Bool
        /// Whether the question is asked, given the answers so far.
        public let applies: @Sendable ([String: String]) -> Bool
    }

    /// What shape an answer takes.
    public enum Kind: Sendable {
        /// One of numbered choices: the number, the id, or any alias.
        case choice([Choice])
        /// Several numbered choices, separated by commas or spaces.
        case multipleChoice([Choice])
        /// A whole number, 0 or more.
        case count
        /// An amount of money, 0 or more.
        case amount
        /// Free text, kept as typed.
        case text
    }

    /// One numbered choice.
    public struct Choice: Sendable {
        public let value: String
        public let label: Bilingual
    }

    private static func choices<T: RawRepresentable & CaseIterable>(_: T.Type, _ title: (T) -> Bilingual) -> [Choice] where T.RawValue == String {
        T.allCases.map { Choice(value: $0.rawValue, label: title($0)) }
    }

    private static let notSure = Choice(value: "", label: Bilingual(zh: "不确定", en: "not sure"))
    /// Whether an answered category is about goods; an unanswered one might be, so its questions are asked.
    private static func aboutGoods(_ answers: [String: String]) -> Bool {
        answers["category"].map { ComplaintCategoryID(rawValue: $0)?.isAboutGoods ?? false } ?? true
    }

    /// The legal facts the intake can record, as choices of one multiple-choice question.
    static let legalFacts: [Choice] = [
        Choice(value: "distance-sale", label: Bilingual(zh: "网购/电视/电话/邮购", en: "sold at a distance")),
        Choice(value: "exempt", label: Bilingual(zh: "七日无理由除外（购买时已标明并确认）", en: "exempt from 7-day return, confirmed at purchase")),
        Choice(value: "failed-repairs", label: Bilingual(zh: "保修内两次修不好", en: "two failed repairs")),
        Choice(value: "fraud", label: Bilingual(zh: "经营者欺诈", en: "fraud by the seller")),
        Choice(value: "food-safety", label: Bilingual(zh: "食品不合安全标准", en: "unsafe food")),
        Choice(value: "unfit", label: Bilingual(zh: "毛病大到没法用或延误到合同落空", en: "unusable, or so late the deal is pointless")),
        Choice(value: "prepaid", label: Bilingual(zh: "预付款还没用完", en: "prepaid, not yet delivered")),
        Choice(value: "harm", label: Bilingual(zh: "有人严重受伤或死亡", en: "someone seriously hurt or killed")),
        Choice(value: "knew", label: Bilingual(zh: "卖方明知有缺陷", en: "seller knew of the defect")),
    ]

    /// What the product is, for the three-guarantees rules.
    static let productClasses: [Choice] = [notSure] + [
        Choice(value: ProductClass.listed.rawValue, label: Bilingual(zh: "三包目录里的家电等（冰箱、空调、电视……）", en: "on the three-guarantees list (fridge, air conditioner, TV, ...)")),
        Choice(value: ProductClass.phone.rawValue, label: Bilingual(zh: "手机", en: "mobile phone")),
        Choice(value: ProductClass.computer.rawValue, label: Bilingual(zh: "电脑", en: "computer")),
        Choice(value: ProductClass.car.rawValue, label: Bilingual(zh: "家用汽车", en: "household car")),
        Choice(value: ProductClass.other.rawValue, label: Bilingual(zh: "其他商品或服务", en: "other goods or a service")),
    ]

    /// Every question, in the order asked.
    public static let questions: [Question] = [
        Question(id: "said", prompt: Bilingual(zh: "客户说了什么？（可不填，直接回车）", en: "What did the customer say? (optional, Enter to skip)"),
                 help: Bilingual(zh: "输入客户的原话，助手会据此预选类型和性格，你再确认或修改。", en: "Type the customer's words; the advisor pre-selects type and temperament for you to confirm or change."),
                 kind: .text, defaultAnswer: "", required: false, applies: { _ in true }),
        Question(id: "category", prompt: Bilingual(zh: "投诉类别", en: "Complaint category"),
                 help: Bilingual(zh: "客户投诉的是哪一类问题；决定补救方式和补偿范围。", en: "What the complaint is about; it decides the remedy and the compensation bounds."),
                 kind: .choice(KnowledgeBase.categories.map { Choice(value: $0.id.rawValue, label: $0.name) }),
                 defaultAnswer: nil, required: true, applies: { _ in true }),
        Question(id: "severity", prompt: Bilingual(zh: "严重程度", en: "Severity"),
                 help: Bilingual(zh: "问题给客户造成的影响：轻微、一般、严重、非常严重。", en: "How badly the problem affects the customer."),
                 kind: .choice(choices(Severity.self) { $0.title }), defaultAnswer: "moderate", required: true, applies: { _ in true }),
        Question(id: "fault", prompt: Bilingual(zh: "责任方", en: "Whose fault"),
                 help: Bilingual(zh: "谁造成了问题。客户责任时不给补偿，只给关怀和解释。", en: "Who caused the problem. Where it is the customer's, care and explanation replace money."),
                 kind: .choice(choices(Fault.self) { $0.title }), defaultAnswer: "own", required: true, applies: { _ in true }),
        Question(id: "brokenPromises", prompt: Bilingual(zh: "已失约几次", en: "Promises already broken"),
                 help: Bilingual(zh: "本案中我们已经没兑现的承诺次数，例如错过的上门或回电。", en: "Promises already missed in this case: a visit, a call-back, a date."),
                 kind: .count, defaultAnswer: "0", required: true, applies: { _ in true }),
        Question(id: "type", prompt: Bilingual(zh: "客诉类型", en: "Complainant type"),
                 help: Bilingual(zh: "六类投诉者之一；只改变应对方式，不改变补偿范围。", en: "One of the six types; it changes how you handle them, never the bounds."),
                 kind: .choice([notSure] + KnowledgeBase.types.map { Choice(value: $0.id.rawValue, label: $0.name) }),
                 defaultAnswer: "", required: false, applies: { _ in true }),
        Question(id: "temperament", prompt: Bilingual(zh: "性格倾向", en: "Temperament"),
                 help: Bilingual(zh: "理性的要结果，感性的要过程。", en: "Rational customers want the result; emotional ones want the process."),
                 kind: .choice([notSure] + KnowledgeBase.temperaments.map { Choice(value: $0.id.rawValue, label: $0.name) }),
                 defaultAnswer: "", required: false, applies: { _ in true }),
        Question(id: "expectation", prompt: Bilingual(zh: "客户期望的补偿（补救之外，不知道直接回车）", en: "Compensation they expect, beyond the remedy (Enter if unknown)"),
                 help: Bilingual(zh: "例如“全额退款再赔 1000”，这里填 1000。不填则按案情估算。", en: "For 'full refund plus 1000', enter 1000. Left blank, it is estimated."),
                 kind: .amount, defaultAnswer: nil, required: false, applies: { _ in true }),
        Question(id: "bottomLine", prompt: Bilingual(zh: "客户底线（不知道直接回车）", en: "Their bottom line (Enter if unknown)"),
                 help: Bilingual(zh: "客户最少能接受的补偿；不能高于期望。", en: "The least they would accept; not above the expectation."),
                 kind: .amount, defaultAnswer: nil, required: false, applies: { _ in true }),
        Question(id: "orderValue", prompt: Bilingual(zh: "订单金额（不知道直接回车）", en: "Order value (Enter if unknown)"),
                 help: Bilingual(zh: "用于补偿上限（订单金额的一定比例）和法定赔偿的计算。", en: "Sets the ceiling (a share of the order value) and statutory amounts."),
                 kind: .amount, defaultAnswer: nil, required: false, applies: { _ in true }),
        Question(id: "daysSinceSale", prompt: Bilingual(zh: "签收后第几天（需安装的从装好算，不知道直接回车）", en: "Days since delivery, or since it was installed (Enter if unknown)"),
                 help: Bilingual(zh: "换过货的从新货签收算，维修占用的天数不算。三包：7 天内可退，15 天内可换；网购 7 天无理由退货。",
                                 en: "After an exchange, count from the new item's delivery; days spent in repair don't count. Return within 7 days, exchange within 15; distance sales: 7-day return."),
                 // Counted until the category rules it out, so the total shown only ever shrinks.
                 kind: .count, defaultAnswer: nil, required: false, applies: aboutGoods),
        Question(id: "legal", prompt: Bilingual(zh: "法律事实（多选用逗号分隔，没有直接回车）", en: "Legal facts (several: separate by commas; Enter for none)"),
                 help: Bilingual(zh: "只选确认过的事实；它们决定法定的补救和赔偿下限。", en: "Pick only confirmed facts; they set statutory remedies and floors."),
                 kind: .multipleChoice(legalFacts), defaultAnswer: "", required: false, applies: { _ in true }),
        // Asked only where a three-guarantees rule could apply: inside 15 days, or after failed repairs.
        Question(id: "productClass", prompt: Bilingual(zh: "是什么商品", en: "What is the product"),
                 help: Bilingual(zh: "三包只管目录里的商品、手机和电脑，其他商品按消法第二十四条处理。", en: "The three-guarantees rules cover only listed goods, phones and computers; anything else goes by CRPL art. 24."),
                 kind: .choice(productClasses), defaultAnswer: "", required: false, applies: asksProductClass),
        Question(id: "wants", prompt: Bilingual(zh: "客户要求怎么解决", en: "What fix do they ask for"),
                 help: Bilingual(zh: "法律或政策允许的范围内，按客户自己的选择办；要得更多的，按规定给能给的。", en: "Where the law or the policy allows it, the customer's choice is the fix; asking for more gets what the rules allow."),
                 kind: .choice([notSure] + AdviceEngine.choosableRemedies.map { Choice(value: $0.rawValue, label: $0.title) }),
                 defaultAnswer: "", required: false, applies: aboutGoods),
        Question(id: "loss", prompt: Bilingual(zh: "货款之外的实际损失（没有直接回车）", en: "Actual loss beyond the price (Enter if none)"),
                 help: Bilingual(zh: "其他财物损坏、医药费、因此多花的钱，有凭证的照价赔付，不占补偿额度。", en: "Other property damaged, medical bills, costs it caused; with receipts it is paid in full, outside the goodwill limits."),
                 kind: .amount, defaultAnswer: nil, required: false, applies: { $0["category"] != ComplaintCategoryID.usageQuestion.rawValue }),
    ]

    /// Whether a three-guarantees rule could turn on the product: goods, inside 15 days or after two failed repairs.
    ///
    /// Counted until an answer rules it out, like the days question, so the total shown only ever shrinks.
    static func asksProductClass(_ answers: [String: String]) -> Bool {
        if !aboutGoods(answers) { return false }
        guard let days = answers["daysSinceSale"], let legal = answers["legal"] else { return true }
        let repairs = legal.split(separator: ",").contains("failed-repairs")
        return (Int(days).map { $0 <= 15 } ?? false) || repairs
    }

    /// Why an answer was not accepted.
    public enum AnswerProblem: Error, Equatable, Sendable {
        case notAChoice(count: Int)
        case notACount
        case notAnAmount
        case required
        case bottomLineAboveExpectation

        /// What the agent should type instead.
        public func message(in language: Language) -> String {
            switch self {
            case let .notAChoice(count):
                return QuestionnairePhrases.notAChoice(count: count).text(language)
            case .notACount: return QuestionnairePhrases.notACount.text(language)
            case .notAnAmount: return QuestionnairePhrases.notAnAmount.text(language)
            case .required: return QuestionnairePhrases.answerRequired.text(language)
            case .bottomLineAboveExpectation: return QuestionnairePhrases.bottomLineAboveExpectation.text(language)
            }
        }
    }

    /// Reads one typed answer into the form kept in the draft.
    /// - Parameters:
    ///   - text: What the agent typed (Enter gives the default before this is called).
    ///   - question: The question answered.
    ///   - answers: The answers so far, for checks across questions.
    /// - Returns: The answer as stored: a choice's id, a number, or "" for blank.
    public static func read(_ text: String, for question: Question, answers: [String: String]) throws(AnswerProblem) -> String {
        let typed = text.trimmingWhitespace
        // "-" is how an earlier answer is cleared, once going back made it the default Enter gives.
        if typed.isEmpty || (typed == "-" && !question.required) {
            if question.required { throw .required }
            return ""
        }
        switch question.kind {
        case let .choice(choices):
            return try pick(typed, choices)
        case let .multipleChoice(choices):
            let parts = typed.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "，" || $0 == "、" })
            var picked: [String] = []
            for part in parts {
                let value = try pick(String(part), choices)
                if !picked.contains(value) { picked.append(value) }
            }
            return picked.joined(separator: ",")
        case .count:
            guard let n = Int(typed), n >= 0 else { throw .notACount }
            return String(n)
        case .text:
            return typed
        case .amount:
            guard let v = TypedAmount.value(typed) else { throw .notAnAmount }
            if question.id == "bottomLine", let e = answers["expectation"].flatMap(Double.init), v > e {
                throw .bottomLineAboveExpectation
            }
            return Money.plain(v)
        }
    }

    private static func pick(_ typed: String, _ choices: [Choice]) throws(AnswerProblem) -> String {
        if let n = Int(typed) {
            // "0" picks "not sure" where the list starts with it; numbering otherwise starts at 1.
            let offset = choices.first?.value == "" ? 0 : 1
            let index = n - offset
            guard choices.indices.contains(index) else { throw .notAChoice(count: choices.count - 1 + offset) }
            return choices[index].value
        }
        guard typed.utf8.count <= NameLookup<String>.longestQuery else { throw .notAChoice(count: choices.count - (choices.first?.value == "" ? 1 : 0)) }
        let normal = NameLookup<String>.normalise(typed)
        if let exact = choices.first(where: { !$0.value.isEmpty && ($0.value == normal || NameLookup<String>.normalise($0.label.en) == normal || $0.label.zh == typed) }) {
            return exact.value
        }
        if case let .found(id) = KnowledgeBase.categoryLookup.find(typed), choices.contains(where: { $0.value == id.rawValue }) { return id.rawValue }
        if case let .found(id) = KnowledgeBase.typeLookup.find(typed), choices.contains(where: { $0.value == id.rawValue }) { return id.rawValue }
        if case let .found(id) = KnowledgeBase.temperamentLookup.find(typed), choices.contains(where: { $0.value == id.rawValue }) { return id.rawValue }
        throw .notAChoice(count: choices.count - (choices.first?.value == "" ? 1 : 0))
    }

    /// The answer Enter gives: the earlier answer when the agent came back to the question, else for type
    /// and temperament what the detector reads in the customer's words, else the question's default.
    public static func defaultAnswer(for question: Question, answers: [String: String]) -> String? {
        if let earlier = answers[question.id] { return earlier }
        guard question.id == "type" || question.id == "temperament",
              let said = answers["said"], !said.isEmpty else { return question.defaultAnswer }
        let detection = CueDetector.standard.detect(said)
        if question.id == "type" { return detection.type?.rawValue ?? "" }
        return detection.temperament.fromWords ? detection.temperament.lean.rawValue : ""
    }

    /// What the customer's words say about their type, for the type question: the confidence and runner-up of a type
    /// read, or the question that would tell the two likeliest apart; nil without words.
    public static func typeHint(answers: [String: String]) -> Bilingual? {
        guard let said = answers["said"], !said.isEmpty else { return nil }
        let detection = CueDetector.standard.detect(said)
        if detection.type != nil, let level = detection.confidence {
            let levelName = Detection.confidenceTitle(level)
            guard let runnerUp = detection.runnerUp else {
                return Bilingual(zh: "  （\(levelName.zh)）", en: "  (\(levelName.en))")
            }
            let other = KnowledgeBase.type(runnerUp).name
            return Bilingual(zh: "  （\(levelName.zh)；其次是\(other.zh)）", en: "  (\(levelName.en); runner-up \(other.en))")
        }
        guard let pair = detection.toTellApart, pair.count == 2 else { return nil }
        let question = TellApart.question(pair[0], pair[1])
        let a = KnowledgeBase.type(pair[0]).name, b = KnowledgeBase.type(pair[1]).name
        return Bilingual(zh: "  （原话不足以判断；想分辨\(a.zh)还是\(b.zh)，可以问：\(question.zh)）",
                         en: "  (the words don't decide; to tell \(a.en) from \(b.en), ask: \(question.en))")
    }

    /// The next question to ask after the answers so far, or nil when the intake is complete.
    static func nextQuestion(after answers: [String: String]) -> Question? {
        questions.first { $0.applies(answers) && answers[$0.id] == nil }
    }

    /// The answers to questions still asked: going back keeps later answers, which a changed earlier
    /// answer can leave behind on a question no longer asked.
    static func stillAsked(_ answers: [String: String]) -> [String: String] {
        answers.filter { id, _ in questions.contains { $0.id == id && $0.applies(answers) } }
    }

    /// The question to ask: the one at `id` when it is still asked, else the first not yet answered.
    public static func question(at id: String?, answers: [String: String]) -> Question? {
        questions.first { $0.id == id && $0.applies(answers) } ?? nextQuestion(after: answers)
    }

    /// The question asked just before `question` for these answers, or nil at the first.
    public static func question(before question: Question, answers: [String: String]) -> Question? {
        guard let index = questions.firstIndex(where: { $0.id == question.id }) else { return nil }
        return questions[..<index].last { $0.applies(answers) }
    }

    /// The question asked just after `question` for these answers, answered or not, or nil at the last.
    public static func question(after question: Question, answers: [String: String]) -> Question? {
        guard let index = questions.firstIndex(where: { $0.id == question.id }) else { return nil }
        return questions[(index + 1)...].first { $0.applies(answers) }
    }

    /// Where `question` stands among those asked for these answers, as (number from 1, total).
    public static func position(of question: Question, answers: [String: String]) -> (number: Int, total: Int) {
        let asked = questions.filter { $0.applies(answers) }
        return ((asked.firstIndex { $0.id == question.id } ?? 0) + 1, asked.count)
    }

    /// The answers that name the call (what it is about, the customer's words, who they are, what they
    /// want), in 1 to 3 short lines, so an agent resuming a draft knows whose call it was.
    public static func summary(of answers: [String: String], in language: Language) -> [String] {
        let answers = stillAsked(answers).filter { !$0.value.isEmpty }
        var what: [String] = []
        if let v = answers["category"].flatMap(ComplaintCategoryID.init(rawValue:)), let c = KnowledgeBase.categories.first(where: { $0.id == v }) {
            what.append(c.name.text(language))
        }
        if let v = answers["severity"].flatMap(Severity.init(rawValue:)) { what.append(v.title.text(language)) }
        if let v = answers["fault"].flatMap(Fault.init(rawValue:)) { what.append(v.title.text(language)) }
        if let n = answers["brokenPromises"].flatMap(Int.init), n > 0 { what.append(QuestionnairePhrases.brokenPromises(n).text(language)) }
        var who: [String] = []
        if let v = answers["type"].flatMap(ComplainantTypeID.init(rawValue:)), let t = KnowledgeBase.types.first(where: { $0.id == v }) {
            who.append(t.name.text(language))
        }
        if let v = answers["temperament"].flatMap(TemperamentID.init(rawValue:)), let t = KnowledgeBase.temperaments.first(where: { $0.id == v }) {
            who.append(t.name.text(language))
        }
        if let v = answers["expectation"] { who.append(QuestionnairePhrases.expectation(v).text(language)) }
        if let v = answers["bottomLine"] { who.append(QuestionnairePhrases.bottomLine(v).text(language)) }
        let said = answers["said"].map { TextLayout.truncate(QuestionnairePhrases.customerSaid($0).text(language), to: 66) }
        let parts = [what.joined(separator: " · "), said ?? "", who.joined(separator: " · ")].filter { !$0.isEmpty }
        let heading = QuestionnairePhrases.resuming.text(language)
        let indent = String(repeating: " ", count: TextLayout.displayWidth(heading))
        guard !parts.isEmpty else { return [heading + QuestionnairePhrases.noAnswersYet.text(language)] }
        return parts.enumerated().flatMap { TextLayout.wrap($0.element, width: 80, indent: $0.offset == 0 ? heading : indent) }
    }

    /// Builds the intake from complete answers.
    /// - Parameters:
    ///   - answers: The stored answers.
    ///   - tier: The agent's tier.
    public static func intake(from answers: [String: String], tier: String) throws(AnswerProblem) -> Intake {
        let answers = stillAsked(answers)
        guard let category = answers["category"].flatMap(ComplaintCategoryID.init(rawValue:)) else { throw .required }
        var intake = Intake(category: category)
        intake.tier = tier
        if let said = answers["said"], !said.isEmpty { intake.said = [said] }
        if let v = answers["severity"].flatMap(Severity.init(rawValue:)) { intake.severity = v }
        if let v = answers["fault"].flatMap(Fault.init(rawValue:)) { intake.fault = v }
        if let v = answers["brokenPromises"].flatMap(Int.init) { intake.brokenPromises = v }
        intake.type = answers["type"].flatMap(ComplainantTypeID.init(rawValue:))
        intake.temperament = answers["temperament"].flatMap(TemperamentID.init(rawValue:))
        intake.expectation = answers["expectation"].flatMap(Double.init)
        intake.bottomLine = answers["bottomLine"].flatMap(Double.init)
        intake.orderValue = answers["orderValue"].flatMap(Double.init)
        intake.daysSinceSale = answers["daysSinceSale"].flatMap(Int.init)
        let facts = Set((answers["legal"] ?? "").split(separator: ",").map(String.init))
        intake.distanceSale = facts.contains("distance-sale")
        intake.distanceSaleExempt = facts.contains("exempt")
        intake.failedRepairs = facts.contains("failed-repairs") ? 2 : 0
        intake.fraud = facts.contains("fraud")
        intake.foodSafety = facts.contains("food-safety")
        intake.unfitForPurpose = facts.contains("unfit") ? true : nil
        intake.prepaid = facts.contains("prepaid") ? true : nil
        intake.seriousHarm = facts.contains("harm") ? true : nil
        intake.knewDefect = facts.contains("knew") ? true : nil
        intake.productClass = answers["productClass"].flatMap(ProductClass.init(rawValue:))
        intake.loss = answers["loss"].flatMap(Double.init)
        intake.wants = answers["wants"].flatMap(RemedyKind.init(rawValue:))
        return intake
    }
}
